-- contact_summary over 5M contacts of 10k accounts (generated here), in one
-- run; each comparison the median of 5 paired runs (psql variable runs; make
-- bench BENCH_RUNS=N), with the range that holds the true median with the
-- confidence shown (pg_temp.median_range).  Bars (DESIGN.md section 6):
--   time <= 1.2x the faster of PostgreSQL's hash and sort plans, in the plan
--   the planner picks at its default settings (10k and 1M accounts)
--   (instructions and cache misses a row: make bench-instructions)
--   >= 8x faster than the plain SQL for the same figures at work_mem 64MB
--   faster than postgresql-hll's best plan (hash or sort)
--   size <= 2 KiB for an account with <= 64 distinct people
--   2 parallel workers: Partial Aggregate, identical result
-- and, for reference, the time against a do-nothing C aggregate of the same
-- nine arguments.
\ir settings.sql

\ir contacts.sql

-- The query measured: a summary per account (sum of contact_count uses it).
CREATE VIEW summaries AS
SELECT account, contact_summary(occurred_at, channel, vendor_person, vendor_level, customer_person,
                                customer_level, customer_initiated, future_focused, sentiment) AS s
FROM contacts GROUP BY account;

-- The floor: a C aggregate with the same nine arguments that only counts
-- (test/bench/baselines.c), what reading the arguments and calling the
-- transition function costs before any work.
SELECT current_setting('attune_bench.baselines') AS baselines \gset
\ir noop_summary.sql
SELECT * FROM pg_temp.compare('contact_summary vs a do-nothing C aggregate of the same arguments, GROUP BY account',
    $q$SELECT sum(contact_count(s)) FROM summaries$q$,
    $q$SELECT sum(n) FROM (SELECT account, noop_summary(occurred_at, channel, vendor_person, vendor_level,
                                  customer_person, customer_level, customer_initiated, future_focused, sentiment) AS n
                           FROM contacts GROUP BY account) x$q$, :runs);
SELECT * FROM pg_temp.compare('(reference) contact_summary vs count(*), GROUP BY account',
    $q$SELECT sum(contact_count(s)) FROM summaries$q$,
    $q$SELECT sum(n) FROM (SELECT account, count(*) AS n FROM contacts GROUP BY account) x$q$, :runs);

-- The closest postgresql-hll equivalent (make bench installs it): a
-- mergeable sketch of each side's people per account, which is the part of
-- a summary hll can make; contact_summary also counts channels, levels,
-- initiative, focus, days, executive quarters and sentiment.
CREATE EXTENSION IF NOT EXISTS hll;
SELECT * FROM pg_temp.compare('contact_summary vs hll_add_agg of both sides'' people, GROUP BY account',
    $q$SELECT sum(contact_count(s)) FROM summaries$q$,
    $q$SELECT sum(hll_cardinality(v) + hll_cardinality(c))
       FROM (SELECT account, hll_add_agg(hll_hash_text(vendor_person)) AS v,
                    hll_add_agg(hll_hash_text(customer_person)) AS c
             FROM contacts GROUP BY account) x$q$, :runs);
SELECT * FROM pg_temp.compare('contact_summary vs hll_add_agg of both sides'' people in its sort plan, GROUP BY account',
    $q$SELECT sum(contact_count(s)) FROM summaries$q$,
    $q$SET LOCAL enable_hashagg = off;
       SELECT sum(hll_cardinality(v) + hll_cardinality(c))
       FROM (SELECT account, hll_add_agg(hll_hash_text(vendor_person)) AS v,
                    hll_add_agg(hll_hash_text(customer_person)) AS c
             FROM contacts GROUP BY account) x;
       SET LOCAL enable_hashagg = on$q$, :runs);

-- The plain SQL an analyst would write for the same figures: counts per
-- channel, level, initiative and focus, first and last contact, distinct
-- people, active days and weeks, longest silence, executive quarters and
-- quarterly sentiment sums.  The comparisons read every column (as text):
-- the planner drops aggregates whose results are never read, which would
-- leave the plain SQL doing less than the summary.
CREATE VIEW plain_figures AS
WITH days AS (
    SELECT account, (occurred_at AT TIME ZONE 'UTC')::date AS day FROM contacts GROUP BY 1, 2),
  silence AS (
    SELECT account, count(*) AS active_days, max(gap) AS longest FROM
      (SELECT account, day - lag(day) OVER (PARTITION BY account ORDER BY day) AS gap FROM days) g
    GROUP BY account),
  sentiment AS (
    SELECT account, date_trunc('quarter', occurred_at AT TIME ZONE 'UTC') AS quarter,
           sum(greatest(round(sentiment * 100), 0)) AS good, sum(greatest(-round(sentiment * 100), 0)) AS bad
    FROM contacts GROUP BY 1, 2),
  quarters AS (
    SELECT account, array_agg(good ORDER BY quarter) AS good, array_agg(bad ORDER BY quarter) AS bad
    FROM sentiment GROUP BY account),
  figures AS (
    SELECT account, count(*) AS contacts, min(occurred_at) AS first_at, max(occurred_at) AS last_at,
           count(*) FILTER (WHERE channel = 'face_to_face') AS f2f, count(*) FILTER (WHERE channel = 'video') AS video,
           count(*) FILTER (WHERE channel = 'phone') AS phone, count(*) FILTER (WHERE channel = 'email') AS email,
           count(*) FILTER (WHERE channel = 'paper_mail') AS mail, count(*) FILTER (WHERE channel = 'web') AS web,
           count(*) FILTER (WHERE channel = 'customer_service') AS service, count(*) FILTER (WHERE channel = 'social_media') AS social,
           count(*) FILTER (WHERE vendor_level = 'operational') AS vendor_operational,
           count(*) FILTER (WHERE vendor_level = 'management') AS vendor_management,
           count(*) FILTER (WHERE vendor_level = 'senior') AS vendor_senior,
           count(*) FILTER (WHERE vendor_level = 'executive') AS vendor_executive,
           count(*) FILTER (WHERE customer_level = 'operational') AS customer_operational,
           count(*) FILTER (WHERE customer_level = 'management') AS customer_management,
           count(*) FILTER (WHERE customer_level = 'senior') AS customer_senior,
           count(*) FILTER (WHERE customer_level = 'executive') AS customer_executive,
           count(*) FILTER (WHERE customer_initiated) AS customer_initiated,
           count(*) FILTER (WHERE NOT customer_initiated) AS vendor_initiated,
           count(*) FILTER (WHERE future_focused) AS future, count(*) FILTER (WHERE NOT future_focused) AS past,
           count(DISTINCT vendor_person) AS vendor_people, count(DISTINCT customer_person) AS customer_people,
           count(DISTINCT date_trunc('week', occurred_at AT TIME ZONE 'UTC')) AS active_weeks,
           count(DISTINCT date_trunc('quarter', occurred_at AT TIME ZONE 'UTC'))
             FILTER (WHERE vendor_level = 'executive' AND customer_level = 'executive') AS exec_quarters
    FROM contacts GROUP BY account)
SELECT f::text AS figures, s::text AS silence, q::text AS quarters
FROM figures f JOIN silence s USING (account) JOIN quarters q USING (account);
SELECT * FROM pg_temp.compare('plain SQL vs contact_summary, GROUP BY account',
    $q$SELECT sum(length(figures) + length(silence) + length(quarters)) FROM plain_figures$q$,
    $q$SELECT sum(contact_count(s)) FROM summaries$q$, :runs);
-- The same at work_mem 64MB, where the plain SQL is fastest.
SELECT * FROM pg_temp.compare('plain SQL vs contact_summary at work_mem 64MB, GROUP BY account',
    $q$SET LOCAL work_mem = '64MB';
       SELECT sum(length(figures) + length(silence) + length(quarters)) FROM plain_figures$q$,
    $q$SET LOCAL work_mem = '64MB';
       SELECT sum(contact_count(s)) FROM summaries$q$, :runs);

-- The planner's choice at PostgreSQL's default settings (work_mem 4MB):
-- contact_summary in the plan the planner picks against each plan forced
-- (hash: no sort; sort: no hash aggregation), one of which is the planner's
-- own.  Then the same contacts as 1M accounts (each account's contacts split
-- a hundred ways by a hash of their time: about 5 contacts an account),
-- where the planner picks the sort plan, and at work_mem 64MB, where it
-- picks the hash plan.
SET work_mem = '4MB';  -- PostgreSQL's default (make bench's server sets 256MB)
CREATE FUNCTION pg_temp.plans(label text, grouped text, runs int)
RETURNS TABLE (benchmark text, ours_ms numeric, baseline_ms numeric, ratio numeric, ratio_range text)
LANGUAGE plpgsql AS $$
DECLARE
    q text := format('SELECT sum(contact_count(s)) FROM %s', grouped);
BEGIN
    RETURN QUERY SELECT * FROM pg_temp.compare(label || ': the planner''s plan vs the hash plan', q,
        'SET LOCAL enable_sort = off; ' || q || '; SET LOCAL enable_sort = on', runs);
    RETURN QUERY SELECT * FROM pg_temp.compare(label || ': the planner''s plan vs the sort plan', q,
        'SET LOCAL enable_hashagg = off; ' || q || '; SET LOCAL enable_hashagg = on', runs);
END
$$;
EXPLAIN (COSTS OFF) SELECT sum(contact_count(s)) FROM summaries;
SELECT * FROM pg_temp.plans('work_mem 4MB, 10k accounts', 'summaries', :runs);
CREATE UNLOGGED TABLE contacts_1m AS
SELECT account + 10000 * abs(hashint8(extract(epoch FROM occurred_at)::bigint) % 100) AS account, occurred_at, channel,
       vendor_person, vendor_level, customer_person, customer_level, customer_initiated, future_focused, sentiment
FROM contacts;
VACUUM ANALYZE contacts_1m;
CREATE VIEW summaries_1m AS
SELECT account, contact_summary(occurred_at, channel, vendor_person, vendor_level, customer_person,
                                customer_level, customer_initiated, future_focused, sentiment) AS s
FROM contacts_1m GROUP BY account;
SELECT count(DISTINCT account) AS accounts_1m FROM contacts_1m;
EXPLAIN (COSTS OFF) SELECT sum(contact_count(s)) FROM summaries_1m;
SELECT * FROM pg_temp.plans('work_mem 4MB, 1M accounts', 'summaries_1m', :runs);
SET work_mem = '64MB';
EXPLAIN (COSTS OFF) SELECT sum(contact_count(s)) FROM summaries_1m;
SELECT * FROM pg_temp.plans('work_mem 64MB, 1M accounts', 'summaries_1m', :runs);
DROP VIEW summaries_1m;
DROP TABLE contacts_1m;
\ir settings.sql

-- Size of the summaries.
SELECT count(*) AS accounts, max(people) AS max_people, min(bytes) AS min_bytes,
       round(avg(bytes)) AS avg_bytes, max(bytes) AS max_bytes, max(bytes) <= 2048 AS under_2_kib
FROM (SELECT account, vendor_breadth(s) + customer_breadth(s) AS people, pg_column_size(s) AS bytes
      FROM summaries) y;

-- Serial against 2 parallel workers: the plan, the time, the same result.
CREATE TEMP TABLE serial AS SELECT * FROM summaries;
SET max_parallel_workers_per_gather = 2;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
EXPLAIN (COSTS OFF) SELECT account, contact_summary(occurred_at, channel, vendor_person, customer_person)
FROM contacts GROUP BY account;
CREATE TEMP TABLE parallel AS SELECT * FROM summaries;
SELECT count(*) AS accounts, count(*) FILTER (WHERE p.s = s.s) AS identical
FROM serial s JOIN parallel p USING (account);
RESET max_parallel_workers_per_gather;
SELECT * FROM pg_temp.compare('2 parallel workers vs serial',
    $q$SET LOCAL max_parallel_workers_per_gather = 2;
       SELECT sum(contact_count(s)) FROM summaries$q$,
    $q$SET LOCAL max_parallel_workers_per_gather = 0;
       SELECT sum(contact_count(s)) FROM summaries$q$, 3);

-- The same contacts stored in account order, as a table clustered by
-- account (or a batch that summarises one account at a time) reads them.
SET max_parallel_workers_per_gather = 0;
CREATE UNLOGGED TABLE contacts_by_account AS SELECT * FROM contacts ORDER BY account, occurred_at;
TRUNCATE contacts;
INSERT INTO contacts SELECT * FROM contacts_by_account ORDER BY account, occurred_at;
VACUUM ANALYZE contacts;
SELECT * FROM pg_temp.compare('clustered by account: contact_summary vs count(*)',
    $q$SELECT sum(contact_count(s)) FROM summaries$q$,
    $q$SELECT sum(n) FROM (SELECT account, count(*) AS n FROM contacts GROUP BY account) x$q$, :runs);
