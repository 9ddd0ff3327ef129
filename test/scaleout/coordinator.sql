-- The coordinator (test/scaleout/run.sh): contacts partitioned by account
-- into foreign tables on two shards; each check prints "ok - ..." or
-- "not ok - ..." (with what was found).
\set ON_ERROR_STOP 1
\pset tuples_only on
\pset format unaligned
CREATE EXTENSION attune;
CREATE EXTENSION postgres_fdw;
\ir ../regress_helpers.sql

-- extensions 'attune': postgres_fdw may send our functions, operators and
-- types to the shards, which have the same version of attune installed.
CREATE SERVER shard1 FOREIGN DATA WRAPPER postgres_fdw
    OPTIONS (host '127.0.0.1', port :'port1', dbname 'postgres', extensions 'attune');
CREATE SERVER shard2 FOREIGN DATA WRAPPER postgres_fdw
    OPTIONS (host '127.0.0.1', port :'port2', dbname 'postgres', extensions 'attune');
-- From PostgreSQL 14 on, inserts go to the shards 500 rows at a time.
SELECT current_setting('server_version_num')::int >= 140000 AS batches \gset
\if :batches
ALTER SERVER shard1 OPTIONS (ADD batch_size '500');
ALTER SERVER shard2 OPTIONS (ADD batch_size '500');
\endif
CREATE USER MAPPING FOR CURRENT_USER SERVER shard1 OPTIONS (user 'postgres');
CREATE USER MAPPING FOR CURRENT_USER SERVER shard2 OPTIONS (user 'postgres');

CREATE TABLE contacts (
    account int NOT NULL, occurred_at timestamptz, channel contact_channel,
    vendor_person text, vendor_level org_level, customer_person text, customer_level org_level,
    customer_initiated bool, future_focused bool, sentiment float8)
PARTITION BY HASH (account);
CREATE FOREIGN TABLE contacts_shard1 PARTITION OF contacts FOR VALUES WITH (MODULUS 2, REMAINDER 0)
    SERVER shard1 OPTIONS (table_name 'contacts');
CREATE FOREIGN TABLE contacts_shard2 PARTITION OF contacts FOR VALUES WITH (MODULUS 2, REMAINDER 1)
    SERVER shard2 OPTIONS (table_name 'contacts');

-- 300 accounts with 40 contacts each over a year, every field filled but
-- some NULLs; the same rows in a local table, and through the coordinator
-- on the shards.
CREATE TABLE local_contacts AS
SELECT i % 300 AS account,
       '2025-01-01'::timestamptz + (i * 7919 % 31536000) * interval '1 second' AS occurred_at,
       (1 + i * 31 % 8)::int::contact_channel AS channel,
       'rep ' || i * 17 % (1 + i % 6) AS vendor_person,
       (1 + i / 300 % 4)::int::org_level AS vendor_level,
       CASE WHEN i % 23 <> 0 THEN 'buyer ' || i * 13 % (1 + i % 11) END AS customer_person,
       (1 + i / 600 % 4)::int::org_level AS customer_level,
       i % 3 = 0 AS customer_initiated,
       CASE WHEN i % 19 <> 0 THEN i % 4 <> 0 END AS future_focused,
       (i * 37 % 201 - 100) / 100.0 AS sentiment
FROM generate_series(1, 12000) i;
INSERT INTO contacts SELECT * FROM local_contacts;

SELECT CASE WHEN shard1 > 0 AND shard2 > 0 AND shard1 + shard2 = 12000 THEN 'ok' ELSE 'not ok' END
       || format(' - INSERT through the coordinator spread the rows over both shards (%s and %s)', shard1, shard2)
FROM (SELECT (SELECT count(*) FROM contacts_shard1) AS shard1, (SELECT count(*) FROM contacts_shard2) AS shard2) x;

-- How many partitions the plan aggregates on their shard; the plan when
-- not what is expected.
CREATE FUNCTION pg_temp.check_pushdown(label text, query text, expected int) RETURNS text
LANGUAGE sql AS $$
    SELECT CASE WHEN n = expected THEN 'ok' ELSE 'not ok' END
           || format(' - %s: %s of 2 partitions aggregated on their shard', label, n)
           || CASE WHEN n = expected THEN '' ELSE E'\n' || plan END
    FROM (SELECT count(*) FILTER (WHERE line ~ 'Remote SQL: SELECT .*contact_summary\(.* GROUP BY') AS n,
                 string_agg(line, E'\n') AS plan
          FROM pg_temp.plan_lines('VERBOSE, COSTS OFF', query) line) x
$$;

SET enable_partitionwise_aggregate = on;
\set summary 'contact_summary(occurred_at, channel, vendor_person, vendor_level, customer_person, customer_level, customer_initiated, future_focused, sentiment)'
\set summaries 'SELECT account, ' :summary ' AS s FROM contacts GROUP BY account'
SELECT pg_temp.check_pushdown('contact_summary ... GROUP BY account', :'summaries', 2);
SELECT pg_temp.check_pushdown('the short form',
    'SELECT account, contact_summary(occurred_at, channel, vendor_person, customer_person) FROM contacts GROUP BY account', 2);

-- The summaries made on the shards equal, byte for byte, those made here
-- from the same rows.
CREATE TEMP TABLE sharded AS :summaries;
CREATE TEMP TABLE direct AS
SELECT account, :summary AS s FROM local_contacts GROUP BY account;
SELECT CASE WHEN n = 300 AND same = 300 THEN 'ok' ELSE 'not ok' END
       || format(' - the shards'' summaries equal the local ones (%s of %s accounts)', same, n)
FROM (SELECT count(*) AS n,
             count(*) FILTER (WHERE d.s = h.s AND d.s::text = h.s::text
                                AND contact_summary_send(d.s) = contact_summary_send(h.s)) AS same
      FROM direct d FULL JOIN sharded h USING (account)) x;

-- Any other grouping: the shards' summaries per account rolled up here.
SELECT CASE WHEN n = 7 AND same = 7 THEN 'ok' ELSE 'not ok' END
       || format(' - rollup of the shards'' summaries by another grouping equals contact_summary (%s of %s groups)',
                 same, n)
FROM (SELECT count(*) AS n, count(*) FILTER (WHERE r.s = c.s) AS same
      FROM (SELECT account % 7 AS region, rollup(s) AS s FROM sharded GROUP BY 1) r
      FULL JOIN (SELECT account % 7 AS region, :summary AS s FROM local_contacts GROUP BY 1) c
      USING (region)) x;

-- Without extensions 'attune' a shard is not trusted with our functions:
-- its rows come to the coordinator to be summarised (and the result is
-- the same).
ALTER SERVER shard2 OPTIONS (DROP extensions);
SELECT pg_temp.check_pushdown('without extensions ''attune'' on shard2', :'summaries', 1);
SELECT CASE WHEN count(*) = 300 AND count(*) FILTER (WHERE d.s = h.s) = 300 THEN 'ok' ELSE 'not ok' END
       || ' - the summaries made partly here are the same'
FROM direct d FULL JOIN (:summaries) h USING (account);
