-- The rows flag_at_risk writes are the rows PostgreSQL forms from the same
-- values, byte for byte.  When the two output columns are a table's last,
-- the trigger keeps the bytes of the columns before them (src/row_tail.c);
-- otherwise it forms the row with heap_form_tuple.  Each case below fills a
-- table through the trigger and a twin without it, with the flags computed
-- by risk_flags, and compares the rows on their heap pages: header length,
-- null bitmap, the infomask bits the row's layout sets, and the data.

\i test/regress_helpers.sql
SET TimeZone = 'UTC';
CREATE EXTENSION pageinspect;

-- The rows stored in a table, in the order of their pages and items.
CREATE FUNCTION pg_temp.stored_rows(rel regclass)
RETURNS TABLE (n bigint, hoff smallint, layout_flags int, bits text, data bytea)
LANGUAGE sql AS $$
    SELECT row_number() OVER (ORDER BY block, lp), t_hoff,
           t_infomask & 7,  -- HEAP_HASNULL, HEAP_HASVARWIDTH, HEAP_HASEXTERNAL
           t_bits, t_data
    FROM generate_series(0, pg_relation_size(rel) / current_setting('block_size')::int - 1) block,
         LATERAL heap_page_items(get_raw_page(rel::text, block::int))
    WHERE lp_flags = 1
$$;

-- The rows of a table and of its twin (twin_<table>, filled without the
-- trigger), and how many of them the two store alike, in order.
CREATE FUNCTION pg_temp.stored_alike(tab text)
RETURNS TABLE (rows bigint, stored_alike bigint)
LANGUAGE sql AS $$
    SELECT count(*), count(*) FILTER (WHERE (t.hoff, t.layout_flags, t.bits, t.data)
                                            IS NOT DISTINCT FROM (w.hoff, w.layout_flags, w.bits, w.data))
    FROM pg_temp.stored_rows(tab::regclass) t
    FULL JOIN pg_temp.stored_rows(('twin_' || tab)::regclass) w USING (n)
$$;

-- Fill the table through its trigger and its twin without one (the same
-- columns) from the same SELECT of the columns before the outputs; the
-- twin's outputs are computed by risk_flags (f), in the table's order.
-- Then compare them (stored_alike).
CREATE FUNCTION pg_temp.same_rows(tab text, inputs text, source text,
                                  outputs text DEFAULT 'cardinality(f) > 0, f')
RETURNS TABLE (rows bigint, stored_alike bigint)
LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('INSERT INTO %I SELECT %s FROM %s ORDER BY id', tab, inputs, source);
    EXECUTE format($q$INSERT INTO %I
                      SELECT %s, %s
                      FROM (SELECT *, risk_flags(summary, now(), trust_score, dashboard,
                                                 vendor_view, customer_view) AS f
                            FROM %s ORDER BY id) s$q$,
                   'twin_' || tab, inputs, outputs, source);
    RETURN QUERY SELECT * FROM pg_temp.stored_alike(tab);
END
$$;

-- Accounts whose contacts raise every flag, some, or none; the scores and
-- views NULL in some rows so that the rows before the outputs hold NULLs.
CREATE TABLE figures AS
WITH contacts AS (
    SELECT a, '2020-01-06'::timestamptz + (i * interval '9 days') AS at,
           (1 + i % 8)::contact_channel AS channel,
           'rep ' || i % (1 + a) AS rep, (1 + (i + a) % 3)::org_level AS rep_level,
           'buyer ' || i % (1 + 2 * a) AS buyer, (1 + (i * a) % 4)::org_level AS buyer_level,
           i % 3 = 0 AND a > 0 AS customer_initiated, (i + a) % 3 = 0 AND a > 0 AS future_focused,
           CASE WHEN a % 2 = 0 THEN -0.5 ELSE 0.5 END AS sentiment
    FROM generate_series(0, 4) a, generate_series(0, 20 + 10 * a) i)
SELECT row_number() OVER (ORDER BY a, v) AS id, summary,
       (ARRAY[95, 60, NULL, 80, 20, 99])[1 + v % 6]::float8 AS trust_score,
       (ARRAY[10, 90, 70, NULL, 100, 30])[1 + (v + a) % 6]::float8 AS dashboard,
       (ARRAY['deep_interdependent', 'interdependent', NULL, 'dependent'])[1 + v % 4]::rel_stage AS vendor_view,
       (ARRAY['independent', 'interdependent', 'dependent', NULL, 'deep_interdependent'])[1 + v % 5]::rel_stage
           AS customer_view,
       v::int2 AS code, 'note ' || repeat('n', v * 7) AS note,
       repeat('long ', 30 + v) AS long_text,          -- more than 126 bytes: a 4-byte header
       repeat('compressible ', 300) AS compressible,  -- compressed in the row
       ('{' || md5(v::text) || '}')::uuid AS ref, ('name ' || v)::name AS label,
       '2026-01-01'::timestamptz + v * interval '1 hour' AS updated
FROM (SELECT a, contact_summary(at, channel, rep, rep_level, buyer, buyer_level,
                                customer_initiated, future_focused, sentiment) AS summary
      FROM contacts GROUP BY a) s, generate_series(0, 11) v;

-- The flags raised, and up to seven at once: a reasons array of more than
-- 126 bytes, stored with a 4-byte header.
SELECT flag, count(*) AS rows
FROM figures, unnest(risk_flags(summary, now(), trust_score, dashboard, vendor_view, customer_view)) flag
GROUP BY flag ORDER BY flag;
SELECT max(cardinality(risk_flags(summary, now(), trust_score, dashboard, vendor_view, customer_view)))
       AS most_flags,
       max(pg_column_size(risk_flags(summary, now(), trust_score, dashboard, vendor_view, customer_view)))
       AS largest_reasons
FROM figures;

CREATE FUNCTION pg_temp.make_twins(tab text, columns text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('CREATE TABLE %I (%s)', tab, columns);
    EXECUTE format('CREATE TABLE %I (%s)', 'twin_' || tab, columns);
    EXECUTE format('CREATE TRIGGER flag BEFORE INSERT OR UPDATE ON %I FOR EACH ROW EXECUTE FUNCTION flag_at_risk()',
                   tab);
END
$$;

-- The outputs last: the bytes before them are kept.
SELECT pg_temp.make_twins('last', 'id bigint, summary contact_summary, trust_score float8, dashboard float8, '
                                  'vendor_view rel_stage, customer_view rel_stage, at_risk bool, risk_reasons text[]');
SELECT * FROM pg_temp.same_rows('last', 'id, summary, trust_score, dashboard, vendor_view, customer_view', 'figures');

-- The same with more than eight columns (the null bitmap then lengthens the
-- header), columns of every alignment and storage before the outputs, and
-- the outputs the other way round.
SELECT pg_temp.make_twins('wide', 'code int2, id bigint, note text, summary contact_summary, ref uuid, '
                                  'trust_score float8, label name, long_text text, dashboard float8, '
                                  'compressible text, vendor_view rel_stage, updated timestamptz, '
                                  'customer_view rel_stage, risk_reasons text[], at_risk bool');
SELECT * FROM pg_temp.same_rows('wide', 'code, id, note, summary, ref, trust_score, label, long_text, dashboard, '
                                        'compressible, vendor_view, updated, customer_view', 'figures',
                                'f, cardinality(f) > 0');
SELECT count(*) FILTER (WHERE bits IS NOT NULL) AS rows_with_nulls,
       count(*) FILTER (WHERE hoff > 24) AS longer_headers
FROM pg_temp.stored_rows('wide');

-- A dropped column before the outputs (stored as NULL in new rows).
SELECT pg_temp.make_twins('dropped', 'id bigint, gone text, summary contact_summary, trust_score float8, '
                                     'dashboard float8, vendor_view rel_stage, customer_view rel_stage, '
                                     'at_risk bool, risk_reasons text[]');
ALTER TABLE dropped DROP COLUMN gone;
ALTER TABLE twin_dropped DROP COLUMN gone;
SELECT * FROM pg_temp.same_rows('dropped', 'id, summary, trust_score, dashboard, vendor_view, customer_view', 'figures');

-- Reasons that cannot take a 1-byte header (their column's storage is
-- plain).  The twin's executor forms its rows with the SELECT's descriptor,
-- which does not know the column's storage, and so packs the reasons;
-- the trigger forms rows with the table's: the values are compared.
SELECT pg_temp.make_twins('plain_reasons', 'id bigint, summary contact_summary, trust_score float8, '
                                           'dashboard float8, vendor_view rel_stage, customer_view rel_stage, '
                                           'note text, at_risk bool, risk_reasons text[]');
ALTER TABLE plain_reasons ALTER COLUMN risk_reasons SET STORAGE PLAIN;
ALTER TABLE twin_plain_reasons ALTER COLUMN risk_reasons SET STORAGE PLAIN;
INSERT INTO plain_reasons (id, summary, trust_score, dashboard, vendor_view, customer_view, note)
SELECT id, summary, trust_score, dashboard, vendor_view, customer_view, note FROM figures;
INSERT INTO twin_plain_reasons
SELECT id, summary, trust_score, dashboard, vendor_view, customer_view, note, cardinality(f) > 0, f
FROM (SELECT *, risk_flags(summary, now(), trust_score, dashboard, vendor_view, customer_view) AS f
      FROM figures) s;
SELECT count(*) AS rows, count(*) FILTER (WHERE t = w) AS equal
FROM plain_reasons t JOIN twin_plain_reasons w USING (id);

-- The outputs not last: every row formed anew.
SELECT pg_temp.make_twins('middle', 'id bigint, summary contact_summary, at_risk bool, risk_reasons text[], '
                                    'trust_score float8, dashboard float8, vendor_view rel_stage, '
                                    'customer_view rel_stage');
INSERT INTO middle (id, summary, trust_score, dashboard, vendor_view, customer_view)
SELECT id, summary, trust_score, dashboard, vendor_view, customer_view FROM figures ORDER BY id;
INSERT INTO twin_middle
SELECT id, summary, cardinality(f) > 0, f, trust_score, dashboard, vendor_view, customer_view
FROM (SELECT *, risk_flags(summary, now(), trust_score, dashboard, vendor_view, customer_view) AS f
      FROM figures ORDER BY id) s;
SELECT * FROM pg_temp.stored_alike('middle');

-- Rows copied from a table whose outputs were added by ALTER TABLE after
-- its rows were stored (they hold fewer columns than the table), with wrong
-- flags on later rows; then UPDATE, which judges each row anew.
CREATE TABLE older (id bigint, summary contact_summary, trust_score float8, dashboard float8,
                    vendor_view rel_stage, customer_view rel_stage);
INSERT INTO older SELECT id, summary, trust_score, dashboard, vendor_view, customer_view
FROM figures WHERE id <= 30 ORDER BY id;
ALTER TABLE older ADD COLUMN at_risk bool, ADD COLUMN risk_reasons text[];
INSERT INTO older SELECT id, summary, trust_score, dashboard, vendor_view, customer_view, true, '{wrong}'
FROM figures WHERE id > 30 ORDER BY id;
SELECT pg_temp.make_twins('copied', 'id bigint, summary contact_summary, trust_score float8, dashboard float8, '
                                    'vendor_view rel_stage, customer_view rel_stage, at_risk bool, risk_reasons text[]');
SELECT * FROM pg_temp.same_rows('copied', 'id, summary, trust_score, dashboard, vendor_view, customer_view', 'older');
TRUNCATE copied;
INSERT INTO copied SELECT * FROM older ORDER BY id;
SELECT * FROM pg_temp.stored_alike('copied');
UPDATE last SET dashboard = 100 - dashboard;
UPDATE twin_last SET dashboard = 100 - dashboard;
UPDATE twin_last SET risk_reasons = risk_flags(summary, now(), trust_score, dashboard, vendor_view, customer_view);
UPDATE twin_last SET at_risk = cardinality(risk_reasons) > 0;
SELECT count(*) AS rows, count(*) FILTER (WHERE t = w) AS equal
FROM last t JOIN twin_last w USING (id);

-- A value kept out of line (TOAST) before the outputs: the row is formed anew.
CREATE TABLE toasted (id bigint, summary contact_summary, trust_score float8, dashboard float8,
                      vendor_view rel_stage, customer_view rel_stage, big text, at_risk bool, risk_reasons text[]);
INSERT INTO toasted (id, summary, dashboard, big)
SELECT id, summary, dashboard, string_agg(md5(id::text || i::text), '')
FROM figures, generate_series(1, 300) i WHERE id <= 3 GROUP BY id, summary, dashboard;
CREATE TRIGGER flag BEFORE INSERT OR UPDATE ON toasted FOR EACH ROW EXECUTE FUNCTION flag_at_risk();
SELECT count(*) FILTER (WHERE layout_flags & 4 <> 0) AS rows_with_toast_pointers FROM pg_temp.stored_rows('toasted');
INSERT INTO toasted SELECT * FROM toasted;
SELECT id, length(big), at_risk, risk_reasons = risk_flags(summary, now(), trust_score, dashboard,
                                                           vendor_view, customer_view) AS right_flags
FROM toasted ORDER BY id, at_risk NULLS FIRST;

DROP TABLE figures, last, twin_last, wide, twin_wide, dropped, twin_dropped, plain_reasons, twin_plain_reasons, middle, twin_middle,
           older, copied, twin_copied, toasted;
DROP EXTENSION pageinspect;
