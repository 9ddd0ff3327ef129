-- History and trend (DESIGN.md section 5): health per account per period
-- from stored per-period summaries, rolled up to each period's end, equals
-- health computed from the raw contacts up to that end; health_trend at its
-- margin, and bad input.
\i test/regress_helpers.sql

------------------------------------------------------------- health_trend
-- "same" up to the margin (10 by default, the trigger's declining margin),
-- "up" or "down" beyond it either way.
SELECT previous, current, health_trend(previous, current) AS trend,
       health_trend(previous, current, 0) AS no_margin, health_trend(previous, current, 25) AS margin_25
FROM (VALUES (50, 50), (50, 60), (50, 60.000001), (50, 40), (50, 39.999999), (80, 54), (0, 100), (100, 0)) v(previous, current);

-- NULL (no previous period) gives NULL; a health or margin outside 0..100 errors.
SELECT health_trend(NULL, 50) IS NULL AS no_previous, health_trend(50, NULL) IS NULL AS no_current;
SELECT pg_temp.error_detail_of(format('SELECT health_trend(%s)', a)) AS error
FROM (VALUES ('101, 50'), ('50, -0.5'), ('''NaN'', 50'), ('50, 50, -1'), ('50, 50, ''Infinity''')) v(a);

--------------------------------------------- history from stored summaries
\set scale 60
\set as_of 2026-10-01
\set ECHO none
\i examples/portfolio.sql
\set ECHO all
-- An account whose contacts were all lost: it has no summary in any month.
DELETE FROM contacts WHERE account_id = 7;

-- Summaries stored per month, as a nightly job would append them.
CREATE TABLE monthly_summaries AS
SELECT account_id, date_trunc('month', occurred_at) AS month,
       contact_summary(occurred_at, channel, vendor_person, vendor_level, customer_person,
                       customer_level, customer_initiated, future_focused, sentiment) AS summary
FROM contacts GROUP BY account_id, month;

CREATE TEMP VIEW figures AS
SELECT a.account_id, trust_score(t.calculus, t.knowledge, t.identification) AS trust_score,
       g.dashboard, classify_stage(a.vendor_dependence, a.customer_dependence, a.jbp, a.indicators) AS vendor_view,
       a.customer_view
FROM accounts a JOIN trust_evidence t USING (account_id)
LEFT JOIN (SELECT account_id, dashboard_score(attainment(actual, target, higher_is_better, floor), weight) AS dashboard
           FROM goals GROUP BY account_id) g USING (account_id);

-- Every account in every month (a month without contacts still has a
-- health: silence is what it shows), the summary of all contacts up to the
-- month's end by a rollup window, judged as of that end.
CREATE TEMP VIEW history AS
WITH grid AS (
    SELECT a.account_id, m.month, m.month + interval '1 month' AS period_end, s.summary
    FROM accounts a
    CROSS JOIN generate_series((SELECT min(month) FROM monthly_summaries),
                               (SELECT max(month) FROM monthly_summaries), interval '1 month') m(month)
    LEFT JOIN monthly_summaries s USING (account_id, month)),
to_date AS (
    SELECT account_id, period_end, summary IS NULL AS quiet_month,
           rollup(summary) OVER (PARTITION BY account_id ORDER BY month) AS summary
    FROM grid)
SELECT t.account_id, t.period_end, t.quiet_month, h.health, h.flags,
       h.health - lag(h.health) OVER w AS change,
       health_trend(lag(h.health) OVER w, h.health) AS trend
FROM to_date t JOIN figures f USING (account_id),
     LATERAL (SELECT relationship_health(t.summary, t.period_end, f.trust_score, f.dashboard, f.vendor_view, f.customer_view) AS health,
                     risk_flags(t.summary, t.period_end, f.trust_score, f.dashboard, f.vendor_view, f.customer_view) AS flags) h
WINDOW w AS (PARTITION BY t.account_id ORDER BY t.period_end);

-- The same from the raw contacts: every contact before each period's end.
CREATE TEMP VIEW from_contacts AS
SELECT p.account_id, p.period_end,
       relationship_health(c.summary, p.period_end, f.trust_score, f.dashboard, f.vendor_view, f.customer_view) AS health,
       risk_flags(c.summary, p.period_end, f.trust_score, f.dashboard, f.vendor_view, f.customer_view) AS flags
FROM (SELECT DISTINCT account_id, period_end FROM history) p
JOIN figures f USING (account_id)
LEFT JOIN LATERAL (
    SELECT contact_summary(occurred_at, channel, vendor_person, vendor_level, customer_person,
                           customer_level, customer_initiated, future_focused, sentiment) AS summary
    FROM contacts WHERE account_id = p.account_id AND occurred_at < p.period_end) c ON true;

-- Equal in every account and month, quiet months and the account without
-- contacts included; change and trend agree with each other.
SELECT count(*) AS account_months, count(*) FILTER (WHERE h.quiet_month) AS quiet_months,
       count(*) FILTER (WHERE h.health = c.health AND h.flags = c.flags) AS equal_to_raw_contacts,
       count(*) FILTER (WHERE h.account_id = 7 AND 'silent' = ANY (h.flags)) AS months_without_contacts_silent,
       bool_and(h.trend = CASE WHEN h.change > 10 THEN 'up' WHEN h.change < -10 THEN 'down' ELSE 'same' END)
           AND count(h.trend) = count(h.change) AS trend_follows_change
FROM history h JOIN from_contacts c USING (account_id, period_end);

-- The account that went silent in the spring (account 5): its last months.
SELECT to_char(period_end, 'YYYY-MM-DD') AS period_end, quiet_month, round(health::numeric, 1) AS health, round(change::numeric, 1) AS change,
       trend, flags
FROM history WHERE account_id = 5 ORDER BY period_end DESC LIMIT 8;

DROP TABLE monthly_summaries CASCADE;
DROP TABLE goals, trust_evidence, contacts, accounts, business_units, archetypes, dataset CASCADE;
