/* attune--0.2.0--0.3.0.sql: from 0.2.0 to 0.3.0 (ALTER EXTENSION attune UPDATE) */

\echo Use "ALTER EXTENSION attune UPDATE TO '0.3.0'" to load this file. \quit

-- A summary judged with a NULL as_of is an error (22004) in the shared
-- library of 0.3.0: nothing of the catalog changes for it.

-- The same aggregates over a contact table whose channel and level columns
-- are text (as most are): the text is read as the label types read it, and a
-- value that names no label is an error (22P02) naming the type.  Called with
-- quoted literals, these are the ones PostgreSQL picks (text is the preferred
-- type of a literal); the result is the same.
CREATE FUNCTION @extschema@.contact_summary_transition_text(
        @extschema@.contact_summary, pg_catalog.timestamptz, pg_catalog.text,
        pg_catalog.text, pg_catalog.text, pg_catalog.text, pg_catalog.text,
        pg_catalog.bool, pg_catalog.bool, pg_catalog.float8)
    RETURNS @extschema@.contact_summary
    AS 'MODULE_PATHNAME', 'contact_summary_transition_text' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.contact_summary_transition_text(
        @extschema@.contact_summary, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text, pg_catalog.text)
    RETURNS @extschema@.contact_summary
    AS 'MODULE_PATHNAME', 'contact_summary_transition_text' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.contact_summary_transition_text(@extschema@.contact_summary, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text, pg_catalog.text, pg_catalog.text, pg_catalog.text, pg_catalog.bool, pg_catalog.bool, pg_catalog.float8) IS
    'Transition function of contact_summary(...) over text channel and level columns: adds one contact';
COMMENT ON FUNCTION @extschema@.contact_summary_transition_text(@extschema@.contact_summary, pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text, pg_catalog.text) IS
    'Transition function of the short form contact_summary(occurred_at, channel, vendor_person, customer_person) over a text channel column';
CREATE AGGREGATE @extschema@.contact_summary(
        occurred_at pg_catalog.timestamptz, channel pg_catalog.text,
        vendor_person pg_catalog.text, vendor_level pg_catalog.text,
        customer_person pg_catalog.text, customer_level pg_catalog.text,
        customer_initiated pg_catalog.bool, future_focused pg_catalog.bool,
        sentiment pg_catalog.float8) (
    SFUNC = @extschema@.contact_summary_transition_text,
    STYPE = @extschema@.contact_summary,
    FINALFUNC = @extschema@.contact_summary_final,
    COMBINEFUNC = @extschema@.contact_summary_combine,
    SSPACE = 4096,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.contact_summary(pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text, pg_catalog.text, pg_catalog.text, pg_catalog.text, pg_catalog.bool, pg_catalog.bool, pg_catalog.float8) IS
    'Summary of contacts whose channel and levels are text columns (read as contact_channel and org_level read them)';
CREATE AGGREGATE @extschema@.contact_summary(
        occurred_at pg_catalog.timestamptz, channel pg_catalog.text,
        vendor_person pg_catalog.text, customer_person pg_catalog.text) (
    SFUNC = @extschema@.contact_summary_transition_text,
    STYPE = @extschema@.contact_summary,
    FINALFUNC = @extschema@.contact_summary_final,
    COMBINEFUNC = @extschema@.contact_summary_combine,
    SSPACE = 4096,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.contact_summary(pg_catalog.timestamptz, pg_catalog.text, pg_catalog.text, pg_catalog.text) IS
    'Summary of contacts, short form, the channel a text column (read as contact_channel reads it)';
