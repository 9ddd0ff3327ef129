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
-- Reliance: the vendor relies on an account from 0.5% of its revenue on, the
-- customer on the vendor from 20% of its category spend.  One side alone is
-- dependent (dependence_direction says which), both sides interdependent.
SELECT vendor, customer, classify_stage(vendor, customer) AS stage,
       dependence_direction(vendor, customer) AS direction
FROM (VALUES (0.0, 0.0), (0.0049, 0.1999), (0.005, 0.0), (0.0, 0.20), (0.005, 0.1999),
             (0.0049, 0.20), (0.005, 0.20), (0.9, 0.9)) v(vendor, customer);
-- A stage above interdependent needs mutual reliance: one-sided reliance is
-- dependent whatever the plan (the seeds' over-reliant supplier: 45% of its
-- revenue, 3% of the customer's spend).  With mutual reliance, a customer-led
-- plan is deep_dependent; a co-developed one with most (4) of the seven signs
-- deep_interdependent, with fewer deep_dependent.
SELECT vendor, customer, jbp, indicators, classify_stage(vendor, customer, jbp, indicators) AS stage
FROM (VALUES (0.45, 0.03, 'co_developed'::jbp_mode, 7), (0.45, 0.03, 'customer_led', 0),
             (0.001, 0.9, 'co_developed', 7), (0.01, 0.3, 'none', 7), (0.01, 0.3, 'customer_led', 0),
             (0.01, 0.3, 'customer_led', 7), (0.01, 0.3, 'co_developed', 3), (0.01, 0.3, 'co_developed', 4),
             (0.16, 0.40, 'co_developed', 7)) v(vendor, customer, jbp, indicators);
-- Monotone in each input over a grid.
CREATE TEMP TABLE shares AS SELECT unnest(ARRAY[0, 0.001, 0.0049, 0.005, 0.01, 0.1999, 0.2, 0.5, 1])::float8 AS v;
SELECT count(*) AS decreases
FROM shares a, shares b, generate_series(0, 2) j, generate_series(0, 7) n,
     LATERAL (SELECT classify_stage(a.v, b.v, j::jbp_mode, n) AS s) here
WHERE EXISTS (SELECT FROM shares a2 WHERE a2.v > a.v AND classify_stage(a2.v, b.v, j::jbp_mode, n) < here.s)
   OR EXISTS (SELECT FROM shares b2 WHERE b2.v > b.v AND classify_stage(a.v, b2.v, j::jbp_mode, n) < here.s)
   OR (j < 2 AND classify_stage(a.v, b.v, (j + 1)::jbp_mode, n) < here.s)
   OR (n < 7 AND classify_stage(a.v, b.v, j::jbp_mode, n + 1) < here.s);
-- The defaults are no plan and no indicators; each threshold is the caller's to set.
SELECT classify_stage(0.9, 0.9) AS defaults, classify_stage(0.9, 0.9, 'none', 0) AS spelled_out,
       classify_stage(0.02, 0.15) AS customer_below, classify_stage(0.02, 0.15, customer_reliance => 0.10) AS looser,
       classify_stage(0.02, 0.30, vendor_reliance => 0.05) AS stricter,
       classify_stage(0.02, 0.3, 'co_developed', 3, deep_indicators => 3) AS fewer_signs,
       dependence_direction(0.02, 0.15, customer_reliance => 0.10) AS looser_direction;

------------------------------------------------------------------- jbp_uplift
-- The customer-led (customer-generic) plan is the baseline x: it adds
-- nothing, nor does no plan; a co-developed plan adds up to 7 times the base,
-- reached only with full trust and all seven signs.
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

-- With a floor (the value at which the goal counts as failed): 0 at or past
-- the floor, 1 at the target, linear between, either direction.
SELECT actual, target, floor, higher, attainment(actual, target, higher, floor)
FROM (VALUES (85.0, 98.0, 90.0, true), (90.0, 98.0, 90.0, true), (94.0, 98.0, 90.0, true),
             (98.0, 98.0, 90.0, true), (99.5, 98.0, 90.0, true), (3.5, 2.0, 5.0, false),
             (6.0, 2.0, 5.0, false), (1.0, 2.0, 5.0, false)) v(actual, target, floor, higher);
-- A floor of 0 when higher is better is the share of target; without a
-- floor, as before.
SELECT attainment(30, 40, true, 0) = attainment(30, 40) AS zero_floor_is_share,
       attainment(30, 40, true, NULL) = attainment(30, 40) AS null_floor_is_none;
-- Every goal missed is a red dashboard, not a green one: on-time delivery
-- 85% against 98% (failed below 90%), fill rate 90% against 98% (95%),
-- tickets 80% against 90% (85%).
SELECT round(dashboard_score(attainment(actual, target, true), 1)::numeric, 1) AS without_floors,
       round(dashboard_score(attainment(actual, target, true, floor), 1)::numeric, 1) AS with_floors
FROM (VALUES (85.0, 98.0, 90.0), (90.0, 98.0, 95.0), (80.0, 90.0, 85.0)) goals(actual, target, floor);
-- Within 0..1 and monotone with a floor too.
SELECT min(attainment(a, t, h, f)) AS lowest, max(attainment(a, t, h, f)) AS highest,
       count(*) FILTER (WHERE h AND attainment(a + 1, t, h, f) < attainment(a, t, h, f))
     + count(*) FILTER (WHERE NOT h AND attainment(a + 1, t, h, f) > attainment(a, t, h, f)) AS wrong_direction
FROM generate_series(0, 30) a, generate_series(4, 20, 4) t, (VALUES (true), (false)) b(h),
     LATERAL (SELECT CASE WHEN h THEN t / 2.0 ELSE t * 2.0 END) x(f);

-------------------------------------------------------------- expectation_gap
SELECT v AS vendor_view, c AS customer_view, expectation_gap(v, c) AS gap,
       abs(expectation_gap(v, c)) >= 2 AS misaligned
FROM (SELECT i::rel_stage AS v FROM generate_series(1, 5) i) vs,
     (SELECT i::rel_stage AS c FROM generate_series(1, 5) i) cs
ORDER BY v, c;

--------------------------------------------------------------- NULL and errors
-- STRICT (attainment: any NULL but the floor): a NULL argument gives NULL.
SELECT trust_score(NULL, 1, 1) IS NULL AS a, trust_level(1, 1, 1, NULL) IS NULL AS b,
       classify_stage(0.5, NULL) IS NULL AS c, classify_stage(0.5, 0.5, NULL) IS NULL AS d,
       jbp_uplift(100, NULL, 50, 3) IS NULL AS e, attainment(1, NULL) IS NULL AS f,
       attainment(1, 1, NULL) IS NULL AS g, expectation_gap(NULL, 'dependent') IS NULL AS h,
       attainment(NULL, 1, true, 0) IS NULL AS i, dependence_direction(NULL, 0.5) IS NULL AS j;
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
             ('attainment(1, ''Infinity'')'), ('classify_stage(0.5, 0.5, ''joint'')'),
             ('classify_stage(0.5, 0.5, ''none'', 0, -0.1)'), ('classify_stage(0.5, 0.5, ''none'', 0, 0.1, ''NaN'')'),
             ('classify_stage(0.5, 0.5, ''none'', 0, 0.1, 0.1, 8)'), ('dependence_direction(0.5, 1.5)'),
             ('attainment(1, 2, true, -1)'), ('attainment(1, 2, true, ''Infinity'')')) v(call);
-- A floor on the wrong side of the target: 22023.
SELECT pg_temp.error_of('SELECT attainment(85, 98, true, 99)') AS higher_is_better,
       pg_temp.error_of('SELECT attainment(3, 2, false, 1)') AS lower_is_better,
       pg_temp.error_of('SELECT attainment(3, 2, false, 2)') AS at_target;
-- One full message.
SELECT trust_score(0.5, 1.2, 0);
