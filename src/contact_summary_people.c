/*
 * contact_summary_people.c
 *		The people a contact_summary keeps (DESIGN.md section 3):
 *		person_key(name), the key a summary keeps for a name, and people(s,
 *		as_of), a row per person kept with their figures.  docs/contact_summary.md
 *		defines each figure.
 *
 * Copyright (c) 2026, the attune developers; PostgreSQL License (LICENSE).
 */
#include "contact_summary.h"
#include "person_key.h"

#include "access/htup_details.h"
#include "funcapi.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/float.h"
#include "utils/timestamp.h"

/* person_key(name): the key a summary keeps for the name (person_key.h) */
PG_FUNCTION_INFO_V1(person_key);
Datum
person_key(PG_FUNCTION_ARGS)
{
	text	   *name = PG_GETARG_TEXT_PP(0);

	PG_RETURN_INT64((int64) person_hash((unsigned char *) VARDATA_ANY(name), VARSIZE_ANY_EXHDR(name)));
}

/* people()'s columns, in order */
enum
{
	PEOPLE_SIDE,
	PEOPLE_KEY,
	PEOPLE_LEVEL,
	PEOPLE_CONTACTS,
	PEOPLE_SHARE,
	PEOPLE_FIRST,
	PEOPLE_LAST,
	PEOPLE_USUAL_GAP,
	PEOPLE_DAYS_QUIET,
	PEOPLE_COLUMNS
};

/* What people() returns: the summary, and the as_of day (or none). */
typedef struct PeopleCall
{
	ContactSummary *summary;
	bool		has_as_of;
	int			as_of_day;
} PeopleCall;

/*
 * The usual gap between one person's contacts, in days: the days from their
 * first to their last contact over the contacts less one.  NaN with one
 * contact.
 */
double
summary_person_gap(const PersonTally *person)
{
	if (person->contacts < 2)
		return get_float8_nan();
	return (double) (person->last_day - person->first_day) / (person->contacts - 1);
}

/*
 * A person's share of their side's contacts while they were in contact:
 * each other person's contacts counted in the part of their own span that
 * overlaps the person's (as if spread evenly over it), the contacts naming
 * people the summary does not itemise in the part of the account's span.
 * A champion long gone is not diluted by the months since, nor one whose
 * predecessors the CRM wrote under older names.
 */
double
summary_share_while_active(const ContactSummary *s, PeopleList side, int64 named, int i)
{
	const PersonTally *p = &side.tallies[i];
	int			account_days = timestamp_day(s->last_contact) - timestamp_day(s->first_contact) + 1;
	int64		itemised = 0;
	double		side_contacts = 0;
	int			k;

	for (k = 0; k < side.n; k++)
	{
		const PersonTally *q = &side.tallies[k];
		int			overlap = Min(q->last_day, p->last_day) - Max(q->first_day, p->first_day) + 1;

		itemised += q->contacts;
		if (overlap > 0)
			side_contacts += (double) q->contacts * overlap / (q->last_day - q->first_day + 1);
	}
	side_contacts += (double) (named - itemised) * (p->last_day - p->first_day + 1) / account_days;
	return p->contacts / side_contacts;
}

/* The row of person i (vendor's first, then customer's). */
static HeapTuple
person_row(const PeopleCall *call, TupleDesc tupdesc, int i)
{
	const ContactSummary *s = call->summary;
	SummaryGeometry g = summary_geometry_of(s);
	bool		vendor = i < g.n_vendor_people;
	PeopleList	side = people_list(s, &g, vendor);
	int			at = vendor ? i : i - g.n_vendor_people;
	const PersonTally *person = &side.tallies[at];
	int64		side_contacts = vendor ? s->vendor_named : s->customer_named;
	double		gap = summary_person_gap(person);
	Datum		values[PEOPLE_COLUMNS];
	bool		nulls[PEOPLE_COLUMNS];

	memset(nulls, 0, sizeof(nulls));
	values[PEOPLE_SIDE] = CStringGetTextDatum(vendor ? "vendor" : "customer");
	values[PEOPLE_KEY] = Int64GetDatum((int64) side.hashes[at]);
	values[PEOPLE_CONTACTS] = Int64GetDatum(person->contacts);
	values[PEOPLE_SHARE] = Float8GetDatum((double) person->contacts / side_contacts);
	values[PEOPLE_LEVEL] = LabelGetDatum(person->level - 1);
	nulls[PEOPLE_LEVEL] = !s->detailed || person->level == 0;
	values[PEOPLE_FIRST] = DateADTGetDatum(person->first_day);
	values[PEOPLE_LAST] = DateADTGetDatum(person->last_day);
	values[PEOPLE_USUAL_GAP] = Float8GetDatum(gap);
	nulls[PEOPLE_FIRST] = nulls[PEOPLE_LAST] = !s->detailed;
	nulls[PEOPLE_USUAL_GAP] = !s->detailed || isnan(gap);
	values[PEOPLE_DAYS_QUIET] = Int32GetDatum(call->as_of_day - person->last_day);
	nulls[PEOPLE_DAYS_QUIET] = !s->detailed || !call->has_as_of;
	return heap_form_tuple(tupdesc, values, nulls);
}

/*
 * people(s, as_of): a row per person the summary keeps, the vendor's first,
 * each side's in the order of their keys:
 * side, key (person_key of the name), highest level, contacts, share of the
 * side's contacts that name a person, first and last day of contact, usual
 * gap in days, days quiet at as_of.  A summary of stored format 1 kept only
 * each person's contacts: the rest is NULL.  Not STRICT: without as_of,
 * days quiet is NULL; without s, there are no rows.
 */
PG_FUNCTION_INFO_V1(people);
Datum
people(PG_FUNCTION_ARGS)
{
	FuncCallContext *funcctx;
	PeopleCall *call;

	if (SRF_IS_FIRSTCALL())
	{
		MemoryContext old;
		TupleDesc	tupdesc;

		funcctx = SRF_FIRSTCALL_INIT();
		old = MemoryContextSwitchTo(funcctx->multi_call_memory_ctx);
		if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
			elog(ERROR, "people: the result type is not a row type");
		funcctx->tuple_desc = BlessTupleDesc(tupdesc);
		call = palloc0(sizeof(PeopleCall));
		funcctx->user_fctx = call;
		if (PG_ARGISNULL(0))
		{
			MemoryContextSwitchTo(old);
			SRF_RETURN_DONE(funcctx);
		}
		call->summary = PG_GETARG_CONTACT_SUMMARY(0);
		call->has_as_of = !PG_ARGISNULL(1);
		call->as_of_day = call->has_as_of
			? timestamp_day(attune_check_finite_time(PG_GETARG_TIMESTAMPTZ(1), "as_of")) : 0;
		funcctx->max_calls = call->summary->n_vendor_people + call->summary->n_customer_people;
		MemoryContextSwitchTo(old);
	}
	funcctx = SRF_PERCALL_SETUP();
	call = funcctx->user_fctx;
	if (funcctx->call_cntr < funcctx->max_calls)
	{
		/* made before SRF_RETURN_NEXT, which counts the call first */
		Datum		row = HeapTupleGetDatum(person_row(call, funcctx->tuple_desc, (int) funcctx->call_cntr));

		SRF_RETURN_NEXT(funcctx, row);
	}
	SRF_RETURN_DONE(funcctx);
}
