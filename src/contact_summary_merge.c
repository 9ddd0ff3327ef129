/*
 * contact_summary_merge.c
 *		Merging summaries: the merge of two into a new one (with slack in
 *		the span for a state being built), a summary added into another in
 *		place when it fits, and the capped set of people.  Everything is an
 *		integer, so merging is exact, associative and commutative.  Built on
 *		contact_summary_layout.c.
 *
 * Copyright (c) 2026, the attune developers; PostgreSQL License (LICENSE).
 */
#include "contact_summary.h"

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
 * their tallies added.  A hash among the PEOPLE_CAP smallest of the union
 * is among the PEOPLE_CAP smallest of each list it came from, so every list
 * that saw it kept it, and its tally is exact.
 */
static int
merge_people(PeopleList a, PeopleList b, uint64 *hashes, PersonTally *tallies)
{
	int			i = 0,
				j = 0,
				n = 0;

	while (n < PEOPLE_CAP && (i < a.n || j < b.n))
	{
		if (j >= b.n || (i < a.n && a.hashes[i] < b.hashes[j]))
		{
			hashes[n] = a.hashes[i];
			tallies[n++] = a.tallies[i++];
		}
		else if (i >= a.n || b.hashes[j] < a.hashes[i])
		{
			hashes[n] = b.hashes[j];
			tallies[n++] = b.tallies[j++];
		}
		else
		{
			hashes[n] = a.hashes[i];
			tallies[n] = a.tallies[i++];
			summary_add_tally(&tallies[n++], &b.tallies[j++]);
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

/* Adds the figures of src's quarters from..to into dst, shifted. */
static void
add_quarters(int32 *dst, const int32 *src, int from, int to, int shift)
{
	int			i;

	for (i = QUARTER_FIELDS * from; i < QUARTER_FIELDS * (to + 1); i++)
		if (pg_add_s32_overflow(dst[i + QUARTER_FIELDS * shift], src[i],
								&dst[i + QUARTER_FIELDS * shift]))
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("contact_summary quarter sum out of range"),
					 errdetail("A sum of one quarter's contacts or sentiment passes the range of int4.")));
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
	int32	   *dst_quarters = SUMMARY_PART(dst, dg, quarters, int32);
	const int32 *src_quarters = SUMMARY_PART(src, sg, quarters, int32);
	uint8	   *dst_days = SUMMARY_PART(dst, dg, active_days, uint8);
	const uint8 *src_days = SUMMARY_PART(src, sg, active_days, uint8);
	uint8	   *dst_execs = SUMMARY_PART(dst, dg, exec_quarters, uint8);
	const uint8 *src_execs = SUMMARY_PART(src, sg, exec_quarters, uint8);
	int			first,
				last;

	if (day_shift >= 0 && day_shift + sg->n_days <= dg->n_days)
	{
		add_quarters(dst_quarters, src_quarters, 0, sg->n_quarters - 1, quarter_shift);
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
	add_quarters(dst_quarters, src_quarters, first, last, quarter_shift);
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
 * Refuses contacts from day first to day last (days since 2000-01-01) in
 * one summary when they span more days than a summary holds.
 */
void
summary_check_span(int first, int last)
{
	if (last - first + 1 > MAX_SPAN_DAYS)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("contact_summary cannot span more than %d days", MAX_SPAN_DAYS),
				 errdetail("The contacts merged run from day %d to day %d after 2000-01-01.",
						   first, last),
				 errhint("Summarise shorter periods, for example per decade, and keep them apart.")));
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
	summary_check_span(first, last);
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
	PersonTally vendor_tallies[PEOPLE_CAP],
				customer_tallies[PEOPLE_CAP];
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
					  vendor, vendor_tallies);
	nc = merge_people(people_list(a, &ag, false), b ? people_list(b, &bg, false) : none,
					  customer, customer_tallies);
	merged_span(a, b, room, &first_day, &last_day);

	g = summary_geometry(nv, nc, first_day, last_day - first_day + 1);
	m = summary_allocate(&g);
	memcpy(SUMMARY_PART(m, &g, vendor_people, uint64), vendor, sizeof(uint64) * nv);
	memcpy(SUMMARY_PART(m, &g, customer_people, uint64), customer, sizeof(uint64) * nc);
	memcpy(SUMMARY_PART(m, &g, vendor_tallies, PersonTally), vendor_tallies, sizeof(PersonTally) * nv);
	memcpy(SUMMARY_PART(m, &g, customer_tallies, PersonTally), customer_tallies, sizeof(PersonTally) * nc);

	/* the int64 counters from contacts to customer_named are contiguous */
	mc = &m->contacts;
	ac = &a->contacts;
	for (i = 0; i <= &m->customer_named - &m->contacts; i++)
		mc[i] = ac[i];
	m->first_contact = a->first_contact;
	m->last_contact = a->last_contact;
	m->detailed = a->detailed;
	add_spans(m, &g, a, &ag);
	if (b != NULL)
	{
		const int64 *bc = &b->contacts;

		for (i = 0; i <= &m->customer_named - &m->contacts; i++)
			mc[i] = add_counts(mc[i], bc[i]);
		m->first_contact = Min(m->first_contact, b->first_contact);
		m->last_contact = Max(m->last_contact, b->last_contact);
		m->detailed = m->detailed && b->detailed;
		add_spans(m, &g, b, &bg);
	}
	return m;
}

/*
 * Keeps the PEOPLE_CAP smallest hashes of a full set, in order, with their
 * tallies; a hash that comes in starts with none (the caller adds its).
 */
void
summary_person_into_full_set(uint64 *hashes, PersonTally *tallies, uint64 h)
{
	PersonTally none = {0, PERSON_NO_FIRST, PERSON_NO_LAST, 0};
	int			i;

	if (h >= hashes[PEOPLE_CAP - 1])
		return;
	for (i = 0; i < PEOPLE_CAP - 1; i++)
		if (hashes[i] == h)
			return;
	for (i = PEOPLE_CAP - 1; i > 0 && hashes[i - 1] > h; i--)
	{
		hashes[i] = hashes[i - 1];
		tallies[i] = tallies[i - 1];
	}
	hashes[i] = h;
	tallies[i] = none;
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
tally_people(ContactSummary *dst, const SummaryGeometry *dg, PeopleList src, const int8 *places,
			 bool vendor)
{
	uint64	   *hashes = vendor ? SUMMARY_PART(dst, dg, vendor_people, uint64) :
		SUMMARY_PART(dst, dg, customer_people, uint64);
	PersonTally *tallies = vendor ? SUMMARY_PART(dst, dg, vendor_tallies, PersonTally) :
		SUMMARY_PART(dst, dg, customer_tallies, PersonTally);
	int			i;

	for (i = 0; i < src.n; i++)
		summary_tally_person(hashes, tallies, src.hashes[i], places[i], &src.tallies[i]);
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
	tally_people(dst, &dg, src_vendor, vendor_places, true);
	tally_people(dst, &dg, src_customer, customer_places, false);
	/* each count is at most the contacts, so once they add up, every count does */
	dc[0] = add_counts(dc[0], sc[0]);
	for (i = 1; i <= &dst->customer_named - &dst->contacts; i++)
		dc[i] += sc[i];
	dst->detailed = dst->detailed && src->detailed;
	dst->first_contact = Min(dst->first_contact, src->first_contact);
	dst->last_contact = Max(dst->last_contact, src->last_contact);
	add_spans(dst, &dg, src, &sg);
	return true;
}
