/*
 * settings.c
 *		The jsonb settings of the health model: the weights of its components
 *		and the thresholds of its rules.  Both are a jsonb object of numbers
 *		keyed by name; keys not given keep their default.
 *
 * Copyright (c) 2026, the attune developers; PostgreSQL License (LICENSE).
 */
#include "risk.h"

#include <math.h>

#include "utils/builtins.h"
#include "utils/float.h"

static char *
names_of(const SettingDef *defs, int n)
{
	const char **names = palloc(sizeof(char *) * n);
	int			i;

	for (i = 0; i < n; i++)
		names[i] = defs[i].name;
	return attune_name_list(names, n);
}

pg_noreturn static void
settings_error(const char *what, const SettingDef *defs, int n, const char *message,
			   const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("invalid health %s: %s", what, message),
			 errdetail("%s", detail),
			 errhint("Give a jsonb object of numbers keyed by name, for example '{\"%s\": %s}'; "
					 "the names are %s.", defs[0].name, float8out_internal(defs[0].low),
					 names_of(defs, n))));
}

static int
setting_of_key(const JsonbValue *key, const char *what, const SettingDef *defs, int n)
{
	int			i;

	for (i = 0; i < n; i++)
		if (strlen(defs[i].name) == (size_t) key->val.string.len &&
			memcmp(defs[i].name, key->val.string.val, key->val.string.len) == 0)
			return i;
	settings_error(what, defs, n, "unknown name",
				   psprintf("\"%s\" is not one of the health %s.",
							pnstrdup(key->val.string.val, key->val.string.len), what));
}

static double
setting_value(const JsonbValue *value, const char *what, const SettingDef *defs, int n, int i)
{
	double		v;

	if (value->type != jbvNumeric)
		settings_error(what, defs, n, "a value is not a number",
					   psprintf("The value of \"%s\" must be a number.", defs[i].name));
	/* a number beyond float8 becomes infinity, rejected below */
	v = DatumGetFloat8(DirectFunctionCall1(numeric_float8_no_overflow,
										   NumericGetDatum(value->val.numeric)));
	if (!(v >= defs[i].low && v <= defs[i].high))
		settings_error(what, defs, n, "a value is out of range",
					   psprintf("The value of \"%s\" is %s; it must be a number from %s to %s.",
								defs[i].name, float8out_internal(v),
								float8out_internal(defs[i].low), float8out_internal(defs[i].high)));
	if (defs[i].whole && v != floor(v))
		settings_error(what, defs, n, "a value is not a whole number",
					   psprintf("The value of \"%s\" is %s; it must be a whole number.",
								defs[i].name, float8out_internal(v)));
	return v;
}

/*
 * values (holding the defaults) overridden by the keys of a jsonb object;
 * NULL overrides nothing.  Errors are 22023 and say what was wrong.
 */
void
settings_apply(Jsonb *overrides, const char *what, const SettingDef *defs, int n, double *values)
{
	JsonbIterator *it;
	JsonbValue	v;
	JsonbIteratorToken token;
	int			setting = -1;

	if (overrides == NULL)
		return;
	if (!JB_ROOT_IS_OBJECT(overrides) || JB_ROOT_IS_SCALAR(overrides))
		settings_error(what, defs, n, "not an object", "The settings must be a jsonb object.");
	it = JsonbIteratorInit(&overrides->root);
	while ((token = JsonbIteratorNext(&it, &v, true)) != WJB_DONE)
	{
		if (token == WJB_KEY)
			setting = setting_of_key(&v, what, defs, n);
		else if (token == WJB_VALUE)
			values[setting] = setting_value(&v, what, defs, n, setting);
	}
}
