/*
 * contact_summary_accessors.c
 *		The figures read from a contact_summary (DESIGN.md section 3).  Each
 *		definition, with how NULL fields count, is in docs/contact_summary.md.
 *
 * Copyright (c) 2026, the attune developers; PostgreSQL License (LICENSE).
 */
#include "contact_summary.h"
#include "json_build.h"

#include <math.h>

#include "port/pg_bitutils.h"
#include "utils/builtins.h"
#include "utils/float.h"
#include "utils/jsonb.h"
#include "utils/timestamp.h"

/*
 * experience(): how long experiences weigh.  39% of customers still avoid a
 * brand two or more years after a bad experience and 24% still seek one out
 * after a good one; taking those as what remains of an exponential decay
 * after two years, exp(-2 / tau) = share, gives tau = 2 / ln(1 / share).
 */
#define YEARS_MEASURED		2.0
#define BAD_STILL_AVOIDING	0.39
#define GOOD_STILL_SEEKING	0.24
#define DAYS_PER_YEAR		365.25

static int64
total(const int64 *counts, int n)
{
	int64		sum = 0;
	int			i;

	for (i = 0; i < n; i++)
		sum += counts[i];
	return sum;
}

PG_FUNCTION_INFO_V1(contact_count);
Datum
contact_count(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64(summary_read_head_figure(PG_GETARG_DATUM(0), HEAD_CONTACTS));
}

PG_FUNCTION_INFO_V1(first_contact);
Datum
first_contact(PG_FUNCTION_ARGS)
{
	PG_RETURN_TIMESTAMPTZ(summary_read_head_figure(PG_GETARG_DATUM(0), HEAD_FIRST_CONTACT));
}

PG_FUNCTION_INFO_V1(last_contact);
Datum
last_contact(PG_FUNCTION_ARGS)
{
	PG_RETURN_TIMESTAMPTZ(summary_read_head_figure(PG_GETARG_DATUM(0), HEAD_LAST_CONTACT));
}

/* share of each channel among the contacts whose channel is known */
PG_FUNCTION_INFO_V1(channel_mix);
Datum
channel_mix(PG_FUNCTION_ARGS)
{
	ContactSummary *s = summary_read_parts(PG_GETARG_DATUM(0), SUMMARY_PARTS_COUNTS);
	int64		known = total(s->channels, N_CHANNELS);
	JsonBuild	b = {0};
	int			i;

	if (known == 0)
		PG_RETURN_NULL();
	json_begin_object(&b);
	for (i = 0; i < N_CHANNELS; i++)
	{
		json_key(&b, contact_channel_labels[i]);
		json_double(&b, (double) s->channels[i] / known);
	}
	json_end_object(&b);
	PG_RETURN_DATUM(json_build_result(&b));
}

PG_FUNCTION_INFO_V1(personal_share);
Datum
personal_share(PG_FUNCTION_ARGS)
{
	ContactSummary *s = summary_read_parts(PG_GETARG_DATUM(0), SUMMARY_PARTS_COUNTS);
	int64		known = total(s->channels, N_CHANNELS);

	if (known == 0)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8((double) (s->channels[CONTACT_CHANNEL_FACE_TO_FACE] +
							   s->channels[CONTACT_CHANNEL_VIDEO] +
							   s->channels[CONTACT_CHANNEL_PHONE]) / known);
}

/*
 * Distinct people: exact while fewer than PEOPLE_CAP are kept; at the cap,
 * the k-minimum-values estimate (k - 1) / (largest kept hash / 2^64), kept
 * within what is known: at least the PEOPLE_CAP people kept, at most one
 * person a contact.  (Hashes crowded near 0, which no fair hash gives but a
 * hand-made summary can, would otherwise estimate more people than int64
 * holds.)
 */
static int64
breadth(const uint64 *hashes, int n, int64 contacts)
{
	double		estimate;

	if (n < PEOPLE_CAP)
		return n;
	estimate = rint((PEOPLE_CAP - 1) / ((double) hashes[PEOPLE_CAP - 1] / 18446744073709551616.0));
	if (!(estimate < (double) contacts))
		return contacts;
	return Max((int64) estimate, PEOPLE_CAP);
}

static int64
vendor_breadth_of(const ContactSummary *s, const SummaryGeometry *g)
{
	return breadth(SUMMARY_PART(s, g, vendor_people, uint64), g->n_vendor_people, s->contacts);
}

static int64
customer_breadth_of(const ContactSummary *s, const SummaryGeometry *g)
{
	return breadth(SUMMARY_PART(s, g, customer_people, uint64), g->n_customer_people, s->contacts);
}

PG_FUNCTION_INFO_V1(vendor_breadth);
Datum
vendor_breadth(PG_FUNCTION_ARGS)
{
	ContactSummary *s = summary_read_parts(PG_GETARG_DATUM(0), SUMMARY_PARTS_PEOPLE);
	SummaryGeometry g = summary_geometry_of(s);

	PG_RETURN_INT64(vendor_breadth_of(s, &g));
}

PG_FUNCTION_INFO_V1(customer_breadth);
Datum
customer_breadth(PG_FUNCTION_ARGS)
{
	ContactSummary *s = summary_read_parts(PG_GETARG_DATUM(0), SUMMARY_PARTS_PEOPLE);
	SummaryGeometry g = summary_geometry_of(s);

	PG_RETURN_INT64(customer_breadth_of(s, &g));
}

/*
 * How widely one side's contacts are spread over its people: the chance
 * that two of its contacts name different people (1 - the sum of the
 * squared shares), 0 for one person (or none), 1 - 1/n for n people evenly
 * in contact.  A name typed another way in a few contacts hardly widens a
 * bow-tie, as a count of names would.  At the cap, where the kept people
 * are a sample, the count estimate's 1 - 1/n.
 */
static double
people_spread(const ContactSummary *s, const SummaryGeometry *g, bool vendor)
{
	PeopleList	people = people_list(s, g, vendor);
	double		side_contacts = 0.0;
	double		squares = 0.0;
	int			i;

	if (people.n >= PEOPLE_CAP)
		return 1.0 - 1.0 / (vendor ? vendor_breadth_of(s, g) : customer_breadth_of(s, g));
	/* the counts and their squares summed: one division, not one a person */
	for (i = 0; i < people.n; i++)
	{
		double		c = people.tallies[i].contacts;

		side_contacts += c;
		squares += c * c;
	}
	if (side_contacts == 0.0)
		return 0.0;
	return Max(1.0 - squares / (side_contacts * side_contacts), 0.0);
}

/* entropy of the contacts over the levels, 0 (one level) to 1 (all even) */
static double
level_spread(const int64 *levels)
{
	int64		known = total(levels, N_LEVELS);
	double		entropy = 0.0;
	int			i;

	if (known == 0)
		return 0.0;
	for (i = 0; i < N_LEVELS; i++)
		if (levels[i] > 0)
		{
			double		p = (double) levels[i] / known;

			entropy -= p * log(p);
		}
	return entropy / log(N_LEVELS);
}

/* the spreads of people on both sides, summed */
static double
people_spreads(const ContactSummary *s)
{
	SummaryGeometry g = summary_geometry_of(s);

	return people_spread(s, &g, true) + people_spread(s, &g, false);
}

/*
 * The diamond index: the mean of four spreads, people and levels on each
 * side.  One salesperson with one buyer, at one level each, is 0 (the bow-tie).
 */
double
summary_diamond_index(const ContactSummary *s)
{
	return (people_spreads(s) + level_spread(s->vendor_levels) +
			level_spread(s->customer_levels)) / 4.0;
}

/*
 * Whether the diamond index is below a bound, without the logarithms of the
 * level spreads when the people spreads alone reach it: the spreads are not
 * negative, so the sum can only grow (floating-point addition is monotone).
 */
bool
summary_diamond_below(const ContactSummary *s, double bound)
{
	if (people_spreads(s) >= 4.0 * bound)
		return false;
	return summary_diamond_index(s) < bound;
}

PG_FUNCTION_INFO_V1(diamond_index);
Datum
diamond_index(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT8(summary_diamond_index(PG_GETARG_CONTACT_SUMMARY(0)));
}

/* at least one person known on each side */
bool
summary_people_known(const ContactSummary *s)
{
	return s->n_vendor_people > 0 && s->n_customer_people > 0;
}

/* at least one contact with a known level on each side */
bool
summary_levels_known(const ContactSummary *s)
{
	return total(s->vendor_levels, N_LEVELS) > 0 && total(s->customer_levels, N_LEVELS) > 0;
}

/* share of the calendar quarters of the span with an executive meeting or call */
double
summary_exec_coverage(const ContactSummary *s)
{
	SummaryGeometry g = summary_geometry_of(s);
	int			covered = summary_bits_set(SUMMARY_PART(s, &g, exec_quarters, uint8), g.n_quarters);

	return (double) covered / g.n_quarters;
}

PG_FUNCTION_INFO_V1(exec_coverage);
Datum
exec_coverage(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT8(summary_exec_coverage(PG_GETARG_CONTACT_SUMMARY(0)));
}

/* the bits of a word from bit `from` on (all of them from 0 or below, none from 64) */
static inline uint64
bits_from(uint64 word, int from)
{
	if (from <= 0)
		return word;
	return from >= 64 ? 0 : word & (~UINT64CONST(0) << from);
}

/* share of the weeks (Monday to Sunday, UTC) of the span with a contact */
PG_FUNCTION_INFO_V1(active_week_share);
Datum
active_week_share(PG_FUNCTION_ARGS)
{
	ContactSummary *s = PG_GETARG_CONTACT_SUMMARY(0);
	SummaryGeometry g = summary_geometry_of(s);
	const uint8 *days = SUMMARY_PART(s, &g, active_days, uint8);
	int			first_week = day_week(g.first_day);
	int			weeks = day_week(g.first_day + g.n_days - 1) - first_week + 1;
	/* day i of the span is in week (i + offset) / 7 of those the span touches */
	int			offset = g.first_day - week_first_day(first_week);
	int			active = 0;
	int			next_week_start = 0;	/* the days before it are counted */
	int			word;

	/* each active week counted at its first active day; its other days skipped */
	for (word = 0; word * 64 < g.n_days; word++)
	{
		uint64		w = summary_bitmap_word(days, g.n_days, word);

		while ((w = bits_from(w, next_week_start - word * 64)) != 0)
		{
			int			week = (word * 64 + pg_rightmost_one_pos64(w) + offset) / 7;

			active++;
			next_week_start = (week + 1) * 7 - offset;
		}
	}
	PG_RETURN_FLOAT8((double) active / weeks);
}

/* the longest run of days between two days with contacts, as an interval */
PG_FUNCTION_INFO_V1(longest_silence);
Datum
longest_silence(PG_FUNCTION_ARGS)
{
	ContactSummary *s = PG_GETARG_CONTACT_SUMMARY(0);
	SummaryGeometry g = summary_geometry_of(s);
	const uint8 *days = SUMMARY_PART(s, &g, active_days, uint8);
	Interval   *result = palloc0(sizeof(Interval));
	int			previous = 0;
	int			longest = 0;
	int			word;

	/* the first and last day are active: each gap lies between two set bits */
	for (word = 0; word * 64 < g.n_days; word++)
	{
		uint64		w = summary_bitmap_word(days, g.n_days, word);

		for (; w != 0; w &= w - 1)
		{
			int			i = word * 64 + pg_rightmost_one_pos64(w);

			longest = Max(longest, i - previous);
			previous = i;
		}
	}
	result->day = longest;
	PG_RETURN_INTERVAL_P(result);
}

/* a figure that may be unknown: NaN is SQL NULL */
#define RETURN_FIGURE(value) \
	do { \
		double		figure_ = (value); \
		if (isnan(figure_)) \
			PG_RETURN_NULL(); \
		PG_RETURN_FLOAT8(figure_); \
	} while (0)

/* share of future-focused among the contacts whose focus is known; NaN: none known */
double
summary_future_share(const ContactSummary *s)
{
	int64		known = s->future_focused + s->past_focused;

	return known == 0 ? get_float8_nan() : (double) s->future_focused / known;
}

PG_FUNCTION_INFO_V1(future_share);
Datum
future_share(PG_FUNCTION_ARGS)
{
	RETURN_FIGURE(summary_future_share(summary_read_parts(PG_GETARG_DATUM(0), SUMMARY_PARTS_COUNTS)));
}

/* 1 when customer- and vendor-initiated contacts balance, 0 when one-way */
PG_FUNCTION_INFO_V1(reciprocity);
Datum
reciprocity(PG_FUNCTION_ARGS)
{
	ContactSummary *s = summary_read_parts(PG_GETARG_DATUM(0), SUMMARY_PARTS_COUNTS);
	int64		known = s->customer_initiated + s->vendor_initiated;

	if (known == 0)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(1.0 - (double) llabs(s->customer_initiated - s->vendor_initiated) / known);
}

/* How much of one quarter's good and bad sentiment remains as of a time. */
typedef struct QuarterDecay
{
	bool		valid;
	int			quarter;
	TimestampTz as_of;
	double		good;
	double		bad;
} QuarterDecay;

/*
 * The decay factors of a quarter as of a time.  Callers ask for the same
 * as_of again and again (the trigger judges every row as of the transaction
 * start, a report passes one as_of), so the last factors of each quarter
 * modulo 64 are kept: the same inputs give the same doubles, without two
 * exp() per quarter.
 */
static const QuarterDecay *
quarter_decay(int quarter, TimestampTz as_of)
{
	static QuarterDecay cache[64];
	QuarterDecay *d = &cache[quarter & 63];

	if (!d->valid || d->quarter != quarter || d->as_of != as_of)
	{
		double		middle = (quarter_first_day(quarter) + quarter_first_day(quarter + 1)) / 2.0;
		double		age_years = Max((double) as_of / USECS_PER_DAY - middle, 0.0) / DAYS_PER_YEAR;

		d->good = exp(-age_years / (YEARS_MEASURED / log(1.0 / GOOD_STILL_SEEKING)));
		d->bad = exp(-age_years / (YEARS_MEASURED / log(1.0 / BAD_STILL_AVOIDING)));
		d->quarter = quarter;
		d->as_of = as_of;
		d->valid = true;
	}
	return d;
}

/*
 * experience(s, as_of): the balance of good and bad sentiment, each quarter's
 * weighted by how much of it remains at as_of (age measured from the middle
 * of the quarter), bad experiences decaying slower than good ones.  -1: only
 * bad remains; 1: only good; NaN: no sentiment.  Quarters starting after
 * as_of do not count.
 */
double
summary_experience(const ContactSummary *s, TimestampTz as_of)
{
	SummaryGeometry g = summary_geometry_of(s);
	const int32 *quarters = SUMMARY_PART(s, &g, quarters, int32);
	double		as_of_day = (double) as_of / USECS_PER_DAY;
	double		good = 0.0,
				bad = 0.0;
	int			i;

	attune_check_finite_time(as_of, "as_of");
	for (i = 0; i < g.n_quarters; i++)
	{
		const QuarterDecay *decay;

		if (quarter_first_day(g.first_quarter + i) > as_of_day)
			break;
		decay = quarter_decay(g.first_quarter + i, as_of);
		good += quarters[QUARTER_FIELDS * i + SENTIMENT_GOOD] * decay->good;
		bad += quarters[QUARTER_FIELDS * i + SENTIMENT_BAD] * decay->bad;
	}
	if (good + bad == 0.0)
		return get_float8_nan();
	return (good - bad) / (good + bad);
}

PG_FUNCTION_INFO_V1(experience);
Datum
experience(PG_FUNCTION_ARGS)
{
	RETURN_FIGURE(summary_experience(PG_GETARG_CONTACT_SUMMARY(0), PG_GETARG_TIMESTAMPTZ(1)));
}

/* ------------------------------------------------ windows of time (risk) */

/* the longest window an accessor takes in days: a summary's longest span */
#define MAX_WINDOW_DAYS		MAX_SPAN_DAYS

/* contact days among the `days` UTC days ending with as_of_day */
int
summary_contact_days(const ContactSummary *s, int as_of_day, int days)
{
	SummaryGeometry g = summary_geometry_of(s);

	return summary_bits_in_range(SUMMARY_PART(s, &g, active_days, uint8), g.n_days,
								 as_of_day - days + 1 - g.first_day, as_of_day - g.first_day);
}

/*
 * The usual time between contact days, in days: over the year that ends
 * with the last contact (so that a silence does not stretch it), the days
 * from the first contact day in that year to the last, divided by the gaps
 * between them.  NaN when that year has fewer than USUAL_GAP_MIN_DAYS
 * contact days: one or two gaps are no usual rhythm.
 */
#define USUAL_GAP_MIN_DAYS	4

double
summary_usual_gap(const ContactSummary *s)
{
	SummaryGeometry g = summary_geometry_of(s);
	const uint8 *days = SUMMARY_PART(s, &g, active_days, uint8);
	int			last = timestamp_day(s->last_contact) - g.first_day;
	int			first = Max(last - 364, 0);
	int			active = summary_bits_in_range(days, g.n_days, first, last);

	if (active < USUAL_GAP_MIN_DAYS)
		return get_float8_nan();
	first = summary_first_bit(days, first, last);
	return (double) (last - first) / (active - 1);
}

/*
 * The summary's quarters (from..to, indexes into its quarters; none when
 * from > to) among the `quarters` calendar quarters ending with
 * as_of_quarter.
 */
static void
quarters_kept_in(const SummaryGeometry *g, int as_of_quarter, int quarters, int *from, int *to)
{
	*from = Max(as_of_quarter - quarters + 1 - g->first_quarter, 0);
	*to = Min(as_of_quarter - g->first_quarter, g->n_quarters - 1);
}

/* quarters with an executive meeting among the `quarters` ending with as_of_quarter */
int
summary_exec_quarters(const ContactSummary *s, int as_of_quarter, int quarters)
{
	SummaryGeometry g = summary_geometry_of(s);

	return summary_bits_in_range(SUMMARY_PART(s, &g, exec_quarters, uint8), g.n_quarters,
								 as_of_quarter - quarters + 1 - g.first_quarter,
								 as_of_quarter - g.first_quarter);
}

/*
 * The executive meetings of the 64 quarters up to as_of_quarter, as bits:
 * bit k is quarter as_of_quarter - k (the risk rules take several windows of
 * them).
 */
uint64
summary_exec_recent(const ContactSummary *s, int as_of_quarter)
{
	SummaryGeometry g = summary_geometry_of(s);
	const uint8 *execs = SUMMARY_PART(s, &g, exec_quarters, uint8);
	uint64		bits = 0;
	int			first,
				last,
				i;

	quarters_kept_in(&g, as_of_quarter, 64, &first, &last);
	for (i = first; i <= last; i++)
		if (summary_bit(execs, i))
			bits |= UINT64CONST(1) << (as_of_quarter - g.first_quarter - i);
	return bits;
}

/* the rated contacts and their mean sentiment in the `quarters` ending with as_of_quarter */
SentimentWindow
summary_sentiment(const ContactSummary *s, int as_of_quarter, int quarters)
{
	SummaryGeometry g = summary_geometry_of(s);
	const int32 *figures = SUMMARY_PART(s, &g, quarters, int32);
	int64		balance = 0;
	SentimentWindow w = {0, get_float8_nan()};
	int			from,
				to,
				i;

	quarters_kept_in(&g, as_of_quarter, quarters, &from, &to);
	for (i = from; i <= to; i++)
	{
		const int32 *q = &figures[QUARTER_FIELDS * i];

		balance += (int64) q[SENTIMENT_GOOD] - q[SENTIMENT_BAD];
		w.rated += q[SENTIMENT_RATED];
	}
	if (w.rated > 0)
		w.mean = (double) balance / SENTIMENT_SCALE / w.rated;
	return w;
}

/*
 * The contacts each side started in the `quarters` calendar quarters ending
 * with as_of_quarter (zero for a summary that does not keep them).
 */
void
summary_started(const ContactSummary *s, int as_of_quarter, int quarters, int64 *customer,
				int64 *vendor)
{
	SummaryGeometry g = summary_geometry_of(s);
	const int32 *figures = SUMMARY_PART(s, &g, quarters, int32);
	int			from,
				to,
				i;

	quarters_kept_in(&g, as_of_quarter, quarters, &from, &to);
	*customer = *vendor = 0;
	for (i = from; i <= to; i++)
	{
		*customer += figures[QUARTER_FIELDS * i + QUARTER_CUSTOMER_STARTED];
		*vendor += figures[QUARTER_FIELDS * i + QUARTER_VENDOR_STARTED];
	}
}

/*
 * The share of one side's contacts that its most frequent person takes part
 * in, among the people kept (all of them up to PEOPLE_CAP - 1; from
 * PEOPLE_CAP on, the sample the summary keeps) and, where the summary keeps
 * their days, in contact on since_day or later (PG_INT32_MIN: all).
 */
LeadPerson
summary_lead_person(const ContactSummary *s, bool vendor, int since_day)
{
	SummaryGeometry g = summary_geometry_of(s);
	PeopleList	people = people_list(s, &g, vendor);
	uint32		lead = 0;
	LeadPerson	p = {0, get_float8_nan()};
	int			i;

	for (i = 0; i < people.n; i++)
	{
		if (s->detailed && people.tallies[i].last_day < since_day)
			continue;
		p.side_contacts += people.tallies[i].contacts;
		lead = Max(lead, people.tallies[i].contacts);
	}
	if (p.side_contacts > 0)
		p.share = (double) lead / p.side_contacts;
	return p;
}

static int
as_of_day_arg(FunctionCallInfo fcinfo, int argno)
{
	return timestamp_day(attune_check_finite_time(PG_GETARG_TIMESTAMPTZ(argno), "as_of"));
}

PG_FUNCTION_INFO_V1(contact_days);
Datum
contact_days(PG_FUNCTION_ARGS)
{
	ContactSummary *s = PG_GETARG_CONTACT_SUMMARY(0);
	int			as_of_day = as_of_day_arg(fcinfo, 1);
	int			days = attune_check_int_range(PG_GETARG_INT32(2), 1, MAX_WINDOW_DAYS, "days");

	PG_RETURN_INT32(summary_contact_days(s, as_of_day, days));
}

PG_FUNCTION_INFO_V1(usual_gap);
Datum
usual_gap(PG_FUNCTION_ARGS)
{
	double		gap = summary_usual_gap(PG_GETARG_CONTACT_SUMMARY(0));
	Interval   *result;
	int64		seconds;

	if (isnan(gap))
		PG_RETURN_NULL();
	/* whole seconds: a usual gap is days long, finer digits are noise */
	seconds = (int64) rint(gap * SECS_PER_DAY);
	result = palloc0(sizeof(Interval));
	result->day = (int32) (seconds / SECS_PER_DAY);
	result->time = (seconds % SECS_PER_DAY) * USECS_PER_SEC;
	PG_RETURN_INTERVAL_P(result);
}

/* arguments 1 and 2 of the accessors of quarters: as_of's quarter, and how many */
static int
quarter_window_args(FunctionCallInfo fcinfo, int *quarters)
{
	*quarters = attune_check_int_range(PG_GETARG_INT32(2), 1, MAX_WINDOW_QUARTERS, "quarters");
	return day_quarter(as_of_day_arg(fcinfo, 1));
}

PG_FUNCTION_INFO_V1(exec_quarters);
Datum
exec_quarters(PG_FUNCTION_ARGS)
{
	ContactSummary *s = PG_GETARG_CONTACT_SUMMARY(0);
	int			quarters;
	int			as_of_quarter = quarter_window_args(fcinfo, &quarters);

	PG_RETURN_INT32(summary_exec_quarters(s, as_of_quarter, quarters));
}

static SentimentWindow
sentiment_window_args(FunctionCallInfo fcinfo)
{
	ContactSummary *s = PG_GETARG_CONTACT_SUMMARY(0);
	int			quarters;
	int			as_of_quarter = quarter_window_args(fcinfo, &quarters);

	return summary_sentiment(s, as_of_quarter, quarters);
}

PG_FUNCTION_INFO_V1(sentiment_mean);
Datum
sentiment_mean(PG_FUNCTION_ARGS)
{
	RETURN_FIGURE(sentiment_window_args(fcinfo).mean);
}

PG_FUNCTION_INFO_V1(rated_contacts);
Datum
rated_contacts(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64(sentiment_window_args(fcinfo).rated);
}

PG_FUNCTION_INFO_V1(vendor_lead_share);
Datum
vendor_lead_share(PG_FUNCTION_ARGS)
{
	RETURN_FIGURE(summary_lead_person(PG_GETARG_CONTACT_SUMMARY(0), true, PG_INT32_MIN).share);
}

PG_FUNCTION_INFO_V1(customer_lead_share);
Datum
customer_lead_share(PG_FUNCTION_ARGS)
{
	RETURN_FIGURE(summary_lead_person(PG_GETARG_CONTACT_SUMMARY(0), false, PG_INT32_MIN).share);
}
