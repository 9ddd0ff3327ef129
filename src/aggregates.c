/*
 * aggregates.c
 *		dashboard_score and revenue_concentration: aggregates whose state is
 *		three running sums in a float8[], a real SQL type with text I/O so that
 *		partial states can be shipped between processes and machines.
 *
 * Both use one combine function: adding the sums element by element.  As
 * in PostgreSQL's own float8_accum, a transition called as an aggregate
 * updates its state in place; called directly, it returns a new array.
 *
 * Copyright (c) 2026, the attune developers; PostgreSQL License (LICENSE).
 */
#include "attune.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "utils/array.h"

#define NSUMS 3

/* The sums in a state array, after checking that it is one. */
static float8 *
state_sums(ArrayType *state)
{
	return attune_state_elements(state, NSUMS, FLOAT8OID, "a float8[]", "aggregate");
}

/* Adds delta to the state in argument 0 and returns the state. */
static Datum
state_add(FunctionCallInfo fcinfo, const float8 *delta)
{
	ArrayType  *state = PG_GETARG_ARRAYTYPE_P(0);
	float8	   *sums = state_sums(state);
	float8		updated[NSUMS];
	Datum		elements[NSUMS];
	int			i;

	for (i = 0; i < NSUMS; i++)
	{
		updated[i] = sums[i] + delta[i];
		if (isinf(updated[i]))
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("aggregate sum out of range"),
					 errdetail("A running sum of the aggregate exceeds the range of float8.")));
	}
	if (AggCheckCallContext(fcinfo, NULL))
	{
		memcpy(sums, updated, sizeof(updated));
		PG_RETURN_ARRAYTYPE_P(state);
	}
	for (i = 0; i < NSUMS; i++)
		elements[i] = Float8GetDatum(updated[i]);
	PG_RETURN_ARRAYTYPE_P(construct_array(elements, NSUMS, FLOAT8OID, sizeof(float8),
										  FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
}

PG_FUNCTION_INFO_V1(attune_sums_combine);
Datum
attune_sums_combine(PG_FUNCTION_ARGS)
{
	return state_add(fcinfo, state_sums(PG_GETARG_ARRAYTYPE_P(1)));
}

/*
 * dashboard_score(attainment, weight): the weighted mean of attainments,
 * scaled to 0..100.  State: rows, sum of weights, sum of weight * attainment.
 */
PG_FUNCTION_INFO_V1(dashboard_score_transition);
Datum
dashboard_score_transition(PG_FUNCTION_ARGS)
{
	float8		attainment = attune_check_share(PG_GETARG_FLOAT8(1), "attainment");
	float8		weight = attune_check_nonnegative(PG_GETARG_FLOAT8(2), "weight");
	float8		delta[NSUMS] = {1.0, weight, weight * attainment};

	return state_add(fcinfo, delta);
}

/*
 * A final function's state comes from our transitions, or from a user's
 * INITCOND or own aggregate over them: it is checked for what no rows can
 * make before it is read.  Rounding of the running sums is allowed for by
 * SUM_TOLERANCE (relative), far above what a billion rows' rounding reaches
 * (about 1e-7) and far below any figure a person reads.
 */
#define SUM_TOLERANCE	1e-6

/* rows, and two sums that no rows make negative (NaN fails too) */
static float8 *
final_sums(FunctionCallInfo fcinfo, const char *aggregate)
{
	float8	   *sums = state_sums(PG_GETARG_ARRAYTYPE_P(0));

	if (!(sums[0] >= 0.0 && sums[1] >= 0.0 && sums[2] >= 0.0) ||
		isinf(sums[0]) || isinf(sums[1]) || isinf(sums[2]))
		attune_invalid_state(aggregate, "Its count and sums must be finite and not negative.");
	return sums;
}

PG_FUNCTION_INFO_V1(dashboard_score_final);
Datum
dashboard_score_final(PG_FUNCTION_ARGS)
{
	float8	   *sums = final_sums(fcinfo, "dashboard_score");

	/* no rows, or only zero weights: there is no weighted mean */
	if (sums[1] <= 0.0)
		PG_RETURN_NULL();
	if (sums[2] > sums[1] * (1.0 + SUM_TOLERANCE))
		attune_invalid_state("dashboard_score", "The weighted attainments add up to more than the weights, which attainments of at most 1 cannot.");
	PG_RETURN_FLOAT8(Min(100.0 * sums[2] / sums[1], 100.0));
}

/*
 * revenue_concentration(amount): the Herfindahl-Hirschman index of the
 * amounts, sum(amount^2) / sum(amount)^2.  State: rows, sum, sum of squares.
 */
PG_FUNCTION_INFO_V1(revenue_concentration_transition);
Datum
revenue_concentration_transition(PG_FUNCTION_ARGS)
{
	float8		amount = attune_check_nonnegative(PG_GETARG_FLOAT8(1), "amount");
	float8		delta[NSUMS] = {1.0, amount, amount * amount};

	if (isinf(delta[2]))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("amount is too large: %g", amount),
				 errdetail("The square of an amount must fit in float8: amounts up to about 1.3e154 are accepted.")));
	/* below that, the square loses its precision or vanishes, and the index with it */
	if (amount > 0.0 && delta[2] < DBL_MIN)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("amount is too small: %g", amount),
				 errdetail("An amount must be 0 or at least about 1.5e-154, so that its square is a normal float8.")));
	return state_add(fcinfo, delta);
}

/*
 * The index lies in [1/n, 1] for n rows; rounding can take it a hair outside
 * (one amount of 0.1 gives 1.0000000000000002), so it is kept inside, and a
 * state further outside than rounding reaches is refused.
 */
PG_FUNCTION_INFO_V1(revenue_concentration_final);
Datum
revenue_concentration_final(PG_FUNCTION_ARGS)
{
	float8	   *sums = final_sums(fcinfo, "revenue_concentration");
	float8		index;
	float8		lowest;

	/* no rows, or no revenue at all: nothing is concentrated */
	if (sums[1] <= 0.0)
		PG_RETURN_NULL();
	if (sums[0] < 1.0)
		attune_invalid_state("revenue_concentration", "It has revenue but no rows.");
	/* divided twice, since sum^2 can overflow where sum of squares did not */
	index = sums[2] / sums[1] / sums[1];
	lowest = 1.0 / sums[0];
	if (index > 1.0 + SUM_TOLERANCE || index < lowest * (1.0 - SUM_TOLERANCE))
		attune_invalid_state("revenue_concentration", "Its sum of squares is outside what the sum and the count of rows allow.");
	PG_RETURN_FLOAT8(Min(Max(index, lowest), 1.0));
}
