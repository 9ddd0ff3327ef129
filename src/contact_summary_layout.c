/*
 * contact_summary_layout.c
 *		The bottom layer of contact_summary: the calendar of a summary, the
 *		geometry of its expanded form (where each part lies), its bitmaps,
 *		and the refusal of a value whose extent cannot be (before anything
 *		is sized by it).  Every other file of the type builds on this one
 *		and this one on none of them.
 *
 * Copyright (c) 2026, the attune developers; PostgreSQL License (LICENSE).
 */
#include "contact_summary.h"

#include "port/pg_bitutils.h"

/* ---------------------------------------------------------------- calendar */

/* week starting on Monday; 2000-01-03 was a Monday */
int
day_week(int day)
{
	return floor_div((int64) day - 2, 7);
}

/* the Monday that starts a week of day_week */
int
week_first_day(int week)
{
	return week * 7 + 2;
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

/* -------------------------------------------------------------- refusal */

/*
 * A summary refused: sqlerrcode 22P02 (text input), 22P03 (binary receive)
 * or XX001 (a stored value that is damaged).
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

/* -------------------------------------------------------------- bitmaps */

/*
 * Bits set in n bytes, a word at a time whatever their alignment
 * (pg_popcount counts an unaligned buffer byte by byte, and a bitmap in a
 * stored value is where the bytes before it end).
 */
static int
count_ones(const uint8 *bytes, int n)
{
	int			ones = 0;

	for (; n >= (int) sizeof(uint64); bytes += sizeof(uint64), n -= sizeof(uint64))
	{
		uint64		word;

		memcpy(&word, bytes, sizeof(word));
		ones += pg_popcount64(word);
	}
	while (n-- > 0)
		ones += pg_number_of_ones[*bytes++];
	return ones;
}

/*
 * Number of bits set at positions from..to of a bitmap of nbits (positions
 * outside 0..nbits - 1 count as clear): the partial bytes at either end
 * masked, the whole bytes between counted a word at a time (the risk rules
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
		count_ones(bits + first + 1, last - first - 1);
}

/* The first bit set at positions from..to (within the bitmap), or -1; a word at a time. */
int
summary_first_bit(const uint8 *bits, int from, int to)
{
	int			word = from / 64;
	uint64		w;
	int			bit;

	if (from > to)
		return -1;
	/* the map read as to + 1 bits: no byte past the one holding bit to */
	w = summary_bitmap_word(bits, to + 1, word) & (~UINT64CONST(0) << (from % 64));
	while (w == 0)
	{
		if (++word * 64 > to)
			return -1;
		w = summary_bitmap_word(bits, to + 1, word);
	}
	bit = word * 64 + pg_rightmost_one_pos64(w);
	return bit <= to ? bit : -1;
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
 * accepted, their span within MAX_SPAN_DAYS.  Refused with sqlerrcode.
 */
SummaryGeometry
summary_geometry_checked(int n_vendor, int n_customer, TimestampTz first, TimestampTz last,
						 int sqlerrcode)
{
	int			first_day,
				last_day;

	summary_check_sizes(n_vendor, n_customer, first, last, sqlerrcode);
	first_day = timestamp_day(first);
	last_day = timestamp_day(last);
	return summary_geometry(n_vendor, n_customer, first_day, last_day - first_day + 1);
}

/* The checks of summary_geometry_checked, for a reader that needs no geometry. */
void
summary_check_sizes(int n_vendor, int n_customer, TimestampTz first, TimestampTz last, int sqlerrcode)
{
	if (n_vendor > PEOPLE_CAP || n_customer > PEOPLE_CAP)
		summary_refuse(sqlerrcode, "More people hashes than the cap of 128 per side.");
	if (!contact_time_accepted(first) || !contact_time_accepted(last) || first > last)
		summary_refuse(sqlerrcode, "First and last contact are out of order or out of range.");
	/* days apart by the calendar: at most one more than whole days between */
	if (last - first >= (MAX_SPAN_DAYS - 1) * USECS_PER_DAY &&
		timestamp_day(last) - timestamp_day(first) >= MAX_SPAN_DAYS)
		summary_refuse(sqlerrcode, "The span of days is out of range.");
}

/* Has a summary no slack, so that it is in canonical form? */
bool
summary_is_tight(const ContactSummary *s)
{
	return s->first_day == timestamp_day(s->first_contact) &&
		s->first_day + s->n_days - 1 == timestamp_day(s->last_contact);
}
