-- Bad input is rejected with the documented SQLSTATE and a message that says
-- what was wrong and what is accepted.

\i test/regress_helpers.sql

-- Text input: the full error, with its detail and hint.
SELECT 'partnership'::rel_stage;
SELECT ''::trust_level;
SELECT 'fax'::contact_channel;
SELECT 'board'::org_level;
SELECT 'joint'::jbp_mode;

-- Text input: empty, white space, unknown words, near misses, other scripts.
SELECT input, pg_temp.error_of(format('SELECT %L::rel_stage', input)) AS error
FROM (VALUES (''), (' '), ('   '), ('-'), ('_ - _'), (E'\t'), (E'independent\n'),
             ('independant'), ('deep'), ('inter dependent x'), ('1'), ('3'),
             ('deep_interdependent;'), ('ïndependent'), ('INDEPENDENT.')) v(input);
SELECT input, pg_temp.error_of(format('SELECT %L::contact_channel', input)) AS error
FROM (VALUES ('face'), ('face to face to face'), ('emails'), ('video call'), ('NULL')) v(input);

-- A very long input is cut short in the message (64 bytes, then "...").
SELECT pg_temp.error_of(format('SELECT %L::trust_level', repeat('knowledge', 10000))) AS error;
SELECT pg_temp.error_of(format('SELECT %L::org_level', repeat('é', 100))) AS error;
SELECT pg_temp.error_of(format('SELECT %L::org_level', repeat(' ', 100000))) AS error;

-- Integers out of range: 22003, with the accepted range.
SELECT 0::rel_stage;
SELECT 4::trust_level;
SELECT t, i, pg_temp.error_of(format('SELECT CAST(%s::int4 AS %s)', i, t)) AS error
FROM (VALUES ('rel_stage', 0), ('rel_stage', 6), ('trust_level', -1), ('trust_level', 4),
             ('jbp_mode', -1), ('jbp_mode', 3), ('contact_channel', 0), ('contact_channel', 9),
             ('org_level', 0), ('org_level', 5),
             ('org_level', -2147483648), ('org_level', 2147483647)) v(t, i);

-- Bad integers as text and values no int4 holds.
SELECT pg_temp.error_of('SELECT ''2.5''::int::org_level') AS error;
SELECT pg_temp.error_of('SELECT 2147483648::org_level') AS error;
SELECT pg_temp.error_of('SELECT 2147483648::int4::org_level') AS error;
SELECT pg_temp.error_of('SELECT 2.5::org_level') AS error;

-- NULL in, NULL out.
SELECT NULL::rel_stage IS NULL AS null_label, (NULL::int)::rel_stage IS NULL AS null_cast,
       int4(NULL::rel_stage) IS NULL AS null_int;

-- No implicit casts: a label does not compare with an integer or a label
-- of another type.
SELECT pg_temp.error_of('SELECT ''senior''::org_level = 3') AS error;
SELECT pg_temp.error_of('SELECT ''senior''::org_level = ''knowledge''::trust_level') AS error;

-- A stored byte that names no label (a corrupt page; here a binary-coercible
-- cast only a superuser can make) is reported, not printed as garbage: XX001.
CREATE CAST ("char" AS rel_stage) WITHOUT FUNCTION;
SELECT b AS byte, pg_temp.error_of(format('SELECT (%s)::"char"::rel_stage::text', b)) AS as_text,
       pg_temp.error_of(format('SELECT int4((%s)::"char"::rel_stage)', b)) AS as_int,
       pg_temp.error_of(format('SELECT rel_stage_send((%s)::"char"::rel_stage)', b)) AS as_binary
FROM (VALUES (4), (5), (-1)) v(b);

-- Such a byte is refused on every path that reads a label argument, before
-- it indexes anything: the contact_summary aggregate (a channel, each
-- level), the scoring functions, the judging functions and the trigger.
CREATE CAST ("char" AS contact_channel) WITHOUT FUNCTION;
CREATE CAST ("char" AS org_level) WITHOUT FUNCTION;
CREATE CAST ("char" AS jbp_mode) WITHOUT FUNCTION;
CREATE TEMP TABLE damaged_stage (summary contact_summary, vendor_view rel_stage, at_risk bool, risk_reasons text[]);
CREATE TRIGGER damaged_stage_flag BEFORE INSERT ON damaged_stage FOR EACH ROW EXECUTE FUNCTION flag_at_risk();
SELECT path, pg_temp.error_of(statement) AS error
FROM (VALUES
    ('contact_summary channel', $$SELECT contact_summary(now(), (99)::"char"::contact_channel, 'a', 'b')$$),
    ('contact_summary vendor level', $$SELECT contact_summary(now(), 'email', 'a', (8)::"char"::org_level, 'b', 'senior', true, true, 0)$$),
    ('contact_summary customer level', $$SELECT contact_summary(now(), 'email', 'a', 'senior', 'b', (4)::"char"::org_level, true, true, 0)$$),
    ('classify_stage jbp', $$SELECT classify_stage(0.1, 0.1, (7)::"char"::jbp_mode)$$),
    ('jbp_uplift jbp', $$SELECT jbp_uplift(100, (-1)::"char"::jbp_mode, 50, 3)$$),
    ('expectation_gap', $$SELECT expectation_gap('independent', (99)::"char"::rel_stage)$$),
    ('risk_flags vendor_view', $$SELECT risk_flags(NULL, now(), 50, 50, (5)::"char"::rel_stage)$$),
    ('relationship_health customer_view', $$SELECT relationship_health(NULL, now(), 50, 50, 'independent', (5)::"char"::rel_stage)$$),
    ('health_report target_stage', $$SELECT health_report(NULL, now(), target_stage => (5)::"char"::rel_stage)$$),
    ('the trigger''s vendor_view', $$INSERT INTO damaged_stage VALUES (NULL, (5)::"char"::rel_stage)$$)) v(path, statement);
DROP TABLE damaged_stage;
DROP CAST ("char" AS contact_channel);
DROP CAST ("char" AS org_level);
DROP CAST ("char" AS jbp_mode);
DROP CAST ("char" AS rel_stage);
