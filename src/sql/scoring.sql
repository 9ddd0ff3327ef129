
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
