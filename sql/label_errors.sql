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
DROP CAST ("char" AS rel_stage);
