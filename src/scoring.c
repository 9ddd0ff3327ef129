/*
 * scoring.c
 *		The scalar models of DESIGN.md section 2: trust_score, trust_level,
 *		classify_stage, jbp_uplift, attainment and expectation_gap.
 *
 * Every formula and threshold here is documented, with its source and the
 * reason for its value, in docs/models.md; keep the two in step.
 *
 * Copyright (c) 2026, the attune developers; PostgreSQL License (LICENSE).
 */
#include "attune.h"

#include "utils/builtins.h"
#include "utils/float.h"

/*
 * Trust (Lewicki and Bunker 1996).  Each stage builds on the one below, so
 * the evidence for a stage counts only as far as the (capped) evidence of the
 * stage below it reaches.
 */
typedef struct TrustEvidence
{
	double		calculus;
	double		knowledge;
	double		identification;
} TrustEvidence;

static TrustEvidence
capped_trust_evidence(PG_FUNCTION_ARGS)
{
	TrustEvidence e;

	e.calculus = attune_check_share(PG_GETARG_FLOAT8(0), "calculus");
	e.knowledge = Min(attune_check_share(PG_GETARG_FLOAT8(1), "knowledge"),
					  e.calculus);
	e.identification = Min(attune_check_share(PG_GETARG_FLOAT8(2), "identification"),
						   e.knowledge);
	return e;
}

/* trust_score: the mean of the capped evidence, scaled to 0..100 */
PG_FUNCTION_INFO_V1(trust_score);
Datum
trust_score(PG_FUNCTION_ARGS)
{
	TrustEvidence e = capped_trust_evidence(fcinfo);

	PG_RETURN_FLOAT8(100.0 * (e.calculus + e.knowledge + e.identification) / 3.0);
}

/* trust_level: the highest stage whose capped evidence reaches the threshold */
PG_FUNCTION_INFO_V1(trust_level);
Datum
trust_level(PG_FUNCTION_ARGS)
{
	TrustEvidence e = capped_trust_evidence(fcinfo);
	double		threshold = attune_check_share(PG_GETARG_FLOAT8(3), "threshold");

	if (e.identification >= threshold)
		PG_RETURN_LABEL(TRUST_LEVEL_IDENTIFICATION);
	if (e.knowledge >= threshold)
		PG_RETURN_LABEL(TRUST_LEVEL_KNOWLEDGE);
	if (e.calculus >= threshold)
		PG_RETURN_LABEL(TRUST_LEVEL_CALCULUS);
	PG_RETURN_LABEL(TRUST_LEVEL_NONE);
}

/*
 * Reliance (docs/models.md, "Stages of interdependence").  The vendor
 * relies on an account from VENDOR_RELIANCE of its revenue on (audit
 * practice's materiality: losing it would move the vendor's results); the
 * customer relies on the vendor from CUSTOMER_RELIANCE of its spend in the
 * category on (more than one supplier among the five a category commonly
 * has).  DEEP_INDICATORS of the seven signs are "most" of them.
 */
#define VENDOR_RELIANCE		0.005
#define CUSTOMER_RELIANCE	0.20
#define DEEP_INDICATORS		4
#define ALL_INDICATORS		7

/* Who relies on whom: both, one side, or neither. */
typedef struct Reliance
{
	bool		vendor;
	bool		customer;
} Reliance;

/* arguments 0, 1 (the shares) and the two reliance thresholds at vendor_argno, +1 */
static Reliance
reliance_of_args(FunctionCallInfo fcinfo, int vendor_argno)
{
	double		vendor = attune_check_share(PG_GETARG_FLOAT8(0), "vendor_dependence");
	double		customer = attune_check_share(PG_GETARG_FLOAT8(1), "customer_dependence");
	double		vendor_bar = attune_check_share(PG_GETARG_FLOAT8(vendor_argno), "vendor_reliance");
	double		customer_bar = attune_check_share(PG_GETARG_FLOAT8(vendor_argno + 1),
												  "customer_reliance");
	Reliance	r;

	r.vendor = vendor >= vendor_bar;
	r.customer = customer >= customer_bar;
	return r;
}

/*
 * classify_stage: one-sided reliance is dependence, whatever the plan; a
 * stage above interdependent needs mutual reliance and a joint business
 * plan: the customer's (deep dependence) or co-developed with most of the
 * seven signs (deep inter-dependence).
 */
PG_FUNCTION_INFO_V1(classify_stage);
Datum
classify_stage(PG_FUNCTION_ARGS)
{
	Reliance	r = reliance_of_args(fcinfo, 4);
	int			jbp = PG_GETARG_JBP(2);
	int			indicators = attune_check_int_range(PG_GETARG_INT32(3), 0, ALL_INDICATORS,
													"indicators");
	int			deep_indicators = attune_check_int_range(PG_GETARG_INT32(6), 0, ALL_INDICATORS,
														 "deep_indicators");

	if (r.vendor && r.customer)
	{
		if (jbp == JBP_MODE_CO_DEVELOPED && indicators >= deep_indicators)
			PG_RETURN_LABEL(REL_STAGE_DEEP_INTERDEPENDENT);
		if (jbp != JBP_MODE_NONE)
			PG_RETURN_LABEL(REL_STAGE_DEEP_DEPENDENT);
		PG_RETURN_LABEL(REL_STAGE_INTERDEPENDENT);
	}
	if (r.vendor || r.customer)
		PG_RETURN_LABEL(REL_STAGE_DEPENDENT);
	PG_RETURN_LABEL(REL_STAGE_INDEPENDENT);
}

/*
 * dependence_direction: which side relies on the other.  One-sided
 * dependence names the side that depends: the supplier over-reliant on a
 * customer that could do without it (vendor_dependent), or the customer
 * reliant on a supplier that does not need it (customer_dependent).
 */
PG_FUNCTION_INFO_V1(dependence_direction);
Datum
dependence_direction(PG_FUNCTION_ARGS)
{
	Reliance	r = reliance_of_args(fcinfo, 2);

	if (r.vendor && r.customer)
		PG_RETURN_TEXT_P(cstring_to_text("mutual"));
	if (r.vendor)
		PG_RETURN_TEXT_P(cstring_to_text("vendor_dependent"));
	if (r.customer)
		PG_RETURN_TEXT_P(cstring_to_text("customer_dependent"));
	PG_RETURN_TEXT_P(cstring_to_text("none"));
}

/*
 * jbp_uplift: the additional value y over the customer-generic plan x =
 * base_value.  A customer-led plan is that baseline (0); a co-developed one
 * can yield up to CO_DEVELOPED_CEILING times the base, reached only with
 * full trust and all seven signs, each sign at full trust adding one
 * seventh of it.
 */
#define CO_DEVELOPED_CEILING	7.0

PG_FUNCTION_INFO_V1(jbp_uplift);
Datum
jbp_uplift(PG_FUNCTION_ARGS)
{
	double		base = attune_check_nonnegative(PG_GETARG_FLOAT8(0), "base_value");
	int			jbp = PG_GETARG_JBP(1);
	double		trust = attune_check_range(PG_GETARG_FLOAT8(2), 0.0, 100.0, "trust_score") / 100.0;
	int			indicators = attune_check_int_range(PG_GETARG_INT32(3), 0, ALL_INDICATORS,
													"indicators");
	double		multiple = 0.0;

	if (jbp == JBP_MODE_CO_DEVELOPED)
		multiple = trust * indicators * (CO_DEVELOPED_CEILING / ALL_INDICATORS);
	PG_RETURN_FLOAT8(attune_check_nonnegative(base * multiple, "jbp_uplift result"));
}

/*
 * attainment: share of target met, from 0 to ATTAINMENT_CEILING.  Capping at
 * "fully met" keeps one over-achieved goal from hiding a missed one when
 * attainments are averaged into a dashboard score.  With a floor (the value
 * at which the goal counts as failed) it runs linearly from 0 at the floor
 * to 1 at the target.
 */
#define ATTAINMENT_CEILING 1.0

static double
attainment_with_floor(double actual, double target, bool higher_is_better, double floor)
{
	if (higher_is_better ? floor >= target : floor <= target)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("floor %s is not on the failing side of target %s",
						float8out_internal(floor), float8out_internal(target)),
				 errdetail("The floor is where the goal counts as failed: below the target when "
						   "higher is better, above it when lower is better.")));
	return Max(Min((actual - floor) / (target - floor), ATTAINMENT_CEILING), 0.0);
}

/* Not STRICT, for the optional floor: NULL actual, target or direction give NULL. */
PG_FUNCTION_INFO_V1(attainment);
Datum
attainment(PG_FUNCTION_ARGS)
{
	double		actual,
				target,
				met;
	bool		higher_is_better;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1) || PG_ARGISNULL(2))
		PG_RETURN_NULL();
	actual = attune_check_nonnegative(PG_GETARG_FLOAT8(0), "actual");
	target = attune_check_nonnegative(PG_GETARG_FLOAT8(1), "target");
	higher_is_better = PG_GETARG_BOOL(2);
	if (!PG_ARGISNULL(3))
		PG_RETURN_FLOAT8(attainment_with_floor(actual, target, higher_is_better,
											   attune_check_nonnegative(PG_GETARG_FLOAT8(3), "floor")));
	if (higher_is_better)
		met = target == 0.0 ? ATTAINMENT_CEILING : actual / target;
	else
		met = actual <= target ? ATTAINMENT_CEILING : target / actual;
	PG_RETURN_FLOAT8(Min(met, ATTAINMENT_CEILING));
}

/* expectation_gap: vendor's view minus customer's view, in stages */
PG_FUNCTION_INFO_V1(expectation_gap);
Datum
expectation_gap(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(PG_GETARG_STAGE(0) - PG_GETARG_STAGE(1));
}
