/* attune--0.2.0--0.3.0.sql: from 0.2.0 to 0.3.0 (ALTER EXTENSION attune UPDATE) */

\echo Use "ALTER EXTENSION attune UPDATE TO '0.3.0'" to load this file. \quit

-- A summary judged with a NULL as_of is an error (22004) in the shared
-- library of 0.3.0: nothing of the catalog changes for it.
