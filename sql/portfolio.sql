-- The example data set (examples/portfolio.sql) and the at-risk report
-- (examples/report.sql) at a small scale: the report as make demo prints it,
-- every planted story found by the models, and the generator deterministic.

\set scale 60
\set as_of 2026-10-01
\set ECHO none
\i examples/portfolio.sql
\i examples/report.sql
\pset footer on
\set ECHO all

-- Each story of the literature raises its flag, and only the partnership is clear.
SELECT name,
       CASE account_id
           WHEN 1 THEN 'bow_tie' = ANY (reasons) AND vendor_breadth(summary) = 1 AND customer_breadth(summary) = 1
           WHEN 2 THEN vendor_breadth(summary) = 7 AND customer_breadth(summary) = 1 AND 'negative_experience' = ANY (reasons)
           WHEN 3 THEN reasons = '{}' AND band = 'green' AND jbp = 'co_developed' AND stage = 'deep_interdependent'
           WHEN 4 THEN 'misaligned' = ANY (reasons) AND stage >= 'deep_dependent' AND customer_view = 'independent'
           WHEN 5 THEN 'silent' = ANY (reasons) AND last_contact(summary) < (SELECT as_of FROM dataset) - interval '90 days'
           WHEN 6 THEN 'excessive_trust' = ANY (reasons) AND trust_level = 'identification'
       END AS story_told
FROM judged WHERE account_id <= 6 ORDER BY account_id;

-- Healthier archetypes score higher on average.
SELECT archetype, round(avg(health)::numeric, 1) AS avg_health
FROM judged JOIN accounts USING (account_id)
WHERE account_id > 6 GROUP BY archetype ORDER BY avg(health) DESC;

-- The same scale and date give the same data: generate again and compare.
CREATE TEMP TABLE first_run AS
SELECT md5(string_agg(c::text, '|' ORDER BY contact_id)) AS contacts,
       (SELECT md5(string_agg(a::text, '|' ORDER BY account_id)) FROM accounts a) AS accounts,
       (SELECT md5(string_agg(g::text, '|' ORDER BY account_id, metric)) FROM goals g) AS goals
FROM contacts c;
\set ECHO none
\i examples/portfolio.sql
\set ECHO all
SELECT f.contacts = md5(string_agg(c::text, '|' ORDER BY contact_id)) AS same_contacts,
       f.accounts = (SELECT md5(string_agg(a::text, '|' ORDER BY account_id)) FROM accounts a) AS same_accounts,
       f.goals = (SELECT md5(string_agg(g::text, '|' ORDER BY account_id, metric)) FROM goals g) AS same_goals
FROM contacts c, first_run f GROUP BY f.contacts, f.accounts, f.goals;

DROP TABLE account_health, account_summaries CASCADE;
DROP TABLE goals, trust_evidence, contacts, accounts, dataset;
