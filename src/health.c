/*
 * health.c
 *		relationship_health and health_report (DESIGN.md section 4): the
 *		components of health, their weights, the band the flags put an
 *		account in, and a reason in plain words for each flag.  docs/risk.md
 *		documents every component, weight and reason.
 *
 * Copyright (c) 2026, the attune developers; PostgreSQL License (LICENSE).
 */
#include "risk.h"
#include "json_build.h"

#include <math.h>

#include "lib/stringinfo.h"
#include "utils/builtins.h"
#include "utils/datetime.h"
#include "utils/float.h"

/* The components of relationship_health, each scored 0..100. */
typedef enum HealthComponent
{
	HEALTH_RECENCY,
	HEALTH_CADENCE,
	HEALTH_BREADTH,
	HEALTH_EXEC,
	HEALTH_FOCUS,
	HEALTH_EXPERIENCE,
	HEALTH_RECIPROCITY,
	HEALTH_TRUST,
	HEALTH_DASHBOARD,
	HEALTH_ALIGNMENT,
	N_HEALTH_COMPONENTS
} HealthComponent;

static const SettingDef weight_defs[N_HEALTH_COMPONENTS] = {
	{"recency", 0, DBL_MAX, false},
	{"cadence", 0, DBL_MAX, false},
	{"breadth", 0, DBL_MAX, false},
	{"exec", 0, DBL_MAX, false},
	{"focus", 0, DBL_MAX, false},
	{"experience", 0, DBL_MAX, false},
	{"reciprocity", 0, DBL_MAX, false},
	{"trust", 0, DBL_MAX, false},
	{"dashboard", 0, DBL_MAX, false},
	{"alignment", 0, DBL_MAX, false}
};

StaticAssertDecl(N_HEALTH_COMPONENTS == N_HEALTH_WEIGHTS, "risk.h counts the components");

const char *
health_weight_name(int component)
{
	return weight_defs[component].name;
}

static const SettingsKind weights_kind = {"weights", "{\"trust\": 0.3, \"exec\": 0}",
weight_defs, N_HEALTH_COMPONENTS};

/* the contact pattern 0.70 (its time-aware parts 0.40), the team's figures 0.30 */
static const double default_weights[N_HEALTH_COMPONENTS] = {
	0.15, 0.10, 0.10, 0.10, 0.05, 0.15, 0.05, 0.10, 0.15, 0.05
};

/*
 * The trust score a stage of relationship needs: the score of evidence at
 * trust_level's threshold (0.6) for calculus-based trust alone (20), up to
 * knowledge-based (40), up to identification-based (60); Lewicki and Bunker
 * pair them with arm's-length exchange, ongoing interdependence and deep
 * inter-dependence.
 */
static double
trust_needed(int stage)
{
	if (stage >= REL_STAGE_DEEP_INTERDEPENDENT)
		return 60.0;
	if (stage < 0 || stage >= REL_STAGE_INTERDEPENDENT)
		return 40.0;
	return 20.0;
}

/* the share of 0..1 as a score 0..100, at most 100 */
static double
capped_score(double share)
{
	return 100.0 * Min(share, 1.0);
}

/* each component's score 0..100; NaN where it cannot be judged */
static void
health_components(const RiskInputs *in, const RiskJudgement *j, double score[N_HEALTH_COMPONENTS])
{
	const RiskMeasures *m = &j->m;
	const double *t = in->thresholds->value;
	double		nan = get_float8_nan();
	int			i;

	for (i = 0; i < N_HEALTH_COMPONENTS; i++)
		score[i] = nan;
	/* 100 on the day of a contact, 50 when the account turns silent, then on down */
	if (in->has_as_of && in->contacts_recorded)
		score[HEALTH_RECENCY] = in->summary == NULL ? 0.0 :
			100.0 * Max(m->silent_limit, 1.0) / (Max(m->silent_limit, 1.0) + Max(m->days_silent, 0.0));
	if (m->expected_days > 0.0)
		score[HEALTH_CADENCE] = capped_score(m->recent_days / m->expected_days);
	if (!isnan(m->diamond))
		score[HEALTH_BREADTH] = 100.0 * m->diamond;
	if (m->exec_lapsed || m->sponsor.found)
		score[HEALTH_EXEC] = 0.0;
	else if (m->exec_quarters_judged >= 1)
		score[HEALTH_EXEC] = 100.0 * m->exec_covered / m->exec_quarters_judged;
	if (m->focus_known >= t[T_MIN_CONTACTS])
		score[HEALTH_FOCUS] = 100.0 * m->future_share;
	if (m->rated >= t[T_NEGATIVE_MIN_RATED])
		score[HEALTH_EXPERIENCE] = 50.0 * (1.0 + m->experience);
	if (!isnan(m->vendor_initiated_share))
	{
		double		customer_share = 1.0 - m->vendor_initiated_share;

		score[HEALTH_RECIPROCITY] = m->strategic
			? capped_score(2.0 * Min(customer_share, m->vendor_initiated_share))
			: capped_score(2.0 * customer_share);
	}
	if (!isnan(in->trust_score))
		score[HEALTH_TRUST] = capped_score(in->trust_score / trust_needed(m->expected_stage));
	score[HEALTH_DASHBOARD] = in->dashboard;
	if (in->vendor_view >= 0 && in->customer_view >= 0)
		score[HEALTH_ALIGNMENT] =
			100.0 * (1.0 - (double) abs(in->vendor_view - in->customer_view) / REL_STAGE_DEEP_INTERDEPENDENT);
}

/*
 * The weighted mean of the known components; effective[i] receives each
 * component's renormalised weight (0 for an unknown one).  NaN when no
 * known component has a weight.  Weights are relative: they are scaled by
 * the power of two nearest below the largest before they are added, so that
 * any finite weights add up without overflow, and scaling by a power of two
 * changes no result by rounding.
 */
static double
weighted_mean(const double score[N_HEALTH_COMPONENTS], const double weight[N_HEALTH_COMPONENTS],
			  double effective[N_HEALTH_COMPONENTS])
{
	double		largest = 0.0;
	double		total_weight = 0.0;
	double		mean = 0.0;
	int			exponent;
	int			i;

	for (i = 0; i < N_HEALTH_COMPONENTS; i++)
		if (!isnan(score[i]))
			largest = Max(largest, weight[i]);
	(void) frexp(largest, &exponent);
	for (i = 0; i < N_HEALTH_COMPONENTS; i++)
		if (!isnan(score[i]))
			total_weight += ldexp(weight[i], -exponent);
	for (i = 0; i < N_HEALTH_COMPONENTS; i++)
	{
		effective[i] = (isnan(score[i]) || total_weight == 0.0) ? 0.0
			: ldexp(weight[i], -exponent) / total_weight;
		if (effective[i] > 0.0)
			mean += effective[i] * score[i];
	}
	return total_weight == 0.0 ? get_float8_nan() : mean;
}

typedef enum HealthBand
{
	BAND_RED,
	BAND_YELLOW,
	BAND_GREEN
} HealthBand;

static const char *const band_names[] = {"red", "yellow", "green"};

/*
 * The flags decide the band: red for a serious flag (or enough flags at
 * once), yellow for any other, green for none.  Within its band, an account
 * lies as far up as its components' mean reaches, so that every account at
 * risk ranks below every healthy one and each band's accounts are ordered.
 */
static double
health_in_band(HealthBand band, double mean, const double *t)
{
	double		low = band == BAND_RED ? 0.0 : band == BAND_YELLOW ? t[T_RED] : t[T_YELLOW];
	double		high = band == BAND_RED ? t[T_RED] : band == BAND_YELLOW ? t[T_YELLOW] : 100.0;

	return low + (high - low) * mean / 100.0;
}

typedef struct HealthResult
{
	RiskInputs	in;
	RiskThresholds thresholds;
	RiskJudgement judgement;
	double		score[N_HEALTH_COMPONENTS];
	double		weight[N_HEALTH_COMPONENTS];
	double		effective[N_HEALTH_COMPONENTS];
	HealthBand	band;
	double		health;			/* NaN: no known, weighted component */
} HealthResult;

/*
 * The health of a judged account with the given weights: the band from the
 * flags, the place within it from the components (their scores and
 * effective weights into score[] and effective[]).  NaN when no known
 * component has a weight.
 */
static double
health_value(const RiskInputs *in, const RiskJudgement *j, const double weight[N_HEALTH_COMPONENTS],
			 double score[N_HEALTH_COMPONENTS], double effective[N_HEALTH_COMPONENTS],
			 HealthBand *band)
{
	double		mean;

	health_components(in, j, score);
	mean = weighted_mean(score, weight, effective);
	*band = j->serious ? BAND_RED : j->flags ? BAND_YELLOW : BAND_GREEN;
	return isnan(mean) ? mean : health_in_band(*band, mean, in->thresholds->value);
}

/* The health of a judged account with the default weights (the trigger's). */
double
risk_health(const RiskInputs *in, const RiskJudgement *j)
{
	double		score[N_HEALTH_COMPONENTS];
	double		effective[N_HEALTH_COMPONENTS];
	HealthBand	band;

	return health_value(in, j, default_weights, score, effective, &band);
}

/*
 * Arguments of relationship_health and health_report: 0..5 as risk_flags,
 * 6 the weights, 7 the target stage, 8 the thresholds.
 */
static void
health_from_args(FunctionCallInfo fcinfo, HealthResult *r)
{
	r->in = risk_inputs_from_args(fcinfo, 7, 8, &r->thresholds);
	risk_judge(&r->in, true, &r->judgement);
	memcpy(r->weight, default_weights, sizeof(default_weights));
	settings_apply(PG_ARGISNULL(6) ? NULL : PG_GETARG_JSONB_P(6), &weights_kind, r->weight);
	r->health = health_value(&r->in, &r->judgement, r->weight, r->score, r->effective, &r->band);
}

PG_FUNCTION_INFO_V1(relationship_health);
Datum
relationship_health(PG_FUNCTION_ARGS)
{
	HealthResult r;

	health_from_args(fcinfo, &r);
	if (isnan(r.health))
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(r.health);
}

/*
 * health_trend(previous, current, margin): up, down or same.  A change of at
 * most margin points either way is "same"; the default margin is the one at
 * which the trigger raises declining, so that a history's "down" and the
 * trigger's declining mean the same drop (docs/risk.md).
 */
PG_FUNCTION_INFO_V1(health_trend);
Datum
health_trend(PG_FUNCTION_ARGS)
{
	double		previous = attune_check_range(PG_GETARG_FLOAT8(0), 0.0, 100.0, "previous");
	double		current = attune_check_range(PG_GETARG_FLOAT8(1), 0.0, 100.0, "current");
	double		margin = attune_check_range(PG_GETARG_FLOAT8(2), 0.0, 100.0, "margin");
	const char *trend = "same";

	if (current > previous + margin)
		trend = "up";
	else if (current < previous - margin)
		trend = "down";
	PG_RETURN_TEXT_P(cstring_to_text(trend));
}

/* ----------------------------------------------------------- the reasons */

static const char *
side_name(bool vendor)
{
	return vendor ? "vendor" : "customer";
}

static char *
silent_reason(const RiskMeasures *m)
{
	if (isinf(m->days_silent))
		return pstrdup("no contact on record");
	if (isnan(m->usual_gap))
		return psprintf("no contact for %.0f days (silent after %.0f)", floor(m->days_silent),
						m->silent_limit);
	return psprintf("no contact for %.0f days, usually every %.1f (silent after %.0f)",
					floor(m->days_silent), m->usual_gap, m->silent_limit);
}

static char *
single_threaded_reason(const RiskMeasures *m, const double *t)
{
	/* the side that carries more of its contacts on one person */
	bool		vendor = m->lead[0].side_contacts >= t[T_MIN_CONTACTS] &&
		!(m->lead[1].side_contacts >= t[T_MIN_CONTACTS] && m->lead[1].share > m->lead[0].share);
	const LeadPerson *lead = &m->lead[vendor ? 0 : 1];

	return psprintf("one %s person is in %.0f%% of the %lld contacts of the %s people in contact lately",
					side_name(vendor),
					100.0 * lead->share, (long long) lead->side_contacts, side_name(vendor));
}

/*
 * The first day of the recent quarters (the quarter before as_of's and
 * as_of's own, which on a quarter's first day holds that day only), as the
 * reasons name it: "since 2026-07-01", not "in the last two quarters".
 */
static char *
recent_quarters_start(const RiskInputs *in)
{
	int			year,
				month,
				day;

	j2date(quarter_first_day(day_quarter(timestamp_day(in->as_of)) - 1) + POSTGRES_EPOCH_JDATE,
		   &year, &month, &day);
	return psprintf("%04d-%02d-%02d", year, month, day);
}

/* the shares of contacts started: of the recent quarters if they go one way, else of the lifetime */
static char *
one_way_reason(const RiskInputs *in, const RiskMeasures *m)
{
	bool		recent = !isnan(m->vendor_initiated_recent) &&
		Max(m->vendor_initiated_recent, 1.0 - m->vendor_initiated_recent) >=
		Max(m->vendor_initiated_share, 1.0 - m->vendor_initiated_share);
	double		vendor_share = recent ? m->vendor_initiated_recent : m->vendor_initiated_share;

	return psprintf("the %s started %.0f%% of %lld contacts %s", side_name(vendor_share >= 0.5),
					100.0 * Max(vendor_share, 1.0 - vendor_share),
					(long long) (recent ? m->initiated_recent : m->initiated_known),
					recent ? psprintf("since %s", recent_quarters_start(in)) : "in all");
}

/* a reason in plain words for a flag, with the figures that raised it */
static char *
flag_reason(RiskFlag flag, const RiskInputs *in, const RiskMeasures *m)
{
	const double *t = in->thresholds->value;

	switch (flag)
	{
		case RISK_SILENT:
			return silent_reason(m);
		case RISK_COOLING:
			return psprintf("%d contact days in the last 90, against %.0f %s", m->recent_days,
							m->expected_days, m->seasonal_norm ? "in the same days a year earlier" : "usually");
		case RISK_SOURING:
			return psprintf("mean sentiment %+.2f since %s, down from %+.2f in the four quarters before",
							m->sentiment_recent.mean, recent_quarters_start(in), m->sentiment_before.mean);
		case RISK_NEGATIVE_EXPERIENCE:
			return psprintf("bad experiences outweigh good ones (balance %+.2f over %lld rated contacts)",
							m->experience, (long long) m->rated);
		case RISK_ONE_WAY:
			return one_way_reason(in, m);
		case RISK_CHAMPION_QUIET:
			return quiet_person_reason(&m->champion, QUIET_CHAMPION);
		case RISK_SPONSOR_QUIET:
			return quiet_person_reason(&m->sponsor, QUIET_SPONSOR);
		case RISK_NO_GOALS:
			return pstrdup("no dashboard of goals for a strategic account (relationships gone sour mostly never defined theirs)");
		case RISK_EXEC_LAPSED:
			return psprintf("no executive meeting for %d quarters, after %d of the 4 before",
							(int) t[T_EXEC_LAPSED_QUARTERS], m->exec_before);
		case RISK_NO_EXEC_SPONSOR:
			return psprintf("executive meetings in %d of the last %d quarter%s", m->exec_covered,
							m->exec_quarters_judged, m->exec_quarters_judged == 1 ? "" : "s");
		case RISK_BOW_TIE:
			return psprintf("contact runs through few people at one level (diamond index %.2f)",
							m->diamond);
		case RISK_SINGLE_THREADED:
			return single_threaded_reason(m, t);
		case RISK_PAST_FOCUSED:
			return psprintf("%.0f%% of %lld contacts about the future", 100.0 * m->future_share,
							(long long) m->focus_known);
		case RISK_EXCESSIVE_TRUST:
			return psprintf("trust %.0f while the dashboard is %.0f", in->trust_score, in->dashboard);
		case RISK_MISALIGNED:
			return psprintf("the vendor sees %s, the customer %s", rel_stage_labels[in->vendor_view],
							rel_stage_labels[in->customer_view]);
		case RISK_BELOW_TARGET:
			return psprintf("dashboard %.0f of 100", in->dashboard);
		case RISK_DECLINING:
			return psprintf("health fell by more than %.0f points at this update", DECLINING_MARGIN);
		case N_RISK_FLAGS:
			break;
	}
	elog(ERROR, "unknown risk flag %d", (int) flag);
	return NULL;				/* keep the compiler quiet */
}

/* ------------------------------------------------------------ the report */

/*
 * The report's keys are pushed in the order jsonb keeps them (json_key_order),
 * which spares pushJsonbValue sorting them: the reasons by their flags' names,
 * the components by theirs, computed once.
 */
static int	flags_in_key_order[N_RISK_FLAGS];
static int	components_in_key_order[N_HEALTH_COMPONENTS];
static bool key_orders_known = false;

static void
know_key_orders(void)
{
	const char *component_names[N_HEALTH_COMPONENTS];
	int			i;

	if (key_orders_known)
		return;
	json_key_order(risk_flag_names, N_RISK_FLAGS, flags_in_key_order);
	for (i = 0; i < N_HEALTH_COMPONENTS; i++)
		component_names[i] = weight_defs[i].name;
	json_key_order(component_names, N_HEALTH_COMPONENTS, components_in_key_order);
	key_orders_known = true;
}

static void
add_flags(JsonBuild *b, const HealthResult *r)
{
	uint32		flags = r->judgement.flags;
	int			i;

	json_begin_array(b);
	for (i = 0; i < N_RISK_FLAGS; i++)
		if (flags & (1u << i))
			json_string(b, risk_flag_names[i]);
	json_end_array(b);
}

static void
add_reasons(JsonBuild *b, const HealthResult *r)
{
	uint32		flags = r->judgement.flags;
	int			k;

	json_begin_object(b);
	for (k = 0; k < N_RISK_FLAGS; k++)
	{
		int			i = flags_in_key_order[k];

		if (flags & (1u << i))
		{
			json_key(b, risk_flag_names[i]);
			json_string(b, flag_reason((RiskFlag) i, &r->in, &r->judgement.m));
		}
	}
	json_end_object(b);
}

static void
add_components(JsonBuild *b, const HealthResult *r)
{
	int			k;

	json_begin_object(b);
	for (k = 0; k < N_HEALTH_COMPONENTS; k++)
	{
		int			i = components_in_key_order[k];

		json_key(b, weight_defs[i].name);
		json_begin_object(b);
		json_key(b, "score");
		json_double(b, r->score[i]);
		json_key(b, "weight");
		json_double(b, r->weight[i]);
		json_key(b, "effective_weight");
		json_double(b, r->effective[i]);
		json_end_object(b);
	}
	json_end_object(b);
}

PG_FUNCTION_INFO_V1(health_report);
Datum
health_report(PG_FUNCTION_ARGS)
{
	HealthResult r;
	const RiskMeasures *m;
	JsonBuild	b = {0};

	health_from_args(fcinfo, &r);
	m = &r.judgement.m;
	know_key_orders();
	json_begin_object(&b);
	json_key(&b, "band");
	if (isnan(r.health))
		json_null(&b);
	else
		json_string(&b, band_names[r.band]);
	json_key(&b, "flags");
	add_flags(&b, &r);
	json_key(&b, "health");
	json_double(&b, r.health);
	json_key(&b, "reasons");
	add_reasons(&b, &r);
	json_key(&b, "judged_as");
	json_string(&b, m->strategic ? "strategic" : "transactional");
	json_key(&b, "components");
	add_components(&b, &r);
	json_key(&b, "expected_stage");
	if (m->expected_stage < 0)
		json_null(&b);
	else
		json_string(&b, rel_stage_labels[m->expected_stage]);
	json_end_object(&b);
	PG_RETURN_DATUM(json_build_result(&b));
}
