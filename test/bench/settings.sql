-- The session settings of the aggregate benchmarks (contact_summary.sql,
-- per_day.sql): no JIT (its compile time is not a per-row cost), no parallel
-- workers unless a comparison sets them, room for every hash table, and 5
-- paired runs of each comparison unless psql's variable runs says otherwise.
\set ON_ERROR_STOP 1
\pset footer off
SET jit = off;
SET work_mem = '256MB';
SET max_parallel_workers_per_gather = 0;
\if :{?runs}
\else
\set runs 5
\endif
