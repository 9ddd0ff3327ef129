/*
 * arguments.c
 *		The errors for function arguments out of their documented range.
 *
 * The checks themselves are inline in attune.h; raising the error is kept
 * out of line so that the checks cost a comparison or two per call.
 *
 * Copyright (c) 2026, the attune developers; PostgreSQL License (LICENSE).
 */
#include "attune.h"

#include "lib/stringinfo.h"
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
