-- The at-risk report a key-account director reads, from the example data set
-- (examples/portfolio.sql) and its reporting set (examples/reporting.sql):
-- the accounts at risk ranked, each with its revenue,
-- health now and a quarter ago, last contact, stage and reasons; then the
-- portfolio overview, the stories of the literature, and how well the
-- ranking found the stories planted as at risk.  Lines fit 120 columns.
\set ON_ERROR_STOP 1
SET client_min_messages = warning;
SET TimeZone = 'UTC';
\pset footer off

-- Every account summarised and judged, now and a quarter ago, and the views
-- a BI tool reads (examples/reporting.sql): this report reads them too.
\ir reporting.sql
SET client_min_messages = warning;

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
-- What each code means, once.
\echo 'How to read it. Health is 0 to 100 from the account''s figures; the reasons set its band: red (a serious'
\echo 'reason, or three at once), yellow (any reason), green (none). "Quiet" is the days since the last contact;'
\echo '"qtr ago" the health judged on the contacts before a quarter ago. Each reason is a code with its figures in'
\echo 'plain words below it (docs/risk.md defines them all); "call" names the customer person whose silence matters'
\echo 'most, from the stakeholder map or the contacts (who_to_call).'
\echo
-- The accounts at risk, red then yellow, each by revenue at stake
-- (risk_rank); what changed since a quarter ago; the reasons in words; the
-- person to call (report_accounts, report_reasons).
SELECT format('Red: %s accounts with %sM of revenue, every one by revenue at stake', count(*),
              to_char(sum(revenue) / 1e6, 'FM999,990.0'))
FROM report_accounts WHERE band = 'red';
SELECT line
FROM report_accounts a,
     LATERAL (SELECT 0 AS ord,
                     format('%4s %s, %s, %sM: health %s (qtr ago %s), %s; quiet %s; %s', risk_rank, account,
                            business_unit, to_char(revenue / 1e6, 'FM990.0'), health,
                            coalesce(health_quarter_ago::text, '-'), change,
                            coalesce(days_quiet || ' days', 'never in contact'), stage) AS line
              UNION ALL
              SELECT r.reason_order, format('       %s: %s', r.reason, r.report_line)
              FROM report_reasons r WHERE r.account_id = a.account_id
              UNION ALL
              SELECT 100, '       call ' || call_why WHERE call_name IS NOT NULL) l
WHERE band = 'red' ORDER BY risk_rank, ord;
\echo
SELECT format('Yellow: %s accounts with %sM of revenue, every one by revenue at stake (reasons as codes; see above)',
              count(*), to_char(sum(revenue) / 1e6, 'FM999,990.0'))
FROM report_accounts WHERE band = 'yellow';
SELECT format('%4s %-22s %-23s %6s %5s %-9s %5s %s', '#', 'account', 'business unit', 'rev', 'hlt', 'qtr ago',
              'quiet', 'reasons; call');
SELECT format('%4s %-22s %-23s %6s %5s %-9s %5s %s', risk_rank, left(account, 22), left(business_unit, 23),
              to_char(revenue / 1e6, 'FM990.0') || 'M', health,
              coalesce(health_quarter_ago || ' ' || left(band_quarter_ago, 1), '-'),
              coalesce(days_quiet || 'd', 'never'),
              left(reasons || coalesce('; call ' || call_name, ''), 52))
FROM report_accounts WHERE band = 'yellow' ORDER BY risk_rank;
\echo
\echo 'Business units: accounts at risk and the revenue at stake'
SELECT format('%-23s %5s %6s %8s %10s %s', 'unit', 'red', 'yellow', 'accounts', 'at stake', 'of the unit''s key revenue');
SELECT format('%-23s %5s %6s %8s %10s %s', business_unit, red, yellow, accounts,
              to_char(revenue_at_stake / 1e6, 'FM990.0') || 'M', round(100 * revenue_at_stake / revenue) || '%')
FROM report_units ORDER BY revenue_at_stake DESC, business_unit;
\echo
-- The ranking against the truth planted in the data: the AUC of health
-- (the chance that a planted at-risk account scores below a healthy one),
-- how many red accounts are planted at risk, how many of those are flagged.
WITH scored AS (
    SELECT j.health, j.band, ar.at_risk,
           rank() OVER (ORDER BY j.health) + (count(*) OVER (PARTITION BY j.health) - 1) / 2.0 AS health_rank
    FROM judged j JOIN accounts USING (account_id) JOIN archetypes ar USING (archetype))
SELECT format('Checked against the stories planted in the data: AUC %s (the chance that an account truly at risk '
              'scores below a healthy one); truly at risk: %s%% of red, %s%% of flagged; found: %s%%',
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

\echo 'Joint business plans (seed 001): a co-developed plan adds "as much as 7:1" over the value x a customer-generic plan'
\echo 'brings; x is a plan''s own value, not the account''s revenue, so the ceiling is a multiple of x, not a sum of money.'
\echo 'It applies where the customer leads the plan today; with today''s trust and signs the multiple is lower (docs/models.md).'
SELECT jbp, count(*) AS accounts, round(avg(trust_score)) AS avg_trust, round(avg(indicators), 1) AS avg_signs,
       CASE jbp WHEN 'customer_led'
                THEN 'up to ' || round(avg(jbp_uplift(1, 'co_developed', trust_score, indicators))::numeric, 1)
                     || 'x of x (7x at full trust, all seven signs)'
                ELSE 'co-developed already: up to ' || round(avg(jbp_uplift(1, 'co_developed', trust_score, indicators))::numeric, 1)
                     || 'x of x at today''s trust and signs' END AS co_developing_adds
FROM judged WHERE jbp <> 'none' GROUP BY jbp ORDER BY jbp;
