/*
 * row_tail.h
 *		Forming a row that differs from another only in its last columns
 *		(row_tail.c).
 *
 * Copyright (c) 2026, the attune developers; PostgreSQL License (LICENSE).
 */
#ifndef ROW_TAIL_H
#define ROW_TAIL_H

#include "attune.h"

#include "access/htup.h"
#include "access/tupdesc.h"

/* The last columns of a table, which a trigger replaces. */
typedef struct RowTail
{
	int			first;			/* the tail's first column, 0-based; -1: none */
	TupleDesc	desc;			/* the tail's columns alone; NULL when none */
	bool		has_varwidth;	/* a variable-length column among them */
} RowTail;

extern void row_tail_init(RowTail *tail, TupleDesc tupdesc, int first, MemoryContext context);
extern void row_tail_free(RowTail *tail);
extern HeapTuple row_with_tail(const RowTail *tail, HeapTuple old, TupleDesc tupdesc,
							   Datum *values, bool *nulls);

#endif							/* ROW_TAIL_H */
