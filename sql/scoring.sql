-- The scoring models of DESIGN.md section 2: every rule at, just below and
-- just above its threshold, bounds, monotonicity over grids, and bad input.

\i test/regress_helpers.sql

-- A grid of evidence values 0, 0.1, ..., 1 (exact decimal steps as float8).
CREATE TEMP TABLE steps AS SELECT (i / 10.0)::float8 AS v FROM generate_series(0, 10) i;

------------------------------------------------------------------ trust_score
-- Evidence at a higher stage is capped by the stage below it.
SELECT trust_score(0.2, 1, 1) = trust_score(0.2, 0.2, 0.2) AS capped_by_calculus,
       trust_score(1, 0.3, 1) = trust_score(1, 0.3, 0.3) AS capped_by_knowledge,
       trust_score(0.5, 0.8, 0.1) = trust_score(0.5, 0.5, 0.1) AS knowledge_capped_only;
-- 0 when calculus is 0; 100 only when all three are 1.
SELECT trust_score(0, 1, 1) AS no_calculus, trust_score(1, 1, 1) AS full,
       trust_score(1, 1, 0.999999) < 100 AS short_of_full,
       trust_score(1, 0, 0) AS calculus_only, trust_score(1, 1, 0) AS calculus_and_knowledge;
-- Bounds over the whole grid.
SELECT min(trust_score(c.v, k.v, i.v)) AS lowest, max(trust_score(c.v, k.v, i.v)) AS highest,
       count(*) FILTER (WHERE trust_score(c.v, k.v, i.v) = 100) AS points_at_100
FROM steps c, steps k, steps i;
-- Monotone: raising any one input by a step never lowers the score.
SELECT count(*) AS decreases
FROM steps c, steps k, steps i, (VALUES (0.1)) d(step)
WHERE trust_score(least(c.v + d.step, 1), k.v, i.v) < trust_score(c.v, k.v, i.v)
   OR trust_score(c.v, least(k.v + d.step, 1), i.v) < trust_score(c.v, k.v, i.v)
   OR trust_score(c.v, k.v, least(i.v + d.step, 1)) < trust_score(c.v, k.v, i.v);
-- Strictly increasing in each capped input: raising an input that stays
-- within its cap always raises the score.
SELECT count(*) FILTER (WHERE c.v < 1 AND k.v <= c.v AND i.v <= k.v
                        AND NOT trust_score(c.v + 0.1, k.v, i.v) > trust_score(c.v, k.v, i.v)) AS calculus_flat,
       count(*) FILTER (WHERE k.v < c.v AND i.v <= k.v
                        AND NOT trust_score(c.v, k.v + 0.1, i.v) > trust_score(c.v, k.v, i.v)) AS knowledge_flat,
       count(*) FILTER (WHERE i.v < k.v AND k.v <= c.v
                        AND NOT trust_score(c.v, k.v, i.v + 0.1) > trust_score(c.v, k.v, i.v)) AS identification_flat
FROM steps c, steps k, steps i;
-- Raising an input above its cap changes nothing.
SELECT count(*) AS changed_above_cap
FROM steps c, steps k
WHERE k.v > c.v AND trust_score(c.v, k.v, 0) <> trust_score(c.v, c.v, 0);

------------------------------------------------------------------ trust_level
-- The default threshold is 0.6: each stage at, just below and above it.
SELECT c, k, i, trust_level(c, k, i)
FROM (VALUES (0.6, 0.0, 0.0), (0.5999, 1.0, 1.0), (0.6001, 0.0, 0.0),
             (1.0, 0.6, 0.0), (1.0, 0.5999, 1.0), (1.0, 0.6001, 0.5999),
             (0.6, 0.6, 0.6), (1.0, 1.0, 0.6), (1.0, 1.0, 0.5999), (0.0, 0.0, 0.0)) v(c, k, i);
-- The stage is capped like the score: knowledge without calculus is no trust.
SELECT trust_level(0.2, 0.9, 0.9) AS knowledge_without_calculus,
       trust_level(0.9, 0.2, 0.9) AS identification_without_knowledge;
-- Another threshold.
SELECT trust_level(0.5, 0.5, 0.5, 0.5) AS at, trust_level(0.5, 0.5, 0.5, 0.50001) AS above,
       trust_level(0.3, 0.2, 0.1, 0) AS zero_threshold, trust_level(1, 1, 0.99, 1) AS one_threshold;
-- Monotone in the evidence.
SELECT count(*) AS decreases
FROM steps c, steps k, steps i
WHERE trust_level(least(c.v + 0.1, 1), k.v, i.v) < trust_level(c.v, k.v, i.v)
   OR trust_level(c.v, least(k.v + 0.1, 1), i.v) < trust_level(c.v, k.v, i.v)
   OR trust_level(c.v, k.v, least(i.v + 0.1, 1)) < trust_level(c.v, k.v, i.v);

--------------------------------------------------------------- classify_stage
-- Reliance: a share of 0.10 is meaningful, 0.25 is deep.
SELECT vendor, customer, classify_stage(vendor, customer) AS stage
FROM (VALUES (0.0, 0.0), (0.0999, 0.0999), (0.10, 0.0), (0.0, 0.10), (0.10, 0.0999),
             (0.10, 0.10), (0.9, 0.9)) v(vendor, customer);
-- Deep reliance with a joint business plan: deep_dependent.
SELECT vendor, customer, jbp, classify_stage(vendor, customer, jbp) AS stage
FROM (VALUES (0.25, 0.0, 'customer_led'::jbp_mode), (0.2499, 0.2499, 'customer_led'),
             (0.0, 0.25, 'customer_led'), (0.25, 0.25, 'none'), (0.25, 0.25, 'customer_led'),
             (0.25, 0.05, 'co_developed')) v(vendor, customer, jbp);
-- Deep mutual reliance, co-developed plan and most (4 of 7) indicators:
-- deep_interdependent; one short on any count falls back.
SELECT vendor, customer, jbp, indicators, classify_stage(vendor, customer, jbp, indicators) AS stage
FROM (VALUES (0.25, 0.25, 'co_developed'::jbp_mode, 4), (0.25, 0.25, 'co_developed', 3),
             (0.25, 0.25, 'co_developed', 7), (0.2499, 0.25, 'co_developed', 7),
             (0.25, 0.2499, 'co_developed', 7), (0.25, 0.25, 'customer_led', 7),
             (0.6, 0.8, 'co_developed', 5)) v(vendor, customer, jbp, indicators);
-- Monotone in each input over a grid.
CREATE TEMP TABLE shares AS SELECT unnest(ARRAY[0, 0.05, 0.0999, 0.1, 0.2, 0.2499, 0.25, 0.5, 1])::float8 AS v;
SELECT count(*) AS decreases
FROM shares a, shares b, generate_series(0, 2) j, generate_series(0, 7) n,
     LATERAL (SELECT classify_stage(a.v, b.v, j::jbp_mode, n) AS s) here
WHERE EXISTS (SELECT FROM shares a2 WHERE a2.v > a.v AND classify_stage(a2.v, b.v, j::jbp_mode, n) < here.s)
   OR EXISTS (SELECT FROM shares b2 WHERE b2.v > b.v AND classify_stage(a.v, b2.v, j::jbp_mode, n) < here.s)
   OR (j < 2 AND classify_stage(a.v, b.v, (j + 1)::jbp_mode, n) < here.s)
   OR (n < 7 AND classify_stage(a.v, b.v, j::jbp_mode, n + 1) < here.s);
-- The defaults are no plan and no indicators.
SELECT classify_stage(0.9, 0.9) AS defaults, classify_stage(0.9, 0.9, 'none', 0) AS spelled_out;

------------------------------------------------------------------- jbp_uplift
-- No plan adds nothing; a customer-led plan at most the base; a co-developed
-- plan up to 7 times the base, reached only with full trust and all seven.
SELECT jbp_uplift(1000, 'none', 100, 7) AS none,
       jbp_uplift(1000, 'customer_led', 100, 7) AS customer_led_max,
       jbp_uplift(1000, 'co_developed', 100, 7) AS co_developed_max,
       jbp_uplift(1000, 'co_developed', 100, 6) AS one_indicator_short,
       jbp_uplift(1000, 'co_developed', 99, 7) AS trust_short,
       jbp_uplift(1000, 'co_developed', 100, 0) AS co_developed_no_indicators,
       jbp_uplift(1000, 'co_developed', 0, 7) AS no_trust;
-- Never above the 7:1 ceiling, never below 0, and co-developed never below
-- customer-led, over a grid of trust and indicators.
SELECT max(jbp_uplift(1, 'co_developed', t, n)) AS highest_multiple,
       min(jbp_uplift(1, j::jbp_mode, t, n)) AS lowest,
       count(*) FILTER (WHERE jbp_uplift(1, 'co_developed', t, n) < jbp_uplift(1, 'customer_led', t, n)) AS co_below_led
FROM generate_series(0, 100, 5) t, generate_series(0, 7) n, generate_series(0, 2) j;
-- Monotone in trust and in indicators.
SELECT count(*) AS decreases
FROM generate_series(0, 95, 5) t, generate_series(0, 7) n, generate_series(0, 2) j
WHERE jbp_uplift(500, j::jbp_mode, t + 5, n) < jbp_uplift(500, j::jbp_mode, t, n)
   OR (n < 7 AND jbp_uplift(500, j::jbp_mode, t, n + 1) < jbp_uplift(500, j::jbp_mode, t, n));
-- Proportional to the base value.
SELECT jbp_uplift(300, 'co_developed', 80, 5) = 3 * jbp_uplift(100, 'co_developed', 80, 5) AS proportional,
       jbp_uplift(0, 'co_developed', 100, 7) AS zero_base;

------------------------------------------------------------------- attainment
-- Higher is better: share of target, capped at 1.
SELECT actual, target, attainment(actual, target)
FROM (VALUES (95.0, 100.0), (99.999, 100.0), (100.0, 100.0), (100.001, 100.0), (250.0, 100.0),
             (0.0, 100.0), (0.0, 0.0), (5.0, 0.0)) v(actual, target);
-- Lower is better (defects, lead time): met while actual <= target, then
-- target / actual; a zero target is met only by zero.
SELECT actual, target, attainment(actual, target, false)
FROM (VALUES (0.4, 0.5), (0.5, 0.5), (0.5001, 0.5), (1.0, 0.5), (0.0, 0.0), (0.1, 0.0),
             (0.0, 0.5)) v(actual, target);
-- Always within 0..1, and monotone in actual (up when higher is better,
-- down when lower is better).
SELECT min(attainment(a, t, h)) AS lowest, max(attainment(a, t, h)) AS highest,
       count(*) FILTER (WHERE h AND attainment(a + 1, t, h) < attainment(a, t, h))
     + count(*) FILTER (WHERE NOT h AND attainment(a + 1, t, h) > attainment(a, t, h)) AS wrong_direction
FROM generate_series(0, 30) a, generate_series(0, 20, 4) t, (VALUES (true), (false)) b(h);

-------------------------------------------------------------- expectation_gap
SELECT v AS vendor_view, c AS customer_view, expectation_gap(v, c) AS gap,
       abs(expectation_gap(v, c)) >= 2 AS misaligned
FROM (SELECT i::rel_stage AS v FROM generate_series(1, 5) i) vs,
     (SELECT i::rel_stage AS c FROM generate_series(1, 5) i) cs
ORDER BY v, c;

--------------------------------------------------------------- NULL and errors
-- STRICT: any NULL argument gives NULL.
SELECT trust_score(NULL, 1, 1) IS NULL AS a, trust_level(1, 1, 1, NULL) IS NULL AS b,
       classify_stage(0.5, NULL) IS NULL AS c, classify_stage(0.5, 0.5, NULL) IS NULL AS d,
       jbp_uplift(100, NULL, 50, 3) IS NULL AS e, attainment(1, NULL) IS NULL AS f,
       attainment(1, 1, NULL) IS NULL AS g, expectation_gap(NULL, 'dependent') IS NULL AS h;
-- Out of range, NaN and infinity: 22003, naming the argument.
SELECT call, pg_temp.error_of('SELECT ' || call) AS error
FROM (VALUES ('trust_score(1.5, 0, 0)'), ('trust_score(0, -0.1, 0)'), ('trust_score(0, 0, ''NaN'')'),
             ('trust_score(''Infinity'', 0, 0)'), ('trust_level(0.5, 0.5, 0.5, 1.01)'),
             ('trust_level(0.5, 0.5, 0.5, -0.5)'), ('trust_level(''NaN'', 0.5, 0.5)'),
             ('classify_stage(1.0001, 0)'), ('classify_stage(0, ''-Infinity'')'),
             ('classify_stage(0.5, 0.5, ''co_developed'', 8)'), ('classify_stage(0.5, 0.5, ''none'', -1)'),
             ('jbp_uplift(-0.01, ''none'', 50, 3)'), ('jbp_uplift(''Infinity'', ''none'', 50, 3)'),
             ('jbp_uplift(''NaN'', ''none'', 50, 3)'), ('jbp_uplift(100, ''co_developed'', 100.5, 3)'),
             ('jbp_uplift(100, ''co_developed'', 50, 8)'), ('jbp_uplift(1e308, ''co_developed'', 100, 7)'),
             ('attainment(-1, 100)'), ('attainment(1, -100)'), ('attainment(''NaN'', 100)'),
             ('attainment(1, ''Infinity'')'), ('classify_stage(0.5, 0.5, ''joint'')')) v(call);
-- One full message.
SELECT trust_score(0.5, 1.2, 0);
