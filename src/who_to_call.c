/*
 * who_to_call.c
 *		The people whose silence matters most on an account (DESIGN.md
 *		section 5), and why, in plain words: who_to_call(s, as_of,
 *		target_stage, thresholds), and the reasons that name a person in
 *		health_report.  docs/risk.md defines the ranking.
 *
 * Copyright (c) 2026, the attune developers; PostgreSQL License (LICENSE).
 */
#include "risk.h"

#include "access/htup_details.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/timestamp.h"

/* who_to_call()'s columns, in order */
enum
{
	CALL_RANK,
	CALL_KEY,
	CALL_LEVEL,
	CALL_CONTACTS,
	CALL_SHARE,
	CALL_USUAL_GAP,
	CALL_DAYS_QUIET,
	CALL_FLAG,
	CALL_REASON,
	CALL_COLUMNS
};

/* one contact in ten while in contact: someone the relationship runs through */
#define OVERDUE_MIN_SHARE	0.1

/* a customer person worth a call: their figures, and why */
typedef struct CallCandidate
{
	QuietPerson person;
	QuietRole	role;
} CallCandidate;

typedef struct CallList
{
	int			n;
	CallCandidate *candidates;
} CallList;

static const char *
side_name(bool vendor)
{
	return vendor ? "vendor" : "customer";
}

/* "the customer person at executive level", or "the customer person" */
static char *
person_title(const QuietPerson *q)
{
	if (q->level == 0)
		return psprintf("the %s person", side_name(q->vendor));
	return psprintf("the %s person at %s level", side_name(q->vendor), org_level_labels[q->level - 1]);
}

/* "4 other customer people have had contact in the last 90" */
static char *
others_active_text(const QuietPerson *q)
{
	return psprintf("%d other %s %s had contact in the last 90", q->others_active, side_name(q->vendor),
					q->others_active == 1 ? "person has" : "people have");
}

/*
 * Why a person's silence matters, by key (person_key of the name) with the
 * figures: "the customer person with person_key 1234, in 27% of the
 * customer's contacts while in contact, usually every 8.2 days, has had no
 * contact for 186 days; 4 other customer people have had contact in the
 * last 90"; a sponsor by the reviews held: "the customer executive with
 * person_key 1234, in 8 contacts usually every 91.3 days, ...".
 */
char *
quiet_person_reason(const QuietPerson *q, QuietRole role)
{
	if (role == QUIET_SPONSOR)
		return psprintf("%s with person_key " INT64_FORMAT ", in %lld contacts usually every %.1f days, "
						"has had no contact for %d days; %s", person_title(q), q->key,
						(long long) q->contacts, q->usual_gap, q->days_quiet, others_active_text(q));
	return psprintf("%s with person_key " INT64_FORMAT ", in %.0f%% of the %s's contacts while in contact, "
					"usually every %.1f days, has had no contact for %d days; %s", person_title(q), q->key,
					100.0 * q->share, side_name(q->vendor), q->usual_gap, q->days_quiet,
					others_active_text(q));
}

/*
 * A customer person overdue by their own rhythm: with a rhythm
 * (RHYTHM_MIN_CONTACTS) and in one contact in ten of the customer's while
 * in contact (fewer: a visitor, or a name now and then typed another way),
 * quiet for more than two of their usual gaps (a contact missed) and
 * silent_min_days, not gone more than a year (history), nobody having
 * taken over.
 */
static bool
overdue(const RiskInputs *in, PeopleList customer, int i, int as_of_day)
{
	const double *t = in->thresholds->value;
	const PersonTally *p = &customer.tallies[i];
	int			quiet = risk_days_quiet(p, as_of_day);

	return p->contacts >= RHYTHM_MIN_CONTACTS && quiet > Max(2.0 * summary_person_gap(p), t[T_SILENT_MIN_DAYS]) &&
		quiet <= PERSON_HISTORY_DAYS &&
		summary_share_while_active(in->summary, customer, in->summary->customer_named, i) >= OVERDUE_MIN_SHARE &&
		!risk_has_successor(in->summary, customer, i, as_of_day, false);
}

/* flagged people first (the sponsor, then the champion), then by share while in contact */
static int
candidate_order(const void *a, const void *b)
{
	const CallCandidate *x = a;
	const CallCandidate *y = b;

	if (x->role != y->role)
		return x->role < y->role ? -1 : 1;
	if (x->person.share != y->person.share)
		return x->person.share > y->person.share ? -1 : 1;
	return x->person.key < y->person.key ? -1 : x->person.key > y->person.key;
}

static CallList
call_list(const RiskInputs *in)
{
	const ContactSummary *s = in->summary;
	SummaryGeometry g = summary_geometry_of(s);
	PeopleList	customer = people_list(s, &g, false);
	int			as_of_day = timestamp_day(in->as_of);
	RiskJudgement j;
	CallList	list = {0, palloc0(sizeof(CallCandidate) * Max(customer.n, 1))};
	int			i;

	if (!s->detailed)
		return list;
	risk_judge(in, true, &j);
	for (i = 0; i < customer.n; i++)
	{
		CallCandidate *c = &list.candidates[list.n];
		int64		key = (int64) customer.hashes[i];

		CHECK_FOR_INTERRUPTS();
		if (j.m.sponsor.found && j.m.sponsor.key == key)
			c->role = QUIET_SPONSOR;
		else if (j.m.champion.found && !j.m.champion.vendor && j.m.champion.key == key)
			c->role = QUIET_CHAMPION;
		else if (overdue(in, customer, i, as_of_day))
			c->role = QUIET_OVERDUE;
		else
			continue;
		risk_quiet_person(&c->person, s, customer, i, false, as_of_day);
		list.n++;
	}
	qsort(list.candidates, list.n, sizeof(CallCandidate), candidate_order);
	return list;
}

static HeapTuple
call_row(const CallCandidate *c, int rank, TupleDesc tupdesc)
{
	const QuietPerson *q = &c->person;
	Datum		values[CALL_COLUMNS];
	bool		nulls[CALL_COLUMNS];

	memset(nulls, 0, sizeof(nulls));
	values[CALL_RANK] = Int32GetDatum(rank);
	values[CALL_KEY] = Int64GetDatum(q->key);
	values[CALL_LEVEL] = LabelGetDatum(q->level - 1);
	nulls[CALL_LEVEL] = q->level == 0;
	values[CALL_CONTACTS] = Int64GetDatum(q->contacts);
	values[CALL_SHARE] = Float8GetDatum(q->share);
	values[CALL_USUAL_GAP] = Float8GetDatum(q->usual_gap);
	values[CALL_DAYS_QUIET] = Int32GetDatum(q->days_quiet);
	values[CALL_FLAG] = CStringGetTextDatum(c->role == QUIET_SPONSOR ? "sponsor_quiet" : "champion_quiet");
	nulls[CALL_FLAG] = c->role == QUIET_OVERDUE;
	values[CALL_REASON] = CStringGetTextDatum(quiet_person_reason(q, c->role));
	return heap_form_tuple(tupdesc, values, nulls);
}

/*
 * who_to_call(s, as_of, target_stage, thresholds): the customer people
 * whose silence matters most, ranked: the sponsor and the champion gone
 * quiet (the flags that name them), then the people overdue by their own
 * rhythm, by their share of the customer's contacts while in contact.  No
 * rows without s, or for a summary of stored format 1 (which kept no days);
 * s without as_of is an error (risk_as_of_missing).
 */
PG_FUNCTION_INFO_V1(who_to_call);
Datum
who_to_call(PG_FUNCTION_ARGS)
{
	FuncCallContext *funcctx;
	CallList   *list;

	if (SRF_IS_FIRSTCALL())
	{
		MemoryContext old;
		TupleDesc	tupdesc;
		RiskThresholds *thresholds;
		RiskInputs	in = risk_inputs_none();

		funcctx = SRF_FIRSTCALL_INIT();
		old = MemoryContextSwitchTo(funcctx->multi_call_memory_ctx);
		if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
			elog(ERROR, "who_to_call: the result type is not a row type");
		funcctx->tuple_desc = BlessTupleDesc(tupdesc);
		list = palloc0(sizeof(CallList));
		funcctx->user_fctx = list;
		if (!PG_ARGISNULL(0) && PG_ARGISNULL(1))
			risk_as_of_missing();
		if (!PG_ARGISNULL(0) && !PG_ARGISNULL(1))
		{
			in.contacts_recorded = in.has_as_of = true;
			in.summary = PG_GETARG_CONTACT_SUMMARY(0);
			in.as_of = attune_check_finite_time(PG_GETARG_TIMESTAMPTZ(1), "as_of");
			if (!PG_ARGISNULL(2))
				in.target_stage = PG_GETARG_STAGE(2);
			if (!PG_ARGISNULL(3))
			{
				thresholds = palloc(sizeof(RiskThresholds));
				*thresholds = risk_thresholds(PG_GETARG_JSONB_P(3));
				in.thresholds = thresholds;
			}
			*list = call_list(&in);
		}
		funcctx->max_calls = list->n;
		MemoryContextSwitchTo(old);
	}
	funcctx = SRF_PERCALL_SETUP();
	list = funcctx->user_fctx;
	if (funcctx->call_cntr < funcctx->max_calls)
	{
		int			i = (int) funcctx->call_cntr;
		Datum		row = HeapTupleGetDatum(call_row(&list->candidates[i], i + 1, funcctx->tuple_desc));

		SRF_RETURN_NEXT(funcctx, row);
	}
	SRF_RETURN_DONE(funcctx);
}
