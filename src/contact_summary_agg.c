/*
 * contact_summary_agg.c
 *		The contact_summary aggregate (full and short forms), its combine
 *		function, and rollup, which merges summaries.
 *
 * The state is a contact_summary in the aggregate memory context.  A row
 * that fits the state's geometry (its day span and its people) updates it in
 * place; a row that needs a wider span or room for a new person is merged
 * in, which builds a new state (the executor copies it into the aggregate
 * context and frees the old one).  Rows arrive far more often than new days
 * at the ends of the span or new people, so most rows are in place.
 *
 * Copyright (c) 2026, the attune developers; PostgreSQL License (LICENSE).
 */
#include "contact_summary.h"

#include <math.h>

#include "common/hashfn.h"
#include "utils/timestamp.h"

/* Seed of the 64-bit hash of a person's name (fixed: it is stored). */
#define PERSON_HASH_SEED UINT64CONST(0x617474756e65)

/* One contact, as the aggregate's arguments give it; -1 or NULL: unknown. */
typedef struct ContactRow
{
	TimestampTz occurred_at;
	int			day;
	int			channel;
	int			vendor_level;
	int			customer_level;
	bool		has_vendor_person;
	bool		has_customer_person;
	uint64		vendor_person;
	uint64		customer_person;
	int			customer_initiated; /* 1 true, 0 false, -1 NULL */
	int			future_focused;
	bool		has_sentiment;
	int			sentiment;		/* quantised, -SENTIMENT_SCALE..SENTIMENT_SCALE */
} ContactRow;

static int
label_arg(FunctionCallInfo fcinfo, int argno)
{
	return argno < PG_NARGS() && !PG_ARGISNULL(argno) ? PG_GETARG_LABEL(argno) : -1;
}

static int
bool_arg(FunctionCallInfo fcinfo, int argno)
{
	return argno < PG_NARGS() && !PG_ARGISNULL(argno) ? (int) PG_GETARG_BOOL(argno) : -1;
}

static bool
person_arg(FunctionCallInfo fcinfo, int argno, uint64 *hash)
{
	text	   *name;

	if (argno >= PG_NARGS() || PG_ARGISNULL(argno))
		return false;
	name = PG_GETARG_TEXT_PP(argno);
	*hash = hash_bytes_extended((unsigned char *) VARDATA_ANY(name),
								VARSIZE_ANY_EXHDR(name), PERSON_HASH_SEED);
	return true;
}

/*
 * Reads the arguments of either form:
 *	full:  (occurred_at, channel, vendor_person, vendor_level, customer_person,
 *			customer_level, customer_initiated, future_focused, sentiment)
 *	short: (occurred_at, channel, vendor_person, customer_person)
 * Argument 0 is the state.
 */
static ContactRow
read_row(FunctionCallInfo fcinfo)
{
	bool		full = PG_NARGS() == 10;
	ContactRow	r;

	r.occurred_at = PG_GETARG_TIMESTAMPTZ(1);
	if (r.occurred_at < contact_time_min() || r.occurred_at >= contact_time_end())
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("occurred_at is out of range for contact_summary"),
				 errdetail("Contacts must fall in the years 1 to 9999 (UTC).")));
	r.day = timestamp_day(r.occurred_at);
	r.channel = label_arg(fcinfo, 2);
	r.has_vendor_person = person_arg(fcinfo, 3, &r.vendor_person);
	r.vendor_level = full ? label_arg(fcinfo, 4) : -1;
	r.has_customer_person = person_arg(fcinfo, full ? 5 : 4, &r.customer_person);
	r.customer_level = full ? label_arg(fcinfo, 6) : -1;
	r.customer_initiated = full ? bool_arg(fcinfo, 7) : -1;
	r.future_focused = full ? bool_arg(fcinfo, 8) : -1;
	r.has_sentiment = full && !PG_ARGISNULL(9);
	r.sentiment = r.has_sentiment ?
		(int) rint(attune_check_range(PG_GETARG_FLOAT8(9), -1.0, 1.0, "sentiment") * SENTIMENT_SCALE) : 0;
	return r;
}

static void
count_one(int64 *counter)
{
	if (pg_add_s64_overflow(*counter, 1, counter))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("contact_summary count out of range")));
}

/* Adds everything of the row but its people to a summary whose span holds it. */
static void
add_row_counts(ContactSummary *s, const SummaryGeometry *g, const ContactRow *r)
{
	int			day = r->day - g->first_day;
	int			quarter = day_quarter(r->day) - g->first_quarter;
	uint8	   *days = SUMMARY_PART(s, g, active_days, uint8);

	count_one(&s->contacts);
	s->first_contact = Min(s->first_contact, r->occurred_at);
	s->last_contact = Max(s->last_contact, r->occurred_at);
	if (r->channel >= 0)
		count_one(&s->channels[r->channel]);
	if (r->vendor_level >= 0)
		count_one(&s->vendor_levels[r->vendor_level]);
	if (r->customer_level >= 0)
		count_one(&s->customer_levels[r->customer_level]);
	if (r->customer_initiated >= 0)
		count_one(r->customer_initiated ? &s->customer_initiated : &s->vendor_initiated);
	if (r->future_focused >= 0)
		count_one(r->future_focused ? &s->future_focused : &s->past_focused);
	days[day / 8] |= 1 << (day % 8);
	if (r->vendor_level == ORG_LEVEL_EXECUTIVE && r->customer_level == ORG_LEVEL_EXECUTIVE)
		SUMMARY_PART(s, g, exec_quarters, uint8)[quarter / 8] |= 1 << (quarter % 8);
	if (r->has_sentiment)
	{
		int32	   *sum = &SUMMARY_PART(s, g, sentiment, int32)[2 * quarter + (r->sentiment < 0)];

		if (pg_add_s32_overflow(*sum, abs(r->sentiment), sum))
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("contact_summary sentiment sum out of range"),
					 errdetail("The sentiment of one quarter adds up past the range of int4.")));
	}
}

/*
 * Can a person's hash be taken into a full or current set in place?  Yes if
 * it is there already, or the set is at the cap (the hash then replaces the
 * largest if it is smaller, keeping the PEOPLE_CAP smallest).
 */
static bool
person_fits(const uint64 *hashes, int n, uint64 h)
{
	int			low = 0,
				high = n - 1;

	if (n == PEOPLE_CAP)
		return true;
	while (low <= high)
	{
		int			middle = (low + high) / 2;

		if (hashes[middle] == h)
			return true;
		if (hashes[middle] < h)
			low = middle + 1;
		else
			high = middle - 1;
	}
	return false;
}

/* Keeps the PEOPLE_CAP smallest hashes of a full set, in order. */
static void
person_into_full_set(uint64 *hashes, uint64 h)
{
	int			i;

	if (h >= hashes[PEOPLE_CAP - 1])
		return;
	for (i = 0; i < PEOPLE_CAP - 1; i++)
		if (hashes[i] == h)
			return;
	for (i = PEOPLE_CAP - 1; i > 0 && hashes[i - 1] > h; i--)
		hashes[i] = hashes[i - 1];
	hashes[i] = h;
}

/* A summary of the one row. */
static ContactSummary *
row_summary(const ContactRow *r)
{
	SummaryGeometry g = summary_geometry(r->has_vendor_person, r->has_customer_person, r->day, 1);
	ContactSummary *s = summary_allocate(&g);

	if (r->has_vendor_person)
		SUMMARY_PART(s, &g, vendor_people, uint64)[0] = r->vendor_person;
	if (r->has_customer_person)
		SUMMARY_PART(s, &g, customer_people, uint64)[0] = r->customer_person;
	s->first_contact = s->last_contact = r->occurred_at;
	add_row_counts(s, &g, r);
	return s;
}

/* The state with the row added: the same state if it fit, else a new one. */
static ContactSummary *
summary_add_row(ContactSummary *state, const ContactRow *r)
{
	SummaryGeometry g;
	uint64	   *vendor,
			   *customer;
	ContactSummary *single,
			   *merged;

	if (state == NULL)
		return row_summary(r);
	g = summary_geometry_of(state);
	vendor = SUMMARY_PART(state, &g, vendor_people, uint64);
	customer = SUMMARY_PART(state, &g, customer_people, uint64);
	if (r->day >= g.first_day && r->day < g.first_day + g.n_days &&
		(!r->has_vendor_person || person_fits(vendor, g.n_vendor_people, r->vendor_person)) &&
		(!r->has_customer_person || person_fits(customer, g.n_customer_people, r->customer_person)))
	{
		if (r->has_vendor_person && g.n_vendor_people == PEOPLE_CAP)
			person_into_full_set(vendor, r->vendor_person);
		if (r->has_customer_person && g.n_customer_people == PEOPLE_CAP)
			person_into_full_set(customer, r->customer_person);
		add_row_counts(state, &g, r);
		return state;
	}
	single = row_summary(r);
	merged = summary_merge(state, single, true);
	pfree(single);
	return merged;
}

/*
 * The support functions change their state in place, so they run only
 * inside an aggregate.  A new state (after a merge) is made in the current,
 * per-row context: the executor copies a state it has not seen into the
 * aggregate context and frees the old one, so allocating it there directly
 * would leave one copy behind per merge.
 */
static void
check_aggregate_call(FunctionCallInfo fcinfo, const char *function)
{
	if (!AggCheckCallContext(fcinfo, NULL))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("%s can only be called as part of an aggregate", function)));
}

static ContactSummary *
state_arg(FunctionCallInfo fcinfo, int argno)
{
	return PG_ARGISNULL(argno) ? NULL : (ContactSummary *) PG_GETARG_POINTER(argno);
}

/* Transition of both forms of contact_summary(...): rows without a time are skipped. */
PG_FUNCTION_INFO_V1(contact_summary_transition);
Datum
contact_summary_transition(PG_FUNCTION_ARGS)
{
	ContactSummary *state = state_arg(fcinfo, 0);
	ContactRow	row;

	check_aggregate_call(fcinfo, "contact_summary_transition");
	if (PG_ARGISNULL(1))
	{
		if (state == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(state);
	}
	row = read_row(fcinfo);
	PG_RETURN_POINTER(summary_add_row(state, &row));
}

/*
 * Combine function of both aggregates, and rollup's transition: the merge
 * of two summaries, in the aggregate context.  Inputs that come from a
 * table were checked when they were stored.
 */
PG_FUNCTION_INFO_V1(contact_summary_combine);
Datum
contact_summary_combine(PG_FUNCTION_ARGS)
{
	ContactSummary *a = state_arg(fcinfo, 0);
	ContactSummary *b = PG_ARGISNULL(1) ? NULL : PG_GETARG_CONTACT_SUMMARY(1);

	check_aggregate_call(fcinfo, "contact_summary_combine");
	if (b == NULL)
	{
		if (a == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(a);
	}
	if (a == NULL)
	{
		ContactSummary *copy = palloc(VARSIZE(b));

		memcpy(copy, b, VARSIZE(b));
		PG_RETURN_POINTER(copy);
	}
	PG_RETURN_POINTER(summary_merge(a, b, true));
}

/*
 * Final function of the three aggregates: the state without the slack its
 * span may have, which is the canonical summary.  The state itself is not
 * changed (window aggregates call this once per row).
 */
PG_FUNCTION_INFO_V1(contact_summary_final);
Datum
contact_summary_final(PG_FUNCTION_ARGS)
{
	ContactSummary *state = (ContactSummary *) PG_GETARG_POINTER(0);

	if (summary_is_tight(state))
		PG_RETURN_POINTER(state);
	PG_RETURN_POINTER(summary_merge(state, NULL, false));
}
