/*
 * contact_summary_agg.c
 *		The contact_summary aggregate (full and short forms), its combine
 *		function, and rollup, which merges summaries.
 *
 * The state is a contact_summary in the aggregate memory context, with room
 * after it where rows are held back and then added in batches (see "rows
 * held back" below).  Rows that fit the state's geometry (its day span and
 * its people) are added in place; a batch that needs a wider span or room for
 * new people is merged in, which builds a new state (the executor copies it
 * into the aggregate context and frees the old one).  Rows arrive far more
 * often than new days at the ends of the span or new people, so most batches
 * are added in place.
 *
 * Copyright (c) 2026, the attune developers; PostgreSQL License (LICENSE).
 */
#include "contact_summary.h"

#include <math.h>

#include "port/pg_bswap.h"
#include "utils/timestamp.h"

/* Seed of the 64-bit hash of a person's name (fixed: it is stored). */
#define PERSON_HASH_SEED UINT64CONST(0x617474756e65)

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

static inline int
bool_arg(FunctionCallInfo fcinfo, int argno)
{
	return PG_ARGISNULL(argno) ? -1 : (int) PG_GETARG_BOOL(argno);
}

/* a bijective 64-bit mix (the finaliser of splitmix64) */
static inline uint64
mix64(uint64 x)
{
	x = (x ^ (x >> 30)) * UINT64CONST(0xbf58476d1ce4e5b9);
	x = (x ^ (x >> 27)) * UINT64CONST(0x94d049bb133111eb);
	return x ^ (x >> 31);
}

/* n (<= 8) bytes at p as a little-endian number */
static inline uint64
little_endian_word(const unsigned char *p, int n)
{
	uint64		word = 0;

	memcpy(&word, p, n);
#ifdef WORDS_BIGENDIAN
	word = pg_bswap64(word);	/* the n bytes, first byte lowest */
#endif
	return word;
}

/*
 * The last len % 8 bytes of a name of len bytes, as a little-endian number
 * (0 if none), read without a loop over them: by an 8-byte read that ends
 * with the name and drops the bytes before, or for a name shorter than 8
 * by overlapping reads (bytes read twice are the same bytes, so OR-ing
 * them changes nothing).
 */
static inline uint64
last_bytes(const unsigned char *name, int len)
{
	int			n = len % 8;

	if (n == 0)
		return 0;
	if (len > 8)
		return little_endian_word(name + len - 8, 8) >> (8 * (8 - n));
	if (n >= 4)
		return little_endian_word(name, 4) | little_endian_word(name + n - 4, 4) << (8 * (n - 4));
	return (uint64) name[0] | (uint64) name[n / 2] << (8 * (n / 2)) | (uint64) name[n - 1] << (8 * (n - 1));
}

/*
 * The 64-bit hash of a person's name.  Summaries are stored, dumped and
 * moved between machines, so it is the same on every platform: the name is
 * read as little-endian 8-byte words, the last one zero-padded, each mixed
 * into the hash.  (PostgreSQL's hash_bytes_extended reads native-endian
 * words, so its hashes differ between little- and big-endian machines.)
 * Names are short: a mix per 8 bytes is the whole cost.
 */
static inline uint64
person_hash(const unsigned char *name, int len)
{
	/* the length folded in by an odd multiplier, mixed with the first word */
	uint64		h = PERSON_HASH_SEED ^ ((uint64) len * UINT64CONST(0x9e3779b97f4a7c15));
	int			i;

	for (i = 0; i + 8 <= len; i += 8)
		h = mix64(h ^ little_endian_word(name + i, 8));
	return mix64(h ^ last_bytes(name, len));
}

/* The hash of a person's name argument into *hash; its KNOWN_ bit, or 0 if NULL. */
static pg_attribute_always_inline uint8
person_arg(FunctionCallInfo fcinfo, int argno, uint64 *hash, uint8 known_bit)
{
	text	   *name;

	*hash = 0;
	if (PG_ARGISNULL(argno))
		return 0;
	/* PG_GETARG_TEXT_PP's call, inline: names are short, rarely toasted */
	name = (text *) PG_GETARG_POINTER(argno);
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
 * Argument 0 is the state.  Inlined for each form, so that neither tests
 * the form per argument.
 */
static pg_attribute_always_inline ContactRow
read_row(FunctionCallInfo fcinfo, bool full)
{
	ContactRow	r;

	r.occurred_at = PG_GETARG_TIMESTAMPTZ(1);
	if (r.occurred_at < CONTACT_TIME_MIN || r.occurred_at >= CONTACT_TIME_END)
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("occurred_at is out of range for contact_summary"),
				 errdetail("Contacts must fall in the years 1 to 9999 (UTC).")));
	r.channel = label_arg(fcinfo, 2, N_CHANNELS, "contact_channel");
	r.known = person_arg(fcinfo, 3, &r.vendor_person, KNOWN_VENDOR_PERSON);
	r.vendor_level = full ? label_arg(fcinfo, 4, N_LEVELS, "org_level") : -1;
	r.known |= person_arg(fcinfo, full ? 5 : 4, &r.customer_person, KNOWN_CUSTOMER_PERSON);
	r.customer_level = full ? label_arg(fcinfo, 6, N_LEVELS, "org_level") : -1;
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
 * contacts bound (summary_validate checks it of every summary read; rows and
 * merges keep it), so once this did not overflow, adding 1 to any of them
 * cannot.
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
 * The calendar quarter of a day, remembered: working it out is more than
 * the rest of a row's counting costs, and the contacts of a few years share
 * a few thousand days.  Direct-mapped by the day; an entry holds the day and
 * the quarter plus one (0: empty).
 */
#define QUARTERS_REMEMBERED 2048

static inline int
day_quarter_remembered(int day)
{
	static uint64 remembered[QUARTERS_REMEMBERED];
	uint64	   *entry = &remembered[day & (QUARTERS_REMEMBERED - 1)];

	if ((uint32) *entry == 0 || (int32) (*entry >> 32) != day)
		*entry = (uint64) (uint32) day << 32 | (uint32) (day_quarter(day) + 1);
	return (int) (uint32) *entry - 1;
}

/* Adds everything of the row but its people to a summary whose span holds it. */
static inline void
add_row_counts(ContactSummary *s, const SummaryGeometry *g, const ContactRow *r, int row_day)
{
	int			day = row_day - g->first_day;

	/*
	 * Sponsorship is executives meeting or talking (face_to_face, video,
	 * phone: the first three channels), not an email between them.
	 */
	bool		exec_to_exec = r->vendor_level == ORG_LEVEL_EXECUTIVE &&
		r->customer_level == ORG_LEVEL_EXECUTIVE && (uint8) r->channel <= CONTACT_CHANNEL_PHONE;
	int			quarter;
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
	days[day / 8] |= 1 << (day % 8);
	if (!exec_to_exec && !(r->known & KNOWN_SENTIMENT))
		return;					/* the quarter is not needed (the calendar costs) */
	quarter = day_quarter_remembered(row_day) - g->first_quarter;
	if (exec_to_exec)
		SUMMARY_PART(s, g, exec_quarters, uint8)[quarter / 8] |= 1 << (quarter % 8);
	if (r->known & KNOWN_SENTIMENT)
	{
		int32	   *q = &SUMMARY_PART(s, g, sentiment, int32)[SENTIMENT_FIELDS * quarter];
		int32	   *sum = &q[r->sentiment < 0 ? SENTIMENT_BAD : SENTIMENT_GOOD];

		if (pg_add_s32_overflow(*sum, abs(r->sentiment), sum) ||
			pg_add_s32_overflow(q[SENTIMENT_RATED], 1, &q[SENTIMENT_RATED]))
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("contact_summary sentiment sum out of range"),
					 errdetail("The sentiment of one quarter adds up past the range of int4.")));
	}
}

/*
 * Where a row's person is in a set of hashes: its index, or one of these.
 * A full set takes any hash in place (a smaller one replaces the largest,
 * keeping the PEOPLE_CAP smallest), so it is searched only when the row is
 * added; a set that is not full takes only the hashes it holds.
 */
#define PERSON_ABSENT	(-1)	/* not in the set: the row does not fit */
#define PERSON_AT_CAP	(-2)	/* the set is full */
#define PERSON_UNKNOWN	(-3)	/* the row names no person of this side */

/*
 * The index of a hash in an ascending set, or PERSON_ABSENT.  The search
 * halves the range without a branch on the comparison, which is
 * unpredictable.
 */
static inline int
person_index(const uint64 *hashes, int n, uint64 h)
{
	int			at = 0;

	if (n == 0)
		return PERSON_ABSENT;
	while (n > 1)
	{
		int			half = n / 2;

		at = hashes[at + half] <= h ? at + half : at;
		n -= half;
	}
	return hashes[at] == h ? at : PERSON_ABSENT;
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
 * Keeps the PEOPLE_CAP smallest hashes of a full set, in order, with their
 * counts; a hash that comes in starts with none (the caller counts it).
 */
static void
person_into_full_set(uint64 *hashes, uint32 *counts, uint64 h)
{
	int			i;

	if (h >= hashes[PEOPLE_CAP - 1])
		return;
	for (i = 0; i < PEOPLE_CAP - 1; i++)
		if (hashes[i] == h)
			return;
	for (i = PEOPLE_CAP - 1; i > 0 && hashes[i - 1] > h; i--)
	{
		hashes[i] = hashes[i - 1];
		counts[i] = counts[i - 1];
	}
	hashes[i] = h;
	counts[i] = 0;
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

/* Counts one side's person of a row that fits, at its place. */
static pg_attribute_always_inline void
add_person(uint64 *hashes, uint32 *counts, uint64 h, int place)
{
	if (place == PERSON_UNKNOWN)
		return;
	if (place == PERSON_AT_CAP)
	{
		person_into_full_set(hashes, counts, h);
		place = person_index(hashes, PEOPLE_CAP, h);
		if (place == PERSON_ABSENT)
			return;				/* not among the PEOPLE_CAP smallest */
	}
	counts[place] = summary_add_person_counts(counts[place], 1);
}

/* Adds a row that fits (row_fits, which gave its places) in place. */
static pg_attribute_always_inline void
add_row_in_place(ContactSummary *s, const SummaryGeometry *g, const ContactRow *r,
				 const RowPlaces *places)
{
	add_person(SUMMARY_PART(s, g, vendor_people, uint64), SUMMARY_PART(s, g, vendor_counts, uint32),
			   r->vendor_person, places->vendor);
	add_person(SUMMARY_PART(s, g, customer_people, uint64), SUMMARY_PART(s, g, customer_counts, uint32),
			   r->customer_person, places->customer);
	add_row_counts(s, g, r, places->day);
}

/* ------------------------------------------------------ rows held back */

/*
 * A state holds rows back: after its summary (MAXALIGNed) it has room for
 * some ContactRows, and `n_held` counts those waiting there.  Most rows
 * only go there, touching two cache lines of the state; when the room is
 * full the rows are added together, so the state's other lines are read
 * once per batch rather than once per row, and a batch that brings new
 * people or days rebuilds the state once.  With rows interleaved across
 * many groups that is what costs (docs/decisions.md).  The room starts at
 * FIRST_HELD rows and grows fourfold at each batch up to MAX_HELD (each
 * growth is a rebuild), so small groups (a summary per account and day) stay
 * small.  Canonical summaries have no room; every reader of a summary gets
 * the canonical form (summary_canonical).  A trailer after the rows says
 * where they start and how many fit, so that holding a row back needs no
 * geometry; the HELD_STATE bit of `n_held` says that a value has one (a
 * canonical summary, say an aggregate's initial value, has not: its n_held
 * is 0).
 */
#define FIRST_HELD	2
#define MAX_HELD	32
#define HELD_STATE	0x80

StaticAssertDecl(MAX_HELD < HELD_STATE, "the count of held rows leaves the state bit alone");

typedef struct HeldTrailer
{
	uint32		rows_offset;	/* MAXALIGN of the summary's size */
	uint32		room;			/* rows that fit */
} HeldTrailer;

static HeldTrailer *
held_trailer(const ContactSummary *s)
{
	return (HeldTrailer *) ((char *) s + VARSIZE(s) - sizeof(HeldTrailer));
}

static int
held_room(const ContactSummary *s)
{
	return (s->n_held & HELD_STATE) ? held_trailer(s)->room : 0;
}

static int
held_count(const ContactSummary *s)
{
	return s->n_held & ~HELD_STATE;
}

/* the rows held back; only a state (HELD_STATE) has them */
static ContactRow *
held_rows(const ContactSummary *s)
{
	Assert(s->n_held & HELD_STATE);
	return (ContactRow *) ((char *) s + held_trailer(s)->rows_offset);
}

/* A copy of a summary (its core: nothing held back) with room for rows. */
static ContactSummary *
state_with_room(const ContactSummary *summary, int room)
{
	SummaryGeometry g = summary_geometry_of(summary);
	Size		size = MAXALIGN(g.size) + sizeof(ContactRow) * room + sizeof(HeldTrailer);
	ContactSummary *state = palloc0(size);
	HeldTrailer *trailer;

	StaticAssertStmt(sizeof(ContactRow) % MAXIMUM_ALIGNOF == 0, "rows keep the trailer aligned");
	memcpy(state, summary, g.size);
	SET_VARSIZE(state, size);
	state->n_held = HELD_STATE;
	trailer = held_trailer(state);
	trailer->rows_offset = MAXALIGN(g.size);
	trailer->room = room;
	return state;
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
	g = summary_geometry(n_vendor, n_customer, timestamp_day(first),
						 timestamp_day(last) - timestamp_day(first) + 1);
	frame = summary_allocate(&g);
	memcpy(SUMMARY_PART(frame, &g, vendor_people, uint64), vendor, sizeof(uint64) * n_vendor);
	memcpy(SUMMARY_PART(frame, &g, customer_people, uint64), customer, sizeof(uint64) * n_customer);
	frame->first_contact = first;
	frame->last_contact = last;
	return frame;
}

/*
 * The state with its held rows added, and room for `room` rows: in place
 * when they all fit and the room stays, else in a new state (one merge for
 * all the rows; they are read from the old state, which the caller or the
 * executor frees).
 */
static ContactSummary *
state_settled(ContactSummary *state, int room)
{
	SummaryGeometry g = summary_geometry_of(state);
	int			n = held_count(state);
	const ContactRow *rows = n > 0 ? held_rows(state) : NULL;
	RowPlaces	places[MAX_HELD];
	bool		fit = room == held_room(state);
	int			i;

	Assert(n <= held_room(state));
	for (i = 0; i < n && fit; i++)
		fit = row_fits(state, &g, &rows[i], &places[i]);
	if (fit)
		state->n_held = HELD_STATE;
	else if (n == 0)
		state = state_with_room(state, room);
	else
	{
		ContactSummary *frame = rows_frame(rows, n);
		ContactSummary *merged = summary_merge(state, frame, true);

		state = state_with_room(merged, room);
		pfree(frame);
		pfree(merged);
	}
	g = summary_geometry_of(state);
	for (i = 0; i < n; i++)
	{
		/* in a new state every row fits, in places of its own */
		if (!fit && !row_fits(state, &g, &rows[i], &places[i]))
			elog(ERROR, "contact_summary: a held row does not fit its merged state");
		add_row_in_place(state, &g, &rows[i], &places[i]);
	}
	return state;
}

/* The state with its held rows added, keeping its room. */
static ContactSummary *
state_flushed(ContactSummary *state)
{
	return state_settled(state, held_room(state));
}

/*
 * The state with the row added: held back; when the room is full, the held
 * rows are added first and the room grows.
 */
static ContactSummary *
summary_add_row(ContactSummary *state, const ContactRow *r)
{
	int			room;

	if (state == NULL)
	{
		ContactSummary *frame = rows_frame(r, 1);
		SummaryGeometry g;
		RowPlaces	places;

		state = state_with_room(frame, FIRST_HELD);
		pfree(frame);
		g = summary_geometry_of(state);
		if (!row_fits(state, &g, r, &places))
			elog(ERROR, "contact_summary: a row does not fit its own frame");
		add_row_in_place(state, &g, r, &places);
		return state;
	}
	room = held_room(state);
	if (held_count(state) == room)
		state = state_settled(state, Min(Max(4 * room, FIRST_HELD), MAX_HELD));
	held_rows(state)[held_count(state)] = *r;
	state->n_held++;
	return state;
}

/*
 * The canonical form of a summary: itself if it is, else (a state) its
 * held rows added and its span without slack, newly allocated.  Every
 * function that reads a contact_summary value goes through this, so a state
 * that escapes an aggregate (an aggregate declared by a user with our
 * transition function and no final function) reads right.
 */
ContactSummary *
summary_canonical(ContactSummary *s)
{
	ContactSummary *settled = s;

	if (VARSIZE(s) == summary_geometry_of(s).size && summary_is_tight(s))
		return s;
	if (held_count(s) > 0)
	{
		settled = palloc(VARSIZE(s));
		memcpy(settled, s, VARSIZE(s));
		settled = state_flushed(settled);
	}
	return summary_merge(settled, NULL, false);
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
	if (PG_NARGS() != 10 && PG_NARGS() != 5)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_FUNCTION_DEFINITION),
				 errmsg("contact_summary_transition takes a state and 9 or 4 arguments, not %d",
						PG_NARGS() - 1)));
	if (PG_ARGISNULL(1))
	{
		if (state == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(state);
	}
	row = PG_NARGS() == 10 ? read_row(fcinfo, true) : read_row(fcinfo, false);
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
	if (held_count(a) > 0)
		a = state_flushed(a);
	PG_RETURN_POINTER(summary_merge(a, b, true));
}

/*
 * Final function of the three aggregates: the canonical form of the state.
 * The state itself is not changed (window aggregates call this once per
 * row).
 */
PG_FUNCTION_INFO_V1(contact_summary_final);
Datum
contact_summary_final(PG_FUNCTION_ARGS)
{
	PG_RETURN_POINTER(summary_canonical((ContactSummary *) PG_GETARG_POINTER(0)));
}
