-- health_backtest and health_calibrate (DESIGN.md section 5): the backtest
-- against an exact AUC and counts in plain SQL, the calibration on data where
-- one component alone predicts the outcome, both the same serially, in
-- parallel and from merged partial states, and bad input.

\i test/regress_helpers.sql

-- 20,000 accounts: a bad outcome for about a third; a score in tenths of a
-- point that leans lower for them, and a finer one with the same lean.
CREATE TABLE outcomes AS
SELECT i, lost, round(s::numeric, 1)::float8 AS tenths, s AS fine
FROM generate_series(1, 20000) i,
     LATERAL (SELECT (hashint4(i) & 1023) < 341 AS lost) o,
     LATERAL (SELECT least(100, greatest(0, CASE WHEN lost THEN 45 ELSE 65 END
                                            + ((hashint4(i * 7) & 65535) / 65535.0 - 0.5) * 70)) AS s) x;
ANALYZE outcomes;

-- The exact AUC in plain SQL: the share of (lost, kept) pairs where the lost
-- account scored lower, ties counting half.
CREATE FUNCTION pg_temp.exact_auc(score text) RETURNS float8 LANGUAGE plpgsql AS $$
DECLARE
    result float8;
BEGIN
    EXECUTE format($q$
        WITH ranked AS (SELECT lost, rank() OVER (ORDER BY %1$I) + (count(*) OVER (PARTITION BY %1$I) - 1) / 2.0 AS r
                        FROM outcomes)
        SELECT ((sum(r) FILTER (WHERE NOT lost)) - count(*) FILTER (WHERE NOT lost) * (count(*) FILTER (WHERE NOT lost) + 1) / 2.0)
               / (count(*) FILTER (WHERE lost) * count(*) FILTER (WHERE NOT lost))
        FROM ranked$q$, score) INTO result;
    RETURN result;
END
$$;

-- Scores in tenths: the AUC is exact.  Finer scores share a tenth with
-- others: the difference is at most half the share of (lost, kept) pairs
-- within one tenth, the documented resolution.
SELECT abs((health_backtest(tenths, lost) ->> 'auc')::float8 - pg_temp.exact_auc('tenths')) < 1e-12 AS exact_in_tenths,
       abs((health_backtest(fine, lost) ->> 'auc')::float8 - pg_temp.exact_auc('fine'))
           <= (SELECT sum(l * k) / 2.0 / (sum(l) * sum(k))
               FROM (SELECT ceil(fine * 10) AS bin, count(*) FILTER (WHERE lost) AS l, count(*) FILTER (WHERE NOT lost) AS k
                     FROM outcomes GROUP BY 1) b) AS within_resolution,
       round((health_backtest(tenths, lost) ->> 'auc')::numeric, 4) AS auc
FROM outcomes;

-- Bands (red <= 50 < yellow <= 75 < green) and "flagged" (not green): counts,
-- precision and recall as plain SQL counts them.
SELECT b.key AS band, b.value ->> 'accounts' AS accounts, b.value ->> 'outcomes' AS outcomes,
       round((b.value ->> 'precision')::numeric, 4) AS precision, round((b.value ->> 'recall')::numeric, 4) AS recall,
       (b.value ->> 'accounts')::int = p.accounts AND (b.value ->> 'outcomes')::int = p.outcomes AS as_counted
FROM (SELECT health_backtest(tenths, lost) AS r FROM outcomes) x,
     jsonb_each((r -> 'bands') || jsonb_build_object('flagged', r -> 'flagged')) b,
     LATERAL (SELECT count(*) AS accounts, count(*) FILTER (WHERE lost) AS outcomes FROM outcomes
              WHERE CASE b.key WHEN 'red' THEN tenths <= 50 WHEN 'yellow' THEN tenths > 50 AND tenths <= 75
                               WHEN 'green' THEN tenths > 75 ELSE tenths <= 75 END) p
ORDER BY array_position('{red,yellow,green,flagged}', b.key);

-- Reports whose trust alone tells the outcome (lost accounts' trust is lower),
-- every other component noise.
CREATE TABLE reports AS
SELECT i, lost,
       jsonb_build_object('components', jsonb_object_agg(c, jsonb_build_object('score',
           CASE WHEN c = 'trust' THEN CASE WHEN lost THEN 35 ELSE 70 END + (hashint4(i * 31) & 255) / 255.0 * 25
                WHEN c = 'alignment' AND i % 5 = 0 THEN NULL
                ELSE (hashint4(i * 13 + length(c)) & 1023) / 1023.0 * 100 END))) AS report
FROM outcomes,
     unnest('{recency,cadence,breadth,exec,focus,experience,reciprocity,trust,dashboard,alignment}'::text[]) c
GROUP BY i, lost;
ANALYZE reports;

-- The health of a report with some weights: the weighted mean of its known components.
CREATE FUNCTION pg_temp.health(report jsonb, weights jsonb) RETURNS float8 LANGUAGE sql AS $$
    SELECT sum((c.value ->> 'score')::float8 * (weights ->> c.key)::float8) / nullif(sum((weights ->> c.key)::float8), 0)
    FROM jsonb_each(report -> 'components') c WHERE c.value ->> 'score' IS NOT NULL
$$;
CREATE TEMP TABLE defaults AS
SELECT (health_report(NULL, NULL, 50, 50, weights => NULL) -> 'components') AS c;
CREATE TEMP TABLE default_weights AS
SELECT jsonb_object_agg(key, (value ->> 'weight')::float8) AS w FROM defaults, jsonb_each(c);

CREATE TEMP TABLE calibrated AS SELECT health_calibrate(report, lost) AS w FROM reports;
-- Most of the weight goes to trust, every weight is within 0..1, they sum to 1.
SELECT round((w ->> 'trust')::numeric, 3) AS trust_weight, (w ->> 'trust')::float8 > 0.9 AS mostly_trust,
       (SELECT bool_and(value::float8 BETWEEN 0 AND 1) AND abs(sum(value::float8) - 1) < 1e-12
        FROM jsonb_each_text(w)) AS weights_in_range
FROM calibrated;
-- Passed back as weights, the calibrated ones separate the outcomes better
-- than the defaults.
SELECT round((health_backtest(pg_temp.health(report, d.w), lost) ->> 'auc')::numeric, 3) AS auc_default_weights,
       round((health_backtest(pg_temp.health(report, c.w), lost) ->> 'auc')::numeric, 3) AS auc_calibrated,
       (health_backtest(pg_temp.health(report, c.w), lost) ->> 'auc')::float8
           > (health_backtest(pg_temp.health(report, d.w), lost) ->> 'auc')::float8 AS improved
FROM reports, default_weights d, calibrated c GROUP BY d.w, c.w;
-- relationship_health takes them as they are.
SELECT relationship_health(NULL, NULL, 80, 40, weights => w) IS NOT NULL AS accepted FROM calibrated;

------------------------------------------- serial, parallel, merged partials
-- The partial states of a user's own aggregate over the transitions, merged
-- by the combine function, give the same result; so do parallel workers.
CREATE AGGREGATE backtest_partial(float8, bool) (SFUNC = health_backtest_transition, STYPE = int8[]);
CREATE AGGREGATE calibrate_partial(jsonb, bool) (SFUNC = health_calibrate_transition, STYPE = int8[]);
CREATE AGGREGATE counts_merged(int8[]) (SFUNC = health_counts_combine, STYPE = int8[]);
CREATE TEMP TABLE serial AS
SELECT (SELECT health_backtest(fine, lost) FROM outcomes) AS backtest,
       (SELECT health_calibrate(report, lost) FROM reports) AS calibration;
CREATE TEMP TABLE merged AS
SELECT (SELECT health_backtest_final(counts_merged(p)) FROM (SELECT backtest_partial(fine, lost) AS p FROM outcomes GROUP BY i % 7) x) AS backtest,
       (SELECT health_calibrate_final(counts_merged(p)) FROM (SELECT calibrate_partial(report, lost) AS p FROM reports GROUP BY i % 5) y) AS calibration;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SELECT count(*) FILTER (WHERE line ~ 'Partial Aggregate') AS partial_aggregates
FROM pg_temp.plan_lines('COSTS OFF', 'SELECT health_backtest(fine, lost), health_calibrate(report, lost) FROM outcomes JOIN reports USING (i, lost)') line;
CREATE TEMP TABLE parallel AS
SELECT (SELECT health_backtest(fine, lost) FROM outcomes) AS backtest,
       (SELECT health_calibrate(report, lost) FROM reports) AS calibration;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
SELECT s.backtest = m.backtest AND s.backtest = p.backtest AS backtest_same,
       s.calibration = m.calibration AND s.calibration = p.calibration AS calibration_same
FROM serial s, merged m, parallel p;

---------------------------------------------------------------- bad input
-- NULL scores, outcomes and reports are skipped; no rows give NULL.
SELECT health_backtest(score, outcome) -> 'accounts' AS counted
FROM (VALUES (50.0, true), (NULL, false), (70.0, NULL), (80.0, false)) v(score, outcome);
SELECT health_backtest(1, true) FILTER (WHERE false) AS no_rows, health_calibrate(NULL, true) AS no_reports;
-- A score outside 0..100, NaN, or a report that is not one: errors.
SELECT pg_temp.error_detail_of(format('SELECT health_backtest(%s, true)', s)) AS error
FROM (VALUES ('''NaN''::float8'), ('100.5'), ('-1'), ('''Infinity''::float8')) v(s);
SELECT pg_temp.error_detail_of(format('SELECT health_calibrate(%L::jsonb, true)', r)) AS error
FROM (VALUES ('{}'), ('[]'), ('{"components": 1}'), ('{"components": {"trust": {"score": 50}}}'),
             ('{"components": {"recency": 7}}')) v(r);
SELECT pg_temp.error_detail_of($$SELECT health_calibrate(jsonb_set(health_report(NULL, NULL, 50), '{components,trust,score}', '120'), true)$$) AS error;
-- States no transition makes are refused; the support functions run only in an aggregate.
SELECT pg_temp.error_detail_of($$SELECT health_backtest_final('{1,2,3}')$$) AS short_state,
       pg_temp.error_detail_of(format('SELECT health_backtest_final(%L)', '{' || repeat('0,', 2001) || '-1}')) AS negative_count,
       pg_temp.error_detail_of($$SELECT health_calibrate_final(array_fill(-1::int8, ARRAY[60]))$$) AS negative_sum,
       pg_temp.error_detail_of($$SELECT health_backtest_transition(NULL, 50, true)$$) AS called_directly;

DROP TABLE outcomes, reports;
DROP AGGREGATE backtest_partial(float8, bool);
DROP AGGREGATE calibrate_partial(jsonb, bool);
DROP AGGREGATE counts_merged(int8[]);
