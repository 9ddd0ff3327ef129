/*
 * contact_summary_agg.c
 *		The contact_summary aggregate (full and short forms), its combine
 *		function, and rollup, which merges summaries.
 *
 * The state is an expanded object holding a summary and rows (or, for
 * rollup, small values) held back, which are added in batches (see "the
 * working state" below).  Rows that fit
 * the summary's geometry (its day span and its people) are added in place; a
 * batch that needs a wider span or room for new people is merged in, which
 * builds a new summary.  Rows arrive far more often than new days at the ends
 * of the span or new people, so most batches are added in place.
 *
 * Copyright (c) 2026, the attune developers; PostgreSQL License (LICENSE).
 */
#include "contact_summary.h"
#include "person_key.h"

#include <math.h>

#include "catalog/pg_aggregate.h"
#include "nodes/execnodes.h"
#include "utils/builtins.h"
#include "utils/expandeddatum.h"
#include "utils/lsyscache.h"
#include "utils/syscache.h"
#include "utils/memutils.h"
#include "utils/timestamp.h"

/*
 * One contact, as the aggregate's arguments give it; 32 bytes, since states
 * hold rows back (see the file header).  Labels and booleans are -1 when
 * NULL; the people and the sentiment count only with their KNOWN_ bit.
 */
typedef struct ContactRow
{
	TimestampTz occurred_at;
	uint64		vendor_person;	/* hash of the name */
	uint64		customer_person;
	int8		channel;
	int8		vendor_level;
	int8		customer_level;
	int8		customer_initiated; /* 1 true, 0 false, -1 NULL */
	int8		future_focused;
	int8		sentiment;		/* quantised, -SENTIMENT_SCALE..SENTIMENT_SCALE */
	uint8		known;			/* KNOWN_ bits */
} ContactRow;

#define KNOWN_VENDOR_PERSON		0x01
#define KNOWN_CUSTOMER_PERSON	0x02
#define KNOWN_SENTIMENT			0x04

StaticAssertDecl(SENTIMENT_SCALE <= PG_INT8_MAX, "a quantised sentiment fits in int8");

/* a label argument's ordinal (-1 if NULL), checked before it indexes a count */
static inline int
label_arg(FunctionCallInfo fcinfo, int argno, int nlabels, const char *type_name)
{
	int			ordinal;

	if (PG_ARGISNULL(argno))
		return -1;
	ordinal = PG_GETARG_LABEL(argno);
	if (unlikely(ordinal >= nlabels))
		label_corrupted(type_name, ordinal);
	return ordinal;
}

/* A channel or level given as text: its label's ordinal, -1 if NULL. */
static int
label_text_arg(FunctionCallInfo fcinfo, int argno, int (*from_text) (const char *))
{
	if (PG_ARGISNULL(argno))
		return -1;
	return from_text(text_to_cstring(PG_GETARG_TEXT_PP(argno)));
}

static inline int
bool_arg(FunctionCallInfo fcinfo, int argno)
{
	return PG_ARGISNULL(argno) ? -1 : (int) PG_GETARG_BOOL(argno);
}

/* The hash of a person's name argument into *hash; its KNOWN_ bit, or 0 if NULL. */
static pg_attribute_always_inline uint8
person_arg(FunctionCallInfo fcinfo, int argno, uint64 *hash, uint8 known_bit)
{
	text	   *name;

	*hash = 0;
	if (PG_ARGISNULL(argno))
		return 0;
	/*
	 * PG_GETARG_TEXT_PP's call, inline: names are short, so nearly always
	 * in a 1-byte header, read at once; anything else (a 4-byte header,
	 * compressed, out of line) by the general path.
	 */
	name = (text *) PG_GETARG_POINTER(argno);
	if (likely(VARATT_IS_1B(name) && !VARATT_IS_1B_E(name)))
	{
		*hash = person_hash((unsigned char *) VARDATA_1B(name), VARSIZE_1B(name) - VARHDRSZ_SHORT);
		return known_bit;
	}
	if (VARATT_IS_COMPRESSED(name) || VARATT_IS_EXTERNAL(name))
		name = PG_GETARG_TEXT_PP(argno);
	*hash = person_hash((unsigned char *) VARDATA_ANY(name), VARSIZE_ANY_EXHDR(name));
	return known_bit;
}

/*
 * Reads the arguments of either form:
 *	full:  (occurred_at, channel, vendor_person, vendor_level, customer_person,
 *			customer_level, customer_initiated, future_focused, sentiment)
 *	short: (occurred_at, channel, vendor_person, customer_person)
 * with the channel and levels as labels or, text_labels, as text.  Argument
 * 0 is the state.  Inlined for each form, so that neither tests the form
 * per argument.
 */
static pg_attribute_always_inline ContactRow
read_row(FunctionCallInfo fcinfo, bool full, bool text_labels)
{
	ContactRow	r;

	r.occurred_at = PG_GETARG_TIMESTAMPTZ(1);
	if (!contact_time_accepted(r.occurred_at))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("occurred_at is out of range for contact_summary"),
				 errdetail("Contacts must fall in the years 1 to 9999 (UTC).")));
	r.channel = text_labels ? label_text_arg(fcinfo, 2, contact_channel_from_text)
		: label_arg(fcinfo, 2, N_CHANNELS, "contact_channel");
	r.known = person_arg(fcinfo, 3, &r.vendor_person, KNOWN_VENDOR_PERSON);
	r.vendor_level = !full ? -1 : text_labels ? label_text_arg(fcinfo, 4, org_level_from_text)
		: label_arg(fcinfo, 4, N_LEVELS, "org_level");
	r.known |= person_arg(fcinfo, full ? 5 : 4, &r.customer_person, KNOWN_CUSTOMER_PERSON);
	r.customer_level = !full ? -1 : text_labels ? label_text_arg(fcinfo, 6, org_level_from_text)
		: label_arg(fcinfo, 6, N_LEVELS, "org_level");
	r.customer_initiated = full ? bool_arg(fcinfo, 7) : -1;
	r.future_focused = full ? bool_arg(fcinfo, 8) : -1;
	r.sentiment = 0;
	if (full && !PG_ARGISNULL(9))
	{
		r.sentiment = (int8) rint(attune_check_range(PG_GETARG_FLOAT8(9), -1.0, 1.0, "sentiment") *
								  SENTIMENT_SCALE);
		r.known |= KNOWN_SENTIMENT;
	}
	return r;
}

/*
 * Counts one more contact.  Each other count is part of a sum that the
 * contacts bound (the reader of stored values checks it of every summary;
 * rows and merges keep it), so once this did not overflow, adding 1 to any
 * of them cannot.
 */
static void
count_contact(ContactSummary *s)
{
	if (pg_add_s64_overflow(s->contacts, 1, &s->contacts))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("contact_summary count out of range")));
}

/*
 * Where a row goes in a summary (row_fits): its UTC day, and where its two
 * people are in the summary's sets (person_place).
 */
typedef struct RowPlaces
{
	int			day;
	int8		vendor;
	int8		customer;
} RowPlaces;

StaticAssertDecl(PEOPLE_CAP - 1 <= PG_INT8_MAX, "a person's index fits in int8");

/*
 * Adds to a quarter's figure; a quarter's sums stay within int4.  Unchecked
 * when the summary's contacts and the rows to add are too few for any sum
 * to reach it (rows_unchecked).
 */
static pg_attribute_always_inline void
quarter_add(int32 *figure, int32 amount, bool checked)
{
	if (!checked)
		*figure += amount;
	else if (unlikely(pg_add_s32_overflow(*figure, amount, figure)))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("contact_summary quarter sum out of range"),
				 errdetail("A sum of one quarter's contacts or sentiment passes the range of int4.")));
}

/*
 * Can n rows be added to s without checking its sums for overflow?  Every
 * sum of a summary is bounded by its contacts (a person's contacts, a
 * quarter's rated and started contacts) or by SENTIMENT_SCALE times them
 * (a quarter's sentiment), as the reader checks of every value: with fewer
 * contacts than int4 holds over SENTIMENT_SCALE, no sum can overflow.
 */
static inline bool
rows_unchecked(const ContactSummary *s, int n)
{
	return s->contacts <= PG_INT32_MAX / SENTIMENT_SCALE - n;
}

/* Adds everything of the row but its people to a summary whose span holds it. */
static pg_attribute_always_inline void
add_row_counts(ContactSummary *s, const SummaryGeometry *g, const ContactRow *r, int row_day, bool checked)
{
	int			day = row_day - g->first_day;

	/*
	 * Sponsorship is executives meeting or talking (face_to_face, video,
	 * phone: the first three channels), not an email between them.
	 */
	bool		exec_to_exec = r->vendor_level == ORG_LEVEL_EXECUTIVE &&
		r->customer_level == ORG_LEVEL_EXECUTIVE && (uint8) r->channel <= CONTACT_CHANNEL_PHONE;
	int			quarter;
	int32	   *q;
	uint8	   *days = SUMMARY_PART(s, g, active_days, uint8);

	count_contact(s);
	s->first_contact = Min(s->first_contact, r->occurred_at);
	s->last_contact = Max(s->last_contact, r->occurred_at);
	if (r->channel >= 0)
		s->channels[r->channel]++;
	if (r->vendor_level >= 0)
		s->vendor_levels[r->vendor_level]++;
	if (r->customer_level >= 0)
		s->customer_levels[r->customer_level]++;
	if (r->customer_initiated >= 0)
		(*(r->customer_initiated ? &s->customer_initiated : &s->vendor_initiated))++;
	if (r->future_focused >= 0)
		(*(r->future_focused ? &s->future_focused : &s->past_focused))++;
	s->vendor_named += (r->known & KNOWN_VENDOR_PERSON) != 0;
	s->customer_named += (r->known & KNOWN_CUSTOMER_PERSON) != 0;
	days[day / 8] |= 1 << (day % 8);
	quarter = day_quarter_remembered(row_day) - g->first_quarter;
	q = &SUMMARY_PART(s, g, quarters, int32)[QUARTER_FIELDS * quarter];
	if (exec_to_exec)
		SUMMARY_PART(s, g, exec_quarters, uint8)[quarter / 8] |= 1 << (quarter % 8);
	if (r->customer_initiated >= 0)
		quarter_add(&q[r->customer_initiated ? QUARTER_CUSTOMER_STARTED : QUARTER_VENDOR_STARTED], 1, checked);
	if (r->known & KNOWN_SENTIMENT)
	{
		quarter_add(&q[r->sentiment < 0 ? SENTIMENT_BAD : SENTIMENT_GOOD], abs(r->sentiment), checked);
		quarter_add(&q[SENTIMENT_RATED], 1, checked);
	}
}

static inline int
person_place(const uint64 *hashes, int n, uint64 h, bool known)
{
	if (!known)
		return PERSON_UNKNOWN;
	if (n == PEOPLE_CAP)
		return PERSON_AT_CAP;
	return person_index(hashes, n, h);
}

/*
 * Does the row fit the summary's span and people, so that it can go in
 * place?  If so, *places says where its people are.
 */
static pg_attribute_always_inline bool
row_fits(const ContactSummary *s, const SummaryGeometry *g, const ContactRow *r, RowPlaces *places)
{
	int			day = timestamp_day(r->occurred_at);

	if (day < g->first_day || day >= g->first_day + g->n_days)
		return false;
	places->day = day;
	places->vendor = person_place(SUMMARY_PART(s, g, vendor_people, uint64), g->n_vendor_people,
								  r->vendor_person, r->known & KNOWN_VENDOR_PERSON);
	places->customer = person_place(SUMMARY_PART(s, g, customer_people, uint64), g->n_customer_people,
									r->customer_person, r->known & KNOWN_CUSTOMER_PERSON);
	return places->vendor != PERSON_ABSENT && places->customer != PERSON_ABSENT;
}

/*
 * Counts a row's person: into the tally at their place, or, for a side at
 * the cap, into the set if the hash is among the smallest.
 */
static pg_attribute_always_inline void
tally_row_person(uint64 *hashes, PersonTally *tallies, uint64 h, int place, int day, int level,
				 bool checked)
{
	PersonTally *t;

	if (place == PERSON_UNKNOWN || place == PERSON_AT_CAP)
	{
		PersonTally row = {1, day, day, (uint8) (level + 1)};

		summary_tally_person(hashes, tallies, h, place, &row);
		return;
	}
	t = &tallies[place];
	if (checked && unlikely(t->contacts == PG_UINT32_MAX))
		summary_person_count_overflow();
	t->contacts++;
	/* both: a person placed by a rebuild starts with neither day (PERSON_NO_FIRST) */
	if (day > t->last_day)
		t->last_day = day;
	if (day < t->first_day)
		t->first_day = day;
	if (level + 1 > t->level)
		t->level = (uint8) (level + 1);
}

/* Adds a row that fits (row_fits, which gave its places) in place. */
static pg_attribute_always_inline void
add_row_in_place(ContactSummary *s, const SummaryGeometry *g, const ContactRow *r,
				 const RowPlaces *places, bool checked)
{
	tally_row_person(SUMMARY_PART(s, g, vendor_people, uint64), SUMMARY_PART(s, g, vendor_tallies, PersonTally),
					 r->vendor_person, places->vendor, places->day, r->vendor_level, checked);
	tally_row_person(SUMMARY_PART(s, g, customer_people, uint64),
					 SUMMARY_PART(s, g, customer_tallies, PersonTally), r->customer_person, places->customer,
					 places->day, r->customer_level, checked);
	add_row_counts(s, g, r, places->day, checked);
}

/* ------------------------------------------------------ the working state */

/*
 * An aggregate's working state is an expanded object (utils/expandeddatum.h)
 * in a memory context under the aggregate's (states_context): the executor
 * passes it from row to row as a read/write pointer and keeps it without copying.
 * It never exists as bytes: wherever PostgreSQL needs the value as bytes (a
 * table, a parallel worker's tuple, any function but ours, the output
 * functions) it asks the object to flatten itself, and the object writes
 * its canonical stored form.  So the working layout is never stored, and
 * the support functions take as a working state only such an object, made
 * by this file in the current aggregate call (state_of); anything else
 * given as a state (an aggregate's INITCOND, a value a user's own
 * transition returned) is a value, read and checked like any other.
 *
 * A state holds rows back: most rows only go into `held`, touching the
 * state's first cache lines; when the room is full they are added together,
 * so the summary's other lines are read once per batch rather than once per
 * row, and a batch that brings new people or days rebuilds the summary once.
 * With rows interleaved across many groups that is what costs
 * (docs/decisions.md).  rollup (and combine) hold back the values they are
 * given in the same way, a copy of each value's stored bytes, and read them
 * when the room is full: a day's summary is a few dozen bytes, and adding
 * it touches most of the state's lines.  The room is a chunk of 128 bytes
 * and grows when full, keeping what it holds, to 512, then 1024 (PostgreSQL
 * rounds sizes up to a power of two): 3, 15, then 31 rows (MAX_HELD).  So
 * small groups (a summary per account and day) stay small, and a group
 * makes its summary once it has 31 rows, or in its final function.
 */
#define HELD_FIRST_CHUNK	128
#define HELD_NEXT_CHUNK		512
#define HELD_MAX_CHUNK		1024

/*
 * What a state holds back: rows, or values (each a whole stored
 * contact_summary, at a MAXALIGNed offset).  `n` and `room` count rows, or
 * bytes of values.
 */
typedef struct Held
{
	uint16		chunk;			/* the bytes allocated, header included */
	bool		values;
	int			n;
	int			room;
	ContactRow	rows[FLEXIBLE_ARRAY_MEMBER];	/* or the values' bytes */
} Held;

#define HELD_ROOM(chunk, values) \
	((int) (((chunk) - offsetof(Held, rows)) / ((values) ? 1 : sizeof(ContactRow))))
#define MAX_HELD			HELD_ROOM(HELD_MAX_CHUNK, false)

typedef struct SummaryState
{
	ExpandedObjectHeader hdr;
	ContactSummary *summary;	/* what was added; its span may have slack;
								 * NULL until the first rows held are added */
	Held	   *held;			/* NULL until something is held back */
} SummaryState;

/* a state's header is one small chunk (many groups, many states) */
StaticAssertDecl(sizeof(SummaryState) <= 64, "a state's header fits 64 bytes");
StaticAssertDecl(HELD_ROOM(HELD_FIRST_CHUNK, false) == 3 && MAX_HELD == 31,
				 "3 rows held back in the first room, 31 in the largest");

static Size state_flat_size(ExpandedObjectHeader *eoh);
static void state_flatten_into(ExpandedObjectHeader *eoh, void *result, Size allocated_size);

static const ExpandedObjectMethods state_methods = {
	state_flat_size,
	state_flatten_into
};

/*
 * The object an expanded datum points to: DatumGetEOHP's work, inline (it
 * runs for every row).
 */
static inline ExpandedObjectHeader *
expanded_header(Datum d)
{
	varatt_expanded pointer;

	memcpy(&pointer, VARDATA_EXTERNAL(DatumGetPointer(d)), sizeof(pointer));
	return pointer.eohptr;
}

/* Is a datum one of our states (read-only or read/write)? */
static bool
is_state_datum(Datum d)
{
	return VARATT_IS_EXTERNAL_EXPANDED(DatumGetPointer(d)) &&
		expanded_header(d)->eoh_methods == &state_methods;
}

/*
 * PostgreSQL keeps the state a support function returns and passes it, by
 * pointer, to the aggregate's next call.  In a moving aggregate (a window
 * whose frame start moves) that may be another function, the user's own,
 * which may move the state into a shorter-lived memory context (PL/pgSQL
 * does, returning it), and the state would be freed under the aggregate.
 * attune's aggregates have no inverse transition function, so a moving
 * aggregate that calls ours always pairs it with another's: refused, before
 * any state of it exists.
 */
static void
refuse_moving_aggregate(FunctionCallInfo fcinfo)
{
	ListCell   *lc;

	if (fcinfo->context == NULL || !IsA(fcinfo->context, WindowAggState))
		return;
	foreach(lc, ((WindowAggState *) fcinfo->context)->funcs)
	{
		Oid			function = ((WindowFuncExprState *) lfirst(lc))->wfunc->winfnoid;
		HeapTuple	tuple = SearchSysCache1(AGGFNOID, ObjectIdGetDatum(function));
		bool		moving_over_ours;

		if (!HeapTupleIsValid(tuple))
			continue;			/* a window function, not an aggregate */
		moving_over_ours = OidIsValid(((Form_pg_aggregate) GETSTRUCT(tuple))->aggminvtransfn) &&
			(((Form_pg_aggregate) GETSTRUCT(tuple))->aggmtransfn == fcinfo->flinfo->fn_oid ||
			 ((Form_pg_aggregate) GETSTRUCT(tuple))->aggminvtransfn == fcinfo->flinfo->fn_oid);
		ReleaseSysCache(tuple);
		if (moving_over_ours)
			ereport(ERROR,
					(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
					 errmsg("%s cannot serve a moving aggregate", get_func_name(fcinfo->flinfo->fn_oid)),
					 errdetail("attune's aggregates have no inverse transition function, and their working "
							   "state is not handed to another function."),
					 errhint("Use contact_summary(...) or rollup(...) as the window aggregate.")));
	}
}

/*
 * The memory context of the states of an aggregate call: one child of the
 * aggregate's context, shared by all its states and found again by its name
 * (the pointer, ours alone).  One context for all: PostgreSQL's hash
 * aggregation adds up the memory of the aggregate context's children at
 * every new group, so a context per state made it quadratic in the groups.
 * PostgreSQL deletes a state's context only when a support function returns
 * another state than it was given, which ours never do (state_of).
 */
static const char states_context_name[] = "contact_summary states";

static MemoryContext
states_context(MemoryContext aggcontext)
{
	MemoryContext child;

	for (child = aggcontext->firstchild; child != NULL; child = child->nextchild)
		if (child->name == states_context_name)
			return child;
	/*
	 * Blocks of 8 KiB growing to 64 KiB: chunks up to 8 KiB (an account's
	 * summary) come from them, not from malloc, and a block's unused end is
	 * small beside hash_mem.  (The macro AllocSetContextCreate takes only a
	 * literal name.)
	 */
	return AllocSetContextCreateInternal(aggcontext, states_context_name, 0, 8 * 1024, 64 * 1024);
}

/*
 * A new state holding summary (copied), in the states' context; or, for
 * the transition's first row, NULL: no summary until the first rows held
 * are added, so that a small group's summary is made once, to the size of
 * its rows.
 */
static SummaryState *
state_new(FunctionCallInfo fcinfo, MemoryContext aggcontext, const ContactSummary *summary)
{
	MemoryContext context;
	SummaryState *state;

	refuse_moving_aggregate(fcinfo);
	context = states_context(aggcontext);
	state = MemoryContextAllocZero(context, sizeof(SummaryState));
	EOH_init_header(&state->hdr, &state_methods, context);
	if (summary != NULL)
	{
		state->summary = MemoryContextAlloc(context, VARSIZE(summary));
		memcpy(state->summary, summary, VARSIZE(summary));
	}
	return state;				/* no room for held rows until a row comes */
}

/* Merges b into the state's summary, by a new summary made in its context. */
static void
state_merge(SummaryState *state, const ContactSummary *b)
{
	MemoryContext old = MemoryContextSwitchTo(state->hdr.eoh_context);
	ContactSummary *merged = summary_merge(state->summary, b, true);

	MemoryContextSwitchTo(old);
	pfree(state->summary);
	state->summary = merged;
}

/* Adds a hash to an ascending list of distinct hashes. */
static void
insert_hash(uint64 *hashes, int *n, uint64 h)
{
	int			i = *n;

	while (i > 0 && hashes[i - 1] > h)
		i--;
	if (i > 0 && hashes[i - 1] == h)
		return;
	memmove(&hashes[i + 1], &hashes[i], sizeof(uint64) * (*n - i));
	hashes[i] = h;
	(*n)++;
}

/*
 * A summary with the people and the span of days of rows, but nothing
 * counted: merged into a state, it makes room for all of them at once.
 */
static ContactSummary *
rows_frame(const ContactRow *rows, int n)
{
	uint64		vendor[MAX_HELD],
				customer[MAX_HELD];
	int			n_vendor = 0,
				n_customer = 0;
	TimestampTz first = rows[0].occurred_at,
				last = rows[0].occurred_at;
	SummaryGeometry g;
	ContactSummary *frame;
	int			i;

	Assert(n >= 1 && n <= MAX_HELD);
	for (i = 0; i < n; i++)
	{
		if (rows[i].known & KNOWN_VENDOR_PERSON)
			insert_hash(vendor, &n_vendor, rows[i].vendor_person);
		if (rows[i].known & KNOWN_CUSTOMER_PERSON)
			insert_hash(customer, &n_customer, rows[i].customer_person);
		first = Min(first, rows[i].occurred_at);
		last = Max(last, rows[i].occurred_at);
	}
	summary_check_span(timestamp_day(first), timestamp_day(last));
	g = summary_geometry(n_vendor, n_customer, timestamp_day(first),
						 timestamp_day(last) - timestamp_day(first) + 1);
	frame = summary_allocate(&g);
	memcpy(SUMMARY_PART(frame, &g, vendor_people, uint64), vendor, sizeof(uint64) * n_vendor);
	memcpy(SUMMARY_PART(frame, &g, customer_people, uint64), customer, sizeof(uint64) * n_customer);
	for (i = 0; i < n_vendor + n_customer; i++)
	{
		PersonTally *tally = &SUMMARY_PART(frame, &g, vendor_tallies, PersonTally)[i];

		tally->first_day = PERSON_NO_FIRST;
		tally->last_day = PERSON_NO_LAST;
	}
	frame->first_contact = first;
	frame->last_contact = last;
	frame->detailed = true;		/* rows give all that a summary keeps */
	return frame;
}

/*
 * Adds the held rows to the state's summary: in place when they all fit,
 * else after one merge that makes room for all of them.
 */
static void
flush_rows(SummaryState *state)
{
	Held	   *held = state->held;
	SummaryGeometry g;
	RowPlaces	places[MAX_HELD];
	bool		fit = true;
	int			i;

	if (state->summary == NULL)
	{
		/* the first rows: a summary with room for them */
		MemoryContext old = MemoryContextSwitchTo(state->hdr.eoh_context);

		state->summary = rows_frame(held->rows, held->n);
		MemoryContextSwitchTo(old);
	}
	g = summary_geometry_of(state->summary);
	for (i = 0; i < held->n && fit; i++)
		fit = row_fits(state->summary, &g, &held->rows[i], &places[i]);
	if (!fit)
	{
		ContactSummary *frame = rows_frame(held->rows, held->n);

		state_merge(state, frame);
		pfree(frame);
		g = summary_geometry_of(state->summary);
	}
	/* in a merged summary every row fits, in places of its own */
	if (!fit)
		for (i = 0; i < held->n; i++)
			if (!row_fits(state->summary, &g, &held->rows[i], &places[i]))
				elog(ERROR, "contact_summary: a held row does not fit its merged state");
	if (rows_unchecked(state->summary, held->n))
		for (i = 0; i < held->n; i++)
			add_row_in_place(state->summary, &g, &held->rows[i], &places[i], false);
	else
		for (i = 0; i < held->n; i++)
			add_row_in_place(state->summary, &g, &held->rows[i], &places[i], true);
}

/*
 * Where a value is expanded to be added: most are small (a day's contacts),
 * and a buffer on the stack saves an allocation for each.
 */
#define VALUE_BUFFER_SIZE	2048

/*
 * Adds a value (a stored summary, or a parallel worker's state, which
 * reaches the leader flattened), read and checked as any value is, to the
 * state's summary: in place when it fits (rollup of small summaries into a
 * larger one), else by a merge.
 */
static void
state_add_value(SummaryState *state, Datum d)
{
	union
	{
		char		bytes[VALUE_BUFFER_SIZE];
		int64		align;		/* a summary's fields are 8-byte aligned */
	}			buffer;
	ContactSummary *value = summary_read_into(d, buffer.bytes, sizeof(buffer));

	if (!summary_add_in_place(state->summary, value))
		state_merge(state, value);
	if ((char *) value != buffer.bytes)
		pfree(value);
}

/* Adds the held values, in the order they came. */
static void
flush_values(SummaryState *state)
{
	char	   *bytes = (char *) state->held->rows;
	int			at;

	for (at = 0; at < state->held->n; at += MAXALIGN(VARSIZE_ANY(bytes + at)))
		state_add_value(state, PointerGetDatum(bytes + at));
}

/* Adds what the state holds back to its summary. */
static void
state_flush(SummaryState *state)
{
	if (state->held->values)
		flush_values(state);
	else
		flush_rows(state);
	state->held->n = 0;
}

/* Is anything held back? */
static bool
state_holds_any(const SummaryState *state)
{
	return state->held != NULL && state->held->n > 0;
}

/*
 * Room for `need` more rows, or bytes of values (need fits the largest
 * room).  A full room grows, keeping what it holds, to the next chunk; what
 * is held is added first only when the largest room would not take it and
 * more, or when it is of the other kind.  So a group of up to 31 rows never
 * has a summary before its final function.
 */
static Held *
held_room(SummaryState *state, bool values, int need)
{
	Held	   *held = state->held;
	int			kept;
	Size		chunk;

	if (held != NULL && held->values == values && held->n + need <= held->room)
		return held;
	if (held != NULL && held->n > 0 &&
		(held->values != values || held->n + need > HELD_ROOM(HELD_MAX_CHUNK, values)))
		state_flush(state);
	kept = held == NULL ? 0 : held->n;
	chunk = held == NULL ? HELD_FIRST_CHUNK : held->chunk;
	while (HELD_ROOM(chunk, values) < kept + need)
		chunk = chunk == HELD_FIRST_CHUNK ? HELD_NEXT_CHUNK : HELD_MAX_CHUNK;
	if (held == NULL || held->chunk != chunk)
	{
		Held	   *larger = MemoryContextAlloc(state->hdr.eoh_context, chunk);

		if (held != NULL)
		{
			memcpy(larger->rows, held->rows, (Size) kept * (values ? 1 : sizeof(ContactRow)));
			pfree(held);
		}
		larger->chunk = chunk;
		state->held = held = larger;
	}
	held->values = values;
	held->n = kept;
	held->room = HELD_ROOM(chunk, values);
	return held;
}

/*
 * Holds a row back (see the working state, above); inline, since it runs
 * for every row, and room is made only when the room is full.
 */
static pg_attribute_always_inline void
state_add_row(SummaryState *state, const ContactRow *r)
{
	Held	   *held = state->held;

	if (unlikely(held == NULL || held->values || held->n == held->room))
		held = held_room(state, false, 1);
	held->rows[held->n++] = *r;
}

/*
 * Holds a value back, a copy of its stored bytes, when it is inline and
 * small enough; else returns false.  A compressed or out-of-line value is
 * read at once: holding it back would copy a pointer to bytes that may not
 * outlive the call.
 */
static bool
state_hold_value(SummaryState *state, Datum d)
{
	struct varlena *value = (struct varlena *) DatumGetPointer(d);
	int			need;
	Held	   *held;

	if (VARATT_IS_EXTERNAL(value) || VARATT_IS_COMPRESSED(value) ||
		VARSIZE_ANY(value) > HELD_ROOM(HELD_MAX_CHUNK, true))
		return false;
	need = MAXALIGN(VARSIZE_ANY(value));
	held = held_room(state, true, need);
	memcpy((char *) held->rows + held->n, value, VARSIZE_ANY(value));
	held->n += need;
	return true;
}

/*
 * The stored form of a state, newly allocated: its held rows added (in
 * place, which changes the state's representation, not its content), its
 * span without slack.
 */
static struct varlena *
state_stored(SummaryState *state)
{
	ContactSummary *canonical;
	struct varlena *stored;

	if (state_holds_any(state))
		state_flush(state);
	if (summary_is_tight(state->summary))
		return summary_store(state->summary);
	canonical = summary_merge(state->summary, NULL, false);
	stored = summary_store(canonical);
	pfree(canonical);
	return stored;
}

/*
 * PostgreSQL asks an object's size, then has it flattened: the stored form
 * is made twice.  The final function, the common way out, makes it once.
 * Both run in whatever context the caller is in, which may not support
 * pfree (PostgreSQL 17's tuplesort forms tuples in a bump context, where
 * our temporaries' pfree failed): the stored form is made in the state's
 * own context and freed there.
 */
static struct varlena *
state_stored_in_own_context(SummaryState *state)
{
	MemoryContext old = MemoryContextSwitchTo(state->hdr.eoh_context);
	struct varlena *stored = state_stored(state);

	MemoryContextSwitchTo(old);
	return stored;
}

static Size
state_flat_size(ExpandedObjectHeader *eoh)
{
	struct varlena *stored = state_stored_in_own_context((SummaryState *) eoh);
	Size		size = VARSIZE(stored);

	pfree(stored);
	return size;
}

static void
state_flatten_into(ExpandedObjectHeader *eoh, void *result, Size allocated_size)
{
	struct varlena *stored = state_stored_in_own_context((SummaryState *) eoh);

	if (allocated_size != VARSIZE(stored))
		elog(ERROR, "contact_summary: flattened into %zu bytes, not %u", allocated_size,
			 (unsigned) VARSIZE(stored));
	memcpy(result, stored, allocated_size);
	pfree(stored);
}

/*
 * The support functions change their state in place, so they run only
 * inside an aggregate; the aggregate's memory context, where states live.
 */
static MemoryContext
aggregate_context(FunctionCallInfo fcinfo, const char *function)
{
	MemoryContext aggcontext;

	if (!AggCheckCallContext(fcinfo, &aggcontext))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("%s can only be called as part of an aggregate", function)));
	return aggcontext;
}

/*
 * A new state made of a value given where a state goes: an INITCOND, or
 * what a user's own transition function returned, read and checked as any
 * stored value is, whatever its storage.
 */
static SummaryState *
state_of_value(FunctionCallInfo fcinfo, Datum d, MemoryContext aggcontext)
{
	ContactSummary *value = DatumGetContactSummary(d);
	SummaryState *state = state_new(fcinfo, aggcontext, value);

	pfree(value);
	return state;
}

/*
 * The state argument of a support function: NULL, or a working state that
 * this file made in this aggregate call (a read/write object of ours), or
 * else a new state made of the argument read as a value (state_of_value).
 * Inline: it runs for every row.
 */
static inline SummaryState *
state_of(FunctionCallInfo fcinfo, int argno, MemoryContext aggcontext)
{
	Datum		d;

	if (PG_ARGISNULL(argno))
		return NULL;
	d = PG_GETARG_DATUM(argno);
	if (likely(VARATT_IS_EXTERNAL_EXPANDED_RW(DatumGetPointer(d))))
	{
		ExpandedObjectHeader *eoh = expanded_header(d);

		if (likely(eoh->eoh_methods == &state_methods))
		{
			/*
			 * PostgreSQL passes a state so only to the aggregate call that
			 * made it.  Were it another's, a new state returned in its place
			 * would have its context deleted, and that call's other states
			 * with it.
			 */
			if (unlikely(eoh->eoh_context->parent != aggcontext))
				elog(ERROR, "contact_summary: a working state of another aggregate call");
			return (SummaryState *) eoh;
		}
	}
	return state_of_value(fcinfo, d, aggcontext);
}

static Datum
state_datum(SummaryState *state)
{
	return EOHPGetRWDatum(&state->hdr);
}

/*
 * Transition of both forms of contact_summary(...), the channel and levels
 * as labels or as text: rows without a time are skipped.
 */
static pg_attribute_always_inline Datum
transition(FunctionCallInfo fcinfo, const char *name, bool text_labels)
{
	MemoryContext aggcontext = aggregate_context(fcinfo, name);
	SummaryState *state = state_of(fcinfo, 0, aggcontext);
	ContactRow	row;

	if (PG_NARGS() != 10 && PG_NARGS() != 5)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_FUNCTION_DEFINITION),
				 errmsg("%s takes a state and 9 or 4 arguments, not %d", name, PG_NARGS() - 1)));
	if (PG_ARGISNULL(1))
	{
		if (state == NULL)
			PG_RETURN_NULL();
		PG_RETURN_DATUM(state_datum(state));
	}
	row = PG_NARGS() == 10 ? read_row(fcinfo, true, text_labels) : read_row(fcinfo, false, text_labels);
	if (state == NULL)
		state = state_new(fcinfo, aggcontext, NULL);
	state_add_row(state, &row);
	PG_RETURN_DATUM(state_datum(state));
}

PG_FUNCTION_INFO_V1(contact_summary_transition);
Datum
contact_summary_transition(PG_FUNCTION_ARGS)
{
	return transition(fcinfo, "contact_summary_transition", false);
}

PG_FUNCTION_INFO_V1(contact_summary_transition_text);
Datum
contact_summary_transition_text(PG_FUNCTION_ARGS)
{
	return transition(fcinfo, "contact_summary_transition_text", true);
}

/*
 * Combine function of both aggregates, and rollup's transition: the second
 * argument, a value, held back or added to the state (state_add_value).
 */
PG_FUNCTION_INFO_V1(contact_summary_combine);
Datum
contact_summary_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggcontext = aggregate_context(fcinfo, "contact_summary_combine");
	SummaryState *state = state_of(fcinfo, 0, aggcontext);

	if (PG_ARGISNULL(1))
	{
		if (state == NULL)
			PG_RETURN_NULL();
		PG_RETURN_DATUM(state_datum(state));
	}
	if (state == NULL)
	{
		ContactSummary *value = DatumGetContactSummary(PG_GETARG_DATUM(1));

		state = state_new(fcinfo, aggcontext, value);
		pfree(value);
	}
	else if (!state_hold_value(state, PG_GETARG_DATUM(1)))
	{
		if (state_holds_any(state))
			state_flush(state);
		state_add_value(state, PG_GETARG_DATUM(1));
	}
	PG_RETURN_DATUM(state_datum(state));
}

/*
 * Final function of the three aggregates: the stored form of the state.
 * The state's content is not changed (window aggregates call this once per
 * row).  Given a value (outside an aggregate, or from a user's own
 * transition function), it reads and checks it.
 */
PG_FUNCTION_INFO_V1(contact_summary_final);
Datum
contact_summary_final(PG_FUNCTION_ARGS)
{
	Datum		d = PG_GETARG_DATUM(0);

	if (is_state_datum(d))
		PG_RETURN_POINTER(state_stored((SummaryState *) DatumGetEOHP(d)));
	PG_RETURN_CONTACT_SUMMARY(DatumGetContactSummary(d));
}
