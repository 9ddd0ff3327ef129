-- attune walk-through.  What exists so far: the five label types.
\pset footer off
\echo
\echo '== The label types and their labels, in order'
\set ECHO none
SELECT t.typname AS type, obj_description(t.oid, 'pg_type') AS description
FROM pg_type t JOIN pg_depend d ON d.objid = t.oid AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'attune'
WHERE t.typtype = 'b' ORDER BY t.typname;
\set ECHO queries

\echo '== Labels are read the way people type them'
SELECT 'Deep Inter-Dependent'::rel_stage AS stage, 'FACE TO FACE'::contact_channel AS channel,
       'Co-Developed'::jbp_mode AS jbp, 'knowledge'::trust_level AS trust, 'Executive'::org_level AS level;

\echo '== A small portfolio of key accounts'
CREATE TABLE accounts (
    account   text PRIMARY KEY,
    stage     rel_stage NOT NULL,
    trust     trust_level NOT NULL,
    jbp       jbp_mode NOT NULL,
    sponsor   org_level          -- highest level the vendor reaches at the customer
);
INSERT INTO accounts VALUES
    ('Acme Foods',        'deep interdependent', 'identification', 'co developed', 'executive'),
    ('Globex Retail',     'dependent',           'calculus',       'none',         'operational'),
    ('Initech Pharma',    'interdependent',      'knowledge',      'customer-led', 'senior'),
    ('Umbrella Logistics','deep dependent',      'knowledge',      'customer led', 'management'),
    ('Soylent Stores',    'independent',         'none',           'none',         NULL);
SELECT * FROM accounts ORDER BY stage DESC, trust DESC;

\echo '== The portfolio by stage (labels group, order and aggregate like numbers)'
SELECT stage, count(*) AS accounts, min(trust) AS lowest_trust, max(sponsor) AS best_sponsor
FROM accounts GROUP BY stage ORDER BY stage;

\echo '== Accounts with mutual reliance but no co-developed joint business plan yet'
SELECT account, stage, jbp FROM accounts
WHERE stage >= 'interdependent' AND jbp < 'co_developed' ORDER BY account;

\echo '== Scoring: trust (each stage capped by the one below), stage, JBP value'
SELECT round(trust_score(0.9, 0.8, 0.7)::numeric, 1) AS trust_score,
       trust_level(0.9, 0.8, 0.7) AS trust_level,
       classify_stage(0.30, 0.40, 'co_developed', 5) AS stage,
       jbp_uplift(1000000, 'customer_led', 80, 5) AS customer_led_uplift,
       round(jbp_uplift(1000000, 'co_developed', 80, 5)) AS co_developed_uplift;

\echo '== A vendor that sees a partnership while the customer buys transactionally'
SELECT expectation_gap('deep_interdependent', 'dependent') AS gap_in_stages;

\echo '== The dashboard of goals per account, and how concentrated revenue is'
CREATE TABLE goals (account text, goal text, actual float8, target float8, higher_is_better bool, weight float8);
INSERT INTO goals VALUES
    ('Acme Foods',    'on-time delivery', 0.97, 0.95, true,  2),
    ('Acme Foods',    'defect rate',      0.4,  1.0,  false, 2),
    ('Acme Foods',    'support in 24h',   88,   90,   true,  1),
    ('Globex Retail', 'on-time delivery', 0.81, 0.95, true,  2),
    ('Globex Retail', 'defect rate',      2.4,  1.0,  false, 2),
    ('Globex Retail', 'support in 24h',   60,   90,   true,  1);
SELECT account, round(dashboard_score(attainment(actual, target, higher_is_better), weight)::numeric, 1) AS dashboard
FROM goals GROUP BY account ORDER BY account;
SELECT round(revenue_concentration(revenue)::numeric, 3) AS revenue_hhi
FROM (VALUES (4.5), (1.5), (1.0), (1.0), (1.0), (0.5), (0.5)) revenue_by_customer(revenue);

\echo '== Bad labels are refused with the list of accepted ones'
\set ON_ERROR_STOP 0
INSERT INTO accounts VALUES ('Hooli', 'partnership', 'knowledge', 'none', NULL);
