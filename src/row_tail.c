/*
 * row_tail.c
 *		Forming a row that differs from another only in its last columns,
 *		by copying the bytes of the columns before them.
 *
 * A BEFORE ROW trigger that sets a column must return a new row, and
 * heap_form_tuple lays out every column of it again: half of flag_at_risk's
 * instructions per row (callgrind).  When the columns a trigger sets are
 * the table's last ones (at_risk and risk_reasons are, in the examples and
 * the tutorial), the bytes of the columns before them are the same in the
 * new row: a row's data starts MAXALIGNed with or without a null bitmap, and
 * where each column starts depends only on the columns before it.  So the
 * new row is a fresh header, the old row's bytes up to the tail, and the
 * tail laid out as heap_fill_tuple would.  Rows this does not cover go to
 * heap_form_tuple: a NULL or an out-of-line value in the new tail, a row
 * with fewer columns than the table (stored before ALTER TABLE ADD COLUMN),
 * a row holding TOAST pointers.  The result is the row heap_form_tuple
 * would make, byte for byte (sql/trigger_layout.sql compares the pages),
 * but for one case: a value before the tail stays in the form it came in,
 * so a 4-byte-header value copied from a column of plain storage into one
 * that packs is not packed (as PostgreSQL stores such a copied row when no
 * trigger changes it; either form reads the same).
 *
 * Copyright (c) 2026, the attune developers; PostgreSQL License (LICENSE).
 */
#include "row_tail.h"

#include "access/htup_details.h"
#include "access/tupmacs.h"
#include "catalog/pg_type.h"

/* What the columns before the tail occupy in a stored row. */
typedef struct RowHead
{
	Size		length;			/* bytes of data, from the start of the row's data */
	bool		has_nulls;		/* a NULL among them */
	bool		has_varwidth;	/* a non-NULL variable-length value among them */
} RowHead;

/*
 * Replace the last columns of tupdesc, from the 0-based column first on;
 * first < 0 (or past the last column) leaves no tail, and row_with_tail
 * then forms every row with heap_form_tuple.
 */
void
row_tail_init(RowTail *tail, TupleDesc tupdesc, int first, MemoryContext context)
{
	MemoryContext old;
	int			i;

	tail->first = -1;
	tail->desc = NULL;
	tail->has_varwidth = false;
	if (first < 0 || first >= tupdesc->natts)
		return;
	old = MemoryContextSwitchTo(context);
	tail->desc = CreateTemplateTupleDesc(tupdesc->natts - first);
	for (i = first; i < tupdesc->natts; i++)
	{
		TupleDescCopyEntry(tail->desc, i - first + 1, tupdesc, i + 1);
		tail->has_varwidth |= TupleDescAttr(tupdesc, i)->attlen < 0;
	}
	MemoryContextSwitchTo(old);
	tail->first = first;
}

void
row_tail_free(RowTail *tail)
{
	if (tail->desc != NULL)
		FreeTupleDesc(tail->desc);
	tail->desc = NULL;
	tail->first = -1;
}

/* whether the new row can take the old row's bytes before the tail */
static bool
tail_replaceable(const RowTail *tail, HeapTuple old, TupleDesc tupdesc,
				 const Datum *values, const bool *nulls)
{
	int			i;

	if (tail->first < 0 || HeapTupleHeaderGetNatts(old->t_data) != tupdesc->natts ||
		(old->t_data->t_infomask & HEAP_HASEXTERNAL))
		return false;
	for (i = tail->first; i < tupdesc->natts; i++)
		if (nulls[i] || (TupleDescAttr(tupdesc, i)->attlen == -1 &&
						 VARATT_IS_EXTERNAL(DatumGetPointer(values[i]))))
			return false;
	return true;
}

/*
 * What the columns before the tail occupy in the old row, from the values
 * heap_deform_tuple gave: a value passed by reference points into the row,
 * so the data up to its end is known; one passed by value is aligned and
 * added, as in a walk of the row.
 */
static RowHead
row_head(HeapTupleHeader row, TupleDesc tupdesc, int first, const Datum *values,
		 const bool *nulls)
{
	char	   *data = (char *) row + row->t_hoff;
	RowHead		head = {0, false, false};
	int			i;

	for (i = 0; i < first; i++)
	{
		Form_pg_attribute att = TupleDescAttr(tupdesc, i);
		Pointer		value = DatumGetPointer(values[i]);

		if (nulls[i])
			head.has_nulls = true;
		else if (att->attbyval)
			head.length = att_align_nominal(head.length, att->attalign) + att->attlen;
		else
		{
			head.has_varwidth |= att->attlen < 0;
			head.length = att_addlength_pointer((Size) (value - data), att->attlen, value);
		}
	}
	return head;
}

/*
 * Lays out the tail's values from offset on, as heap_fill_tuple does for
 * values that are neither NULL nor out of line: a varlena of a packable
 * column that can take a 1-byte header gets one, unaligned; any other
 * value is aligned for its type.  With data NULL it only measures.  Returns
 * where the tail ends.
 */
static Size
lay_out_tail(TupleDesc tail, const Datum *values, Size offset, char *data)
{
	int			i;

	for (i = 0; i < tail->natts; i++)
	{
		Form_pg_attribute att = TupleDescAttr(tail, i);
		Pointer		value = DatumGetPointer(values[i]);
		Size		size;

		if (att->attlen == -1 && att->attstorage != TYPSTORAGE_PLAIN && VARATT_CAN_MAKE_SHORT(value))
		{
			size = VARATT_CONVERTED_SHORT_SIZE(value);
			if (data != NULL)
			{
				SET_VARSIZE_SHORT(data + offset, size);
				memcpy(data + offset + 1, VARDATA(value), size - 1);
			}
			offset += size;
			continue;
		}
		offset = att_align_datum(offset, att->attalign, att->attlen, values[i]);
		size = att->attbyval ? (Size) att->attlen : att_addlength_datum((Size) 0, att->attlen, values[i]);
		if (data != NULL && att->attbyval)
			store_att_byval(data + offset, values[i], att->attlen);
		else if (data != NULL)
			memcpy(data + offset, value, size);
		offset += size;
	}
	return offset;
}

/* the null bitmap of the new row: the head's bits as stored, the tail's set */
static void
copy_null_bitmap(HeapTupleHeader row, HeapTupleHeader old_row, int first, int natts)
{
	int			i;

	memcpy(row->t_bits, old_row->t_bits, BITMAPLEN(natts));
	for (i = first; i < natts; i++)
		row->t_bits[i >> 3] |= 1 << (i & 7);
}

/*
 * The row of values and nulls, formed in the current memory context: the
 * values and nulls heap_deform_tuple gave for old, but for the tail.
 */
HeapTuple
row_with_tail(const RowTail *tail, HeapTuple old, TupleDesc tupdesc, Datum *values, bool *nulls)
{
	HeapTupleHeader old_row = old->t_data;
	RowHead		head;
	Size		header_length;
	Size		data_length;
	HeapTuple	result;
	HeapTupleHeader row;
	char	   *data;

	if (!tail_replaceable(tail, old, tupdesc, values, nulls))
		return heap_form_tuple(tupdesc, values, nulls);
	head = row_head(old_row, tupdesc, tail->first, values, nulls);
	header_length = MAXALIGN(SizeofHeapTupleHeader +
							 (head.has_nulls ? BITMAPLEN(tupdesc->natts) : 0));
	data_length = lay_out_tail(tail->desc, values + tail->first, head.length, NULL);

	result = (HeapTuple) palloc(HEAPTUPLESIZE + header_length + data_length);
	row = (HeapTupleHeader) ((char *) result + HEAPTUPLESIZE);
	result->t_len = header_length + data_length;
	ItemPointerSetInvalid(&result->t_self);
	result->t_tableOid = InvalidOid;
	result->t_data = row;

	memset(row, 0, header_length);
	HeapTupleHeaderSetDatumLength(row, result->t_len);
	HeapTupleHeaderSetTypeId(row, tupdesc->tdtypeid);
	HeapTupleHeaderSetTypMod(row, tupdesc->tdtypmod);
	HeapTupleHeaderSetNatts(row, tupdesc->natts);
	row->t_hoff = header_length;
	if (head.has_nulls)
		copy_null_bitmap(row, old_row, tail->first, tupdesc->natts);

	data = (char *) row + header_length;
	memcpy(data, (char *) old_row + old_row->t_hoff, head.length);
	/* alignment padding in the tail must be zero, as in a row palloc0 made */
	memset(data + head.length, 0, data_length - head.length);
	lay_out_tail(tail->desc, values + tail->first, head.length, data);
	row->t_infomask = (head.has_nulls ? HEAP_HASNULL : 0) |
		(head.has_varwidth || tail->has_varwidth ? HEAP_HASVARWIDTH : 0);
	return result;
}
