-- Fuzz the hostile inputs of section 4: the weights and thresholds jsonb of
-- relationship_health and health_report, and the arguments of the
-- flag_at_risk trigger.  Random and mutated inputs (a fixed seed) must either
-- work or fail with the documented SQLSTATE: 22023 for weights and
-- thresholds, 39P01/42703/42804 for trigger arguments.  Thresholds at the ends
-- of their ranges, judged at the ends of time, must keep health in 0..100 and
-- the band in step with the flags.
\set ON_ERROR_STOP 1
\i test/regress_helpers.sql

SELECT setseed(0.20261123) \gset

-- A random piece of JSON-ish text.
CREATE FUNCTION pg_temp.random_token() RETURNS text LANGUAGE sql AS $$
    SELECT (ARRAY['{', '}', '[', ']', ':', ',', '"trust"', '"exec"', '"recency"', '"Trust"', '"x"',
                  '0', '1', '-1', '0.5', '1e400', '-0', 'null', 'true', '"1"', ' ', '"dashboard"',
                  '{"a": 1}', '"alignment"', '1e-400', '99999999999999999999'])[1 + (random() * 25)::int]
$$;

CREATE TEMP TABLE weight_cases AS
SELECT CASE WHEN i % 2 = 0
            THEN (SELECT string_agg(pg_temp.random_token(), '') FROM generate_series(1, 1 + (random() * 9)::int + 0 * i))
            ELSE format('{"%s": %s, "%s": %s}',
                        (ARRAY['trust', 'exec', 'focus', 'breadth', 'Trust', '', 'trust '])[1 + (random() * 6)::int],
                        pg_temp.random_token(),
                        (ARRAY['dashboard', 'recency', 'experience', 'alignment', 'trust'])[1 + (random() * 4)::int],
                        pg_temp.random_token()) END AS weights
FROM generate_series(1, 3000) i;

-- Text that is not jsonb is jsonb's business (22P02, 22003); the rest reaches us.
CREATE TEMP TABLE weight_results AS
SELECT weights,
       CASE WHEN pg_temp.error_of(format('SELECT %L::jsonb', weights)) <> 'no error' THEN 'not jsonb'
            ELSE split_part(pg_temp.error_of(format(
                     'SELECT relationship_health(NULL, ''2026-01-01'', 50, 60, ''dependent'', ''interdependent'', %L::jsonb), '
                     'health_report(NULL, ''2026-01-01'', 50, 60, ''dependent'', ''interdependent'', %L::jsonb)',
                     weights, weights)), ':', 1) END AS outcome
FROM weight_cases;
SELECT outcome, count(*) FROM weight_results GROUP BY outcome ORDER BY outcome;

-- Thresholds: random objects of the threshold names (and a wrong one) with
-- values from each end of the ranges and beyond, over summaries of every
-- shape (one contact; two years weekly; a century; no contact on record),
-- judged from the year 4713 BC to the year 294276.
CREATE TEMP TABLE shapes AS
SELECT 'one contact' AS shape, contact_summary('2026-03-04 10:00+00'::timestamptz, 'phone', 'rep', 'executive',
                                               'buyer', 'executive', true, true, -1) AS s
UNION ALL
SELECT 'weekly', contact_summary(t, 'video', 'rep ' || n % 3, (1 + n % 4)::int::org_level, 'buyer', 'executive',
                                 n % 5 = 0, n % 2 = 0, (n % 21 - 10) / 10.0)
FROM generate_series(0, 104) n, LATERAL (SELECT '2024-10-07'::timestamptz + n * interval '7 days') x(t)
UNION ALL
SELECT 'century', contact_summary(t, 'face_to_face', 'rep', 'executive', 'buyer ' || n, 'executive', n % 2 = 0, true, 1)
FROM (VALUES (0, '1926-01-01 00:00+00'::timestamptz), (1, '2025-12-31 23:59+00')) v(n, t)
UNION ALL
SELECT 'none', NULL;
CREATE FUNCTION pg_temp.threshold_value() RETURNS text LANGUAGE sql AS $$
    SELECT (ARRAY['0', '1', '-1', '0.5', '2', '3', '4', '13', '14', '90', '100', '101', '1000', '36525', '36526',
                  '1e9', '1e10', '2.5', '-0.2', '1e400', 'null', '"5"'])[1 + (random() * 21)::int]
$$;
CREATE TEMP TABLE threshold_cases AS
SELECT i, (SELECT '{' || string_agg(format('"%s": %s',
              (ARRAY['silent_days', 'silent_gaps', 'silent_min_days', 'silent_max_days', 'cooling_ratio',
                     'cooling_sigmas', 'cooling_min_expected', 'souring_drop', 'souring_min_rated', 'negative_below',
                     'negative_min_rated', 'one_way_share', 'single_threaded_share', 'min_contacts', 'bow_tie_below',
                     'exec_coverage_below', 'exec_lapsed_quarters', 'future_share_below', 'excessive_trust_above',
                     'excessive_trust_dashboard', 'misaligned_gap', 'below_target', 'red', 'yellow', 'red_warnings',
                     'champion_share', 'champion_min_contacts', 'sponsor_quiet_days', 'onboarding_days',
                     'goals_required', 'silent'])[1 + (random() * 30)::int], pg_temp.threshold_value()), ', ') || '}'
           FROM generate_series(1, 1 + (random() * 4)::int + 0 * i)) AS thresholds
FROM generate_series(1, 400) i;
CREATE TEMP TABLE threshold_results AS
SELECT c.thresholds, shape, as_of, loaded,
       pg_temp.error_of(format('SELECT health_report(%L::contact_summary, %L, %s, %s, %L, %L, thresholds => %L)',
                               s, as_of, CASE WHEN loaded THEN '90' ELSE 'NULL' END,
                               CASE WHEN loaded THEN '40' ELSE 'NULL' END,
                               CASE WHEN loaded THEN 'deep_interdependent' END,
                               CASE WHEN loaded THEN 'independent' END, c.thresholds)) AS outcome
FROM threshold_cases c, shapes, (VALUES (true), (false)) f(loaded),
     (VALUES ('4713-01-01 00:00+00 BC'::timestamptz), ('2026-07-01'), ('9999-12-31 23:59+00'),
             ('294276-12-31 00:00+00')) a(as_of);
SELECT split_part(outcome, ':', 1) AS outcome, count(*) FROM threshold_results GROUP BY 1 ORDER BY 1;
-- Every report of valid thresholds: health in 0..100, green exactly when no
-- flag holds, a reason for every flag.
CREATE TEMP TABLE threshold_reports AS
SELECT r.thresholds, shape, as_of,
       CASE WHEN loaded THEN health_report(s, as_of, 90, 40, 'deep_interdependent', 'independent',
                                           thresholds => r.thresholds::jsonb)
            ELSE health_report(s, as_of, dashboard => 90, target_stage => 'dependent',
                               thresholds => r.thresholds::jsonb) END AS report
FROM threshold_results r JOIN shapes USING (shape) WHERE outcome = 'no error';

-- Trigger arguments: random key=column strings against a table with every column.
CREATE TABLE figures (summary contact_summary, trust_score float8, dashboard float8,
                      vendor_view rel_stage, customer_view rel_stage, at_risk bool, risk_reasons text[],
                      other text, n int);
CREATE FUNCTION pg_temp.trigger_outcome(arguments text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    outcome text;
BEGIN
    EXECUTE format('CREATE TRIGGER fuzz BEFORE INSERT OR UPDATE ON figures FOR EACH ROW '
                   'EXECUTE FUNCTION flag_at_risk(%s)', arguments);
    outcome := split_part(pg_temp.error_of('INSERT INTO figures (dashboard) VALUES (10)'), ':', 1);
    DROP TRIGGER fuzz ON figures;
    RETURN outcome;
END
$$;
CREATE TEMP TABLE trigger_results AS
SELECT arguments, pg_temp.trigger_outcome(coalesce(arguments, '')) AS outcome
FROM (SELECT (SELECT string_agg(quote_literal(
                  (ARRAY['summary', 'trust_score', 'dashboard', 'vendor_view', 'customer_view', 'at_risk',
                         'risk_reasons', 'nope', '', 'Summary', 'target_stage'])[1 + (random() * 10)::int]
                  || (ARRAY['=', '', '==', '= '])[1 + (random() * 3)::int]
                  || (ARRAY['summary', 'trust_score', 'dashboard', 'vendor_view', 'customer_view', 'at_risk',
                            'risk_reasons', 'other', 'n', 'missing', ''])[1 + (random() * 10)::int]), ', ')
              FROM generate_series(1, (random() * 3)::int + 0 * i) k) AS arguments  -- i: one list per case
      FROM generate_series(1, 1500) i) a;
SELECT outcome, count(*) FROM trigger_results GROUP BY outcome ORDER BY outcome;

DO $$
DECLARE
    bad text;
BEGIN
    SELECT string_agg(format('weights %L: %s', weights, outcome), E'\n') INTO bad
    FROM (SELECT * FROM weight_results WHERE outcome NOT IN ('no error', '22023', 'not jsonb') LIMIT 10) w;
    IF bad IS NOT NULL THEN RAISE EXCEPTION E'weights fuzz failed:\n%', bad; END IF;
    SELECT string_agg(format('thresholds %s on %s as of %s: %s', thresholds, shape, as_of, outcome), E'\n') INTO bad
    FROM (SELECT * FROM threshold_results WHERE split_part(outcome, ':', 1) NOT IN ('no error', '22023') LIMIT 10) t;
    IF bad IS NOT NULL THEN RAISE EXCEPTION E'thresholds fuzz failed:\n%', bad; END IF;
    SELECT string_agg(format('thresholds %s on %s as of %s: %s', thresholds, shape, as_of, report), E'\n') INTO bad
    FROM (SELECT * FROM threshold_reports
          WHERE NOT ((report ->> 'health')::float8 BETWEEN 0 AND 100
                     AND (report ->> 'band' = 'green') = (jsonb_array_length(report -> 'flags') = 0)
                     AND (SELECT count(*) FROM jsonb_object_keys(report -> 'reasons')) = jsonb_array_length(report -> 'flags'))
          LIMIT 10) t;
    IF bad IS NOT NULL THEN RAISE EXCEPTION E'a report out of its range:\n%', bad; END IF;
    SELECT string_agg(format('arguments %s: %s', arguments, outcome), E'\n') INTO bad
    FROM (SELECT * FROM trigger_results WHERE outcome NOT IN ('no error', '39P01', '42703', '42804') LIMIT 10) t;
    IF bad IS NOT NULL THEN RAISE EXCEPTION E'trigger arguments fuzz failed:\n%', bad; END IF;
    IF (SELECT count(DISTINCT outcome) FROM weight_results) < 3
       OR (SELECT count(DISTINCT split_part(outcome, ':', 1)) FROM threshold_results) < 2
       OR (SELECT count(*) FROM threshold_reports WHERE report ->> 'band' = 'red') = 0
       OR (SELECT count(*) FROM threshold_reports WHERE report ->> 'band' = 'green') = 0
       OR (SELECT count(DISTINCT outcome) FROM trigger_results) < 4 THEN
        RAISE EXCEPTION 'fuzz cases too narrow: not every outcome was reached';
    END IF;
END
$$;
\echo fuzz risk: no unexpected outcome
