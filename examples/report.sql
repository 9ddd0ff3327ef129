-- The at-risk report a key-account director reads, from the example data set
-- (examples/portfolio.sql): the accounts at risk ranked, each with its revenue,
-- health now and a quarter ago, last contact, stage and reasons; then the
-- portfolio overview, the stories of the literature, and how well the
-- ranking found the stories planted as at risk.  Lines fit 120 columns.
\set ON_ERROR_STOP 1
SET client_min_messages = warning;
SET TimeZone = 'UTC';
\pset footer off

-- One summary per account, and one of the contacts before a quarter ago.
DROP TABLE IF EXISTS account_summaries, account_health CASCADE;
CREATE TABLE account_summaries AS
SELECT account_id,
       contact_summary(occurred_at, channel, vendor_person, vendor_level, customer_person,
                       customer_level, customer_initiated, future_focused, sentiment) AS summary,
       contact_summary(occurred_at, channel, vendor_person, vendor_level, customer_person,
                       customer_level, customer_initiated, future_focused, sentiment)
           FILTER (WHERE occurred_at < (SELECT as_of - interval '3 months' FROM dataset)) AS summary_before
FROM contacts GROUP BY account_id;

-- What the models need, per account; accounts without contacts stay in
-- (a NULL summary is "no contact on record").
CREATE TABLE account_health AS
SELECT a.account_id, a.name, a.unit, a.annual_revenue AS revenue, s.summary, s.summary_before,
       trust_score(t.calculus, t.knowledge, t.identification) AS trust_score,
       trust_level(t.calculus, t.knowledge, t.identification) AS trust_level,
       g.dashboard,
       classify_stage(a.vendor_dependence, a.customer_dependence, a.jbp, a.indicators) AS vendor_view,
       a.customer_view, a.jbp, a.indicators,
       dependence_direction(a.vendor_dependence, a.customer_dependence) AS dependence
FROM accounts a
LEFT JOIN account_summaries s USING (account_id)
JOIN trust_evidence t USING (account_id)
JOIN (SELECT account_id, dashboard_score(attainment(actual, target, higher_is_better, floor), weight) AS dashboard
      FROM goals GROUP BY account_id) g USING (account_id);
ALTER TABLE account_health ADD report jsonb, ADD report_before jsonb;
-- Now, and a quarter ago from the contacts before then (today's scores and views).
UPDATE account_health h
SET report = health_report(summary, d.as_of, trust_score, dashboard, vendor_view, customer_view),
    report_before = health_report(summary_before, d.as_of - interval '3 months', trust_score, dashboard,
                                  vendor_view, customer_view)
FROM dataset d;
CREATE VIEW judged AS
SELECT account_id, name, unit, revenue, (report ->> 'health')::float8 AS health, report ->> 'band' AS band,
       (report_before ->> 'health')::float8 AS health_before, report_before ->> 'band' AS band_before,
       vendor_view AS stage, customer_view, trust_level, dependence,
       ARRAY(SELECT jsonb_array_elements_text(report -> 'flags')) AS reasons, report -> 'reasons' AS why,
       summary, trust_score, dashboard, jbp, indicators,
       floor(extract(epoch FROM (SELECT as_of FROM dataset) - last_contact(summary)) / 86400)::int AS days_silent
FROM account_health;

-- The headline: what is at risk, in accounts and revenue.
\pset format unaligned
\pset tuples_only on
\echo
SELECT format('attune at-risk report, as of %s: %s key accounts in %s business units, %s contacts',
              to_char(as_of, 'YYYY-MM-DD'), to_char(accounts, 'FM9,999,999'),
              (SELECT count(*) FROM business_units),
              to_char((SELECT count(*) FROM contacts), 'FM9,999,999,999'))
FROM dataset;
SELECT format('%s accounts at risk (%s%%) with %sM of %sM revenue: %s red, %s yellow; %s of them new since %s',
              count(*) FILTER (WHERE band <> 'green'),
              round(100.0 * count(*) FILTER (WHERE band <> 'green') / count(*)),
              to_char(sum(revenue) FILTER (WHERE band <> 'green') / 1e6, 'FM999,990'),
              to_char(sum(revenue) / 1e6, 'FM999,990'),
              count(*) FILTER (WHERE band = 'red'), count(*) FILTER (WHERE band = 'yellow'),
              count(*) FILTER (WHERE band <> 'green' AND band_before = 'green'),
              (SELECT to_char(as_of - interval '3 months', 'YYYY-MM-DD') FROM dataset))
FROM judged;
\echo
-- The ranking: red before yellow; within a band, accounts that got worse this
-- quarter first (the news), then by revenue at stake.
CREATE TEMP VIEW ranked AS
SELECT *, row_number() OVER (ORDER BY band = 'yellow', band IS NOT DISTINCT FROM band_before,
                                      revenue DESC, name) AS rank
FROM judged WHERE band <> 'green';
\echo 'Accounts at risk: red first; in each band, those that got worse this quarter first, then by revenue'
SELECT format('%3s %-22s %7s %-9s %-9s %5s %-19s %s', '#', 'account', 'revenue', 'health', 'qtr ago',
              'quiet', 'stage', 'reasons');
SELECT format('%3s %-22s %7s %-9s %-9s %5s %-19s %s', rank, left(name, 22),
              to_char(revenue / 1e6, 'FM990.0') || 'M', round(health) || ' ' || band,
              coalesce(round(health_before) || ' ' || band_before, '-'),
              coalesce(days_silent || 'd', 'never'), stage,
              CASE WHEN length(array_to_string(reasons, ', ')) > 44
                   THEN left(array_to_string(reasons, ', '), 41) || '...'
                   ELSE array_to_string(reasons, ', ') END)
FROM ranked WHERE rank <= 15 ORDER BY rank;
\echo
\echo 'Why, in plain words, and whom to call (the first ten):'
-- The person to call: who_to_call's first, named from the stakeholder map
-- or else from the contacts themselves (person_key joins either); a
-- champion or sponsor gone quiet is named there, not by key.
SELECT line
FROM ranked r,
     LATERAL (SELECT 0 AS ord,
                     format('%3s %s (%s, %s):', rank, name, to_char(revenue / 1e6, 'FM990.0') || 'M',
                            CASE WHEN band_before IS DISTINCT FROM band
                                 THEN format('%s, was %s a quarter ago', band, coalesce(band_before, 'no contact'))
                                 ELSE band || ' for a quarter at least' END) AS line
              UNION ALL
              SELECT reason.ordinality,
                     '      ' || CASE WHEN reason.flag IN ('champion_quiet', 'sponsor_quiet')
                                      THEN format('the %s has gone quiet (the call below)', split_part(reason.flag, '_', 1))
                                      ELSE r.why ->> reason.flag END
              FROM unnest(r.reasons) WITH ORDINALITY AS reason(flag, ordinality)
              UNION ALL
              SELECT 100, format('      call %s%s: no contact for %s days, usually every %s',
                                 coalesce(st.name, (SELECT min(c.customer_person) FROM contacts c
                                                    WHERE c.account_id = r.account_id
                                                      AND person_key(c.customer_person) = w.key)),
                                 ' (' || concat_ws(', ', st.role, w.level || ' level') || ')',
                                 w.days_quiet, ceil(w.usual_gap))
              FROM who_to_call(r.summary, (SELECT as_of FROM dataset), r.stage) w
              LEFT JOIN stakeholders st ON st.account_id = r.account_id AND person_key(st.name) = w.key
              WHERE w.rank = 1) l
WHERE rank <= 10 ORDER BY rank, ord;
\echo
-- The ranking against the truth planted in the data: the AUC of health
-- (the chance that a planted at-risk account scores below a healthy one),
-- how many red accounts are planted at risk, how many of those are flagged.
WITH scored AS (
    SELECT j.health, j.band, ar.at_risk,
           rank() OVER (ORDER BY j.health) + (count(*) OVER (PARTITION BY j.health) - 1) / 2.0 AS health_rank
    FROM judged j JOIN accounts USING (account_id) JOIN archetypes ar USING (archetype))
SELECT format('Checked against the stories planted in the data: AUC %s; truly at risk: %s%% of red, %s%% of flagged; found: %s%%',
              round(((sum(health_rank) FILTER (WHERE NOT at_risk)
                      - count(*) FILTER (WHERE NOT at_risk) * (count(*) FILTER (WHERE NOT at_risk) + 1) / 2.0)
                     / (count(*) FILTER (WHERE NOT at_risk) * count(*) FILTER (WHERE at_risk)))::numeric, 3),
              round(100.0 * count(*) FILTER (WHERE band = 'red' AND at_risk) / nullif(count(*) FILTER (WHERE band = 'red'), 0)),
              round(100.0 * count(*) FILTER (WHERE band <> 'green' AND at_risk) / nullif(count(*) FILTER (WHERE band <> 'green'), 0)),
              round(100.0 * count(*) FILTER (WHERE band <> 'green' AND at_risk) / nullif(count(*) FILTER (WHERE at_risk), 0)))
FROM scored;
\pset format aligned
\pset tuples_only off

\echo
\echo 'Portfolio: accounts and revenue per health band'
SELECT band, count(*) AS accounts, to_char(sum(revenue) / 1e6, 'FM999,990.0') || 'M' AS revenue,
       round(100 * sum(revenue) / sum(sum(revenue)) OVER ()) || '%' AS share_of_revenue
FROM judged GROUP BY band ORDER BY array_position('{red,yellow,green}', band);

\echo 'Accounts per stage of interdependence (the vendor''s figures) and band'
SELECT stage, count(*) FILTER (WHERE band = 'red') AS red, count(*) FILTER (WHERE band = 'yellow') AS yellow,
       count(*) FILTER (WHERE band = 'green') AS green, count(*) AS accounts,
       count(*) FILTER (WHERE dependence = 'vendor_dependent') AS vendor_dependent,
       count(*) FILTER (WHERE dependence = 'customer_dependent') AS customer_dependent
FROM judged GROUP BY stage ORDER BY stage;

\echo 'Why accounts are at risk: accounts per reason'
SELECT reason, count(*) AS accounts, to_char(sum(revenue) / 1e6, 'FM999,990.0') || 'M' AS revenue
FROM judged, unnest(reasons) AS reason
GROUP BY reason ORDER BY accounts DESC, reason;

\echo 'The stories of the literature, as the figures tell them'
SELECT name AS account, round(health) || ' ' || band AS health,
       stage, vendor_breadth(summary) || '/' || customer_breadth(summary) AS people,
       array_to_string(reasons, ', ') AS reasons
FROM judged WHERE account_id <= 6 ORDER BY account_id;

\echo 'Joint business plans: what co-developing them could add over the customer-led baseline, at today''s trust and signs'
\echo '(up to 7:1 with full trust and all seven signs: a ceiling, not a forecast)'
SELECT jbp, count(*) AS accounts, round(avg(trust_score)) AS avg_trust, round(avg(indicators), 1) AS avg_signs,
       to_char(sum(revenue) / 1e6, 'FM999,990.0') || 'M' AS revenue,
       to_char(sum(jbp_uplift(revenue::float8, 'co_developed', trust_score, indicators)) / 1e6, 'FM999,990.0') || 'M'
           AS co_developed_up_to
FROM judged WHERE jbp <> 'none' GROUP BY jbp ORDER BY jbp;
