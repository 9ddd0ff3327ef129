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

\echo '== Bad labels are refused with the list of accepted ones'
\set ON_ERROR_STOP 0
INSERT INTO accounts VALUES ('Hooli', 'partnership', 'knowledge', 'none', NULL);
