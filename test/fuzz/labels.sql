-- Fuzz the text input and binary receive of the five label types with
-- random and mutated inputs (a fixed seed, so a failure can be replayed).
-- Every input must either be read as the label an independent oracle says
-- it names, or be rejected with 22P02 (text) or 22P03 (binary).  Anything
-- else -- another SQLSTATE, a wrong label, a lost connection -- fails.
\set ON_ERROR_STOP 1
\i test/regress_helpers.sql

SELECT setseed(0.20261123);

-- The oracle: the label an input names, by DESIGN.md's rule (ASCII case
-- folded; spaces, hyphens and underscores ignored), or NULL.
CREATE FUNCTION pg_temp.oracle(type regtype, input text) RETURNS text
LANGUAGE sql AS $$
    SELECT l.label
    FROM (VALUES ('rel_stage', ARRAY['independent', 'dependent', 'interdependent', 'deep_dependent', 'deep_interdependent']),
                 ('trust_level', ARRAY['none', 'calculus', 'knowledge', 'identification']),
                 ('jbp_mode', ARRAY['none', 'customer_led', 'co_developed']),
                 ('contact_channel', ARRAY['face_to_face', 'video', 'phone', 'email', 'paper_mail', 'web', 'customer_service', 'social_media']),
                 ('org_level', ARRAY['operational', 'management', 'senior', 'executive'])) t(name, labels),
         unnest(t.labels) l(label)
    WHERE t.name = type::text
      AND replace(l.label, '_', '') =
          translate(translate(input, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), ' -_', '')
$$;

-- A random character: mostly letters and the ignored characters, some
-- punctuation, control characters and non-ASCII letters.
CREATE FUNCTION pg_temp.random_char() RETURNS text LANGUAGE sql AS $$
    SELECT CASE WHEN r < 0.45 THEN chr(97 + (random() * 25)::int)
                WHEN r < 0.60 THEN chr(65 + (random() * 25)::int)
                WHEN r < 0.75 THEN (ARRAY[' ', '-', '_'])[1 + (random() * 2)::int]
                WHEN r < 0.85 THEN chr(1 + (random() * 126)::int)
                ELSE (ARRAY['é', 'ß', 'İ', 'ı', 'Ω', '日', E'\u00a0', E'\t'])[1 + (random() * 7)::int] END
    FROM (SELECT random() AS r) x
$$;

-- A label with up to three random edits (insert, delete, replace, case).
CREATE FUNCTION pg_temp.mutated(label text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    s text := label;
    pos int;
BEGIN
    FOR i IN 1 .. (random() * 3)::int LOOP
        pos := 1 + (random() * length(s))::int;
        CASE (random() * 3)::int
            WHEN 0 THEN s := overlay(s PLACING pg_temp.random_char() FROM pos FOR 0);
            WHEN 1 THEN s := overlay(s PLACING '' FROM pos FOR 1);
            WHEN 2 THEN s := overlay(s PLACING pg_temp.random_char() FROM pos FOR 1);
            ELSE s := upper(s);
        END CASE;
    END LOOP;
    RETURN s;
END
$$;

CREATE TEMP TABLE text_cases AS
WITH types(type, labels) AS (VALUES
    ('rel_stage'::regtype, ARRAY['independent', 'dependent', 'interdependent', 'deep_dependent', 'deep_interdependent']),
    ('trust_level', ARRAY['none', 'calculus', 'knowledge', 'identification']),
    ('jbp_mode', ARRAY['none', 'customer_led', 'co_developed']),
    ('contact_channel', ARRAY['face_to_face', 'video', 'phone', 'email', 'paper_mail', 'web', 'customer_service', 'social_media']),
    ('org_level', ARRAY['operational', 'management', 'senior', 'executive']))
SELECT type,
       CASE WHEN i % 3 = 0
            THEN (SELECT coalesce(string_agg(pg_temp.random_char(), ''), '') FROM generate_series(1, (random() * 25)::int + i % 2))
            ELSE pg_temp.mutated(labels[1 + (random() * (array_length(labels, 1) - 1))::int]) END AS input
FROM types, generate_series(1, 2000) i;

-- Run every text case: read it, then compare with the oracle.
CREATE FUNCTION pg_temp.text_outcome(type regtype, input text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    got text;
BEGIN
    EXECUTE format('SELECT CAST(CAST(%L AS %s) AS text)', input, type) INTO got;
    RETURN 'read ' || got;
EXCEPTION WHEN invalid_text_representation THEN
    RETURN 'rejected';
END
$$;

CREATE TEMP TABLE text_results AS
SELECT type, input, pg_temp.text_outcome(type, input) AS outcome,
       coalesce('read ' || pg_temp.oracle(type, input), 'rejected') AS expected
FROM text_cases;

SELECT type, count(*) AS cases,
       count(*) FILTER (WHERE outcome LIKE 'read %') AS read,
       count(*) FILTER (WHERE outcome = 'rejected') AS rejected,
       count(*) FILTER (WHERE outcome IS DISTINCT FROM expected) AS wrong
FROM text_results GROUP BY type ORDER BY type;

-- Binary receive: every single byte, no byte, and random 2..5-byte payloads.
CREATE TEMP TABLE binary_results AS
SELECT type, payload, pg_temp.binary_copy_result(type, payload) AS outcome,
       CASE WHEN length(payload) = 1
             AND get_byte(payload, 0) BETWEEN lo AND hi THEN 'read'
            ELSE 'rejected' END AS expected
FROM (VALUES ('rel_stage'::regtype, 1, 5), ('trust_level', 0, 3), ('jbp_mode', 0, 2),
             ('contact_channel', 1, 8), ('org_level', 1, 4)) t(type, lo, hi),
     LATERAL (SELECT set_byte('\x00'::bytea, 0, b) FROM generate_series(0, 255) b
              UNION ALL SELECT '\x'::bytea
              UNION ALL SELECT decode(string_agg(lpad(to_hex((random() * 255)::int), 2, '0'), ''), 'hex')
                        FROM generate_series(1, 20) k, generate_series(1, 2 + k % 4) j GROUP BY k) p(payload);

SELECT type, count(*) AS cases,
       count(*) FILTER (WHERE outcome LIKE 'read: %') AS read,
       count(*) FILTER (WHERE outcome LIKE '22P03: %') AS rejected,
       count(*) FILTER (WHERE split_part(outcome, ':', 1) IS DISTINCT FROM CASE expected WHEN 'read' THEN 'read' ELSE '22P03' END) AS wrong
FROM binary_results GROUP BY type ORDER BY type;

-- Fail loudly, with examples, on anything unexpected.
DO $$
DECLARE
    bad text;
BEGIN
    SELECT string_agg(format('%s %L: got %s, expected %s', type, input, outcome, expected), E'\n')
    INTO bad FROM (SELECT * FROM text_results WHERE outcome IS DISTINCT FROM expected LIMIT 10) t;
    IF bad IS NOT NULL THEN RAISE EXCEPTION E'text input fuzz failed:\n%', bad; END IF;
    SELECT string_agg(format('%s %s: got %s, expected %s', type, payload, outcome, expected), E'\n')
    INTO bad FROM (SELECT * FROM binary_results
                   WHERE split_part(outcome, ':', 1) IS DISTINCT FROM CASE expected WHEN 'read' THEN 'read' ELSE '22P03' END LIMIT 10) b;
    IF bad IS NOT NULL THEN RAISE EXCEPTION E'binary receive fuzz failed:\n%', bad; END IF;
END
$$;
\echo fuzz labels: no unexpected outcome
