/*
 * risk.c
 *		The rules of risk_flags (DESIGN.md section 4): the thresholds, the
 *		relationship an account is judged against, the figures the rules
 *		read, and the flags.  Every rule, threshold and default is documented
 *		with its source or reason in docs/risk.md; keep the two in step.
 *
 * Copyright (c) 2026, the attune developers; PostgreSQL License (LICENSE).
 */
#include "risk.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "port/pg_bitutils.h"
#include "utils/builtins.h"
#include "utils/float.h"
#include "utils/timestamp.h"

/* the recent window of cadence: a quarter, the rhythm of key-account reviews */
#define RECENT_DAYS			90
/* a calendar quarter's days, on average */
#define QUARTER_DAYS		91
/* what chance leaves unexplained: less often than once in a hundred times */
#define CHANCE				0.01
/* the norm it is compared with: the year before the recent window */
#define NORM_DAYS			365
/* souring: the last two quarters against the four before */
#define RECENT_QUARTERS		2
#define YEAR_QUARTERS		4

static const SettingDef threshold_defs[N_THRESHOLDS] = {
	{"silent_days", 1, MAX_SPAN_DAYS, false},
	{"silent_gaps", 1, 1000, false},
	{"silent_min_days", 0, MAX_SPAN_DAYS, false},
	{"silent_max_days", 1, MAX_SPAN_DAYS, false},
	{"cooling_ratio", 0, 1, false},
	{"cooling_sigmas", 0, 10, false},
	{"cooling_min_expected", 0, RECENT_DAYS, false},
	{"souring_drop", 0, 2, false},
	{"souring_min_rated", 1, 1e9, true},
	{"negative_below", -1, 1, false},
	{"negative_min_rated", 1, 1e9, true},
	{"one_way_share", 0.5, 1, false},
	{"single_threaded_share", 0, 1, false},
	{"min_contacts", 1, 1e9, true},
	{"champion_share", 0, 1, false},
	{"champion_min_contacts", 2, 1e9, true},
	{"sponsor_quiet_days", 1, MAX_SPAN_DAYS, false},
	{"onboarding_days", 0, MAX_SPAN_DAYS, false},
	{"bow_tie_below", 0, 1, false},
	{"exec_coverage_below", 0, 1, false},
	{"exec_lapsed_quarters", 1, 40, true},
	{"future_share_below", 0, 1, false},
	{"excessive_trust_above", 0, 100, false},
	{"excessive_trust_dashboard", 0, 100, false},
	{"misaligned_gap", 1, 4, true},
	{"below_target", 0, 100, false},
	{"goals_required", 0, 1, true},
	{"red", 0, 100, false},
	{"yellow", 0, 100, false},
	{"red_warnings", 1, N_RISK_FLAGS - 1, true}
};

static const SettingsKind thresholds_kind = {"thresholds", "{\"silent_days\": 60, \"red_warnings\": 2}",
threshold_defs, N_THRESHOLDS};

static const RiskThresholds default_thresholds = {{
		90,						/* silent_days */
		5,						/* silent_gaps */
		30,						/* silent_min_days */
		180,					/* silent_max_days */
		0.5,					/* cooling_ratio */
		2.33,					/* cooling_sigmas */
		10,						/* cooling_min_expected */
		0.3,					/* souring_drop */
		8,						/* souring_min_rated */
		-0.2,					/* negative_below */
		3,						/* negative_min_rated */
		0.8,					/* one_way_share */
		0.75,					/* single_threaded_share */
		10,						/* min_contacts */
		0.2,					/* champion_share */
		6,						/* champion_min_contacts */
		90,						/* sponsor_quiet_days */
		182,					/* onboarding_days */
		0.25,					/* bow_tie_below */
		0.5,					/* exec_coverage_below */
		2,						/* exec_lapsed_quarters */
		0.2,					/* future_share_below */
		75,						/* excessive_trust_above */
		50,						/* excessive_trust_dashboard */
		2,						/* misaligned_gap */
		75,						/* below_target */
		1,						/* goals_required */
		50,						/* red */
		75,						/* yellow */
		3						/* red_warnings */
}};

const char *const risk_flag_names[N_RISK_FLAGS] = {
	"silent", "cooling", "champion_quiet", "sponsor_quiet", "souring", "negative_experience",
	"one_way", "exec_lapsed", "no_exec_sponsor", "bow_tie", "single_threaded", "past_focused",
	"excessive_trust", "misaligned", "no_goals", "below_target", "declining"
};

const RiskThresholds *
risk_default_thresholds(void)
{
	return &default_thresholds;
}

/*
 * The defaults for a table without a dashboard column: its team keeps its
 * goals elsewhere, if at all, so no_goals is not judged (goals_required 0).
 */
const RiskThresholds *
risk_thresholds_goals_kept_elsewhere(void)
{
	static RiskThresholds thresholds;

	thresholds = default_thresholds;
	thresholds.value[T_GOALS_REQUIRED] = 0;
	return &thresholds;
}

/* the defaults overridden by a jsonb object (NULL: none), checked together */
RiskThresholds
risk_thresholds(Jsonb *overrides)
{
	RiskThresholds t = default_thresholds;

	settings_apply(overrides, &thresholds_kind, t.value);
	if (t.value[T_RED] > t.value[T_YELLOW] || t.value[T_SILENT_MIN_DAYS] > t.value[T_SILENT_MAX_DAYS])
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid health thresholds: limits out of order"),
				 errdetail("red must not exceed yellow, nor silent_min_days silent_max_days.")));
	return t;
}

RiskInputs
risk_inputs_none(void)
{
	RiskInputs	in;

	in.contacts_recorded = false;
	in.summary = NULL;
	in.has_as_of = false;
	in.as_of = 0;
	in.trust_score = get_float8_nan();
	in.dashboard = get_float8_nan();
	in.vendor_view = -1;
	in.customer_view = -1;
	in.target_stage = -1;
	in.thresholds = &default_thresholds;
	return in;
}

/* a score on the 0..100 scale of trust_score and dashboard_score */
double
risk_check_score(double value, const char *argname)
{
	return attune_check_range(value, 0.0, 100.0, argname);
}

/*
 * The relationship the account is meant to have: the target stage if
 * given, else the deeper of the two views (if either side wants a
 * partnership, the checks of a partnership are worth making); -1 if none is
 * known.
 */
static int
expected_stage(const RiskInputs *in)
{
	if (in->target_stage >= 0)
		return in->target_stage;
	return Max(in->vendor_view, in->customer_view);
}

#define FLAG(flag)	(1u << (flag))

/* the lowest n bits set (n <= 63) */
static inline uint64
low_bits(int n)
{
	return (UINT64CONST(1) << n) - 1;
}

/*
 * Is the same season a year earlier on record: the account's history
 * reaching back a year and a quarter before as_of (in practice the two
 * years of contacts a CRM keeps at hand)?
 */
static bool
has_seasons(const ContactSummary *s, int as_of_day)
{
	return timestamp_day(s->first_contact) <= as_of_day - NORM_DAYS - RECENT_DAYS;
}

/* as quiet in the same days a year earlier as judge_silence says */
static bool
quiet_a_year_earlier(const ContactSummary *s, int as_of_day, const RiskMeasures *m, const double *t)
{
	int			days = (int) ceil(m->silent_limit);
	double		allowed = isnan(m->usual_gap) ? 0 : floor(days / (t[T_SILENT_GAPS] * Max(m->usual_gap, 1.0)));

	return summary_contact_days(s, as_of_day - NORM_DAYS, Min(days, MAX_SPAN_DAYS)) <= allowed;
}

/*
 * No contact for longer than the account's own cadence allows.  When the
 * account was silent past the same limit a year earlier (the limit's days
 * ending a year before as_of, with at most one contact day in silent_gaps
 * of its usual gaps: the odd call of a quiet season, or its first day
 * moving by a few days from year to year), the silence is its season, not
 * news, up to the limit past which a silence is serious whatever the
 * season.
 */
static void
judge_silence(const RiskInputs *in, int as_of_day, RiskJudgement *j)
{
	const double *t = in->thresholds->value;
	RiskMeasures *m = &j->m;
	double		serious_after = m->strategic ? t[T_SILENT_DAYS] : t[T_SILENT_MAX_DAYS];

	if (in->summary == NULL)
	{
		m->days_silent = get_float8_infinity();
		m->silent_limit = 0;
	}
	else
	{
		m->days_silent = ((double) in->as_of - (double) in->summary->last_contact) / USECS_PER_DAY;
		m->usual_gap = summary_usual_gap(in->summary);
		m->silent_limit = isnan(m->usual_gap) ? Min(t[T_SILENT_DAYS], t[T_SILENT_MAX_DAYS])
			: Min(Max(t[T_SILENT_GAPS] * m->usual_gap, t[T_SILENT_MIN_DAYS]), t[T_SILENT_MAX_DAYS]);
		if (m->strategic)
			m->silent_limit = Min(m->silent_limit, t[T_SILENT_DAYS]);
	}
	if (!(m->days_silent > m->silent_limit))
		return;
	m->silent_serious = m->days_silent > serious_after;
	if (!m->silent_serious && in->summary != NULL && has_seasons(in->summary, as_of_day) &&
		quiet_a_year_earlier(in->summary, as_of_day, m, t))
	{
		m->seasonal_silence = true;
		return;
	}
	j->flags |= FLAG(RISK_SILENT);
}

/*
 * Contact days in the last RECENT_DAYS against the account's norm: the year
 * before them (or as much of it as the account has, at least RECENT_DAYS),
 * or the same days a year earlier if fewer (a seasonal business is quiet in
 * its quiet season every year).  A season only ever excuses: one busy
 * quarter last year does not make this year's ordinary one look cold.
 * Cooling is a fall well below the norm that chance hardly explains: by the
 * ratio, and by cooling_sigmas standard deviations of a Poisson count at
 * the norm (2.33: a fall that steady contact shows by chance less than once
 * in a hundred times).
 */
static void
judge_cadence(const RiskInputs *in, int as_of_day, RiskJudgement *j)
{
	const double *t = in->thresholds->value;
	const ContactSummary *s = in->summary;
	RiskMeasures *m = &j->m;
	int			norm_last = as_of_day - RECENT_DAYS;
	int			norm_first = Max(norm_last - NORM_DAYS + 1, timestamp_day(s->first_contact));
	int			norm_days = norm_last - norm_first + 1;

	m->recent_days = summary_contact_days(s, as_of_day, RECENT_DAYS);
	if (norm_days < RECENT_DAYS)
		return;
	m->expected_days = (double) summary_contact_days(s, norm_last, norm_days) * RECENT_DAYS / norm_days;
	if (has_seasons(s, as_of_day))
	{
		double		season = summary_contact_days(s, as_of_day - NORM_DAYS, RECENT_DAYS);

		if (season < m->expected_days)
		{
			m->seasonal_norm = true;
			m->expected_days = season;
		}
	}
	if (!(j->flags & FLAG(RISK_SILENT)) && m->expected_days >= t[T_COOLING_MIN_EXPECTED] &&
		m->recent_days < t[T_COOLING_RATIO] * m->expected_days &&
		m->recent_days < m->expected_days - t[T_COOLING_SIGMAS] * sqrt(m->expected_days))
		j->flags |= FLAG(RISK_COOLING);
}

/* recent sentiment against its history, and the balance of experiences */
static void
judge_sentiment(const RiskInputs *in, int as_of_quarter, RiskJudgement *j)
{
	const double *t = in->thresholds->value;
	const ContactSummary *s = in->summary;
	RiskMeasures *m = &j->m;
	SentimentWindow *recent = &m->sentiment_recent;
	SentimentWindow *before = &m->sentiment_before;

	*recent = summary_sentiment(s, as_of_quarter, RECENT_QUARTERS);
	*before = summary_sentiment(s, as_of_quarter - RECENT_QUARTERS, YEAR_QUARTERS);
	if (recent->rated >= t[T_SOURING_MIN_RATED] && before->rated >= t[T_SOURING_MIN_RATED] &&
		recent->mean <= before->mean - t[T_SOURING_DROP])
		j->flags |= FLAG(RISK_SOURING);

	m->rated = summary_sentiment(s, as_of_quarter, MAX_WINDOW_QUARTERS).rated;
	m->experience = summary_experience(s, in->as_of);
	if (m->rated >= t[T_NEGATIVE_MIN_RATED] && m->experience < t[T_NEGATIVE_BELOW])
		j->flags |= FLAG(RISK_NEGATIVE_EXPERIENCE);
}

/*
 * Executive sponsorship over the last year (strategic accounts): lapsed
 * when the last quarters had no executive meeting where the year before
 * met the bar; otherwise thin when fewer complete quarters of the last year
 * than the bar had one (a meeting in the current quarter counts, its
 * absence does not yet).
 */
static void
judge_sponsorship(const RiskInputs *in, int as_of_quarter, RiskJudgement *j)
{
	const double *t = in->thresholds->value;
	const ContactSummary *s = in->summary;
	RiskMeasures *m = &j->m;
	int			lapsed = (int) t[T_EXEC_LAPSED_QUARTERS];
	/* bit k: an executive meeting in quarter as_of_quarter - k */
	uint64		meetings = summary_exec_recent(s, as_of_quarter);

	m->exec_recent = pg_popcount64(meetings & low_bits(lapsed + 1));
	m->exec_before = pg_popcount64((meetings >> (lapsed + 1)) & low_bits(YEAR_QUARTERS));
	m->exec_lapsed = m->exec_recent == 0 && m->exec_before > 0 &&
		m->exec_before >= t[T_EXEC_COVERAGE_BELOW] * YEAR_QUARTERS;
	m->exec_quarters_judged = as_of_quarter - Max(as_of_quarter - YEAR_QUARTERS, s->first_quarter);
	if (m->exec_quarters_judged >= 1)
		m->exec_covered = Min(pg_popcount64((meetings >> 1) & low_bits(m->exec_quarters_judged)) +
							  (int) (meetings & 1), m->exec_quarters_judged);
	/* silent since before the quarters judged: the silence says it all */
	if ((j->flags & FLAG(RISK_SILENT)) &&
		timestamp_day(s->last_contact) < quarter_first_day(as_of_quarter - lapsed))
		return;
	/* the sponsor gone quiet says more, and names the person */
	if (j->flags & FLAG(RISK_SPONSOR_QUIET))
		return;
	if (m->exec_lapsed)
		j->flags |= FLAG(RISK_EXEC_LAPSED);
	else if (!m->onboarding && m->exec_quarters_judged >= 1 &&
			 m->exec_covered < t[T_EXEC_COVERAGE_BELOW] * m->exec_quarters_judged)
		j->flags |= FLAG(RISK_NO_EXEC_SPONSOR);
}

/* Days since a person's last contact, as of a day. */
int
risk_days_quiet(const PersonTally *person, int as_of_day)
{
	return as_of_day - person->last_day;
}

/* The people of a side in contact in the RECENT_DAYS ending with as_of_day, but one. */
static int
others_active(PeopleList side, int except, int as_of_day)
{
	int			n = 0;
	int			i;

	for (i = 0; i < side.n; i++)
		if (i != except && risk_days_quiet(&side.tallies[i], as_of_day) < RECENT_DAYS)
			n++;
	return n;
}

/*
 * Did someone of the same side take over from a person gone quiet?  A
 * newcomer (first seen no earlier than a quarter before the person's last
 * contact: a handover overlaps) in contact at least half as often as the
 * person was, up to the account's last contact, and three times at least
 * (two gaps: the least that shows a rhythm; someone seen once is a
 * visitor); or, for a sponsor, another executive of the side seen since.
 * A successor also covers a name written another way from some day on (a
 * new CRM, a married name): the same rhythm under a new key.
 */
bool
risk_has_successor(const ContactSummary *s, PeopleList side, int quiet, int as_of_day, bool sponsor)
{
	const PersonTally *gone = &side.tallies[quiet];
	int			last_day = Min(as_of_day, timestamp_day(s->last_contact));
	double		gap = summary_person_gap(gone);
	int			i;

	for (i = 0; i < side.n; i++)
	{
		const PersonTally *p = &side.tallies[i];

		if (i == quiet || p->first_day > as_of_day)
			continue;
		if (sponsor ? (p->level == gone->level && p->last_day > gone->last_day)
			: (p->first_day >= gone->last_day - QUARTER_DAYS && p->contacts >= RHYTHM_MIN_CONTACTS &&
			   p->contacts * gap >= 0.5 * (last_day - p->first_day + 1)))
			return true;
	}
	return false;
}

/* The figures of person i of a side, gone quiet, for their reason. */
void
risk_quiet_person(QuietPerson *q, const ContactSummary *s, PeopleList side, int i, bool vendor, int as_of_day)
{
	const PersonTally *p = &side.tallies[i];
	double		share = summary_share_while_active(s, side, vendor ? s->vendor_named : s->customer_named, i);
	double		gap = summary_person_gap(p);

	q->found = true;
	q->vendor = vendor;
	q->level = p->level;
	q->key = (int64) side.hashes[i];
	q->contacts = side.tallies[i].contacts;
	q->share = share;
	q->usual_gap = gap;
	q->days_quiet = risk_days_quiet(&side.tallies[i], as_of_day);
	q->others_active = others_active(side, i, as_of_day);
}

/*
 * The customer's executive who held the reviews gone quiet (strategic
 * accounts): a customer person at the executive level with a rhythm (two
 * contacts at least) quiet for longer than their usual gap and a quarter
 * more, and at least sponsor_quiet_days, while the account went on after
 * them.  Their next review was due one usual gap after the last; a quarter
 * later they have missed it by a whole review cycle (a review missed by a
 * few weeks, or skipped once and held late, is not news).  So a sponsor who
 * left is caught about a quarter after the review they missed, not three.
 * Not when another executive of the customer has met the vendor since: the
 * reviews go on with them.  The one with most contacts, if several.
 */
static int
judge_sponsor(const RiskInputs *in, int as_of_day, RiskJudgement *j)
{
	const double *t = in->thresholds->value;
	const ContactSummary *s = in->summary;
	SummaryGeometry g = summary_geometry_of(s);
	PeopleList	customer = people_list(s, &g, false);
	int			last_day = timestamp_day(s->last_contact);
	int			sponsor = -1;
	int			i;

	for (i = 0; i < customer.n; i++)
	{
		const PersonTally *p = &customer.tallies[i];
		double		gap = summary_person_gap(p);

		if (p->level != ORG_LEVEL_EXECUTIVE + 1 || isnan(gap) || p->last_day >= last_day ||
			risk_days_quiet(p, as_of_day) <= Max(gap + QUARTER_DAYS, t[T_SPONSOR_QUIET_DAYS]) ||
			risk_has_successor(s, customer, i, as_of_day, true))
			continue;
		if (sponsor < 0 || p->contacts > customer.tallies[sponsor].contacts)
			sponsor = i;
	}
	if (sponsor >= 0)
	{
		risk_quiet_person(&j->m.sponsor, s, customer, sponsor, false, as_of_day);
		j->flags |= FLAG(RISK_SPONSOR_QUIET);
	}
	return sponsor;
}

/*
 * A person who carried a large share of one side's contacts (champion_share
 * of those naming a person of the side while they were in contact, with
 * champion_min_contacts for a rhythm) gone quiet while the account went on
 * without them: quiet for
 * longer than silent_gaps of their own usual gap (and silent_min_days), and
 * absent from every day of contact since, which a person in that share of
 * the contacts misses by chance less than once in a hundred times ((1 -
 * share) to the power of the days with contacts since their last, below
 * 0.01: the chance bound of the account's own silence).  An account that
 * slowed down as a whole does not single out its champion.  The one with the
 * largest share, if several; not the sponsor, whose flag says more; not
 * one whose successor is in contact (risk_has_successor); not one gone more
 * than a year, who is history (the account's shape today tells the rest).
 */
static void
judge_champion(const RiskInputs *in, int as_of_day, int sponsor, RiskJudgement *j)
{
	const double *t = in->thresholds->value;
	const ContactSummary *s = in->summary;
	SummaryGeometry g = summary_geometry_of(s);
	int			last_day = timestamp_day(s->last_contact);
	QuietPerson *champion = &j->m.champion;
	int			side;

	for (side = 0; side < 2; side++)
	{
		PeopleList	people = people_list(s, &g, side == 0);
		int64		named = side == 0 ? s->vendor_named : s->customer_named;
		int			i;

		for (i = 0; i < people.n; i++)
		{
			const PersonTally *p = &people.tallies[i];
			double		gap = summary_person_gap(p);
			double		share;

			if ((side == 1 && i == sponsor) || p->contacts < t[T_CHAMPION_MIN_CONTACTS] ||
				p->last_day >= last_day || risk_days_quiet(p, as_of_day) > PERSON_HISTORY_DAYS ||
				risk_days_quiet(p, as_of_day) <= Max(t[T_SILENT_GAPS] * gap, t[T_SILENT_MIN_DAYS]))
				continue;
			share = summary_share_while_active(s, people, named, i);
			if (share < t[T_CHAMPION_SHARE] ||
				pow(1.0 - share, summary_contact_days(s, as_of_day, risk_days_quiet(p, as_of_day))) >= CHANCE ||
				(champion->found && share <= champion->share) ||
				risk_has_successor(s, people, i, as_of_day, false))
				continue;
			risk_quiet_person(champion, s, people, i, side == 0, as_of_day);
		}
	}
	if (champion->found)
		j->flags |= FLAG(RISK_CHAMPION_QUIET);
}

/*
 * The people: who carries the relationship and who has gone quiet, for a
 * strategic account (a relationship carried by people; a transactional
 * buyer who moves on leaves the orders to the next).  Only a summary that
 * keeps its people's days (format 2) knows; a silent account's silence says
 * it all.
 */
static void
judge_people(const RiskInputs *in, int as_of_day, RiskJudgement *j)
{
	if (!in->summary->detailed || (j->flags & FLAG(RISK_SILENT)) || !j->m.strategic)
		return;
	judge_champion(in, as_of_day, judge_sponsor(in, as_of_day, j), j);
}

/* Does a share of contacts started go one way?  The vendor's, or for a partnership either's. */
static bool
one_way(const RiskInputs *in, const RiskJudgement *j, double vendor_share)
{
	const double *t = in->thresholds->value;

	return vendor_share >= t[T_ONE_WAY_SHARE] || (j->m.strategic && 1.0 - vendor_share >= t[T_ONE_WAY_SHARE]);
}

/*
 * Who started the contacts of the recent quarters (the last two calendar
 * quarters, as_of's included): a customer that stopped starting or
 * answering anything while the vendor keeps calling shows here long before
 * the lifetime share, diluted by the good years, moves.
 */
static void
judge_recent_initiative(const RiskInputs *in, int as_of_quarter, RiskJudgement *j)
{
	RiskMeasures *m = &j->m;
	int64		customer_started,
				vendor_started;

	if (!in->summary->detailed)
		return;
	summary_started(in->summary, as_of_quarter, RECENT_QUARTERS, &customer_started, &vendor_started);
	m->initiated_recent = customer_started + vendor_started;
	if (m->initiated_recent < in->thresholds->value[T_MIN_CONTACTS])
		return;
	m->vendor_initiated_recent = (double) vendor_started / m->initiated_recent;
	if (one_way(in, j, m->vendor_initiated_recent))
		j->flags |= FLAG(RISK_ONE_WAY);
}

/* the rules that need the summary and as_of */
static void
judge_time(const RiskInputs *in, RiskJudgement *j)
{
	int			as_of_day = timestamp_day(in->as_of);
	int			as_of_quarter = day_quarter(as_of_day);

	judge_silence(in, as_of_day, j);
	if (in->summary == NULL)
		return;
	j->m.onboarding = timestamp_day(in->summary->first_contact) > as_of_day - in->thresholds->value[T_ONBOARDING_DAYS];
	judge_cadence(in, as_of_day, j);
	judge_people(in, as_of_day, j);
	judge_sentiment(in, as_of_quarter, j);
	if (j->m.strategic && summary_levels_known(in->summary))
		judge_sponsorship(in, as_of_quarter, j);
	if (!j->m.onboarding)
		judge_recent_initiative(in, as_of_quarter, j);
}

/*
 * Who starts the contacts over the account's life: the customer must, and
 * for a partnership the vendor too.  Not for an account still onboarding
 * (one person and one quarter of history are no pattern yet).
 */
static void
judge_initiative(const RiskInputs *in, RiskJudgement *j)
{
	const double *t = in->thresholds->value;
	const ContactSummary *s = in->summary;
	RiskMeasures *m = &j->m;

	m->initiated_known = s->customer_initiated + s->vendor_initiated;
	if (m->initiated_known < t[T_MIN_CONTACTS])
		return;
	m->vendor_initiated_share = (double) s->vendor_initiated / m->initiated_known;
	if (!m->onboarding && one_way(in, j, m->vendor_initiated_share))
		j->flags |= FLAG(RISK_ONE_WAY);
}

/* the shape of the contact of a relationship meant to be strategic */
static void
judge_shape(const RiskInputs *in, bool with_figures, RiskJudgement *j)
{
	const double *t = in->thresholds->value;
	const ContactSummary *s = in->summary;
	RiskMeasures *m = &j->m;
	/*
	 * Who carries the contacts now: the people in contact in the account's
	 * last two quarters of contact.  One who left, or whose name the CRM
	 * writes anew from some day on, no longer dilutes the share of who
	 * carries it today.
	 */
	int			current_since = timestamp_day(s->last_contact) - 2 * QUARTER_DAYS;
	int			side;

	if (m->onboarding)
		return;					/* no lifetime shares yet */
	if (summary_people_known(s))
	{
		bool		bow_tie;

		/* the index itself (two logarithms) only for health and reasons */
		if (with_figures)
		{
			m->diamond = summary_diamond_index(s);
			bow_tie = m->diamond < t[T_BOW_TIE_BELOW];
		}
		else
			bow_tie = summary_diamond_below(s, t[T_BOW_TIE_BELOW]);
		if (bow_tie)
			j->flags |= FLAG(RISK_BOW_TIE);
	}
	for (side = 0; side < 2; side++)
	{
		m->lead[side] = summary_lead_person(s, side == 0, current_since);
		if (!(j->flags & FLAG(RISK_BOW_TIE)) && m->lead[side].side_contacts >= t[T_MIN_CONTACTS] &&
			m->lead[side].share >= t[T_SINGLE_THREADED_SHARE])
			j->flags |= FLAG(RISK_SINGLE_THREADED);
	}
	m->focus_known = s->future_focused + s->past_focused;
	m->future_share = summary_future_share(s);
	if (m->focus_known >= t[T_MIN_CONTACTS] && m->future_share < t[T_FUTURE_SHARE_BELOW])
		j->flags |= FLAG(RISK_PAST_FOCUSED);
}

/* the figures the account team reports: trust, the dashboard, the views */
static void
judge_numbers(const RiskInputs *in, RiskJudgement *j)
{
	const double *t = in->thresholds->value;

	if (in->trust_score > t[T_EXCESSIVE_TRUST_ABOVE] && in->dashboard <= t[T_EXCESSIVE_TRUST_DASHBOARD])
		j->flags |= FLAG(RISK_EXCESSIVE_TRUST);
	if (in->vendor_view >= 0 && in->customer_view >= 0 &&
		abs(in->vendor_view - in->customer_view) >= t[T_MISALIGNED_GAP])
		j->flags |= FLAG(RISK_MISALIGNED);
	/* excessive trust already says the dashboard is red */
	if (in->dashboard <= t[T_BELOW_TARGET] && !(j->flags & FLAG(RISK_EXCESSIVE_TRUST)))
		j->flags |= FLAG(RISK_BELOW_TARGET);
	/*
	 * Seed 002: relationships gone sour mostly never defined their goals.
	 * No dashboard score is no goals on record (a table without a dashboard
	 * column judges without this rule: goals_required 0).
	 */
	if (j->m.strategic && t[T_GOALS_REQUIRED] >= 1 && isnan(in->dashboard))
		j->flags |= FLAG(RISK_NO_GOALS);
}

static void
measures_unknown(RiskMeasures *m)
{
	double		nan = get_float8_nan();
	SentimentWindow none = {0, nan};
	LeadPerson	nobody = {0, nan};

	m->days_silent = m->usual_gap = m->silent_limit = m->expected_days = nan;
	m->experience = m->vendor_initiated_share = m->diamond = m->future_share = nan;
	m->silent_serious = m->exec_lapsed = false;
	m->recent_days = m->exec_recent = m->exec_before = m->exec_quarters_judged = m->exec_covered = -1;
	m->rated = m->initiated_known = m->focus_known = 0;
	m->sentiment_recent = m->sentiment_before = none;
	m->lead[0] = m->lead[1] = nobody;
	memset(&m->champion, 0, sizeof(QuietPerson));
	memset(&m->sponsor, 0, sizeof(QuietPerson));
	m->onboarding = m->seasonal_silence = m->seasonal_norm = false;
	m->initiated_recent = 0;
	m->vendor_initiated_recent = nan;
}

/*
 * The flags of an account, the figures behind them, and how serious they
 * are.  with_figures: every figure a report shows is wanted (else only
 * what the flags need is computed).
 */
void
risk_judge(const RiskInputs *in, bool with_figures, RiskJudgement *j)
{
	RiskMeasures *m = &j->m;

	j->flags = 0;
	measures_unknown(m);
	m->expected_stage = expected_stage(in);
	/* not knowing what the account is meant to be, judge it as a key account */
	m->strategic = m->expected_stage < 0 || m->expected_stage >= REL_STAGE_INTERDEPENDENT;
	if (in->has_as_of && in->contacts_recorded)
		judge_time(in, j);
	if (in->summary)
	{
		judge_initiative(in, j);
		if (m->strategic)
			judge_shape(in, with_figures, j);
	}
	judge_numbers(in, j);
	j->serious = m->silent_serious ||
		pg_popcount32(j->flags) >= in->thresholds->value[T_RED_WARNINGS];
}

uint32
risk_flags_of(const RiskInputs *in)
{
	RiskJudgement j;

	risk_judge(in, false, &j);
	return j.flags;
}

/* the keywords of the flags, in RiskFlag order, as text[] */
ArrayType *
risk_flags_array(uint32 flags)
{
	Datum		keywords[N_RISK_FLAGS];
	int			n = 0;
	int			flag;

	for (flag = 0; flag < N_RISK_FLAGS; flag++)
		if (flags & FLAG(flag))
			keywords[n++] = CStringGetTextDatum(risk_flag_names[flag]);
	if (n == 0)
		return construct_empty_array(TEXTOID);
	return construct_array(keywords, n, TEXTOID, -1, false, TYPALIGN_INT);
}

/*
 * A summary judged without a moment: silence, cooling, sentiment and people
 * cannot be judged, and the account would pass for healthy.  What a LEFT
 * JOIN or an empty date parameter of a BI tool gives, so an error, never a
 * green band.
 */
pg_noreturn void
risk_as_of_missing(void)
{
	ereport(ERROR,
			(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
			 errmsg("as_of must not be NULL when a contact_summary is judged"),
			 errdetail("Without a moment to judge at, nothing can be said of the account's silence, cadence, "
					   "sentiment or people, and it would pass for healthy."),
			 errhint("Pass the moment to judge at, such as now() or a report's date; to judge the other "
					 "figures alone, pass NULL for the summary as well.")));
}

/*
 * Arguments 0..5 of the SQL functions (s, as_of, trust_score, dashboard,
 * vendor_view, customer_view), then the target stage and the thresholds at
 * the positions given; the thresholds are parsed into *storage.
 */
RiskInputs
risk_inputs_from_args(FunctionCallInfo fcinfo, int target_argno, int thresholds_argno,
					  RiskThresholds *storage)
{
	RiskInputs	in = risk_inputs_none();

	in.contacts_recorded = true;
	if (!PG_ARGISNULL(0))
		in.summary = PG_GETARG_CONTACT_SUMMARY(0);
	if (!PG_ARGISNULL(1))
	{
		in.has_as_of = true;
		in.as_of = attune_check_finite_time(PG_GETARG_TIMESTAMPTZ(1), "as_of");
	}
	else if (in.summary != NULL)
		risk_as_of_missing();
	if (!PG_ARGISNULL(2))
		in.trust_score = risk_check_score(PG_GETARG_FLOAT8(2), "trust_score");
	if (!PG_ARGISNULL(3))
		in.dashboard = risk_check_score(PG_GETARG_FLOAT8(3), "dashboard");
	if (!PG_ARGISNULL(4))
		in.vendor_view = PG_GETARG_STAGE(4);
	if (!PG_ARGISNULL(5))
		in.customer_view = PG_GETARG_STAGE(5);
	if (!PG_ARGISNULL(target_argno))
		in.target_stage = PG_GETARG_STAGE(target_argno);
	if (!PG_ARGISNULL(thresholds_argno))
	{
		*storage = risk_thresholds(PG_GETARG_JSONB_P(thresholds_argno));
		in.thresholds = storage;
	}
	return in;
}

PG_FUNCTION_INFO_V1(risk_flags);
Datum
risk_flags(PG_FUNCTION_ARGS)
{
	RiskThresholds thresholds;
	RiskInputs	in = risk_inputs_from_args(fcinfo, 6, 7, &thresholds);

	PG_RETURN_ARRAYTYPE_P(risk_flags_array(risk_flags_of(&in)));
}
