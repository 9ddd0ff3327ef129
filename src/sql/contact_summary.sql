
-- ---------------------------------------------------------------------------
-- contact_summary: a bounded, mergeable, canonical summary of contacts
-- (DESIGN.md section 3; docs/contact_summary.md)
-- ---------------------------------------------------------------------------

CREATE TYPE @extschema@.contact_summary;

CREATE FUNCTION @extschema@.contact_summary_in(pg_catalog.cstring)
    RETURNS @extschema@.contact_summary
    AS 'MODULE_PATHNAME', 'contact_summary_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.contact_summary_out(@extschema@.contact_summary)
    RETURNS pg_catalog.cstring
    AS 'MODULE_PATHNAME', 'contact_summary_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.contact_summary_recv(pg_catalog.internal)
    RETURNS @extschema@.contact_summary
    AS 'MODULE_PATHNAME', 'contact_summary_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.contact_summary_send(@extschema@.contact_summary)
    RETURNS pg_catalog.bytea
    AS 'MODULE_PATHNAME', 'contact_summary_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.contact_summary (
    INPUT = @extschema@.contact_summary_in,
    OUTPUT = @extschema@.contact_summary_out,
    RECEIVE = @extschema@.contact_summary_recv,
    SEND = @extschema@.contact_summary_send,
    INTERNALLENGTH = VARIABLE,
    ALIGNMENT = int4,
    STORAGE = extended
);
COMMENT ON TYPE @extschema@.contact_summary IS
    'Mergeable summary of contacts between a vendor and a customer: counts per channel and level, people, active days, executive quarters, sentiment';

COMMENT ON FUNCTION @extschema@.contact_summary_in(pg_catalog.cstring) IS
    'Text input of contact_summary: accepts exactly the canonical text that the output gives';
COMMENT ON FUNCTION @extschema@.contact_summary_out(@extschema@.contact_summary) IS
    'Text output of contact_summary: key=value fields, readable and exact';
COMMENT ON FUNCTION @extschema@.contact_summary_recv(pg_catalog.internal) IS
    'Binary input of contact_summary: every field is checked';
COMMENT ON FUNCTION @extschema@.contact_summary_send(@extschema@.contact_summary) IS
    'Binary output of contact_summary: every field in network byte order';

CREATE FUNCTION @extschema@.contact_summary_eq(@extschema@.contact_summary, @extschema@.contact_summary)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'contact_summary_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.contact_summary_ne(@extschema@.contact_summary, @extschema@.contact_summary)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'contact_summary_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.contact_summary_lt(@extschema@.contact_summary, @extschema@.contact_summary)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'contact_summary_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.contact_summary_le(@extschema@.contact_summary, @extschema@.contact_summary)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'contact_summary_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.contact_summary_gt(@extschema@.contact_summary, @extschema@.contact_summary)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'contact_summary_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.contact_summary_ge(@extschema@.contact_summary, @extschema@.contact_summary)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'contact_summary_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.contact_summary_cmp(@extschema@.contact_summary, @extschema@.contact_summary)
    RETURNS pg_catalog.int4
    AS 'MODULE_PATHNAME', 'contact_summary_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.contact_summary_hash(@extschema@.contact_summary)
    RETURNS pg_catalog.int4
    AS 'MODULE_PATHNAME', 'contact_summary_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.contact_summary_hash_extended(@extschema@.contact_summary, pg_catalog.int8)
    RETURNS pg_catalog.int8
    AS 'MODULE_PATHNAME', 'contact_summary_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.contact_summary_eq(@extschema@.contact_summary, @extschema@.contact_summary) IS
    'Implements = for contact_summary: the same contacts summarised (the canonical bytes are equal)';
COMMENT ON FUNCTION @extschema@.contact_summary_ne(@extschema@.contact_summary, @extschema@.contact_summary) IS
    'Implements <> for contact_summary';
COMMENT ON FUNCTION @extschema@.contact_summary_lt(@extschema@.contact_summary, @extschema@.contact_summary) IS
    'Implements < for contact_summary (the btree order: contacts, first contact, last contact, then the bytes)';
COMMENT ON FUNCTION @extschema@.contact_summary_le(@extschema@.contact_summary, @extschema@.contact_summary) IS
    'Implements <= for contact_summary';
COMMENT ON FUNCTION @extschema@.contact_summary_gt(@extschema@.contact_summary, @extschema@.contact_summary) IS
    'Implements > for contact_summary';
COMMENT ON FUNCTION @extschema@.contact_summary_ge(@extschema@.contact_summary, @extschema@.contact_summary) IS
    'Implements >= for contact_summary';
COMMENT ON FUNCTION @extschema@.contact_summary_cmp(@extschema@.contact_summary, @extschema@.contact_summary) IS
    'Btree support for contact_summary: orders by contacts, first contact, last contact, then the canonical bytes (to sort and index by, not a ranking)';
COMMENT ON FUNCTION @extschema@.contact_summary_hash(@extschema@.contact_summary) IS
    'Hash support for contact_summary (GROUP BY, DISTINCT, hash joins)';
COMMENT ON FUNCTION @extschema@.contact_summary_hash_extended(@extschema@.contact_summary, pg_catalog.int8) IS
    'Seeded 64-bit hash support for contact_summary';

CREATE OPERATOR @extschema@.= (
    LEFTARG = @extschema@.contact_summary, RIGHTARG = @extschema@.contact_summary,
    FUNCTION = @extschema@.contact_summary_eq,
    COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel, HASHES, MERGES
);
CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.contact_summary, RIGHTARG = @extschema@.contact_summary,
    FUNCTION = @extschema@.contact_summary_ne,
    COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
    RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR @extschema@.< (
    LEFTARG = @extschema@.contact_summary, RIGHTARG = @extschema@.contact_summary,
    FUNCTION = @extschema@.contact_summary_lt,
    COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
    RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
CREATE OPERATOR @extschema@.<= (
    LEFTARG = @extschema@.contact_summary, RIGHTARG = @extschema@.contact_summary,
    FUNCTION = @extschema@.contact_summary_le,
    COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
    RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
CREATE OPERATOR @extschema@.> (
    LEFTARG = @extschema@.contact_summary, RIGHTARG = @extschema@.contact_summary,
    FUNCTION = @extschema@.contact_summary_gt,
    COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
    RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
CREATE OPERATOR @extschema@.>= (
    LEFTARG = @extschema@.contact_summary, RIGHTARG = @extschema@.contact_summary,
    FUNCTION = @extschema@.contact_summary_ge,
    COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
    RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);
COMMENT ON OPERATOR @extschema@.= (@extschema@.contact_summary, @extschema@.contact_summary) IS 'equal';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.contact_summary, @extschema@.contact_summary) IS 'not equal';
COMMENT ON OPERATOR @extschema@.< (@extschema@.contact_summary, @extschema@.contact_summary) IS 'before in the btree order (fewer contacts first)';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.contact_summary, @extschema@.contact_summary) IS 'before in the btree order, or equal';
COMMENT ON OPERATOR @extschema@.> (@extschema@.contact_summary, @extschema@.contact_summary) IS 'after in the btree order (more contacts first)';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.contact_summary, @extschema@.contact_summary) IS 'after in the btree order, or equal';

CREATE OPERATOR CLASS @extschema@.contact_summary_ops
    DEFAULT FOR TYPE @extschema@.contact_summary USING btree AS
        OPERATOR 1 @extschema@.<,
        OPERATOR 2 @extschema@.<=,
        OPERATOR 3 @extschema@.=,
        OPERATOR 4 @extschema@.>=,
        OPERATOR 5 @extschema@.>,
        FUNCTION 1 @extschema@.contact_summary_cmp(@extschema@.contact_summary, @extschema@.contact_summary);
COMMENT ON OPERATOR CLASS @extschema@.contact_summary_ops USING btree IS
    'Default btree operator class for contact_summary: ORDER BY, DISTINCT, btree indexes, distribution keys';
COMMENT ON OPERATOR FAMILY @extschema@.contact_summary_ops USING btree IS
    'Btree operator family of contact_summary';

CREATE OPERATOR CLASS @extschema@.contact_summary_ops
    DEFAULT FOR TYPE @extschema@.contact_summary USING hash AS
        OPERATOR 1 @extschema@.=,
        FUNCTION 1 @extschema@.contact_summary_hash(@extschema@.contact_summary),
        FUNCTION 2 @extschema@.contact_summary_hash_extended(@extschema@.contact_summary, pg_catalog.int8);
COMMENT ON OPERATOR CLASS @extschema@.contact_summary_ops USING hash IS
    'Default hash operator class for contact_summary: GROUP BY, DISTINCT and hash joins on summaries';
COMMENT ON OPERATOR FAMILY @extschema@.contact_summary_ops USING hash IS
    'Hash operator family of contact_summary';

-- The aggregates: the state is a contact_summary, updated in place; while it
-- is built its span of days may have slack, which the final function drops.
CREATE FUNCTION @extschema@.contact_summary_transition(
        @extschema@.contact_summary, pg_catalog.timestamptz, @extschema@.contact_channel,
        pg_catalog.text, @extschema@.org_level, pg_catalog.text, @extschema@.org_level,
        pg_catalog.bool, pg_catalog.bool, pg_catalog.float8)
    RETURNS @extschema@.contact_summary
    AS 'MODULE_PATHNAME', 'contact_summary_transition' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.contact_summary_transition(
        @extschema@.contact_summary, pg_catalog.timestamptz, @extschema@.contact_channel,
        pg_catalog.text, pg_catalog.text)
    RETURNS @extschema@.contact_summary
    AS 'MODULE_PATHNAME', 'contact_summary_transition' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.contact_summary_combine(@extschema@.contact_summary, @extschema@.contact_summary)
    RETURNS @extschema@.contact_summary
    AS 'MODULE_PATHNAME', 'contact_summary_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.contact_summary_final(@extschema@.contact_summary)
    RETURNS @extschema@.contact_summary
    AS 'MODULE_PATHNAME', 'contact_summary_final' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.contact_summary_final(@extschema@.contact_summary) IS
    'Final function of contact_summary(...) and rollup: the stored form of the state (its held rows added, its span without the slack kept for growth); a value given instead of a state is checked and returned';
COMMENT ON FUNCTION @extschema@.contact_summary_transition(@extschema@.contact_summary, pg_catalog.timestamptz, @extschema@.contact_channel, pg_catalog.text, @extschema@.org_level, pg_catalog.text, @extschema@.org_level, pg_catalog.bool, pg_catalog.bool, pg_catalog.float8) IS
    'Transition function of contact_summary(...): adds one contact (rows without occurred_at are skipped)';
COMMENT ON FUNCTION @extschema@.contact_summary_transition(@extschema@.contact_summary, pg_catalog.timestamptz, @extschema@.contact_channel, pg_catalog.text, pg_catalog.text) IS
    'Transition function of the short form contact_summary(occurred_at, channel, vendor_person, customer_person)';
COMMENT ON FUNCTION @extschema@.contact_summary_combine(@extschema@.contact_summary, @extschema@.contact_summary) IS
    'Merges two contact summaries: combine function of contact_summary(...) and transition of rollup (the second is read as a value and checked, whatever its storage)';

-- SSPACE: what a state takes, so that hash aggregation plans and spills by
-- it (docs/decisions.md): an account's state over years (the summary with
-- its people's tallies, and the room for held rows) is about 4 KiB, and so is
-- rollup's (a summary with slack in its span; 2 KiB before 0.2.0 kept each
-- person's days and level).
CREATE AGGREGATE @extschema@.contact_summary(
        occurred_at pg_catalog.timestamptz, channel @extschema@.contact_channel,
        vendor_person pg_catalog.text, vendor_level @extschema@.org_level,
        customer_person pg_catalog.text, customer_level @extschema@.org_level,
        customer_initiated pg_catalog.bool, future_focused pg_catalog.bool,
        sentiment pg_catalog.float8) (
    SFUNC = @extschema@.contact_summary_transition,
    STYPE = @extschema@.contact_summary,
    FINALFUNC = @extschema@.contact_summary_final,
    COMBINEFUNC = @extschema@.contact_summary_combine,
    SSPACE = 4096,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.contact_summary(pg_catalog.timestamptz, @extschema@.contact_channel, pg_catalog.text, @extschema@.org_level, pg_catalog.text, @extschema@.org_level, pg_catalog.bool, pg_catalog.bool, pg_catalog.float8) IS
    'Summary of contacts, one row per contact; NULL occurred_at skips the row, other NULLs are not counted';

CREATE AGGREGATE @extschema@.contact_summary(
        occurred_at pg_catalog.timestamptz, channel @extschema@.contact_channel,
        vendor_person pg_catalog.text, customer_person pg_catalog.text) (
    SFUNC = @extschema@.contact_summary_transition,
    STYPE = @extschema@.contact_summary,
    FINALFUNC = @extschema@.contact_summary_final,
    COMBINEFUNC = @extschema@.contact_summary_combine,
    SSPACE = 4096,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.contact_summary(pg_catalog.timestamptz, @extschema@.contact_channel, pg_catalog.text, pg_catalog.text) IS
    'Summary of contacts, short form: time, channel and the two people';

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

CREATE AGGREGATE @extschema@.rollup(@extschema@.contact_summary) (
    SFUNC = @extschema@.contact_summary_combine,
    STYPE = @extschema@.contact_summary,
    FINALFUNC = @extschema@.contact_summary_final,
    COMBINEFUNC = @extschema@.contact_summary_combine,
    SSPACE = 4096,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rollup(@extschema@.contact_summary) IS
    'Merges contact summaries (per day to per quarter, per shard to total); also a window aggregate';

-- Accessors.
CREATE FUNCTION @extschema@.contact_count(s @extschema@.contact_summary) RETURNS pg_catalog.int8
    AS 'MODULE_PATHNAME', 'contact_count' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.first_contact(s @extschema@.contact_summary) RETURNS pg_catalog.timestamptz
    AS 'MODULE_PATHNAME', 'first_contact' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.last_contact(s @extschema@.contact_summary) RETURNS pg_catalog.timestamptz
    AS 'MODULE_PATHNAME', 'last_contact' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.channel_mix(s @extschema@.contact_summary) RETURNS pg_catalog.jsonb
    AS 'MODULE_PATHNAME', 'channel_mix' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.personal_share(s @extschema@.contact_summary) RETURNS pg_catalog.float8
    AS 'MODULE_PATHNAME', 'personal_share' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.customer_breadth(s @extschema@.contact_summary) RETURNS pg_catalog.int8
    AS 'MODULE_PATHNAME', 'customer_breadth' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.vendor_breadth(s @extschema@.contact_summary) RETURNS pg_catalog.int8
    AS 'MODULE_PATHNAME', 'vendor_breadth' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.diamond_index(s @extschema@.contact_summary) RETURNS pg_catalog.float8
    AS 'MODULE_PATHNAME', 'diamond_index' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.exec_coverage(s @extschema@.contact_summary) RETURNS pg_catalog.float8
    AS 'MODULE_PATHNAME', 'exec_coverage' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.active_week_share(s @extschema@.contact_summary) RETURNS pg_catalog.float8
    AS 'MODULE_PATHNAME', 'active_week_share' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.longest_silence(s @extschema@.contact_summary) RETURNS pg_catalog.interval
    AS 'MODULE_PATHNAME', 'longest_silence' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.future_share(s @extschema@.contact_summary) RETURNS pg_catalog.float8
    AS 'MODULE_PATHNAME', 'future_share' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.reciprocity(s @extschema@.contact_summary) RETURNS pg_catalog.float8
    AS 'MODULE_PATHNAME', 'reciprocity' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.experience(s @extschema@.contact_summary, as_of pg_catalog.timestamptz) RETURNS pg_catalog.float8
    AS 'MODULE_PATHNAME', 'experience' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.usual_gap(s @extschema@.contact_summary) RETURNS pg_catalog.interval
    AS 'MODULE_PATHNAME', 'usual_gap' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.contact_days(s @extschema@.contact_summary, as_of pg_catalog.timestamptz, days pg_catalog.int4) RETURNS pg_catalog.int4
    AS 'MODULE_PATHNAME', 'contact_days' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.exec_quarters(s @extschema@.contact_summary, as_of pg_catalog.timestamptz, quarters pg_catalog.int4) RETURNS pg_catalog.int4
    AS 'MODULE_PATHNAME', 'exec_quarters' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.sentiment_mean(s @extschema@.contact_summary, as_of pg_catalog.timestamptz, quarters pg_catalog.int4) RETURNS pg_catalog.float8
    AS 'MODULE_PATHNAME', 'sentiment_mean' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.rated_contacts(s @extschema@.contact_summary, as_of pg_catalog.timestamptz, quarters pg_catalog.int4) RETURNS pg_catalog.int8
    AS 'MODULE_PATHNAME', 'rated_contacts' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.vendor_lead_share(s @extschema@.contact_summary) RETURNS pg_catalog.float8
    AS 'MODULE_PATHNAME', 'vendor_lead_share' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.customer_lead_share(s @extschema@.contact_summary) RETURNS pg_catalog.float8
    AS 'MODULE_PATHNAME', 'customer_lead_share' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.contact_count(@extschema@.contact_summary) IS
    'Number of contacts summarised';
COMMENT ON FUNCTION @extschema@.first_contact(@extschema@.contact_summary) IS
    'Time of the first contact';
COMMENT ON FUNCTION @extschema@.last_contact(@extschema@.contact_summary) IS
    'Time of the last contact';
COMMENT ON FUNCTION @extschema@.channel_mix(@extschema@.contact_summary) IS
    'Share of each channel among the contacts whose channel is known (jsonb, all eight channels)';
COMMENT ON FUNCTION @extschema@.personal_share(@extschema@.contact_summary) IS
    'Share of face_to_face, video and phone among the contacts whose channel is known';
COMMENT ON FUNCTION @extschema@.customer_breadth(@extschema@.contact_summary) IS
    'Distinct customer people: exact up to 127, estimated (about 9% error) beyond';
COMMENT ON FUNCTION @extschema@.vendor_breadth(@extschema@.contact_summary) IS
    'Distinct vendor people: exact up to 127, estimated (about 9% error) beyond';
COMMENT ON FUNCTION @extschema@.diamond_index(@extschema@.contact_summary) IS
    '0 = bow-tie (one salesperson, one buyer, one level) .. 1 = diamond (many people across levels on both sides)';
COMMENT ON FUNCTION @extschema@.exec_coverage(@extschema@.contact_summary) IS
    'Share of the calendar quarters of the span with an executive-to-executive meeting or call (face_to_face, video, phone)';
COMMENT ON FUNCTION @extschema@.active_week_share(@extschema@.contact_summary) IS
    'Share of the weeks (Monday to Sunday, UTC) of the span with at least one contact';
COMMENT ON FUNCTION @extschema@.longest_silence(@extschema@.contact_summary) IS
    'Longest time between two consecutive days with contacts (whole days, UTC)';
COMMENT ON FUNCTION @extschema@.future_share(@extschema@.contact_summary) IS
    'Share of future-focused contacts among those whose focus is known';
COMMENT ON FUNCTION @extschema@.reciprocity(@extschema@.contact_summary) IS
    '1 when customer- and vendor-initiated contacts balance, 0 when all go one way';
COMMENT ON FUNCTION @extschema@.experience(@extschema@.contact_summary, pg_catalog.timestamptz) IS
    'Balance of good and bad sentiment as of a time, -1..1; bad experiences decay slower than good ones';
COMMENT ON FUNCTION @extschema@.usual_gap(@extschema@.contact_summary) IS
    'Usual time between contact days over the year ending with the last contact; NULL with fewer than two contact days in it';
COMMENT ON FUNCTION @extschema@.contact_days(@extschema@.contact_summary, pg_catalog.timestamptz, pg_catalog.int4) IS
    'Days with at least one contact among the given number of UTC days ending with as_of''s day';
COMMENT ON FUNCTION @extschema@.exec_quarters(@extschema@.contact_summary, pg_catalog.timestamptz, pg_catalog.int4) IS
    'Calendar quarters with an executive meeting or call among the given number of quarters ending with as_of''s quarter';
COMMENT ON FUNCTION @extschema@.sentiment_mean(@extschema@.contact_summary, pg_catalog.timestamptz, pg_catalog.int4) IS
    'Mean sentiment (-1..1) of the contacts rated in the given number of calendar quarters ending with as_of''s quarter; NULL if none';
COMMENT ON FUNCTION @extschema@.rated_contacts(@extschema@.contact_summary, pg_catalog.timestamptz, pg_catalog.int4) IS
    'Contacts with a sentiment in the given number of calendar quarters ending with as_of''s quarter';
COMMENT ON FUNCTION @extschema@.vendor_lead_share(@extschema@.contact_summary) IS
    'Share of the contacts with a known vendor person that the most frequent vendor person takes part in; NULL if none';
COMMENT ON FUNCTION @extschema@.customer_lead_share(@extschema@.contact_summary) IS
    'Share of the contacts with a known customer person that the most frequent customer person takes part in; NULL if none';

-- The people a summary keeps (from 0.2.0): the key of a name, and a row per
-- person with their figures.  people is not STRICT: without as_of, days_quiet
-- is NULL.
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
