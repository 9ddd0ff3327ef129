-- The order rows come in.  contact_summary.sql's contacts (contacts.sql) go
-- round the 10,000 accounts in turn (row i is account i % 10000), so the
-- aggregate touches the accounts' states in the order it made them, one
-- after another in memory, and the CPU's prefetcher follows; per_day.sql's
-- per-day summaries come day by day, the accounts in order within a day, the
-- same way.  Rows in no order touch a random state each.  The same contacts
-- shuffled: contact_summary against itself over the round-robin rows, and
-- against the do-nothing C aggregate over the shuffled rows; then rollup of
-- per-day summaries against the raw contacts, both in no order.
\ir settings.sql

\ir contacts.sql

SELECT current_setting('attune_bench.baselines') AS baselines \gset
\ir noop_summary.sql

CREATE UNLOGGED TABLE shuffled AS SELECT * FROM contacts ORDER BY md5(account || ' ' || occurred_at);
VACUUM ANALYZE shuffled;

SELECT * FROM pg_temp.compare('contact_summary: shuffled contacts vs round-robin contacts, GROUP BY account',
    $q$SELECT sum(contact_count(s)) FROM (SELECT account, contact_summary(occurred_at, channel, vendor_person, vendor_level,
                                      customer_person, customer_level, customer_initiated, future_focused, sentiment) AS s
                                      FROM shuffled GROUP BY account) x$q$,
    $q$SELECT sum(contact_count(s)) FROM (SELECT account, contact_summary(occurred_at, channel, vendor_person, vendor_level,
                                      customer_person, customer_level, customer_initiated, future_focused, sentiment) AS s
                                      FROM contacts GROUP BY account) x$q$, :runs);
SELECT * FROM pg_temp.compare('shuffled contacts: contact_summary vs a do-nothing C aggregate of the same arguments',
    $q$SELECT sum(contact_count(s)) FROM (SELECT account, contact_summary(occurred_at, channel, vendor_person, vendor_level,
                                      customer_person, customer_level, customer_initiated, future_focused, sentiment) AS s
                                      FROM shuffled GROUP BY account) x$q$,
    $q$SELECT sum(n) FROM (SELECT account, noop_summary(occurred_at, channel, vendor_person, vendor_level, customer_person,
                                  customer_level, customer_initiated, future_focused, sentiment) AS n
                           FROM shuffled GROUP BY account) x$q$, :runs);

-- Per-day summaries in no order either, rolled up, against the shuffled raw
-- contacts (per_day.sql compares them in their round-robin orders).
CREATE UNLOGGED TABLE per_day_shuffled AS
SELECT account, (occurred_at AT TIME ZONE 'UTC')::date AS day,
       contact_summary(occurred_at, channel, vendor_person, vendor_level, customer_person,
                       customer_level, customer_initiated, future_focused, sentiment) AS s
FROM contacts GROUP BY account, day ORDER BY md5(account || ' ' || (occurred_at AT TIME ZONE 'UTC')::date);
VACUUM ANALYZE per_day_shuffled;
SELECT * FROM pg_temp.compare('in no order: rollup of per-day summaries vs contact_summary of the raw contacts, GROUP BY account',
    $q$SELECT sum(contact_count(s)) FROM (SELECT account, rollup(s) AS s FROM per_day_shuffled GROUP BY account) x$q$,
    $q$SELECT sum(contact_count(s)) FROM (SELECT account, contact_summary(occurred_at, channel, vendor_person, vendor_level,
                                      customer_person, customer_level, customer_initiated, future_focused, sentiment) AS s
                                      FROM shuffled GROUP BY account) x$q$, :runs);
