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
 * classify_stage thresholds (docs/models.md, "Stages of interdependence").
 * A share of at least MEANINGFUL_RELIANCE is reliance; DEEP_RELIANCE is deep
 * reliance; DEEP_INDICATORS of the seven signs are "most" of them.
 */
#define MEANINGFUL_RELIANCE 0.10
#define DEEP_RELIANCE		0.25
#define DEEP_INDICATORS		4
#define ALL_INDICATORS		7

PG_FUNCTION_INFO_V1(classify_stage);
Datum
classify_stage(PG_FUNCTION_ARGS)
{
	double		vendor = attune_check_share(PG_GETARG_FLOAT8(0), "vendor_dependence");
	double		customer = attune_check_share(PG_GETARG_FLOAT8(1), "customer_dependence");
	int			jbp = PG_GETARG_LABEL(2);
	int			indicators = attune_check_int_range(PG_GETARG_INT32(3), 0, ALL_INDICATORS,
													"indicators");
	bool		vendor_deep = vendor >= DEEP_RELIANCE;
	bool		customer_deep = customer >= DEEP_RELIANCE;

	if (vendor_deep && customer_deep && jbp == JBP_MODE_CO_DEVELOPED &&
		indicators >= DEEP_INDICATORS)
		PG_RETURN_LABEL(REL_STAGE_DEEP_INTERDEPENDENT);
	if ((vendor_deep || customer_deep) && jbp != JBP_MODE_NONE)
		PG_RETURN_LABEL(REL_STAGE_DEEP_DEPENDENT);
	if (vendor >= MEANINGFUL_RELIANCE && customer >= MEANINGFUL_RELIANCE)
		PG_RETURN_LABEL(REL_STAGE_INTERDEPENDENT);
	if (vendor >= MEANINGFUL_RELIANCE || customer >= MEANINGFUL_RELIANCE)
		PG_RETURN_LABEL(REL_STAGE_DEPENDENT);
	PG_RETURN_LABEL(REL_STAGE_INDEPENDENT);
}

/*
 * jbp_uplift: additional value over base_value.  A customer-led plan adds up
 * to CUSTOMER_LED_CEILING times the base, in proportion to trust; a
 * co-developed plan adds the same at no indicators and grows linearly with
 * the indicators up to the reported 7:1 ceiling at all seven and full trust.
 */
#define CUSTOMER_LED_CEILING	1.0
#define CO_DEVELOPED_CEILING	7.0

PG_FUNCTION_INFO_V1(jbp_uplift);
Datum
jbp_uplift(PG_FUNCTION_ARGS)
{
	double		base = attune_check_nonnegative(PG_GETARG_FLOAT8(0), "base_value");
	int			jbp = PG_GETARG_LABEL(1);
	double		trust = attune_check_range(PG_GETARG_FLOAT8(2), 0.0, 100.0, "trust_score") / 100.0;
	int			indicators = attune_check_int_range(PG_GETARG_INT32(3), 0, ALL_INDICATORS,
													"indicators");
	double		multiple;

	switch (jbp)
	{
		case JBP_MODE_CUSTOMER_LED:
			multiple = CUSTOMER_LED_CEILING * trust;
			break;
		case JBP_MODE_CO_DEVELOPED:
			multiple = trust * (CUSTOMER_LED_CEILING +
								(CO_DEVELOPED_CEILING - CUSTOMER_LED_CEILING) *
								indicators / ALL_INDICATORS);
			break;
		default:
			multiple = 0.0;
			break;
	}
	PG_RETURN_FLOAT8(attune_check_nonnegative(base * multiple, "jbp_uplift result"));
}

/*
 * attainment: share of target met, from 0 to ATTAINMENT_CEILING.  Capping at
 * "fully met" keeps one over-achieved goal from hiding a missed one when
 * attainments are averaged into a dashboard score.
 */
#define ATTAINMENT_CEILING 1.0

PG_FUNCTION_INFO_V1(attainment);
Datum
attainment(PG_FUNCTION_ARGS)
{
	double		actual = attune_check_nonnegative(PG_GETARG_FLOAT8(0), "actual");
	double		target = attune_check_nonnegative(PG_GETARG_FLOAT8(1), "target");
	bool		higher_is_better = PG_GETARG_BOOL(2);
	double		met;

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
	PG_RETURN_INT32(PG_GETARG_LABEL(0) - PG_GETARG_LABEL(1));
}
