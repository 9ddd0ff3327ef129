-- The label types work with the planner's machinery: btree and hash
-- indexes, sorting, hash aggregation, hash and merge joins.

\i test/regress_helpers.sql

CREATE TABLE accounts AS
SELECT i AS id,
       (1 + i % 5)::rel_stage AS stage,
       (i % 4)::trust_level AS trust,
       (1 + i % 8)::contact_channel AS channel,
       (1 + i % 4)::org_level AS level
FROM generate_series(1, 2000) i;
CREATE INDEX accounts_stage ON accounts (stage);
CREATE INDEX accounts_channel_hash ON accounts USING hash (channel);
ANALYZE accounts;

-- A btree index scan, for a range and for equality.
SET enable_seqscan = off;
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM accounts WHERE stage >= 'deep_dependent';
SELECT count(*) FROM accounts WHERE stage >= 'deep_dependent';
EXPLAIN (COSTS OFF) SELECT id FROM accounts WHERE stage = 'interdependent' ORDER BY stage, id LIMIT 3;
SELECT id FROM accounts WHERE stage = 'interdependent' ORDER BY stage, id LIMIT 3;
-- A hash index scan.
EXPLAIN (COSTS OFF) SELECT count(*) FROM accounts WHERE channel = 'video';
SELECT count(*) FROM accounts WHERE channel = 'video';
RESET enable_seqscan;
RESET enable_bitmapscan;

-- min and max read the btree index (their sort operators are < and >).  The
-- plan without what its InitPlans return, which PostgreSQL 17 no longer prints.
SELECT regexp_replace(line, ' \(returns \$\d+\)$', '') AS "QUERY PLAN"
FROM pg_temp.plan_lines('COSTS OFF', 'SELECT min(stage), max(stage) FROM accounts') line;
SELECT min(stage), max(stage) FROM accounts;

-- GROUP BY and DISTINCT by hashing.
SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT trust, count(*) FROM accounts GROUP BY trust;
SELECT trust, count(*) FROM accounts GROUP BY trust ORDER BY trust;
EXPLAIN (COSTS OFF) SELECT DISTINCT level FROM accounts;
SELECT DISTINCT level FROM accounts ORDER BY level;
RESET enable_sort;

-- GROUP BY by sorting gives the same groups.
SET enable_hashagg = off;
EXPLAIN (COSTS OFF) SELECT trust, count(*) FROM accounts GROUP BY trust;
SELECT trust, count(*) FROM accounts GROUP BY trust;
RESET enable_hashagg;

-- A hash join and a merge join on a label column.
CREATE TABLE stage_notes (stage rel_stage PRIMARY KEY, note text);
INSERT INTO stage_notes
SELECT i::rel_stage, 'stage ' || i FROM generate_series(1, 5) i;
ANALYZE stage_notes;
SET enable_mergejoin = off;
SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT n.note, count(*) FROM accounts a JOIN stage_notes n ON a.stage = n.stage GROUP BY n.note;
SELECT n.note, count(*) FROM accounts a JOIN stage_notes n ON a.stage = n.stage GROUP BY n.note ORDER BY n.note;
RESET enable_mergejoin;
SET enable_hashjoin = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM accounts a JOIN stage_notes n ON a.stage = n.stage;
SELECT count(*) FROM accounts a JOIN stage_notes n ON a.stage = n.stage;
RESET enable_hashjoin;
RESET enable_nestloop;

-- A unique index on a label column rejects a duplicate.
INSERT INTO stage_notes VALUES ('Deep Dependent', 'again');

-- Hash partitioning uses the seeded 64-bit hash.
CREATE TABLE by_level (level org_level, n int) PARTITION BY HASH (level);
CREATE TABLE by_level_0 PARTITION OF by_level FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE by_level_1 PARTITION OF by_level FOR VALUES WITH (MODULUS 2, REMAINDER 1);
INSERT INTO by_level SELECT level, count(*) FROM accounts GROUP BY level;
SELECT level, n, tableoid::regclass = 'by_level_0'::regclass AS in_first
FROM by_level ORDER BY level;
SELECT count(DISTINCT tableoid) AS partitions_used FROM by_level;

DROP TABLE accounts, stage_notes, by_level;
