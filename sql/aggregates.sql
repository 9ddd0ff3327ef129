-- dashboard_score and revenue_concentration: values, NULL and empty input,
-- errors, and the same result serially, in parallel and from partial states.

\i test/regress_helpers.sql

-------------------------------------------------------------- dashboard_score
-- Quality met, on-time delivery at 90%, support at half, weighted 2:1:1.
SELECT dashboard_score(a, w)
FROM (VALUES (1.0, 2.0), (0.9, 1.0), (0.5, 1.0)) goals(a, w);
-- The same with attainment() computing the shares.
SELECT dashboard_score(attainment(actual, target, higher_is_better), weight)
FROM (VALUES (0.2, 0.5, false, 2.0), (90.0, 100.0, true, 1.0), (4.0, 8.0, true, 1.0)) goals(actual, target, higher_is_better, weight);
-- Rows with a NULL attainment or weight are skipped; zero weights count for nothing.
SELECT dashboard_score(a, w) AS with_nulls
FROM (VALUES (1.0, 1.0), (NULL, 5.0), (0.0, NULL), (0.5, 1.0), (0.0, 0.0)) goals(a, w);
-- Empty input, only NULLs, only zero weights: NULL.
SELECT (SELECT dashboard_score(a, w) FROM (VALUES (1.0, 1.0)) g(a, w) WHERE false) AS empty,
       (SELECT dashboard_score(NULL::float8, w) FROM (VALUES (1.0)) g(w)) AS only_nulls,
       (SELECT dashboard_score(a, 0) FROM (VALUES (1.0), (0.5)) g(a)) AS zero_weights;
-- Bounds: all met is 100, all missed 0.
SELECT dashboard_score(1, w) AS all_met, dashboard_score(0, w) AS all_missed
FROM generate_series(1, 10) w;
-- Errors: negative or non-finite weights, attainments outside 0..1, sums
-- that overflow.
SELECT agg, pg_temp.error_of('SELECT ' || agg) AS error
FROM (VALUES ('dashboard_score(0.5, -1)'), ('dashboard_score(1.2, 1)'), ('dashboard_score(-0.1, 1)'),
             ('dashboard_score(''NaN'', 1)'), ('dashboard_score(0.5, ''Infinity'')'),
             ('dashboard_score(0.5, 1e308) FROM generate_series(1, 2)')) v(agg);

-------------------------------------------------------- revenue_concentration
-- One customer: fully concentrated.  n equal customers: 1/n.
SELECT revenue_concentration(a) AS one_customer FROM (VALUES (250.0)) r(a);
SELECT n, revenue_concentration(100) AS hhi, 1.0 / n AS one_over_n
FROM generate_series(1, 5) n, LATERAL generate_series(1, n) c
GROUP BY n ORDER BY n;
-- 50/30/20: 0.25 + 0.09 + 0.04.
SELECT revenue_concentration(a) FROM (VALUES (50.0), (30.0), (20.0)) r(a);
-- Scale does not matter; zero amounts add customers but no share.
SELECT revenue_concentration(a * 1e6) AS scaled, revenue_concentration(a) AS plain
FROM (VALUES (50.0), (30.0), (20.0), (0.0)) r(a);
-- NULLs skipped; empty input and no revenue at all: NULL.
SELECT revenue_concentration(a) AS with_nulls FROM (VALUES (50.0), (NULL), (50.0)) r(a);
SELECT (SELECT revenue_concentration(a) FROM (VALUES (1.0)) r(a) WHERE false) AS empty,
       (SELECT revenue_concentration(a) FROM (VALUES (0.0), (0.0)) r(a)) AS no_revenue;
-- Errors.
SELECT agg, pg_temp.error_of('SELECT ' || agg) AS error
FROM (VALUES ('revenue_concentration(-5)'), ('revenue_concentration(''NaN'')'),
             ('revenue_concentration(''Infinity'')'), ('revenue_concentration(1e200)'),
             ('revenue_concentration(1e154) FROM generate_series(1, 3)'),
             ('revenue_concentration(1e308) FROM generate_series(1, 2)')) v(agg);

---------------------------------------------------- serial, parallel, partial
CREATE TABLE goal_rows AS
SELECT i % 97 AS account,
       ((i * 7919) % 1000) / 1000.0::float8 AS attainment,
       1 + (i % 5)::float8 AS weight,
       ((i * 104729) % 100000) / 7.0::float8 AS amount
FROM generate_series(1::bigint, 300000) i;
ANALYZE goal_rows;

SET max_parallel_workers_per_gather = 0;
CREATE TEMP TABLE serial AS
SELECT account, dashboard_score(attainment, weight) AS dash, revenue_concentration(amount) AS hhi
FROM goal_rows GROUP BY account;
CREATE TEMP TABLE serial_total AS
SELECT dashboard_score(attainment, weight) AS dash, revenue_concentration(amount) AS hhi FROM goal_rows;

SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF)
SELECT dashboard_score(attainment, weight), revenue_concentration(amount) FROM goal_rows;
EXPLAIN (COSTS OFF)
SELECT account, dashboard_score(attainment, weight), revenue_concentration(amount)
FROM goal_rows GROUP BY account;
CREATE TEMP TABLE parallel AS
SELECT account, dashboard_score(attainment, weight) AS dash, revenue_concentration(amount) AS hhi
FROM goal_rows GROUP BY account;
CREATE TEMP TABLE parallel_total AS
SELECT dashboard_score(attainment, weight) AS dash, revenue_concentration(amount) AS hhi FROM goal_rows;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;

-- Partial states combined by hand, as a coordinator combines shipped
-- states: per-shard states through their text form, then the combine
-- function, then the final function.
CREATE AGGREGATE pg_temp.dash_partial(float8, float8) (
    SFUNC = dashboard_score_transition, STYPE = float8[], INITCOND = '{0,0,0}');
CREATE AGGREGATE pg_temp.hhi_partial(float8) (
    SFUNC = revenue_concentration_transition, STYPE = float8[], INITCOND = '{0,0,0}');
CREATE AGGREGATE pg_temp.combined(float8[]) (
    SFUNC = attune_sums_combine, STYPE = float8[], INITCOND = '{0,0,0}');
CREATE TEMP TABLE shipped AS
SELECT account % 3 AS shard,
       pg_temp.dash_partial(attainment, weight)::text AS dash_state,
       pg_temp.hhi_partial(amount)::text AS hhi_state
FROM goal_rows GROUP BY 1;
CREATE TEMP TABLE from_partials AS
SELECT dashboard_score_final(pg_temp.combined(dash_state::float8[])) AS dash,
       revenue_concentration_final(pg_temp.combined(hhi_state::float8[])) AS hhi
FROM shipped;

-- Serial, parallel and combined partials agree to 1e-9 relative.
SELECT count(*) AS groups,
       count(*) FILTER (WHERE abs(s.dash - p.dash) <= 1e-9 * abs(s.dash)
                          AND abs(s.hhi - p.hhi) <= 1e-9 * abs(s.hhi)) AS parallel_agrees
FROM serial s JOIN parallel p USING (account);
SELECT abs(s.dash - p.dash) <= 1e-9 * s.dash AS parallel_dash,
       abs(s.hhi - p.hhi) <= 1e-9 * s.hhi AS parallel_hhi,
       abs(s.dash - c.dash) <= 1e-9 * s.dash AS partial_dash,
       abs(s.hhi - c.hhi) <= 1e-9 * s.hhi AS partial_hhi,
       round(s.dash::numeric, 6) AS dash, round(s.hhi::numeric, 9) AS hhi
FROM serial_total s, parallel_total p, from_partials c;

-- The transition and combine functions refuse states that are not three
-- numbers.  Called directly, outside an aggregate, they return a new array
-- and leave their input as it was.
SELECT state, pg_temp.error_of(format('SELECT attune_sums_combine(%L, ''{1,2,3}'')', state)) AS error
FROM (VALUES ('{1,2}'), ('{1,2,3,4}'), ('{{1,2,3}}'), ('{1,NULL,3}'), ('{}')) v(state);
SELECT dashboard_score_transition(state, 0.5, 2) AS after_one_row,
       attune_sums_combine(state, '{10,20,30}') AS combined, state AS input_after
FROM (SELECT '{1,2,3}'::float8[] AS state) s;

-- States no rows can make, as a user's INITCOND or own aggregate could hand
-- them to the final functions: refused, never a score outside its range.
SELECT state, pg_temp.error_detail_of(format('SELECT dashboard_score_final(%L)', state)) AS dashboard_score,
       pg_temp.error_detail_of(format('SELECT revenue_concentration_final(%L)', state)) AS revenue_concentration
FROM (VALUES ('{1,1,-5}'), ('{1,1,5}'), ('{-1,1,1}'), ('{1,NaN,1}'), ('{1,Infinity,1}'), ('{0,2,4}'), ('{4,2,0.5}')) v(state);

-- Rounding keeps the index within [1/n, 1]: one amount of 0.1 is 1, not
-- 1.0000000000000002, and amounts of 0.1 are never below 1/n.  Amounts whose
-- squares are not normal float8 (below about 1.5e-154) are refused rather
-- than counted as 0.
SELECT (SELECT revenue_concentration(0.1)) AS one_amount_of_0_1,
       bool_and(hhi BETWEEN 1.0 / n AND 1) AS equal_amounts_in_range,
       pg_temp.error_detail_of('SELECT revenue_concentration(1e-200)') AS tiny
FROM (SELECT n, (SELECT revenue_concentration(0.1) FROM generate_series(1, n)) AS hhi FROM generate_series(1, 50) n) x;

DROP TABLE goal_rows;
