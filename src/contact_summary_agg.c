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

/* Adds a row that fits (row_fits, which gave its places) in place. */
static pg_attribute_always_inline void
add_row_in_place(ContactSummary *s, const SummaryGeometry *g, const ContactRow *r,
				 const RowPlaces *places)
{
	summary_count_person(SUMMARY_PART(s, g, vendor_people, uint64),
						 SUMMARY_PART(s, g, vendor_counts, uint32), r->vendor_person, places->vendor, 1);
	summary_count_person(SUMMARY_PART(s, g, customer_people, uint64),
						 SUMMARY_PART(s, g, customer_counts, uint32), r->customer_person, places->customer, 1);
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

/* Is a held row one that read_row could have made? */
static bool
held_row_valid(const ContactRow *r)
{
	return r->occurred_at >= CONTACT_TIME_MIN && r->occurred_at < CONTACT_TIME_END &&
		r->channel >= -1 && r->channel < N_CHANNELS &&
		r->vendor_level >= -1 && r->vendor_level < N_LEVELS &&
		r->customer_level >= -1 && r->customer_level < N_LEVELS &&
		r->customer_initiated >= -1 && r->customer_initiated <= 1 &&
		r->future_focused >= -1 && r->future_focused <= 1 &&
		r->sentiment >= -SENTIMENT_SCALE && r->sentiment <= SENTIMENT_SCALE &&
		(r->known & ~(KNOWN_VENDOR_PERSON | KNOWN_CUSTOMER_PERSON | KNOWN_SENTIMENT)) == 0;
}

/*
 * Checks a state that did not come from this aggregate (a parallel
 * worker's, in a tuple; or a value passed to the type's output): its
 * geometry, its span, its trailer and its held rows, before anything is
 * read by them, so that damaged bytes are refused rather than read out of
 * bounds.  Its content is checked once it is canonical.
 */
static void
state_check(const ContactSummary *s)
{
	Size		size = VARSIZE(s);
	SummaryGeometry g;
	const HeldTrailer *trailer;
	int			i;

	if (size < MAXALIGN(sizeof(ContactSummary)))
		summary_refuse(ERRCODE_DATA_CORRUPTED, "The value is shorter than the fixed header.");
	summary_check_extent(s->n_vendor_people, s->n_customer_people, s->first_contact, s->last_contact,
						 ERRCODE_DATA_CORRUPTED);
	/* a state's span may have slack around its contacts' days */
	if (s->n_days < 1 || s->n_days > MAX_SPAN_DAYS ||
		s->first_day < FIRST_CONTACT_DAY || s->first_day > LAST_CONTACT_DAY - s->n_days + 1 ||
		timestamp_day(s->first_contact) < s->first_day ||
		timestamp_day(s->last_contact) >= s->first_day + s->n_days)
		summary_refuse(ERRCODE_DATA_CORRUPTED, "The span of days does not hold the contacts.");
	g = summary_geometry(s->n_vendor_people, s->n_customer_people, s->first_day, s->n_days);
	if (s->first_quarter != g.first_quarter || s->n_quarters != g.n_quarters)
		summary_refuse(ERRCODE_DATA_CORRUPTED, "The quarters do not match the span of days.");
	if (!(s->n_held & HELD_STATE))
	{
		if (s->n_held != 0 || size != g.size)
			summary_refuse(ERRCODE_DATA_CORRUPTED,
						   "The length does not match the counts of people, days and quarters.");
		return;
	}
	trailer = held_trailer(s);
	if (size < MAXALIGN(g.size) + sizeof(HeldTrailer) || trailer->rows_offset != MAXALIGN(g.size) ||
		trailer->room > MAX_HELD || held_count(s) > (int) trailer->room ||
		size != MAXALIGN(g.size) + sizeof(ContactRow) * trailer->room + sizeof(HeldTrailer))
		summary_refuse(ERRCODE_DATA_CORRUPTED, "The room for held rows does not match the length.");
	for (i = 0; i < held_count(s); i++)
		if (!held_row_valid(&held_rows(s)[i]))
			summary_refuse(ERRCODE_DATA_CORRUPTED, "A held row is out of range.");
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

/*
 * A contact_summary that may be an aggregate's state, canonical and
 * checked: the output functions read partial states (Citus ships them as
 * text), and the combine function reads a parallel worker's.
 */
ContactSummary *
summary_read_state(Datum d, void *buffer, Size buffer_size)
{
	struct varlena *v = PG_DETOAST_DATUM_PACKED(d);
	ContactSummary *s;

	if (VARSIZE_ANY_EXHDR(v) < 1 || *(uint8 *) VARDATA_ANY(v) != SUMMARY_EXPANDED)
		return summary_expand(VARDATA_ANY(v), VARSIZE_ANY_EXHDR(v), buffer, buffer_size);
	/* aligned, with a 4-byte header, so that its fields can be read in place */
	s = palloc(VARSIZE_ANY_EXHDR(v) + VARHDRSZ);
	SET_VARSIZE(s, VARSIZE_ANY_EXHDR(v) + VARHDRSZ);
	memcpy(VARDATA(s), VARDATA_ANY(v), VARSIZE_ANY_EXHDR(v));
	state_check(s);
	s = summary_canonical(s);
	summary_validate(s, VARSIZE(s), ERRCODE_DATA_CORRUPTED);
	return s;
}

/*
 * The state argument of a support function called by an aggregate: its own
 * expanded state, or the aggregate's initial condition (made by the input
 * function, so stored), expanded here.
 */
static ContactSummary *
state_arg(FunctionCallInfo fcinfo, int argno)
{
	ContactSummary *state;

	if (PG_ARGISNULL(argno))
		return NULL;
	state = (ContactSummary *) PG_GETARG_POINTER(argno);
	if (unlikely(VARATT_IS_SHORT(state) || state->format != SUMMARY_EXPANDED))
		state = DatumGetContactSummary(PointerGetDatum(state));
	return state;
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
 * Where rollup expands its inputs: most are small (a day's contacts), and
 * expanding them into one buffer kept with the function saves an
 * allocation for each.  An input is read before the next one is expanded:
 * added to the state, merged into a new one, or copied by the executor.
 */
#define INPUT_BUFFER_SIZE	2048

static void *
input_buffer(FunctionCallInfo fcinfo)
{
	if (fcinfo->flinfo->fn_extra == NULL)
		fcinfo->flinfo->fn_extra = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, INPUT_BUFFER_SIZE);
	return fcinfo->flinfo->fn_extra;
}

/*
 * Combine function of both aggregates, and rollup's transition: the merge
 * of two summaries, in place when the second fits the state (rollup of
 * small summaries into a larger one), else into a new state.
 */
PG_FUNCTION_INFO_V1(contact_summary_combine);
Datum
contact_summary_combine(PG_FUNCTION_ARGS)
{
	ContactSummary *a;
	ContactSummary *b = NULL;

	check_aggregate_call(fcinfo, "contact_summary_combine");
	a = state_arg(fcinfo, 0);
	if (!PG_ARGISNULL(1))
		b = summary_read_state(PG_GETARG_DATUM(1), input_buffer(fcinfo), INPUT_BUFFER_SIZE);
	if (b == NULL)
	{
		if (a == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(a);
	}
	/* b is new (expanded) or the input's own: the executor copies it as the state */
	if (a == NULL)
		PG_RETURN_POINTER(b);
	if (held_count(a) > 0)
		a = state_flushed(a);
	if (summary_add_in_place(a, b))
		PG_RETURN_POINTER(a);
	PG_RETURN_POINTER(summary_merge(a, b, true));
}

/*
 * Final function of the three aggregates: the stored form of the state.
 * The state itself is not changed (window aggregates call this once per
 * row).  Called outside an aggregate, it checks its argument as output does.
 */
PG_FUNCTION_INFO_V1(contact_summary_final);
Datum
contact_summary_final(PG_FUNCTION_ARGS)
{
	if (!AggCheckCallContext(fcinfo, NULL))
		PG_RETURN_CONTACT_SUMMARY(summary_read_state(PG_GETARG_DATUM(0), NULL, 0));
	PG_RETURN_CONTACT_SUMMARY(summary_canonical(state_arg(fcinfo, 0)));
}
