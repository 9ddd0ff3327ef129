-- Scoring functions: each over the same 10M rows as a built-in arithmetic
-- expression of the same arity, in one run; median of 5 runs each.
-- Bar (DESIGN.md section 5): ratio <= 1.3.
\set ON_ERROR_STOP 1
\pset footer off
SET max_parallel_workers_per_gather = 0;   -- per-row cost, one process
SET jit = off;                             -- compile time is not per-row cost

-- Inputs generated once, from generate_series, so both sides of each
-- comparison read identical rows.
CREATE TEMP TABLE inputs AS
SELECT (i % 1000) / 1000.0::float8 AS a,
       ((i * 7) % 1000) / 1000.0::float8 AS b,
       ((i * 13) % 1000) / 1000.0::float8 AS c,
       (1 + i % 100)::float8 AS target,
       (i % 8)::int AS n,
       (i % 3)::jbp_mode AS jbp,
       (1 + i % 5)::rel_stage AS vendor_view,
       (1 + (i / 5) % 5)::rel_stage AS customer_view,
       1 + i % 5 AS vendor_int,
       1 + (i / 5) % 5 AS customer_int
FROM generate_series(1, 10000000) i;
VACUUM ANALYZE inputs;

SELECT * FROM pg_temp.compare('trust_score(a, b, c)',
    'SELECT count(trust_score(a, b, c)) FROM inputs',
    'SELECT count(a * b + c) FROM inputs')
UNION ALL
SELECT * FROM pg_temp.compare('trust_level(a, b, c, 0.6)',
    'SELECT count(trust_level(a, b, c, 0.6)) FROM inputs',
    'SELECT count(a * b + c * 0.6) FROM inputs')
UNION ALL
SELECT * FROM pg_temp.compare('classify_stage(a, b, jbp, n)',
    'SELECT count(classify_stage(a, b, jbp, n)) FROM inputs',
    'SELECT count(a * b + n) FROM inputs WHERE jbp IS NOT NULL')
UNION ALL
SELECT * FROM pg_temp.compare('jbp_uplift(target, jbp, 100 * a, n)',
    'SELECT count(jbp_uplift(target, jbp, 100 * a, n)) FROM inputs',
    'SELECT count(target * 100 * a + n) FROM inputs WHERE jbp IS NOT NULL')
UNION ALL
SELECT * FROM pg_temp.compare('attainment(a, target, true)',
    'SELECT count(attainment(a, target, true)) FROM inputs',
    'SELECT count(a / target) FROM inputs WHERE true')
UNION ALL
SELECT * FROM pg_temp.compare('expectation_gap(vendor_view, customer_view)',
    'SELECT count(expectation_gap(vendor_view, customer_view)) FROM inputs',
    'SELECT count(vendor_int - customer_int) FROM inputs');
