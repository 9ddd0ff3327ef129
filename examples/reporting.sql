-- The reporting set of the example data set (examples/portfolio.sql): what
-- the text report (examples/report.sql), the page (examples/report_page.sh)
-- and a BI tool read, one set of figures.  Each account is summarised and
-- judged once, now and a quarter ago; every quarter's health is kept; the
-- views a BI tool points at (report_*) carry labels as text with an ordinal
-- sort key beside them, health_report flattened into columns and reasons as
-- text, each view and column COMMENTed (docs/bi-tools.md).
\set ON_ERROR_STOP 1
SET client_min_messages = warning;

-- One summary per account, and one of the contacts before a quarter ago.
DROP TABLE IF EXISTS account_summaries, account_health, quarterly_summaries, health_history CASCADE;
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

COMMENT ON TABLE account_summaries IS 'One contact_summary per account: of all its contacts, and of those before a quarter ago';
COMMENT ON TABLE account_health IS 'Per account what the models need (summaries, trust, dashboard, both views of the stage) and its health_report now and a quarter ago';
COMMENT ON VIEW judged IS 'Per account its health and band now and a quarter ago, reasons, days since the last contact and the figures behind them';

-- Each quarter's health: the summaries per quarter rolled up to each
-- quarter's end (quarters with no contact included: silence is what a quiet
-- quarter shows), judged at that end (UTC) with today's trust, goals and views.
CREATE TABLE quarterly_summaries AS
SELECT account_id, date_trunc('quarter', occurred_at AT TIME ZONE 'UTC')::date AS quarter,
       contact_summary(occurred_at, channel, vendor_person, vendor_level, customer_person,
                       customer_level, customer_initiated, future_focused, sentiment) AS summary
FROM contacts GROUP BY account_id, quarter;
COMMENT ON TABLE quarterly_summaries IS 'One contact_summary per account and calendar quarter (UTC) with contacts';
CREATE TABLE health_history AS
WITH grid AS (
    SELECT h.account_id, q.quarter::date AS quarter, (q.quarter + interval '3 months')::date AS quarter_end, s.summary
    FROM account_health h
    CROSS JOIN generate_series((SELECT min(quarter) FROM quarterly_summaries)::timestamp,
                               (SELECT as_of AT TIME ZONE 'UTC' - interval '3 months' FROM dataset),
                               interval '3 months') q(quarter)
    LEFT JOIN quarterly_summaries s ON s.account_id = h.account_id AND s.quarter = q.quarter::date),
to_date AS (
    SELECT account_id, quarter, quarter_end, rollup(summary) OVER (PARTITION BY account_id ORDER BY quarter) AS summary
    FROM grid)
SELECT t.account_id, t.quarter_end, (r ->> 'health')::float8 AS health, r ->> 'band' AS band
FROM to_date t JOIN account_health h USING (account_id),
     LATERAL health_report(t.summary, t.quarter_end::timestamp AT TIME ZONE 'UTC', h.trust_score, h.dashboard,
                           h.vendor_view, h.customer_view) r
WHERE t.quarter_end > (SELECT min(quarter) FROM quarterly_summaries) + interval '1 year';
COMMENT ON TABLE health_history IS 'Per account its health and band at the end of each quarter after the first year of contacts, from the contacts before then (today''s trust, goals and views)';

-- The views a BI tool points at.
CREATE VIEW report_accounts AS
SELECT j.account_id, j.name AS account, j.unit AS business_unit, j.revenue,
       CASE WHEN j.band <> 'green'
            THEN row_number() OVER (ORDER BY j.band = 'green', j.band = 'yellow', j.revenue DESC, j.name) END AS risk_rank,
       round(j.health::numeric, 1) AS health, j.band,
       array_position('{red,yellow,green}', j.band) AS band_order,
       round(j.health_before::numeric, 1) AS health_quarter_ago, j.band_before AS band_quarter_ago,
       CASE WHEN j.band_before IS NULL THEN 'new: no contact a quarter ago'
            WHEN j.band = j.band_before THEN j.band || ' a quarter ago too'
            WHEN j.band_before = 'green' THEN 'new this quarter'
            WHEN array_position('{red,yellow,green}', j.band) < array_position('{red,yellow,green}', j.band_before)
                THEN 'worse: ' || j.band_before || ' a quarter ago'
            ELSE 'better: ' || j.band_before || ' a quarter ago' END AS change,
       j.days_silent AS days_quiet, last_contact(j.summary) AS last_contact,
       j.stage::text AS stage, int4(j.stage) AS stage_order,
       j.customer_view::text AS customer_view, int4(j.customer_view) AS customer_view_order,
       j.trust_level::text AS trust_level, int4(j.trust_level) AS trust_level_order,
       j.jbp::text AS jbp, int4(j.jbp) AS jbp_order,
       array_to_string(j.reasons, ', ') AS reasons, cardinality(j.reasons) AS reason_count,
       c.name AS call_name, c.role AS call_role, c.level::text AS call_level, c.days_quiet AS call_days_quiet,
       round(c.usual_gap::numeric, 1) AS call_usual_gap, c.flag AS call_reason,
       format('%s (%s): no contact for %s days, usually every %s', c.name,
              concat_ws(', ', c.role, c.level::text || ' level'), c.days_quiet, round(c.usual_gap::numeric, 1))
           AS call_why,
       h.report ->> 'judged_as' AS judged_as,
       round(j.trust_score::numeric, 1) AS trust_score, round(j.dashboard::numeric, 1) AS dashboard_score,
       round((h.report #>> '{components,recency,score}')::numeric, 1) AS recency_score,
       round((h.report #>> '{components,cadence,score}')::numeric, 1) AS cadence_score,
       round((h.report #>> '{components,breadth,score}')::numeric, 1) AS breadth_score,
       round((h.report #>> '{components,exec,score}')::numeric, 1) AS exec_score,
       round((h.report #>> '{components,experience,score}')::numeric, 1) AS experience_score,
       round((h.report #>> '{components,reciprocity,score}')::numeric, 1) AS reciprocity_score,
       round((h.report #>> '{components,focus,score}')::numeric, 1) AS focus_score,
       round((h.report #>> '{components,alignment,score}')::numeric, 1) AS alignment_score
FROM judged j
JOIN account_health h USING (account_id)
LEFT JOIN LATERAL (
    SELECT coalesce(st.name, (SELECT min(ct.customer_person) FROM contacts ct
                              WHERE ct.account_id = j.account_id AND person_key(ct.customer_person) = w.key)) AS name,
           st.role, w.level, w.days_quiet, w.usual_gap, w.flag
    FROM who_to_call(j.summary, (SELECT as_of FROM dataset), j.stage) w
    -- One person may hold two roles (sponsor and champion), or be mapped
    -- under two spellings of one name: one call, its roles joined.
    CROSS JOIN LATERAL (SELECT min(m.name) AS name, string_agg(DISTINCT m.role, ' and ') AS role
                        FROM stakeholders m
                        WHERE m.account_id = j.account_id AND person_key(m.name) = w.key) st
    WHERE w.rank = 1 AND j.band <> 'green') c ON true;
COMMENT ON VIEW report_accounts IS 'One row per key account as a BI tool reads it: health and band now and a quarter ago, reasons, the person to call, health_report''s components as columns; labels as text with an ordinal sort key beside them';
COMMENT ON COLUMN report_accounts.account_id IS 'The account''s key (accounts.account_id)';
COMMENT ON COLUMN report_accounts.account IS 'The account''s name';
COMMENT ON COLUMN report_accounts.business_unit IS 'The vendor''s business unit that manages the account';
COMMENT ON COLUMN report_accounts.risk_rank IS 'Place in the at-risk list: red first, then yellow, each by revenue at stake (null for green)';
COMMENT ON COLUMN report_accounts.revenue IS 'Annual revenue from the account';
COMMENT ON COLUMN report_accounts.health IS 'relationship_health: 0 (at risk) to 100 (sound), to one decimal';
COMMENT ON COLUMN report_accounts.band IS 'red (a serious reason, or three at once), yellow (any reason) or green (none)';
COMMENT ON COLUMN report_accounts.band_order IS 'Sort key of band: 1 red, 2 yellow, 3 green';
COMMENT ON COLUMN report_accounts.health_quarter_ago IS 'Health judged a quarter ago on the contacts before then';
COMMENT ON COLUMN report_accounts.band_quarter_ago IS 'Band judged a quarter ago (null: no contact before then)';
COMMENT ON COLUMN report_accounts.change IS 'The band now against a quarter ago, in words';
COMMENT ON COLUMN report_accounts.days_quiet IS 'Whole days since the last contact, as of the data set''s date';
COMMENT ON COLUMN report_accounts.last_contact IS 'The last contact''s time';
COMMENT ON COLUMN report_accounts.stage IS 'Stage of interdependence from the vendor''s figures (classify_stage)';
COMMENT ON COLUMN report_accounts.stage_order IS 'Sort key of stage: 1 independent to 5 deep_interdependent';
COMMENT ON COLUMN report_accounts.customer_view IS 'Stage the customer sees (survey)';
COMMENT ON COLUMN report_accounts.customer_view_order IS 'Sort key of customer_view: 1 independent to 5 deep_interdependent';
COMMENT ON COLUMN report_accounts.trust_level IS 'Trust level: calculus, knowledge or identification (trust_level)';
COMMENT ON COLUMN report_accounts.trust_level_order IS 'Sort key of trust_level: 1 calculus to 3 identification';
COMMENT ON COLUMN report_accounts.jbp IS 'How the joint business plan is made: none, customer_led or co_developed';
COMMENT ON COLUMN report_accounts.jbp_order IS 'Sort key of jbp: 0 none, 1 customer_led, 2 co_developed';
COMMENT ON COLUMN report_accounts.reasons IS 'Reason codes, comma-separated (report_reasons has one row per reason with its figures in words)';
COMMENT ON COLUMN report_accounts.reason_count IS 'Number of reasons';
COMMENT ON COLUMN report_accounts.call_name IS 'For accounts at risk, the customer person whose silence matters most (who_to_call''s first), named from the stakeholder map or the contacts';
COMMENT ON COLUMN report_accounts.call_role IS 'That person''s role in the stakeholder map (champion, sponsor, decision maker), if mapped';
COMMENT ON COLUMN report_accounts.call_level IS 'That person''s level';
COMMENT ON COLUMN report_accounts.call_days_quiet IS 'Days since that person''s last contact';
COMMENT ON COLUMN report_accounts.call_usual_gap IS 'That person''s usual days between contacts';
COMMENT ON COLUMN report_accounts.call_reason IS 'The people flag that names that person, if any (champion_quiet, sponsor_quiet)';
COMMENT ON COLUMN report_accounts.call_why IS 'Whom to call and why, in words, as the reports print it (null: nobody to call)';
COMMENT ON COLUMN report_accounts.judged_as IS 'strategic or transactional: how health_report judged the account';
COMMENT ON COLUMN report_accounts.trust_score IS 'trust_score 0..100';
COMMENT ON COLUMN report_accounts.dashboard_score IS 'dashboard_score 0..100 of the account''s goals';
COMMENT ON COLUMN report_accounts.recency_score IS 'health_report component recency, 0..100 (null: not judged)';
COMMENT ON COLUMN report_accounts.cadence_score IS 'health_report component cadence, 0..100 (null: not judged)';
COMMENT ON COLUMN report_accounts.breadth_score IS 'health_report component breadth, 0..100 (null: not judged)';
COMMENT ON COLUMN report_accounts.exec_score IS 'health_report component exec (executive reviews), 0..100 (null: not judged)';
COMMENT ON COLUMN report_accounts.experience_score IS 'health_report component experience (sentiment), 0..100 (null: not judged)';
COMMENT ON COLUMN report_accounts.reciprocity_score IS 'health_report component reciprocity (who starts contacts), 0..100 (null: not judged)';
COMMENT ON COLUMN report_accounts.focus_score IS 'health_report component focus (future-oriented topics), 0..100 (null: not judged)';
COMMENT ON COLUMN report_accounts.alignment_score IS 'health_report component alignment (both views of the stage), 0..100 (null: not judged)';

CREATE VIEW report_reasons AS
SELECT a.account_id, a.account, a.business_unit, a.revenue, a.band, a.band_order, a.risk_rank,
       r.reason, r.reason_order::int AS reason_order, h.report #>> ARRAY['reasons', r.reason] AS explanation,
       CASE WHEN r.reason IN ('champion_quiet', 'sponsor_quiet')
            THEN format('the %s has gone quiet (call below)', split_part(r.reason, '_', 1))
            ELSE h.report #>> ARRAY['reasons', r.reason] END AS report_line
FROM report_accounts a
JOIN account_health h USING (account_id),
     jsonb_array_elements_text(h.report -> 'flags') WITH ORDINALITY AS r(reason, reason_order);
COMMENT ON VIEW report_reasons IS 'One row per account and reason, with the reason''s figures in plain words (health_report''s reasons)';
-- The columns report_reasons takes from report_accounts keep their comments.
DO $$
DECLARE col record;
BEGIN
    FOR col IN SELECT a.attname, pg_catalog.col_description('report_accounts'::regclass, b.attnum) AS description
               FROM pg_catalog.pg_attribute a
               JOIN pg_catalog.pg_attribute b ON b.attrelid = 'report_accounts'::regclass AND b.attname = a.attname
               WHERE a.attrelid = 'report_reasons'::regclass AND a.attnum > 0 LOOP
        EXECUTE pg_catalog.format('COMMENT ON COLUMN report_reasons.%I IS %L', col.attname, col.description);
    END LOOP;
END $$;
COMMENT ON COLUMN report_reasons.reason IS 'Reason code (docs/risk.md defines each)';
COMMENT ON COLUMN report_reasons.reason_order IS 'The reason''s place in the account''s list: the serious ones first';
COMMENT ON COLUMN report_reasons.explanation IS 'The reason with its figures, in words';
COMMENT ON COLUMN report_reasons.report_line IS 'The reason as the reports print it: its explanation, or for a person gone quiet, a pointer to the call (report_accounts.call_why names the person)';

CREATE VIEW report_bands AS
SELECT band, array_position('{red,yellow,green}', band) AS band_order, count(*) AS accounts, sum(revenue) AS revenue,
       round(sum(revenue) / sum(sum(revenue)) OVER (), 4) AS revenue_share
FROM judged GROUP BY band;
COMMENT ON VIEW report_bands IS 'Accounts and revenue per health band, today';
COMMENT ON COLUMN report_bands.band IS 'red, yellow or green (see report_accounts.band)';
COMMENT ON COLUMN report_bands.accounts IS 'Key accounts in the band';
COMMENT ON COLUMN report_bands.revenue IS 'Their annual revenue';
COMMENT ON COLUMN report_bands.band_order IS 'Sort key of band: 1 red, 2 yellow, 3 green';
COMMENT ON COLUMN report_bands.revenue_share IS 'The band''s share of the key accounts'' revenue, 0..1';

CREATE VIEW report_units AS
SELECT unit AS business_unit, count(*) AS accounts, count(*) FILTER (WHERE band = 'red') AS red,
       count(*) FILTER (WHERE band = 'yellow') AS yellow, count(*) FILTER (WHERE band = 'green') AS green,
       sum(revenue) AS revenue, coalesce(sum(revenue) FILTER (WHERE band <> 'green'), 0) AS revenue_at_stake,
       round(coalesce(sum(revenue) FILTER (WHERE band <> 'green'), 0) / sum(revenue), 4) AS share_at_stake
FROM judged GROUP BY unit;
COMMENT ON VIEW report_units IS 'Per business unit: key accounts per band, and the revenue of the red and yellow ones';
COMMENT ON COLUMN report_units.business_unit IS 'The vendor''s business unit';
COMMENT ON COLUMN report_units.accounts IS 'The unit''s key accounts';
COMMENT ON COLUMN report_units.red IS 'Of them red';
COMMENT ON COLUMN report_units.yellow IS 'Of them yellow';
COMMENT ON COLUMN report_units.green IS 'Of them green';
COMMENT ON COLUMN report_units.revenue IS 'Annual revenue of the unit''s key accounts';
COMMENT ON COLUMN report_units.revenue_at_stake IS 'Revenue of the unit''s red and yellow accounts';
COMMENT ON COLUMN report_units.share_at_stake IS 'revenue_at_stake over the unit''s key-account revenue, 0..1';

CREATE VIEW report_quarters AS
SELECT quarter_end, count(*) FILTER (WHERE band = 'red') AS red, count(*) FILTER (WHERE band = 'yellow') AS yellow,
       count(*) FILTER (WHERE band = 'green') AS green, count(*) AS accounts,
       round(avg(health)::numeric, 1) AS mean_health
FROM health_history GROUP BY quarter_end;
COMMENT ON VIEW report_quarters IS 'Per quarter''s end (a date, UTC): accounts per band and the mean health, each account judged on its contacts before then';
COMMENT ON COLUMN report_quarters.quarter_end IS 'The quarter''s end: the first day of the next quarter, at 00:00 UTC';
COMMENT ON COLUMN report_quarters.red IS 'Accounts red then';
COMMENT ON COLUMN report_quarters.yellow IS 'Accounts yellow then';
COMMENT ON COLUMN report_quarters.green IS 'Accounts green then';
COMMENT ON COLUMN report_quarters.accounts IS 'Accounts judged then';
COMMENT ON COLUMN report_quarters.mean_health IS 'Mean health of the accounts, to one decimal';
