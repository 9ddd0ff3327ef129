-- Per-day summaries (DESIGN.md section 6): the tutorial's pattern keeps one
-- contact_summary per account and day, and rolls them up to any period.
-- Bars: the table of per-day summaries is smaller than the raw contacts it
-- summarises, and rolling it up per account is faster than summarising the
-- raw contacts per account.  The 5M contacts of contacts.sql (10k accounts,
-- three years: about 1.4 contacts per account and active day).
\ir settings.sql

\ir contacts.sql

-- In the order the tutorial's nightly job appends them: day by day, the
-- accounts in order within a day (as contacts.sql's rows go round the
-- accounts in turn).
CREATE UNLOGGED TABLE per_day AS
SELECT account, (occurred_at AT TIME ZONE 'UTC')::date AS day,
       contact_summary(occurred_at, channel, vendor_person, vendor_level, customer_person,
                       customer_level, customer_initiated, future_focused, sentiment) AS s
FROM contacts GROUP BY account, day ORDER BY day, account;
VACUUM ANALYZE per_day;

-- Both tables without indexes: the heap, its TOAST and free-space maps.
SELECT (SELECT count(*) FROM contacts) AS contacts,
       (SELECT count(*) FROM per_day) AS account_days,
       pg_size_pretty(pg_total_relation_size('contacts')) AS contacts_size,
       pg_size_pretty(pg_total_relation_size('per_day')) AS per_day_size,
       round(pg_total_relation_size('per_day')::numeric / pg_total_relation_size('contacts'), 2) AS size_ratio,
       pg_total_relation_size('per_day') < pg_total_relation_size('contacts') AS smaller,
       (SELECT round(avg(pg_column_size(s))) FROM per_day) AS avg_summary_bytes;

-- The two sides: a summary per account from the per-day summaries, and
-- from the raw contacts.
CREATE VIEW rolled_up AS SELECT account, rollup(s) AS s FROM per_day GROUP BY account;
CREATE VIEW from_raw AS
SELECT account, contact_summary(occurred_at, channel, vendor_person, vendor_level, customer_person,
                                customer_level, customer_initiated, future_focused, sentiment) AS s
FROM contacts GROUP BY account;

-- The same summaries either way (checked once, outside the timing).
SELECT count(*) AS accounts, count(*) FILTER (WHERE r.s = c.s) AS identical
FROM rolled_up r JOIN from_raw c USING (account);

-- (reference) What reading each table and grouping it costs before either
-- aggregate does anything: count of the per-day summaries against count of
-- the raw contacts.
SELECT * FROM pg_temp.compare('(reference) count(s) of the per-day summaries vs count(*) of the raw contacts, GROUP BY account',
    $q$SELECT sum(n) FROM (SELECT account, count(s) AS n FROM per_day GROUP BY account) x$q$,
    $q$SELECT sum(n) FROM (SELECT account, count(*) AS n FROM contacts GROUP BY account) x$q$, :runs);
SELECT * FROM pg_temp.compare('rollup of per-day summaries vs contact_summary of the raw contacts, GROUP BY account',
    $q$SELECT sum(contact_count(s)) FROM rolled_up$q$,
    $q$SELECT sum(contact_count(s)) FROM from_raw$q$, :runs);
-- The same at PostgreSQL's default settings (work_mem 4MB), each in the
-- plan the planner picks.
SET work_mem = '4MB';  -- PostgreSQL's default (make bench's server sets 256MB)
EXPLAIN (COSTS OFF) SELECT sum(contact_count(s)) FROM rolled_up;
EXPLAIN (COSTS OFF) SELECT sum(contact_count(s)) FROM from_raw;
SELECT * FROM pg_temp.compare('work_mem 4MB: rollup of per-day summaries vs contact_summary of the raw contacts, GROUP BY account',
    $q$SELECT sum(contact_count(s)) FROM rolled_up$q$,
    $q$SELECT sum(contact_count(s)) FROM from_raw$q$, :runs);

-- The same sparse accounts kept by month: about 14 contacts a summary.
RESET work_mem;
CREATE UNLOGGED TABLE per_month AS
SELECT account, date_trunc('month', occurred_at AT TIME ZONE 'UTC')::date AS month,
       contact_summary(occurred_at, channel, vendor_person, vendor_level, customer_person,
                       customer_level, customer_initiated, future_focused, sentiment) AS s
FROM contacts GROUP BY account, month ORDER BY month, account;
VACUUM ANALYZE per_month;
SELECT (SELECT count(*) FROM per_month) AS account_months,
       round(5000000.0 / (SELECT count(*) FROM per_month), 1) AS contacts_a_month,
       pg_size_pretty(pg_total_relation_size('per_month')) AS per_month_size,
       round(pg_total_relation_size('per_month')::numeric / pg_total_relation_size('contacts'), 2) AS size_ratio;
CREATE VIEW rolled_up_months AS SELECT account, rollup(s) AS s FROM per_month GROUP BY account;
SELECT count(*) AS accounts, count(*) FILTER (WHERE r.s = c.s) AS identical
FROM rolled_up_months r JOIN from_raw c USING (account);
SELECT * FROM pg_temp.compare('rollup of per-month summaries vs contact_summary of the raw contacts, GROUP BY account',
    $q$SELECT sum(contact_count(s)) FROM rolled_up_months$q$,
    $q$SELECT sum(contact_count(s)) FROM from_raw$q$, :runs);
DROP VIEW rolled_up_months;
DROP TABLE per_month;

-- Busier accounts: the same contacts as 1,000 accounts (account % 1000, so
-- each has ten times the people), about 4.6 contacts per account and active
-- day.  A per-day summary of one or two contacts holds nearly what the rows
-- hold, and reading it checked costs more than a row; the more contacts a
-- day holds, the more rollup saves (BENCHMARKS.md).
CREATE UNLOGGED TABLE contacts_busy AS
SELECT account % 1000 AS account, occurred_at, channel, vendor_person, vendor_level, customer_person,
       customer_level, customer_initiated, future_focused, sentiment
FROM contacts;
CREATE UNLOGGED TABLE per_day_busy AS
SELECT account, (occurred_at AT TIME ZONE 'UTC')::date AS day,
       contact_summary(occurred_at, channel, vendor_person, vendor_level, customer_person,
                       customer_level, customer_initiated, future_focused, sentiment) AS s
FROM contacts_busy GROUP BY account, day ORDER BY day, account;
VACUUM ANALYZE contacts_busy;
VACUUM ANALYZE per_day_busy;
SELECT (SELECT count(*) FROM per_day_busy) AS account_days,
       round(5000000.0 / (SELECT count(*) FROM per_day_busy), 1) AS contacts_a_day,
       pg_size_pretty(pg_total_relation_size('per_day_busy')) AS per_day_size,
       round(pg_total_relation_size('per_day_busy')::numeric / pg_total_relation_size('contacts_busy'), 2) AS size_ratio;
CREATE VIEW rolled_up_busy AS SELECT account, rollup(s) AS s FROM per_day_busy GROUP BY account;
CREATE VIEW from_raw_busy AS
SELECT account, contact_summary(occurred_at, channel, vendor_person, vendor_level, customer_person,
                                customer_level, customer_initiated, future_focused, sentiment) AS s
FROM contacts_busy GROUP BY account;
SELECT count(*) AS accounts, count(*) FILTER (WHERE r.s = c.s) AS identical
FROM rolled_up_busy r JOIN from_raw_busy c USING (account);
SELECT * FROM pg_temp.compare('1,000 busier accounts: rollup of per-day summaries vs contact_summary of the raw contacts, GROUP BY account',
    $q$SELECT sum(contact_count(s)) FROM rolled_up_busy$q$,
    $q$SELECT sum(contact_count(s)) FROM from_raw_busy$q$, :runs);
DROP VIEW rolled_up_busy, from_raw_busy;
DROP TABLE per_day_busy, contacts_busy;
