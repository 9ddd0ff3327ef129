/* attune--0.1.1--0.2.0.sql: from 0.1.1 to 0.2.0 (ALTER EXTENSION attune UPDATE) */

\echo Use "ALTER EXTENSION attune UPDATE TO '0.2.0'" to load this file. \quit

-- Summaries keep their people's days and levels and their quarters'
-- initiative (stored format 2; values of format 1 stay readable as they
-- are).  New: person_key, people and who_to_call.
CREATE FUNCTION @extschema@.person_key(name pg_catalog.text) RETURNS pg_catalog.int8
    AS 'MODULE_PATHNAME', 'person_key' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.people(s @extschema@.contact_summary, as_of pg_catalog.timestamptz DEFAULT NULL,
    OUT side pg_catalog.text, OUT key pg_catalog.int8, OUT level @extschema@.org_level,
    OUT contacts pg_catalog.int8, OUT share pg_catalog.float8, OUT first_contact pg_catalog.date,
    OUT last_contact pg_catalog.date, OUT usual_gap pg_catalog.float8, OUT days_quiet pg_catalog.int4)
    RETURNS SETOF pg_catalog.record
    AS 'MODULE_PATHNAME', 'people' LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 20;
COMMENT ON FUNCTION @extschema@.person_key(pg_catalog.text) IS
    'The key a contact_summary keeps for a person''s name (a 64-bit hash, the same on every platform and in every release): join a table of your own people to people(s) by it';
COMMENT ON FUNCTION @extschema@.people(@extschema@.contact_summary, pg_catalog.timestamptz) IS
    'A row per person the summary keeps: side, key (person_key of the name), highest level, contacts, share of the side''s contacts naming a person, first and last day of contact, usual gap in days, days quiet at as_of';

-- The customer people whose silence matters most on an account (from 0.2.0).
CREATE FUNCTION @extschema@.who_to_call(s @extschema@.contact_summary, as_of pg_catalog.timestamptz,
    target_stage @extschema@.rel_stage DEFAULT NULL, thresholds pg_catalog.jsonb DEFAULT NULL,
    OUT rank pg_catalog.int4, OUT key pg_catalog.int8, OUT level @extschema@.org_level,
    OUT contacts pg_catalog.int8, OUT share pg_catalog.float8, OUT usual_gap pg_catalog.float8,
    OUT days_quiet pg_catalog.int4, OUT flag pg_catalog.text, OUT reason pg_catalog.text)
    RETURNS SETOF pg_catalog.record
    AS 'MODULE_PATHNAME', 'who_to_call' LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 3;
COMMENT ON FUNCTION @extschema@.who_to_call(@extschema@.contact_summary, pg_catalog.timestamptz, @extschema@.rel_stage, pg_catalog.jsonb) IS
    'The customer people whose silence matters most, ranked: the sponsor and the champion gone quiet, then those overdue by their own rhythm by share of contacts while in contact; each with key (person_key of the name), figures and the reason in plain words';

-- rollup's state keeps its people's tallies now: hash aggregation plans by
-- 4 KiB a state, as for contact_summary(...).  ALTER AGGREGATE cannot change
-- it, and dropping the aggregate would drop the views built on it.
UPDATE pg_catalog.pg_aggregate SET aggtransspace = 4096
WHERE aggfnoid = '@extschema@.rollup(@extschema@.contact_summary)'::pg_catalog.regprocedure;
