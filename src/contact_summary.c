/*
 * contact_summary.c
 *		The contact_summary type: layout, validation, merging, text and
 *		binary I/O, equality and hashing.
 *
 * Functions work on the expanded form (contact_summary.h); values are
 * stored in a compact form (contact_summary_stored.c).  The text form is a
 * line of key=value fields in a fixed order, readable and exact; the input
 * function parses it, validates the result, prints it again and requires the
 * same text back, so only the canonical form is accepted.  The binary form
 * (below) is portable and re-validated on receipt.
 *
 * Copyright (c) 2026, the attune developers; PostgreSQL License (LICENSE).
 */
#include "contact_summary.h"

#include <inttypes.h>

#include "common/hashfn.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "port/pg_bitutils.h"
#include "utils/builtins.h"
#include "utils/datetime.h"
#include "utils/timestamp.h"

/* ---------------------------------------------------------------- calendar */

/* week starting on Monday; 2000-01-03 was a Monday */
int
day_week(int day)
{
	return floor_div((int64) day - 2, 7);
}

/* ---------------------------------------------------------------- geometry */

uint64		summary_quarters_remembered[QUARTERS_REMEMBERED];

/* The geometry of a new summary: the quarters follow from the days. */
SummaryGeometry
summary_geometry(int n_vendor_people, int n_customer_people, int first_day, int n_days)
{
	int			first_quarter = day_quarter_remembered(first_day);

	return geometry_of_spans(n_vendor_people, n_customer_people, first_day, n_days,
							 first_quarter,
							 day_quarter_remembered(first_day + n_days - 1) - first_quarter + 1);
}

/* A zeroed summary of this geometry, in CurrentMemoryContext. */
ContactSummary *
summary_allocate(const SummaryGeometry *g)
{
	return summary_init(palloc(g->size), g);
}

/* A zeroed summary of this geometry in mem, which has room for it. */
ContactSummary *
summary_init(void *mem, const SummaryGeometry *g)
{
	ContactSummary *s = memset(mem, 0, g->size);

	SET_VARSIZE(s, g->size);
	s->n_vendor_people = g->n_vendor_people;
	s->n_customer_people = g->n_customer_people;
	s->first_day = g->first_day;
	s->n_days = g->n_days;
	s->first_quarter = g->first_quarter;
	s->n_quarters = g->n_quarters;
	return s;
}

/* -------------------------------------------------------------- validation */

/*
 * A summary refused: sqlerrcode 22P02 (text input), 22P03 (binary receive)
 * or XX001 (a stored value or a state that is damaged).
 */
void
summary_refuse(int sqlerrcode, const char *detail)
{
	ereport(ERROR,
			(errcode(sqlerrcode),
			 sqlerrcode == ERRCODE_DATA_CORRUPTED ? errmsg("contact_summary value is corrupted") :
			 errmsg("invalid contact_summary"),
			 errdetail("%s", detail)));
}

/* the SQLSTATE of the validation under way */
static int	invalid_summary_code = ERRCODE_INVALID_BINARY_REPRESENTATION;

static void
invalid_summary(const char *detail)
{
	summary_refuse(invalid_summary_code, detail);
}

/*
 * Number of bits set at positions from..to of a bitmap of nbits (positions
 * outside 0..nbits - 1 count as clear): the partial bytes at either end
 * masked, the whole bytes between counted by pg_popcount (the risk rules
 * count a year of days for every row a trigger judges).
 */
int
summary_bits_in_range(const uint8 *bits, int nbits, int from, int to)
{
	int			first,
				last;
	uint8		first_mask,
				last_mask;

	from = Max(from, 0);
	to = Min(to, nbits - 1);
	if (from > to)
		return 0;
	first = from / 8;
	last = to / 8;
	first_mask = (uint8) (0xFF << (from % 8));
	last_mask = (uint8) (0xFF >> (7 - to % 8));
	if (first == last)
		return pg_number_of_ones[bits[first] & first_mask & last_mask];
	return pg_number_of_ones[bits[first] & first_mask] + pg_number_of_ones[bits[last] & last_mask] +
		(int) pg_popcount((const char *) bits + first + 1, last - first - 1);
}

/* The first bit set at positions from..to (within the bitmap), or -1. */
int
summary_first_bit(const uint8 *bits, int from, int to)
{
	int			byte;

	for (byte = from / 8; byte <= to / 8; byte++)
	{
		uint8		b = bits[byte];

		if (byte == from / 8)
			b &= (uint8) (0xFF << (from % 8));
		if (b != 0)
		{
			int			bit = byte * 8 + pg_rightmost_one_pos32(b);

			return bit <= to ? bit : -1;
		}
	}
	return -1;
}

/* number of bits set in a bitmap of nbits */
int
summary_bits_set(const uint8 *bits, int nbits)
{
	return summary_bits_in_range(bits, nbits, 0, nbits - 1);
}

/* bits past nbits in the last byte must be zero (canonical form) */
bool
summary_tail_bits_clear(const uint8 *bits, int nbits)
{
	return nbits % 8 == 0 || (bits[nbits / 8] >> (nbits % 8)) == 0;
}

/*
 * What sizes a value, checked before anything is sized by it (binary
 * receive and the reader of stored values read it from the header alone):
 * people within the cap, first and last contact in order and in the years
 * accepted, their span within MAX_SPAN_DAYS.  Their days into *first_day
 * and *last_day.
 */
static void
extent_checked(int n_vendor, int n_customer, TimestampTz first, TimestampTz last,
			   int *first_day, int *last_day)
{
	if (n_vendor > PEOPLE_CAP || n_customer > PEOPLE_CAP)
		invalid_summary("More people hashes than the cap of 128 per side.");
	if (first < CONTACT_TIME_MIN || last >= CONTACT_TIME_END || first > last)
		invalid_summary("First and last contact are out of order or out of range.");
	*first_day = timestamp_day(first);
	*last_day = timestamp_day(last);
	if (*last_day - *first_day >= MAX_SPAN_DAYS)
		invalid_summary("The span of days is out of range.");
}

void
summary_check_extent(int n_vendor, int n_customer, TimestampTz first, TimestampTz last,
					 int sqlerrcode)
{
	int			first_day,
				last_day;

	invalid_summary_code = sqlerrcode;
	extent_checked(n_vendor, n_customer, first, last, &first_day, &last_day);
}

/*
 * The geometry of a summary of these people and first and last contact, as a
 * value read from outside announces them: checked (extent_checked) before
 * they size anything.
 */
SummaryGeometry
summary_geometry_checked(int n_vendor, int n_customer, TimestampTz first, TimestampTz last,
						 int sqlerrcode)
{
	int			first_day,
				last_day;

	invalid_summary_code = sqlerrcode;
	extent_checked(n_vendor, n_customer, first, last, &first_day, &last_day);
	return summary_geometry(n_vendor, n_customer, first_day, last_day - first_day + 1);
}

/*
 * What the stored form cannot hold or leaves out, checked before a value is
 * stored to check the rest (summary_check_content): signs (it stores
 * unsigned numbers), the sums of a quarter with nothing rated, and the
 * days of a span of one or two days (every day of such a span has a
 * contact).
 */
static void
validate_unstored(const ContactSummary *s, const SummaryGeometry *g)
{
	const int64 *counts = &s->contacts;
	const int32 *sentiment = SUMMARY_PART(s, g, sentiment, int32);
	const uint8 *days = SUMMARY_PART(s, g, active_days, uint8);
	int			i;

	if (s->contacts < 1)
		invalid_summary("A summary holds at least one contact.");
	for (i = 0; i <= &s->past_focused - &s->contacts; i++)
		if (counts[i] < 0)
			invalid_summary("A count is negative.");
	for (i = 0; i < g->n_quarters; i++)
	{
		const int32 *q = &sentiment[SENTIMENT_FIELDS * i];

		if (q[SENTIMENT_GOOD] < 0 || q[SENTIMENT_BAD] < 0 || q[SENTIMENT_RATED] < 0)
			invalid_summary("A sentiment sum or count is negative.");
		if (q[SENTIMENT_RATED] == 0 && (q[SENTIMENT_GOOD] != 0 || q[SENTIMENT_BAD] != 0))
			invalid_summary("Sentiment sums exceed what the rated contacts can hold.");
	}
	if (g->n_days <= 2 && days[0] != (g->n_days == 1 ? 0x01 : 0x03))
		invalid_summary("Active days do not match the span and the contacts.");
}

/*
 * Check every field of a summary that came from outside (text or binary
 * input): each must be consistent with the others.
 * The header here; the content by the reader of stored values.
 */
void
summary_validate(const ContactSummary *s, Size size, int sqlerrcode)
{
	SummaryGeometry g;

	invalid_summary_code = sqlerrcode;
	if (size < MAXALIGN(sizeof(ContactSummary)))
		invalid_summary("The value is shorter than the fixed header.");
	summary_check_extent(s->n_vendor_people, s->n_customer_people, s->first_contact, s->last_contact,
						 sqlerrcode);
	if (s->n_days < 1 || s->n_days > MAX_SPAN_DAYS)
		invalid_summary("The span of days is out of range.");
	if (timestamp_day(s->first_contact) != s->first_day ||
		timestamp_day(s->last_contact) != s->first_day + s->n_days - 1)
		invalid_summary("The span of days does not match the first and last contact.");
	g = summary_geometry(s->n_vendor_people, s->n_customer_people, s->first_day, s->n_days);
	if (s->first_quarter != g.first_quarter || s->n_quarters != g.n_quarters)
		invalid_summary("The quarters do not match the span of days.");
	if (g.size != size)
		invalid_summary("The length does not match the counts of people, days and quarters.");
	validate_unstored(s, &g);
	summary_check_content(s, sqlerrcode);
}

/* ----------------------------------------------------------------- merging */

/* one side's people: ascending hashes and the contacts of each */
typedef struct PeopleList
{
	const uint64 *hashes;
	const uint32 *counts;
	int			n;
} PeopleList;

static PeopleList
people_list(const ContactSummary *s, const SummaryGeometry *g, bool vendor)
{
	PeopleList	l;

	l.hashes = vendor ? SUMMARY_PART(s, g, vendor_people, uint64) : SUMMARY_PART(s, g, customer_people, uint64);
	l.counts = vendor ? SUMMARY_PART(s, g, vendor_counts, uint32) : SUMMARY_PART(s, g, customer_counts, uint32);
	l.n = vendor ? g->n_vendor_people : g->n_customer_people;
	return l;
}

void
summary_person_count_overflow(void)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("contact_summary person count out of range"),
			 errdetail("One person's contacts add up past the range of a 32-bit count.")));
}

/*
 * The PEOPLE_CAP smallest of the union of two ascending hash lists, with
 * their counts added.  A hash among the PEOPLE_CAP smallest of the union is
 * among the PEOPLE_CAP smallest of each list it came from, so every list
 * that saw it kept it, and its count is exact.
 */
static int
merge_people(PeopleList a, PeopleList b, uint64 *hashes, uint32 *counts)
{
	int			i = 0,
				j = 0,
				n = 0;

	while (n < PEOPLE_CAP && (i < a.n || j < b.n))
	{
		if (j >= b.n || (i < a.n && a.hashes[i] < b.hashes[j]))
		{
			hashes[n] = a.hashes[i];
			counts[n++] = a.counts[i++];
		}
		else if (i >= a.n || b.hashes[j] < a.hashes[i])
		{
			hashes[n] = b.hashes[j];
			counts[n++] = b.counts[j++];
		}
		else
		{
			hashes[n] = a.hashes[i];
			counts[n++] = summary_add_person_counts(a.counts[i++], b.counts[j++]);
		}
	}
	return n;
}

/*
 * ORs the 8 bits of a byte (or one bit: a byte of 0 or 1) into dst at bit
 * positions at..at+7 (at >= 0).  The second byte is written only for set
 * bits that spill into it, which lie where the caller copies to.
 */
static inline void
or_byte_at(uint8 *dst, uint8 byte, int at)
{
	int			bit = at % 8;

	dst[at / 8] |= (uint8) (byte << bit);
	if (bit != 0 && (byte >> (8 - bit)) != 0)
		dst[at / 8 + 1] |= (uint8) (byte >> (8 - bit));
}

/* The days with contacts: a summary's span without the slack of a state. */
static void
contact_days(const ContactSummary *s, int *first, int *last)
{
	*first = timestamp_day(s->first_contact);
	*last = timestamp_day(s->last_contact);
}

/*
 * ORs bits from..to of src into dst at those positions plus shift (which may
 * be negative; the positions it gives are not, and lie in dst): bit by bit
 * up to a byte boundary of src, then a byte at a time, then the last bits.
 * The merges of an aggregate's batches run this for every day of a span,
 * so the byte loops are kept free of tests: a byte of src lands on one byte
 * of dst, or (shifted by `bit`) on two, both holding positions of the range.
 */
static void
or_bits_range(uint8 *dst, const uint8 *src, int from, int to, int shift)
{
	int			bit = (shift % 8 + 8) % 8;
	int			i = from;

	for (; i <= to && i % 8 != 0; i++)
		or_byte_at(dst, summary_bit(src, i), i + shift);
	if (bit == 0)
		for (; i + 7 <= to; i += 8)
			dst[(i + shift) / 8] |= src[i / 8];
	else
		for (; i + 7 <= to; i += 8)
		{
			uint8	   *at = dst + (i + shift) / 8;

			at[0] |= (uint8) (src[i / 8] << bit);
			at[1] |= (uint8) (src[i / 8] >> (8 - bit));
		}
	for (; i <= to; i++)
		or_byte_at(dst, summary_bit(src, i), i + shift);
}

/* Adds the sentiment sums and counts of src's quarters from..to into dst, shifted. */
static void
add_sentiment(int32 *dst, const int32 *src, int from, int to, int shift)
{
	int			i;

	for (i = SENTIMENT_FIELDS * from; i < SENTIMENT_FIELDS * (to + 1); i++)
		if (pg_add_s32_overflow(dst[i + SENTIMENT_FIELDS * shift], src[i],
								&dst[i + SENTIMENT_FIELDS * shift]))
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("contact_summary sentiment sum out of range"),
					 errdetail("The sentiment of one quarter adds up past the range of int4.")));
}

/*
 * Adds the variable parts of src into dst, re-based to dst's span.  When
 * src's whole span lies within dst's, bitmaps are merged a byte at a time;
 * otherwise only src's days with contacts are copied (its slack is empty).
 */
static void
add_spans(ContactSummary *dst, const SummaryGeometry *dg,
		  const ContactSummary *src, const SummaryGeometry *sg)
{
	int			day_shift = sg->first_day - dg->first_day;
	int			quarter_shift = sg->first_quarter - dg->first_quarter;
	int32	   *dst_sentiment = SUMMARY_PART(dst, dg, sentiment, int32);
	const int32 *src_sentiment = SUMMARY_PART(src, sg, sentiment, int32);
	uint8	   *dst_days = SUMMARY_PART(dst, dg, active_days, uint8);
	const uint8 *src_days = SUMMARY_PART(src, sg, active_days, uint8);
	uint8	   *dst_execs = SUMMARY_PART(dst, dg, exec_quarters, uint8);
	const uint8 *src_execs = SUMMARY_PART(src, sg, exec_quarters, uint8);
	int			first,
				last;

	if (day_shift >= 0 && day_shift + sg->n_days <= dg->n_days)
	{
		add_sentiment(dst_sentiment, src_sentiment, 0, sg->n_quarters - 1, quarter_shift);
		/* a summary of one day (rollup's usual input) sets one bit of each */
		if (sg->n_days == 1)
		{
			dst_days[day_shift / 8] |= 1 << (day_shift % 8);
			dst_execs[quarter_shift / 8] |= (src_execs[0] & 1) << (quarter_shift % 8);
			return;
		}
		or_bits_range(dst_days, src_days, 0, sg->n_days - 1, day_shift);
		or_bits_range(dst_execs, src_execs, 0, sg->n_quarters - 1, quarter_shift);
		return;
	}
	contact_days(src, &first, &last);
	or_bits_range(dst_days, src_days, first - sg->first_day, last - sg->first_day, day_shift);
	first = day_quarter_remembered(first) - sg->first_quarter;
	last = day_quarter_remembered(last) - sg->first_quarter;
	add_sentiment(dst_sentiment, src_sentiment, first, last, quarter_shift);
	or_bits_range(dst_execs, src_execs, first, last, quarter_shift);
}

static int64
add_counts(int64 a, int64 b)
{
	int64		sum;

	if (pg_add_s64_overflow(a, b, &sum))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("contact_summary count out of range")));
	return sum;
}

/*
 * The span of days for the merge of a and b (b may be NULL), from first to
 * last day with contacts.  With room, a state being built gets slack: a span
 * that has to grow grows by half its length (at least 32 days) on the side it
 * grows, and keeps what it had, so contacts in time order extend it only a
 * logarithmic number of times.  The span never passes 100 years.
 */
static void
merged_span(const ContactSummary *a, const ContactSummary *b, bool room,
			int *span_first, int *span_last)
{
	int			first,
				last,
				b_first,
				b_last;

	contact_days(a, &first, &last);
	if (b != NULL)
	{
		contact_days(b, &b_first, &b_last);
		first = Min(first, b_first);
		last = Max(last, b_last);
	}
	if (last - first + 1 > MAX_SPAN_DAYS)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("contact_summary cannot span more than %d days", MAX_SPAN_DAYS),
				 errdetail("The contacts merged run from day %d to day %d after 2000-01-01.",
						   first, last),
				 errhint("Summarise shorter periods, for example per decade, and keep them apart.")));
	*span_first = first;
	*span_last = last;
	if (room)
	{
		int			a_first = a->first_day;
		int			a_last = a->first_day + a->n_days - 1;
		int			pad = Max(a->n_days / 2, 32);

		*span_first = first < a_first ? first - pad : a_first;
		*span_last = last > a_last ? last + pad : a_last;
		if (b != NULL)
		{
			*span_first = Min(*span_first, b->first_day);
			*span_last = Max(*span_last, b->first_day + b->n_days - 1);
		}
		*span_first = Max(*span_first, FIRST_CONTACT_DAY);
		*span_last = Min(*span_last, LAST_CONTACT_DAY);
		/* keep the contacts, give up slack past 100 years */
		*span_last = Min(*span_last, first + MAX_SPAN_DAYS - 1);
		*span_first = Max(*span_first, *span_last - MAX_SPAN_DAYS + 1);
	}
}

/*
 * The summary of the contacts of a and of b, newly allocated in
 * CurrentMemoryContext.  b may be NULL: then the result is a's contacts in a
 * span without slack, the canonical form.  With room (states being built),
 * the span gets slack; see merged_span.
 */
ContactSummary *
summary_merge(const ContactSummary *a, const ContactSummary *b, bool room)
{
	SummaryGeometry ag,
				bg,
				g;
	uint64		vendor[PEOPLE_CAP],
				customer[PEOPLE_CAP];
	uint32		vendor_counts[PEOPLE_CAP],
				customer_counts[PEOPLE_CAP];
	PeopleList	none = {NULL, NULL, 0};
	int			nv,
				nc,
				first_day,
				last_day;
	ContactSummary *m;
	int64	   *mc;
	const int64 *ac;
	int			i;

	ag = summary_geometry_of(a);
	if (b != NULL)
		bg = summary_geometry_of(b);
	nv = merge_people(people_list(a, &ag, true), b ? people_list(b, &bg, true) : none,
					  vendor, vendor_counts);
	nc = merge_people(people_list(a, &ag, false), b ? people_list(b, &bg, false) : none,
					  customer, customer_counts);
	merged_span(a, b, room, &first_day, &last_day);

	g = summary_geometry(nv, nc, first_day, last_day - first_day + 1);
	m = summary_allocate(&g);
	memcpy(SUMMARY_PART(m, &g, vendor_people, uint64), vendor, sizeof(uint64) * nv);
	memcpy(SUMMARY_PART(m, &g, customer_people, uint64), customer, sizeof(uint64) * nc);
	memcpy(SUMMARY_PART(m, &g, vendor_counts, uint32), vendor_counts, sizeof(uint32) * nv);
	memcpy(SUMMARY_PART(m, &g, customer_counts, uint32), customer_counts, sizeof(uint32) * nc);

	/* the int64 counters from contacts to past_focused are contiguous */
	mc = &m->contacts;
	ac = &a->contacts;
	for (i = 0; i <= &m->past_focused - &m->contacts; i++)
		mc[i] = ac[i];
	m->first_contact = a->first_contact;
	m->last_contact = a->last_contact;
	add_spans(m, &g, a, &ag);
	if (b != NULL)
	{
		const int64 *bc = &b->contacts;

		for (i = 0; i <= &m->past_focused - &m->contacts; i++)
			mc[i] = add_counts(mc[i], bc[i]);
		m->first_contact = Min(m->first_contact, b->first_contact);
		m->last_contact = Max(m->last_contact, b->last_contact);
		add_spans(m, &g, b, &bg);
	}
	return m;
}

/*
 * Keeps the PEOPLE_CAP smallest hashes of a full set, in order, with their
 * counts; a hash that comes in starts with none (the caller counts it).
 */
void
summary_person_into_full_set(uint64 *hashes, uint32 *counts, uint64 h)
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
 * The places in dst's set of each of src's people of a side; false if one
 * has none (dst's set is not full and lacks it).
 */
static bool
people_placed(PeopleList dst, PeopleList src, int8 *places)
{
	int			i;

	for (i = 0; i < src.n; i++)
	{
		places[i] = dst.n == PEOPLE_CAP ? PERSON_AT_CAP : person_index(dst.hashes, dst.n, src.hashes[i]);
		if (places[i] == PERSON_ABSENT)
			return false;
	}
	return true;
}

static void
count_people(ContactSummary *dst, const SummaryGeometry *dg, PeopleList src, const int8 *places,
			 bool vendor)
{
	uint64	   *hashes = vendor ? SUMMARY_PART(dst, dg, vendor_people, uint64) :
		SUMMARY_PART(dst, dg, customer_people, uint64);
	uint32	   *counts = vendor ? SUMMARY_PART(dst, dg, vendor_counts, uint32) :
		SUMMARY_PART(dst, dg, customer_counts, uint32);
	int			i;

	for (i = 0; i < src.n; i++)
		summary_count_person(hashes, counts, src.hashes[i], places[i], src.counts[i]);
}

/*
 * Adds src (canonical) into dst in place when it fits: its days lie within
 * dst's span and each of its people has a place in dst (dst holds them, or
 * that side is full).  Returns false, changing nothing, when it does not.
 * rollup merges many small summaries into one: most fit.
 */
bool
summary_add_in_place(ContactSummary *dst, const ContactSummary *src)
{
	SummaryGeometry dg = summary_geometry_of(dst),
				sg = summary_geometry_of(src);
	PeopleList	src_vendor = people_list(src, &sg, true),
				src_customer = people_list(src, &sg, false);
	int8		vendor_places[PEOPLE_CAP],
				customer_places[PEOPLE_CAP];
	int64	   *dc = &dst->contacts;
	const int64 *sc = &src->contacts;
	int			i;

	if (sg.first_day < dg.first_day || sg.first_day + sg.n_days > dg.first_day + dg.n_days ||
		!people_placed(people_list(dst, &dg, true), src_vendor, vendor_places) ||
		!people_placed(people_list(dst, &dg, false), src_customer, customer_places))
		return false;
	count_people(dst, &dg, src_vendor, vendor_places, true);
	count_people(dst, &dg, src_customer, customer_places, false);
	/* each count is at most the contacts, so once they add up, every count does */
	dc[0] = add_counts(dc[0], sc[0]);
	for (i = 1; i <= &dst->past_focused - &dst->contacts; i++)
		dc[i] += sc[i];
	dst->first_contact = Min(dst->first_contact, src->first_contact);
	dst->last_contact = Max(dst->last_contact, src->last_contact);
	add_spans(dst, &dg, src, &sg);
	return true;
}

/* Has a summary no slack, so that it is in canonical form? */
bool
summary_is_tight(const ContactSummary *s)
{
	int			first,
				last;

	contact_days(s, &first, &last);
	return s->first_day == first && s->first_day + s->n_days - 1 == last;
}

/* ------------------------------------------------------------- text output */

static void
append_timestamp(StringInfo buf, TimestampTz t)
{
	struct pg_tm tm;
	fsec_t		fsec;

	if (timestamp2tm(t, NULL, &tm, &fsec, NULL, NULL) != 0)
		invalid_summary("A timestamp is out of range.");
	appendStringInfo(buf, "%04d-%02d-%02dT%02d:%02d:%02d",
					 tm.tm_year, tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
	if (fsec != 0)
		appendStringInfo(buf, ".%06d", fsec);
	appendStringInfoChar(buf, 'Z');
}

static void
append_counts(StringInfo buf, const char *key, const int64 *counts, int n)
{
	int			i;

	appendStringInfo(buf, " %s=", key);
	for (i = 0; i < n; i++)
		appendStringInfo(buf, "%s" INT64_FORMAT, i ? "," : "", counts[i]);
}

/* people as hash:contacts, the hash in 16 hex digits */
static void
append_people(StringInfo buf, const char *key, PeopleList people)
{
	int			i;

	appendStringInfo(buf, " %s=", key);
	for (i = 0; i < people.n; i++)
		appendStringInfo(buf, "%s%016" PRIx64 ":%u", i ? "," : "", people.hashes[i], people.counts[i]);
}

static void
append_bits(StringInfo buf, const char *key, const uint8 *bits, int nbits)
{
	int			i;

	appendStringInfo(buf, " %s=", key);
	for (i = 0; i < (nbits + 7) / 8; i++)
		appendStringInfo(buf, "%02x", bits[i]);
}

/* The text form's version: the "v1" it starts with. */
#define TEXT_VERSION 1

static char *
summary_text(const ContactSummary *s)
{
	SummaryGeometry g = summary_geometry_of(s);
	const int32 *sentiment = SUMMARY_PART(s, &g, sentiment, int32);
	StringInfoData buf;
	int			i;

	initStringInfo(&buf);
	appendStringInfo(&buf, "v%d contacts=" INT64_FORMAT " first=", TEXT_VERSION, s->contacts);
	append_timestamp(&buf, s->first_contact);
	appendStringInfoString(&buf, " last=");
	append_timestamp(&buf, s->last_contact);
	append_counts(&buf, "channels", s->channels, N_CHANNELS);
	append_counts(&buf, "vendor_levels", s->vendor_levels, N_LEVELS);
	append_counts(&buf, "customer_levels", s->customer_levels, N_LEVELS);
	append_counts(&buf, "initiated", &s->customer_initiated, 2);
	append_counts(&buf, "focus", &s->future_focused, 2);
	append_people(&buf, "vendor_people", people_list(s, &g, true));
	append_people(&buf, "customer_people", people_list(s, &g, false));
	append_bits(&buf, "days", SUMMARY_PART(s, &g, active_days, uint8), g.n_days);
	append_bits(&buf, "exec_quarters", SUMMARY_PART(s, &g, exec_quarters, uint8), g.n_quarters);
	appendStringInfoString(&buf, " sentiment=");
	for (i = 0; i < g.n_quarters; i++)
	{
		const int32 *q = &sentiment[SENTIMENT_FIELDS * i];

		appendStringInfo(&buf, "%s%d:%d:%d", i ? "," : "", q[SENTIMENT_GOOD], q[SENTIMENT_BAD],
						 q[SENTIMENT_RATED]);
	}
	return buf.data;
}

PG_FUNCTION_INFO_V1(contact_summary_out);
Datum
contact_summary_out(PG_FUNCTION_ARGS)
{
	PG_RETURN_CSTRING(summary_text(PG_GETARG_CONTACT_SUMMARY(0)));
}

/* -------------------------------------------------------------- text input */

typedef struct Parser
{
	const char *input;			/* whole input, for messages */
	const char *p;				/* next character */
} Parser;

static void
syntax_error(Parser *ps, const char *expected)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid input syntax for type contact_summary"),
			 errdetail("Expected %s at character %d.", expected, (int) (ps->p - ps->input) + 1),
			 errhint("Use the text that contact_summary output gives, unchanged.")));
}

static void
expect(Parser *ps, const char *literal)
{
	size_t		len = strlen(literal);

	if (strncmp(ps->p, literal, len) != 0)
		syntax_error(ps, psprintf("\"%s\"", literal));
	ps->p += len;
}

static int64
parse_int64(Parser *ps)
{
	char	   *end;
	int64		value;

	if (!isdigit((unsigned char) *ps->p))
		syntax_error(ps, "a number");
	errno = 0;
	value = strtoi64(ps->p, &end, 10);
	if (errno != 0)
		syntax_error(ps, "a number that fits in 64 bits");
	ps->p = end;
	return value;
}

static void
parse_counts(Parser *ps, const char *key, int64 *counts, int n)
{
	int			i;

	expect(ps, key);
	for (i = 0; i < n; i++)
	{
		if (i > 0)
			expect(ps, ",");
		counts[i] = parse_int64(ps);
	}
}

/*
 * n decimal digits, exactly, as a number.  Hand-written, as are the other
 * fixed-width fields: sscanf measures the rest of the input on every call,
 * which made reading a long input quadratic.
 */
static int
parse_digits(Parser *ps, int n, const char *expected)
{
	int			value = 0;
	int			i;

	for (i = 0; i < n; i++)
	{
		if (!isdigit((unsigned char) ps->p[i]))
			syntax_error(ps, expected);
		value = value * 10 + (ps->p[i] - '0');
	}
	ps->p += n;
	return value;
}

/* the value of a hexadecimal digit (lower case, as output writes them), or -1 */
static int
hex_value(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

/* n hexadecimal digits (n <= 16), exactly, as a number */
static uint64
parse_hex(Parser *ps, int n, const char *expected)
{
	uint64		value = 0;
	int			i;

	for (i = 0; i < n; i++)
	{
		int			digit = hex_value(ps->p[i]);

		if (digit < 0)
			syntax_error(ps, expected);
		value = value << 4 | (uint64) digit;
	}
	ps->p += n;
	return value;
}

#define TIMESTAMP_FORMAT "a timestamp YYYY-MM-DDTHH:MM:SS[.ffffff]Z"

static TimestampTz
parse_timestamp(Parser *ps)
{
	struct pg_tm tm = {0};
	fsec_t		fsec = 0;
	Timestamp	t;

	tm.tm_year = parse_digits(ps, 4, TIMESTAMP_FORMAT);
	expect(ps, "-");
	tm.tm_mon = parse_digits(ps, 2, TIMESTAMP_FORMAT);
	expect(ps, "-");
	tm.tm_mday = parse_digits(ps, 2, TIMESTAMP_FORMAT);
	expect(ps, "T");
	tm.tm_hour = parse_digits(ps, 2, TIMESTAMP_FORMAT);
	expect(ps, ":");
	tm.tm_min = parse_digits(ps, 2, TIMESTAMP_FORMAT);
	expect(ps, ":");
	tm.tm_sec = parse_digits(ps, 2, TIMESTAMP_FORMAT);
	if (*ps->p == '.')
	{
		ps->p++;
		fsec = parse_digits(ps, 6, "six digits of microseconds");
	}
	expect(ps, "Z");
	if (tm.tm_mon < 1 || tm.tm_mon > 12 || tm.tm_mday < 1 ||
		tm.tm_mday > day_tab[isleap(tm.tm_year)][tm.tm_mon - 1] ||
		tm.tm_hour > 23 || tm.tm_min > 59 || tm.tm_sec > 59 ||
		tm2timestamp(&tm, fsec, NULL, &t) != 0)
		syntax_error(ps, "a valid date and time");
	return t;
}

static int64
parse_bounded(Parser *ps, int64 max, const char *expected)
{
	int64		value = parse_int64(ps);

	if (value > max)
		syntax_error(ps, expected);
	return value;
}

/* a comma-separated list of hash:contacts, the hash in 16 hex digits, up to the next space */
static int
parse_people(Parser *ps, const char *key, uint64 *hashes, uint32 *counts)
{
	int			n = 0;

	expect(ps, key);
	while (*ps->p != ' ' && *ps->p != '\0')
	{
		if (n == PEOPLE_CAP)
			syntax_error(ps, "at most 128 people hashes");
		if (n > 0)
			expect(ps, ",");
		hashes[n] = parse_hex(ps, 16, "a hash of 16 hex digits");
		expect(ps, ":");
		counts[n] = (uint32) parse_bounded(ps, PG_UINT32_MAX, "a count that fits in 32 bits");
		n++;
	}
	return n;
}

static void
parse_bits(Parser *ps, const char *key, uint8 *bits, int nbits)
{
	const char *expected = psprintf("%d hex digits", (nbits + 7) / 8 * 2);
	int			i;

	expect(ps, key);
	for (i = 0; i < (nbits + 7) / 8; i++)
		bits[i] = (uint8) parse_hex(ps, 2, expected);
}

static int32
parse_int32(Parser *ps)
{
	return (int32) parse_bounded(ps, PG_INT32_MAX, "a number that fits in 32 bits");
}

/*
 * The longest text a summary can have, every part at its widest: the keys
 * and separators, 21 counts, two timestamps, PEOPLE_CAP people a side (a
 * hash, a count, two separators), the bitmaps of the longest span and three
 * numbers per quarter.  A longer input is refused before any of it is read.
 */
#define MAX_SUMMARY_TEXT	(512 + 21 * 20 + 2 * 27 + 2 * PEOPLE_CAP * (16 + 1 + 10 + 1) + \
							 (MAX_SPAN_DAYS + 7) / 8 * 2 + (MAX_WINDOW_QUARTERS + 7) / 8 * 2 + \
							 MAX_WINDOW_QUARTERS * 3 * 11)

static ContactSummary *
summary_parse(const char *input)
{
	Parser		ps = {input, input};
	ContactSummary head = {0};
	uint64		vendor[PEOPLE_CAP],
				customer[PEOPLE_CAP];
	uint32		vendor_counts[PEOPLE_CAP],
				customer_counts[PEOPLE_CAP];
	int			nv,
				nc,
				first_day,
				n_days;
	int64		span;
	SummaryGeometry g;
	ContactSummary *s;
	int32	   *sentiment;
	int			i;

	if (strnlen(input, MAX_SUMMARY_TEXT + 1) > MAX_SUMMARY_TEXT)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type contact_summary"),
				 errdetail("The input is longer than the text of any contact_summary (%d characters).",
						   MAX_SUMMARY_TEXT),
				 errhint("Use the text that contact_summary output gives, unchanged.")));
	expect(&ps, "v1 contacts=");
	head.contacts = parse_int64(&ps);
	expect(&ps, " first=");
	head.first_contact = parse_timestamp(&ps);
	expect(&ps, " last=");
	head.last_contact = parse_timestamp(&ps);
	parse_counts(&ps, " channels=", head.channels, N_CHANNELS);
	parse_counts(&ps, " vendor_levels=", head.vendor_levels, N_LEVELS);
	parse_counts(&ps, " customer_levels=", head.customer_levels, N_LEVELS);
	parse_counts(&ps, " initiated=", &head.customer_initiated, 2);
	parse_counts(&ps, " focus=", &head.future_focused, 2);
	nv = parse_people(&ps, " vendor_people=", vendor, vendor_counts);
	nc = parse_people(&ps, " customer_people=", customer, customer_counts);

	/* the span follows from first and last; check it before sizing */
	first_day = timestamp_day(head.first_contact);
	span = (int64) timestamp_day(head.last_contact) - first_day + 1;
	if (span < 1 || span > MAX_SPAN_DAYS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type contact_summary"),
				 errdetail("The first contact must not be after the last, and they may be at most %d days apart.",
						   MAX_SPAN_DAYS)));
	n_days = (int) span;
	g = summary_geometry(nv, nc, first_day, n_days);
	s = summary_allocate(&g);
	memcpy(&s->first_contact, &head.first_contact,
		   sizeof(ContactSummary) - offsetof(ContactSummary, first_contact));
	memcpy(SUMMARY_PART(s, &g, vendor_people, uint64), vendor, sizeof(uint64) * nv);
	memcpy(SUMMARY_PART(s, &g, customer_people, uint64), customer, sizeof(uint64) * nc);
	memcpy(SUMMARY_PART(s, &g, vendor_counts, uint32), vendor_counts, sizeof(uint32) * nv);
	memcpy(SUMMARY_PART(s, &g, customer_counts, uint32), customer_counts, sizeof(uint32) * nc);
	parse_bits(&ps, " days=", SUMMARY_PART(s, &g, active_days, uint8), g.n_days);
	parse_bits(&ps, " exec_quarters=", SUMMARY_PART(s, &g, exec_quarters, uint8), g.n_quarters);
	expect(&ps, " sentiment=");
	sentiment = SUMMARY_PART(s, &g, sentiment, int32);
	for (i = 0; i < g.n_quarters; i++)
	{
		if (i > 0)
			expect(&ps, ",");
		sentiment[SENTIMENT_FIELDS * i + SENTIMENT_GOOD] = parse_int32(&ps);
		expect(&ps, ":");
		sentiment[SENTIMENT_FIELDS * i + SENTIMENT_BAD] = parse_int32(&ps);
		expect(&ps, ":");
		sentiment[SENTIMENT_FIELDS * i + SENTIMENT_RATED] = parse_int32(&ps);
	}
	if (*ps.p != '\0')
		syntax_error(&ps, "the end of the input");

	summary_validate(s, g.size, ERRCODE_INVALID_TEXT_REPRESENTATION);
	/* only the canonical text is accepted: it must print back unchanged */
	if (strcmp(summary_text(s), input) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type contact_summary"),
				 errdetail("The value is not in canonical form."),
				 errhint("Use the text that contact_summary output gives, unchanged.")));
	return s;
}

PG_FUNCTION_INFO_V1(contact_summary_in);
Datum
contact_summary_in(PG_FUNCTION_ARGS)
{
	PG_RETURN_CONTACT_SUMMARY(summary_parse(PG_GETARG_CSTRING(0)));
}

/* ------------------------------------------------------------ binary I/O */

/*
 * The binary form is portable: the content in network byte order, whatever
 * the server's.  A version byte; the people kept a side (int16 each); first
 * and last contact (int64 microseconds since 2000-01-01, as timestamptz's
 * binary form); the 21 counts from contacts to past_focused (int64); each
 * side's hashes (int64), then each side's contacts per person (int32); per
 * quarter the sentiment sums and rated contacts (int32); the bitmaps of days
 * and executive quarters (bytes).  The days and quarters follow from first
 * and last contact, so the length a value must have is known before any of
 * its parts is read.
 */
#define WIRE_VERSION		1
#define WIRE_COUNTS			21
#define WIRE_FIXED			(1 + 2 * 2 + 2 * 8 + WIRE_COUNTS * 8)

StaticAssertDecl(offsetof(ContactSummary, past_focused) - offsetof(ContactSummary, contacts) ==
				 (WIRE_COUNTS - 1) * sizeof(int64), "the counts sent are contiguous int64s");

/* bytes of the variable parts of a summary of this geometry, on the wire and in memory */
static int
variable_length(const SummaryGeometry *g)
{
	return (int) (g->size - g->vendor_people);
}

PG_FUNCTION_INFO_V1(contact_summary_send);
Datum
contact_summary_send(PG_FUNCTION_ARGS)
{
	ContactSummary *s = PG_GETARG_CONTACT_SUMMARY(0);
	SummaryGeometry g = summary_geometry_of(s);
	const int64 *counts = &s->contacts;
	const uint64 *hashes = SUMMARY_PART(s, &g, vendor_people, uint64);
	const uint32 *people_counts = SUMMARY_PART(s, &g, vendor_counts, uint32);
	const int32 *sentiment = SUMMARY_PART(s, &g, sentiment, int32);
	int			n_people = g.n_vendor_people + g.n_customer_people;
	StringInfoData buf;
	int			i;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, WIRE_VERSION);
	pq_sendint16(&buf, s->n_vendor_people);
	pq_sendint16(&buf, s->n_customer_people);
	pq_sendint64(&buf, s->first_contact);
	pq_sendint64(&buf, s->last_contact);
	for (i = 0; i < WIRE_COUNTS; i++)
		pq_sendint64(&buf, counts[i]);
	for (i = 0; i < n_people; i++)
		pq_sendint64(&buf, (int64) hashes[i]);
	for (i = 0; i < n_people; i++)
		pq_sendint32(&buf, people_counts[i]);
	for (i = 0; i < SENTIMENT_FIELDS * g.n_quarters; i++)
		pq_sendint32(&buf, sentiment[i]);
	pq_sendbytes(&buf, (char *) s + g.active_days, (int) (g.size - g.active_days));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

PG_FUNCTION_INFO_V1(contact_summary_recv);
Datum
contact_summary_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	SummaryGeometry g;
	ContactSummary *s;
	int64	   *counts;
	uint64	   *hashes;
	uint32	   *people_counts;
	int32	   *sentiment;
	int			n_vendor,
				n_customer,
				i;
	TimestampTz first,
				last;

	invalid_summary_code = ERRCODE_INVALID_BINARY_REPRESENTATION;
	if (buf->len - buf->cursor < WIRE_FIXED)
		invalid_summary("The value is shorter than the fixed header.");
	if (pq_getmsgbyte(buf) != WIRE_VERSION)
		invalid_summary("Unknown format version.");
	n_vendor = (uint16) pq_getmsgint(buf, 2);
	n_customer = (uint16) pq_getmsgint(buf, 2);
	first = pq_getmsgint64(buf);
	last = pq_getmsgint64(buf);
	g = summary_geometry_checked(n_vendor, n_customer, first, last, ERRCODE_INVALID_BINARY_REPRESENTATION);
	if (buf->len - buf->cursor != WIRE_COUNTS * 8 + variable_length(&g))
		invalid_summary("The length does not match the counts of people, days and quarters.");
	s = summary_allocate(&g);
	s->first_contact = first;
	s->last_contact = last;
	counts = &s->contacts;
	for (i = 0; i < WIRE_COUNTS; i++)
		counts[i] = pq_getmsgint64(buf);
	hashes = SUMMARY_PART(s, &g, vendor_people, uint64);
	for (i = 0; i < n_vendor + n_customer; i++)
		hashes[i] = (uint64) pq_getmsgint64(buf);
	people_counts = SUMMARY_PART(s, &g, vendor_counts, uint32);
	for (i = 0; i < n_vendor + n_customer; i++)
		people_counts[i] = pq_getmsgint(buf, 4);
	sentiment = SUMMARY_PART(s, &g, sentiment, int32);
	for (i = 0; i < SENTIMENT_FIELDS * g.n_quarters; i++)
		sentiment[i] = (int32) pq_getmsgint(buf, 4);
	pq_copymsgbytes(buf, (char *) s + g.active_days, (int) (g.size - g.active_days));
	summary_validate(s, g.size, ERRCODE_INVALID_BINARY_REPRESENTATION);
	PG_RETURN_CONTACT_SUMMARY(s);
}

/* ---------------------------------------------------- equality and hashing */

/*
 * The btree order: by contacts, then first and last contact, then the
 * length and the bytes of the stored form.  An order to sort, DISTINCT and
 * index by (and for Citus to distribute on), not a ranking; the stored bytes
 * make it total, consistent with equality (equal content, equal bytes) and
 * the same on every platform.
 */
static int
compare_int64(int64 a, int64 b)
{
	return (a > b) - (a < b);
}

static int
summaries_compare(FunctionCallInfo fcinfo)
{
	struct varlena *a = summary_read_stored(PG_GETARG_DATUM(0));
	struct varlena *b = summary_read_stored(PG_GETARG_DATUM(1));
	Size		a_len = VARSIZE_ANY_EXHDR(a),
				b_len = VARSIZE_ANY_EXHDR(b);
	int			order = 0;

	if (a_len != b_len || memcmp(VARDATA_ANY(a), VARDATA_ANY(b), a_len) != 0)
	{
		StoredHead	ah = summary_stored_head(VARDATA_ANY(a), a_len);
		StoredHead	bh = summary_stored_head(VARDATA_ANY(b), b_len);

		order = compare_int64(ah.contacts, bh.contacts);
		if (order == 0)
			order = compare_int64(ah.first_contact, bh.first_contact);
		if (order == 0)
			order = compare_int64(ah.last_contact, bh.last_contact);
		if (order == 0)
			order = compare_int64(a_len, b_len);
		if (order == 0)
			order = memcmp(VARDATA_ANY(a), VARDATA_ANY(b), a_len);
	}
	PG_FREE_IF_COPY(a, 0);
	PG_FREE_IF_COPY(b, 1);
	return (order > 0) - (order < 0);
}

PG_FUNCTION_INFO_V1(contact_summary_cmp);
Datum
contact_summary_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(summaries_compare(fcinfo));
}

ATTUNE_COMPARISON(contact_summary_eq, summaries_compare(fcinfo), ==);
ATTUNE_COMPARISON(contact_summary_ne, summaries_compare(fcinfo), !=);
ATTUNE_COMPARISON(contact_summary_lt, summaries_compare(fcinfo), <);
ATTUNE_COMPARISON(contact_summary_le, summaries_compare(fcinfo), <=);
ATTUNE_COMPARISON(contact_summary_gt, summaries_compare(fcinfo), >);
ATTUNE_COMPARISON(contact_summary_ge, summaries_compare(fcinfo), >=);

/* Hashes of the stored bytes. */
PG_FUNCTION_INFO_V1(contact_summary_hash);
Datum
contact_summary_hash(PG_FUNCTION_ARGS)
{
	struct varlena *s = summary_read_stored(PG_GETARG_DATUM(0));
	Datum		h = hash_any((unsigned char *) VARDATA_ANY(s), VARSIZE_ANY_EXHDR(s));

	PG_FREE_IF_COPY(s, 0);
	return h;
}

PG_FUNCTION_INFO_V1(contact_summary_hash_extended);
Datum
contact_summary_hash_extended(PG_FUNCTION_ARGS)
{
	struct varlena *s = summary_read_stored(PG_GETARG_DATUM(0));
	Datum		h = hash_any_extended((unsigned char *) VARDATA_ANY(s), VARSIZE_ANY_EXHDR(s),
									  PG_GETARG_INT64(1));

	PG_FREE_IF_COPY(s, 0);
	return h;
}
