-- The example data set (examples/portfolio.sql) and the at-risk report
-- (examples/report.sql) at a reduced scale: the report as make demo prints
-- it, the ranking checked against the stories planted as truth, the data
-- consistent with itself, and the generator deterministic.

\set scale 300
\set as_of 2026-10-01
\set ECHO none
\i examples/portfolio.sql
\i examples/report.sql
\pset footer on
\set ECHO all

-- The ranking against the truth (archetypes.at_risk): health ranks the
-- planted at-risk accounts below the healthy ones (AUC at least 0.95), at
-- least 90% of the red accounts are truly at risk, at most 10% of the
-- healthy accounts are flagged and at most 10% of the at-risk ones are not,
-- no healthy account is red, and every story at risk is found (three in
-- four of its accounts flagged at least).
WITH scored AS (
    SELECT j.health, j.band, ar.at_risk, ar.archetype,
           rank() OVER (ORDER BY j.health) + (count(*) OVER (PARTITION BY j.health) - 1) / 2.0 AS health_rank
    FROM judged j JOIN accounts USING (account_id) JOIN archetypes ar USING (archetype)),
measures AS (
    SELECT (sum(health_rank) FILTER (WHERE NOT at_risk)
            - count(*) FILTER (WHERE NOT at_risk) * (count(*) FILTER (WHERE NOT at_risk) + 1) / 2.0)
           / (count(*) FILTER (WHERE NOT at_risk) * count(*) FILTER (WHERE at_risk)) AS auc,
           count(*) FILTER (WHERE band = 'red' AND at_risk)::float8 / count(*) FILTER (WHERE band = 'red') AS red_precision,
           count(*) FILTER (WHERE band <> 'green' AND NOT at_risk)::float8 / count(*) FILTER (WHERE NOT at_risk)
               AS healthy_flagged,
           count(*) FILTER (WHERE band = 'green' AND at_risk)::float8 / count(*) FILTER (WHERE at_risk) AS at_risk_unflagged,
           count(*) FILTER (WHERE band = 'red' AND NOT at_risk) AS healthy_red
    FROM scored),
stories AS (
    SELECT archetype, avg((band <> 'green')::int) AS flagged
    FROM scored WHERE at_risk GROUP BY archetype)
SELECT auc >= 0.95 AS auc_at_least_0_95, red_precision >= 0.9 AS red_90_percent_at_risk,
       healthy_flagged <= 0.1 AS healthy_10_percent_flagged, at_risk_unflagged <= 0.1 AS at_risk_10_percent_unflagged,
       healthy_red = 0 AS no_healthy_red,
       (SELECT bool_and(flagged >= 0.75) AND count(*) = (SELECT count(*) FROM archetypes WHERE at_risk) FROM stories)
           AS every_story_found
FROM measures;

-- Each story of the literature raises its flag, and only the partnership is
-- clear (the bow-tie's two people are in nine in ten of their side's
-- contacts: a name is now and then typed another way).
SELECT name,
       CASE account_id
           WHEN 1 THEN 'bow_tie' = ANY (reasons) AND vendor_lead_share(summary) >= 0.9 AND customer_lead_share(summary) >= 0.9
           WHEN 2 THEN 'single_threaded' = ANY (reasons) AND customer_lead_share(summary) >= 0.75
           WHEN 3 THEN reasons = '{}' AND band = 'green' AND jbp = 'co_developed' AND stage = 'deep_interdependent'
           WHEN 4 THEN 'misaligned' = ANY (reasons) AND stage >= 'deep_dependent' AND customer_view = 'independent'
           WHEN 5 THEN 'silent' = ANY (reasons) AND band = 'red'
           WHEN 6 THEN 'excessive_trust' = ANY (reasons) AND trust_level = 'identification'
       END AS story_told
FROM judged WHERE account_id <= 6 ORDER BY account_id;

-- Per archetype: the share of accounts flagged and in the red band.
SELECT archetype, at_risk, count(*) AS accounts,
       round(100.0 * count(*) FILTER (WHERE band <> 'green') / count(*)) AS pct_flagged,
       round(100.0 * count(*) FILTER (WHERE band = 'red') / count(*)) AS pct_red
FROM judged JOIN accounts USING (account_id) JOIN archetypes USING (archetype)
GROUP BY archetype, at_risk ORDER BY at_risk, archetype;

-- Stakeholder coverage, the query of docs/risk.md: each role of the
-- stakeholder map whose person nobody has met lately (in 90 days; a
-- sponsor, met at quarterly reviews, in two quarters), or ever under that
-- name.  Every champion of the stories of a champion lost
-- is among them, and every sponsor of a sponsor who left.
CREATE TEMP VIEW not_met_lately AS
SELECT st.account_id, st.role, st.name, p.last_contact, p.days_quiet
FROM stakeholders st
JOIN account_summaries s USING (account_id)
LEFT JOIN LATERAL (SELECT * FROM people(s.summary, (SELECT as_of FROM dataset))
                   WHERE side = 'customer' AND key = person_key(st.name)) p ON true
WHERE p.key IS NULL OR p.days_quiet > CASE st.role WHEN 'sponsor' THEN 182 ELSE 90 END;
SELECT st.role, count(*) AS accounts, count(n.role) AS not_met_lately,
       count(*) FILTER (WHERE a.archetype = 'champion_lost' AND st.role = 'champion') AS champions_lost,
       count(n.role) FILTER (WHERE a.archetype = 'champion_lost' AND st.role = 'champion') AS of_them_not_met,
       count(*) FILTER (WHERE a.archetype = 'sponsor_left' AND st.role = 'sponsor') AS sponsors_left,
       count(n.role) FILTER (WHERE a.archetype = 'sponsor_left' AND st.role = 'sponsor') AS of_them_not_met
FROM stakeholders st JOIN accounts a USING (account_id)
LEFT JOIN not_met_lately n USING (account_id, role)
GROUP BY st.role ORDER BY st.role;

-- Each person of each account as the summary keeps them equals plain SQL
-- over the contacts naming them: contacts, first and last contact day,
-- highest level (people beyond the cap: none here), and each side's named
-- contacts; the people's rows are as many as the distinct names.
WITH plain AS (
    SELECT account_id, side, person_key(name) AS key, count(*) AS contacts,
           min(occurred_at)::date AS first_contact, max(occurred_at)::date AS last_contact, max(level) AS level
    FROM contacts,
         LATERAL (VALUES ('vendor', vendor_person, vendor_level), ('customer', customer_person, customer_level)) v(side, name, level)
    WHERE name IS NOT NULL
    GROUP BY account_id, side, name),
kept AS (
    SELECT account_id, p.side, p.key, p.contacts, p.first_contact, p.last_contact, p.level
    FROM account_summaries, people(summary) p)
SELECT (SELECT count(*) FROM plain) AS people, (SELECT count(*) FROM kept) AS kept,
       count(*) FILTER (WHERE k IS NOT DISTINCT FROM p) AS equal_to_plain_sql
FROM plain p FULL JOIN kept k USING (account_id, side, key);

-- Rolled up from per-day summaries, each account's summary is the one of
-- its raw contacts, byte for byte.
SELECT count(*) AS accounts, count(*) FILTER (WHERE d.summary = s.summary) AS rollup_of_days_equal
FROM account_summaries s
JOIN (SELECT account_id, rollup(summary) AS summary
      FROM (SELECT account_id, contact_summary(occurred_at, channel, vendor_person, vendor_level, customer_person,
                                               customer_level, customer_initiated, future_focused, sentiment) AS summary
            FROM contacts GROUP BY account_id, occurred_at::date) per_day
      GROUP BY account_id) d USING (account_id);

-- The reporting set a BI tool reads (examples/reporting.sql) tells what the
-- report tells: each quarter's health at its end equals the account judged
-- then (a quarter ago) and now; the bands, units and reasons add up to the
-- accounts; the at-risk list is ranked red first, by revenue; every view
-- and each of its columns is COMMENTed.
SELECT (SELECT count(*) FROM judged j JOIN health_history h USING (account_id)
        WHERE (h.quarter_end = (SELECT as_of FROM dataset)::date AND h.band = j.band AND h.health = j.health)
           OR (h.quarter_end = ((SELECT as_of FROM dataset) - interval '3 months')::date
               AND h.band = j.band_before AND h.health = j.health_before)) = 2 * (SELECT count(*) FROM judged)
           AS history_equals_judged,
       (SELECT sum(accounts) FROM report_bands) = (SELECT count(*) FROM judged) AS bands_add_up,
       (SELECT sum(red + yellow + green) = sum(accounts) AND sum(revenue) = (SELECT sum(revenue) FROM judged)
        FROM report_units) AS units_add_up,
       (SELECT count(*) FROM report_reasons) = (SELECT sum(reason_count) FROM report_accounts) AS reasons_add_up,
       (SELECT bool_and(risk_rank = expected)
        FROM (SELECT risk_rank, row_number() OVER (ORDER BY band_order, revenue DESC, account) AS expected
              FROM report_accounts WHERE band <> 'green') r) AS ranked_red_first_by_revenue,
       (SELECT count(*) FROM report_accounts WHERE band <> 'green' AND call_name IS NULL) AS flagged_without_call,
       (SELECT count(*) = count(DISTINCT account_id) FROM report_accounts) AS one_row_per_account;
-- A person who holds two roles (the sponsor is the champion too) is one call,
-- with both roles: give the first red account's person to call another role
-- of the map too.
BEGIN;
UPDATE stakeholders s SET name = r.call_name
FROM report_accounts r
WHERE r.risk_rank = 1 AND s.account_id = r.account_id
  AND s.role = (SELECT min(role) FROM stakeholders WHERE account_id = r.account_id AND name <> r.call_name);
SELECT account, call_name, call_role, (SELECT count(*) FROM report_accounts) = (SELECT count(*) FROM accounts) AS one_row_per_account
FROM report_accounts WHERE risk_rank = 1;
ROLLBACK;
SELECT c.relname, count(*) AS columns,
       count(*) FILTER (WHERE col_description(c.oid, a.attnum) IS NULL) AS columns_uncommented,
       obj_description(c.oid, 'pg_class') IS NOT NULL AS view_commented
FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0
WHERE c.relname LIKE 'report\_%' AND c.relkind = 'v'
GROUP BY c.oid, c.relname ORDER BY c.relname;

-- The data agrees with itself: the vendor's reliance is each account's
-- revenue over its unit's, and a unit's key accounts bring less than all of
-- its revenue; every stage of interdependence occurs.
SELECT bool_and(abs(a.vendor_dependence - a.annual_revenue / u.revenue) < 1e-12) AS derived_from_revenue,
       (SELECT max(total) FROM (SELECT sum(annual_revenue) / min(b.revenue) AS total
                                FROM accounts JOIN business_units b USING (unit) GROUP BY unit) t) < 1 AS units_add_up,
       (SELECT count(DISTINCT stage) FROM judged) AS stages
FROM accounts a JOIN business_units u USING (unit);

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
DROP TABLE goals, trust_evidence, stakeholders, contacts, accounts, business_units, archetypes, dataset;
