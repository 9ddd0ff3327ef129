
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
