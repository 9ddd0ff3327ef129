-- Fuzz the hostile inputs of section 4: the weights jsonb of
-- relationship_health and health_report, and the arguments of the
-- flag_at_risk trigger.  Random and mutated inputs (a fixed seed) must either
-- work or fail with the documented SQLSTATE: 22023 for weights,
-- 39P01/42703/42804 for trigger arguments.
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
                         'risk_reasons', 'nope', '', 'Summary'])[1 + (random() * 9)::int]
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
    SELECT string_agg(format('arguments %s: %s', arguments, outcome), E'\n') INTO bad
    FROM (SELECT * FROM trigger_results WHERE outcome NOT IN ('no error', '39P01', '42703', '42804') LIMIT 10) t;
    IF bad IS NOT NULL THEN RAISE EXCEPTION E'trigger arguments fuzz failed:\n%', bad; END IF;
    IF (SELECT count(DISTINCT outcome) FROM weight_results) < 3
       OR (SELECT count(DISTINCT outcome) FROM trigger_results) < 4 THEN
        RAISE EXCEPTION 'fuzz cases too narrow: not every outcome was reached';
    END IF;
END
$$;
\echo fuzz risk: no unexpected outcome
