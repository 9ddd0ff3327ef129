-- Per-day summaries (DESIGN.md section 6): the tutorial's pattern keeps one
-- contact_summary per account and day, and rolls them up to any period.
-- Bars: the table of per-day summaries is smaller than the raw contacts it
-- summarises, and rolling it up per account is faster than summarising the
-- raw contacts per account.  The 5M contacts of contacts.sql (10k accounts,
-- three years: about 1.4 contacts per account and active day); then the
-- same accounts by month, and the same contacts as fewer, busier accounts:
-- a summary of one or two contacts holds nearly what its rows hold, and the
-- more contacts a summary holds, the more rollup saves (BENCHMARKS.md).
\ir settings.sql

\ir contacts.sql

\set raw contacts
\set period day
\set label '10k accounts, per day'
\ir rollup_vs_raw.sql

-- (reference) What reading each table and grouping it costs before either
-- aggregate does anything: count of the per-day summaries against count of
-- the raw contacts.
SELECT * FROM pg_temp.compare('(reference) count(s) of the per-day summaries vs count(*) of the raw contacts, GROUP BY account',
    $q$SELECT sum(n) FROM (SELECT account, count(s) AS n FROM summaries GROUP BY account) x$q$,
    $q$SELECT sum(n) FROM (SELECT account, count(*) AS n FROM contacts GROUP BY account) x$q$, :runs);

-- The same at PostgreSQL's default settings (work_mem 4MB), each in the
-- plan the planner picks.
SET work_mem = '4MB';  -- PostgreSQL's default (make bench's server sets 256MB)
EXPLAIN (COSTS OFF) SELECT sum(contact_count(s)) FROM rolled_up;
EXPLAIN (COSTS OFF) SELECT sum(contact_count(s)) FROM from_raw;
SELECT * FROM pg_temp.compare('work_mem 4MB: rollup of per-day summaries vs contact_summary of the raw contacts, GROUP BY account',
    $q$SELECT sum(contact_count(s)) FROM rolled_up$q$,
    $q$SELECT sum(contact_count(s)) FROM from_raw$q$, :runs);
RESET work_mem;

\set period month
\set label '10k accounts, per month'
\ir rollup_vs_raw.sql

-- The same contacts as 1,000 accounts (account % 1000, so each has ten
-- times the people), about 4.6 contacts per account and active day.
CREATE UNLOGGED TABLE contacts_busy AS
SELECT account % 1000 AS account, occurred_at, channel, vendor_person, vendor_level, customer_person,
       customer_level, customer_initiated, future_focused, sentiment
FROM contacts;
VACUUM ANALYZE contacts_busy;
\set raw contacts_busy
\set period day
\set label '1,000 busier accounts, per day'
\ir rollup_vs_raw.sql
