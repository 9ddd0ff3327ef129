-- The stories of the seeds (../shared/seeds/), as cases: each model must tell
-- them the way the articles tell them.
SET TimeZone = 'UTC';

-- 1. A supplier over-reliant on one customer who barely relies on it
--    (000_69c1813c0c67b9ea.txt: "inter" becomes dependent).  The supplier
--    earns 45% of its revenue from the customer; the customer places 3% of
--    its category spend with it.  One-sided reliance is dependence, whatever
--    plan the supplier has written, and the direction is the supplier's.
SELECT classify_stage(0.45, 0.03) AS stage,
       classify_stage(0.45, 0.03, 'co_developed', 7) AS with_a_plan,
       dependence_direction(0.45, 0.03) AS direction,
       dependence_direction(0.003, 0.45) AS the_reverse;
--    Its customer revenue is concentrated: one customer holds 45% of it.
SELECT round(revenue_concentration(revenue)::numeric, 4) AS hhi,
       revenue_concentration(revenue) > 0.25 AS highly_concentrated  -- above 2500 on the 0..10000 scale
FROM (VALUES (45.0), (15.0), (10.0), (10.0), (10.0), (5.0), (5.0)) supplier_revenue(revenue);

-- 2. Deep inter-dependence (001_b0e15d49c0f94d29.txt): mutual reliance (16%
--    of the vendor's revenue, 40% of the customer's spend), a co-developed
--    plan and all seven signs.  The same reliance with the customer's plan is
--    deep dependence; without a plan, interdependence.
SELECT jbp, classify_stage(0.16, 0.40, jbp, 7) AS stage
FROM (VALUES ('none'::jbp_mode), ('customer_led'), ('co_developed')) plans(jbp);

-- 3. The customer-generic plan is x, the co-developed one x + y, "as much as
--    7:1 additional value" (001): the customer-led plan adds nothing over the
--    baseline, the co-developed one grows with trust and the signs, and 7 is
--    a ceiling reached only with full trust and all seven signs.
SELECT jbp, jbp_uplift(1000000, jbp, 80, 5) AS additional_value
FROM (VALUES ('none'::jbp_mode), ('customer_led'), ('co_developed')) plans(jbp);
SELECT max(jbp_uplift(1, 'co_developed', t, n)) AS ceiling,
       count(*) FILTER (WHERE jbp_uplift(1, 'co_developed', t, n) = 7) AS reached_by,
       min(t) FILTER (WHERE jbp_uplift(1, 'co_developed', t, n) = 7) AS at_trust,
       min(n) FILTER (WHERE jbp_uplift(1, 'co_developed', t, n) = 7) AS with_signs
FROM generate_series(0, 100, 5) t, generate_series(0, 7) n;

-- 4. Seven account managers from different divisions contact the same buyer,
--    each with an approach of their own (001): the customer side hangs on one
--    person, a reason of its own where the relationship is meant to be
--    strategic.  Ten months of it, past onboarding, the goals met.
SELECT risk_flags(s, '2026-05-25', dashboard => 90, vendor_view => 'deep_dependent', customer_view => 'deep_dependent') AS strategic,
       risk_flags(s, '2026-05-25', dashboard => 90, target_stage => 'dependent') AS if_transactional,
       round(customer_lead_share(s)::numeric, 2) AS buyer_share, vendor_breadth(s) AS managers
FROM (SELECT contact_summary(t, 'phone', 'manager ' || n % 7, (2 + n % 7 % 2)::org_level, 'the buyer', 'operational',
                             n % 2 = 0, true, 0.3)
      FROM generate_series(0, 299) n, LATERAL (SELECT '2025-07-29'::timestamptz + n * interval '1 day') x(t)) y(s);

-- 5. Partnership versus transactional (003_bbeb07eb22e070af.txt): the vendor
--    sees deep inter-dependence, the customer buys transactionally.
SELECT expectation_gap('deep_interdependent', 'dependent') AS gap,
       abs(expectation_gap('deep_interdependent', 'dependent')) >= 2 AS misaligned,
       abs(expectation_gap('interdependent', 'deep_dependent')) >= 2 AS neighbours_misaligned;
--    The bow-tie fails "where a transactional approach was not appropriate":
--    one salesperson and one buyer is a risk for an account meant to be
--    interdependent, and none for one both sides treat as transactional
--    (nine months of daily emails, the goals met).
SELECT risk_flags(s, '2026-07-01', dashboard => 90, target_stage => 'interdependent') AS meant_interdependent,
       risk_flags(s, '2026-07-01', dashboard => 90, vendor_view => 'dependent', customer_view => 'independent') AS transactional
FROM (SELECT contact_summary(t, 'email', 'sam', 'operational', 'bea', 'operational', n % 3 = 0, n % 3 = 0, 0.2)
      FROM generate_series(0, 269) n, LATERAL (SELECT '2025-10-01'::timestamptz + n * interval '1 day') x(t)) y(s);

-- 6. Excessive trust: trust built over years (high score, identification
--    level) while the dashboard shows the goals missed.
SELECT trust_score(0.95, 0.9, 0.85) AS trust, trust_level(0.95, 0.9, 0.85) AS level,
       round(dashboard_score(attainment(actual, target, higher, floor), weight)::numeric, 1) AS dashboard,
       risk_flags(NULL, NULL, trust_score(0.95, 0.9, 0.85),
                  dashboard_score(attainment(actual, target, higher, floor), weight)) AS flags
FROM (VALUES (0.81, 0.95, true, 0.85, 2.0),   -- on-time delivery 81% against 95%, failed below 85%
             (2.4, 1.0, false, 3.0, 2.0),     -- defects 2.4% against 1%, failed above 3%
             (60.0, 90.0, true, 70.0, 1.0))   -- support tickets solved in a day
     goals(actual, target, higher, floor, weight);

-- 7. Trust built from the bottom: knowledge of a partner one cannot yet
--    hold to account (no calculus-based trust) counts for nothing.
SELECT trust_score(0, 0.9, 0.9) AS score, trust_level(0, 0.9, 0.9) AS level;

-- 8. Bad experiences linger (004_b76505329333281a.txt): 39% still avoid a
--    brand two years after a bad experience, 24% still seek one out after a
--    good one.  Equal good and bad, two years on, lean bad.
SELECT round(experience(s, '2028-01-01')::numeric, 3) AS two_years_on
FROM (SELECT contact_summary(t, 'phone', 'rep', 'management', 'buyer', 'management', true, true, v)
      FROM (VALUES ('2026-01-10'::timestamptz, 0.8), ('2026-01-20', -0.8)) x(t, v)) y(s);
