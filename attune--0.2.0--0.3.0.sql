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

-- Labels written from text and varchar parameters (assignment casts), and
-- lower(), upper(), LIKE and ILIKE on labels, for each label type.
DROP CAST (pg_catalog.text AS @extschema@.rel_stage);
CREATE CAST (pg_catalog.text AS @extschema@.rel_stage) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.varchar AS @extschema@.rel_stage) WITH INOUT AS ASSIGNMENT;
COMMENT ON CAST (pg_catalog.text AS @extschema@.rel_stage) IS
    'Assignment: reads a label as the text input does (a text parameter written to a rel_stage column)';
COMMENT ON CAST (pg_catalog.varchar AS @extschema@.rel_stage) IS
    'Assignment: reads a label as the text input does (JDBC setString sends varchar)';
-- Text functions and pattern matching on labels, as BI tools' "contains"
-- filters write them (lower(col) LIKE '%x%', col ILIKE '%x%'): on the
-- canonical label.
CREATE FUNCTION @extschema@.lower(@extschema@.rel_stage)
    RETURNS pg_catalog.text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT pg_catalog.lower($1::pg_catalog.text)$$;
CREATE FUNCTION @extschema@.upper(@extschema@.rel_stage)
    RETURNS pg_catalog.text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT pg_catalog.upper($1::pg_catalog.text)$$;
CREATE FUNCTION @extschema@.rel_stage_like(@extschema@.rel_stage, pg_catalog.text)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1::pg_catalog.text OPERATOR(pg_catalog.~~) $2$$;
CREATE FUNCTION @extschema@.rel_stage_not_like(@extschema@.rel_stage, pg_catalog.text)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1::pg_catalog.text OPERATOR(pg_catalog.!~~) $2$$;
CREATE FUNCTION @extschema@.rel_stage_ilike(@extschema@.rel_stage, pg_catalog.text)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1::pg_catalog.text OPERATOR(pg_catalog.~~*) $2$$;
CREATE FUNCTION @extschema@.rel_stage_not_ilike(@extschema@.rel_stage, pg_catalog.text)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1::pg_catalog.text OPERATOR(pg_catalog.!~~*) $2$$;
COMMENT ON FUNCTION @extschema@.lower(@extschema@.rel_stage) IS 'The canonical rel_stage label in lower case (labels are)';
COMMENT ON FUNCTION @extschema@.upper(@extschema@.rel_stage) IS 'The canonical rel_stage label in upper case';
COMMENT ON FUNCTION @extschema@.rel_stage_like(@extschema@.rel_stage, pg_catalog.text) IS 'Implements LIKE for rel_stage: the canonical label matches the pattern';
COMMENT ON FUNCTION @extschema@.rel_stage_not_like(@extschema@.rel_stage, pg_catalog.text) IS 'Implements NOT LIKE for rel_stage';
COMMENT ON FUNCTION @extschema@.rel_stage_ilike(@extschema@.rel_stage, pg_catalog.text) IS 'Implements ILIKE for rel_stage: the canonical label matches the pattern, case aside';
COMMENT ON FUNCTION @extschema@.rel_stage_not_ilike(@extschema@.rel_stage, pg_catalog.text) IS 'Implements NOT ILIKE for rel_stage';
CREATE OPERATOR @extschema@.~~ (LEFTARG = @extschema@.rel_stage, RIGHTARG = pg_catalog.text,
    FUNCTION = @extschema@.rel_stage_like, NEGATOR = OPERATOR(@extschema@.!~~));
CREATE OPERATOR @extschema@.!~~ (LEFTARG = @extschema@.rel_stage, RIGHTARG = pg_catalog.text,
    FUNCTION = @extschema@.rel_stage_not_like, NEGATOR = OPERATOR(@extschema@.~~));
CREATE OPERATOR @extschema@.~~* (LEFTARG = @extschema@.rel_stage, RIGHTARG = pg_catalog.text,
    FUNCTION = @extschema@.rel_stage_ilike, NEGATOR = OPERATOR(@extschema@.!~~*));
CREATE OPERATOR @extschema@.!~~* (LEFTARG = @extschema@.rel_stage, RIGHTARG = pg_catalog.text,
    FUNCTION = @extschema@.rel_stage_not_ilike, NEGATOR = OPERATOR(@extschema@.~~*));
COMMENT ON OPERATOR @extschema@.~~ (@extschema@.rel_stage, pg_catalog.text) IS 'LIKE on the canonical rel_stage label';
COMMENT ON OPERATOR @extschema@.!~~ (@extschema@.rel_stage, pg_catalog.text) IS 'NOT LIKE on the canonical rel_stage label';
COMMENT ON OPERATOR @extschema@.~~* (@extschema@.rel_stage, pg_catalog.text) IS 'ILIKE on the canonical rel_stage label';
COMMENT ON OPERATOR @extschema@.!~~* (@extschema@.rel_stage, pg_catalog.text) IS 'NOT ILIKE on the canonical rel_stage label';
DROP CAST (pg_catalog.text AS @extschema@.trust_level);
CREATE CAST (pg_catalog.text AS @extschema@.trust_level) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.varchar AS @extschema@.trust_level) WITH INOUT AS ASSIGNMENT;
COMMENT ON CAST (pg_catalog.text AS @extschema@.trust_level) IS
    'Assignment: reads a label as the text input does (a text parameter written to a trust_level column)';
COMMENT ON CAST (pg_catalog.varchar AS @extschema@.trust_level) IS
    'Assignment: reads a label as the text input does (JDBC setString sends varchar)';
-- Text functions and pattern matching on labels, as BI tools' "contains"
-- filters write them (lower(col) LIKE '%x%', col ILIKE '%x%'): on the
-- canonical label.
CREATE FUNCTION @extschema@.lower(@extschema@.trust_level)
    RETURNS pg_catalog.text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT pg_catalog.lower($1::pg_catalog.text)$$;
CREATE FUNCTION @extschema@.upper(@extschema@.trust_level)
    RETURNS pg_catalog.text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT pg_catalog.upper($1::pg_catalog.text)$$;
CREATE FUNCTION @extschema@.trust_level_like(@extschema@.trust_level, pg_catalog.text)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1::pg_catalog.text OPERATOR(pg_catalog.~~) $2$$;
CREATE FUNCTION @extschema@.trust_level_not_like(@extschema@.trust_level, pg_catalog.text)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1::pg_catalog.text OPERATOR(pg_catalog.!~~) $2$$;
CREATE FUNCTION @extschema@.trust_level_ilike(@extschema@.trust_level, pg_catalog.text)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1::pg_catalog.text OPERATOR(pg_catalog.~~*) $2$$;
CREATE FUNCTION @extschema@.trust_level_not_ilike(@extschema@.trust_level, pg_catalog.text)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1::pg_catalog.text OPERATOR(pg_catalog.!~~*) $2$$;
COMMENT ON FUNCTION @extschema@.lower(@extschema@.trust_level) IS 'The canonical trust_level label in lower case (labels are)';
COMMENT ON FUNCTION @extschema@.upper(@extschema@.trust_level) IS 'The canonical trust_level label in upper case';
COMMENT ON FUNCTION @extschema@.trust_level_like(@extschema@.trust_level, pg_catalog.text) IS 'Implements LIKE for trust_level: the canonical label matches the pattern';
COMMENT ON FUNCTION @extschema@.trust_level_not_like(@extschema@.trust_level, pg_catalog.text) IS 'Implements NOT LIKE for trust_level';
COMMENT ON FUNCTION @extschema@.trust_level_ilike(@extschema@.trust_level, pg_catalog.text) IS 'Implements ILIKE for trust_level: the canonical label matches the pattern, case aside';
COMMENT ON FUNCTION @extschema@.trust_level_not_ilike(@extschema@.trust_level, pg_catalog.text) IS 'Implements NOT ILIKE for trust_level';
CREATE OPERATOR @extschema@.~~ (LEFTARG = @extschema@.trust_level, RIGHTARG = pg_catalog.text,
    FUNCTION = @extschema@.trust_level_like, NEGATOR = OPERATOR(@extschema@.!~~));
CREATE OPERATOR @extschema@.!~~ (LEFTARG = @extschema@.trust_level, RIGHTARG = pg_catalog.text,
    FUNCTION = @extschema@.trust_level_not_like, NEGATOR = OPERATOR(@extschema@.~~));
CREATE OPERATOR @extschema@.~~* (LEFTARG = @extschema@.trust_level, RIGHTARG = pg_catalog.text,
    FUNCTION = @extschema@.trust_level_ilike, NEGATOR = OPERATOR(@extschema@.!~~*));
CREATE OPERATOR @extschema@.!~~* (LEFTARG = @extschema@.trust_level, RIGHTARG = pg_catalog.text,
    FUNCTION = @extschema@.trust_level_not_ilike, NEGATOR = OPERATOR(@extschema@.~~*));
COMMENT ON OPERATOR @extschema@.~~ (@extschema@.trust_level, pg_catalog.text) IS 'LIKE on the canonical trust_level label';
COMMENT ON OPERATOR @extschema@.!~~ (@extschema@.trust_level, pg_catalog.text) IS 'NOT LIKE on the canonical trust_level label';
COMMENT ON OPERATOR @extschema@.~~* (@extschema@.trust_level, pg_catalog.text) IS 'ILIKE on the canonical trust_level label';
COMMENT ON OPERATOR @extschema@.!~~* (@extschema@.trust_level, pg_catalog.text) IS 'NOT ILIKE on the canonical trust_level label';
DROP CAST (pg_catalog.text AS @extschema@.jbp_mode);
CREATE CAST (pg_catalog.text AS @extschema@.jbp_mode) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.varchar AS @extschema@.jbp_mode) WITH INOUT AS ASSIGNMENT;
COMMENT ON CAST (pg_catalog.text AS @extschema@.jbp_mode) IS
    'Assignment: reads a label as the text input does (a text parameter written to a jbp_mode column)';
COMMENT ON CAST (pg_catalog.varchar AS @extschema@.jbp_mode) IS
    'Assignment: reads a label as the text input does (JDBC setString sends varchar)';
-- Text functions and pattern matching on labels, as BI tools' "contains"
-- filters write them (lower(col) LIKE '%x%', col ILIKE '%x%'): on the
-- canonical label.
CREATE FUNCTION @extschema@.lower(@extschema@.jbp_mode)
    RETURNS pg_catalog.text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT pg_catalog.lower($1::pg_catalog.text)$$;
CREATE FUNCTION @extschema@.upper(@extschema@.jbp_mode)
    RETURNS pg_catalog.text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT pg_catalog.upper($1::pg_catalog.text)$$;
CREATE FUNCTION @extschema@.jbp_mode_like(@extschema@.jbp_mode, pg_catalog.text)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1::pg_catalog.text OPERATOR(pg_catalog.~~) $2$$;
CREATE FUNCTION @extschema@.jbp_mode_not_like(@extschema@.jbp_mode, pg_catalog.text)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1::pg_catalog.text OPERATOR(pg_catalog.!~~) $2$$;
CREATE FUNCTION @extschema@.jbp_mode_ilike(@extschema@.jbp_mode, pg_catalog.text)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1::pg_catalog.text OPERATOR(pg_catalog.~~*) $2$$;
CREATE FUNCTION @extschema@.jbp_mode_not_ilike(@extschema@.jbp_mode, pg_catalog.text)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1::pg_catalog.text OPERATOR(pg_catalog.!~~*) $2$$;
COMMENT ON FUNCTION @extschema@.lower(@extschema@.jbp_mode) IS 'The canonical jbp_mode label in lower case (labels are)';
COMMENT ON FUNCTION @extschema@.upper(@extschema@.jbp_mode) IS 'The canonical jbp_mode label in upper case';
COMMENT ON FUNCTION @extschema@.jbp_mode_like(@extschema@.jbp_mode, pg_catalog.text) IS 'Implements LIKE for jbp_mode: the canonical label matches the pattern';
COMMENT ON FUNCTION @extschema@.jbp_mode_not_like(@extschema@.jbp_mode, pg_catalog.text) IS 'Implements NOT LIKE for jbp_mode';
COMMENT ON FUNCTION @extschema@.jbp_mode_ilike(@extschema@.jbp_mode, pg_catalog.text) IS 'Implements ILIKE for jbp_mode: the canonical label matches the pattern, case aside';
COMMENT ON FUNCTION @extschema@.jbp_mode_not_ilike(@extschema@.jbp_mode, pg_catalog.text) IS 'Implements NOT ILIKE for jbp_mode';
CREATE OPERATOR @extschema@.~~ (LEFTARG = @extschema@.jbp_mode, RIGHTARG = pg_catalog.text,
    FUNCTION = @extschema@.jbp_mode_like, NEGATOR = OPERATOR(@extschema@.!~~));
CREATE OPERATOR @extschema@.!~~ (LEFTARG = @extschema@.jbp_mode, RIGHTARG = pg_catalog.text,
    FUNCTION = @extschema@.jbp_mode_not_like, NEGATOR = OPERATOR(@extschema@.~~));
CREATE OPERATOR @extschema@.~~* (LEFTARG = @extschema@.jbp_mode, RIGHTARG = pg_catalog.text,
    FUNCTION = @extschema@.jbp_mode_ilike, NEGATOR = OPERATOR(@extschema@.!~~*));
CREATE OPERATOR @extschema@.!~~* (LEFTARG = @extschema@.jbp_mode, RIGHTARG = pg_catalog.text,
    FUNCTION = @extschema@.jbp_mode_not_ilike, NEGATOR = OPERATOR(@extschema@.~~*));
COMMENT ON OPERATOR @extschema@.~~ (@extschema@.jbp_mode, pg_catalog.text) IS 'LIKE on the canonical jbp_mode label';
COMMENT ON OPERATOR @extschema@.!~~ (@extschema@.jbp_mode, pg_catalog.text) IS 'NOT LIKE on the canonical jbp_mode label';
COMMENT ON OPERATOR @extschema@.~~* (@extschema@.jbp_mode, pg_catalog.text) IS 'ILIKE on the canonical jbp_mode label';
COMMENT ON OPERATOR @extschema@.!~~* (@extschema@.jbp_mode, pg_catalog.text) IS 'NOT ILIKE on the canonical jbp_mode label';
DROP CAST (pg_catalog.text AS @extschema@.contact_channel);
CREATE CAST (pg_catalog.text AS @extschema@.contact_channel) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.varchar AS @extschema@.contact_channel) WITH INOUT AS ASSIGNMENT;
COMMENT ON CAST (pg_catalog.text AS @extschema@.contact_channel) IS
    'Assignment: reads a label as the text input does (a text parameter written to a contact_channel column)';
COMMENT ON CAST (pg_catalog.varchar AS @extschema@.contact_channel) IS
    'Assignment: reads a label as the text input does (JDBC setString sends varchar)';
-- Text functions and pattern matching on labels, as BI tools' "contains"
-- filters write them (lower(col) LIKE '%x%', col ILIKE '%x%'): on the
-- canonical label.
CREATE FUNCTION @extschema@.lower(@extschema@.contact_channel)
    RETURNS pg_catalog.text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT pg_catalog.lower($1::pg_catalog.text)$$;
CREATE FUNCTION @extschema@.upper(@extschema@.contact_channel)
    RETURNS pg_catalog.text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT pg_catalog.upper($1::pg_catalog.text)$$;
CREATE FUNCTION @extschema@.contact_channel_like(@extschema@.contact_channel, pg_catalog.text)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1::pg_catalog.text OPERATOR(pg_catalog.~~) $2$$;
CREATE FUNCTION @extschema@.contact_channel_not_like(@extschema@.contact_channel, pg_catalog.text)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1::pg_catalog.text OPERATOR(pg_catalog.!~~) $2$$;
CREATE FUNCTION @extschema@.contact_channel_ilike(@extschema@.contact_channel, pg_catalog.text)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1::pg_catalog.text OPERATOR(pg_catalog.~~*) $2$$;
CREATE FUNCTION @extschema@.contact_channel_not_ilike(@extschema@.contact_channel, pg_catalog.text)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1::pg_catalog.text OPERATOR(pg_catalog.!~~*) $2$$;
COMMENT ON FUNCTION @extschema@.lower(@extschema@.contact_channel) IS 'The canonical contact_channel label in lower case (labels are)';
COMMENT ON FUNCTION @extschema@.upper(@extschema@.contact_channel) IS 'The canonical contact_channel label in upper case';
COMMENT ON FUNCTION @extschema@.contact_channel_like(@extschema@.contact_channel, pg_catalog.text) IS 'Implements LIKE for contact_channel: the canonical label matches the pattern';
COMMENT ON FUNCTION @extschema@.contact_channel_not_like(@extschema@.contact_channel, pg_catalog.text) IS 'Implements NOT LIKE for contact_channel';
COMMENT ON FUNCTION @extschema@.contact_channel_ilike(@extschema@.contact_channel, pg_catalog.text) IS 'Implements ILIKE for contact_channel: the canonical label matches the pattern, case aside';
COMMENT ON FUNCTION @extschema@.contact_channel_not_ilike(@extschema@.contact_channel, pg_catalog.text) IS 'Implements NOT ILIKE for contact_channel';
CREATE OPERATOR @extschema@.~~ (LEFTARG = @extschema@.contact_channel, RIGHTARG = pg_catalog.text,
    FUNCTION = @extschema@.contact_channel_like, NEGATOR = OPERATOR(@extschema@.!~~));
CREATE OPERATOR @extschema@.!~~ (LEFTARG = @extschema@.contact_channel, RIGHTARG = pg_catalog.text,
    FUNCTION = @extschema@.contact_channel_not_like, NEGATOR = OPERATOR(@extschema@.~~));
CREATE OPERATOR @extschema@.~~* (LEFTARG = @extschema@.contact_channel, RIGHTARG = pg_catalog.text,
    FUNCTION = @extschema@.contact_channel_ilike, NEGATOR = OPERATOR(@extschema@.!~~*));
CREATE OPERATOR @extschema@.!~~* (LEFTARG = @extschema@.contact_channel, RIGHTARG = pg_catalog.text,
    FUNCTION = @extschema@.contact_channel_not_ilike, NEGATOR = OPERATOR(@extschema@.~~*));
COMMENT ON OPERATOR @extschema@.~~ (@extschema@.contact_channel, pg_catalog.text) IS 'LIKE on the canonical contact_channel label';
COMMENT ON OPERATOR @extschema@.!~~ (@extschema@.contact_channel, pg_catalog.text) IS 'NOT LIKE on the canonical contact_channel label';
COMMENT ON OPERATOR @extschema@.~~* (@extschema@.contact_channel, pg_catalog.text) IS 'ILIKE on the canonical contact_channel label';
COMMENT ON OPERATOR @extschema@.!~~* (@extschema@.contact_channel, pg_catalog.text) IS 'NOT ILIKE on the canonical contact_channel label';
DROP CAST (pg_catalog.text AS @extschema@.org_level);
CREATE CAST (pg_catalog.text AS @extschema@.org_level) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.varchar AS @extschema@.org_level) WITH INOUT AS ASSIGNMENT;
COMMENT ON CAST (pg_catalog.text AS @extschema@.org_level) IS
    'Assignment: reads a label as the text input does (a text parameter written to a org_level column)';
COMMENT ON CAST (pg_catalog.varchar AS @extschema@.org_level) IS
    'Assignment: reads a label as the text input does (JDBC setString sends varchar)';
-- Text functions and pattern matching on labels, as BI tools' "contains"
-- filters write them (lower(col) LIKE '%x%', col ILIKE '%x%'): on the
-- canonical label.
CREATE FUNCTION @extschema@.lower(@extschema@.org_level)
    RETURNS pg_catalog.text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT pg_catalog.lower($1::pg_catalog.text)$$;
CREATE FUNCTION @extschema@.upper(@extschema@.org_level)
    RETURNS pg_catalog.text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT pg_catalog.upper($1::pg_catalog.text)$$;
CREATE FUNCTION @extschema@.org_level_like(@extschema@.org_level, pg_catalog.text)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1::pg_catalog.text OPERATOR(pg_catalog.~~) $2$$;
CREATE FUNCTION @extschema@.org_level_not_like(@extschema@.org_level, pg_catalog.text)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1::pg_catalog.text OPERATOR(pg_catalog.!~~) $2$$;
CREATE FUNCTION @extschema@.org_level_ilike(@extschema@.org_level, pg_catalog.text)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1::pg_catalog.text OPERATOR(pg_catalog.~~*) $2$$;
CREATE FUNCTION @extschema@.org_level_not_ilike(@extschema@.org_level, pg_catalog.text)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1::pg_catalog.text OPERATOR(pg_catalog.!~~*) $2$$;
COMMENT ON FUNCTION @extschema@.lower(@extschema@.org_level) IS 'The canonical org_level label in lower case (labels are)';
COMMENT ON FUNCTION @extschema@.upper(@extschema@.org_level) IS 'The canonical org_level label in upper case';
COMMENT ON FUNCTION @extschema@.org_level_like(@extschema@.org_level, pg_catalog.text) IS 'Implements LIKE for org_level: the canonical label matches the pattern';
COMMENT ON FUNCTION @extschema@.org_level_not_like(@extschema@.org_level, pg_catalog.text) IS 'Implements NOT LIKE for org_level';
COMMENT ON FUNCTION @extschema@.org_level_ilike(@extschema@.org_level, pg_catalog.text) IS 'Implements ILIKE for org_level: the canonical label matches the pattern, case aside';
COMMENT ON FUNCTION @extschema@.org_level_not_ilike(@extschema@.org_level, pg_catalog.text) IS 'Implements NOT ILIKE for org_level';
CREATE OPERATOR @extschema@.~~ (LEFTARG = @extschema@.org_level, RIGHTARG = pg_catalog.text,
    FUNCTION = @extschema@.org_level_like, NEGATOR = OPERATOR(@extschema@.!~~));
CREATE OPERATOR @extschema@.!~~ (LEFTARG = @extschema@.org_level, RIGHTARG = pg_catalog.text,
    FUNCTION = @extschema@.org_level_not_like, NEGATOR = OPERATOR(@extschema@.~~));
CREATE OPERATOR @extschema@.~~* (LEFTARG = @extschema@.org_level, RIGHTARG = pg_catalog.text,
    FUNCTION = @extschema@.org_level_ilike, NEGATOR = OPERATOR(@extschema@.!~~*));
CREATE OPERATOR @extschema@.!~~* (LEFTARG = @extschema@.org_level, RIGHTARG = pg_catalog.text,
    FUNCTION = @extschema@.org_level_not_ilike, NEGATOR = OPERATOR(@extschema@.~~*));
COMMENT ON OPERATOR @extschema@.~~ (@extschema@.org_level, pg_catalog.text) IS 'LIKE on the canonical org_level label';
COMMENT ON OPERATOR @extschema@.!~~ (@extschema@.org_level, pg_catalog.text) IS 'NOT LIKE on the canonical org_level label';
COMMENT ON OPERATOR @extschema@.~~* (@extschema@.org_level, pg_catalog.text) IS 'ILIKE on the canonical org_level label';
COMMENT ON OPERATOR @extschema@.!~~* (@extschema@.org_level, pg_catalog.text) IS 'NOT ILIKE on the canonical org_level label';
