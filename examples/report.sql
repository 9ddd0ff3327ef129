-- The at-risk report a key-account director reads, from the example data set
-- (examples/portfolio.sql): one contact_summary per account, the figures the
-- models need, the health of every account as of the data set's date, then
-- the portfolio overview, the accounts at risk, and the literature's stories.
\set ON_ERROR_STOP 1
SET client_min_messages = warning;
SET TimeZone = 'UTC';
\pset footer off

-- One summary per account: every contact, in one pass.
DROP TABLE IF EXISTS account_summaries, account_health CASCADE;
CREATE TABLE account_summaries AS
SELECT account_id,
       contact_summary(occurred_at, channel, vendor_person, vendor_level, customer_person,
                       customer_level, customer_initiated, future_focused, sentiment) AS summary
FROM contacts GROUP BY account_id;

-- What the models need, per account, and the judgement as of the data set's date.
CREATE TABLE account_health AS
SELECT a.account_id, a.name, s.summary,
       trust_score(t.calculus, t.knowledge, t.identification) AS trust_score,
       trust_level(t.calculus, t.knowledge, t.identification) AS trust_level,
       g.dashboard,
       classify_stage(a.vendor_dependence, a.customer_dependence, a.jbp, a.indicators) AS vendor_view,
       a.customer_view, a.jbp, a.indicators, a.annual_revenue
FROM accounts a
JOIN account_summaries s USING (account_id)
JOIN trust_evidence t USING (account_id)
JOIN (SELECT account_id, dashboard_score(attainment(actual, target, higher_is_better), weight) AS dashboard
      FROM goals GROUP BY account_id) g USING (account_id);
ALTER TABLE account_health ADD report jsonb;
UPDATE account_health h SET report = health_report(summary, d.as_of, trust_score, dashboard, vendor_view, customer_view)
FROM dataset d;
CREATE VIEW judged AS
SELECT account_id, name, (report ->> 'health')::float8 AS health, report ->> 'band' AS band,
       vendor_view AS stage, customer_view, trust_level,
       ARRAY(SELECT jsonb_array_elements_text(report -> 'flags')) AS reasons,
       summary, trust_score, dashboard, jbp, indicators, annual_revenue
FROM account_health;

\echo
SELECT format('attune at-risk report, as of %s: %s accounts, %s contacts',
              to_char(as_of, 'YYYY-MM-DD'), to_char(accounts, 'FM9,999,999'),
              to_char((SELECT count(*) FROM contacts), 'FM9,999,999,999')) AS title
FROM dataset \gset
\echo :title
SELECT format('%s accounts at risk (at least one reason), %s of them in the red band',
              count(*) FILTER (WHERE cardinality(reasons) > 0),
              count(*) FILTER (WHERE cardinality(reasons) > 0 AND band = 'red')) AS at_risk
FROM judged \gset
\echo :at_risk
\echo
\echo 'Portfolio: accounts per stage of interdependence (the vendor''s figures) and health band'
SELECT stage,
       count(*) FILTER (WHERE band = 'red') AS red,
       count(*) FILTER (WHERE band = 'yellow') AS yellow,
       count(*) FILTER (WHERE band = 'green') AS green,
       count(*) AS accounts,
       round(avg(health)::numeric, 1) AS avg_health
FROM judged GROUP BY ROLLUP (stage) ORDER BY stage NULLS LAST;

\echo 'Why accounts are at risk: accounts per reason'
SELECT reason, count(*) AS accounts,
       round(100.0 * count(*) / (SELECT count(*) FROM judged), 1) AS pct_of_portfolio
FROM judged, unnest(reasons) AS reason
GROUP BY reason ORDER BY accounts DESC, reason;

\echo 'The 20 accounts at risk with the lowest health'
SELECT name AS account, round(health::numeric, 1) AS health, band, stage, trust_level AS trust,
       array_to_string(reasons, ', ') AS reasons
FROM judged WHERE cardinality(reasons) > 0
ORDER BY health, name LIMIT 20;

\echo 'The stories of the literature, as the figures tell them'
SELECT name AS account, round(health::numeric, 1) AS health, band, stage, customer_view,
       trust_level AS trust, vendor_breadth(summary) AS vendor_people,
       customer_breadth(summary) AS customer_people, round(diamond_index(summary)::numeric, 2) AS diamond,
       to_char(last_contact(summary), 'YYYY-MM-DD') AS last_contact,
       array_to_string(reasons, ', ') AS reasons
FROM judged WHERE account_id <= 6 ORDER BY account_id;

\echo 'What a co-developed joint business plan is estimated to add (jbp_uplift), by plan'
SELECT jbp, count(*) AS accounts, round(avg(trust_score)::numeric, 1) AS avg_trust,
       to_char(sum(annual_revenue), 'FM999,999,999,999') AS revenue,
       to_char(sum(jbp_uplift(annual_revenue::float8, jbp, trust_score, indicators)), 'FM999,999,999,999') AS estimated_uplift,
       round(sum(jbp_uplift(annual_revenue::float8, jbp, trust_score, indicators))::numeric / sum(annual_revenue), 2) AS uplift_per_revenue
FROM judged GROUP BY jbp ORDER BY jbp;
