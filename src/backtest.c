/*
 * backtest.c
 *		health_backtest and health_calibrate (DESIGN.md section 5): how well
 *		a score separated the accounts that later had a bad outcome, and the
 *		component weights that separate them best.  Both keep integer
 *		counts and sums in an int8[] state (a real SQL type with text I/O,
 *		so partial states can be shipped), combined by adding, so that the
 *		result is the same serially, in parallel and from merged partial
 *		states.  docs/models.md documents the methods.
 *
 * Copyright (c) 2026, the attune developers; PostgreSQL License (LICENSE).
 */
#include "risk.h"
#include "json_build.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "utils/builtins.h"
#include "utils/float.h"
#include "utils/jsonb.h"

/* scores are counted in tenths of a point: bin ceil(10 * score), 0..1000 */
#define SCORE_BINS		1001
#define BACKTEST_STATE	(2 * SCORE_BINS)

/*
 * The int8 elements of a state, after checking that it is an array of n.
 * Transitions check no more: only the final and combine functions, which
 * read every element anyway, refuse negative ones (state_counts).
 */
static int64 *
state_elements(ArrayType *state, int n, const char *aggregate)
{
	return attune_state_elements(state, n, INT8OID, "an int8[]", aggregate);
}

/* The elements of a state of n counts and sums, none negative. */
static int64 *
state_counts(ArrayType *state, int n, const char *aggregate)
{
	int64	   *counts = state_elements(state, n, aggregate);
	int			i;

	for (i = 0; i < n; i++)
		if (counts[i] < 0)
			attune_invalid_state(aggregate, "A count or sum of the state is negative, which no row can make.");
	return counts;
}

/*
 * The state a transition function adds to: its first argument, or, on the
 * first row, n zeros in the aggregate's memory.
 */
static ArrayType *
transition_state(FunctionCallInfo fcinfo, int n, const char *function)
{
	MemoryContext aggcontext;
	MemoryContext old;
	Datum	   *zeros;
	ArrayType  *state;
	int			i;

	if (!AggCheckCallContext(fcinfo, &aggcontext))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("%s can only be called as part of an aggregate", function)));
	if (!PG_ARGISNULL(0))
		return PG_GETARG_ARRAYTYPE_P(0);
	old = MemoryContextSwitchTo(aggcontext);
	zeros = palloc(sizeof(Datum) * n);
	for (i = 0; i < n; i++)
		zeros[i] = Int64GetDatum(0);
	state = construct_array(zeros, n, INT8OID, sizeof(int64), FLOAT8PASSBYVAL, TYPALIGN_DOUBLE);
	MemoryContextSwitchTo(old);
	return state;
}

static int64
add_count(int64 a, int64 b, const char *aggregate)
{
	int64		sum;

	if (pg_add_s64_overflow(a, b, &sum))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("%s count out of range", aggregate)));
	return sum;
}

/*
 * The combine function of both aggregates: the second state added into the
 * first (in place: PostgreSQL gives a combine function its first state
 * inside the aggregate's memory).  STRICT: a NULL state is copied or skipped
 * by the executor.
 */
PG_FUNCTION_INFO_V1(health_counts_combine);
Datum
health_counts_combine(PG_FUNCTION_ARGS)
{
	ArrayType  *a = PG_GETARG_ARRAYTYPE_P(0);
	ArrayType  *b = PG_GETARG_ARRAYTYPE_P(1);
	int			n = ARR_NDIM(a) == 1 ? ARR_DIMS(a)[0] : 0;
	int64	   *into;
	const int64 *from;
	int			i;

	if (!AggCheckCallContext(fcinfo, NULL))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("health_counts_combine can only be called as part of an aggregate")));
	into = state_counts(a, n, "health aggregate");
	from = state_counts(b, n, "health aggregate");
	for (i = 0; i < n; i++)
		into[i] = add_count(into[i], from[i], "health aggregate");
	PG_RETURN_ARRAYTYPE_P(a);
}

/* ------------------------------------------------------------ backtest */

static int
score_bin(double score)
{
	attune_check_range(score, 0.0, 100.0, "score");
	return (int) ceil(score * 10.0);
}

/*
 * health_backtest(score, outcome): counts per tenth of a point of score,
 * for the accounts with the bad outcome (outcome true) and the others.
 * Rows with a NULL score or outcome are skipped.
 */
PG_FUNCTION_INFO_V1(health_backtest_transition);
Datum
health_backtest_transition(PG_FUNCTION_ARGS)
{
	ArrayType  *state;
	int64	   *counts;
	int			at;

	state = transition_state(fcinfo, BACKTEST_STATE, "health_backtest_transition");
	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
		PG_RETURN_ARRAYTYPE_P(state);
	counts = state_elements(state, BACKTEST_STATE, "health_backtest");
	at = (PG_GETARG_BOOL(2) ? SCORE_BINS : 0) + score_bin(PG_GETARG_FLOAT8(1));
	counts[at] = add_count(counts[at], 1, "health_backtest");
	PG_RETURN_ARRAYTYPE_P(state);
}

/* accounts and bad outcomes in a range of bins */
typedef struct BinRange
{
	int64		accounts;
	int64		outcomes;
} BinRange;

static BinRange
bin_range(const int64 *counts, int from, int to)
{
	BinRange	r = {0, 0};
	int			b;

	for (b = from; b <= to; b++)
	{
		r.outcomes += counts[SCORE_BINS + b];
		r.accounts += counts[b] + counts[SCORE_BINS + b];
	}
	return r;
}

/* a fraction as a JSON number, or null when it has no denominator */
static void
add_fraction(JsonBuild *b, double numerator, double denominator)
{
	json_double(b, denominator > 0 ? numerator / denominator : get_float8_nan());
}

static void
add_range(JsonBuild *b, const char *name, BinRange r, int64 all_outcomes)
{
	json_key(b, name);
	json_begin_object(b);
	json_key(b, "accounts");
	json_int64(b, r.accounts);
	json_key(b, "outcomes");
	json_int64(b, r.outcomes);
	json_key(b, "precision");
	add_fraction(b, r.outcomes, r.accounts);
	json_key(b, "recall");
	add_fraction(b, r.outcomes, all_outcomes);
	json_end_object(b);
}

/*
 * The AUC: the chance that an account with the bad outcome scored lower
 * than one without, ties (the same tenth of a point) counting half.
 */
static double
auc_of(const int64 *counts, int64 outcomes, int64 others)
{
	double		lower_pairs = 0.0;
	double		others_above = (double) others;
	int			b;

	for (b = 0; b < SCORE_BINS; b++)
	{
		double		bad = counts[SCORE_BINS + b];
		double		good = counts[b];

		others_above -= good;
		lower_pairs += bad * (others_above + good / 2.0);
	}
	return lower_pairs / ((double) outcomes * others);
}

/*
 * The counts of a backtest state, which add up to at most int8's range, as
 * counts of rows do: then every sum of them below fits too.
 */
static const int64 *
backtest_counts(ArrayType *state)
{
	const int64 *counts = state_counts(state, BACKTEST_STATE, "health_backtest");
	int64		total = 0;
	int			i;

	for (i = 0; i < BACKTEST_STATE; i++)
		if (pg_add_s64_overflow(total, counts[i], &total))
			attune_invalid_state("health_backtest", "The counts add up past the range of int8, which no rows can make.");
	return counts;
}

PG_FUNCTION_INFO_V1(health_backtest_final);
Datum
health_backtest_final(PG_FUNCTION_ARGS)
{
	const int64 *counts = backtest_counts(PG_GETARG_ARRAYTYPE_P(0));
	const double *t = risk_default_thresholds()->value;
	int			red = (int) (t[T_RED] * 10);
	int			yellow = (int) (t[T_YELLOW] * 10);
	BinRange	all = bin_range(counts, 0, SCORE_BINS - 1);
	JsonBuild	b = {0};

	json_begin_object(&b);
	json_key(&b, "accounts");
	json_int64(&b, all.accounts);
	json_key(&b, "outcomes");
	json_int64(&b, all.outcomes);
	json_key(&b, "auc");
	json_double(&b, all.outcomes > 0 && all.accounts > all.outcomes
				? auc_of(counts, all.outcomes, all.accounts - all.outcomes) : get_float8_nan());
	json_key(&b, "bands");
	json_begin_object(&b);
	add_range(&b, "red", bin_range(counts, 0, red), all.outcomes);
	add_range(&b, "yellow", bin_range(counts, red + 1, yellow), all.outcomes);
	add_range(&b, "green", bin_range(counts, yellow + 1, SCORE_BINS - 1), all.outcomes);
	json_end_object(&b);
	add_range(&b, "flagged", bin_range(counts, 0, yellow), all.outcomes);
	json_end_object(&b);
	PG_RETURN_DATUM(json_build_result(&b));
}

/* ----------------------------------------------------------- calibrate */

/*
 * health_calibrate(report, outcome): per outcome and component, the number
 * of scores, their sum and their sum of squares, in hundredths of a point
 * (integers: the same in any order).
 */
#define CALIBRATE_STATE	(2 * N_HEALTH_WEIGHTS * 3)
#define SCORE_SCALE		100

static int
calibrate_at(bool outcome, int component, int field)
{
	return ((outcome ? N_HEALTH_WEIGHTS : 0) + component) * 3 + field;
}

pg_noreturn static void
not_a_report(const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("health_calibrate takes health_report values"),
			 errdetail("%s", detail),
			 errhint("Pass health_report(...) of each account, as it returns it.")));
}

/* the score of one component of a report: true if known (not null) */
static bool
component_score(JsonbValue *entry, const char *name, int64 *score)
{
	JsonbValue *value;
	double		v;

	if (entry->type != jbvBinary ||
		!(value = getKeyJsonValueFromContainer(entry->val.binary.data, "score", 5, NULL)))
		not_a_report(psprintf("The component \"%s\" has no score.", name));
	if (value->type == jbvNull)
		return false;
	if (value->type != jbvNumeric)
		not_a_report(psprintf("The score of \"%s\" is not a number.", name));
	v = DatumGetFloat8(DirectFunctionCall1(numeric_float8_no_overflow, NumericGetDatum(value->val.numeric)));
	if (!(v >= 0.0 && v <= 100.0))
		not_a_report(psprintf("The score of \"%s\" is %s, outside 0..100.", name, float8out_internal(v)));
	*score = (int64) rint(v * SCORE_SCALE);
	return true;
}

PG_FUNCTION_INFO_V1(health_calibrate_transition);
Datum
health_calibrate_transition(PG_FUNCTION_ARGS)
{
	ArrayType  *state;
	int64	   *sums;
	Jsonb	   *report;
	JsonbValue *components;
	bool		outcome;
	int			i;

	state = transition_state(fcinfo, CALIBRATE_STATE, "health_calibrate_transition");
	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
		PG_RETURN_ARRAYTYPE_P(state);
	sums = state_elements(state, CALIBRATE_STATE, "health_calibrate");
	report = PG_GETARG_JSONB_P(1);
	outcome = PG_GETARG_BOOL(2);
	if (!JB_ROOT_IS_OBJECT(report) || JB_ROOT_IS_SCALAR(report) ||
		!(components = getKeyJsonValueFromContainer(&report->root, "components", 10, NULL)) ||
		components->type != jbvBinary)
		not_a_report("The report has no \"components\" object.");
	for (i = 0; i < N_HEALTH_WEIGHTS; i++)
	{
		const char *name = health_weight_name(i);
		JsonbValue *entry = getKeyJsonValueFromContainer(components->val.binary.data, name,
														 strlen(name), NULL);
		int64		score;

		if (entry == NULL)
			not_a_report(psprintf("The report has no component \"%s\".", name));
		if (!component_score(entry, name, &score))
			continue;
		sums[calibrate_at(outcome, i, 0)] = add_count(sums[calibrate_at(outcome, i, 0)], 1, "health_calibrate");
		sums[calibrate_at(outcome, i, 1)] = add_count(sums[calibrate_at(outcome, i, 1)], score, "health_calibrate");
		sums[calibrate_at(outcome, i, 2)] = add_count(sums[calibrate_at(outcome, i, 2)], score * score,
													  "health_calibrate");
	}
	PG_RETURN_ARRAYTYPE_P(state);
}

/* mean and variance (n - 1) of one component's scores for one outcome */
typedef struct Moments
{
	double		n;
	double		mean;
	double		variance;
} Moments;

static Moments
moments_of(const int64 *sums, bool outcome, int component)
{
	Moments		m;
	double		sum = (double) sums[calibrate_at(outcome, component, 1)] / SCORE_SCALE;
	double		squares = (double) sums[calibrate_at(outcome, component, 2)] / SCORE_SCALE / SCORE_SCALE;

	m.n = (double) sums[calibrate_at(outcome, component, 0)];
	m.mean = m.n > 0 ? sum / m.n : 0.0;
	m.variance = m.n > 1 ? Max(squares - m.n * m.mean * m.mean, 0.0) / (m.n - 1) : 0.0;
	return m;
}

/*
 * Fisher's linear discriminant under independence of the components
 * (diagonal covariance): weight_i = (mean score of the accounts without
 * the bad outcome - mean of those with it) / pooled variance, negative
 * weights set to 0 (health must not reward a component for being low), the
 * rest scaled to sum to 1.  A component needs two scores of each outcome;
 * one without spread separates perfectly, and then alone takes the weight.
 */
/*
 * The sums of a calibration state, each component's consistent as the
 * scores it sums make them: scores of 0..100 points (in hundredths), so a
 * sum at most 10,000 a score, a sum of squares at most 10,000 squared a
 * score and at least the square of the sum over the count (Cauchy-Schwarz),
 * and nothing summed where nothing was counted.
 */
static const int64 *
calibrate_sums(ArrayType *state)
{
	const int64 *sums = state_counts(state, CALIBRATE_STATE, "health_calibrate");
	const double top = 100.0 * SCORE_SCALE;
	int			i;

	for (i = 0; i < CALIBRATE_STATE; i += 3)
	{
		double		n = (double) sums[i],
					sum = (double) sums[i + 1],
					squares = (double) sums[i + 2];

		if (sum > n * top || squares > n * top * top || sum * sum > squares * n * (1.0 + 1e-12) ||
			(n == 0.0 && (sum != 0.0 || squares != 0.0)))
			attune_invalid_state("health_calibrate",
						  "A component's sums do not match scores of 0 to 100, which no report can make.");
	}
	return sums;
}

PG_FUNCTION_INFO_V1(health_calibrate_final);
Datum
health_calibrate_final(PG_FUNCTION_ARGS)
{
	const int64 *sums = calibrate_sums(PG_GETARG_ARRAYTYPE_P(0));
	double		weight[N_HEALTH_WEIGHTS];
	double		total = 0.0;
	bool		perfect = false;
	JsonBuild	b = {0};
	int			i;

	for (i = 0; i < N_HEALTH_WEIGHTS; i++)
	{
		Moments		kept = moments_of(sums, false, i);
		Moments		lost = moments_of(sums, true, i);
		double		pooled;

		weight[i] = 0.0;
		if (kept.n < 2 || lost.n < 2 || kept.mean <= lost.mean)
			continue;
		pooled = ((kept.n - 1) * kept.variance + (lost.n - 1) * lost.variance) / (kept.n + lost.n - 2);
		if (pooled <= 0.0)
		{
			weight[i] = get_float8_infinity();
			perfect = true;
		}
		else
			weight[i] = (kept.mean - lost.mean) / pooled;
	}
	for (i = 0; i < N_HEALTH_WEIGHTS; i++)
	{
		if (perfect)
			weight[i] = isinf(weight[i]) ? 1.0 : 0.0;
		total += weight[i];
	}
	if (total <= 0.0)
		PG_RETURN_NULL();		/* no component separates the outcomes */
	json_begin_object(&b);
	for (i = 0; i < N_HEALTH_WEIGHTS; i++)
	{
		json_key(&b, health_weight_name(i));
		json_double(&b, weight[i] / total);
	}
	json_end_object(&b);
	PG_RETURN_DATUM(json_build_result(&b));
}
