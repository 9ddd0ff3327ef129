-- Fuzz the classes of attack of issue 20 (a fixed seed, so a failure can be
-- replayed):
--  * table values given to attune's support functions as aggregate states,
--    through aggregates of the user's own: every summary of many shapes,
--    stored short, compressed inline and out of line, must read as itself;
--  * huge literals under a statement timeout: every input function must
--    read them or refuse them (22P02) quickly, never hold the backend;
--  * crafted final states for every aggregate: each final function must
--    return a value in its documented range or refuse the state with its
--    SQLSTATE, never crash or fail internally.
\set ON_ERROR_STOP 1
\i test/regress_helpers.sql

SELECT setseed(0.0202611) \gset

------------------------------------------------------ table values as states
-- Summaries of many shapes: one contact to hundreds, a day to decades,
-- people past the cap.
CREATE TEMP TABLE shapes AS
SELECT n, contact_summary(t, (1 + k % 8)::contact_channel, 'rep ' || k % (1 + n % 7), (1 + k % 4)::org_level,
                          'buyer ' || k % (1 + n % 200), (1 + (k / 3) % 4)::org_level, k % 2 = 0, k % 3 = 0,
                          ((k * 7) % 21 - 10) / 10.0) AS s
FROM generate_series(1, 60) n,
     LATERAL (SELECT k, '1990-01-01'::timestamptz + (random() * (1 + n * n * 3)) * interval '1 day' AS t
              FROM generate_series(1, 1 + (n * n) % 400) k) c
GROUP BY n;
CREATE TEMP TABLE plain_stash AS SELECT n, s FROM shapes;
CREATE TEMP TABLE compressed_stash (n int, s contact_summary);
ALTER TABLE compressed_stash ALTER s SET STORAGE MAIN;
INSERT INTO compressed_stash SELECT n, s FROM shapes;
CREATE TEMP TABLE external_stash (n int, s contact_summary);
ALTER TABLE external_stash ALTER s SET STORAGE EXTERNAL;
INSERT INTO external_stash SELECT n, s FROM shapes;
CREATE TEMP VIEW stashed AS
SELECT 'plain' AS storage, n, s FROM plain_stash
UNION ALL SELECT 'compressed', n, s FROM compressed_stash
UNION ALL SELECT 'external', n, s FROM external_stash;

\i test/smuggle.sql
CREATE TEMP TABLE state_results AS
SELECT storage, n,
       pg_temp.smuggle(x.s) = sh.s AS final_reads_it,
       pg_temp.combine_values(x.s) = sh.s AS combine_reads_it
FROM stashed x JOIN shapes sh USING (n) GROUP BY storage, n, sh.s;
-- and merged: all the stored values of a storage together, as rollup of them
CREATE TEMP TABLE merged_results AS
SELECT storage, pg_temp.combine_values(s) = (SELECT rollup(s) FROM shapes WHERE n % 5 = 0) AS merged_right
FROM stashed WHERE n % 5 = 0 GROUP BY storage;
-- a value as the transition's initial state
SELECT format($$CREATE AGGREGATE pg_temp.seeded_%s(timestamptz, contact_channel, text, text) (
                  SFUNC = contact_summary_transition, STYPE = contact_summary,
                  FINALFUNC = contact_summary_final, INITCOND = %L)$$, n, s)
FROM shapes WHERE n % 10 = 0 \gexec
CREATE TEMP TABLE seeded_results AS
SELECT n, pg_temp.error_of(format(
           $$SELECT 1 / (pg_temp.seeded_%s(t, 'web', 'Cy', 'Di') = (SELECT rollup(x) FROM (VALUES (%L::contact_summary),
                 (contact_summary(t, 'web', 'Cy', 'Di'))) v(x)))::int
             FROM (VALUES ('1995-05-05 12:00+00'::timestamptz)) v(t) GROUP BY t$$, n, s)) AS outcome
FROM shapes WHERE n % 10 = 0;

------------------------------------------------- huge literals, a timeout set
CREATE TEMP TABLE huge AS
SELECT name, input, CASE WHEN name = 'a label padded with 40 MB of spaces' THEN 'read' ELSE '22P02' END AS expected
FROM (SELECT s::text AS t FROM shapes WHERE n = 40) one, LATERAL (VALUES
    ('junk after a valid summary', t || repeat('0', 40000000)),
    ('a bitmap 40 MB long', regexp_replace(t, 'days=([0-9a-f]*)', 'days=\1' || repeat('00', 20000000))),
    ('a count of 40 MB of digits', replace(t, 'contacts=', 'contacts=' || repeat('9', 40000000))),
    ('40 MB of hashes', regexp_replace(t, 'vendor_people=', 'vendor_people=' || repeat('0123456789abcdef:1,', 2000000))),
    ('a label padded with 40 MB of spaces', 'face' || repeat(' ', 40000000) || 'to face'),
    ('a label of 40 MB', repeat('x', 40000000))) v(name, input);
-- The SQLSTATE of reading a text as a type, or 'read' (the text is passed
-- as a parameter: a 40 MB statement would time the SQL parser, not ours).
CREATE FUNCTION pg_temp.read_outcome(input text, type regtype) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('SELECT $1::%s', type) USING input;
    RETURN 'read';
EXCEPTION WHEN OTHERS THEN
    RETURN SQLSTATE;
END
$$;
SET statement_timeout = '5s';
CREATE TEMP TABLE huge_results AS
SELECT name, expected, pg_temp.read_outcome(input, CASE WHEN name LIKE 'a label%' THEN 'contact_channel'
                                              ELSE 'contact_summary' END::regtype) AS outcome,
       clock_timestamp() AS finished
FROM huge;
RESET statement_timeout;
-- each input refused within a second of the one before (the first: of the
-- statement's start)
CREATE TEMP TABLE huge_times AS
SELECT name, expected, outcome, finished - coalesce(lag(finished) OVER (ORDER BY finished), statement_timestamp()) AS took
FROM huge_results;

------------------------------------------------ crafted final states
-- Arrays of every length near the states' own, with values at the ends of
-- their types and random ones.
CREATE FUNCTION pg_temp.extreme_float8() RETURNS float8 LANGUAGE sql AS $$
    SELECT (ARRAY[0, -0.0, 1, -1, 0.5, 1e-310, 1e308, -1e308, 'NaN', 'Infinity', '-Infinity', 100, 1e16,
                  random() * 1000, random()])[1 + (random() * 14)::int]::float8
$$;
CREATE FUNCTION pg_temp.extreme_int8() RETURNS int8 LANGUAGE sql AS $$
    SELECT (ARRAY[0, 1, -1, 2, 10000, 100000000, 9223372036854775807, -9223372036854775808,
                  4611686018427387904, (random() * 1000)::int8, (random() * 1e15)::int8])[1 + (random() * 10)::int]
$$;
CREATE TEMP TABLE crafted AS
SELECT 'dashboard_score' AS aggregate, format('dashboard_score_final(%L::float8[])', a) AS call
FROM (SELECT (SELECT array_agg(pg_temp.extreme_float8()) FROM generate_series(1, len + 0 * i)) AS a
      FROM generate_series(1, 300) i, LATERAL (SELECT (ARRAY[1, 2, 3, 3, 3, 4])[1 + (random() * 5)::int]) l(len)) x
UNION ALL
SELECT 'revenue_concentration', format('revenue_concentration_final(%L::float8[])', a)
FROM (SELECT (SELECT array_agg(pg_temp.extreme_float8()) FROM generate_series(1, len + 0 * i)) AS a
      FROM generate_series(1, 300) i, LATERAL (SELECT (ARRAY[1, 2, 3, 3, 3, 4])[1 + (random() * 5)::int]) l(len)) x
UNION ALL
SELECT 'health_backtest', format('health_backtest_final(%L::int8[])', a)
FROM (SELECT (SELECT array_agg(CASE WHEN random() < 0.05 THEN pg_temp.extreme_int8() ELSE 0 END)
              FROM generate_series(1, len + 0 * i)) AS a
      FROM generate_series(1, 200) i, LATERAL (SELECT (ARRAY[2001, 2002, 2002, 2002, 2003])[1 + (random() * 4)::int]) l(len)) x
UNION ALL
SELECT 'health_calibrate', format('health_calibrate_final(%L::int8[])', a)
FROM (SELECT (SELECT array_agg(pg_temp.extreme_int8()) FROM generate_series(1, len + 0 * i)) AS a
      FROM generate_series(1, 300) i, LATERAL (SELECT (ARRAY[59, 60, 60, 60, 61])[1 + (random() * 4)::int]) l(len)) x;
-- and states that rows could make, at every magnitude
INSERT INTO crafted
SELECT 'dashboard_score', format('dashboard_score_final(ARRAY[%s, %s, %s]::float8[])', n, w, w * random())
FROM (SELECT ceil(random() * 1e6) AS n, abs(pg_temp.extreme_float8()) AS w FROM generate_series(1, 200) i) x
WHERE w < 'Infinity'
UNION ALL
SELECT 'revenue_concentration', format('revenue_concentration_final(ARRAY[%s, %s, %s]::float8[])',
                                       n, t, t * t * (1 / n + random() * (1 - 1 / n)))
FROM (SELECT ceil(random() * 1e6) AS n, random() * 1e150 AS t FROM generate_series(1, 200) i) x
UNION ALL
SELECT 'health_backtest', format('health_backtest_final(%L::int8[])', a)
FROM (SELECT (SELECT array_agg(CASE WHEN random() < 0.02 THEN (random() * 1000)::int8 ELSE 0 END)
              FROM generate_series(1, 2002 + 0 * i)) AS a
      FROM generate_series(1, 200) i) x;
-- health_calibrate's states also from consistent sums of random scores
INSERT INTO crafted
SELECT 'health_calibrate', format('health_calibrate_final(%L::int8[])', a)
FROM (SELECT (SELECT array_agg(v ORDER BY j) FROM (
                  SELECT j, CASE j % 3 WHEN 0 THEN cnt WHEN 1 THEN cnt * mean ELSE cnt * mean * mean + spread END AS v
                  FROM generate_series(0, 59) j,
                       LATERAL (SELECT (random() * 5)::int8 + 0 * i AS cnt, (random() * 10000)::int8 AS mean,
                                       (random() * 1e6)::int8 AS spread) r) f) AS a
      FROM generate_series(1, 200) i) x;
CREATE TEMP TABLE final_results AS
SELECT aggregate, call, pg_temp.error_of(format('SELECT %s', call)) AS outcome,
       CASE WHEN pg_temp.error_of(format('SELECT %s', call)) = 'no error' THEN
                pg_temp.error_of(format($$SELECT CASE
                    WHEN %1$L = 'dashboard_score' THEN 1 / (r::text::float8 BETWEEN 0 AND 100)::int
                    WHEN %1$L = 'revenue_concentration' THEN 1 / (r::text::float8 BETWEEN 0 AND 1)::int
                    WHEN %1$L = 'health_backtest' THEN 1 / (((r::text::jsonb)->>'accounts')::int8 >= 0
                        AND coalesce(((r::text::jsonb)->>'auc')::float8 BETWEEN 0 AND 1, true)
                        AND (SELECT bool_and(coalesce((b->>'precision')::float8 BETWEEN 0 AND 1, true)
                                             AND coalesce((b->>'recall')::float8 BETWEEN 0 AND 1, true)
                                             AND (b->>'accounts')::int8 >= 0)
                             FROM jsonb_each((r::text::jsonb)->'bands') e(k, b)))::int
                    ELSE 1 / (r IS NULL OR (SELECT bool_and(v::text::float8 BETWEEN 0 AND 1)
                                                   AND abs(sum(v::text::float8) - 1) < 1e-9
                                            FROM jsonb_each(r::text::jsonb) e(k, v)))::int END
                    FROM (SELECT %2$s AS r) x$$, aggregate, call)) END AS in_range
FROM crafted;

DO $$
DECLARE
    bad text;
BEGIN
    SELECT string_agg(format('%s %s', storage, n), ', ') INTO bad
    FROM state_results WHERE NOT (final_reads_it AND combine_reads_it);
    IF bad IS NOT NULL THEN RAISE EXCEPTION 'a stored value read as a state changed: %', bad; END IF;
    SELECT string_agg(storage, ', ') INTO bad FROM merged_results WHERE NOT merged_right;
    IF bad IS NOT NULL THEN RAISE EXCEPTION 'stored values merged as states differ from rollup: %', bad; END IF;
    SELECT string_agg(format('%s: %s', n, outcome), ', ') INTO bad FROM seeded_results WHERE outcome <> 'no error';
    IF bad IS NOT NULL THEN RAISE EXCEPTION 'a value as an initial state: %', bad; END IF;
    SELECT string_agg(format('%s: %s in %s', name, outcome, took), ', ') INTO bad
    FROM huge_times WHERE outcome <> expected OR took > interval '1 second';
    IF bad IS NOT NULL THEN RAISE EXCEPTION 'a huge literal was not read or refused at once: %', bad; END IF;
    SELECT string_agg(format('%s: %s', call, outcome), E'\n') INTO bad
    FROM (SELECT * FROM final_results
          WHERE outcome <> 'no error' AND split_part(outcome, ':', 1) NOT IN ('22023', '2202E', '22003')
          LIMIT 5) f;
    IF bad IS NOT NULL THEN RAISE EXCEPTION E'a crafted final state failed otherwise than refused:\n%', bad; END IF;
    SELECT string_agg(format('%s: %s', call, in_range), E'\n') INTO bad
    FROM (SELECT * FROM final_results WHERE outcome = 'no error' AND in_range <> 'no error' LIMIT 5) f;
    IF bad IS NOT NULL THEN RAISE EXCEPTION E'a crafted final state gave a result out of range:\n%', bad; END IF;
END
$$;
SELECT aggregate, count(*) AS states, count(*) FILTER (WHERE outcome = 'no error') AS read,
       count(*) FILTER (WHERE outcome <> 'no error') AS refused
FROM final_results GROUP BY aggregate ORDER BY aggregate;
\echo fuzz attacks: no unexpected outcome
