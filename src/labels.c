/*
 * labels.c
 *		The five ordered label types (rel_stage, trust_level, jbp_mode,
 *		contact_channel, org_level) from one table-driven implementation.
 *
 * Each type is described by a LabelType: its SQL name, its labels in order
 * and the integer its first label casts to.  The type-specific SQL entry
 * points (input, output, binary I/O, integer casts) are thin wrappers made by
 * one macro; comparison, hashing and min/max are type-independent, since a
 * label is its ordinal in one byte, and are shared by all five types.
 *
 * Copyright (c) 2026, the attune developers; PostgreSQL License (LICENSE).
 */
#include "attune.h"

#include "common/hashfn.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/builtins.h"

PG_MODULE_MAGIC;

typedef struct LabelType
{
	const char *name;			/* SQL type name, for messages */
	int			first_int;		/* integer that the first label casts to */
	int			nlabels;
	const char *const *labels;	/* canonical labels, in order */
} LabelType;

const char *const rel_stage_labels[] = {
	[REL_STAGE_INDEPENDENT] = "independent",
	[REL_STAGE_DEPENDENT] = "dependent",
	[REL_STAGE_INTERDEPENDENT] = "interdependent",
	[REL_STAGE_DEEP_DEPENDENT] = "deep_dependent",
	[REL_STAGE_DEEP_INTERDEPENDENT] = "deep_interdependent",
};

static const char *const trust_level_labels[] = {
	[TRUST_LEVEL_NONE] = "none",
	[TRUST_LEVEL_CALCULUS] = "calculus",
	[TRUST_LEVEL_KNOWLEDGE] = "knowledge",
	[TRUST_LEVEL_IDENTIFICATION] = "identification",
};

static const char *const jbp_mode_labels[] = {
	[JBP_MODE_NONE] = "none",
	[JBP_MODE_CUSTOMER_LED] = "customer_led",
	[JBP_MODE_CO_DEVELOPED] = "co_developed",
};

const char *const contact_channel_labels[] = {
	[CONTACT_CHANNEL_FACE_TO_FACE] = "face_to_face",
	[CONTACT_CHANNEL_VIDEO] = "video",
	[CONTACT_CHANNEL_PHONE] = "phone",
	[CONTACT_CHANNEL_EMAIL] = "email",
	[CONTACT_CHANNEL_PAPER_MAIL] = "paper_mail",
	[CONTACT_CHANNEL_WEB] = "web",
	[CONTACT_CHANNEL_CUSTOMER_SERVICE] = "customer_service",
	[CONTACT_CHANNEL_SOCIAL_MEDIA] = "social_media",
};

const char *const org_level_labels[] = {
	[ORG_LEVEL_OPERATIONAL] = "operational",
	[ORG_LEVEL_MANAGEMENT] = "management",
	[ORG_LEVEL_SENIOR] = "senior",
	[ORG_LEVEL_EXECUTIVE] = "executive",
};

#define LABEL_TYPE(type, first) \
	static const LabelType type##_type = \
		{#type, first, lengthof(type##_labels), type##_labels}

LABEL_TYPE(rel_stage, 1);
LABEL_TYPE(trust_level, 0);
LABEL_TYPE(jbp_mode, 0);
LABEL_TYPE(contact_channel, 1);
LABEL_TYPE(org_level, 1);

/*
 * Longest normalised input worth comparing: longer than every label, so any
 * input that normalises to more characters cannot match and is rejected
 * without reading the rest of it.
 */
#define LABEL_KEY_MAX 32

/* How much of a rejected input an error message repeats. */
#define SHOWN_INPUT_MAX 64

/* Characters that input matching ignores, as DESIGN.md section 1 says. */
static inline bool
is_ignored_char(char c)
{
	return c == ' ' || c == '-' || c == '_';
}

/*
 * Does the canonical label, read without its underscores, equal the
 * normalised key?
 */
static bool
label_matches_key(const char *label, const char *key)
{
	for (; *label; label++)
	{
		if (*label == '_')
			continue;
		if (*label != *key++)
			return false;
	}
	return *key == '\0';
}

/*
 * The ordinal of the label that the input names, or -1.  The input is read
 * case-insensitively (ASCII letters only) with spaces, hyphens and
 * underscores ignored.
 */
static int
label_lookup(const LabelType *type, const char *input)
{
	char		key[LABEL_KEY_MAX + 1];
	int			keylen = 0;
	int			i;

	for (; *input; input++)
	{
		CHECK_FOR_INTERRUPTS(); /* the spaces ignored may be many */
		if (is_ignored_char(*input))
			continue;
		if (keylen == LABEL_KEY_MAX)
			return -1;
		key[keylen++] = pg_ascii_tolower((unsigned char) *input);
	}
	key[keylen] = '\0';
	if (keylen == 0)
		return -1;

	for (i = 0; i < type->nlabels; i++)
		if (label_matches_key(type->labels[i], key))
			return i;
	return -1;
}

/* The input as an error message repeats it: cut short if it is long. */
static char *
shown_input(const char *input)
{
	int			len = strlen(input);
	int			cut;

	if (len <= SHOWN_INPUT_MAX)
		return pstrdup(input);
	cut = pg_mbcliplen(input, len, SHOWN_INPUT_MAX);
	return psprintf("%.*s...", cut, input);
}

/* A byte that is no label of its type: damaged storage, never a user's value. */
void
label_corrupted(const char *type_name, int ordinal)
{
	ereport(ERROR,
			(errcode(ERRCODE_DATA_CORRUPTED),
			 errmsg("invalid stored value %d for type %s", ordinal, type_name),
			 errdetail("A %s is stored as a byte from 0 to its number of labels less one.", type_name)));
}

/* An ordinal read from storage must name a label; anything else is corrupt. */
static int
label_check(const LabelType *type, int ordinal)
{
	if (ordinal < 0 || ordinal >= type->nlabels)
		label_corrupted(type->name, ordinal);
	return ordinal;
}

/* A label that another function takes as an argument, checked as when read. */
int
rel_stage_checked(int ordinal)
{
	return label_check(&rel_stage_type, ordinal);
}

int
jbp_mode_checked(int ordinal)
{
	return label_check(&jbp_mode_type, ordinal);
}

static Datum
label_in(const LabelType *type, const char *input)
{
	int			ordinal = label_lookup(type, input);

	if (ordinal < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type %s: \"%s\"",
						type->name, shown_input(input)),
				 errdetail("Accepted labels are: %s.", attune_name_list(type->labels, type->nlabels)),
				 errhint("Case, spaces, hyphens and underscores are ignored.")));
	PG_RETURN_LABEL(ordinal);
}

/*
 * A channel or level written as text (a contact table's text columns, as
 * most are): the ordinal its label names, read as the type's input reads
 * it, with its errors.
 */
int
contact_channel_from_text(const char *input)
{
	return DatumGetLabel(label_in(&contact_channel_type, input));
}

int
org_level_from_text(const char *input)
{
	return DatumGetLabel(label_in(&org_level_type, input));
}

static Datum
label_out(const LabelType *type, int ordinal)
{
	PG_RETURN_CSTRING(pstrdup(type->labels[label_check(type, ordinal)]));
}

/* The binary form is one byte: the label's integer cast value. */
static Datum
label_recv(const LabelType *type, StringInfo buf)
{
	int			value;

	if (buf->cursor >= buf->len)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid external %s value: no data", type->name),
				 errdetail("The binary form is one byte, from %d to %d.",
						   type->first_int, type->first_int + type->nlabels - 1)));
	value = pq_getmsgbyte(buf);
	if (value < type->first_int || value >= type->first_int + type->nlabels)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid external %s value: byte %d", type->name, value),
				 errdetail("The binary form is one byte, from %d to %d.",
						   type->first_int, type->first_int + type->nlabels - 1)));
	PG_RETURN_LABEL(value - type->first_int);
}

static Datum
label_send(const LabelType *type, int ordinal)
{
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, type->first_int + label_check(type, ordinal));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

static Datum
label_from_int(const LabelType *type, int32 value)
{
	int			last = type->first_int + type->nlabels - 1;

	if (value < type->first_int || value > last)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("integer %d is out of range for type %s", value, type->name),
				 errdetail("Accepted integers are %d (%s) to %d (%s).",
						   type->first_int, type->labels[0],
						   last, type->labels[type->nlabels - 1])));
	PG_RETURN_LABEL(value - type->first_int);
}

static Datum
label_to_int(const LabelType *type, int ordinal)
{
	PG_RETURN_INT32(type->first_int + label_check(type, ordinal));
}

/*
 * The type-specific SQL entry points: TYPE_in, TYPE_out, TYPE_recv,
 * TYPE_send, TYPE_from_int4 and TYPE_to_int4, each a call of the shared
 * implementation with the type's table.
 */
#define LABEL_TYPE_FUNCTIONS(type) \
	PG_FUNCTION_INFO_V1(type##_in); \
	Datum type##_in(PG_FUNCTION_ARGS) \
	{ return label_in(&type##_type, PG_GETARG_CSTRING(0)); } \
	PG_FUNCTION_INFO_V1(type##_out); \
	Datum type##_out(PG_FUNCTION_ARGS) \
	{ return label_out(&type##_type, PG_GETARG_LABEL(0)); } \
	PG_FUNCTION_INFO_V1(type##_recv); \
	Datum type##_recv(PG_FUNCTION_ARGS) \
	{ return label_recv(&type##_type, (StringInfo) PG_GETARG_POINTER(0)); } \
	PG_FUNCTION_INFO_V1(type##_send); \
	Datum type##_send(PG_FUNCTION_ARGS) \
	{ return label_send(&type##_type, PG_GETARG_LABEL(0)); } \
	PG_FUNCTION_INFO_V1(type##_from_int4); \
	Datum type##_from_int4(PG_FUNCTION_ARGS) \
	{ return label_from_int(&type##_type, PG_GETARG_INT32(0)); } \
	PG_FUNCTION_INFO_V1(type##_to_int4); \
	Datum type##_to_int4(PG_FUNCTION_ARGS) \
	{ return label_to_int(&type##_type, PG_GETARG_LABEL(0)); } \
	extern int no_such_variable

LABEL_TYPE_FUNCTIONS(rel_stage);
LABEL_TYPE_FUNCTIONS(trust_level);
LABEL_TYPE_FUNCTIONS(jbp_mode);
LABEL_TYPE_FUNCTIONS(contact_channel);
LABEL_TYPE_FUNCTIONS(org_level);

/*
 * Type-independent operators: a label is its ordinal, so one set of
 * functions serves every label type.
 */
#define LABEL_ORDER (PG_GETARG_LABEL(0) - PG_GETARG_LABEL(1))

ATTUNE_COMPARISON(attune_label_eq, LABEL_ORDER, ==);
ATTUNE_COMPARISON(attune_label_ne, LABEL_ORDER, !=);
ATTUNE_COMPARISON(attune_label_lt, LABEL_ORDER, <);
ATTUNE_COMPARISON(attune_label_le, LABEL_ORDER, <=);
ATTUNE_COMPARISON(attune_label_gt, LABEL_ORDER, >);
ATTUNE_COMPARISON(attune_label_ge, LABEL_ORDER, >=);

PG_FUNCTION_INFO_V1(attune_label_cmp);
Datum
attune_label_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(LABEL_ORDER);
}

PG_FUNCTION_INFO_V1(attune_label_smaller);
Datum
attune_label_smaller(PG_FUNCTION_ARGS)
{
	PG_RETURN_LABEL(Min(PG_GETARG_LABEL(0), PG_GETARG_LABEL(1)));
}

PG_FUNCTION_INFO_V1(attune_label_larger);
Datum
attune_label_larger(PG_FUNCTION_ARGS)
{
	PG_RETURN_LABEL(Max(PG_GETARG_LABEL(0), PG_GETARG_LABEL(1)));
}

PG_FUNCTION_INFO_V1(attune_label_hash);
Datum
attune_label_hash(PG_FUNCTION_ARGS)
{
	return hash_uint32((uint32) PG_GETARG_LABEL(0));
}

PG_FUNCTION_INFO_V1(attune_label_hash_extended);
Datum
attune_label_hash_extended(PG_FUNCTION_ARGS)
{
	return hash_uint32_extended((uint32) PG_GETARG_LABEL(0), PG_GETARG_INT64(1));
}
