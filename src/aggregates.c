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
	if (ARR_NDIM(state) != 1 || ARR_DIMS(state)[0] != NSUMS ||
		ARR_HASNULL(state) || ARR_ELEMTYPE(state) != FLOAT8OID)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid aggregate state"),
				 errdetail("The state must be a float8[] of %d numbers, none NULL.", NSUMS)));
	/* ARR_DATA_PTR without its NULL-bitmap branch, which -Wextra rejects */
	return (float8 *) ((char *) state + ARR_OVERHEAD_NONULLS(1));
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

PG_FUNCTION_INFO_V1(dashboard_score_final);
Datum
dashboard_score_final(PG_FUNCTION_ARGS)
{
	float8	   *sums = state_sums(PG_GETARG_ARRAYTYPE_P(0));

	/* no rows, or only zero weights: there is no weighted mean */
	if (sums[1] <= 0.0)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(100.0 * sums[2] / sums[1]);
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
	return state_add(fcinfo, delta);
}

PG_FUNCTION_INFO_V1(revenue_concentration_final);
Datum
revenue_concentration_final(PG_FUNCTION_ARGS)
{
	float8	   *sums = state_sums(PG_GETARG_ARRAYTYPE_P(0));

	/* no rows, or no revenue at all: nothing is concentrated */
	if (sums[1] <= 0.0)
		PG_RETURN_NULL();
	/* divided twice, since sum^2 can overflow where sum of squares did not */
	PG_RETURN_FLOAT8(sums[2] / sums[1] / sums[1]);
}
