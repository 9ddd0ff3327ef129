-- attune: B2B customer/supplier relationship analytics.
-- This install script is made by `make` from the files in src/sql/; edit
-- those, not the script.  Every name is qualified (@extschema@ or
-- pg_catalog), so objects already in the target schema cannot capture a
-- reference made here.

\echo Use "CREATE EXTENSION attune" to load this file. \quit

-- ---------------------------------------------------------------------------
-- rel_stage: an ordered label type (one byte, passed by value).  This block is
-- made from src/sql/label_type.sql.in, once per label type.
-- ---------------------------------------------------------------------------

CREATE TYPE @extschema@.rel_stage;

CREATE FUNCTION @extschema@.rel_stage_in(pg_catalog.cstring)
    RETURNS @extschema@.rel_stage
    AS 'MODULE_PATHNAME', 'rel_stage_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.rel_stage_out(@extschema@.rel_stage)
    RETURNS pg_catalog.cstring
    AS 'MODULE_PATHNAME', 'rel_stage_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.rel_stage_recv(pg_catalog.internal)
    RETURNS @extschema@.rel_stage
    AS 'MODULE_PATHNAME', 'rel_stage_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.rel_stage_send(@extschema@.rel_stage)
    RETURNS pg_catalog.bytea
    AS 'MODULE_PATHNAME', 'rel_stage_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.rel_stage (
    INPUT = @extschema@.rel_stage_in,
    OUTPUT = @extschema@.rel_stage_out,
    RECEIVE = @extschema@.rel_stage_recv,
    SEND = @extschema@.rel_stage_send,
    INTERNALLENGTH = 1,
    PASSEDBYVALUE,
    ALIGNMENT = char,
    STORAGE = plain
);

COMMENT ON FUNCTION @extschema@.rel_stage_in(pg_catalog.cstring) IS
    'Text input of rel_stage: a label, read ignoring case, spaces, hyphens and underscores';
COMMENT ON FUNCTION @extschema@.rel_stage_out(@extschema@.rel_stage) IS
    'Text output of rel_stage: the canonical label';
COMMENT ON FUNCTION @extschema@.rel_stage_recv(pg_catalog.internal) IS
    'Binary input of rel_stage: one byte holding the label''s integer value';
COMMENT ON FUNCTION @extschema@.rel_stage_send(@extschema@.rel_stage) IS
    'Binary output of rel_stage: one byte holding the label''s integer value';

-- Comparison: labels order as DESIGN.md section 1 lists them.
CREATE FUNCTION @extschema@.rel_stage_eq(@extschema@.rel_stage, @extschema@.rel_stage)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'attune_label_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.rel_stage_ne(@extschema@.rel_stage, @extschema@.rel_stage)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'attune_label_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.rel_stage_lt(@extschema@.rel_stage, @extschema@.rel_stage)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'attune_label_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.rel_stage_le(@extschema@.rel_stage, @extschema@.rel_stage)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'attune_label_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.rel_stage_gt(@extschema@.rel_stage, @extschema@.rel_stage)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'attune_label_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.rel_stage_ge(@extschema@.rel_stage, @extschema@.rel_stage)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'attune_label_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.rel_stage_cmp(@extschema@.rel_stage, @extschema@.rel_stage)
    RETURNS pg_catalog.int4
    AS 'MODULE_PATHNAME', 'attune_label_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.rel_stage_hash(@extschema@.rel_stage)
    RETURNS pg_catalog.int4
    AS 'MODULE_PATHNAME', 'attune_label_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.rel_stage_hash_extended(@extschema@.rel_stage, pg_catalog.int8)
    RETURNS pg_catalog.int8
    AS 'MODULE_PATHNAME', 'attune_label_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.rel_stage_smaller(@extschema@.rel_stage, @extschema@.rel_stage)
    RETURNS @extschema@.rel_stage
    AS 'MODULE_PATHNAME', 'attune_label_smaller' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.rel_stage_larger(@extschema@.rel_stage, @extschema@.rel_stage)
    RETURNS @extschema@.rel_stage
    AS 'MODULE_PATHNAME', 'attune_label_larger' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.rel_stage_eq(@extschema@.rel_stage, @extschema@.rel_stage) IS
    'Implements = for rel_stage: the two labels are the same';
COMMENT ON FUNCTION @extschema@.rel_stage_ne(@extschema@.rel_stage, @extschema@.rel_stage) IS
    'Implements <> for rel_stage: the two labels differ';
COMMENT ON FUNCTION @extschema@.rel_stage_lt(@extschema@.rel_stage, @extschema@.rel_stage) IS
    'Implements < for rel_stage: the first label comes before the second';
COMMENT ON FUNCTION @extschema@.rel_stage_le(@extschema@.rel_stage, @extschema@.rel_stage) IS
    'Implements <= for rel_stage: the first label comes before the second or is the same';
COMMENT ON FUNCTION @extschema@.rel_stage_gt(@extschema@.rel_stage, @extschema@.rel_stage) IS
    'Implements > for rel_stage: the first label comes after the second';
COMMENT ON FUNCTION @extschema@.rel_stage_ge(@extschema@.rel_stage, @extschema@.rel_stage) IS
    'Implements >= for rel_stage: the first label comes after the second or is the same';
COMMENT ON FUNCTION @extschema@.rel_stage_cmp(@extschema@.rel_stage, @extschema@.rel_stage) IS
    'Btree support for rel_stage: negative, zero or positive as the first label comes before, is, or comes after the second';
COMMENT ON FUNCTION @extschema@.rel_stage_hash(@extschema@.rel_stage) IS
    'Hash support for rel_stage (hash joins, hash aggregation, hash indexes)';
COMMENT ON FUNCTION @extschema@.rel_stage_hash_extended(@extschema@.rel_stage, pg_catalog.int8) IS
    'Seeded 64-bit hash support for rel_stage (hash partitioning)';
COMMENT ON FUNCTION @extschema@.rel_stage_smaller(@extschema@.rel_stage, @extschema@.rel_stage) IS
    'The earlier of two rel_stage labels (transition function of min)';
COMMENT ON FUNCTION @extschema@.rel_stage_larger(@extschema@.rel_stage, @extschema@.rel_stage) IS
    'The later of two rel_stage labels (transition function of max)';

CREATE OPERATOR @extschema@.= (
    LEFTARG = @extschema@.rel_stage, RIGHTARG = @extschema@.rel_stage,
    FUNCTION = @extschema@.rel_stage_eq,
    COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel,
    HASHES, MERGES
);
CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.rel_stage, RIGHTARG = @extschema@.rel_stage,
    FUNCTION = @extschema@.rel_stage_ne,
    COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
    RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR @extschema@.< (
    LEFTARG = @extschema@.rel_stage, RIGHTARG = @extschema@.rel_stage,
    FUNCTION = @extschema@.rel_stage_lt,
    COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
    RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
CREATE OPERATOR @extschema@.<= (
    LEFTARG = @extschema@.rel_stage, RIGHTARG = @extschema@.rel_stage,
    FUNCTION = @extschema@.rel_stage_le,
    COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
    RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
CREATE OPERATOR @extschema@.> (
    LEFTARG = @extschema@.rel_stage, RIGHTARG = @extschema@.rel_stage,
    FUNCTION = @extschema@.rel_stage_gt,
    COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
    RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
CREATE OPERATOR @extschema@.>= (
    LEFTARG = @extschema@.rel_stage, RIGHTARG = @extschema@.rel_stage,
    FUNCTION = @extschema@.rel_stage_ge,
    COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
    RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);

COMMENT ON OPERATOR @extschema@.= (@extschema@.rel_stage, @extschema@.rel_stage) IS 'equal';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.rel_stage, @extschema@.rel_stage) IS 'not equal';
COMMENT ON OPERATOR @extschema@.< (@extschema@.rel_stage, @extschema@.rel_stage) IS 'less than (earlier in the label order)';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.rel_stage, @extschema@.rel_stage) IS 'less than or equal';
COMMENT ON OPERATOR @extschema@.> (@extschema@.rel_stage, @extschema@.rel_stage) IS 'greater than (later in the label order)';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.rel_stage, @extschema@.rel_stage) IS 'greater than or equal';

CREATE OPERATOR CLASS @extschema@.rel_stage_ops
    DEFAULT FOR TYPE @extschema@.rel_stage USING btree AS
        OPERATOR 1 @extschema@.<,
        OPERATOR 2 @extschema@.<=,
        OPERATOR 3 @extschema@.=,
        OPERATOR 4 @extschema@.>=,
        OPERATOR 5 @extschema@.>,
        FUNCTION 1 @extschema@.rel_stage_cmp(@extschema@.rel_stage, @extschema@.rel_stage),
        FUNCTION 4 pg_catalog.btequalimage(pg_catalog.oid);
CREATE OPERATOR CLASS @extschema@.rel_stage_ops
    DEFAULT FOR TYPE @extschema@.rel_stage USING hash AS
        OPERATOR 1 @extschema@.=,
        FUNCTION 1 @extschema@.rel_stage_hash(@extschema@.rel_stage),
        FUNCTION 2 @extschema@.rel_stage_hash_extended(@extschema@.rel_stage, pg_catalog.int8);

COMMENT ON OPERATOR CLASS @extschema@.rel_stage_ops USING btree IS
    'Default btree operator class for rel_stage: ORDER BY, indexes, merge joins, min and max';
COMMENT ON OPERATOR FAMILY @extschema@.rel_stage_ops USING btree IS
    'Btree operator family of rel_stage';
COMMENT ON OPERATOR CLASS @extschema@.rel_stage_ops USING hash IS
    'Default hash operator class for rel_stage: hash joins, hash aggregation, hash indexes and partitions';
COMMENT ON OPERATOR FAMILY @extschema@.rel_stage_ops USING hash IS
    'Hash operator family of rel_stage';

CREATE AGGREGATE @extschema@.min(@extschema@.rel_stage) (
    SFUNC = @extschema@.rel_stage_smaller,
    STYPE = @extschema@.rel_stage,
    COMBINEFUNC = @extschema@.rel_stage_smaller,
    SORTOP = OPERATOR(@extschema@.<),
    PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.max(@extschema@.rel_stage) (
    SFUNC = @extschema@.rel_stage_larger,
    STYPE = @extschema@.rel_stage,
    COMBINEFUNC = @extschema@.rel_stage_larger,
    SORTOP = OPERATOR(@extschema@.>),
    PARALLEL = SAFE
);

COMMENT ON AGGREGATE @extschema@.min(@extschema@.rel_stage) IS
    'The earliest rel_stage label of the group (NULLs skipped)';
COMMENT ON AGGREGATE @extschema@.max(@extschema@.rel_stage) IS
    'The latest rel_stage label of the group (NULLs skipped)';

-- Casts: integers by the label's position (DESIGN.md section 1), text by
-- the type's text input and output.
CREATE FUNCTION @extschema@.rel_stage(pg_catalog.int4)
    RETURNS @extschema@.rel_stage
    AS 'MODULE_PATHNAME', 'rel_stage_from_int4' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.int4(@extschema@.rel_stage)
    RETURNS pg_catalog.int4
    AS 'MODULE_PATHNAME', 'rel_stage_to_int4' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.rel_stage(pg_catalog.int4) IS
    'The rel_stage label at this integer position; out of range is an error (22003)';
COMMENT ON FUNCTION @extschema@.int4(@extschema@.rel_stage) IS
    'The integer position of a rel_stage label';

CREATE CAST (pg_catalog.int4 AS @extschema@.rel_stage)
    WITH FUNCTION @extschema@.rel_stage(pg_catalog.int4);
CREATE CAST (@extschema@.rel_stage AS pg_catalog.int4)
    WITH FUNCTION @extschema@.int4(@extschema@.rel_stage);
CREATE CAST (pg_catalog.text AS @extschema@.rel_stage) WITH INOUT;
CREATE CAST (@extschema@.rel_stage AS pg_catalog.text) WITH INOUT AS ASSIGNMENT;

COMMENT ON CAST (pg_catalog.int4 AS @extschema@.rel_stage) IS
    'Explicit: the label at this integer position';
COMMENT ON CAST (@extschema@.rel_stage AS pg_catalog.int4) IS
    'Explicit: the integer position of the label';
COMMENT ON CAST (pg_catalog.text AS @extschema@.rel_stage) IS
    'Explicit: reads a label as the text input does';
COMMENT ON CAST (@extschema@.rel_stage AS pg_catalog.text) IS
    'Assignment: the canonical label';

-- Comparison with text: a parameter typed text or varchar (what JDBC's
-- setString and many drivers send) compares with a label column as its
-- label, read by the text input.  SQL functions, inlined by the planner into
-- label OP text::label, so that an index on the label column serves them.
-- An unknown literal still resolves to the label = label operator.
CREATE FUNCTION @extschema@.rel_stage_eq_text(@extschema@.rel_stage, pg_catalog.text)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1 OPERATOR(@extschema@.=) $2::@extschema@.rel_stage$$;
CREATE FUNCTION @extschema@.text_eq_rel_stage(pg_catalog.text, @extschema@.rel_stage)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1::@extschema@.rel_stage OPERATOR(@extschema@.=) $2$$;
CREATE FUNCTION @extschema@.rel_stage_ne_text(@extschema@.rel_stage, pg_catalog.text)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1 OPERATOR(@extschema@.<>) $2::@extschema@.rel_stage$$;
CREATE FUNCTION @extschema@.text_ne_rel_stage(pg_catalog.text, @extschema@.rel_stage)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1::@extschema@.rel_stage OPERATOR(@extschema@.<>) $2$$;
CREATE FUNCTION @extschema@.rel_stage_lt_text(@extschema@.rel_stage, pg_catalog.text)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1 OPERATOR(@extschema@.<) $2::@extschema@.rel_stage$$;
CREATE FUNCTION @extschema@.text_lt_rel_stage(pg_catalog.text, @extschema@.rel_stage)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1::@extschema@.rel_stage OPERATOR(@extschema@.<) $2$$;
CREATE FUNCTION @extschema@.rel_stage_le_text(@extschema@.rel_stage, pg_catalog.text)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1 OPERATOR(@extschema@.<=) $2::@extschema@.rel_stage$$;
CREATE FUNCTION @extschema@.text_le_rel_stage(pg_catalog.text, @extschema@.rel_stage)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1::@extschema@.rel_stage OPERATOR(@extschema@.<=) $2$$;
CREATE FUNCTION @extschema@.rel_stage_gt_text(@extschema@.rel_stage, pg_catalog.text)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1 OPERATOR(@extschema@.>) $2::@extschema@.rel_stage$$;
CREATE FUNCTION @extschema@.text_gt_rel_stage(pg_catalog.text, @extschema@.rel_stage)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1::@extschema@.rel_stage OPERATOR(@extschema@.>) $2$$;
CREATE FUNCTION @extschema@.rel_stage_ge_text(@extschema@.rel_stage, pg_catalog.text)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1 OPERATOR(@extschema@.>=) $2::@extschema@.rel_stage$$;
CREATE FUNCTION @extschema@.text_ge_rel_stage(pg_catalog.text, @extschema@.rel_stage)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1::@extschema@.rel_stage OPERATOR(@extschema@.>=) $2$$;
COMMENT ON FUNCTION @extschema@.rel_stage_eq_text(@extschema@.rel_stage, pg_catalog.text) IS
    'Implements = between rel_stage and text: the label is the one the text names';
COMMENT ON FUNCTION @extschema@.text_eq_rel_stage(pg_catalog.text, @extschema@.rel_stage) IS
    'Implements = between text and rel_stage: the label the text names against the label, as = between two labels';
COMMENT ON FUNCTION @extschema@.rel_stage_ne_text(@extschema@.rel_stage, pg_catalog.text) IS
    'Implements <> between rel_stage and text: the label is not the one the text names';
COMMENT ON FUNCTION @extschema@.text_ne_rel_stage(pg_catalog.text, @extschema@.rel_stage) IS
    'Implements <> between text and rel_stage: the label the text names against the label, as <> between two labels';
COMMENT ON FUNCTION @extschema@.rel_stage_lt_text(@extschema@.rel_stage, pg_catalog.text) IS
    'Implements < between rel_stage and text: the label comes before the one the text names';
COMMENT ON FUNCTION @extschema@.text_lt_rel_stage(pg_catalog.text, @extschema@.rel_stage) IS
    'Implements < between text and rel_stage: the label the text names against the label, as < between two labels';
COMMENT ON FUNCTION @extschema@.rel_stage_le_text(@extschema@.rel_stage, pg_catalog.text) IS
    'Implements <= between rel_stage and text: the label comes before the one the text names or is it';
COMMENT ON FUNCTION @extschema@.text_le_rel_stage(pg_catalog.text, @extschema@.rel_stage) IS
    'Implements <= between text and rel_stage: the label the text names against the label, as <= between two labels';
COMMENT ON FUNCTION @extschema@.rel_stage_gt_text(@extschema@.rel_stage, pg_catalog.text) IS
    'Implements > between rel_stage and text: the label comes after the one the text names';
COMMENT ON FUNCTION @extschema@.text_gt_rel_stage(pg_catalog.text, @extschema@.rel_stage) IS
    'Implements > between text and rel_stage: the label the text names against the label, as > between two labels';
COMMENT ON FUNCTION @extschema@.rel_stage_ge_text(@extschema@.rel_stage, pg_catalog.text) IS
    'Implements >= between rel_stage and text: the label comes after the one the text names or is it';
COMMENT ON FUNCTION @extschema@.text_ge_rel_stage(pg_catalog.text, @extschema@.rel_stage) IS
    'Implements >= between text and rel_stage: the label the text names against the label, as >= between two labels';
CREATE OPERATOR @extschema@.= (
    LEFTARG = @extschema@.rel_stage, RIGHTARG = pg_catalog.text, FUNCTION = @extschema@.rel_stage_eq_text,
    COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel
);
CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.rel_stage, RIGHTARG = pg_catalog.text, FUNCTION = @extschema@.rel_stage_ne_text,
    COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
    RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR @extschema@.< (
    LEFTARG = @extschema@.rel_stage, RIGHTARG = pg_catalog.text, FUNCTION = @extschema@.rel_stage_lt_text,
    COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
    RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
CREATE OPERATOR @extschema@.<= (
    LEFTARG = @extschema@.rel_stage, RIGHTARG = pg_catalog.text, FUNCTION = @extschema@.rel_stage_le_text,
    COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
    RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
CREATE OPERATOR @extschema@.> (
    LEFTARG = @extschema@.rel_stage, RIGHTARG = pg_catalog.text, FUNCTION = @extschema@.rel_stage_gt_text,
    COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
    RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
CREATE OPERATOR @extschema@.>= (
    LEFTARG = @extschema@.rel_stage, RIGHTARG = pg_catalog.text, FUNCTION = @extschema@.rel_stage_ge_text,
    COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
    RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);
CREATE OPERATOR @extschema@.= (
    LEFTARG = pg_catalog.text, RIGHTARG = @extschema@.rel_stage, FUNCTION = @extschema@.text_eq_rel_stage,
    COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel
);
CREATE OPERATOR @extschema@.<> (
    LEFTARG = pg_catalog.text, RIGHTARG = @extschema@.rel_stage, FUNCTION = @extschema@.text_ne_rel_stage,
    COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
    RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR @extschema@.< (
    LEFTARG = pg_catalog.text, RIGHTARG = @extschema@.rel_stage, FUNCTION = @extschema@.text_lt_rel_stage,
    COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
    RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
CREATE OPERATOR @extschema@.<= (
    LEFTARG = pg_catalog.text, RIGHTARG = @extschema@.rel_stage, FUNCTION = @extschema@.text_le_rel_stage,
    COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
    RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
CREATE OPERATOR @extschema@.> (
    LEFTARG = pg_catalog.text, RIGHTARG = @extschema@.rel_stage, FUNCTION = @extschema@.text_gt_rel_stage,
    COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
    RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
CREATE OPERATOR @extschema@.>= (
    LEFTARG = pg_catalog.text, RIGHTARG = @extschema@.rel_stage, FUNCTION = @extschema@.text_ge_rel_stage,
    COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
    RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);
COMMENT ON OPERATOR @extschema@.= (@extschema@.rel_stage, pg_catalog.text) IS '= with the label a text names';
COMMENT ON OPERATOR @extschema@.= (pg_catalog.text, @extschema@.rel_stage) IS '= with the label a text names';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.rel_stage, pg_catalog.text) IS '<> with the label a text names';
COMMENT ON OPERATOR @extschema@.<> (pg_catalog.text, @extschema@.rel_stage) IS '<> with the label a text names';
COMMENT ON OPERATOR @extschema@.< (@extschema@.rel_stage, pg_catalog.text) IS '< with the label a text names';
COMMENT ON OPERATOR @extschema@.< (pg_catalog.text, @extschema@.rel_stage) IS '< with the label a text names';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.rel_stage, pg_catalog.text) IS '<= with the label a text names';
COMMENT ON OPERATOR @extschema@.<= (pg_catalog.text, @extschema@.rel_stage) IS '<= with the label a text names';
COMMENT ON OPERATOR @extschema@.> (@extschema@.rel_stage, pg_catalog.text) IS '> with the label a text names';
COMMENT ON OPERATOR @extschema@.> (pg_catalog.text, @extschema@.rel_stage) IS '> with the label a text names';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.rel_stage, pg_catalog.text) IS '>= with the label a text names';
COMMENT ON OPERATOR @extschema@.>= (pg_catalog.text, @extschema@.rel_stage) IS '>= with the label a text names';

-- ---------------------------------------------------------------------------
-- trust_level: an ordered label type (one byte, passed by value).  This block is
-- made from src/sql/label_type.sql.in, once per label type.
-- ---------------------------------------------------------------------------

CREATE TYPE @extschema@.trust_level;

CREATE FUNCTION @extschema@.trust_level_in(pg_catalog.cstring)
    RETURNS @extschema@.trust_level
    AS 'MODULE_PATHNAME', 'trust_level_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.trust_level_out(@extschema@.trust_level)
    RETURNS pg_catalog.cstring
    AS 'MODULE_PATHNAME', 'trust_level_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.trust_level_recv(pg_catalog.internal)
    RETURNS @extschema@.trust_level
    AS 'MODULE_PATHNAME', 'trust_level_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.trust_level_send(@extschema@.trust_level)
    RETURNS pg_catalog.bytea
    AS 'MODULE_PATHNAME', 'trust_level_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.trust_level (
    INPUT = @extschema@.trust_level_in,
    OUTPUT = @extschema@.trust_level_out,
    RECEIVE = @extschema@.trust_level_recv,
    SEND = @extschema@.trust_level_send,
    INTERNALLENGTH = 1,
    PASSEDBYVALUE,
    ALIGNMENT = char,
    STORAGE = plain
);

COMMENT ON FUNCTION @extschema@.trust_level_in(pg_catalog.cstring) IS
    'Text input of trust_level: a label, read ignoring case, spaces, hyphens and underscores';
COMMENT ON FUNCTION @extschema@.trust_level_out(@extschema@.trust_level) IS
    'Text output of trust_level: the canonical label';
COMMENT ON FUNCTION @extschema@.trust_level_recv(pg_catalog.internal) IS
    'Binary input of trust_level: one byte holding the label''s integer value';
COMMENT ON FUNCTION @extschema@.trust_level_send(@extschema@.trust_level) IS
    'Binary output of trust_level: one byte holding the label''s integer value';

-- Comparison: labels order as DESIGN.md section 1 lists them.
CREATE FUNCTION @extschema@.trust_level_eq(@extschema@.trust_level, @extschema@.trust_level)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'attune_label_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.trust_level_ne(@extschema@.trust_level, @extschema@.trust_level)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'attune_label_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.trust_level_lt(@extschema@.trust_level, @extschema@.trust_level)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'attune_label_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.trust_level_le(@extschema@.trust_level, @extschema@.trust_level)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'attune_label_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.trust_level_gt(@extschema@.trust_level, @extschema@.trust_level)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'attune_label_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.trust_level_ge(@extschema@.trust_level, @extschema@.trust_level)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'attune_label_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.trust_level_cmp(@extschema@.trust_level, @extschema@.trust_level)
    RETURNS pg_catalog.int4
    AS 'MODULE_PATHNAME', 'attune_label_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.trust_level_hash(@extschema@.trust_level)
    RETURNS pg_catalog.int4
    AS 'MODULE_PATHNAME', 'attune_label_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.trust_level_hash_extended(@extschema@.trust_level, pg_catalog.int8)
    RETURNS pg_catalog.int8
    AS 'MODULE_PATHNAME', 'attune_label_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.trust_level_smaller(@extschema@.trust_level, @extschema@.trust_level)
    RETURNS @extschema@.trust_level
    AS 'MODULE_PATHNAME', 'attune_label_smaller' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.trust_level_larger(@extschema@.trust_level, @extschema@.trust_level)
    RETURNS @extschema@.trust_level
    AS 'MODULE_PATHNAME', 'attune_label_larger' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.trust_level_eq(@extschema@.trust_level, @extschema@.trust_level) IS
    'Implements = for trust_level: the two labels are the same';
COMMENT ON FUNCTION @extschema@.trust_level_ne(@extschema@.trust_level, @extschema@.trust_level) IS
    'Implements <> for trust_level: the two labels differ';
COMMENT ON FUNCTION @extschema@.trust_level_lt(@extschema@.trust_level, @extschema@.trust_level) IS
    'Implements < for trust_level: the first label comes before the second';
COMMENT ON FUNCTION @extschema@.trust_level_le(@extschema@.trust_level, @extschema@.trust_level) IS
    'Implements <= for trust_level: the first label comes before the second or is the same';
COMMENT ON FUNCTION @extschema@.trust_level_gt(@extschema@.trust_level, @extschema@.trust_level) IS
    'Implements > for trust_level: the first label comes after the second';
COMMENT ON FUNCTION @extschema@.trust_level_ge(@extschema@.trust_level, @extschema@.trust_level) IS
    'Implements >= for trust_level: the first label comes after the second or is the same';
COMMENT ON FUNCTION @extschema@.trust_level_cmp(@extschema@.trust_level, @extschema@.trust_level) IS
    'Btree support for trust_level: negative, zero or positive as the first label comes before, is, or comes after the second';
COMMENT ON FUNCTION @extschema@.trust_level_hash(@extschema@.trust_level) IS
    'Hash support for trust_level (hash joins, hash aggregation, hash indexes)';
COMMENT ON FUNCTION @extschema@.trust_level_hash_extended(@extschema@.trust_level, pg_catalog.int8) IS
    'Seeded 64-bit hash support for trust_level (hash partitioning)';
COMMENT ON FUNCTION @extschema@.trust_level_smaller(@extschema@.trust_level, @extschema@.trust_level) IS
    'The earlier of two trust_level labels (transition function of min)';
COMMENT ON FUNCTION @extschema@.trust_level_larger(@extschema@.trust_level, @extschema@.trust_level) IS
    'The later of two trust_level labels (transition function of max)';

CREATE OPERATOR @extschema@.= (
    LEFTARG = @extschema@.trust_level, RIGHTARG = @extschema@.trust_level,
    FUNCTION = @extschema@.trust_level_eq,
    COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel,
    HASHES, MERGES
);
CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.trust_level, RIGHTARG = @extschema@.trust_level,
    FUNCTION = @extschema@.trust_level_ne,
    COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
    RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR @extschema@.< (
    LEFTARG = @extschema@.trust_level, RIGHTARG = @extschema@.trust_level,
    FUNCTION = @extschema@.trust_level_lt,
    COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
    RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
CREATE OPERATOR @extschema@.<= (
    LEFTARG = @extschema@.trust_level, RIGHTARG = @extschema@.trust_level,
    FUNCTION = @extschema@.trust_level_le,
    COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
    RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
CREATE OPERATOR @extschema@.> (
    LEFTARG = @extschema@.trust_level, RIGHTARG = @extschema@.trust_level,
    FUNCTION = @extschema@.trust_level_gt,
    COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
    RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
CREATE OPERATOR @extschema@.>= (
    LEFTARG = @extschema@.trust_level, RIGHTARG = @extschema@.trust_level,
    FUNCTION = @extschema@.trust_level_ge,
    COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
    RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);

COMMENT ON OPERATOR @extschema@.= (@extschema@.trust_level, @extschema@.trust_level) IS 'equal';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.trust_level, @extschema@.trust_level) IS 'not equal';
COMMENT ON OPERATOR @extschema@.< (@extschema@.trust_level, @extschema@.trust_level) IS 'less than (earlier in the label order)';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.trust_level, @extschema@.trust_level) IS 'less than or equal';
COMMENT ON OPERATOR @extschema@.> (@extschema@.trust_level, @extschema@.trust_level) IS 'greater than (later in the label order)';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.trust_level, @extschema@.trust_level) IS 'greater than or equal';

CREATE OPERATOR CLASS @extschema@.trust_level_ops
    DEFAULT FOR TYPE @extschema@.trust_level USING btree AS
        OPERATOR 1 @extschema@.<,
        OPERATOR 2 @extschema@.<=,
        OPERATOR 3 @extschema@.=,
        OPERATOR 4 @extschema@.>=,
        OPERATOR 5 @extschema@.>,
        FUNCTION 1 @extschema@.trust_level_cmp(@extschema@.trust_level, @extschema@.trust_level),
        FUNCTION 4 pg_catalog.btequalimage(pg_catalog.oid);
CREATE OPERATOR CLASS @extschema@.trust_level_ops
    DEFAULT FOR TYPE @extschema@.trust_level USING hash AS
        OPERATOR 1 @extschema@.=,
        FUNCTION 1 @extschema@.trust_level_hash(@extschema@.trust_level),
        FUNCTION 2 @extschema@.trust_level_hash_extended(@extschema@.trust_level, pg_catalog.int8);

COMMENT ON OPERATOR CLASS @extschema@.trust_level_ops USING btree IS
    'Default btree operator class for trust_level: ORDER BY, indexes, merge joins, min and max';
COMMENT ON OPERATOR FAMILY @extschema@.trust_level_ops USING btree IS
    'Btree operator family of trust_level';
COMMENT ON OPERATOR CLASS @extschema@.trust_level_ops USING hash IS
    'Default hash operator class for trust_level: hash joins, hash aggregation, hash indexes and partitions';
COMMENT ON OPERATOR FAMILY @extschema@.trust_level_ops USING hash IS
    'Hash operator family of trust_level';

CREATE AGGREGATE @extschema@.min(@extschema@.trust_level) (
    SFUNC = @extschema@.trust_level_smaller,
    STYPE = @extschema@.trust_level,
    COMBINEFUNC = @extschema@.trust_level_smaller,
    SORTOP = OPERATOR(@extschema@.<),
    PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.max(@extschema@.trust_level) (
    SFUNC = @extschema@.trust_level_larger,
    STYPE = @extschema@.trust_level,
    COMBINEFUNC = @extschema@.trust_level_larger,
    SORTOP = OPERATOR(@extschema@.>),
    PARALLEL = SAFE
);

COMMENT ON AGGREGATE @extschema@.min(@extschema@.trust_level) IS
    'The earliest trust_level label of the group (NULLs skipped)';
COMMENT ON AGGREGATE @extschema@.max(@extschema@.trust_level) IS
    'The latest trust_level label of the group (NULLs skipped)';

-- Casts: integers by the label's position (DESIGN.md section 1), text by
-- the type's text input and output.
CREATE FUNCTION @extschema@.trust_level(pg_catalog.int4)
    RETURNS @extschema@.trust_level
    AS 'MODULE_PATHNAME', 'trust_level_from_int4' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.int4(@extschema@.trust_level)
    RETURNS pg_catalog.int4
    AS 'MODULE_PATHNAME', 'trust_level_to_int4' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.trust_level(pg_catalog.int4) IS
    'The trust_level label at this integer position; out of range is an error (22003)';
COMMENT ON FUNCTION @extschema@.int4(@extschema@.trust_level) IS
    'The integer position of a trust_level label';

CREATE CAST (pg_catalog.int4 AS @extschema@.trust_level)
    WITH FUNCTION @extschema@.trust_level(pg_catalog.int4);
CREATE CAST (@extschema@.trust_level AS pg_catalog.int4)
    WITH FUNCTION @extschema@.int4(@extschema@.trust_level);
CREATE CAST (pg_catalog.text AS @extschema@.trust_level) WITH INOUT;
CREATE CAST (@extschema@.trust_level AS pg_catalog.text) WITH INOUT AS ASSIGNMENT;

COMMENT ON CAST (pg_catalog.int4 AS @extschema@.trust_level) IS
    'Explicit: the label at this integer position';
COMMENT ON CAST (@extschema@.trust_level AS pg_catalog.int4) IS
    'Explicit: the integer position of the label';
COMMENT ON CAST (pg_catalog.text AS @extschema@.trust_level) IS
    'Explicit: reads a label as the text input does';
COMMENT ON CAST (@extschema@.trust_level AS pg_catalog.text) IS
    'Assignment: the canonical label';

-- Comparison with text: a parameter typed text or varchar (what JDBC's
-- setString and many drivers send) compares with a label column as its
-- label, read by the text input.  SQL functions, inlined by the planner into
-- label OP text::label, so that an index on the label column serves them.
-- An unknown literal still resolves to the label = label operator.
CREATE FUNCTION @extschema@.trust_level_eq_text(@extschema@.trust_level, pg_catalog.text)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1 OPERATOR(@extschema@.=) $2::@extschema@.trust_level$$;
CREATE FUNCTION @extschema@.text_eq_trust_level(pg_catalog.text, @extschema@.trust_level)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1::@extschema@.trust_level OPERATOR(@extschema@.=) $2$$;
CREATE FUNCTION @extschema@.trust_level_ne_text(@extschema@.trust_level, pg_catalog.text)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1 OPERATOR(@extschema@.<>) $2::@extschema@.trust_level$$;
CREATE FUNCTION @extschema@.text_ne_trust_level(pg_catalog.text, @extschema@.trust_level)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1::@extschema@.trust_level OPERATOR(@extschema@.<>) $2$$;
CREATE FUNCTION @extschema@.trust_level_lt_text(@extschema@.trust_level, pg_catalog.text)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1 OPERATOR(@extschema@.<) $2::@extschema@.trust_level$$;
CREATE FUNCTION @extschema@.text_lt_trust_level(pg_catalog.text, @extschema@.trust_level)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1::@extschema@.trust_level OPERATOR(@extschema@.<) $2$$;
CREATE FUNCTION @extschema@.trust_level_le_text(@extschema@.trust_level, pg_catalog.text)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1 OPERATOR(@extschema@.<=) $2::@extschema@.trust_level$$;
CREATE FUNCTION @extschema@.text_le_trust_level(pg_catalog.text, @extschema@.trust_level)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1::@extschema@.trust_level OPERATOR(@extschema@.<=) $2$$;
CREATE FUNCTION @extschema@.trust_level_gt_text(@extschema@.trust_level, pg_catalog.text)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1 OPERATOR(@extschema@.>) $2::@extschema@.trust_level$$;
CREATE FUNCTION @extschema@.text_gt_trust_level(pg_catalog.text, @extschema@.trust_level)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1::@extschema@.trust_level OPERATOR(@extschema@.>) $2$$;
CREATE FUNCTION @extschema@.trust_level_ge_text(@extschema@.trust_level, pg_catalog.text)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1 OPERATOR(@extschema@.>=) $2::@extschema@.trust_level$$;
CREATE FUNCTION @extschema@.text_ge_trust_level(pg_catalog.text, @extschema@.trust_level)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1::@extschema@.trust_level OPERATOR(@extschema@.>=) $2$$;
COMMENT ON FUNCTION @extschema@.trust_level_eq_text(@extschema@.trust_level, pg_catalog.text) IS
    'Implements = between trust_level and text: the label is the one the text names';
COMMENT ON FUNCTION @extschema@.text_eq_trust_level(pg_catalog.text, @extschema@.trust_level) IS
    'Implements = between text and trust_level: the label the text names against the label, as = between two labels';
COMMENT ON FUNCTION @extschema@.trust_level_ne_text(@extschema@.trust_level, pg_catalog.text) IS
    'Implements <> between trust_level and text: the label is not the one the text names';
COMMENT ON FUNCTION @extschema@.text_ne_trust_level(pg_catalog.text, @extschema@.trust_level) IS
    'Implements <> between text and trust_level: the label the text names against the label, as <> between two labels';
COMMENT ON FUNCTION @extschema@.trust_level_lt_text(@extschema@.trust_level, pg_catalog.text) IS
    'Implements < between trust_level and text: the label comes before the one the text names';
COMMENT ON FUNCTION @extschema@.text_lt_trust_level(pg_catalog.text, @extschema@.trust_level) IS
    'Implements < between text and trust_level: the label the text names against the label, as < between two labels';
COMMENT ON FUNCTION @extschema@.trust_level_le_text(@extschema@.trust_level, pg_catalog.text) IS
    'Implements <= between trust_level and text: the label comes before the one the text names or is it';
COMMENT ON FUNCTION @extschema@.text_le_trust_level(pg_catalog.text, @extschema@.trust_level) IS
    'Implements <= between text and trust_level: the label the text names against the label, as <= between two labels';
COMMENT ON FUNCTION @extschema@.trust_level_gt_text(@extschema@.trust_level, pg_catalog.text) IS
    'Implements > between trust_level and text: the label comes after the one the text names';
COMMENT ON FUNCTION @extschema@.text_gt_trust_level(pg_catalog.text, @extschema@.trust_level) IS
    'Implements > between text and trust_level: the label the text names against the label, as > between two labels';
COMMENT ON FUNCTION @extschema@.trust_level_ge_text(@extschema@.trust_level, pg_catalog.text) IS
    'Implements >= between trust_level and text: the label comes after the one the text names or is it';
COMMENT ON FUNCTION @extschema@.text_ge_trust_level(pg_catalog.text, @extschema@.trust_level) IS
    'Implements >= between text and trust_level: the label the text names against the label, as >= between two labels';
CREATE OPERATOR @extschema@.= (
    LEFTARG = @extschema@.trust_level, RIGHTARG = pg_catalog.text, FUNCTION = @extschema@.trust_level_eq_text,
    COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel
);
CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.trust_level, RIGHTARG = pg_catalog.text, FUNCTION = @extschema@.trust_level_ne_text,
    COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
    RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR @extschema@.< (
    LEFTARG = @extschema@.trust_level, RIGHTARG = pg_catalog.text, FUNCTION = @extschema@.trust_level_lt_text,
    COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
    RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
CREATE OPERATOR @extschema@.<= (
    LEFTARG = @extschema@.trust_level, RIGHTARG = pg_catalog.text, FUNCTION = @extschema@.trust_level_le_text,
    COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
    RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
CREATE OPERATOR @extschema@.> (
    LEFTARG = @extschema@.trust_level, RIGHTARG = pg_catalog.text, FUNCTION = @extschema@.trust_level_gt_text,
    COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
    RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
CREATE OPERATOR @extschema@.>= (
    LEFTARG = @extschema@.trust_level, RIGHTARG = pg_catalog.text, FUNCTION = @extschema@.trust_level_ge_text,
    COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
    RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);
CREATE OPERATOR @extschema@.= (
    LEFTARG = pg_catalog.text, RIGHTARG = @extschema@.trust_level, FUNCTION = @extschema@.text_eq_trust_level,
    COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel
);
CREATE OPERATOR @extschema@.<> (
    LEFTARG = pg_catalog.text, RIGHTARG = @extschema@.trust_level, FUNCTION = @extschema@.text_ne_trust_level,
    COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
    RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR @extschema@.< (
    LEFTARG = pg_catalog.text, RIGHTARG = @extschema@.trust_level, FUNCTION = @extschema@.text_lt_trust_level,
    COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
    RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
CREATE OPERATOR @extschema@.<= (
    LEFTARG = pg_catalog.text, RIGHTARG = @extschema@.trust_level, FUNCTION = @extschema@.text_le_trust_level,
    COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
    RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
CREATE OPERATOR @extschema@.> (
    LEFTARG = pg_catalog.text, RIGHTARG = @extschema@.trust_level, FUNCTION = @extschema@.text_gt_trust_level,
    COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
    RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
CREATE OPERATOR @extschema@.>= (
    LEFTARG = pg_catalog.text, RIGHTARG = @extschema@.trust_level, FUNCTION = @extschema@.text_ge_trust_level,
    COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
    RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);
COMMENT ON OPERATOR @extschema@.= (@extschema@.trust_level, pg_catalog.text) IS '= with the label a text names';
COMMENT ON OPERATOR @extschema@.= (pg_catalog.text, @extschema@.trust_level) IS '= with the label a text names';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.trust_level, pg_catalog.text) IS '<> with the label a text names';
COMMENT ON OPERATOR @extschema@.<> (pg_catalog.text, @extschema@.trust_level) IS '<> with the label a text names';
COMMENT ON OPERATOR @extschema@.< (@extschema@.trust_level, pg_catalog.text) IS '< with the label a text names';
COMMENT ON OPERATOR @extschema@.< (pg_catalog.text, @extschema@.trust_level) IS '< with the label a text names';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.trust_level, pg_catalog.text) IS '<= with the label a text names';
COMMENT ON OPERATOR @extschema@.<= (pg_catalog.text, @extschema@.trust_level) IS '<= with the label a text names';
COMMENT ON OPERATOR @extschema@.> (@extschema@.trust_level, pg_catalog.text) IS '> with the label a text names';
COMMENT ON OPERATOR @extschema@.> (pg_catalog.text, @extschema@.trust_level) IS '> with the label a text names';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.trust_level, pg_catalog.text) IS '>= with the label a text names';
COMMENT ON OPERATOR @extschema@.>= (pg_catalog.text, @extschema@.trust_level) IS '>= with the label a text names';

-- ---------------------------------------------------------------------------
-- jbp_mode: an ordered label type (one byte, passed by value).  This block is
-- made from src/sql/label_type.sql.in, once per label type.
-- ---------------------------------------------------------------------------

CREATE TYPE @extschema@.jbp_mode;

CREATE FUNCTION @extschema@.jbp_mode_in(pg_catalog.cstring)
    RETURNS @extschema@.jbp_mode
    AS 'MODULE_PATHNAME', 'jbp_mode_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.jbp_mode_out(@extschema@.jbp_mode)
    RETURNS pg_catalog.cstring
    AS 'MODULE_PATHNAME', 'jbp_mode_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.jbp_mode_recv(pg_catalog.internal)
    RETURNS @extschema@.jbp_mode
    AS 'MODULE_PATHNAME', 'jbp_mode_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.jbp_mode_send(@extschema@.jbp_mode)
    RETURNS pg_catalog.bytea
    AS 'MODULE_PATHNAME', 'jbp_mode_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.jbp_mode (
    INPUT = @extschema@.jbp_mode_in,
    OUTPUT = @extschema@.jbp_mode_out,
    RECEIVE = @extschema@.jbp_mode_recv,
    SEND = @extschema@.jbp_mode_send,
    INTERNALLENGTH = 1,
    PASSEDBYVALUE,
    ALIGNMENT = char,
    STORAGE = plain
);

COMMENT ON FUNCTION @extschema@.jbp_mode_in(pg_catalog.cstring) IS
    'Text input of jbp_mode: a label, read ignoring case, spaces, hyphens and underscores';
COMMENT ON FUNCTION @extschema@.jbp_mode_out(@extschema@.jbp_mode) IS
    'Text output of jbp_mode: the canonical label';
COMMENT ON FUNCTION @extschema@.jbp_mode_recv(pg_catalog.internal) IS
    'Binary input of jbp_mode: one byte holding the label''s integer value';
COMMENT ON FUNCTION @extschema@.jbp_mode_send(@extschema@.jbp_mode) IS
    'Binary output of jbp_mode: one byte holding the label''s integer value';

-- Comparison: labels order as DESIGN.md section 1 lists them.
CREATE FUNCTION @extschema@.jbp_mode_eq(@extschema@.jbp_mode, @extschema@.jbp_mode)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'attune_label_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.jbp_mode_ne(@extschema@.jbp_mode, @extschema@.jbp_mode)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'attune_label_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.jbp_mode_lt(@extschema@.jbp_mode, @extschema@.jbp_mode)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'attune_label_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.jbp_mode_le(@extschema@.jbp_mode, @extschema@.jbp_mode)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'attune_label_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.jbp_mode_gt(@extschema@.jbp_mode, @extschema@.jbp_mode)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'attune_label_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.jbp_mode_ge(@extschema@.jbp_mode, @extschema@.jbp_mode)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'attune_label_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.jbp_mode_cmp(@extschema@.jbp_mode, @extschema@.jbp_mode)
    RETURNS pg_catalog.int4
    AS 'MODULE_PATHNAME', 'attune_label_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.jbp_mode_hash(@extschema@.jbp_mode)
    RETURNS pg_catalog.int4
    AS 'MODULE_PATHNAME', 'attune_label_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.jbp_mode_hash_extended(@extschema@.jbp_mode, pg_catalog.int8)
    RETURNS pg_catalog.int8
    AS 'MODULE_PATHNAME', 'attune_label_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.jbp_mode_smaller(@extschema@.jbp_mode, @extschema@.jbp_mode)
    RETURNS @extschema@.jbp_mode
    AS 'MODULE_PATHNAME', 'attune_label_smaller' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.jbp_mode_larger(@extschema@.jbp_mode, @extschema@.jbp_mode)
    RETURNS @extschema@.jbp_mode
    AS 'MODULE_PATHNAME', 'attune_label_larger' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.jbp_mode_eq(@extschema@.jbp_mode, @extschema@.jbp_mode) IS
    'Implements = for jbp_mode: the two labels are the same';
COMMENT ON FUNCTION @extschema@.jbp_mode_ne(@extschema@.jbp_mode, @extschema@.jbp_mode) IS
    'Implements <> for jbp_mode: the two labels differ';
COMMENT ON FUNCTION @extschema@.jbp_mode_lt(@extschema@.jbp_mode, @extschema@.jbp_mode) IS
    'Implements < for jbp_mode: the first label comes before the second';
COMMENT ON FUNCTION @extschema@.jbp_mode_le(@extschema@.jbp_mode, @extschema@.jbp_mode) IS
    'Implements <= for jbp_mode: the first label comes before the second or is the same';
COMMENT ON FUNCTION @extschema@.jbp_mode_gt(@extschema@.jbp_mode, @extschema@.jbp_mode) IS
    'Implements > for jbp_mode: the first label comes after the second';
COMMENT ON FUNCTION @extschema@.jbp_mode_ge(@extschema@.jbp_mode, @extschema@.jbp_mode) IS
    'Implements >= for jbp_mode: the first label comes after the second or is the same';
COMMENT ON FUNCTION @extschema@.jbp_mode_cmp(@extschema@.jbp_mode, @extschema@.jbp_mode) IS
    'Btree support for jbp_mode: negative, zero or positive as the first label comes before, is, or comes after the second';
COMMENT ON FUNCTION @extschema@.jbp_mode_hash(@extschema@.jbp_mode) IS
    'Hash support for jbp_mode (hash joins, hash aggregation, hash indexes)';
COMMENT ON FUNCTION @extschema@.jbp_mode_hash_extended(@extschema@.jbp_mode, pg_catalog.int8) IS
    'Seeded 64-bit hash support for jbp_mode (hash partitioning)';
COMMENT ON FUNCTION @extschema@.jbp_mode_smaller(@extschema@.jbp_mode, @extschema@.jbp_mode) IS
    'The earlier of two jbp_mode labels (transition function of min)';
COMMENT ON FUNCTION @extschema@.jbp_mode_larger(@extschema@.jbp_mode, @extschema@.jbp_mode) IS
    'The later of two jbp_mode labels (transition function of max)';

CREATE OPERATOR @extschema@.= (
    LEFTARG = @extschema@.jbp_mode, RIGHTARG = @extschema@.jbp_mode,
    FUNCTION = @extschema@.jbp_mode_eq,
    COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel,
    HASHES, MERGES
);
CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.jbp_mode, RIGHTARG = @extschema@.jbp_mode,
    FUNCTION = @extschema@.jbp_mode_ne,
    COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
    RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR @extschema@.< (
    LEFTARG = @extschema@.jbp_mode, RIGHTARG = @extschema@.jbp_mode,
    FUNCTION = @extschema@.jbp_mode_lt,
    COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
    RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
CREATE OPERATOR @extschema@.<= (
    LEFTARG = @extschema@.jbp_mode, RIGHTARG = @extschema@.jbp_mode,
    FUNCTION = @extschema@.jbp_mode_le,
    COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
    RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
CREATE OPERATOR @extschema@.> (
    LEFTARG = @extschema@.jbp_mode, RIGHTARG = @extschema@.jbp_mode,
    FUNCTION = @extschema@.jbp_mode_gt,
    COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
    RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
CREATE OPERATOR @extschema@.>= (
    LEFTARG = @extschema@.jbp_mode, RIGHTARG = @extschema@.jbp_mode,
    FUNCTION = @extschema@.jbp_mode_ge,
    COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
    RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);

COMMENT ON OPERATOR @extschema@.= (@extschema@.jbp_mode, @extschema@.jbp_mode) IS 'equal';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.jbp_mode, @extschema@.jbp_mode) IS 'not equal';
COMMENT ON OPERATOR @extschema@.< (@extschema@.jbp_mode, @extschema@.jbp_mode) IS 'less than (earlier in the label order)';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.jbp_mode, @extschema@.jbp_mode) IS 'less than or equal';
COMMENT ON OPERATOR @extschema@.> (@extschema@.jbp_mode, @extschema@.jbp_mode) IS 'greater than (later in the label order)';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.jbp_mode, @extschema@.jbp_mode) IS 'greater than or equal';

CREATE OPERATOR CLASS @extschema@.jbp_mode_ops
    DEFAULT FOR TYPE @extschema@.jbp_mode USING btree AS
        OPERATOR 1 @extschema@.<,
        OPERATOR 2 @extschema@.<=,
        OPERATOR 3 @extschema@.=,
        OPERATOR 4 @extschema@.>=,
        OPERATOR 5 @extschema@.>,
        FUNCTION 1 @extschema@.jbp_mode_cmp(@extschema@.jbp_mode, @extschema@.jbp_mode),
        FUNCTION 4 pg_catalog.btequalimage(pg_catalog.oid);
CREATE OPERATOR CLASS @extschema@.jbp_mode_ops
    DEFAULT FOR TYPE @extschema@.jbp_mode USING hash AS
        OPERATOR 1 @extschema@.=,
        FUNCTION 1 @extschema@.jbp_mode_hash(@extschema@.jbp_mode),
        FUNCTION 2 @extschema@.jbp_mode_hash_extended(@extschema@.jbp_mode, pg_catalog.int8);

COMMENT ON OPERATOR CLASS @extschema@.jbp_mode_ops USING btree IS
    'Default btree operator class for jbp_mode: ORDER BY, indexes, merge joins, min and max';
COMMENT ON OPERATOR FAMILY @extschema@.jbp_mode_ops USING btree IS
    'Btree operator family of jbp_mode';
COMMENT ON OPERATOR CLASS @extschema@.jbp_mode_ops USING hash IS
    'Default hash operator class for jbp_mode: hash joins, hash aggregation, hash indexes and partitions';
COMMENT ON OPERATOR FAMILY @extschema@.jbp_mode_ops USING hash IS
    'Hash operator family of jbp_mode';

CREATE AGGREGATE @extschema@.min(@extschema@.jbp_mode) (
    SFUNC = @extschema@.jbp_mode_smaller,
    STYPE = @extschema@.jbp_mode,
    COMBINEFUNC = @extschema@.jbp_mode_smaller,
    SORTOP = OPERATOR(@extschema@.<),
    PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.max(@extschema@.jbp_mode) (
    SFUNC = @extschema@.jbp_mode_larger,
    STYPE = @extschema@.jbp_mode,
    COMBINEFUNC = @extschema@.jbp_mode_larger,
    SORTOP = OPERATOR(@extschema@.>),
    PARALLEL = SAFE
);

COMMENT ON AGGREGATE @extschema@.min(@extschema@.jbp_mode) IS
    'The earliest jbp_mode label of the group (NULLs skipped)';
COMMENT ON AGGREGATE @extschema@.max(@extschema@.jbp_mode) IS
    'The latest jbp_mode label of the group (NULLs skipped)';

-- Casts: integers by the label's position (DESIGN.md section 1), text by
-- the type's text input and output.
CREATE FUNCTION @extschema@.jbp_mode(pg_catalog.int4)
    RETURNS @extschema@.jbp_mode
    AS 'MODULE_PATHNAME', 'jbp_mode_from_int4' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.int4(@extschema@.jbp_mode)
    RETURNS pg_catalog.int4
    AS 'MODULE_PATHNAME', 'jbp_mode_to_int4' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.jbp_mode(pg_catalog.int4) IS
    'The jbp_mode label at this integer position; out of range is an error (22003)';
COMMENT ON FUNCTION @extschema@.int4(@extschema@.jbp_mode) IS
    'The integer position of a jbp_mode label';

CREATE CAST (pg_catalog.int4 AS @extschema@.jbp_mode)
    WITH FUNCTION @extschema@.jbp_mode(pg_catalog.int4);
CREATE CAST (@extschema@.jbp_mode AS pg_catalog.int4)
    WITH FUNCTION @extschema@.int4(@extschema@.jbp_mode);
CREATE CAST (pg_catalog.text AS @extschema@.jbp_mode) WITH INOUT;
CREATE CAST (@extschema@.jbp_mode AS pg_catalog.text) WITH INOUT AS ASSIGNMENT;

COMMENT ON CAST (pg_catalog.int4 AS @extschema@.jbp_mode) IS
    'Explicit: the label at this integer position';
COMMENT ON CAST (@extschema@.jbp_mode AS pg_catalog.int4) IS
    'Explicit: the integer position of the label';
COMMENT ON CAST (pg_catalog.text AS @extschema@.jbp_mode) IS
    'Explicit: reads a label as the text input does';
COMMENT ON CAST (@extschema@.jbp_mode AS pg_catalog.text) IS
    'Assignment: the canonical label';

-- Comparison with text: a parameter typed text or varchar (what JDBC's
-- setString and many drivers send) compares with a label column as its
-- label, read by the text input.  SQL functions, inlined by the planner into
-- label OP text::label, so that an index on the label column serves them.
-- An unknown literal still resolves to the label = label operator.
CREATE FUNCTION @extschema@.jbp_mode_eq_text(@extschema@.jbp_mode, pg_catalog.text)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1 OPERATOR(@extschema@.=) $2::@extschema@.jbp_mode$$;
CREATE FUNCTION @extschema@.text_eq_jbp_mode(pg_catalog.text, @extschema@.jbp_mode)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1::@extschema@.jbp_mode OPERATOR(@extschema@.=) $2$$;
CREATE FUNCTION @extschema@.jbp_mode_ne_text(@extschema@.jbp_mode, pg_catalog.text)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1 OPERATOR(@extschema@.<>) $2::@extschema@.jbp_mode$$;
CREATE FUNCTION @extschema@.text_ne_jbp_mode(pg_catalog.text, @extschema@.jbp_mode)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1::@extschema@.jbp_mode OPERATOR(@extschema@.<>) $2$$;
CREATE FUNCTION @extschema@.jbp_mode_lt_text(@extschema@.jbp_mode, pg_catalog.text)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1 OPERATOR(@extschema@.<) $2::@extschema@.jbp_mode$$;
CREATE FUNCTION @extschema@.text_lt_jbp_mode(pg_catalog.text, @extschema@.jbp_mode)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1::@extschema@.jbp_mode OPERATOR(@extschema@.<) $2$$;
CREATE FUNCTION @extschema@.jbp_mode_le_text(@extschema@.jbp_mode, pg_catalog.text)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1 OPERATOR(@extschema@.<=) $2::@extschema@.jbp_mode$$;
CREATE FUNCTION @extschema@.text_le_jbp_mode(pg_catalog.text, @extschema@.jbp_mode)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1::@extschema@.jbp_mode OPERATOR(@extschema@.<=) $2$$;
CREATE FUNCTION @extschema@.jbp_mode_gt_text(@extschema@.jbp_mode, pg_catalog.text)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1 OPERATOR(@extschema@.>) $2::@extschema@.jbp_mode$$;
CREATE FUNCTION @extschema@.text_gt_jbp_mode(pg_catalog.text, @extschema@.jbp_mode)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1::@extschema@.jbp_mode OPERATOR(@extschema@.>) $2$$;
CREATE FUNCTION @extschema@.jbp_mode_ge_text(@extschema@.jbp_mode, pg_catalog.text)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1 OPERATOR(@extschema@.>=) $2::@extschema@.jbp_mode$$;
CREATE FUNCTION @extschema@.text_ge_jbp_mode(pg_catalog.text, @extschema@.jbp_mode)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1::@extschema@.jbp_mode OPERATOR(@extschema@.>=) $2$$;
COMMENT ON FUNCTION @extschema@.jbp_mode_eq_text(@extschema@.jbp_mode, pg_catalog.text) IS
    'Implements = between jbp_mode and text: the label is the one the text names';
COMMENT ON FUNCTION @extschema@.text_eq_jbp_mode(pg_catalog.text, @extschema@.jbp_mode) IS
    'Implements = between text and jbp_mode: the label the text names against the label, as = between two labels';
COMMENT ON FUNCTION @extschema@.jbp_mode_ne_text(@extschema@.jbp_mode, pg_catalog.text) IS
    'Implements <> between jbp_mode and text: the label is not the one the text names';
COMMENT ON FUNCTION @extschema@.text_ne_jbp_mode(pg_catalog.text, @extschema@.jbp_mode) IS
    'Implements <> between text and jbp_mode: the label the text names against the label, as <> between two labels';
COMMENT ON FUNCTION @extschema@.jbp_mode_lt_text(@extschema@.jbp_mode, pg_catalog.text) IS
    'Implements < between jbp_mode and text: the label comes before the one the text names';
COMMENT ON FUNCTION @extschema@.text_lt_jbp_mode(pg_catalog.text, @extschema@.jbp_mode) IS
    'Implements < between text and jbp_mode: the label the text names against the label, as < between two labels';
COMMENT ON FUNCTION @extschema@.jbp_mode_le_text(@extschema@.jbp_mode, pg_catalog.text) IS
    'Implements <= between jbp_mode and text: the label comes before the one the text names or is it';
COMMENT ON FUNCTION @extschema@.text_le_jbp_mode(pg_catalog.text, @extschema@.jbp_mode) IS
    'Implements <= between text and jbp_mode: the label the text names against the label, as <= between two labels';
COMMENT ON FUNCTION @extschema@.jbp_mode_gt_text(@extschema@.jbp_mode, pg_catalog.text) IS
    'Implements > between jbp_mode and text: the label comes after the one the text names';
COMMENT ON FUNCTION @extschema@.text_gt_jbp_mode(pg_catalog.text, @extschema@.jbp_mode) IS
    'Implements > between text and jbp_mode: the label the text names against the label, as > between two labels';
COMMENT ON FUNCTION @extschema@.jbp_mode_ge_text(@extschema@.jbp_mode, pg_catalog.text) IS
    'Implements >= between jbp_mode and text: the label comes after the one the text names or is it';
COMMENT ON FUNCTION @extschema@.text_ge_jbp_mode(pg_catalog.text, @extschema@.jbp_mode) IS
    'Implements >= between text and jbp_mode: the label the text names against the label, as >= between two labels';
CREATE OPERATOR @extschema@.= (
    LEFTARG = @extschema@.jbp_mode, RIGHTARG = pg_catalog.text, FUNCTION = @extschema@.jbp_mode_eq_text,
    COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel
);
CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.jbp_mode, RIGHTARG = pg_catalog.text, FUNCTION = @extschema@.jbp_mode_ne_text,
    COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
    RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR @extschema@.< (
    LEFTARG = @extschema@.jbp_mode, RIGHTARG = pg_catalog.text, FUNCTION = @extschema@.jbp_mode_lt_text,
    COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
    RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
CREATE OPERATOR @extschema@.<= (
    LEFTARG = @extschema@.jbp_mode, RIGHTARG = pg_catalog.text, FUNCTION = @extschema@.jbp_mode_le_text,
    COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
    RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
CREATE OPERATOR @extschema@.> (
    LEFTARG = @extschema@.jbp_mode, RIGHTARG = pg_catalog.text, FUNCTION = @extschema@.jbp_mode_gt_text,
    COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
    RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
CREATE OPERATOR @extschema@.>= (
    LEFTARG = @extschema@.jbp_mode, RIGHTARG = pg_catalog.text, FUNCTION = @extschema@.jbp_mode_ge_text,
    COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
    RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);
CREATE OPERATOR @extschema@.= (
    LEFTARG = pg_catalog.text, RIGHTARG = @extschema@.jbp_mode, FUNCTION = @extschema@.text_eq_jbp_mode,
    COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel
);
CREATE OPERATOR @extschema@.<> (
    LEFTARG = pg_catalog.text, RIGHTARG = @extschema@.jbp_mode, FUNCTION = @extschema@.text_ne_jbp_mode,
    COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
    RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR @extschema@.< (
    LEFTARG = pg_catalog.text, RIGHTARG = @extschema@.jbp_mode, FUNCTION = @extschema@.text_lt_jbp_mode,
    COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
    RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
CREATE OPERATOR @extschema@.<= (
    LEFTARG = pg_catalog.text, RIGHTARG = @extschema@.jbp_mode, FUNCTION = @extschema@.text_le_jbp_mode,
    COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
    RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
CREATE OPERATOR @extschema@.> (
    LEFTARG = pg_catalog.text, RIGHTARG = @extschema@.jbp_mode, FUNCTION = @extschema@.text_gt_jbp_mode,
    COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
    RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
CREATE OPERATOR @extschema@.>= (
    LEFTARG = pg_catalog.text, RIGHTARG = @extschema@.jbp_mode, FUNCTION = @extschema@.text_ge_jbp_mode,
    COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
    RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);
COMMENT ON OPERATOR @extschema@.= (@extschema@.jbp_mode, pg_catalog.text) IS '= with the label a text names';
COMMENT ON OPERATOR @extschema@.= (pg_catalog.text, @extschema@.jbp_mode) IS '= with the label a text names';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.jbp_mode, pg_catalog.text) IS '<> with the label a text names';
COMMENT ON OPERATOR @extschema@.<> (pg_catalog.text, @extschema@.jbp_mode) IS '<> with the label a text names';
COMMENT ON OPERATOR @extschema@.< (@extschema@.jbp_mode, pg_catalog.text) IS '< with the label a text names';
COMMENT ON OPERATOR @extschema@.< (pg_catalog.text, @extschema@.jbp_mode) IS '< with the label a text names';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.jbp_mode, pg_catalog.text) IS '<= with the label a text names';
COMMENT ON OPERATOR @extschema@.<= (pg_catalog.text, @extschema@.jbp_mode) IS '<= with the label a text names';
COMMENT ON OPERATOR @extschema@.> (@extschema@.jbp_mode, pg_catalog.text) IS '> with the label a text names';
COMMENT ON OPERATOR @extschema@.> (pg_catalog.text, @extschema@.jbp_mode) IS '> with the label a text names';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.jbp_mode, pg_catalog.text) IS '>= with the label a text names';
COMMENT ON OPERATOR @extschema@.>= (pg_catalog.text, @extschema@.jbp_mode) IS '>= with the label a text names';

-- ---------------------------------------------------------------------------
-- contact_channel: an ordered label type (one byte, passed by value).  This block is
-- made from src/sql/label_type.sql.in, once per label type.
-- ---------------------------------------------------------------------------

CREATE TYPE @extschema@.contact_channel;

CREATE FUNCTION @extschema@.contact_channel_in(pg_catalog.cstring)
    RETURNS @extschema@.contact_channel
    AS 'MODULE_PATHNAME', 'contact_channel_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.contact_channel_out(@extschema@.contact_channel)
    RETURNS pg_catalog.cstring
    AS 'MODULE_PATHNAME', 'contact_channel_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.contact_channel_recv(pg_catalog.internal)
    RETURNS @extschema@.contact_channel
    AS 'MODULE_PATHNAME', 'contact_channel_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.contact_channel_send(@extschema@.contact_channel)
    RETURNS pg_catalog.bytea
    AS 'MODULE_PATHNAME', 'contact_channel_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.contact_channel (
    INPUT = @extschema@.contact_channel_in,
    OUTPUT = @extschema@.contact_channel_out,
    RECEIVE = @extschema@.contact_channel_recv,
    SEND = @extschema@.contact_channel_send,
    INTERNALLENGTH = 1,
    PASSEDBYVALUE,
    ALIGNMENT = char,
    STORAGE = plain
);

COMMENT ON FUNCTION @extschema@.contact_channel_in(pg_catalog.cstring) IS
    'Text input of contact_channel: a label, read ignoring case, spaces, hyphens and underscores';
COMMENT ON FUNCTION @extschema@.contact_channel_out(@extschema@.contact_channel) IS
    'Text output of contact_channel: the canonical label';
COMMENT ON FUNCTION @extschema@.contact_channel_recv(pg_catalog.internal) IS
    'Binary input of contact_channel: one byte holding the label''s integer value';
COMMENT ON FUNCTION @extschema@.contact_channel_send(@extschema@.contact_channel) IS
    'Binary output of contact_channel: one byte holding the label''s integer value';

-- Comparison: labels order as DESIGN.md section 1 lists them.
CREATE FUNCTION @extschema@.contact_channel_eq(@extschema@.contact_channel, @extschema@.contact_channel)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'attune_label_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.contact_channel_ne(@extschema@.contact_channel, @extschema@.contact_channel)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'attune_label_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.contact_channel_lt(@extschema@.contact_channel, @extschema@.contact_channel)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'attune_label_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.contact_channel_le(@extschema@.contact_channel, @extschema@.contact_channel)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'attune_label_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.contact_channel_gt(@extschema@.contact_channel, @extschema@.contact_channel)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'attune_label_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.contact_channel_ge(@extschema@.contact_channel, @extschema@.contact_channel)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'attune_label_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.contact_channel_cmp(@extschema@.contact_channel, @extschema@.contact_channel)
    RETURNS pg_catalog.int4
    AS 'MODULE_PATHNAME', 'attune_label_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.contact_channel_hash(@extschema@.contact_channel)
    RETURNS pg_catalog.int4
    AS 'MODULE_PATHNAME', 'attune_label_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.contact_channel_hash_extended(@extschema@.contact_channel, pg_catalog.int8)
    RETURNS pg_catalog.int8
    AS 'MODULE_PATHNAME', 'attune_label_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.contact_channel_smaller(@extschema@.contact_channel, @extschema@.contact_channel)
    RETURNS @extschema@.contact_channel
    AS 'MODULE_PATHNAME', 'attune_label_smaller' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.contact_channel_larger(@extschema@.contact_channel, @extschema@.contact_channel)
    RETURNS @extschema@.contact_channel
    AS 'MODULE_PATHNAME', 'attune_label_larger' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.contact_channel_eq(@extschema@.contact_channel, @extschema@.contact_channel) IS
    'Implements = for contact_channel: the two labels are the same';
COMMENT ON FUNCTION @extschema@.contact_channel_ne(@extschema@.contact_channel, @extschema@.contact_channel) IS
    'Implements <> for contact_channel: the two labels differ';
COMMENT ON FUNCTION @extschema@.contact_channel_lt(@extschema@.contact_channel, @extschema@.contact_channel) IS
    'Implements < for contact_channel: the first label comes before the second';
COMMENT ON FUNCTION @extschema@.contact_channel_le(@extschema@.contact_channel, @extschema@.contact_channel) IS
    'Implements <= for contact_channel: the first label comes before the second or is the same';
COMMENT ON FUNCTION @extschema@.contact_channel_gt(@extschema@.contact_channel, @extschema@.contact_channel) IS
    'Implements > for contact_channel: the first label comes after the second';
COMMENT ON FUNCTION @extschema@.contact_channel_ge(@extschema@.contact_channel, @extschema@.contact_channel) IS
    'Implements >= for contact_channel: the first label comes after the second or is the same';
COMMENT ON FUNCTION @extschema@.contact_channel_cmp(@extschema@.contact_channel, @extschema@.contact_channel) IS
    'Btree support for contact_channel: negative, zero or positive as the first label comes before, is, or comes after the second';
COMMENT ON FUNCTION @extschema@.contact_channel_hash(@extschema@.contact_channel) IS
    'Hash support for contact_channel (hash joins, hash aggregation, hash indexes)';
COMMENT ON FUNCTION @extschema@.contact_channel_hash_extended(@extschema@.contact_channel, pg_catalog.int8) IS
    'Seeded 64-bit hash support for contact_channel (hash partitioning)';
COMMENT ON FUNCTION @extschema@.contact_channel_smaller(@extschema@.contact_channel, @extschema@.contact_channel) IS
    'The earlier of two contact_channel labels (transition function of min)';
COMMENT ON FUNCTION @extschema@.contact_channel_larger(@extschema@.contact_channel, @extschema@.contact_channel) IS
    'The later of two contact_channel labels (transition function of max)';

CREATE OPERATOR @extschema@.= (
    LEFTARG = @extschema@.contact_channel, RIGHTARG = @extschema@.contact_channel,
    FUNCTION = @extschema@.contact_channel_eq,
    COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel,
    HASHES, MERGES
);
CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.contact_channel, RIGHTARG = @extschema@.contact_channel,
    FUNCTION = @extschema@.contact_channel_ne,
    COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
    RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR @extschema@.< (
    LEFTARG = @extschema@.contact_channel, RIGHTARG = @extschema@.contact_channel,
    FUNCTION = @extschema@.contact_channel_lt,
    COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
    RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
CREATE OPERATOR @extschema@.<= (
    LEFTARG = @extschema@.contact_channel, RIGHTARG = @extschema@.contact_channel,
    FUNCTION = @extschema@.contact_channel_le,
    COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
    RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
CREATE OPERATOR @extschema@.> (
    LEFTARG = @extschema@.contact_channel, RIGHTARG = @extschema@.contact_channel,
    FUNCTION = @extschema@.contact_channel_gt,
    COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
    RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
CREATE OPERATOR @extschema@.>= (
    LEFTARG = @extschema@.contact_channel, RIGHTARG = @extschema@.contact_channel,
    FUNCTION = @extschema@.contact_channel_ge,
    COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
    RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);

COMMENT ON OPERATOR @extschema@.= (@extschema@.contact_channel, @extschema@.contact_channel) IS 'equal';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.contact_channel, @extschema@.contact_channel) IS 'not equal';
COMMENT ON OPERATOR @extschema@.< (@extschema@.contact_channel, @extschema@.contact_channel) IS 'less than (earlier in the label order)';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.contact_channel, @extschema@.contact_channel) IS 'less than or equal';
COMMENT ON OPERATOR @extschema@.> (@extschema@.contact_channel, @extschema@.contact_channel) IS 'greater than (later in the label order)';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.contact_channel, @extschema@.contact_channel) IS 'greater than or equal';

CREATE OPERATOR CLASS @extschema@.contact_channel_ops
    DEFAULT FOR TYPE @extschema@.contact_channel USING btree AS
        OPERATOR 1 @extschema@.<,
        OPERATOR 2 @extschema@.<=,
        OPERATOR 3 @extschema@.=,
        OPERATOR 4 @extschema@.>=,
        OPERATOR 5 @extschema@.>,
        FUNCTION 1 @extschema@.contact_channel_cmp(@extschema@.contact_channel, @extschema@.contact_channel),
        FUNCTION 4 pg_catalog.btequalimage(pg_catalog.oid);
CREATE OPERATOR CLASS @extschema@.contact_channel_ops
    DEFAULT FOR TYPE @extschema@.contact_channel USING hash AS
        OPERATOR 1 @extschema@.=,
        FUNCTION 1 @extschema@.contact_channel_hash(@extschema@.contact_channel),
        FUNCTION 2 @extschema@.contact_channel_hash_extended(@extschema@.contact_channel, pg_catalog.int8);

COMMENT ON OPERATOR CLASS @extschema@.contact_channel_ops USING btree IS
    'Default btree operator class for contact_channel: ORDER BY, indexes, merge joins, min and max';
COMMENT ON OPERATOR FAMILY @extschema@.contact_channel_ops USING btree IS
    'Btree operator family of contact_channel';
COMMENT ON OPERATOR CLASS @extschema@.contact_channel_ops USING hash IS
    'Default hash operator class for contact_channel: hash joins, hash aggregation, hash indexes and partitions';
COMMENT ON OPERATOR FAMILY @extschema@.contact_channel_ops USING hash IS
    'Hash operator family of contact_channel';

CREATE AGGREGATE @extschema@.min(@extschema@.contact_channel) (
    SFUNC = @extschema@.contact_channel_smaller,
    STYPE = @extschema@.contact_channel,
    COMBINEFUNC = @extschema@.contact_channel_smaller,
    SORTOP = OPERATOR(@extschema@.<),
    PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.max(@extschema@.contact_channel) (
    SFUNC = @extschema@.contact_channel_larger,
    STYPE = @extschema@.contact_channel,
    COMBINEFUNC = @extschema@.contact_channel_larger,
    SORTOP = OPERATOR(@extschema@.>),
    PARALLEL = SAFE
);

COMMENT ON AGGREGATE @extschema@.min(@extschema@.contact_channel) IS
    'The earliest contact_channel label of the group (NULLs skipped)';
COMMENT ON AGGREGATE @extschema@.max(@extschema@.contact_channel) IS
    'The latest contact_channel label of the group (NULLs skipped)';

-- Casts: integers by the label's position (DESIGN.md section 1), text by
-- the type's text input and output.
CREATE FUNCTION @extschema@.contact_channel(pg_catalog.int4)
    RETURNS @extschema@.contact_channel
    AS 'MODULE_PATHNAME', 'contact_channel_from_int4' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.int4(@extschema@.contact_channel)
    RETURNS pg_catalog.int4
    AS 'MODULE_PATHNAME', 'contact_channel_to_int4' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.contact_channel(pg_catalog.int4) IS
    'The contact_channel label at this integer position; out of range is an error (22003)';
COMMENT ON FUNCTION @extschema@.int4(@extschema@.contact_channel) IS
    'The integer position of a contact_channel label';

CREATE CAST (pg_catalog.int4 AS @extschema@.contact_channel)
    WITH FUNCTION @extschema@.contact_channel(pg_catalog.int4);
CREATE CAST (@extschema@.contact_channel AS pg_catalog.int4)
    WITH FUNCTION @extschema@.int4(@extschema@.contact_channel);
CREATE CAST (pg_catalog.text AS @extschema@.contact_channel) WITH INOUT;
CREATE CAST (@extschema@.contact_channel AS pg_catalog.text) WITH INOUT AS ASSIGNMENT;

COMMENT ON CAST (pg_catalog.int4 AS @extschema@.contact_channel) IS
    'Explicit: the label at this integer position';
COMMENT ON CAST (@extschema@.contact_channel AS pg_catalog.int4) IS
    'Explicit: the integer position of the label';
COMMENT ON CAST (pg_catalog.text AS @extschema@.contact_channel) IS
    'Explicit: reads a label as the text input does';
COMMENT ON CAST (@extschema@.contact_channel AS pg_catalog.text) IS
    'Assignment: the canonical label';

-- Comparison with text: a parameter typed text or varchar (what JDBC's
-- setString and many drivers send) compares with a label column as its
-- label, read by the text input.  SQL functions, inlined by the planner into
-- label OP text::label, so that an index on the label column serves them.
-- An unknown literal still resolves to the label = label operator.
CREATE FUNCTION @extschema@.contact_channel_eq_text(@extschema@.contact_channel, pg_catalog.text)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1 OPERATOR(@extschema@.=) $2::@extschema@.contact_channel$$;
CREATE FUNCTION @extschema@.text_eq_contact_channel(pg_catalog.text, @extschema@.contact_channel)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1::@extschema@.contact_channel OPERATOR(@extschema@.=) $2$$;
CREATE FUNCTION @extschema@.contact_channel_ne_text(@extschema@.contact_channel, pg_catalog.text)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1 OPERATOR(@extschema@.<>) $2::@extschema@.contact_channel$$;
CREATE FUNCTION @extschema@.text_ne_contact_channel(pg_catalog.text, @extschema@.contact_channel)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1::@extschema@.contact_channel OPERATOR(@extschema@.<>) $2$$;
CREATE FUNCTION @extschema@.contact_channel_lt_text(@extschema@.contact_channel, pg_catalog.text)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1 OPERATOR(@extschema@.<) $2::@extschema@.contact_channel$$;
CREATE FUNCTION @extschema@.text_lt_contact_channel(pg_catalog.text, @extschema@.contact_channel)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1::@extschema@.contact_channel OPERATOR(@extschema@.<) $2$$;
CREATE FUNCTION @extschema@.contact_channel_le_text(@extschema@.contact_channel, pg_catalog.text)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1 OPERATOR(@extschema@.<=) $2::@extschema@.contact_channel$$;
CREATE FUNCTION @extschema@.text_le_contact_channel(pg_catalog.text, @extschema@.contact_channel)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1::@extschema@.contact_channel OPERATOR(@extschema@.<=) $2$$;
CREATE FUNCTION @extschema@.contact_channel_gt_text(@extschema@.contact_channel, pg_catalog.text)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1 OPERATOR(@extschema@.>) $2::@extschema@.contact_channel$$;
CREATE FUNCTION @extschema@.text_gt_contact_channel(pg_catalog.text, @extschema@.contact_channel)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1::@extschema@.contact_channel OPERATOR(@extschema@.>) $2$$;
CREATE FUNCTION @extschema@.contact_channel_ge_text(@extschema@.contact_channel, pg_catalog.text)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1 OPERATOR(@extschema@.>=) $2::@extschema@.contact_channel$$;
CREATE FUNCTION @extschema@.text_ge_contact_channel(pg_catalog.text, @extschema@.contact_channel)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1::@extschema@.contact_channel OPERATOR(@extschema@.>=) $2$$;
COMMENT ON FUNCTION @extschema@.contact_channel_eq_text(@extschema@.contact_channel, pg_catalog.text) IS
    'Implements = between contact_channel and text: the label is the one the text names';
COMMENT ON FUNCTION @extschema@.text_eq_contact_channel(pg_catalog.text, @extschema@.contact_channel) IS
    'Implements = between text and contact_channel: the label the text names against the label, as = between two labels';
COMMENT ON FUNCTION @extschema@.contact_channel_ne_text(@extschema@.contact_channel, pg_catalog.text) IS
    'Implements <> between contact_channel and text: the label is not the one the text names';
COMMENT ON FUNCTION @extschema@.text_ne_contact_channel(pg_catalog.text, @extschema@.contact_channel) IS
    'Implements <> between text and contact_channel: the label the text names against the label, as <> between two labels';
COMMENT ON FUNCTION @extschema@.contact_channel_lt_text(@extschema@.contact_channel, pg_catalog.text) IS
    'Implements < between contact_channel and text: the label comes before the one the text names';
COMMENT ON FUNCTION @extschema@.text_lt_contact_channel(pg_catalog.text, @extschema@.contact_channel) IS
    'Implements < between text and contact_channel: the label the text names against the label, as < between two labels';
COMMENT ON FUNCTION @extschema@.contact_channel_le_text(@extschema@.contact_channel, pg_catalog.text) IS
    'Implements <= between contact_channel and text: the label comes before the one the text names or is it';
COMMENT ON FUNCTION @extschema@.text_le_contact_channel(pg_catalog.text, @extschema@.contact_channel) IS
    'Implements <= between text and contact_channel: the label the text names against the label, as <= between two labels';
COMMENT ON FUNCTION @extschema@.contact_channel_gt_text(@extschema@.contact_channel, pg_catalog.text) IS
    'Implements > between contact_channel and text: the label comes after the one the text names';
COMMENT ON FUNCTION @extschema@.text_gt_contact_channel(pg_catalog.text, @extschema@.contact_channel) IS
    'Implements > between text and contact_channel: the label the text names against the label, as > between two labels';
COMMENT ON FUNCTION @extschema@.contact_channel_ge_text(@extschema@.contact_channel, pg_catalog.text) IS
    'Implements >= between contact_channel and text: the label comes after the one the text names or is it';
COMMENT ON FUNCTION @extschema@.text_ge_contact_channel(pg_catalog.text, @extschema@.contact_channel) IS
    'Implements >= between text and contact_channel: the label the text names against the label, as >= between two labels';
CREATE OPERATOR @extschema@.= (
    LEFTARG = @extschema@.contact_channel, RIGHTARG = pg_catalog.text, FUNCTION = @extschema@.contact_channel_eq_text,
    COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel
);
CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.contact_channel, RIGHTARG = pg_catalog.text, FUNCTION = @extschema@.contact_channel_ne_text,
    COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
    RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR @extschema@.< (
    LEFTARG = @extschema@.contact_channel, RIGHTARG = pg_catalog.text, FUNCTION = @extschema@.contact_channel_lt_text,
    COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
    RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
CREATE OPERATOR @extschema@.<= (
    LEFTARG = @extschema@.contact_channel, RIGHTARG = pg_catalog.text, FUNCTION = @extschema@.contact_channel_le_text,
    COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
    RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
CREATE OPERATOR @extschema@.> (
    LEFTARG = @extschema@.contact_channel, RIGHTARG = pg_catalog.text, FUNCTION = @extschema@.contact_channel_gt_text,
    COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
    RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
CREATE OPERATOR @extschema@.>= (
    LEFTARG = @extschema@.contact_channel, RIGHTARG = pg_catalog.text, FUNCTION = @extschema@.contact_channel_ge_text,
    COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
    RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);
CREATE OPERATOR @extschema@.= (
    LEFTARG = pg_catalog.text, RIGHTARG = @extschema@.contact_channel, FUNCTION = @extschema@.text_eq_contact_channel,
    COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel
);
CREATE OPERATOR @extschema@.<> (
    LEFTARG = pg_catalog.text, RIGHTARG = @extschema@.contact_channel, FUNCTION = @extschema@.text_ne_contact_channel,
    COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
    RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR @extschema@.< (
    LEFTARG = pg_catalog.text, RIGHTARG = @extschema@.contact_channel, FUNCTION = @extschema@.text_lt_contact_channel,
    COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
    RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
CREATE OPERATOR @extschema@.<= (
    LEFTARG = pg_catalog.text, RIGHTARG = @extschema@.contact_channel, FUNCTION = @extschema@.text_le_contact_channel,
    COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
    RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
CREATE OPERATOR @extschema@.> (
    LEFTARG = pg_catalog.text, RIGHTARG = @extschema@.contact_channel, FUNCTION = @extschema@.text_gt_contact_channel,
    COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
    RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
CREATE OPERATOR @extschema@.>= (
    LEFTARG = pg_catalog.text, RIGHTARG = @extschema@.contact_channel, FUNCTION = @extschema@.text_ge_contact_channel,
    COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
    RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);
COMMENT ON OPERATOR @extschema@.= (@extschema@.contact_channel, pg_catalog.text) IS '= with the label a text names';
COMMENT ON OPERATOR @extschema@.= (pg_catalog.text, @extschema@.contact_channel) IS '= with the label a text names';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.contact_channel, pg_catalog.text) IS '<> with the label a text names';
COMMENT ON OPERATOR @extschema@.<> (pg_catalog.text, @extschema@.contact_channel) IS '<> with the label a text names';
COMMENT ON OPERATOR @extschema@.< (@extschema@.contact_channel, pg_catalog.text) IS '< with the label a text names';
COMMENT ON OPERATOR @extschema@.< (pg_catalog.text, @extschema@.contact_channel) IS '< with the label a text names';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.contact_channel, pg_catalog.text) IS '<= with the label a text names';
COMMENT ON OPERATOR @extschema@.<= (pg_catalog.text, @extschema@.contact_channel) IS '<= with the label a text names';
COMMENT ON OPERATOR @extschema@.> (@extschema@.contact_channel, pg_catalog.text) IS '> with the label a text names';
COMMENT ON OPERATOR @extschema@.> (pg_catalog.text, @extschema@.contact_channel) IS '> with the label a text names';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.contact_channel, pg_catalog.text) IS '>= with the label a text names';
COMMENT ON OPERATOR @extschema@.>= (pg_catalog.text, @extschema@.contact_channel) IS '>= with the label a text names';

-- ---------------------------------------------------------------------------
-- org_level: an ordered label type (one byte, passed by value).  This block is
-- made from src/sql/label_type.sql.in, once per label type.
-- ---------------------------------------------------------------------------

CREATE TYPE @extschema@.org_level;

CREATE FUNCTION @extschema@.org_level_in(pg_catalog.cstring)
    RETURNS @extschema@.org_level
    AS 'MODULE_PATHNAME', 'org_level_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.org_level_out(@extschema@.org_level)
    RETURNS pg_catalog.cstring
    AS 'MODULE_PATHNAME', 'org_level_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.org_level_recv(pg_catalog.internal)
    RETURNS @extschema@.org_level
    AS 'MODULE_PATHNAME', 'org_level_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.org_level_send(@extschema@.org_level)
    RETURNS pg_catalog.bytea
    AS 'MODULE_PATHNAME', 'org_level_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.org_level (
    INPUT = @extschema@.org_level_in,
    OUTPUT = @extschema@.org_level_out,
    RECEIVE = @extschema@.org_level_recv,
    SEND = @extschema@.org_level_send,
    INTERNALLENGTH = 1,
    PASSEDBYVALUE,
    ALIGNMENT = char,
    STORAGE = plain
);

COMMENT ON FUNCTION @extschema@.org_level_in(pg_catalog.cstring) IS
    'Text input of org_level: a label, read ignoring case, spaces, hyphens and underscores';
COMMENT ON FUNCTION @extschema@.org_level_out(@extschema@.org_level) IS
    'Text output of org_level: the canonical label';
COMMENT ON FUNCTION @extschema@.org_level_recv(pg_catalog.internal) IS
    'Binary input of org_level: one byte holding the label''s integer value';
COMMENT ON FUNCTION @extschema@.org_level_send(@extschema@.org_level) IS
    'Binary output of org_level: one byte holding the label''s integer value';

-- Comparison: labels order as DESIGN.md section 1 lists them.
CREATE FUNCTION @extschema@.org_level_eq(@extschema@.org_level, @extschema@.org_level)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'attune_label_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.org_level_ne(@extschema@.org_level, @extschema@.org_level)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'attune_label_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.org_level_lt(@extschema@.org_level, @extschema@.org_level)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'attune_label_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.org_level_le(@extschema@.org_level, @extschema@.org_level)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'attune_label_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.org_level_gt(@extschema@.org_level, @extschema@.org_level)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'attune_label_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.org_level_ge(@extschema@.org_level, @extschema@.org_level)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'attune_label_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.org_level_cmp(@extschema@.org_level, @extschema@.org_level)
    RETURNS pg_catalog.int4
    AS 'MODULE_PATHNAME', 'attune_label_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.org_level_hash(@extschema@.org_level)
    RETURNS pg_catalog.int4
    AS 'MODULE_PATHNAME', 'attune_label_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.org_level_hash_extended(@extschema@.org_level, pg_catalog.int8)
    RETURNS pg_catalog.int8
    AS 'MODULE_PATHNAME', 'attune_label_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.org_level_smaller(@extschema@.org_level, @extschema@.org_level)
    RETURNS @extschema@.org_level
    AS 'MODULE_PATHNAME', 'attune_label_smaller' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.org_level_larger(@extschema@.org_level, @extschema@.org_level)
    RETURNS @extschema@.org_level
    AS 'MODULE_PATHNAME', 'attune_label_larger' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.org_level_eq(@extschema@.org_level, @extschema@.org_level) IS
    'Implements = for org_level: the two labels are the same';
COMMENT ON FUNCTION @extschema@.org_level_ne(@extschema@.org_level, @extschema@.org_level) IS
    'Implements <> for org_level: the two labels differ';
COMMENT ON FUNCTION @extschema@.org_level_lt(@extschema@.org_level, @extschema@.org_level) IS
    'Implements < for org_level: the first label comes before the second';
COMMENT ON FUNCTION @extschema@.org_level_le(@extschema@.org_level, @extschema@.org_level) IS
    'Implements <= for org_level: the first label comes before the second or is the same';
COMMENT ON FUNCTION @extschema@.org_level_gt(@extschema@.org_level, @extschema@.org_level) IS
    'Implements > for org_level: the first label comes after the second';
COMMENT ON FUNCTION @extschema@.org_level_ge(@extschema@.org_level, @extschema@.org_level) IS
    'Implements >= for org_level: the first label comes after the second or is the same';
COMMENT ON FUNCTION @extschema@.org_level_cmp(@extschema@.org_level, @extschema@.org_level) IS
    'Btree support for org_level: negative, zero or positive as the first label comes before, is, or comes after the second';
COMMENT ON FUNCTION @extschema@.org_level_hash(@extschema@.org_level) IS
    'Hash support for org_level (hash joins, hash aggregation, hash indexes)';
COMMENT ON FUNCTION @extschema@.org_level_hash_extended(@extschema@.org_level, pg_catalog.int8) IS
    'Seeded 64-bit hash support for org_level (hash partitioning)';
COMMENT ON FUNCTION @extschema@.org_level_smaller(@extschema@.org_level, @extschema@.org_level) IS
    'The earlier of two org_level labels (transition function of min)';
COMMENT ON FUNCTION @extschema@.org_level_larger(@extschema@.org_level, @extschema@.org_level) IS
    'The later of two org_level labels (transition function of max)';

CREATE OPERATOR @extschema@.= (
    LEFTARG = @extschema@.org_level, RIGHTARG = @extschema@.org_level,
    FUNCTION = @extschema@.org_level_eq,
    COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel,
    HASHES, MERGES
);
CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.org_level, RIGHTARG = @extschema@.org_level,
    FUNCTION = @extschema@.org_level_ne,
    COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
    RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR @extschema@.< (
    LEFTARG = @extschema@.org_level, RIGHTARG = @extschema@.org_level,
    FUNCTION = @extschema@.org_level_lt,
    COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
    RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
CREATE OPERATOR @extschema@.<= (
    LEFTARG = @extschema@.org_level, RIGHTARG = @extschema@.org_level,
    FUNCTION = @extschema@.org_level_le,
    COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
    RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
CREATE OPERATOR @extschema@.> (
    LEFTARG = @extschema@.org_level, RIGHTARG = @extschema@.org_level,
    FUNCTION = @extschema@.org_level_gt,
    COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
    RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
CREATE OPERATOR @extschema@.>= (
    LEFTARG = @extschema@.org_level, RIGHTARG = @extschema@.org_level,
    FUNCTION = @extschema@.org_level_ge,
    COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
    RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);

COMMENT ON OPERATOR @extschema@.= (@extschema@.org_level, @extschema@.org_level) IS 'equal';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.org_level, @extschema@.org_level) IS 'not equal';
COMMENT ON OPERATOR @extschema@.< (@extschema@.org_level, @extschema@.org_level) IS 'less than (earlier in the label order)';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.org_level, @extschema@.org_level) IS 'less than or equal';
COMMENT ON OPERATOR @extschema@.> (@extschema@.org_level, @extschema@.org_level) IS 'greater than (later in the label order)';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.org_level, @extschema@.org_level) IS 'greater than or equal';

CREATE OPERATOR CLASS @extschema@.org_level_ops
    DEFAULT FOR TYPE @extschema@.org_level USING btree AS
        OPERATOR 1 @extschema@.<,
        OPERATOR 2 @extschema@.<=,
        OPERATOR 3 @extschema@.=,
        OPERATOR 4 @extschema@.>=,
        OPERATOR 5 @extschema@.>,
        FUNCTION 1 @extschema@.org_level_cmp(@extschema@.org_level, @extschema@.org_level),
        FUNCTION 4 pg_catalog.btequalimage(pg_catalog.oid);
CREATE OPERATOR CLASS @extschema@.org_level_ops
    DEFAULT FOR TYPE @extschema@.org_level USING hash AS
        OPERATOR 1 @extschema@.=,
        FUNCTION 1 @extschema@.org_level_hash(@extschema@.org_level),
        FUNCTION 2 @extschema@.org_level_hash_extended(@extschema@.org_level, pg_catalog.int8);

COMMENT ON OPERATOR CLASS @extschema@.org_level_ops USING btree IS
    'Default btree operator class for org_level: ORDER BY, indexes, merge joins, min and max';
COMMENT ON OPERATOR FAMILY @extschema@.org_level_ops USING btree IS
    'Btree operator family of org_level';
COMMENT ON OPERATOR CLASS @extschema@.org_level_ops USING hash IS
    'Default hash operator class for org_level: hash joins, hash aggregation, hash indexes and partitions';
COMMENT ON OPERATOR FAMILY @extschema@.org_level_ops USING hash IS
    'Hash operator family of org_level';

CREATE AGGREGATE @extschema@.min(@extschema@.org_level) (
    SFUNC = @extschema@.org_level_smaller,
    STYPE = @extschema@.org_level,
    COMBINEFUNC = @extschema@.org_level_smaller,
    SORTOP = OPERATOR(@extschema@.<),
    PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.max(@extschema@.org_level) (
    SFUNC = @extschema@.org_level_larger,
    STYPE = @extschema@.org_level,
    COMBINEFUNC = @extschema@.org_level_larger,
    SORTOP = OPERATOR(@extschema@.>),
    PARALLEL = SAFE
);

COMMENT ON AGGREGATE @extschema@.min(@extschema@.org_level) IS
    'The earliest org_level label of the group (NULLs skipped)';
COMMENT ON AGGREGATE @extschema@.max(@extschema@.org_level) IS
    'The latest org_level label of the group (NULLs skipped)';

-- Casts: integers by the label's position (DESIGN.md section 1), text by
-- the type's text input and output.
CREATE FUNCTION @extschema@.org_level(pg_catalog.int4)
    RETURNS @extschema@.org_level
    AS 'MODULE_PATHNAME', 'org_level_from_int4' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.int4(@extschema@.org_level)
    RETURNS pg_catalog.int4
    AS 'MODULE_PATHNAME', 'org_level_to_int4' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.org_level(pg_catalog.int4) IS
    'The org_level label at this integer position; out of range is an error (22003)';
COMMENT ON FUNCTION @extschema@.int4(@extschema@.org_level) IS
    'The integer position of a org_level label';

CREATE CAST (pg_catalog.int4 AS @extschema@.org_level)
    WITH FUNCTION @extschema@.org_level(pg_catalog.int4);
CREATE CAST (@extschema@.org_level AS pg_catalog.int4)
    WITH FUNCTION @extschema@.int4(@extschema@.org_level);
CREATE CAST (pg_catalog.text AS @extschema@.org_level) WITH INOUT;
CREATE CAST (@extschema@.org_level AS pg_catalog.text) WITH INOUT AS ASSIGNMENT;

COMMENT ON CAST (pg_catalog.int4 AS @extschema@.org_level) IS
    'Explicit: the label at this integer position';
COMMENT ON CAST (@extschema@.org_level AS pg_catalog.int4) IS
    'Explicit: the integer position of the label';
COMMENT ON CAST (pg_catalog.text AS @extschema@.org_level) IS
    'Explicit: reads a label as the text input does';
COMMENT ON CAST (@extschema@.org_level AS pg_catalog.text) IS
    'Assignment: the canonical label';

-- Comparison with text: a parameter typed text or varchar (what JDBC's
-- setString and many drivers send) compares with a label column as its
-- label, read by the text input.  SQL functions, inlined by the planner into
-- label OP text::label, so that an index on the label column serves them.
-- An unknown literal still resolves to the label = label operator.
CREATE FUNCTION @extschema@.org_level_eq_text(@extschema@.org_level, pg_catalog.text)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1 OPERATOR(@extschema@.=) $2::@extschema@.org_level$$;
CREATE FUNCTION @extschema@.text_eq_org_level(pg_catalog.text, @extschema@.org_level)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1::@extschema@.org_level OPERATOR(@extschema@.=) $2$$;
CREATE FUNCTION @extschema@.org_level_ne_text(@extschema@.org_level, pg_catalog.text)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1 OPERATOR(@extschema@.<>) $2::@extschema@.org_level$$;
CREATE FUNCTION @extschema@.text_ne_org_level(pg_catalog.text, @extschema@.org_level)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1::@extschema@.org_level OPERATOR(@extschema@.<>) $2$$;
CREATE FUNCTION @extschema@.org_level_lt_text(@extschema@.org_level, pg_catalog.text)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1 OPERATOR(@extschema@.<) $2::@extschema@.org_level$$;
CREATE FUNCTION @extschema@.text_lt_org_level(pg_catalog.text, @extschema@.org_level)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1::@extschema@.org_level OPERATOR(@extschema@.<) $2$$;
CREATE FUNCTION @extschema@.org_level_le_text(@extschema@.org_level, pg_catalog.text)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1 OPERATOR(@extschema@.<=) $2::@extschema@.org_level$$;
CREATE FUNCTION @extschema@.text_le_org_level(pg_catalog.text, @extschema@.org_level)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1::@extschema@.org_level OPERATOR(@extschema@.<=) $2$$;
CREATE FUNCTION @extschema@.org_level_gt_text(@extschema@.org_level, pg_catalog.text)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1 OPERATOR(@extschema@.>) $2::@extschema@.org_level$$;
CREATE FUNCTION @extschema@.text_gt_org_level(pg_catalog.text, @extschema@.org_level)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1::@extschema@.org_level OPERATOR(@extschema@.>) $2$$;
CREATE FUNCTION @extschema@.org_level_ge_text(@extschema@.org_level, pg_catalog.text)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1 OPERATOR(@extschema@.>=) $2::@extschema@.org_level$$;
CREATE FUNCTION @extschema@.text_ge_org_level(pg_catalog.text, @extschema@.org_level)
    RETURNS pg_catalog.bool LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT $1::@extschema@.org_level OPERATOR(@extschema@.>=) $2$$;
COMMENT ON FUNCTION @extschema@.org_level_eq_text(@extschema@.org_level, pg_catalog.text) IS
    'Implements = between org_level and text: the label is the one the text names';
COMMENT ON FUNCTION @extschema@.text_eq_org_level(pg_catalog.text, @extschema@.org_level) IS
    'Implements = between text and org_level: the label the text names against the label, as = between two labels';
COMMENT ON FUNCTION @extschema@.org_level_ne_text(@extschema@.org_level, pg_catalog.text) IS
    'Implements <> between org_level and text: the label is not the one the text names';
COMMENT ON FUNCTION @extschema@.text_ne_org_level(pg_catalog.text, @extschema@.org_level) IS
    'Implements <> between text and org_level: the label the text names against the label, as <> between two labels';
COMMENT ON FUNCTION @extschema@.org_level_lt_text(@extschema@.org_level, pg_catalog.text) IS
    'Implements < between org_level and text: the label comes before the one the text names';
COMMENT ON FUNCTION @extschema@.text_lt_org_level(pg_catalog.text, @extschema@.org_level) IS
    'Implements < between text and org_level: the label the text names against the label, as < between two labels';
COMMENT ON FUNCTION @extschema@.org_level_le_text(@extschema@.org_level, pg_catalog.text) IS
    'Implements <= between org_level and text: the label comes before the one the text names or is it';
COMMENT ON FUNCTION @extschema@.text_le_org_level(pg_catalog.text, @extschema@.org_level) IS
    'Implements <= between text and org_level: the label the text names against the label, as <= between two labels';
COMMENT ON FUNCTION @extschema@.org_level_gt_text(@extschema@.org_level, pg_catalog.text) IS
    'Implements > between org_level and text: the label comes after the one the text names';
COMMENT ON FUNCTION @extschema@.text_gt_org_level(pg_catalog.text, @extschema@.org_level) IS
    'Implements > between text and org_level: the label the text names against the label, as > between two labels';
COMMENT ON FUNCTION @extschema@.org_level_ge_text(@extschema@.org_level, pg_catalog.text) IS
    'Implements >= between org_level and text: the label comes after the one the text names or is it';
COMMENT ON FUNCTION @extschema@.text_ge_org_level(pg_catalog.text, @extschema@.org_level) IS
    'Implements >= between text and org_level: the label the text names against the label, as >= between two labels';
CREATE OPERATOR @extschema@.= (
    LEFTARG = @extschema@.org_level, RIGHTARG = pg_catalog.text, FUNCTION = @extschema@.org_level_eq_text,
    COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel
);
CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.org_level, RIGHTARG = pg_catalog.text, FUNCTION = @extschema@.org_level_ne_text,
    COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
    RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR @extschema@.< (
    LEFTARG = @extschema@.org_level, RIGHTARG = pg_catalog.text, FUNCTION = @extschema@.org_level_lt_text,
    COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
    RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
CREATE OPERATOR @extschema@.<= (
    LEFTARG = @extschema@.org_level, RIGHTARG = pg_catalog.text, FUNCTION = @extschema@.org_level_le_text,
    COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
    RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
CREATE OPERATOR @extschema@.> (
    LEFTARG = @extschema@.org_level, RIGHTARG = pg_catalog.text, FUNCTION = @extschema@.org_level_gt_text,
    COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
    RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
CREATE OPERATOR @extschema@.>= (
    LEFTARG = @extschema@.org_level, RIGHTARG = pg_catalog.text, FUNCTION = @extschema@.org_level_ge_text,
    COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
    RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);
CREATE OPERATOR @extschema@.= (
    LEFTARG = pg_catalog.text, RIGHTARG = @extschema@.org_level, FUNCTION = @extschema@.text_eq_org_level,
    COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel
);
CREATE OPERATOR @extschema@.<> (
    LEFTARG = pg_catalog.text, RIGHTARG = @extschema@.org_level, FUNCTION = @extschema@.text_ne_org_level,
    COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
    RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR @extschema@.< (
    LEFTARG = pg_catalog.text, RIGHTARG = @extschema@.org_level, FUNCTION = @extschema@.text_lt_org_level,
    COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
    RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
CREATE OPERATOR @extschema@.<= (
    LEFTARG = pg_catalog.text, RIGHTARG = @extschema@.org_level, FUNCTION = @extschema@.text_le_org_level,
    COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
    RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
CREATE OPERATOR @extschema@.> (
    LEFTARG = pg_catalog.text, RIGHTARG = @extschema@.org_level, FUNCTION = @extschema@.text_gt_org_level,
    COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
    RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
CREATE OPERATOR @extschema@.>= (
    LEFTARG = pg_catalog.text, RIGHTARG = @extschema@.org_level, FUNCTION = @extschema@.text_ge_org_level,
    COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
    RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);
COMMENT ON OPERATOR @extschema@.= (@extschema@.org_level, pg_catalog.text) IS '= with the label a text names';
COMMENT ON OPERATOR @extschema@.= (pg_catalog.text, @extschema@.org_level) IS '= with the label a text names';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.org_level, pg_catalog.text) IS '<> with the label a text names';
COMMENT ON OPERATOR @extschema@.<> (pg_catalog.text, @extschema@.org_level) IS '<> with the label a text names';
COMMENT ON OPERATOR @extschema@.< (@extschema@.org_level, pg_catalog.text) IS '< with the label a text names';
COMMENT ON OPERATOR @extschema@.< (pg_catalog.text, @extschema@.org_level) IS '< with the label a text names';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.org_level, pg_catalog.text) IS '<= with the label a text names';
COMMENT ON OPERATOR @extschema@.<= (pg_catalog.text, @extschema@.org_level) IS '<= with the label a text names';
COMMENT ON OPERATOR @extschema@.> (@extschema@.org_level, pg_catalog.text) IS '> with the label a text names';
COMMENT ON OPERATOR @extschema@.> (pg_catalog.text, @extschema@.org_level) IS '> with the label a text names';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.org_level, pg_catalog.text) IS '>= with the label a text names';
COMMENT ON OPERATOR @extschema@.>= (pg_catalog.text, @extschema@.org_level) IS '>= with the label a text names';

-- What each label type means (DESIGN.md section 1; docs/types.md).
COMMENT ON TYPE @extschema@.rel_stage IS
    'Stage of interdependence between vendor and customer: independent < dependent < interdependent < deep_dependent < deep_interdependent (int 1..5)';
COMMENT ON TYPE @extschema@.trust_level IS
    'Trust level after Lewicki and Bunker: none < calculus < knowledge < identification (int 0..3)';
COMMENT ON TYPE @extschema@.jbp_mode IS
    'How a joint business plan was made: none < customer_led < co_developed (int 0..2)';
COMMENT ON TYPE @extschema@.contact_channel IS
    'Channel of a contact: face_to_face, video, phone, email, paper_mail, web, customer_service, social_media (int 1..8)';
COMMENT ON TYPE @extschema@.org_level IS
    'Level of a person in an organisation: operational < management < senior < executive (int 1..4)';

-- ---------------------------------------------------------------------------
-- Scoring models (DESIGN.md section 2; formulas in docs/models.md)
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.trust_score(
        calculus pg_catalog.float8, knowledge pg_catalog.float8,
        identification pg_catalog.float8)
    RETURNS pg_catalog.float8
    AS 'MODULE_PATHNAME', 'trust_score' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.trust_score(pg_catalog.float8, pg_catalog.float8, pg_catalog.float8) IS
    'Trust score 0..100 from calculus, knowledge and identification evidence (each 0..1), each stage capped by the one below (Lewicki & Bunker 1996)';

CREATE FUNCTION @extschema@.trust_level(
        calculus pg_catalog.float8, knowledge pg_catalog.float8,
        identification pg_catalog.float8, threshold pg_catalog.float8 DEFAULT 0.6)
    RETURNS @extschema@.trust_level
    AS 'MODULE_PATHNAME', 'trust_level' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.trust_level(pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8) IS
    'Highest trust stage whose evidence, and that of every stage below it, reaches the threshold (default 0.6)';

CREATE FUNCTION @extschema@.classify_stage(
        vendor_dependence pg_catalog.float8, customer_dependence pg_catalog.float8,
        jbp @extschema@.jbp_mode DEFAULT 'none', indicators pg_catalog.int4 DEFAULT 0,
        vendor_reliance pg_catalog.float8 DEFAULT 0.005,
        customer_reliance pg_catalog.float8 DEFAULT 0.20,
        deep_indicators pg_catalog.int4 DEFAULT 4)
    RETURNS @extschema@.rel_stage
    AS 'MODULE_PATHNAME', 'classify_stage' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.classify_stage(pg_catalog.float8, pg_catalog.float8, @extschema@.jbp_mode, pg_catalog.int4, pg_catalog.float8, pg_catalog.float8, pg_catalog.int4) IS
    'Stage of interdependence: one-sided reliance is dependent; mutual reliance is interdependent, with a customer-led JBP deep_dependent, with a co-developed JBP and most of the seven signs deep_interdependent';

CREATE FUNCTION @extschema@.dependence_direction(
        vendor_dependence pg_catalog.float8, customer_dependence pg_catalog.float8,
        vendor_reliance pg_catalog.float8 DEFAULT 0.005,
        customer_reliance pg_catalog.float8 DEFAULT 0.20)
    RETURNS pg_catalog.text
    AS 'MODULE_PATHNAME', 'dependence_direction' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.dependence_direction(pg_catalog.float8, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8) IS
    'Who relies on whom: mutual, vendor_dependent (the supplier relies on a customer that does not rely on it), customer_dependent (the reverse), or none';

CREATE FUNCTION @extschema@.jbp_uplift(
        base_value pg_catalog.float8, jbp @extschema@.jbp_mode,
        trust_score pg_catalog.float8, indicators pg_catalog.int4)
    RETURNS pg_catalog.float8
    AS 'MODULE_PATHNAME', 'jbp_uplift' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.jbp_uplift(pg_catalog.float8, @extschema@.jbp_mode, pg_catalog.float8, pg_catalog.int4) IS
    'Potential additional value of a co-developed joint business plan over the customer-generic one (base_value): 0 for none or customer-led, up to 7x (a ceiling, not a forecast) with full trust and all seven signs';

CREATE FUNCTION @extschema@.attainment(
        actual pg_catalog.float8, target pg_catalog.float8,
        higher_is_better pg_catalog.bool DEFAULT true,
        floor pg_catalog.float8 DEFAULT NULL)
    RETURNS pg_catalog.float8
    AS 'MODULE_PATHNAME', 'attainment' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.attainment(pg_catalog.float8, pg_catalog.float8, pg_catalog.bool, pg_catalog.float8) IS
    'Share of a target met, 0..1 (capped at 1); with a floor, 0 at the floor (the goal failed) rising linearly to 1 at the target; NULL actual, target or direction give NULL';

CREATE FUNCTION @extschema@.expectation_gap(
        vendor_view @extschema@.rel_stage, customer_view @extschema@.rel_stage)
    RETURNS pg_catalog.int4
    AS 'MODULE_PATHNAME', 'expectation_gap' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.expectation_gap(@extschema@.rel_stage, @extschema@.rel_stage) IS
    'Vendor''s view minus customer''s view of the stage, in stages; |gap| >= 2 is a misalignment';

-- ---------------------------------------------------------------------------
-- Dashboard and concentration aggregates (DESIGN.md section 3).  Their state
-- is a float8[] of three sums, so partial states have text I/O and can be
-- shipped; one combine function adds two states.
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.attune_sums_combine(pg_catalog.float8[], pg_catalog.float8[])
    RETURNS pg_catalog.float8[]
    AS 'MODULE_PATHNAME', 'attune_sums_combine' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.attune_sums_combine(pg_catalog.float8[], pg_catalog.float8[]) IS
    'Combine function of dashboard_score and revenue_concentration: adds two states of three sums';

CREATE FUNCTION @extschema@.dashboard_score_transition(
        pg_catalog.float8[], pg_catalog.float8, pg_catalog.float8)
    RETURNS pg_catalog.float8[]
    AS 'MODULE_PATHNAME', 'dashboard_score_transition' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.dashboard_score_transition(pg_catalog.float8[], pg_catalog.float8, pg_catalog.float8) IS
    'Transition function of dashboard_score: state {rows, sum of weights, sum of weight * attainment}';
CREATE FUNCTION @extschema@.dashboard_score_final(pg_catalog.float8[])
    RETURNS pg_catalog.float8
    AS 'MODULE_PATHNAME', 'dashboard_score_final' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.dashboard_score_final(pg_catalog.float8[]) IS
    'Final function of dashboard_score: 100 * weighted mean attainment, NULL without weight';

CREATE AGGREGATE @extschema@.dashboard_score(attainment pg_catalog.float8, weight pg_catalog.float8) (
    SFUNC = @extschema@.dashboard_score_transition,
    STYPE = pg_catalog.float8[],
    FINALFUNC = @extschema@.dashboard_score_final,
    COMBINEFUNC = @extschema@.attune_sums_combine,
    INITCOND = '{0,0,0}',
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.dashboard_score(pg_catalog.float8, pg_catalog.float8) IS
    'Dashboard score 0..100: the weighted mean of attainments (0..1); rows with a NULL are skipped';

CREATE FUNCTION @extschema@.revenue_concentration_transition(pg_catalog.float8[], pg_catalog.float8)
    RETURNS pg_catalog.float8[]
    AS 'MODULE_PATHNAME', 'revenue_concentration_transition' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.revenue_concentration_transition(pg_catalog.float8[], pg_catalog.float8) IS
    'Transition function of revenue_concentration: state {rows, sum, sum of squares}';
CREATE FUNCTION @extschema@.revenue_concentration_final(pg_catalog.float8[])
    RETURNS pg_catalog.float8
    AS 'MODULE_PATHNAME', 'revenue_concentration_final' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.revenue_concentration_final(pg_catalog.float8[]) IS
    'Final function of revenue_concentration: sum of squares / square of sum, NULL without revenue';

CREATE AGGREGATE @extschema@.revenue_concentration(amount pg_catalog.float8) (
    SFUNC = @extschema@.revenue_concentration_transition,
    STYPE = pg_catalog.float8[],
    FINALFUNC = @extschema@.revenue_concentration_final,
    COMBINEFUNC = @extschema@.attune_sums_combine,
    INITCOND = '{0,0,0}',
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.revenue_concentration(pg_catalog.float8) IS
    'Herfindahl-Hirschman index 0..1 of the amounts (one row per customer): how much revenue rests on few customers';

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

-- ---------------------------------------------------------------------------
-- Health, risk and the trigger (DESIGN.md section 4; rules in docs/risk.md)
-- ---------------------------------------------------------------------------

-- Not STRICT: a NULL input skips the checks and health components that need
-- it (a NULL summary with an as_of means no contact is on record).
CREATE FUNCTION @extschema@.risk_flags(
        s @extschema@.contact_summary, as_of pg_catalog.timestamptz,
        trust_score pg_catalog.float8 DEFAULT NULL, dashboard pg_catalog.float8 DEFAULT NULL,
        vendor_view @extschema@.rel_stage DEFAULT NULL,
        customer_view @extschema@.rel_stage DEFAULT NULL,
        target_stage @extschema@.rel_stage DEFAULT NULL,
        thresholds pg_catalog.jsonb DEFAULT NULL)
    RETURNS pg_catalog.text[]
    AS 'MODULE_PATHNAME', 'risk_flags' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.risk_flags(@extschema@.contact_summary, pg_catalog.timestamptz, pg_catalog.float8, pg_catalog.float8, @extschema@.rel_stage, @extschema@.rel_stage, @extschema@.rel_stage, pg_catalog.jsonb) IS
    'Reasons an account is at risk as of a time, judged against the relationship it is meant to have (target_stage, else the deeper view): silent, cooling, souring, negative_experience, one_way, exec_lapsed, no_exec_sponsor, bow_tie, single_threaded, past_focused, excessive_trust, misaligned, below_target';

CREATE FUNCTION @extschema@.relationship_health(
        s @extschema@.contact_summary, as_of pg_catalog.timestamptz,
        trust_score pg_catalog.float8 DEFAULT NULL, dashboard pg_catalog.float8 DEFAULT NULL,
        vendor_view @extschema@.rel_stage DEFAULT NULL,
        customer_view @extschema@.rel_stage DEFAULT NULL,
        weights pg_catalog.jsonb DEFAULT NULL,
        target_stage @extschema@.rel_stage DEFAULT NULL,
        thresholds pg_catalog.jsonb DEFAULT NULL)
    RETURNS pg_catalog.float8
    AS 'MODULE_PATHNAME', 'relationship_health' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.relationship_health(@extschema@.contact_summary, pg_catalog.timestamptz, pg_catalog.float8, pg_catalog.float8, @extschema@.rel_stage, @extschema@.rel_stage, pg_catalog.jsonb, @extschema@.rel_stage, pg_catalog.jsonb) IS
    'Health 0..100: the flags decide the band (red 0..50, yellow 50..75, green 75..100), the weighted mean of the known components the place within it';

CREATE FUNCTION @extschema@.health_report(
        s @extschema@.contact_summary, as_of pg_catalog.timestamptz,
        trust_score pg_catalog.float8 DEFAULT NULL, dashboard pg_catalog.float8 DEFAULT NULL,
        vendor_view @extschema@.rel_stage DEFAULT NULL,
        customer_view @extschema@.rel_stage DEFAULT NULL,
        weights pg_catalog.jsonb DEFAULT NULL,
        target_stage @extschema@.rel_stage DEFAULT NULL,
        thresholds pg_catalog.jsonb DEFAULT NULL)
    RETURNS pg_catalog.jsonb
    AS 'MODULE_PATHNAME', 'health_report' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.health_report(@extschema@.contact_summary, pg_catalog.timestamptz, pg_catalog.float8, pg_catalog.float8, @extschema@.rel_stage, @extschema@.rel_stage, pg_catalog.jsonb, @extschema@.rel_stage, pg_catalog.jsonb) IS
    'relationship_health explained: health, band, how the account was judged, flags, a reason in plain words per flag, and each component''s score, weight and renormalised weight';

-- The margin's default is the trigger's declining margin (src/risk.h).
CREATE FUNCTION @extschema@.health_trend(
        previous pg_catalog.float8, current pg_catalog.float8, margin pg_catalog.float8 DEFAULT 10)
    RETURNS pg_catalog.text
    AS 'MODULE_PATHNAME', 'health_trend' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.health_trend(pg_catalog.float8, pg_catalog.float8, pg_catalog.float8) IS
    'Trend from a previous health to the current one: up, down, or same when it moved by at most margin points (default 10, the trigger''s declining margin)';

CREATE FUNCTION @extschema@.flag_at_risk()
    RETURNS trigger
    AS 'MODULE_PATHNAME', 'flag_at_risk' LANGUAGE C;
COMMENT ON FUNCTION @extschema@.flag_at_risk() IS
    'BEFORE INSERT OR UPDATE FOR EACH ROW trigger: sets at_risk, risk_reasons and (if the column exists) health from summary, trust_score, dashboard, vendor_view, customer_view and target_stage as of the transaction start, raises declining when an UPDATE lowers health by more than 10; arguments ''key=column'' rename columns, ''notify=channel'' notifies a channel of each row whose flags change';

-- It writes the table: VOLATILE and PARALLEL UNSAFE.
CREATE FUNCTION @extschema@.flag_at_risk_refresh(tbl pg_catalog.regclass)
    RETURNS pg_catalog.int8
    AS 'MODULE_PATHNAME', 'flag_at_risk_refresh' LANGUAGE C VOLATILE STRICT PARALLEL UNSAFE;
COMMENT ON FUNCTION @extschema@.flag_at_risk_refresh(pg_catalog.regclass) IS
    'Re-judges a table flagged by flag_at_risk as of now (the transaction''s start), with that trigger''s columns, writing only the rows whose flags change; returns how many. Its SQL resolves nothing through the caller''s search_path; run it as the table''s owner (schedule it nightly, for example with pg_cron)';

-- ---------------------------------------------------------------------------
-- Proof: how well a score separated the accounts later lost, and the weights
-- that separate them best (DESIGN.md section 5; methods in docs/models.md).
-- Their state is an int8[] of counts and integer sums, combined by adding.
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.health_counts_combine(pg_catalog.int8[], pg_catalog.int8[])
    RETURNS pg_catalog.int8[]
    AS 'MODULE_PATHNAME', 'health_counts_combine' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.health_counts_combine(pg_catalog.int8[], pg_catalog.int8[]) IS
    'Combine function of health_backtest and health_calibrate: adds two states of counts';

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

CREATE FUNCTION @extschema@.health_backtest_transition(pg_catalog.int8[], pg_catalog.float8, pg_catalog.bool)
    RETURNS pg_catalog.int8[]
    AS 'MODULE_PATHNAME', 'health_backtest_transition' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.health_backtest_transition(pg_catalog.int8[], pg_catalog.float8, pg_catalog.bool) IS
    'Transition function of health_backtest: counts per tenth of a point of score, per outcome; NULL scores or outcomes are skipped';
CREATE FUNCTION @extschema@.health_backtest_final(pg_catalog.int8[])
    RETURNS pg_catalog.jsonb
    AS 'MODULE_PATHNAME', 'health_backtest_final' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.health_backtest_final(pg_catalog.int8[]) IS
    'Final function of health_backtest: AUC, and per band and for the flagged accounts the counts, precision and recall';

CREATE AGGREGATE @extschema@.health_backtest(score pg_catalog.float8, outcome pg_catalog.bool) (
    SFUNC = @extschema@.health_backtest_transition,
    STYPE = pg_catalog.int8[],
    FINALFUNC = @extschema@.health_backtest_final,
    COMBINEFUNC = @extschema@.health_counts_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.health_backtest(pg_catalog.float8, pg_catalog.bool) IS
    'How well a health score (0..100) separated the accounts that later had the bad outcome (outcome true): AUC, and per band and for "flagged" (not green) the counts, precision and recall';

CREATE FUNCTION @extschema@.health_calibrate_transition(pg_catalog.int8[], pg_catalog.jsonb, pg_catalog.bool)
    RETURNS pg_catalog.int8[]
    AS 'MODULE_PATHNAME', 'health_calibrate_transition' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.health_calibrate_transition(pg_catalog.int8[], pg_catalog.jsonb, pg_catalog.bool) IS
    'Transition function of health_calibrate: per outcome and component, count, sum and sum of squares of the scores (hundredths)';
CREATE FUNCTION @extschema@.health_calibrate_final(pg_catalog.int8[])
    RETURNS pg_catalog.jsonb
    AS 'MODULE_PATHNAME', 'health_calibrate_final' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.health_calibrate_final(pg_catalog.int8[]) IS
    'Final function of health_calibrate: the weights of a diagonal linear discriminant, non-negative, summing to 1';

CREATE AGGREGATE @extschema@.health_calibrate(report pg_catalog.jsonb, outcome pg_catalog.bool) (
    SFUNC = @extschema@.health_calibrate_transition,
    STYPE = pg_catalog.int8[],
    FINALFUNC = @extschema@.health_calibrate_final,
    COMBINEFUNC = @extschema@.health_counts_combine,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.health_calibrate(pg_catalog.jsonb, pg_catalog.bool) IS
    'Component weights (the keys of relationship_health''s weights, summing to 1) that best separate the accounts with the bad outcome, from health_report values; pass the result as weights';
