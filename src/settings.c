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

#include "miscadmin.h"
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
settings_error(const SettingsKind *kind, const char *message, const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("invalid health %s: %s", kind->what, message),
			 errdetail("%s", detail),
			 errhint("Give a jsonb object of numbers keyed by name, for example '%s'; the names are %s.",
					 kind->example, names_of(kind->defs, kind->n))));
}

/* the range of a setting, in words */
static char *
range_of(const SettingDef *def)
{
	if (def->high == DBL_MAX)
		return psprintf("a finite number of at least %s", float8out_internal(def->low));
	return psprintf("a number from %s to %s", float8out_internal(def->low),
					float8out_internal(def->high));
}

static int
setting_of_key(const JsonbValue *key, const SettingsKind *kind)
{
	int			i;

	for (i = 0; i < kind->n; i++)
		if (strlen(kind->defs[i].name) == (size_t) key->val.string.len &&
			memcmp(kind->defs[i].name, key->val.string.val, key->val.string.len) == 0)
			return i;
	settings_error(kind, "unknown name",
				   psprintf("\"%s\" is not one of the health %s.",
							pnstrdup(key->val.string.val, key->val.string.len), kind->what));
}

static double
setting_value(const JsonbValue *value, const SettingsKind *kind, int i)
{
	const SettingDef *def = &kind->defs[i];
	double		v;

	if (value->type != jbvNumeric)
		settings_error(kind, "a value is not a number",
					   psprintf("The value of \"%s\" must be a number.", def->name));
	/* a number beyond float8 becomes infinity, rejected below */
	v = DatumGetFloat8(DirectFunctionCall1(numeric_float8_no_overflow,
										   NumericGetDatum(value->val.numeric)));
	if (!(v >= def->low && v <= def->high))
		settings_error(kind, "a value is out of range",
					   psprintf("The value of \"%s\" is %s; it must be %s.",
								def->name, float8out_internal(v), range_of(def)));
	if (def->whole && v != floor(v))
		settings_error(kind, "a value is not a whole number",
					   psprintf("The value of \"%s\" is %s; it must be a whole number.",
								def->name, float8out_internal(v)));
	return v;
}

/*
 * values (holding the defaults) overridden by the keys of a jsonb object;
 * NULL overrides nothing.  Errors are 22023 and say what was wrong.
 */
void
settings_apply(Jsonb *overrides, const SettingsKind *kind, double *values)
{
	JsonbIterator *it;
	JsonbValue	v;
	JsonbIteratorToken token;
	int			setting = -1;

	if (overrides == NULL)
		return;
	if (!JB_ROOT_IS_OBJECT(overrides) || JB_ROOT_IS_SCALAR(overrides))
		settings_error(kind, "not an object", psprintf("The %s must be a jsonb object.", kind->what));
	it = JsonbIteratorInit(&overrides->root);
	while ((token = JsonbIteratorNext(&it, &v, true)) != WJB_DONE)
	{
		CHECK_FOR_INTERRUPTS(); /* an object may repeat a key any number of times */
		if (token == WJB_KEY)
			setting = setting_of_key(&v, kind);
		else if (token == WJB_VALUE)
			values[setting] = setting_value(&v, kind, setting);
	}
}
