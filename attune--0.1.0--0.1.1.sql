/* attune--0.1.0--0.1.1.sql: from 0.1.0 to 0.1.1 (ALTER EXTENSION attune UPDATE) */

\echo Use "ALTER EXTENSION attune UPDATE TO '0.1.1'" to load this file. \quit

-- 0.1.1 changes no object's definition: the fixes of issue 20 are in the
-- shared library (an aggregate's working state is an expanded object, the
-- refresh's SQL is qualified, text input reads in linear time, notification
-- payloads are bounded, the trigger refuses generated columns, final
-- functions refuse crafted states).  Three comments say what changed for
-- their functions.

COMMENT ON FUNCTION @extschema@.contact_summary_final(@extschema@.contact_summary) IS
    'Final function of contact_summary(...) and rollup: the stored form of the state (its held rows added, its span without the slack kept for growth); a value given instead of a state is checked and returned';
COMMENT ON FUNCTION @extschema@.contact_summary_combine(@extschema@.contact_summary, @extschema@.contact_summary) IS
    'Merges two contact summaries: combine function of contact_summary(...) and transition of rollup (the second is read as a value and checked, whatever its storage)';
COMMENT ON FUNCTION @extschema@.flag_at_risk_refresh(pg_catalog.regclass) IS
    'Re-judges a table flagged by flag_at_risk as of now (the transaction''s start), with that trigger''s columns, writing only the rows whose flags change; returns how many. Its SQL resolves nothing through the caller''s search_path; run it as the table''s owner (schedule it nightly, for example with pg_cron)';
