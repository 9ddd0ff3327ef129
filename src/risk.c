/*
 * risk.c
 *		risk_flags, relationship_health and health_report (DESIGN.md
 *		section 4).  Every rule, threshold and default weight here is
 *		documented in docs/risk.md; keep the two in step.
 *
 * Copyright (c) 2026, the attune developers; PostgreSQL License (LICENSE).
 */
#include "risk.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "lib/stringinfo.h"
#include "utils/builtins.h"
#include "utils/float.h"
#include "utils/jsonb.h"
#include "utils/timestamp.h"

/* silent: no contact for more than a quarter (the cadence of quarterly reviews) */
#define SILENT_DAYS				90.0
/* recency falls from 100 on the day of a contact to 0 after twice SILENT_DAYS */
#define RECENCY_ZERO_DAYS		(2 * SILENT_DAYS)
/* bow_tie: two people at one level on each side is the least diamond, 0.25 */
#define BOW_TIE_BELOW			0.25
/* no_exec_sponsor: fewer than half the quarters with an executive-to-executive contact */
#define EXEC_COVERAGE_BELOW		0.5
/* past_focused: fewer than half the contacts about the future */
#define FUTURE_SHARE_BELOW		0.5
/* the bands of health scorecards, also used for trust and the dashboard */
#define RED_AT_MOST				50.0
#define YELLOW_AT_MOST			75.0
/* misaligned: the two views of the stage two or more stages apart */
#define MISALIGNED_GAP			2
#define MAX_STAGE_GAP			4

static const char *const flag_names[N_RISK_FLAGS] = {
	"silent", "bow_tie", "no_exec_sponsor", "past_focused",
	"negative_experience", "excessive_trust", "misaligned", "below_target"
};

/* The components of relationship_health, each scored 0..100. */
typedef enum HealthComponent
{
	HEALTH_RECENCY,
	HEALTH_BREADTH,
	HEALTH_EXEC,
	HEALTH_FOCUS,
	HEALTH_EXPERIENCE,
	HEALTH_TRUST,
	HEALTH_DASHBOARD,
	HEALTH_ALIGNMENT,
	N_HEALTH_COMPONENTS
} HealthComponent;

static const char *const component_names[N_HEALTH_COMPONENTS] = {
	"recency", "breadth", "exec", "focus", "experience", "trust", "dashboard",
	"alignment"
};

static const double default_weights[N_HEALTH_COMPONENTS] = {
	0.15, 0.15, 0.10, 0.10, 0.15, 0.15, 0.15, 0.05
};

RiskInputs
risk_inputs_none(void)
{
	RiskInputs	in;

	in.summary = NULL;
	in.has_as_of = false;
	in.as_of = 0;
	in.trust_score = get_float8_nan();
	in.dashboard = get_float8_nan();
	in.vendor_view = -1;
	in.customer_view = -1;
	return in;
}

/* a score on the 0..100 scale of trust_score and dashboard_score */
double
risk_check_score(double value, const char *argname)
{
	return attune_check_range(value, 0.0, 100.0, argname);
}

/* days from the last contact to as_of, negative if the last contact is later */
static double
days_since_last_contact(const RiskInputs *in)
{
	return ((double) in->as_of - (double) in->summary->last_contact) / USECS_PER_DAY;
}

static bool
views_known(const RiskInputs *in)
{
	return in->vendor_view >= 0 && in->customer_view >= 0;
}

#define FLAG_IF(flag, holds)	((holds) ? 1u << (flag) : 0u)

/*
 * The flags whose rules (docs/risk.md) hold, bit i for RiskFlag i; a rule
 * whose inputs are unknown does not hold.  A statement per rule rather than
 * a loop over a switch: the trigger evaluates this for every row.
 */
uint32
risk_flags_of(const RiskInputs *in)
{
	const ContactSummary *s = in->summary;
	uint32		flags = 0;

	if (s)
	{
		flags |= FLAG_IF(RISK_SILENT, in->has_as_of && days_since_last_contact(in) > SILENT_DAYS);
		flags |= FLAG_IF(RISK_BOW_TIE,
						 summary_people_known(s) && summary_diamond_below(s, BOW_TIE_BELOW));
		flags |= FLAG_IF(RISK_NO_EXEC_SPONSOR,
						 summary_levels_known(s) && summary_exec_coverage(s) < EXEC_COVERAGE_BELOW);
		/* NaN (focus unknown) compares false */
		flags |= FLAG_IF(RISK_PAST_FOCUSED, summary_future_share(s) < FUTURE_SHARE_BELOW);
		flags |= FLAG_IF(RISK_NEGATIVE_EXPERIENCE,
						 in->has_as_of && summary_experience(s, in->as_of) < 0.0);
	}
	flags |= FLAG_IF(RISK_EXCESSIVE_TRUST,
					 in->trust_score > YELLOW_AT_MOST && in->dashboard <= RED_AT_MOST);
	flags |= FLAG_IF(RISK_MISALIGNED,
					 views_known(in) && abs(in->vendor_view - in->customer_view) >= MISALIGNED_GAP);
	flags |= FLAG_IF(RISK_BELOW_TARGET, in->dashboard <= YELLOW_AT_MOST);
	return flags;
}

/* the keywords of the flags, in RiskFlag order, as text[] */
ArrayType *
risk_flags_array(uint32 flags)
{
	Datum		keywords[N_RISK_FLAGS];
	int			n = 0;
	int			flag;

	for (flag = 0; flag < N_RISK_FLAGS; flag++)
		if (flags & (1u << flag))
			keywords[n++] = CStringGetTextDatum(flag_names[flag]);
	if (n == 0)
		return construct_empty_array(TEXTOID);
	return construct_array(keywords, n, TEXTOID, -1, false, TYPALIGN_INT);
}

/* arguments 0..5 of the SQL functions: s, as_of, trust_score, dashboard, vendor_view, customer_view */
static RiskInputs
risk_inputs_from_args(FunctionCallInfo fcinfo)
{
	RiskInputs	in = risk_inputs_none();

	if (!PG_ARGISNULL(0))
		in.summary = PG_GETARG_CONTACT_SUMMARY(0);
	if (!PG_ARGISNULL(1))
	{
		in.has_as_of = true;
		in.as_of = attune_check_finite_time(PG_GETARG_TIMESTAMPTZ(1), "as_of");
	}
	if (!PG_ARGISNULL(2))
		in.trust_score = risk_check_score(PG_GETARG_FLOAT8(2), "trust_score");
	if (!PG_ARGISNULL(3))
		in.dashboard = risk_check_score(PG_GETARG_FLOAT8(3), "dashboard");
	if (!PG_ARGISNULL(4))
		in.vendor_view = PG_GETARG_LABEL(4);
	if (!PG_ARGISNULL(5))
		in.customer_view = PG_GETARG_LABEL(5);
	return in;
}

PG_FUNCTION_INFO_V1(risk_flags);
Datum
risk_flags(PG_FUNCTION_ARGS)
{
	RiskInputs	in = risk_inputs_from_args(fcinfo);

	PG_RETURN_ARRAYTYPE_P(risk_flags_array(risk_flags_of(&in)));
}

/* each component's score 0..100; NaN where its inputs are unknown */
static void
health_components(const RiskInputs *in, double score[N_HEALTH_COMPONENTS])
{
	const ContactSummary *s = in->summary;
	double		nan = get_float8_nan();
	int			i;

	for (i = 0; i < N_HEALTH_COMPONENTS; i++)
		score[i] = nan;
	if (s && in->has_as_of)
	{
		double		days = Max(days_since_last_contact(in), 0.0);

		score[HEALTH_RECENCY] = 100.0 * Max(1.0 - days / RECENCY_ZERO_DAYS, 0.0);
		score[HEALTH_EXPERIENCE] = 50.0 * (1.0 + summary_experience(s, in->as_of));
	}
	if (s && summary_people_known(s))
		score[HEALTH_BREADTH] = 100.0 * summary_diamond_index(s);
	if (s && summary_levels_known(s))
		score[HEALTH_EXEC] = 100.0 * summary_exec_coverage(s);
	if (s)
		score[HEALTH_FOCUS] = 100.0 * summary_future_share(s);
	score[HEALTH_TRUST] = in->trust_score;
	score[HEALTH_DASHBOARD] = in->dashboard;
	if (views_known(in))
		score[HEALTH_ALIGNMENT] =
			100.0 * (1.0 - (double) abs(in->vendor_view - in->customer_view) / MAX_STAGE_GAP);
}

static void
weights_error(const char *message, const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("invalid health weights: %s", message),
			 errdetail("%s", detail),
			 errhint("Give a jsonb object of non-negative numbers keyed by component, "
					 "for example '{\"trust\": 0.3, \"exec\": 0}'; components: %s.",
					 attune_name_list(component_names, N_HEALTH_COMPONENTS))));
}

static int
component_of_key(const JsonbValue *key)
{
	int			i;

	for (i = 0; i < N_HEALTH_COMPONENTS; i++)
		if (strlen(component_names[i]) == (size_t) key->val.string.len &&
			memcmp(component_names[i], key->val.string.val, key->val.string.len) == 0)
			return i;
	weights_error("unknown component",
				  psprintf("\"%s\" is not a component of relationship_health.",
						   pnstrdup(key->val.string.val, key->val.string.len)));
	return -1;					/* keep the compiler quiet */
}

static double
weight_of_value(const JsonbValue *value, const char *component)
{
	double		weight;

	if (value->type != jbvNumeric)
		weights_error("a weight is not a number",
					  psprintf("The weight of \"%s\" must be a number.", component));
	/* a number beyond float8 becomes infinity, rejected below */
	weight = DatumGetFloat8(DirectFunctionCall1(numeric_float8_no_overflow,
												NumericGetDatum(value->val.numeric)));
	if (!(weight >= 0.0 && weight <= DBL_MAX))
		weights_error("a weight is out of range",
					  psprintf("The weight of \"%s\" is %s; weights must be finite and not negative.",
							   component, float8out_internal(weight)));
	return weight;
}

/* the default weights, overridden by the keys of a jsonb object (NULL: none) */
static void
health_weights(Jsonb *overrides, double weight[N_HEALTH_COMPONENTS])
{
	JsonbIterator *it;
	JsonbValue	v;
	JsonbIteratorToken token;
	int			component = -1;

	memcpy(weight, default_weights, sizeof(default_weights));
	if (overrides == NULL)
		return;
	if (!JB_ROOT_IS_OBJECT(overrides) || JB_ROOT_IS_SCALAR(overrides))
		weights_error("not an object", "weights must be a jsonb object.");
	it = JsonbIteratorInit(&overrides->root);
	while ((token = JsonbIteratorNext(&it, &v, true)) != WJB_DONE)
	{
		if (token == WJB_KEY)
			component = component_of_key(&v);
		else if (token == WJB_VALUE)
			weight[component] = weight_of_value(&v, component_names[component]);
	}
}

/*
 * The weighted mean of the known components; effective[i] receives each
 * component's renormalised weight (0 for an unknown one).  NaN when no
 * known component has a weight.
 */
static double
health_of(const double score[N_HEALTH_COMPONENTS], const double weight[N_HEALTH_COMPONENTS],
		  double effective[N_HEALTH_COMPONENTS])
{
	double		total_weight = 0.0;
	double		health = 0.0;
	int			i;

	for (i = 0; i < N_HEALTH_COMPONENTS; i++)
		if (!isnan(score[i]))
			total_weight += weight[i];
	for (i = 0; i < N_HEALTH_COMPONENTS; i++)
	{
		effective[i] = (isnan(score[i]) || total_weight == 0.0) ? 0.0 : weight[i] / total_weight;
		if (effective[i] > 0.0)
			health += effective[i] * score[i];
	}
	return total_weight == 0.0 ? get_float8_nan() : health;
}

typedef struct HealthResult
{
	double		score[N_HEALTH_COMPONENTS];
	double		weight[N_HEALTH_COMPONENTS];
	double		effective[N_HEALTH_COMPONENTS];
	double		health;			/* NaN: no known, weighted component */
} HealthResult;

/* arguments 0..6 of relationship_health and health_report; 6 is the weights */
static HealthResult
health_from_args(FunctionCallInfo fcinfo, RiskInputs *in)
{
	HealthResult r;

	*in = risk_inputs_from_args(fcinfo);
	health_components(in, r.score);
	health_weights(PG_ARGISNULL(6) ? NULL : PG_GETARG_JSONB_P(6), r.weight);
	r.health = health_of(r.score, r.weight, r.effective);
	return r;
}

PG_FUNCTION_INFO_V1(relationship_health);
Datum
relationship_health(PG_FUNCTION_ARGS)
{
	RiskInputs	in;
	HealthResult r = health_from_args(fcinfo, &in);

	if (isnan(r.health))
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(r.health);
}

static const char *
health_band(double health)
{
	if (health <= RED_AT_MOST)
		return "red";
	if (health <= YELLOW_AT_MOST)
		return "yellow";
	return "green";
}

/* a JSON number, or null for NaN */
static const char *
json_number(double value)
{
	return isnan(value) ? "null" : float8out_internal(value);
}

PG_FUNCTION_INFO_V1(health_report);
Datum
health_report(PG_FUNCTION_ARGS)
{
	RiskInputs	in;
	HealthResult r = health_from_args(fcinfo, &in);
	uint32		flags = risk_flags_of(&in);
	StringInfoData buf;
	int			i;

	initStringInfo(&buf);
	appendStringInfo(&buf, "{\"health\": %s, \"band\": ", json_number(r.health));
	if (isnan(r.health))
		appendStringInfoString(&buf, "null");
	else
		appendStringInfo(&buf, "\"%s\"", health_band(r.health));
	appendStringInfoString(&buf, ", \"flags\": [");
	for (i = 0; i < N_RISK_FLAGS; i++)
		if (flags & (1u << i))
		{
			appendStringInfo(&buf, "\"%s\"", flag_names[i]);
			if (flags >> (i + 1))
				appendStringInfoString(&buf, ", ");
		}
	appendStringInfoString(&buf, "], \"components\": {");
	for (i = 0; i < N_HEALTH_COMPONENTS; i++)
		appendStringInfo(&buf, "%s\"%s\": {\"score\": %s, \"weight\": %s, \"effective_weight\": %s}",
						 i ? ", " : "", component_names[i], json_number(r.score[i]),
						 float8out_internal(r.weight[i]), float8out_internal(r.effective[i]));
	appendStringInfoString(&buf, "}}");
	PG_RETURN_DATUM(DirectFunctionCall1(jsonb_in, CStringGetDatum(buf.data)));
}
