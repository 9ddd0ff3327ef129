-- per_day.sql includes this with :raw (a table of contacts as contacts.sql
-- makes them), :period ('day' or 'month') and :label set.  It writes the
-- summaries of :raw per account and period as the tutorial's nightly job
-- appends them (period by period, the accounts in order within one, as
-- contacts.sql's rows go round the accounts), prints their size against
-- the raw table's, checks once, outside the timing, that rolling them up
-- gives the summaries contact_summary makes of the raw rows, and times the
-- two.  The views rolled_up and from_raw stay for what follows.
SET client_min_messages = warning;  -- (the first time, nothing to drop)
DROP VIEW IF EXISTS rolled_up, from_raw;
DROP TABLE IF EXISTS summaries;
RESET client_min_messages;
CREATE UNLOGGED TABLE summaries AS
SELECT account, date_trunc(:'period', occurred_at AT TIME ZONE 'UTC')::date AS span_start,
       contact_summary(occurred_at, channel, vendor_person, vendor_level, customer_person,
                       customer_level, customer_initiated, future_focused, sentiment) AS s
FROM :raw GROUP BY account, span_start ORDER BY span_start, account;
VACUUM ANALYZE summaries;

-- Both tables without indexes: the heap, its TOAST and free-space maps.
SELECT (SELECT count(*) FROM :raw) AS contacts,
       (SELECT count(*) FROM summaries) AS summaries,
       round((SELECT count(*) FROM :raw)::numeric / (SELECT count(*) FROM summaries), 1) AS contacts_a_summary,
       pg_size_pretty(pg_total_relation_size(:'raw')) AS contacts_size,
       pg_size_pretty(pg_total_relation_size('summaries')) AS summaries_size,
       round(pg_total_relation_size('summaries')::numeric / pg_total_relation_size(:'raw'), 2) AS size_ratio,
       pg_total_relation_size('summaries') < pg_total_relation_size(:'raw') AS smaller,
       (SELECT round(avg(pg_column_size(s))) FROM summaries) AS avg_summary_bytes;

CREATE VIEW rolled_up AS SELECT account, rollup(s) AS s FROM summaries GROUP BY account;
CREATE VIEW from_raw AS
SELECT account, contact_summary(occurred_at, channel, vendor_person, vendor_level, customer_person,
                                customer_level, customer_initiated, future_focused, sentiment) AS s
FROM :raw GROUP BY account;
SELECT count(*) AS accounts, count(*) FILTER (WHERE r.s = c.s) AS identical
FROM rolled_up r JOIN from_raw c USING (account);

SELECT * FROM pg_temp.compare(:'label' || ': rollup of the summaries vs contact_summary of the raw contacts, GROUP BY account',
    $q$SELECT sum(contact_count(s)) FROM rolled_up$q$,
    $q$SELECT sum(contact_count(s)) FROM from_raw$q$, :runs);
