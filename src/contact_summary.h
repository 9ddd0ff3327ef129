/*
 * contact_summary.h
 *		The contact_summary type: a bounded, mergeable, canonical summary of
 *		contacts between a vendor and a customer (DESIGN.md section 3).
 *
 * Layout (docs/contact_summary.md has the meaning of every field):
 *
 *	ContactSummary header (fixed size, 8-byte aligned)
 *	uint64	vendor_people[n_vendor_people]		sorted ascending, distinct
 *	uint64	customer_people[n_customer_people]	sorted ascending, distinct
 *	PersonTally vendor_tallies[n_vendor_people]	each vendor person's contacts,
 *												first and last day, level
 *	PersonTally customer_tallies[n_customer_people]
 *	int32	quarters[5 * n_quarters]			per quarter: positive sum, negative
 *												sum, contacts with a sentiment,
 *												contacts the customer started,
 *												contacts the vendor started
 *	uint8	active_days[(n_days + 7) / 8]		bit i: a contact on first_day + i
 *	uint8	exec_quarters[(n_quarters + 7) / 8]	bit i: an executive-to-executive
 *												meeting or call (face_to_face,
 *												video, phone) in first quarter + i
 *
 * A summary of stored format 1 (0.1.x) kept of its people only their
 * contacts, and of its quarters only their sentiment: read, it is not
 * `detailed`, its people's days and levels and its quarters' initiative are
 * zero, and so is the merge of it with any other.
 *
 * Everything is an integer, so merging is exact, associative and commutative;
 * every field is determined by the contacts, and unused bits are zero, so
 * equal content gives equal bytes (the canonical form).
 *
 * Copyright (c) 2026, the attune developers; PostgreSQL License (LICENSE).
 */
#ifndef CONTACT_SUMMARY_H
#define CONTACT_SUMMARY_H

#include "attune.h"

#include "common/int.h"
#include "datatype/timestamp.h"
#include "port/pg_bswap.h"

/* People are kept exactly up to this many per side, then estimated (KMV). */
#define PEOPLE_CAP			128

/* The longest span of days a summary covers: 100 years. */
#define MAX_SPAN_DAYS		36525
/* More calendar quarters than such a span touches. */
#define MAX_WINDOW_QUARTERS	(MAX_SPAN_DAYS / 91 + 2)

/* Sentiment is quantised to hundredths: -100..100 per contact. */
#define SENTIMENT_SCALE		100

/*
 * The int32s kept per quarter: the sentiment (good sum, bad sum, contacts
 * with a sentiment: all a summary of format 1 keeps), then who started the
 * contacts (the customer, the vendor).
 */
#define SENTIMENT_GOOD		0
#define SENTIMENT_BAD		1
#define SENTIMENT_RATED		2
#define SENTIMENT_FIELDS	3
#define QUARTER_CUSTOMER_STARTED 3
#define QUARTER_VENDOR_STARTED	4
#define QUARTER_FIELDS		5

/*
 * Contacts must fall in the years 1 to 9999 (the text form has 4-digit
 * years): the first and last day a summary can cover are 0001-01-01 (Julian
 * day 1721426) and 9999-12-31, in days since 2000-01-01; the times, in
 * microseconds since 2000-01-01, from the first day's start to the end of
 * the last.
 */
#define FIRST_CONTACT_DAY	(1721426 - POSTGRES_EPOCH_JDATE)
#define LAST_CONTACT_DAY	(5373484 - POSTGRES_EPOCH_JDATE)
#define CONTACT_TIME_MIN	((TimestampTz) FIRST_CONTACT_DAY * USECS_PER_DAY)
#define CONTACT_TIME_END	((TimestampTz) (LAST_CONTACT_DAY + 1) * USECS_PER_DAY)

/* a time a contact can have: in the years accepted */
static inline bool
contact_time_accepted(TimestampTz t)
{
	return t >= CONTACT_TIME_MIN && t < CONTACT_TIME_END;
}

#define N_CHANNELS			8
#define N_LEVELS			4

typedef struct ContactSummary
{
	int32		vl_len_;		/* varlena header (do not touch directly); an
								 * expanded summary lives in memory only */
	uint16		n_vendor_people;	/* hashes stored, <= PEOPLE_CAP */
	uint16		n_customer_people;	/* hashes stored, <= PEOPLE_CAP */
	uint16		n_quarters;		/* calendar quarters the span touches */
	bool		detailed;		/* people's days and levels and quarters'
								 * initiative kept (not of format 1) */
	int32		first_day;		/* UTC day of the first contact, days since 2000-01-01 */
	int32		n_days;			/* last day - first day + 1, 1..MAX_SPAN_DAYS */
	int32		first_quarter;	/* quarter of first_day: year * 4 + (month - 1) / 3 */
	int64		first_contact;	/* TimestampTz of the first contact */
	int64		last_contact;	/* TimestampTz of the last contact */
	int64		contacts;		/* rows summarised, >= 1 */
	int64		channels[N_CHANNELS];	/* contacts per channel */
	int64		vendor_levels[N_LEVELS];	/* contacts per vendor person's level */
	int64		customer_levels[N_LEVELS];	/* contacts per customer person's level */
	int64		customer_initiated;
	int64		vendor_initiated;
	int64		future_focused;
	int64		past_focused;
	int64		vendor_named;	/* contacts naming a vendor person (not
								 * detailed: the kept people's contacts) */
	int64		customer_named; /* the same on the customer's side */
} ContactSummary;

/*
 * What a summary keeps of each person it keeps: all of it when detailed,
 * else only the contacts (the rest zero).  Days are UTC days since
 * 2000-01-01; a person counted in a state before its first contact is
 * added has no days yet (PERSON_NO_FIRST, PERSON_NO_LAST).
 */
typedef struct PersonTally
{
	uint32		contacts;
	int32		first_day;
	int32		last_day;
	uint8		level;			/* the highest org_level's ordinal + 1; 0: none known */
} PersonTally;

#define PERSON_NO_FIRST		PG_INT32_MAX
#define PERSON_NO_LAST		PG_INT32_MIN

/* ------------------------------------- layout (contact_summary_layout.c) */

/* Geometry: where each variable part starts, and how long it is. */
typedef struct SummaryGeometry
{
	int			n_vendor_people;
	int			n_customer_people;
	int			first_day;
	int			n_days;
	int			first_quarter;
	int			n_quarters;
	Size		vendor_people;	/* offsets from the start of the summary */
	Size		customer_people;
	Size		vendor_tallies;
	Size		customer_tallies;
	Size		quarters;
	Size		active_days;
	Size		exec_quarters;
	Size		size;			/* total size */
} SummaryGeometry;

extern SummaryGeometry summary_geometry(int n_vendor_people, int n_customer_people,
										int first_day, int n_days);
/*
 * Offsets of the parts, from the counts and the spans of days and quarters;
 * inline, since it runs for every row.
 */
static inline SummaryGeometry
geometry_of_spans(int n_vendor_people, int n_customer_people, int first_day, int n_days,
				  int first_quarter, int n_quarters)
{
	SummaryGeometry g;

	g.n_vendor_people = n_vendor_people;
	g.n_customer_people = n_customer_people;
	g.first_day = first_day;
	g.n_days = n_days;
	g.first_quarter = first_quarter;
	g.n_quarters = n_quarters;
	g.vendor_people = MAXALIGN(sizeof(ContactSummary));
	g.customer_people = g.vendor_people + sizeof(uint64) * n_vendor_people;
	g.vendor_tallies = g.customer_people + sizeof(uint64) * n_customer_people;
	g.customer_tallies = g.vendor_tallies + sizeof(PersonTally) * n_vendor_people;
	g.quarters = g.customer_tallies + sizeof(PersonTally) * n_customer_people;
	g.active_days = g.quarters + sizeof(int32) * QUARTER_FIELDS * g.n_quarters;
	g.exec_quarters = g.active_days + (n_days + 7) / 8;
	g.size = g.exec_quarters + (g.n_quarters + 7) / 8;
	return g;
}

/* The geometry of an existing summary, from its header (no calendar work). */
static inline SummaryGeometry
summary_geometry_of(const ContactSummary *s)
{
	return geometry_of_spans(s->n_vendor_people, s->n_customer_people, s->first_day,
							 s->n_days, s->first_quarter, s->n_quarters);
}

extern SummaryGeometry summary_geometry_checked(int n_vendor, int n_customer, TimestampTz first,
												TimestampTz last, int sqlerrcode);
extern void summary_check_sizes(int n_vendor, int n_customer, TimestampTz first, TimestampTz last,
								int sqlerrcode);
extern ContactSummary *summary_allocate(const SummaryGeometry *g);
extern ContactSummary *summary_init(void *mem, const SummaryGeometry *g);
pg_noreturn extern void summary_refuse(int sqlerrcode, const char *detail);
extern bool summary_is_tight(const ContactSummary *s);

/* the variable parts of a summary */
#define SUMMARY_PART(s, g, part, type)	((type *) ((char *) (s) + (g)->part))

/* bit i of a bitmap */
static inline bool
summary_bit(const uint8 *bits, int i)
{
	return (bits[i / 8] >> (i % 8)) & 1;
}

extern int	summary_bits_set(const uint8 *bits, int nbits);

/*
 * Bits 64 * word .. 64 * word + 63 of a bitmap of nbits, bit i of the map as
 * bit i % 64 of the result; nothing past the map's last byte is read (the
 * bits after nbits in that byte are clear in a canonical map).  Inline: the
 * bitmap walks call it for every word, and a whole word is one load.
 */
static inline uint64
summary_bitmap_word(const uint8 *bits, int nbits, int word)
{
	int			nbytes = (nbits + 7) / 8;
	int			from = word * (int) sizeof(uint64);
	uint64		w = 0;

	if (from + (int) sizeof(uint64) <= nbytes)
		memcpy(&w, bits + from, sizeof(uint64));
	else if (from < nbytes)
		memcpy(&w, bits + from, nbytes - from);
#ifdef WORDS_BIGENDIAN
	w = pg_bswap64(w);
#endif
	return w;
}
extern bool summary_tail_bits_clear(const uint8 *bits, int nbits);
extern int	summary_bits_in_range(const uint8 *bits, int nbits, int from, int to);
extern int	summary_first_bit(const uint8 *bits, int from, int to);

/* calendar helpers, all in UTC; the first two run for every row */

/* a / b rounded down */
static inline int
floor_div(int64 a, int64 b)
{
	return (int) (a >= 0 ? a / b : -((-a + b - 1) / b));
}

/* UTC day of a timestamp, in days since 2000-01-01 */
static inline int
timestamp_day(TimestampTz t)
{
	return floor_div(t, USECS_PER_DAY);
}

/*
 * Calendar quarter of a day: year * 4 + (month - 1) / 3.  Integer arithmetic
 * on 400-year eras of 146097 days counted from a March 1st, so that the leap
 * day ends a year (the "civil from days" method), and no months: it agrees
 * with j2date on every day of the years 1 to 9999 and costs no call
 * (sql/contact_summary.sql checks it against PostgreSQL's calendar).
 */
static inline int
day_quarter(int day)
{
	int64		from_march = (int64) day + 730425;	/* days since 0000-03-01 */
	int			era = floor_div(from_march, 146097);
	int			day_of_era = (int) (from_march - (int64) era * 146097);
	int			year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 -
							   day_of_era / 146096) / 365;
	int			day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);

	/* from March 1st on, quarters start on days 31, 122, 214 and 306 (April 1st, ...) */
	return (year_of_era + era * 400) * 4 + (day_of_year >= 31) + (day_of_year >= 122) +
		(day_of_year >= 214) + (day_of_year >= 306);
}

/*
 * The calendar quarter of a day, remembered: working it out costs more than
 * the rest of a row's counting, and the contacts of a few years share a few
 * thousand days.  Direct-mapped by the day; an entry holds the day and the
 * quarter plus one (0: empty).
 */
#define QUARTERS_REMEMBERED 2048
extern uint64 summary_quarters_remembered[QUARTERS_REMEMBERED];

static inline int
day_quarter_remembered(int day)
{
	uint64	   *entry = &summary_quarters_remembered[day & (QUARTERS_REMEMBERED - 1)];

	if ((uint32) *entry == 0 || (int32) (*entry >> 32) != day)
		*entry = (uint64) (uint32) day << 32 | (uint32) (day_quarter(day) + 1);
	return (int) (uint32) *entry - 1;
}

/* The first day of a calendar quarter: the inverse of day_quarter's method. */
static inline int
quarter_first_day(int quarter)
{
	int			year = floor_div(quarter, 4);
	int			month = (quarter - 4 * year) * 3 + 1;
	int			year_from_march = year - (month <= 2);
	int			era = floor_div(year_from_march, 400);
	int			year_of_era = year_from_march - era * 400;
	int			day_of_year = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5;
	int			day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;

	return era * 146097 + day_of_era - 730425;
}

extern int	day_week(int day);
extern int	week_first_day(int week);

/* one side's people: ascending hashes and the tally of each */
typedef struct PeopleList
{
	const uint64 *hashes;
	const PersonTally *tallies;
	int			n;
} PeopleList;

static inline PeopleList
people_list(const ContactSummary *s, const SummaryGeometry *g, bool vendor)
{
	PeopleList	l;

	l.hashes = vendor ? SUMMARY_PART(s, g, vendor_people, uint64) : SUMMARY_PART(s, g, customer_people, uint64);
	l.tallies = vendor ? SUMMARY_PART(s, g, vendor_tallies, PersonTally)
		: SUMMARY_PART(s, g, customer_tallies, PersonTally);
	l.n = vendor ? g->n_vendor_people : g->n_customer_people;
	return l;
}

/* ------------------------------- stored form (contact_summary_stored.c) */

/*
 * Stored and expanded forms (contact_summary_stored.c).  Every function reads
 * the expanded, canonical form of its arguments and returns the stored form.
 */
typedef struct StoredHead
{
	bool		detailed;		/* format 2 */
	int			n_vendor;		/* people kept of each side */
	int			n_customer;
	int64		contacts;
	TimestampTz first_contact;
	TimestampTz last_contact;
} StoredHead;

extern struct varlena *summary_store(const ContactSummary *s);
extern void summary_stored_head(const char *data, Size len, StoredHead *head);

/* a figure of the header, in the order they are stored */
typedef enum HeadFigure
{
	HEAD_FIRST_CONTACT,
	HEAD_LAST_CONTACT,
	HEAD_CONTACTS
} HeadFigure;

extern int64 summary_read_head_figure(Datum d, HeadFigure figure);

/* The parts of a stored value a function may read alone, in stored order. */
typedef enum SummaryParts
{
	SUMMARY_PARTS_COUNTS,		/* the header and the counts */
	SUMMARY_PARTS_PEOPLE,		/* and the people's hashes and contacts */
	SUMMARY_PARTS_ALL
} SummaryParts;

extern ContactSummary *summary_read_parts(Datum d, SummaryParts parts);
extern ContactSummary *summary_read_into(Datum d, void *buffer, Size buffer_size);
extern struct varlena *summary_read_stored(Datum d);
extern void summary_check_content(const ContactSummary *s, int sqlerrcode);

#define DatumGetContactSummary(d)	summary_read_into(d, NULL, 0)
#define PG_GETARG_CONTACT_SUMMARY(n) summary_read_into(PG_GETARG_DATUM(n), NULL, 0)
#define PG_RETURN_CONTACT_SUMMARY(s) PG_RETURN_POINTER(summary_store(s))

/* -------------------------------------- merging (contact_summary_merge.c) */

/*
 * The merge of a and b, freshly allocated; b may be NULL.  room: leave slack
 * in the span (aggregate states); without it the result is canonical.
 */
extern ContactSummary *summary_merge(const ContactSummary *a, const ContactSummary *b, bool room);
extern void summary_check_span(int first, int last);
pg_noreturn extern void summary_person_count_overflow(void);

/*
 * A person's tally with another's of the same person added: contacts added
 * up (the transition adds 1 for every row), the earlier first day, the
 * later last, the higher level.
 */
static inline void
summary_add_tally(PersonTally *into, const PersonTally *add)
{
	if (unlikely(into->contacts > PG_UINT32_MAX - add->contacts))
		summary_person_count_overflow();
	into->contacts += add->contacts;
	into->first_day = Min(into->first_day, add->first_day);
	into->last_day = Max(into->last_day, add->last_day);
	into->level = Max(into->level, add->level);
}

/*
 * Where a person is in a side's set of hashes: its index, or one of these.
 * A full set takes any hash in place (a smaller one replaces the largest,
 * keeping the PEOPLE_CAP smallest), so it is searched only when the person
 * is counted; a set that is not full takes only the hashes it holds.
 */
#define PERSON_ABSENT	(-1)	/* not in the set: the contacts do not fit */
#define PERSON_AT_CAP	(-2)	/* the set is full */
#define PERSON_UNKNOWN	(-3)	/* no person of this side is named */

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

extern void summary_person_into_full_set(uint64 *hashes, PersonTally *tallies, uint64 h);

/* Adds a tally to a person at its place in a side's set (not PERSON_ABSENT). */
static pg_attribute_always_inline void
summary_tally_person(uint64 *hashes, PersonTally *tallies, uint64 h, int place, const PersonTally *add)
{
	if (place == PERSON_UNKNOWN)
		return;
	if (place == PERSON_AT_CAP)
	{
		summary_person_into_full_set(hashes, tallies, h);
		place = person_index(hashes, PEOPLE_CAP, h);
		if (place == PERSON_ABSENT)
			return;				/* not among the PEOPLE_CAP smallest */
	}
	summary_add_tally(&tallies[place], add);
}

extern bool summary_add_in_place(ContactSummary *dst, const ContactSummary *src);

/* ------------------------------------- people (contact_summary_people.c) */

extern double summary_person_gap(const PersonTally *person);
extern double summary_share_while_active(const ContactSummary *s, PeopleList side, int64 named, int i);

/* --------------------------- accessors (contact_summary_accessors.c) */

/*
 * Figures the risk model reads; NaN where the SQL accessor returns NULL.
 */
extern double summary_diamond_index(const ContactSummary *s);
extern bool summary_diamond_below(const ContactSummary *s, double bound);
extern double summary_exec_coverage(const ContactSummary *s);
extern double summary_future_share(const ContactSummary *s);
extern double summary_experience(const ContactSummary *s, TimestampTz as_of);
extern bool summary_people_known(const ContactSummary *s);
extern bool summary_levels_known(const ContactSummary *s);

/*
 * Windows of time ending with as_of (contact_summary_accessors.c): of days
 * ending with as_of's UTC day, or of calendar quarters ending with as_of's
 * quarter.  What lies after as_of's day or quarter is not counted.
 */
extern int	summary_contact_days(const ContactSummary *s, int as_of_day, int days);
extern double summary_usual_gap(const ContactSummary *s);
extern int	summary_exec_quarters(const ContactSummary *s, int as_of_quarter, int quarters);
extern uint64 summary_exec_recent(const ContactSummary *s, int as_of_quarter);

/* The sentiment of the contacts rated in a window of quarters. */
typedef struct SentimentWindow
{
	int64		rated;			/* contacts with a sentiment */
	double		mean;			/* their mean sentiment, -1..1; NaN when none */
} SentimentWindow;

extern SentimentWindow summary_sentiment(const ContactSummary *s, int as_of_quarter, int quarters);
extern void summary_started(const ContactSummary *s, int as_of_quarter, int quarters, int64 *customer,
							int64 *vendor);

/* The person who takes part in most of one side's contacts. */
typedef struct LeadPerson
{
	int64		side_contacts;	/* contacts of the side's people kept */
	double		share;			/* the lead person's share of them; NaN when none */
} LeadPerson;

extern LeadPerson summary_lead_person(const ContactSummary *s, bool vendor, int since_day);

#endif							/* CONTACT_SUMMARY_H */
