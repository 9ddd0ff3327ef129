-- The stories of the literature, as cases: each model must tell them the
-- way the field tells them.

-- 1. A supplier over-reliant on one customer who barely relies on it.
--    The supplier earns 45% of its revenue from the customer; the customer
--    places 3% of its category spend with the supplier.
SELECT classify_stage(0.45, 0.03) AS stage,
       classify_stage(0.45, 0.03) = 'dependent' AS one_sided;
--    Its customer revenue is concentrated: one customer holds 45% of it.
SELECT round(revenue_concentration(revenue)::numeric, 4) AS hhi,
       revenue_concentration(revenue) > 0.25 AS highly_concentrated  -- above 2500 on the 0..10000 scale
FROM (VALUES (45.0), (15.0), (10.0), (10.0), (10.0), (5.0), (5.0)) supplier_revenue(revenue);
--    The supplier believes it is a partner; the customer sees a supplier
--    among many.
SELECT expectation_gap('interdependent', 'independent') AS gap;

-- 2. A customer-driven joint business plan versus a co-developed one.
--    Same relationship (deep mutual reliance, trust 80, five of the seven
--    signs of deep inter-dependence), same base value of 1M.
SELECT jbp, classify_stage(0.35, 0.40, jbp, 5) AS stage,
       jbp_uplift(1000000, jbp, 80, 5) AS additional_value,
       jbp_uplift(1000000, jbp, 80, 5) / 1000000 AS multiple_of_base
FROM (VALUES ('none'::jbp_mode), ('customer_led'), ('co_developed')) plans(jbp);
--    The co-developed plan yields several times the customer-led one, and
--    reaches the reported 7:1 only with full trust and all seven signs.
SELECT jbp_uplift(1000000, 'co_developed', 80, 5) / jbp_uplift(1000000, 'customer_led', 80, 5) AS co_over_led,
       jbp_uplift(1000000, 'co_developed', 100, 7) / 1000000 AS ceiling;

-- 3. A vendor that sees a partnership while the customer buys
--    transactionally: the vendor's view is deep inter-dependence, the
--    customer's is dependence on a supplier it could replace.
SELECT expectation_gap('deep_interdependent', 'dependent') AS gap,
       abs(expectation_gap('deep_interdependent', 'dependent')) >= 2 AS misaligned,
       abs(expectation_gap('interdependent', 'deep_dependent')) >= 2 AS neighbours_misaligned;

-- 4. Excessive trust: trust built over years (high score, identification
--    level) while the dashboard shows the goals missed.
SELECT trust_score(0.95, 0.9, 0.85) AS trust, trust_level(0.95, 0.9, 0.85) AS level,
       dashboard_score(attainment(actual, target, higher), weight) AS dashboard
FROM (VALUES (0.81, 0.95, true, 2.0),   -- on-time delivery 81% against 95%
             (2.4, 1.0, false, 2.0),    -- defects 2.4% against 1%
             (60.0, 90.0, true, 1.0))   -- support tickets solved in a day
     goals(actual, target, higher, weight);

-- 5. Trust built from the bottom: knowledge of a partner one cannot yet
--    hold to account (no calculus-based trust) counts for nothing.
SELECT trust_score(0, 0.9, 0.9) AS score, trust_level(0, 0.9, 0.9) AS level;
