/*
 * attune.h
 *		Declarations shared by attune's C files, and the one place where
 *		differences between PostgreSQL major versions are handled.
 *
 * Copyright (c) 2026, the attune developers; PostgreSQL License (LICENSE).
 */
#ifndef ATTUNE_H
#define ATTUNE_H

#include "postgres.h"
#include "fmgr.h"
#include "datatype/timestamp.h"

#include <float.h>

/* Version compatibility: everything version-specific lives here. */
#if PG_VERSION_NUM < 130000
#error "attune requires PostgreSQL 13 or later"
#endif

#if PG_VERSION_NUM >= 160000
#include "varatt.h"				/* VARSIZE and friends moved here in 16 */
#endif

/* strtoi64 came in 14; int64 is long long's width on every platform */
#if PG_VERSION_NUM < 140000
#define strtoi64(str, endptr, base) ((int64) strtoll((str), (endptr), (base)))
#endif

/*
 * 18 asks whether a deferrable primary key will do; earlier versions never
 * return one, and neither do we, so that every version names the same key.
 */
#if PG_VERSION_NUM >= 180000
#define attune_primary_key_index(rel) RelationGetPrimaryKeyIndex((rel), false)
#else
#define attune_primary_key_index(rel) RelationGetPrimaryKeyIndex(rel)
#endif

/* 18 has pg_noreturn, in front of a declaration; before, an attribute after it */
#ifndef pg_noreturn
#define pg_noreturn pg_attribute_noreturn()
#endif

/*
 * The ordered label types of DESIGN.md section 1.  A label is stored as its
 * ordinal (0-based position in the type's list) in one pass-by-value byte, so
 * that comparing two labels of one type is comparing two bytes.  The enums
 * below name the ordinals for C code that produces or inspects labels.
 */
typedef enum RelStage
{
	REL_STAGE_INDEPENDENT,
	REL_STAGE_DEPENDENT,
	REL_STAGE_INTERDEPENDENT,
	REL_STAGE_DEEP_DEPENDENT,
	REL_STAGE_DEEP_INTERDEPENDENT
} RelStage;

typedef enum TrustLevel
{
	TRUST_LEVEL_NONE,
	TRUST_LEVEL_CALCULUS,
	TRUST_LEVEL_KNOWLEDGE,
	TRUST_LEVEL_IDENTIFICATION
} TrustLevel;

typedef enum JbpMode
{
	JBP_MODE_NONE,
	JBP_MODE_CUSTOMER_LED,
	JBP_MODE_CO_DEVELOPED
} JbpMode;

typedef enum ContactChannel
{
	CONTACT_CHANNEL_FACE_TO_FACE,
	CONTACT_CHANNEL_VIDEO,
	CONTACT_CHANNEL_PHONE,
	CONTACT_CHANNEL_EMAIL,
	CONTACT_CHANNEL_PAPER_MAIL,
	CONTACT_CHANNEL_WEB,
	CONTACT_CHANNEL_CUSTOMER_SERVICE,
	CONTACT_CHANNEL_SOCIAL_MEDIA
} ContactChannel;

typedef enum OrgLevel
{
	ORG_LEVEL_OPERATIONAL,
	ORG_LEVEL_MANAGEMENT,
	ORG_LEVEL_SENIOR,
	ORG_LEVEL_EXECUTIVE
} OrgLevel;

/* the canonical labels of rel_stage, contact_channel and org_level, by ordinal (labels.c) */
extern const char *const rel_stage_labels[];
extern const char *const contact_channel_labels[];
extern const char *const org_level_labels[];

/*
 * A rel_stage or jbp_mode argument: a stored byte that names no label is
 * an error (XX001) wherever it is read (labels.c).
 */
pg_noreturn extern void label_corrupted(const char *type_name, int ordinal);
extern int	rel_stage_checked(int ordinal);
extern int	jbp_mode_checked(int ordinal);
extern int	contact_channel_from_text(const char *input);
extern int	org_level_from_text(const char *input);

#define LabelGetDatum(ordinal)	UInt8GetDatum((uint8) (ordinal))
#define DatumGetLabel(datum)	((int) DatumGetUInt8(datum))
#define PG_GETARG_LABEL(n)		DatumGetLabel(PG_GETARG_DATUM(n))
#define PG_GETARG_STAGE(n)		rel_stage_checked(PG_GETARG_LABEL(n))
#define PG_GETARG_JBP(n)		jbp_mode_checked(PG_GETARG_LABEL(n))
#define PG_RETURN_LABEL(ordinal)	return LabelGetDatum(ordinal)

/*
 * Argument checks (arguments.c).  The checks are inline, for the hot path;
 * the errors are raised out of line.  Every error is 22003 and names the
 * argument.
 */
pg_noreturn extern void attune_range_error(const char *argname, double value,
										   double low, double high);
pg_noreturn extern void attune_int_range_error(const char *argname, int value,
											   int low, int high);
pg_noreturn extern void attune_nonnegative_error(const char *argname, double value);
pg_noreturn extern void attune_infinite_time_error(const char *argname);
extern char *attune_name_list(const char *const *names, int n);

/*
 * A comparison function fname of a type: `compare`, a three-way comparison
 * of the function's two arguments (an int expression in fcinfo), against 0
 * with op.  Every ordered type here defines its six by it.
 */
#define ATTUNE_COMPARISON(fname, compare, op) \
	PG_FUNCTION_INFO_V1(fname); \
	Datum fname(PG_FUNCTION_ARGS) \
	{ PG_RETURN_BOOL((compare) op 0); } \
	extern int no_such_variable

/* forward: utils/array.h */
struct ArrayType;
pg_noreturn extern void attune_invalid_state(const char *aggregate, const char *detail);
extern void *attune_state_elements(struct ArrayType *state, int n, Oid elemtype, const char *type_name,
								   const char *aggregate);

/* value in [low, high]; NaN fails every comparison and so is rejected */
static inline double
attune_check_range(double value, double low, double high, const char *argname)
{
	if (!(value >= low && value <= high))
		attune_range_error(argname, value, low, high);
	return value;
}

/* a share or evidence strength: a number in [0, 1] */
static inline double
attune_check_share(double value, const char *argname)
{
	return attune_check_range(value, 0.0, 1.0, argname);
}

/* a finite amount that is not negative */
static inline double
attune_check_nonnegative(double value, const char *argname)
{
	if (!(value >= 0.0 && value <= DBL_MAX))
		attune_nonnegative_error(argname, value);
	return value;
}

static inline int
attune_check_int_range(int value, int low, int high, const char *argname)
{
	if (value < low || value > high)
		attune_int_range_error(argname, value, low, high);
	return value;
}

/* a timestamp that is not infinity or -infinity (22008) */
static inline TimestampTz
attune_check_finite_time(TimestampTz timestamp, const char *argname)
{
	if (TIMESTAMP_NOT_FINITE(timestamp))
		attune_infinite_time_error(argname);
	return timestamp;
}

#endif							/* ATTUNE_H */
