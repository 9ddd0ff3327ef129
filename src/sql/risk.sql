
-- ---------------------------------------------------------------------------
-- Health, risk and the trigger (DESIGN.md section 4; rules in docs/risk.md)
-- ---------------------------------------------------------------------------

-- Not STRICT: a NULL input skips the checks and health components that need it.
CREATE FUNCTION @extschema@.risk_flags(
        s @extschema@.contact_summary, as_of pg_catalog.timestamptz,
        trust_score pg_catalog.float8 DEFAULT NULL, dashboard pg_catalog.float8 DEFAULT NULL,
        vendor_view @extschema@.rel_stage DEFAULT NULL,
        customer_view @extschema@.rel_stage DEFAULT NULL)
    RETURNS pg_catalog.text[]
    AS 'MODULE_PATHNAME', 'risk_flags' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.risk_flags(@extschema@.contact_summary, pg_catalog.timestamptz, pg_catalog.float8, pg_catalog.float8, @extschema@.rel_stage, @extschema@.rel_stage) IS
    'Reasons an account is at risk as of a time: silent, bow_tie, no_exec_sponsor, past_focused, negative_experience, excessive_trust, misaligned, below_target; NULL inputs skip their checks';

CREATE FUNCTION @extschema@.relationship_health(
        s @extschema@.contact_summary, as_of pg_catalog.timestamptz,
        trust_score pg_catalog.float8 DEFAULT NULL, dashboard pg_catalog.float8 DEFAULT NULL,
        vendor_view @extschema@.rel_stage DEFAULT NULL,
        customer_view @extschema@.rel_stage DEFAULT NULL,
        weights pg_catalog.jsonb DEFAULT NULL)
    RETURNS pg_catalog.float8
    AS 'MODULE_PATHNAME', 'relationship_health' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.relationship_health(@extschema@.contact_summary, pg_catalog.timestamptz, pg_catalog.float8, pg_catalog.float8, @extschema@.rel_stage, @extschema@.rel_stage, pg_catalog.jsonb) IS
    'Health 0..100: weighted mean of the known components (weights: optional jsonb overriding the defaults; unknown components drop out and the rest are renormalised)';

CREATE FUNCTION @extschema@.health_report(
        s @extschema@.contact_summary, as_of pg_catalog.timestamptz,
        trust_score pg_catalog.float8 DEFAULT NULL, dashboard pg_catalog.float8 DEFAULT NULL,
        vendor_view @extschema@.rel_stage DEFAULT NULL,
        customer_view @extschema@.rel_stage DEFAULT NULL,
        weights pg_catalog.jsonb DEFAULT NULL)
    RETURNS pg_catalog.jsonb
    AS 'MODULE_PATHNAME', 'health_report' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.health_report(@extschema@.contact_summary, pg_catalog.timestamptz, pg_catalog.float8, pg_catalog.float8, @extschema@.rel_stage, @extschema@.rel_stage, pg_catalog.jsonb) IS
    'relationship_health explained: health, band (red <= 50 < yellow <= 75 < green), flags, and each component''s score, weight and renormalised weight';

CREATE FUNCTION @extschema@.flag_at_risk()
    RETURNS trigger
    AS 'MODULE_PATHNAME', 'flag_at_risk' LANGUAGE C;
COMMENT ON FUNCTION @extschema@.flag_at_risk() IS
    'BEFORE INSERT OR UPDATE FOR EACH ROW trigger: sets at_risk and risk_reasons from summary, trust_score, dashboard, vendor_view and customer_view as of the transaction start; arguments ''key=column'' rename columns';
