/*
 * contact_summary_stored.c
 *		The stored form of contact_summary: what a table, an index, a dump's
 *		binary copy of a datum and every function result hold.
 *
 * Functions work on the expanded form (contact_summary.h): fixed fields and
 * arrays to index.  Values are stored compact and portable, and expanded
 * when read.  Format 2 (from 0.2.0) keeps each person's days and level and
 * each quarter's initiative; a summary without them (one of format 1, the
 * 0.1.x releases', or a merge with one) is stored in format 1, as 0.1.x
 * stored it, so that every content has one stored form:
 *
 *	byte		format: STORED_FORMAT_1 or STORED_FORMAT_2
 *	byte		people kept of the vendor's side (0..128)
 *	byte		people kept of the customer's side (0..128)
 *	8 bytes		first contact: int64 microseconds since 2000-01-01 UTC, little-endian
 *	varint		last contact - first contact
 *	varint		contacts
 *	3 bytes		presence: bit i (bit i % 8 of byte i / 8) set when count i is not
 *				zero, the counts being the channels (8), the vendor's levels (4),
 *				the customer's levels (4), customer- and vendor-initiated, future-
 *				and past-focused (20 in all), and in format 2 the contacts naming a
 *				vendor person and a customer person (22)
 *	varint...	the counts present, in that order
 *	8 bytes...	the vendor's hashes, then the customer's, ascending, little-endian
 *	varint...	the vendor's people's contacts, then the customer's
 *	format 2, for a span of more than a day, per person (vendor's first):
 *	varint		the first day of contact, from the summary's first day
 *	varint		the last day of contact, from the person's first
 *	format 2	per person, a nibble (low first): the highest level, 0 if none
 *	per quarter	varint rated contacts, and when not 0: varint good sum, varint bad
 *				sum; format 2: varint contacts the customer started, varint those
 *				the vendor started
 *	bytes		the active days' bitmap, only for a span of more than two days (in one
 *				or two days every day has a contact)
 *	bytes		the executive quarters' bitmap
 *
 * Varints are unsigned LEB128 (7 bits a byte, lowest first) in their
 * shortest form.  The span of days and quarters follows from first and last
 * contact.  Every part is determined by the content and written in one way,
 * so equal content gives equal bytes: equality and hashing compare the
 * stored bytes, and they are the same on every platform.
 *
 * A value read is checked in one pass: its structure (lengths, ranges, the
 * shortest form of every number) and the rules its content keeps, each as
 * its part is read.  Damaged storage is refused with XX001, never read out
 * of bounds; what is read is a summary text input would accept (text input
 * and binary receive check their values by this same reading).
 *
 * Copyright (c) 2026, the attune developers; PostgreSQL License (LICENSE).
 */
#include "contact_summary.h"

#include "port/pg_bitutils.h"
#include "port/pg_bswap.h"

#define STORED_FORMAT_1		1
#define STORED_FORMAT_2		2
#define STORED_COUNTS_1		20	/* channels .. past_focused */
#define STORED_COUNTS_2		22	/* channels .. customer_named */
#define PRESENCE_BYTES		3
StaticAssertDecl(PRESENCE_BYTES * 8 >= STORED_COUNTS_2, "a presence bit for every count");
#define VARINT_MAX_BYTES	10

StaticAssertDecl(offsetof(ContactSummary, customer_named) - offsetof(ContactSummary, channels) ==
				 (STORED_COUNTS_2 - 1) * sizeof(int64), "the counts stored are contiguous int64s");

/* the counts from channels on, as one array */
#define STORED_COUNT_ARRAY(s)	((int64 *) ((char *) (s) + offsetof(ContactSummary, channels)))

/* the people of both sides, vendor's first, as one array of each part */
#define ALL_HASHES(s, g)	SUMMARY_PART(s, g, vendor_people, uint64)
#define ALL_TALLIES(s, g)	SUMMARY_PART(s, g, vendor_tallies, PersonTally)

/* -------------------------------------------------------------- writing */

static inline uint8 *
put_varint(uint8 *p, uint64 v)
{
	while (v >= 0x80)
	{
		*p++ = (uint8) (v | 0x80);
		v >>= 7;
	}
	*p++ = (uint8) v;
	return p;
}

static inline uint8 *
put_uint64_le(uint8 *p, uint64 v)
{
#ifdef WORDS_BIGENDIAN
	v = pg_bswap64(v);
#endif
	memcpy(p, &v, sizeof(v));
	return p + sizeof(v);
}

/* The most bytes a value of this geometry can take, header included. */
static Size
stored_bound(const SummaryGeometry *g)
{
	int			people = g->n_vendor_people + g->n_customer_people;

	return VARHDRSZ + 3 + 8 + 2 * VARINT_MAX_BYTES + PRESENCE_BYTES +
		STORED_COUNTS_2 * VARINT_MAX_BYTES + people * (8 + 3 * 5 + 1) +
		g->n_quarters * 5 * 5 + (g->n_days + 7) / 8 + (g->n_quarters + 7) / 8;
}

/* Format 2's people's days (for a span of more than a day) and levels. */
static uint8 *
put_people_detail(uint8 *p, const ContactSummary *s, const SummaryGeometry *g)
{
	const PersonTally *tallies = ALL_TALLIES(s, g);
	int			people = g->n_vendor_people + g->n_customer_people;
	int			i;

	if (g->n_days > 1)
		for (i = 0; i < people; i++)
		{
			p = put_varint(p, (uint64) (tallies[i].first_day - g->first_day));
			p = put_varint(p, (uint64) (tallies[i].last_day - tallies[i].first_day));
		}
	memset(p, 0, (people + 1) / 2);
	for (i = 0; i < people; i++)
		p[i / 2] |= (uint8) (tallies[i].level << (4 * (i % 2)));
	return p + (people + 1) / 2;
}

/* The quarters' figures: the sentiment, and in format 2 who started the contacts. */
static uint8 *
put_quarters(uint8 *p, const ContactSummary *s, const SummaryGeometry *g)
{
	const int32 *quarters = SUMMARY_PART(s, g, quarters, int32);
	int			i;

	for (i = 0; i < g->n_quarters; i++)
	{
		const int32 *q = &quarters[QUARTER_FIELDS * i];

		p = put_varint(p, (uint64) q[SENTIMENT_RATED]);
		if (q[SENTIMENT_RATED] != 0)
		{
			p = put_varint(p, (uint64) q[SENTIMENT_GOOD]);
			p = put_varint(p, (uint64) q[SENTIMENT_BAD]);
		}
		if (s->detailed)
		{
			p = put_varint(p, (uint64) q[QUARTER_CUSTOMER_STARTED]);
			p = put_varint(p, (uint64) q[QUARTER_VENDOR_STARTED]);
		}
	}
	return p;
}

/* The stored form of a canonical summary, newly allocated. */
struct varlena *
summary_store(const ContactSummary *s)
{
	SummaryGeometry g = summary_geometry_of(s);
	const uint64 *hashes = ALL_HASHES(s, &g);
	const PersonTally *tallies = ALL_TALLIES(s, &g);
	const int64 *counts = STORED_COUNT_ARRAY(s);
	int			n_counts = s->detailed ? STORED_COUNTS_2 : STORED_COUNTS_1;
	int			people = g.n_vendor_people + g.n_customer_people;
	struct varlena *stored = palloc(stored_bound(&g));
	uint8	   *start = (uint8 *) VARDATA(stored);
	uint8	   *p = start;
	uint8	   *presence;
	int			i;

	Assert(summary_is_tight(s));
	*p++ = s->detailed ? STORED_FORMAT_2 : STORED_FORMAT_1;
	*p++ = (uint8) g.n_vendor_people;
	*p++ = (uint8) g.n_customer_people;
	p = put_uint64_le(p, (uint64) s->first_contact);
	p = put_varint(p, (uint64) (s->last_contact - s->first_contact));
	p = put_varint(p, (uint64) s->contacts);
	presence = p;
	memset(presence, 0, PRESENCE_BYTES);
	p += PRESENCE_BYTES;
	for (i = 0; i < n_counts; i++)
		if (counts[i] != 0)
		{
			presence[i / 8] |= 1 << (i % 8);
			p = put_varint(p, (uint64) counts[i]);
		}
	for (i = 0; i < people; i++)
		p = put_uint64_le(p, hashes[i]);
	for (i = 0; i < people; i++)
		p = put_varint(p, tallies[i].contacts);
	if (s->detailed)
		p = put_people_detail(p, s, &g);
	p = put_quarters(p, s, &g);
	if (g.n_days > 2)
	{
		memcpy(p, (const char *) s + g.active_days, (g.n_days + 7) / 8);
		p += (g.n_days + 7) / 8;
	}
	memcpy(p, (const char *) s + g.exec_quarters, (g.n_quarters + 7) / 8);
	p += (g.n_quarters + 7) / 8;
	SET_VARSIZE(stored, VARHDRSZ + (p - start));
	return stored;
}

/* -------------------------------------------------------------- reading */

/*
 * A stored value being read.  code: the SQLSTATE of a value refused (XX001
 * for a value read from storage; 22P02 or 22P03 when text input or binary
 * receive check the value they made by reading it back).
 */
typedef struct StoredReader
{
	const uint8 *p;
	const uint8 *end;
	int			code;
} StoredReader;

static void
refused(const StoredReader *r, const char *detail)
{
	summary_refuse(r->code, detail);
}

static void
need_bytes(const StoredReader *r, Size n)
{
	if ((Size) (r->end - r->p) < n)
		refused(r, "The value ends before its last part.");
}

/*
 * A varint of up to 8 bytes read from a word: the first byte whose top bit
 * is clear ends it.  Returns false, reading nothing, if fewer than 8 bytes
 * remain or none of the 8 ends it.
 */
static pg_attribute_always_inline bool
get_varint_from_word(StoredReader *r, uint64 *value)
{
	uint64		word;
	uint64		ends;
	int			top;
	uint64		v;

	if (r->end - r->p < (ptrdiff_t) sizeof(word))
		return false;
	memcpy(&word, r->p, sizeof(word));
#ifdef WORDS_BIGENDIAN
	word = pg_bswap64(word);
#endif
	ends = ~word & UINT64CONST(0x8080808080808080);
	if (ends == 0)
		return false;
	/* the last byte's top bit, and the number's bytes up to it */
	top = pg_rightmost_one_pos64(ends);
	word &= ends ^ (ends - 1);
	if (top > 7 && (word >> (top - 7)) == 0)
		refused(r, "A number is not in its shortest form.");
	/* the bytes' low 7 bits, packed: pairs, then fours, then all eight */
	v = word & UINT64CONST(0x7F7F7F7F7F7F7F7F);
	v = ((v & UINT64CONST(0x7F007F007F007F00)) >> 1) | (v & UINT64CONST(0x007F007F007F007F));
	v = ((v & UINT64CONST(0x3FFF00003FFF0000)) >> 2) | (v & UINT64CONST(0x00003FFF00003FFF));
	v = ((v & UINT64CONST(0x0FFFFFFF00000000)) >> 4) | (v & UINT64CONST(0x000000000FFFFFFF));
	r->p += (top + 1) / 8;
	*value = v;
	return true;
}

static uint64
get_varint_slow(StoredReader *r)
{
	uint64		v = 0;
	int			shift;

	for (shift = 0; shift < 64; shift += 7)
	{
		uint8		b;

		need_bytes(r, 1);
		b = *r->p++;
		if (shift == 63 && b > 1)
			break;
		v |= (uint64) (b & 0x7F) << shift;
		if (!(b & 0x80))
		{
			if (b == 0 && shift > 0)
				refused(r, "A number is not in its shortest form.");
			return v;
		}
	}
	refused(r, "A number is longer than 64 bits.");
	return 0;					/* not reached */
}

/* a varint no greater than max; up to 8 bytes inline */
static pg_attribute_always_inline uint64
get_varint(StoredReader *r, uint64 max)
{
	uint64		v;

	if (likely(r->end - r->p >= 2 && r->p[0] < 0x80))
		v = *r->p++;
	else if (r->end - r->p >= 2 && r->p[1] < 0x80 && r->p[1] != 0)
	{
		v = (r->p[0] & 0x7F) | (uint64) r->p[1] << 7;
		r->p += 2;
	}
	else if (!get_varint_from_word(r, &v))
		v = get_varint_slow(r);
	if (unlikely(v > max))
		refused(r, "A number is out of range.");
	return v;
}

static inline uint64
get_uint64_le(StoredReader *r)
{
	uint64		v;

	need_bytes(r, sizeof(v));
	memcpy(&v, r->p, sizeof(v));
	r->p += sizeof(v);
#ifdef WORDS_BIGENDIAN
	v = pg_bswap64(v);
#endif
	return v;
}

static void
get_bytes(StoredReader *r, void *dst, Size n)
{
	need_bytes(r, n);
	memcpy(dst, r->p, n);
	r->p += n;
}

/*
 * The rules a summary's content keeps (text input and binary receive check
 * them by reading a value back from its stored form, so these are the only
 * copy): each is checked as the part it governs is read, so reading costs
 * one pass.
 */

/*
 * the group of each count: channels, two sides' levels, initiative, focus,
 * and the contacts naming a person of either side
 */
static const uint8 count_group[STORED_COUNTS_2] = {
	0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 4, 4, 5, 6
};

/*
 * The counts present (of the n a format stores), read into channels on;
 * each group adds up to at most the contacts.
 */
static void
get_counts(StoredReader *r, ContactSummary *s, int n)
{
	uint8		presence[PRESENCE_BYTES];
	uint32		present;
	int64	   *counts = STORED_COUNT_ARRAY(s);
	uint64		group_sum[7] = {0};

	get_bytes(r, presence, PRESENCE_BYTES);
	present = presence[0] | (uint32) presence[1] << 8 | (uint32) presence[2] << 16;
	if (present >> n != 0)
		refused(r, "Unknown counts are marked present.");
	/* the counts present, lowest first: a few of them */
	while (present != 0)
	{
		int			i = pg_rightmost_one_pos32(present);
		uint64	   *sum = &group_sum[count_group[i]];
		uint64		v;

		present &= present - 1;
		v = get_varint(r, PG_INT64_MAX);
		if (v == 0)
			refused(r, "A count marked present is zero.");
		if (v > (uint64) s->contacts - *sum)
			refused(r, "Counts add up to more than the contacts.");
		*sum += v;
		counts[i] = (int64) v;
	}
}

/* One side's people's hashes: distinct and ascending. */
static void
get_hashes(StoredReader *r, uint64 *hashes, int n)
{
	int			i;

	need_bytes(r, sizeof(uint64) * n);
	memcpy(hashes, r->p, sizeof(uint64) * n);
	r->p += sizeof(uint64) * n;
	for (i = 0; i < n; i++)
	{
#ifdef WORDS_BIGENDIAN
		hashes[i] = pg_bswap64(hashes[i]);
#endif
		if (i > 0 && hashes[i - 1] >= hashes[i])
			refused(r, "People hashes are not distinct and ascending.");
	}
}

/*
 * One side's people's contacts: at least one each, and at most the contacts
 * together (a contact names at most one person a side); their sum.
 */
static int64
get_person_contacts(StoredReader *r, PersonTally *tallies, int n, int64 contacts)
{
	uint64		sum = 0;
	int			i;

	for (i = 0; i < n; i++)
	{
		tallies[i].contacts = (uint32) get_varint(r, PG_UINT32_MAX);
		if (tallies[i].contacts == 0)
			refused(r, "A person is kept with no contact.");
		sum += tallies[i].contacts;
	}
	if (sum > (uint64) contacts)
		refused(r, "The contacts of a side's people add up to more than the contacts.");
	return (int64) sum;
}

/*
 * The contacts naming a person of one side: all of them itemised while the
 * side's set is not full (no person was ever left out), at least those
 * itemised when it is.  Of format 1, which does not store them, those
 * itemised.
 */
static void
check_named(StoredReader *r, int64 *named, int64 itemised, int n_people, bool stored)
{
	if (!stored)
		*named = itemised;
	else if (*named < itemised || (n_people < PEOPLE_CAP && *named != itemised))
		refused(r, "The contacts naming a person do not match the people's contacts.");
}

/*
 * Format 2's people's days, each within the span and one day for one
 * contact (a span of one day stores none: every day is it), and their
 * levels, each one the side's contacts have.  Whether those days have
 * contacts is checked with the day bitmap (check_people_days).
 */
static void
get_people_detail(StoredReader *r, ContactSummary *s, const SummaryGeometry *g)
{
	PersonTally *tallies = ALL_TALLIES(s, g);
	int			people = g->n_vendor_people + g->n_customer_people;
	int			i;

	for (i = 0; i < people; i++)
	{
		if (g->n_days > 1)
		{
			int			first = (int) get_varint(r, g->n_days - 1);
			int			span = (int) get_varint(r, g->n_days - 1 - first);

			if (span > 0 && tallies[i].contacts == 1)
				refused(r, "A person of one contact has days of contact that differ.");
			tallies[i].first_day = g->first_day + first;
			tallies[i].last_day = g->first_day + first + span;
		}
		else
			tallies[i].first_day = tallies[i].last_day = g->first_day;
	}
	need_bytes(r, (people + 1) / 2);
	for (i = 0; i < people; i++)
	{
		int			level = (r->p[i / 2] >> (4 * (i % 2))) & 0x0F;
		const int64 *side_levels = i < g->n_vendor_people ? s->vendor_levels : s->customer_levels;

		if (level > N_LEVELS || (level > 0 && side_levels[level - 1] == 0))
			refused(r, "A person's level is not one that the side's contacts have.");
		tallies[i].level = (uint8) level;
	}
	if (people % 2 == 1 && (r->p[people / 2] >> 4) != 0)
		refused(r, "The levels' last byte has bits past the last person.");
	r->p += (people + 1) / 2;
}

/*
 * The quarters' figures: sentiment sums within what the rated contacts
 * hold, no more rated than contacts; in format 2, the contacts each side
 * started, adding up to the summary's.
 */
static void
get_quarters(StoredReader *r, ContactSummary *s, const SummaryGeometry *g)
{
	int32	   *quarters = SUMMARY_PART(s, g, quarters, int32);
	uint64		rated = 0,
				customer_started = 0,
				vendor_started = 0;
	int			i;

	for (i = 0; i < g->n_quarters; i++)
	{
		int32	   *q = &quarters[QUARTER_FIELDS * i];

		q[SENTIMENT_RATED] = (int32) get_varint(r, PG_INT32_MAX);
		if (q[SENTIMENT_RATED] != 0)
		{
			rated += q[SENTIMENT_RATED];
			q[SENTIMENT_GOOD] = (int32) get_varint(r, PG_INT32_MAX);
			q[SENTIMENT_BAD] = (int32) get_varint(r, PG_INT32_MAX);
			if ((int64) q[SENTIMENT_GOOD] + q[SENTIMENT_BAD] > (int64) SENTIMENT_SCALE * q[SENTIMENT_RATED])
				refused(r, "Sentiment sums exceed what the rated contacts can hold.");
		}
		if (s->detailed)
		{
			q[QUARTER_CUSTOMER_STARTED] = (int32) get_varint(r, PG_INT32_MAX);
			q[QUARTER_VENDOR_STARTED] = (int32) get_varint(r, PG_INT32_MAX);
			customer_started += q[QUARTER_CUSTOMER_STARTED];
			vendor_started += q[QUARTER_VENDOR_STARTED];
		}
	}
	if (rated > (uint64) s->contacts)
		refused(r, "More contacts with a sentiment than contacts.");
	if (s->detailed && (customer_started != (uint64) s->customer_initiated ||
						vendor_started != (uint64) s->vendor_initiated))
		refused(r, "The quarters' contacts started by each side do not add up to the summary's.");
}

/*
 * What happens in a quarter needs a contact in it: a quarter with rated
 * contacts, contacts started by either side or an executive meeting has a
 * day with a contact.  Each quarter's first day is worked out once, as the
 * end of the one before.
 */
static void
check_quarters_have_contacts(StoredReader *r, const ContactSummary *s, const SummaryGeometry *g)
{
	const int32 *quarters = SUMMARY_PART(s, g, quarters, int32);
	const uint8 *days = SUMMARY_PART(s, g, active_days, uint8);
	const uint8 *execs = SUMMARY_PART(s, g, exec_quarters, uint8);
	int			from = 0;		/* the quarter's first day in the span */
	int			i;

	for (i = 0; i < g->n_quarters; i++)
	{
		const int32 *q = &quarters[QUARTER_FIELDS * i];
		int			next = quarter_first_day(g->first_quarter + i + 1) - g->first_day;

		if ((q[SENTIMENT_RATED] > 0 || q[QUARTER_CUSTOMER_STARTED] > 0 || q[QUARTER_VENDOR_STARTED] > 0 ||
			 summary_bit(execs, i)) &&
			summary_first_bit(days, from, Min(next, g->n_days) - 1) < 0)
			refused(r, "A quarter with rated contacts, contacts started or an executive meeting has no day with a contact.");
		from = next;
	}
}

/* Format 2: each person's first and last day of contact are days with contacts. */
static void
check_people_days(StoredReader *r, const ContactSummary *s, const SummaryGeometry *g)
{
	const PersonTally *tallies = ALL_TALLIES(s, g);
	const uint8 *days = SUMMARY_PART(s, g, active_days, uint8);
	int			i;

	for (i = 0; i < g->n_vendor_people + g->n_customer_people; i++)
		if (!summary_bit(days, tallies[i].first_day - g->first_day) ||
			!summary_bit(days, tallies[i].last_day - g->first_day))
			refused(r, "A person's first or last day of contact is a day without contacts.");
}

/*
 * The bitmaps: the span's first and last days have contacts, no more days
 * than contacts, no more executive quarters than meetings or calls between
 * executives can make (each needs an executive on both sides and a face to
 * face meeting, a video or a phone call), and no bit past either map's end.
 * A span of one or two days stores no day bitmap: every day of it has a
 * contact (two days take two contacts, get_head checks), so every quarter
 * and every person's days have one too, and only the executive quarters are
 * left to check (a summary of a day, as per-day tables keep, is read so).
 */
static void
get_bitmaps(StoredReader *r, ContactSummary *s, const SummaryGeometry *g)
{
	uint8	   *days = SUMMARY_PART(s, g, active_days, uint8);
	uint8	   *execs = SUMMARY_PART(s, g, exec_quarters, uint8);
	int64		spoken = s->channels[CONTACT_CHANNEL_FACE_TO_FACE] + s->channels[CONTACT_CHANNEL_VIDEO] +
		s->channels[CONTACT_CHANNEL_PHONE];

	if (g->n_days > 2)
	{
		get_bytes(r, days, (g->n_days + 7) / 8);
		if (!summary_bit(days, 0) || !summary_bit(days, g->n_days - 1) ||
			!summary_tail_bits_clear(days, g->n_days) || summary_bits_set(days, g->n_days) > s->contacts)
			refused(r, "Active days do not match the span and the contacts.");
	}
	else
		days[0] = g->n_days == 1 ? 0x01 : 0x03;
	get_bytes(r, execs, (g->n_quarters + 7) / 8);
	if (!summary_tail_bits_clear(execs, g->n_quarters) ||
		summary_bits_set(execs, g->n_quarters) > Min(Min(s->vendor_levels[ORG_LEVEL_EXECUTIVE],
														 s->customer_levels[ORG_LEVEL_EXECUTIVE]),
													 spoken))
		refused(r, "Executive quarters do not match the executive contacts.");
	if (g->n_days <= 2)
		return;
	check_quarters_have_contacts(r, s, g);
	if (s->detailed)
		check_people_days(r, s, g);
}

/* The format, the people kept of each side and the first contact, unchecked. */
static pg_attribute_always_inline void
get_head_start(StoredReader *r, StoredHead *head)
{
	if (r->p == r->end || (r->p[0] != STORED_FORMAT_1 && r->p[0] != STORED_FORMAT_2))
		refused(r, "Unknown format.");
	need_bytes(r, 3);
	head->detailed = r->p[0] == STORED_FORMAT_2;
	head->n_vendor = r->p[1];
	head->n_customer = r->p[2];
	r->p += 3;
	head->first_contact = (TimestampTz) get_uint64_le(r);
}

/* The header's contacts: at least one. */
static pg_attribute_always_inline int64
get_contacts(StoredReader *r)
{
	int64		contacts = (int64) get_varint(r, PG_INT64_MAX);

	if (contacts < 1)
		refused(r, "A summary holds at least one contact.");
	return contacts;
}

/*
 * The header: format, people kept, first and last contact, contacts, each
 * checked as read (what sizes the rest, as summary_check_sizes checks it).
 */
static pg_attribute_always_inline void
get_head(StoredReader *r, StoredHead *head)
{
	uint64		span;

	get_head_start(r, head);
	span = get_varint(r, PG_INT64_MAX);
	head->contacts = get_contacts(r);
	if (head->contacts == 1 && span != 0)
		refused(r, "A summary of one contact has one time: its first and last contact differ.");
	if (pg_add_s64_overflow(head->first_contact, (int64) span, &head->last_contact))
		refused(r, "First and last contact are out of order or out of range.");
	summary_check_sizes(head->n_vendor, head->n_customer, head->first_contact, head->last_contact, r->code);
}

/*
 * The expanded form of the parts asked for (SUMMARY_PARTS_ALL: every part,
 * and nothing after the last); the parts after those are left unread and
 * zero.
 */
static ContactSummary *
expand(StoredReader *r, void *buffer, Size buffer_size, SummaryParts parts)
{
	StoredHead	head;
	int			n_vendor,
				n_customer,
				first_day;
	bool		detailed;
	int64		contacts,
				vendor_itemised,
				customer_itemised;
	SummaryGeometry g;
	ContactSummary *s;

	get_head(r, &head);
	n_vendor = head.n_vendor;
	n_customer = head.n_customer;
	detailed = head.detailed;
	contacts = head.contacts;
	first_day = timestamp_day(head.first_contact);
	g = summary_geometry(n_vendor, n_customer, first_day, timestamp_day(head.last_contact) - first_day + 1);
	s = g.size <= buffer_size ? summary_init(buffer, &g) : summary_allocate(&g);

	s->detailed = detailed;
	s->first_contact = head.first_contact;
	s->last_contact = head.last_contact;
	s->contacts = contacts;
	get_counts(r, s, detailed ? STORED_COUNTS_2 : STORED_COUNTS_1);
	if (parts == SUMMARY_PARTS_COUNTS)
		return s;
	get_hashes(r, SUMMARY_PART(s, &g, vendor_people, uint64), n_vendor);
	get_hashes(r, SUMMARY_PART(s, &g, customer_people, uint64), n_customer);
	vendor_itemised = get_person_contacts(r, SUMMARY_PART(s, &g, vendor_tallies, PersonTally), n_vendor,
										  contacts);
	customer_itemised = get_person_contacts(r, SUMMARY_PART(s, &g, customer_tallies, PersonTally),
											n_customer, contacts);
	check_named(r, &s->vendor_named, vendor_itemised, n_vendor, detailed);
	check_named(r, &s->customer_named, customer_itemised, n_customer, detailed);
	if (parts == SUMMARY_PARTS_PEOPLE)
		return s;
	if (detailed)
		get_people_detail(r, s, &g);
	get_quarters(r, s, &g);
	get_bitmaps(r, s, &g);
	if (r->p != r->end)
		refused(r, "The value has bytes after its last part.");
	return s;
}

/*
 * Checks the content of an expanded summary made from outside (text or
 * binary input) by storing it and reading it back: the rules are the reader's.
 * Refused with sqlerrcode.  What the stored form cannot hold or leaves out
 * must have been checked first (contact_summary_io.c does).
 */
void
summary_check_content(const ContactSummary *s, int sqlerrcode)
{
	struct varlena *stored = summary_store(s);
	StoredReader r = {(const uint8 *) VARDATA(stored), (const uint8 *) stored + VARSIZE(stored), sqlerrcode};

	pfree(expand(&r, NULL, 0, SUMMARY_PARTS_ALL));
	pfree(stored);
}

/* The first fields of a stored value, for ordering without expanding it. */
void
summary_stored_head(const char *data, Size len, StoredHead *head)
{
	StoredReader r = {(const uint8 *) data, (const uint8 *) data + len, ERRCODE_DATA_CORRUPTED};

	get_head(&r, head);
}

/* the most bytes a header takes, and the counts after it */
#define STORED_HEAD_MAX_BYTES	(3 + 8 + 2 * VARINT_MAX_BYTES)
#define STORED_COUNTS_MAX_BYTES	(STORED_HEAD_MAX_BYTES + PRESENCE_BYTES + STORED_COUNTS_2 * VARINT_MAX_BYTES)

/*
 * A reader of a contact_summary datum's stored bytes, as storage holds them.
 * Of a compressed or out-of-line value, with a prefix only its first prefix
 * bytes are fetched (decompressing no further), without one the whole value
 * (flattened, if it is an aggregate's working state).
 */
static pg_attribute_always_inline void
datum_reader(Datum d, Size prefix, StoredReader *r)
{
	struct varlena *v = (struct varlena *) DatumGetPointer(d);

	if (VARATT_IS_EXTERNAL(v) || VARATT_IS_COMPRESSED(v))
		v = prefix > 0 ? PG_DETOAST_DATUM_SLICE(d, 0, prefix) : PG_DETOAST_DATUM_PACKED(d);
	r->p = (const uint8 *) VARDATA_ANY(v);
	r->end = r->p + VARSIZE_ANY_EXHDR(v);
	r->code = ERRCODE_DATA_CORRUPTED;
}

/*
 * One figure of a contact_summary datum's header, read alone: the bytes up
 * to it are read, and only it is checked (a value damaged elsewhere is
 * refused by the functions that read that part).  Of a value compressed or
 * out of line only its first bytes are fetched, decompressing no further.
 */
int64
summary_read_head_figure(Datum d, HeadFigure figure)
{
	StoredReader r;
	StoredHead	head;
	uint64		span;

	datum_reader(d, STORED_HEAD_MAX_BYTES, &r);
	get_head_start(&r, &head);
	if (figure == HEAD_CONTACTS)
	{
		/* past the span, which the count does not need */
		(void) get_varint(&r, PG_UINT64_MAX);
		return get_contacts(&r);
	}
	if (!contact_time_accepted(head.first_contact))
		refused(&r, "First and last contact are out of order or out of range.");
	if (figure == HEAD_FIRST_CONTACT)
		return head.first_contact;
	/* a span of at most this cannot overflow the first contact's sum */
	span = get_varint(&r, (uint64) (CONTACT_TIME_END - CONTACT_TIME_MIN));
	head.last_contact = head.first_contact + (int64) span;
	if (!contact_time_accepted(head.last_contact))
		refused(&r, "First and last contact are out of order or out of range.");
	return head.last_contact;
}

/*
 * A stored value (detoasted, or flattened if it is an aggregate's working
 * state; checked only as far as its format).  Comparing and hashing use its
 * bytes.
 */
struct varlena *
summary_read_stored(Datum d)
{
	struct varlena *v = PG_DETOAST_DATUM_PACKED(d);

	if (VARSIZE_ANY_EXHDR(v) < 1 ||
		(*(const uint8 *) VARDATA_ANY(v) != STORED_FORMAT_1 &&
		 *(const uint8 *) VARDATA_ANY(v) != STORED_FORMAT_2))
		summary_refuse(ERRCODE_DATA_CORRUPTED, "Unknown format.");
	return v;
}

/*
 * The expanded form of a contact_summary datum, checked: what every function
 * reading the whole value reads; in buffer (MAXALIGNed) if it has room, else
 * newly allocated.
 */
ContactSummary *
summary_read_into(Datum d, void *buffer, Size buffer_size)
{
	StoredReader r;

	datum_reader(d, 0, &r);
	return expand(&r, buffer, buffer_size, SUMMARY_PARTS_ALL);
}

/*
 * The parts of a contact_summary datum that a function needs, read and
 * checked as summary_read_into reads them, the rest neither read nor checked
 * (of a compressed or out-of-line value asked for its counts, only the bytes
 * that can hold them are fetched).  The summary is the function's own to
 * read: the parts not asked for are zero, so it is never stored or returned.
 */
ContactSummary *
summary_read_parts(Datum d, SummaryParts parts)
{
	StoredReader r;

	datum_reader(d, parts == SUMMARY_PARTS_COUNTS ? STORED_COUNTS_MAX_BYTES : 0, &r);
	return expand(&r, NULL, 0, parts);
}
