/*
 * arguments.c
 *		The errors for function arguments out of their documented range, and
 *		the check of an aggregate's array state.
 *
 * The checks themselves are inline in attune.h; raising the error is kept
 * out of line so that the checks cost a comparison or two per call.
 *
 * Copyright (c) 2026, the attune developers; PostgreSQL License (LICENSE).
 */
#include "attune.h"

#include "lib/stringinfo.h"
#include "utils/array.h"
#include "utils/float.h"

/* "a, b, c": a list of accepted names, for error details and hints */
char *
attune_name_list(const char *const *names, int n)
{
	StringInfoData buf;
	int			i;

	initStringInfo(&buf);
	for (i = 0; i < n; i++)
		appendStringInfo(&buf, "%s%s", i > 0 ? ", " : "", names[i]);
	return buf.data;
}

void
attune_range_error(const char *argname, double value, double low, double high)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("%s is out of range: %s", argname, float8out_internal(value)),
			 errdetail("%s must be a number from %s to %s.", argname,
					   float8out_internal(low), float8out_internal(high))));
}

void
attune_int_range_error(const char *argname, int value, int low, int high)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("%s is out of range: %d", argname, value),
			 errdetail("%s must be an integer from %d to %d.", argname, low, high)));
}

void
attune_nonnegative_error(const char *argname, double value)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("%s is out of range: %s", argname, float8out_internal(value)),
			 errdetail("%s must be a finite number that is not negative.", argname)));
}

void
attune_infinite_time_error(const char *argname)
{
	ereport(ERROR,
			(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
			 errmsg("%s must be a finite timestamp", argname),
			 errdetail("infinity and -infinity have no calendar position.")));
}

/* An aggregate's state refused: one that no rows can make (22023). */
void
attune_invalid_state(const char *aggregate, const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("invalid %s state", aggregate),
			 errdetail("%s", detail)));
}

/*
 * The elements of an aggregate's array state, after checking that it is a
 * one-dimensional array of n elements of type elemtype (described as
 * type_name, "a float8[]"), none NULL: a state may come from a user's
 * INITCOND or own aggregate over our support functions.
 */
void *
attune_state_elements(ArrayType *state, int n, Oid elemtype, const char *type_name,
					  const char *aggregate)
{
	if (ARR_NDIM(state) != 1 || ARR_DIMS(state)[0] != n || ARR_HASNULL(state) ||
		ARR_ELEMTYPE(state) != elemtype)
		attune_invalid_state(aggregate, psprintf("The state must be %s of %d numbers, none NULL.",
												 type_name, n));
	/* ARR_DATA_PTR without its NULL-bitmap branch, which -Wextra rejects */
	return (char *) state + ARR_OVERHEAD_NONULLS(1);
}
