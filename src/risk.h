/*
 * risk.h
 *		The risk flags and the health model of DESIGN.md section 4, shared by
 *		the SQL functions (risk.c, health.c) and the flag_at_risk trigger
 *		(trigger.c).  docs/risk.md documents every rule, threshold and
 *		default, with its source or reason.
 *
 * Copyright (c) 2026, the attune developers; PostgreSQL License (LICENSE).
 */
#ifndef RISK_H
#define RISK_H

#include "contact_summary.h"

#include "utils/array.h"
#include "utils/jsonb.h"

/*
 * The thresholds of the rules and the band limits (docs/risk.md, "Thresholds").
 * The order is that of threshold_names in settings.c.
 */
typedef enum RiskThreshold
{
	T_SILENT_DAYS,				/* strategic: silent after a quarter */
	T_SILENT_GAPS,				/* silent after this many usual gaps */
	T_SILENT_MIN_DAYS,
	T_SILENT_MAX_DAYS,			/* any account: silent after half a year */
	T_COOLING_RATIO,
	T_COOLING_SIGMAS,			/* below chance: standard deviations of a Poisson count */
	T_COOLING_MIN_EXPECTED,
	T_SOURING_DROP,
	T_SOURING_MIN_RATED,
	T_NEGATIVE_BELOW,
	T_NEGATIVE_MIN_RATED,
	T_ONE_WAY_SHARE,
	T_SINGLE_THREADED_SHARE,
	T_MIN_CONTACTS,				/* evidence for a share of contacts */
	T_CHAMPION_SHARE,			/* a person who carries this share of a side's contacts */
	T_CHAMPION_MIN_CONTACTS,	/* evidence for a person's rhythm */
	T_SPONSOR_QUIET_DAYS,		/* a customer executive quiet this long at least */
	T_ONBOARDING_DAYS,			/* younger accounts: no lifetime-share rules */
	T_BOW_TIE_BELOW,
	T_EXEC_COVERAGE_BELOW,
	T_EXEC_LAPSED_QUARTERS,
	T_FUTURE_SHARE_BELOW,
	T_EXCESSIVE_TRUST_ABOVE,
	T_EXCESSIVE_TRUST_DASHBOARD,
	T_MISALIGNED_GAP,
	T_BELOW_TARGET,
	T_GOALS_REQUIRED,			/* 1: a strategic account needs a dashboard */
	T_RED,						/* band limits: red at most, yellow at most */
	T_YELLOW,
	T_RED_WARNINGS,				/* this many flags at once make an account red */
	N_THRESHOLDS
} RiskThreshold;

typedef struct RiskThresholds
{
	double		value[N_THRESHOLDS];
} RiskThresholds;

extern const RiskThresholds *risk_default_thresholds(void);
extern const RiskThresholds *risk_thresholds_goals_kept_elsewhere(void);
extern RiskThresholds risk_thresholds(Jsonb *overrides);

/*
 * What the model judges an account by.  Any input may be unknown; the checks
 * and health components that need it are then skipped, with one exception:
 * where contacts are recorded at all (a summary argument or column), a NULL
 * summary with a known as_of means that no contact is on record.  Known
 * values have been checked (risk_check_*), so NaN never comes from a user.
 */
typedef struct RiskInputs
{
	bool		contacts_recorded;	/* a summary is given, if NULL */
	const ContactSummary *summary;	/* NULL: no contact on record */
	bool		has_as_of;
	TimestampTz as_of;			/* finite */
	double		trust_score;	/* 0..100; NaN: unknown */
	double		dashboard;		/* 0..100; NaN: unknown */
	int			vendor_view;	/* rel_stage ordinal; -1: unknown */
	int			customer_view;	/* rel_stage ordinal; -1: unknown */
	int			target_stage;	/* rel_stage ordinal; -1: from the views */
	const RiskThresholds *thresholds;
} RiskInputs;

/* The flags, in the order risk_flags lists them; docs/risk.md has each rule. */
typedef enum RiskFlag
{
	RISK_SILENT,
	RISK_COOLING,
	RISK_CHAMPION_QUIET,
	RISK_SPONSOR_QUIET,
	RISK_SOURING,
	RISK_NEGATIVE_EXPERIENCE,
	RISK_ONE_WAY,
	RISK_EXEC_LAPSED,
	RISK_NO_EXEC_SPONSOR,
	RISK_BOW_TIE,
	RISK_SINGLE_THREADED,
	RISK_PAST_FOCUSED,
	RISK_EXCESSIVE_TRUST,
	RISK_MISALIGNED,
	RISK_NO_GOALS,
	RISK_BELOW_TARGET,
	RISK_DECLINING,				/* the trigger's, on UPDATE: health fell */
	N_RISK_FLAGS
} RiskFlag;

/* declining: health fell by more than this against the old row (docs/risk.md) */
#define DECLINING_MARGIN	10.0

extern const char *const risk_flag_names[N_RISK_FLAGS];

/*
 * A person gone quiet: who (side, key), their share of the side's contacts
 * naming a person, their usual gap and the days since their last contact,
 * and how many other people of the side were in contact in the last
 * recent days.  found false: none.
 */
typedef struct QuietPerson
{
	bool		found;
	bool		vendor;
	int			level;			/* highest org_level + 1; 0: unknown */
	int64		key;
	int64		contacts;
	double		share;
	double		usual_gap;
	int			days_quiet;
	int			others_active;
} QuietPerson;

/*
 * The figures the rules read, kept so that a report can give each flag's
 * reason in numbers.  NaN (or -1 for counts) where unknown.
 */
typedef struct RiskMeasures
{
	int			expected_stage; /* the relationship judged against; -1: unknown */
	bool		strategic;		/* judged as interdependent or deeper */
	double		days_silent;	/* since the last contact; +inf: no contact on record */
	double		usual_gap;		/* days */
	double		silent_limit;	/* days after which the account is silent */
	bool		silent_serious; /* silent past a quarter (strategic) or half a year */
	int			recent_days;	/* contact days in the last 90 */
	double		expected_days;	/* at the account's norm */
	SentimentWindow sentiment_recent;
	SentimentWindow sentiment_before;
	double		experience;
	int64		rated;			/* contacts with a sentiment up to as_of */
	int64		initiated_known;
	double		vendor_initiated_share;
	int			exec_recent;	/* quarters with an executive meeting, recent */
	int			exec_before;	/* the year before the recent ones */
	bool		exec_lapsed;	/* none recently where the year before met the bar */
	int			exec_quarters_judged;	/* complete quarters of the last year */
	int			exec_covered;
	LeadPerson	lead[2];		/* vendor, customer */
	QuietPerson champion;		/* the champion gone quiet, or none */
	QuietPerson sponsor;		/* the customer executive gone quiet, or none */
	bool		onboarding;		/* younger than T_ONBOARDING_DAYS */
	bool		seasonal_silence;	/* a silence kept a year earlier too */
	bool		seasonal_norm;	/* cadence judged against the same days a year earlier */
	int64		initiated_recent;	/* contacts with a known starter, recent quarters */
	double		vendor_initiated_recent;	/* the vendor's share of them */
	double		diamond;
	double		future_share;
	int64		focus_known;
} RiskMeasures;

typedef struct RiskJudgement
{
	uint32		flags;			/* bit i: RiskFlag i */
	bool		serious;		/* a flag serious enough alone for the red band */
	RiskMeasures m;
} RiskJudgement;

extern RiskInputs risk_inputs_none(void);
pg_noreturn extern void risk_as_of_missing(void);
extern double risk_check_score(double value, const char *argname);
extern void risk_judge(const RiskInputs *in, bool with_figures, RiskJudgement *j);
extern uint32 risk_flags_of(const RiskInputs *in);
extern ArrayType *risk_flags_array(uint32 flags);
extern double risk_health(const RiskInputs *in, const RiskJudgement *j);
/* a person's contacts that show a rhythm: two gaps, the least that does */
#define RHYTHM_MIN_CONTACTS		3
/* a person gone longer than a year is history */
#define PERSON_HISTORY_DAYS		365
extern int	risk_days_quiet(const PersonTally *person, int as_of_day);
extern bool risk_has_successor(const ContactSummary *s, PeopleList side, int quiet, int as_of_day,
							   bool sponsor);
extern void risk_quiet_person(QuietPerson *q, const ContactSummary *s, PeopleList side, int i, bool vendor,
							  int as_of_day);

/* Why a person's silence matters, in plain words (who_to_call.c). */
typedef enum QuietRole
{
	QUIET_SPONSOR,				/* sponsor_quiet */
	QUIET_CHAMPION,				/* champion_quiet */
	QUIET_OVERDUE				/* quiet past their own rhythm */
} QuietRole;
extern char *quiet_person_reason(const QuietPerson *q, QuietRole role);

/* The components of health, by the names weights and reports use (health.c). */
#define N_HEALTH_WEIGHTS	10
extern const char *health_weight_name(int component);
extern RiskInputs risk_inputs_from_args(FunctionCallInfo fcinfo, int target_argno,
										int thresholds_argno, RiskThresholds *storage);

/*
 * The jsonb settings of the health model, weights and thresholds
 * (settings.c): each key a setting, each value a number in its range.
 */
typedef struct SettingDef
{
	const char *name;
	double		low;
	double		high;
	bool		whole;			/* a whole number */
} SettingDef;

/* One kind of settings: its name in messages, an example, its settings. */
typedef struct SettingsKind
{
	const char *what;
	const char *example;
	const SettingDef *defs;
	int			n;
} SettingsKind;

extern void settings_apply(Jsonb *overrides, const SettingsKind *kind, double *values);

#endif							/* RISK_H */
