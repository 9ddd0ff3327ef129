/*
 * risk.h
 *		The risk flags and the health model of DESIGN.md section 4, shared by
 *		the SQL functions (risk.c) and the flag_at_risk trigger (trigger.c).
 *
 * Copyright (c) 2026, the attune developers; PostgreSQL License (LICENSE).
 */
#ifndef RISK_H
#define RISK_H

#include "contact_summary.h"

#include "utils/array.h"

/*
 * What the model judges an account by.  Any input may be unknown; the checks
 * and health components that need it are then skipped.  Known values have
 * been checked (risk_check_*), so NaN never comes from a user.
 */
typedef struct RiskInputs
{
	const ContactSummary *summary;	/* NULL: unknown */
	bool		has_as_of;
	TimestampTz as_of;			/* finite */
	double		trust_score;	/* 0..100; NaN: unknown */
	double		dashboard;		/* 0..100; NaN: unknown */
	int			vendor_view;	/* rel_stage ordinal; -1: unknown */
	int			customer_view;	/* rel_stage ordinal; -1: unknown */
} RiskInputs;

/* The flags, in the order risk_flags lists them; docs/risk.md has each rule. */
typedef enum RiskFlag
{
	RISK_SILENT,
	RISK_BOW_TIE,
	RISK_NO_EXEC_SPONSOR,
	RISK_PAST_FOCUSED,
	RISK_NEGATIVE_EXPERIENCE,
	RISK_EXCESSIVE_TRUST,
	RISK_MISALIGNED,
	RISK_BELOW_TARGET,
	N_RISK_FLAGS
} RiskFlag;

extern RiskInputs risk_inputs_none(void);
extern double risk_check_score(double value, const char *argname);
extern uint32 risk_flags_of(const RiskInputs *in);
extern ArrayType *risk_flags_array(uint32 flags);

#endif							/* RISK_H */
