-- The five label types: every label read, printed, cast and ordered.

-- Every label of every type, by its integer, with its text and back.
SELECT i, i::rel_stage AS label, i::rel_stage::text::rel_stage::int AS back
FROM generate_series(1, 5) i;
SELECT i, i::trust_level AS label, i::trust_level::text::trust_level::int AS back
FROM generate_series(0, 3) i;
SELECT i, i::jbp_mode AS label, i::jbp_mode::text::jbp_mode::int AS back
FROM generate_series(0, 2) i;
SELECT i, i::contact_channel AS label, i::contact_channel::text::contact_channel::int AS back
FROM generate_series(1, 8) i;
SELECT i, i::org_level AS label, i::org_level::text::org_level::int AS back
FROM generate_series(1, 4) i;

-- Matching: case-insensitive; spaces, hyphens and underscores ignored.
SELECT input, input::rel_stage AS label
FROM (VALUES ('Deep Inter-Dependent'), ('deep_interdependent'), ('DEEPINTERDEPENDENT'),
             ('deep dependent'), ('  independent  '), ('Inter-dependent'), ('_-dependent-_')) v(input);
SELECT input, input::contact_channel AS label
FROM (VALUES ('FACE TO FACE'), ('Face-to-Face'), ('facetoface'), ('Customer Service'),
             ('paper mail'), ('Social-Media'), ('E-Mail'), ('WEB'), ('Video'), ('phone')) v(input);
SELECT input, input::trust_level AS label
FROM (VALUES ('None'), ('CALCULUS'), ('Knowledge '), ('identification')) v(input);
SELECT input, input::jbp_mode AS label
FROM (VALUES ('none'), ('Customer-Led'), ('co developed'), ('CO_DEVELOPED')) v(input);
SELECT input, input::org_level AS label
FROM (VALUES ('Operational'), ('management'), ('SENIOR'), ('Executive')) v(input);

-- Functional notation and text casts.
SELECT rel_stage(3), int4('deep_dependent'::rel_stage), 'executive'::org_level::text;
SELECT pg_typeof('senior'::org_level::text), length('senior'::org_level::text);
CREATE TEMP TABLE assigned (label text);
INSERT INTO assigned VALUES ('phone'::contact_channel);	-- assignment cast to text
SELECT label FROM assigned;

-- Comparison operators follow the order of DESIGN.md section 1.
SELECT a, b, a = b AS eq, a <> b AS ne, a < b AS lt, a <= b AS le, a > b AS gt, a >= b AS ge
FROM (VALUES ('independent'::rel_stage, 'dependent'::rel_stage),
             ('deep_interdependent', 'deep_dependent'),
             ('interdependent', 'interdependent')) v(a, b);
SELECT 'calculus'::trust_level < 'knowledge' AS calculus_below_knowledge,
       'knowledge'::trust_level < 'identification' AS knowledge_below_identification,
       'customer_led'::jbp_mode < 'co_developed' AS led_below_co,
       'senior'::org_level < 'executive' AS senior_below_exec,
       'face_to_face'::contact_channel < 'social_media' AS channel_order;

-- ORDER BY (btree), both directions, with NULLs.
SELECT s FROM (VALUES ('interdependent'::rel_stage), (NULL), ('independent'),
                      ('deep_interdependent'), ('dependent'), ('deep_dependent')) v(s)
ORDER BY s;
SELECT s FROM (VALUES ('interdependent'::rel_stage), (NULL), ('independent'),
                      ('deep_interdependent'), ('dependent'), ('deep_dependent')) v(s)
ORDER BY s DESC NULLS LAST;
SELECT c FROM generate_series(8, 1, -1) i, LATERAL (SELECT i::contact_channel) x(c) ORDER BY c;

-- min and max of each type; NULLs skipped, empty input gives NULL.
SELECT min(i::rel_stage), max(i::rel_stage) FROM generate_series(2, 4) i;
SELECT min(i::trust_level), max(i::trust_level) FROM generate_series(0, 3) i;
SELECT min(i::jbp_mode), max(i::jbp_mode) FROM generate_series(1, 2) i;
SELECT min(i::contact_channel), max(i::contact_channel) FROM generate_series(3, 7) i;
SELECT min(l), max(l) FROM (VALUES (NULL::org_level), ('senior'), ('management'), (NULL)) v(l);
SELECT min(l), max(l) FROM (SELECT 'senior'::org_level WHERE false) v(l);

-- Each type is one byte, passed by value.
SELECT typname, typlen, typbyval, typalign, typstorage
FROM pg_type WHERE typname IN ('rel_stage', 'trust_level', 'jbp_mode', 'contact_channel', 'org_level')
ORDER BY typname;
SELECT pg_column_size('deep_interdependent'::rel_stage);

-- A label compares with a text or varchar value (a driver's string
-- parameter) as with the label it names: every pair of every type, every
-- operator, either side, the same as label against label.
CREATE FUNCTION pg_temp.text_mismatches(type text, first int, last int) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    result text;
BEGIN
    EXECUTE format($q$
        WITH labels AS (SELECT n::%1$s AS l, n::%1$s::text AS txt FROM generate_series(%2$s, %3$s) n)
        SELECT count(*) || ' pairs, ' ||
               count(*) FILTER (WHERE (a.l = b.txt, a.l <> b.txt, a.l < b.txt, a.l <= b.txt, a.l > b.txt, a.l >= b.txt,
                                       a.txt::varchar = b.l, a.txt::varchar <> b.l, a.txt::varchar < b.l,
                                       a.txt::varchar <= b.l, a.txt::varchar > b.l, a.txt::varchar >= b.l)
                                      IS DISTINCT FROM (a.l = b.l, a.l <> b.l, a.l < b.l, a.l <= b.l, a.l > b.l, a.l >= b.l,
                                                        a.l = b.l, a.l <> b.l, a.l < b.l, a.l <= b.l, a.l > b.l, a.l >= b.l))
               || ' differ'
        FROM labels a, labels b$q$, type, first, last) INTO result;
    RETURN result;
END
$$;
SELECT type, pg_temp.text_mismatches(type, first, last) AS against_text
FROM (VALUES ('rel_stage', 1, 5), ('trust_level', 0, 3), ('jbp_mode', 0, 2), ('contact_channel', 1, 8),
             ('org_level', 1, 4)) v(type, first, last);

-- As a prepared statement's text parameter it is read once and compared as
-- a label, so an index on the label column serves it; a text that names no
-- label is an error, as a literal is.
CREATE TEMP TABLE staged AS SELECT i, (1 + i % 5)::rel_stage AS stage FROM generate_series(1, 1000) i;
CREATE INDEX ON staged (stage);
ANALYZE staged;
PREPARE stage_is(text) AS SELECT count(*) FROM staged WHERE stage = $1;
PREPARE stage_at_least(varchar) AS SELECT count(*) FROM staged WHERE stage >= $1;
SET enable_seqscan = off;
SET plan_cache_mode = force_generic_plan;
EXPLAIN (COSTS OFF) EXECUTE stage_is('interdependent');
RESET plan_cache_mode;
RESET enable_seqscan;
EXECUTE stage_is('interdependent');
EXECUTE stage_at_least('Deep Dependent');
EXECUTE stage_is('partner');
-- Unknown literals still take the label = label operator, and a text
-- argument of a function named like a type is still a cast, not ambiguous.
SELECT count(*) FILTER (WHERE stage = 'interdependent') AS literal, int4('7'::text) AS int4_of_text FROM staged;
DEALLOCATE stage_is;
DEALLOCATE stage_at_least;
-- Written from text and varchar parameters (JDBC's setString sends varchar),
-- as the text input reads them; a value that names no label is refused.
PREPARE write_stage(int, varchar) AS INSERT INTO staged VALUES ($1, $2);
PREPARE rewrite_stage(text, int) AS UPDATE staged SET stage = $1 WHERE i = $2;
EXECUTE write_stage(-1, 'Deep Interdependent');
EXECUTE rewrite_stage('dependent', -1);
SELECT i, stage FROM staged WHERE i = -1;
EXECUTE write_stage(-2, 'partner');
DELETE FROM staged WHERE i = -1;
DEALLOCATE write_stage;
DEALLOCATE rewrite_stage;
-- Contains filters as BI tools write them: LIKE, ILIKE and lower() on the
-- canonical label; NOT LIKE too.
SELECT stage, stage LIKE '%depend%' AS like_depend, stage ILIKE '%DEEP%' AS ilike_deep,
       lower(stage) LIKE 'inter%' AS lower_inter, upper(stage) AS upper, stage NOT LIKE 'deep%' AS not_deep
FROM (SELECT DISTINCT stage FROM staged) s ORDER BY stage;
DROP TABLE staged;
