
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
