/*
 * json_build.c
 *		Reports built as jsonb values directly (health_report, channel_mix,
 *		health_backtest, health_calibrate).  Printing a report as JSON text
 *		and parsing it back with jsonb_in cost three quarters of a
 *		health_report call; pushJsonbValue builds the same value.  Numbers are
 *		the shortest decimal that reads back as the double (float8out's), as
 *		jsonb_in made them from that text; NaN is JSON null.
 *
 * Copyright (c) 2026, the attune developers; PostgreSQL License (LICENSE).
 */
#include "json_build.h"

#include <math.h>

#include "utils/builtins.h"
#include "utils/float.h"
#include "utils/memutils.h"
#include "utils/numeric.h"

static void
push(JsonBuild *b, JsonbIteratorToken token, JsonbValue *value)
{
	JsonbValue *result = pushJsonbValue(&b->state, token, value);

	if (token == WJB_END_OBJECT || token == WJB_END_ARRAY)
		b->result = result;
}

static bool
key_before(const char *a, const char *b)
{
	size_t		a_len = strlen(a),
				b_len = strlen(b);

	return a_len != b_len ? a_len < b_len : memcmp(a, b, a_len) < 0;
}

void
json_begin_object(JsonBuild *b)
{
	push(b, WJB_BEGIN_OBJECT, NULL);
}

void
json_end_object(JsonBuild *b)
{
	push(b, WJB_END_OBJECT, NULL);
}

void
json_begin_array(JsonBuild *b)
{
	push(b, WJB_BEGIN_ARRAY, NULL);
}

void
json_end_array(JsonBuild *b)
{
	push(b, WJB_END_ARRAY, NULL);
}

/* a key or a value in an object, an element in an array */
static void
push_scalar(JsonBuild *b, JsonbValue *value)
{
	push(b, b->state->contVal.type == jbvArray ? WJB_ELEM : WJB_VALUE, value);
}

static JsonbValue
string_value(const char *text)
{
	JsonbValue	v;

	v.type = jbvString;
	v.val.string.val = (char *) text;
	v.val.string.len = strlen(text);
	return v;
}

void
json_key(JsonBuild *b, const char *key)
{
	JsonbValue	v = string_value(key);

	push(b, WJB_KEY, &v);
}

void
json_string(JsonBuild *b, const char *text)
{
	JsonbValue	v = string_value(text);

	push_scalar(b, &v);
}

void
json_null(JsonBuild *b)
{
	JsonbValue	v;

	v.type = jbvNull;
	push_scalar(b, &v);
}

/*
 * The numeric of a double, as jsonb_in reads float8out's text of it, in
 * CurrentMemoryContext.  The weights and most effective weights of every
 * report are the same few values, so the numerics of recent values are kept
 * (direct-mapped by the value's bits, in TopMemoryContext) and copied: a
 * kept one may be replaced while a report still holds the one it was given.
 */
#define NUMERICS_KEPT	64

typedef struct KeptNumeric
{
	uint64		bits;
	Numeric		numeric;
} KeptNumeric;

static KeptNumeric numerics_kept[NUMERICS_KEPT];

static Numeric
numeric_of_double(double value)
{
	uint64		bits;
	KeptNumeric *kept;

	memcpy(&bits, &value, sizeof(bits));
	kept = &numerics_kept[(bits ^ bits >> 29 ^ bits >> 52) % NUMERICS_KEPT];
	if (kept->numeric == NULL || kept->bits != bits)
	{
		MemoryContext old = MemoryContextSwitchTo(TopMemoryContext);
		Numeric		n = DatumGetNumeric(DirectFunctionCall3(numeric_in,
															CStringGetDatum(float8out_internal(value)),
															ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1)));

		MemoryContextSwitchTo(old);
		if (kept->numeric != NULL)
			pfree(kept->numeric);
		kept->bits = bits;
		kept->numeric = n;
	}
	return (Numeric) pg_detoast_datum_copy((struct varlena *) kept->numeric);
}

void
json_double(JsonBuild *b, double value)
{
	JsonbValue	v;

	if (isnan(value))
	{
		json_null(b);
		return;
	}
	v.type = jbvNumeric;
	v.val.numeric = numeric_of_double(value);
	push_scalar(b, &v);
}

void
json_int64(JsonBuild *b, int64 value)
{
	JsonbValue	v;

	v.type = jbvNumeric;
	v.val.numeric = DatumGetNumeric(DirectFunctionCall1(int8_numeric, Int64GetDatum(value)));
	push_scalar(b, &v);
}

/*
 * The order jsonb keeps an object's keys in (shorter first, then bytewise),
 * of n names: order[k] is the index of the k-th.  pushJsonbValue sorts each
 * object's keys when it ends; given them in this order, it finds them sorted.
 */
void
json_key_order(const char *const *names, int n, int *order)
{
	int			i,
				j;

	for (i = 0; i < n; i++)
	{
		int			name = i;

		for (j = i; j > 0 && key_before(names[name], names[order[j - 1]]); j--)
			order[j] = order[j - 1];
		order[j] = name;
	}
}

/* the jsonb datum of the value built (its outermost object or array ended) */
Datum
json_build_result(JsonBuild *b)
{
	return JsonbPGetDatum(JsonbValueToJsonb(b->result));
}
