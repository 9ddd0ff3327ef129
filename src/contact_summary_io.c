/*
 * contact_summary_io.c
 *		The top layer of contact_summary: text and binary I/O, the
 *		validation of a value that came from outside, equality, order and
 *		hashing.  The text form is a line of key=value fields in a fixed
 *		order, readable and exact; the input function parses it, validates
 *		the result, prints it again and requires the same text back, so only
 *		the canonical form is accepted.  The binary form (below) is portable
 *		and re-validated on receipt.  Built on the layout and the stored form.
 *
 * Copyright (c) 2026, the attune developers; PostgreSQL License (LICENSE).
 */
#include "contact_summary.h"

#include <inttypes.h>

#include "common/hashfn.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/datetime.h"
#include "utils/timestamp.h"

/* -------------------------------------------------------------- validation */

/*
 * A person's days lie in the summary's span, in order, and the level is one
 * of N_LEVELS or none: the stored form holds nothing else (offsets in the
 * span, a nibble).
 */
static void
validate_people_unstored(const ContactSummary *s, const SummaryGeometry *g, int sqlerrcode)
{
	const PersonTally *tallies = SUMMARY_PART(s, g, vendor_tallies, PersonTally);
	int			i;

	for (i = 0; i < g->n_vendor_people + g->n_customer_people; i++)
		if (tallies[i].first_day < g->first_day || tallies[i].last_day < tallies[i].first_day ||
			tallies[i].last_day >= g->first_day + g->n_days || tallies[i].level > N_LEVELS)
			summary_refuse(sqlerrcode, "A person's days of contact lie outside the summary's or its level is none of the levels.");
}

/*
 * What the stored form cannot hold or leaves out, checked before a value is
 * stored to check the rest (summary_check_content): signs (it stores
 * unsigned numbers), the sums of a quarter with nothing rated, and the
 * days of a span of one or two days (every day of such a span has a
 * contact).
 */
static void
validate_unstored(const ContactSummary *s, const SummaryGeometry *g, int sqlerrcode)
{
	const int64 *counts = &s->contacts;
	const int32 *quarters = SUMMARY_PART(s, g, quarters, int32);
	const uint8 *days = SUMMARY_PART(s, g, active_days, uint8);
	int			i;

	if (s->contacts < 1)
		summary_refuse(sqlerrcode, "A summary holds at least one contact.");
	for (i = 0; i <= &s->customer_named - &s->contacts; i++)
		if (counts[i] < 0)
			summary_refuse(sqlerrcode, "A count is negative.");
	for (i = 0; i < g->n_quarters; i++)
	{
		const int32 *q = &quarters[QUARTER_FIELDS * i];

		if (q[SENTIMENT_GOOD] < 0 || q[SENTIMENT_BAD] < 0 || q[SENTIMENT_RATED] < 0 ||
			q[QUARTER_CUSTOMER_STARTED] < 0 || q[QUARTER_VENDOR_STARTED] < 0)
			summary_refuse(sqlerrcode, "A quarter's sum or count is negative.");
		if (q[SENTIMENT_RATED] == 0 && (q[SENTIMENT_GOOD] != 0 || q[SENTIMENT_BAD] != 0))
			summary_refuse(sqlerrcode, "Sentiment sums exceed what the rated contacts can hold.");
	}
	if (g->n_days <= 2 && days[0] != (g->n_days == 1 ? 0x01 : 0x03))
		summary_refuse(sqlerrcode, "Active days do not match the span and the contacts.");
	if (s->detailed)
		validate_people_unstored(s, g, sqlerrcode);
}

/*
 * Check every field of a summary made from outside (text or binary input,
 * sized by summary_geometry_checked, so its header is consistent): what the
 * stored form cannot hold here, the rest by the reader of stored values.
 */
static void
summary_validate(const ContactSummary *s, int sqlerrcode)
{
	SummaryGeometry g = summary_geometry_of(s);

	validate_unstored(s, &g, sqlerrcode);
	summary_check_content(s, sqlerrcode);
}

/* ------------------------------------------------------------- text output */

static void
append_timestamp(StringInfo buf, TimestampTz t)
{
	struct pg_tm tm;
	fsec_t		fsec;

	if (timestamp2tm(t, NULL, &tm, &fsec, NULL, NULL) != 0)
		summary_refuse(ERRCODE_DATA_CORRUPTED, "A timestamp is out of range.");
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

/* a UTC day as YYYY-MM-DD */
static void
append_day(StringInfo buf, int day)
{
	int			year,
				month,
				mday;

	j2date(day + POSTGRES_EPOCH_JDATE, &year, &month, &mday);
	appendStringInfo(buf, "%04d-%02d-%02d", year, month, mday);
}

/*
 * people as hash:contacts, the hash in 16 hex digits; detailed, with
 * :first day:last day:level (0 for none, else org_level's integer)
 */
static void
append_people(StringInfo buf, const char *key, PeopleList people, bool detailed)
{
	int			i;

	appendStringInfo(buf, " %s=", key);
	for (i = 0; i < people.n; i++)
	{
		appendStringInfo(buf, "%s%016" PRIx64 ":%u", i ? "," : "", people.hashes[i],
						 people.tallies[i].contacts);
		if (!detailed)
			continue;
		appendStringInfoChar(buf, ':');
		append_day(buf, people.tallies[i].first_day);
		appendStringInfoChar(buf, ':');
		append_day(buf, people.tallies[i].last_day);
		appendStringInfo(buf, ":%d", people.tallies[i].level);
	}
}

static void
append_bits(StringInfo buf, const char *key, const uint8 *bits, int nbits)
{
	int			i;

	appendStringInfo(buf, " %s=", key);
	for (i = 0; i < (nbits + 7) / 8; i++)
		appendStringInfo(buf, "%02x", bits[i]);
}

/*
 * The text form; its version ("v1", "v2") is its stored format's: v2 has
 * the contacts naming a person of each side, each person's days and level,
 * and each quarter's contacts started by each side.
 */
static char *
summary_text(const ContactSummary *s)
{
	SummaryGeometry g = summary_geometry_of(s);
	const int32 *quarters = SUMMARY_PART(s, &g, quarters, int32);
	StringInfoData buf;
	int			i;

	initStringInfo(&buf);
	appendStringInfo(&buf, "v%d contacts=" INT64_FORMAT " first=", s->detailed ? 2 : 1, s->contacts);
	append_timestamp(&buf, s->first_contact);
	appendStringInfoString(&buf, " last=");
	append_timestamp(&buf, s->last_contact);
	append_counts(&buf, "channels", s->channels, N_CHANNELS);
	append_counts(&buf, "vendor_levels", s->vendor_levels, N_LEVELS);
	append_counts(&buf, "customer_levels", s->customer_levels, N_LEVELS);
	append_counts(&buf, "initiated", &s->customer_initiated, 2);
	append_counts(&buf, "focus", &s->future_focused, 2);
	if (s->detailed)
		append_counts(&buf, "named", &s->vendor_named, 2);
	append_people(&buf, "vendor_people", people_list(s, &g, true), s->detailed);
	append_people(&buf, "customer_people", people_list(s, &g, false), s->detailed);
	append_bits(&buf, "days", SUMMARY_PART(s, &g, active_days, uint8), g.n_days);
	append_bits(&buf, "exec_quarters", SUMMARY_PART(s, &g, exec_quarters, uint8), g.n_quarters);
	appendStringInfoString(&buf, s->detailed ? " quarters=" : " sentiment=");
	for (i = 0; i < g.n_quarters; i++)
	{
		const int32 *q = &quarters[QUARTER_FIELDS * i];

		appendStringInfo(&buf, "%s%d:%d:%d", i ? "," : "", q[SENTIMENT_GOOD], q[SENTIMENT_BAD],
						 q[SENTIMENT_RATED]);
		if (s->detailed)
			appendStringInfo(&buf, ":%d:%d", q[QUARTER_CUSTOMER_STARTED], q[QUARTER_VENDOR_STARTED]);
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

static int32
parse_int32(Parser *ps)
{
	return (int32) parse_bounded(ps, PG_INT32_MAX, "a number that fits in 32 bits");
}

#define DATE_FORMAT "a date YYYY-MM-DD"

/* a date as YYYY-MM-DD, as a UTC day since 2000-01-01 */
static int
parse_day(Parser *ps)
{
	int			year = parse_digits(ps, 4, DATE_FORMAT);
	int			month,
				mday;

	expect(ps, "-");
	month = parse_digits(ps, 2, DATE_FORMAT);
	expect(ps, "-");
	mday = parse_digits(ps, 2, DATE_FORMAT);
	if (year < 1 || month < 1 || month > 12 || mday < 1 || mday > day_tab[isleap(year)][month - 1])
		syntax_error(ps, "a valid date");
	return date2j(year, month, mday) - POSTGRES_EPOCH_JDATE;
}

/*
 * a comma-separated list of hash:contacts, the hash in 16 hex digits, up to
 * the next space; detailed, each with :first day:last day:level
 */
static int
parse_people(Parser *ps, const char *key, uint64 *hashes, PersonTally *tallies, bool detailed)
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
		memset(&tallies[n], 0, sizeof(PersonTally));
		tallies[n].contacts = (uint32) parse_bounded(ps, PG_UINT32_MAX, "a count that fits in 32 bits");
		if (detailed)
		{
			expect(ps, ":");
			tallies[n].first_day = parse_day(ps);
			expect(ps, ":");
			tallies[n].last_day = parse_day(ps);
			expect(ps, ":");
			tallies[n].level = (uint8) parse_bounded(ps, N_LEVELS, "a level from 0 to 4");
		}
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


/*
 * The longest text a summary can have, every part at its widest: the keys
 * and separators, 23 counts, two timestamps, PEOPLE_CAP people a side (a
 * hash, a count, two dates, a level, separators), the bitmaps of the
 * longest span and five numbers per quarter.  A longer input is refused
 * before any of it is read.
 */
#define MAX_SUMMARY_TEXT	(512 + 23 * 20 + 2 * 27 + 2 * PEOPLE_CAP * (16 + 10 + 2 * 10 + 1 + 5) + \
							 (MAX_SPAN_DAYS + 7) / 8 * 2 + (MAX_WINDOW_QUARTERS + 7) / 8 * 2 + \
							 MAX_WINDOW_QUARTERS * 5 * 11)

/* the quarters' figures: three (v1: sentiment) or five (v2) numbers each */
static void
parse_quarters(Parser *ps, int32 *quarters, int n_quarters, bool detailed)
{
	int			fields = detailed ? QUARTER_FIELDS : SENTIMENT_FIELDS;
	int			i,
				f;

	expect(ps, detailed ? " quarters=" : " sentiment=");
	for (i = 0; i < n_quarters; i++)
	{
		if (i > 0)
			expect(ps, ",");
		for (f = 0; f < fields; f++)
		{
			if (f > 0)
				expect(ps, ":");
			quarters[QUARTER_FIELDS * i + f] = parse_int32(ps);
		}
	}
}

static ContactSummary *
summary_parse(const char *input)
{
	Parser		ps = {input, input};
	ContactSummary head = {0};
	uint64		vendor[PEOPLE_CAP],
				customer[PEOPLE_CAP];
	PersonTally vendor_tallies[PEOPLE_CAP],
				customer_tallies[PEOPLE_CAP];
	int			nv,
				nc,
				first_day,
				n_days;
	int64		span;
	SummaryGeometry g;
	ContactSummary *s;

	if (strnlen(input, MAX_SUMMARY_TEXT + 1) > MAX_SUMMARY_TEXT)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type contact_summary"),
				 errdetail("The input is longer than the text of any contact_summary (%d characters).",
						   MAX_SUMMARY_TEXT),
				 errhint("Use the text that contact_summary output gives, unchanged.")));
	if (strncmp(input, "v2 ", 3) == 0)
		head.detailed = true;
	else
		expect(&ps, "v1 ");
	ps.p = input + 3;
	expect(&ps, "contacts=");
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
	if (head.detailed)
		parse_counts(&ps, " named=", &head.vendor_named, 2);
	nv = parse_people(&ps, " vendor_people=", vendor, vendor_tallies, head.detailed);
	nc = parse_people(&ps, " customer_people=", customer, customer_tallies, head.detailed);

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
	s->detailed = head.detailed;
	memcpy(&s->first_contact, &head.first_contact,
		   sizeof(ContactSummary) - offsetof(ContactSummary, first_contact));
	memcpy(SUMMARY_PART(s, &g, vendor_people, uint64), vendor, sizeof(uint64) * nv);
	memcpy(SUMMARY_PART(s, &g, customer_people, uint64), customer, sizeof(uint64) * nc);
	memcpy(SUMMARY_PART(s, &g, vendor_tallies, PersonTally), vendor_tallies, sizeof(PersonTally) * nv);
	memcpy(SUMMARY_PART(s, &g, customer_tallies, PersonTally), customer_tallies, sizeof(PersonTally) * nc);
	parse_bits(&ps, " days=", SUMMARY_PART(s, &g, active_days, uint8), g.n_days);
	parse_bits(&ps, " exec_quarters=", SUMMARY_PART(s, &g, exec_quarters, uint8), g.n_quarters);
	parse_quarters(&ps, SUMMARY_PART(s, &g, quarters, int32), g.n_quarters, s->detailed);
	if (*ps.p != '\0')
		syntax_error(&ps, "the end of the input");

	summary_validate(s, ERRCODE_INVALID_TEXT_REPRESENTATION);
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
 * the server's.  A version byte (its stored format's); the people kept a
 * side (int16 each); first and last contact (int64 microseconds since
 * 2000-01-01, as timestamptz's binary form); the 21 counts from contacts to
 * past_focused, and in version 2 the contacts naming a person of each side
 * (int64); each side's hashes (int64), then each side's contacts per person
 * (int32), and in version 2 each person's first and last day (int32, days
 * since 2000-01-01) and level (a byte); per quarter the sentiment sums and
 * rated contacts, and in version 2 the contacts each side started (int32);
 * the bitmaps of days and executive quarters (bytes).  The days and quarters
 * follow from first and last contact, so the length a value must have is
 * known before any of its parts is read.
 */
#define WIRE_COUNTS_1		21
#define WIRE_COUNTS_2		23
#define WIRE_FIXED			(1 + 2 * 2 + 2 * 8 + WIRE_COUNTS_1 * 8)

StaticAssertDecl(offsetof(ContactSummary, customer_named) - offsetof(ContactSummary, contacts) ==
				 (WIRE_COUNTS_2 - 1) * sizeof(int64), "the counts sent are contiguous int64s");

/* bytes after the fixed header of a value of this geometry and version */
static int64
wire_length(const SummaryGeometry *g, bool detailed)
{
	int64		people = g->n_vendor_people + g->n_customer_people;

	return (detailed ? WIRE_COUNTS_2 : WIRE_COUNTS_1) * 8 + people * (8 + 4 + (detailed ? 9 : 0)) +
		(int64) g->n_quarters * 4 * (detailed ? QUARTER_FIELDS : SENTIMENT_FIELDS) +
		(g->n_days + 7) / 8 + (g->n_quarters + 7) / 8;
}

PG_FUNCTION_INFO_V1(contact_summary_send);
Datum
contact_summary_send(PG_FUNCTION_ARGS)
{
	ContactSummary *s = PG_GETARG_CONTACT_SUMMARY(0);
	SummaryGeometry g = summary_geometry_of(s);
	const int64 *counts = &s->contacts;
	const uint64 *hashes = SUMMARY_PART(s, &g, vendor_people, uint64);
	const PersonTally *tallies = SUMMARY_PART(s, &g, vendor_tallies, PersonTally);
	const int32 *quarters = SUMMARY_PART(s, &g, quarters, int32);
	int			n_people = g.n_vendor_people + g.n_customer_people;
	int			fields = s->detailed ? QUARTER_FIELDS : SENTIMENT_FIELDS;
	StringInfoData buf;
	int			i,
				f;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, s->detailed ? 2 : 1);
	pq_sendint16(&buf, s->n_vendor_people);
	pq_sendint16(&buf, s->n_customer_people);
	pq_sendint64(&buf, s->first_contact);
	pq_sendint64(&buf, s->last_contact);
	for (i = 0; i < (s->detailed ? WIRE_COUNTS_2 : WIRE_COUNTS_1); i++)
		pq_sendint64(&buf, counts[i]);
	for (i = 0; i < n_people; i++)
		pq_sendint64(&buf, (int64) hashes[i]);
	for (i = 0; i < n_people; i++)
		pq_sendint32(&buf, tallies[i].contacts);
	for (i = 0; s->detailed && i < n_people; i++)
	{
		pq_sendint32(&buf, tallies[i].first_day);
		pq_sendint32(&buf, tallies[i].last_day);
		pq_sendbyte(&buf, tallies[i].level);
	}
	for (i = 0; i < g.n_quarters; i++)
		for (f = 0; f < fields; f++)
			pq_sendint32(&buf, quarters[QUARTER_FIELDS * i + f]);
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
	PersonTally *tallies;
	int32	   *quarters;
	int			version,
				n_vendor,
				n_customer,
				fields,
				i,
				f;
	TimestampTz first,
				last;

	if (buf->len - buf->cursor < WIRE_FIXED)
		summary_refuse(ERRCODE_INVALID_BINARY_REPRESENTATION, "The value is shorter than the fixed header.");
	version = pq_getmsgbyte(buf);
	if (version != 1 && version != 2)
		summary_refuse(ERRCODE_INVALID_BINARY_REPRESENTATION, "Unknown format version.");
	n_vendor = (uint16) pq_getmsgint(buf, 2);
	n_customer = (uint16) pq_getmsgint(buf, 2);
	first = pq_getmsgint64(buf);
	last = pq_getmsgint64(buf);
	g = summary_geometry_checked(n_vendor, n_customer, first, last, ERRCODE_INVALID_BINARY_REPRESENTATION);
	if (buf->len - buf->cursor != wire_length(&g, version == 2))
		summary_refuse(ERRCODE_INVALID_BINARY_REPRESENTATION,
					   "The length does not match the counts of people, days and quarters.");
	s = summary_allocate(&g);
	s->detailed = version == 2;
	s->first_contact = first;
	s->last_contact = last;
	counts = &s->contacts;
	for (i = 0; i < (s->detailed ? WIRE_COUNTS_2 : WIRE_COUNTS_1); i++)
		counts[i] = pq_getmsgint64(buf);
	hashes = SUMMARY_PART(s, &g, vendor_people, uint64);
	for (i = 0; i < n_vendor + n_customer; i++)
		hashes[i] = (uint64) pq_getmsgint64(buf);
	tallies = SUMMARY_PART(s, &g, vendor_tallies, PersonTally);
	for (i = 0; i < n_vendor + n_customer; i++)
		tallies[i].contacts = pq_getmsgint(buf, 4);
	for (i = 0; s->detailed && i < n_vendor + n_customer; i++)
	{
		tallies[i].first_day = (int32) pq_getmsgint(buf, 4);
		tallies[i].last_day = (int32) pq_getmsgint(buf, 4);
		tallies[i].level = (uint8) pq_getmsgbyte(buf);
	}
	quarters = SUMMARY_PART(s, &g, quarters, int32);
	fields = s->detailed ? QUARTER_FIELDS : SENTIMENT_FIELDS;
	for (i = 0; i < g.n_quarters; i++)
		for (f = 0; f < fields; f++)
			quarters[QUARTER_FIELDS * i + f] = (int32) pq_getmsgint(buf, 4);
	pq_copymsgbytes(buf, (char *) s + g.active_days, (int) (g.size - g.active_days));
	summary_validate(s, ERRCODE_INVALID_BINARY_REPRESENTATION);
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
		StoredHead	ah,
					bh;

		summary_stored_head(VARDATA_ANY(a), a_len, &ah);
		summary_stored_head(VARDATA_ANY(b), b_len, &bh);

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

