/*
 * baselines.c
 *		C functions that make bench compares with, built by
 *		test/bench/run.sh; not part of the extension.
 *
 *		noop_trigger returns the row unchanged: what any BEFORE ROW trigger
 *		costs an INSERT before it does any work.  rewrite_row deforms the row
 *		and forms it again with the same values: what any trigger that
 *		changes a column costs before it computes anything (it is what
 *		heap_modify_tuple does).  skip_row drops the row:
 *		fired after flag_at_risk, it lets an INSERT measure the trigger's own
 *		cost without writing anything.  noop_transition takes the arguments
 *		of contact_summary(...) and only counts: what calling a C aggregate
 *		with nine arguments costs before it does any work.
 */
#include "postgres.h"
#include "fmgr.h"
#include "access/htup_details.h"
#include "commands/trigger.h"
#include "utils/rel.h"

PG_MODULE_MAGIC;

PG_FUNCTION_INFO_V1(noop_trigger);
Datum
noop_trigger(PG_FUNCTION_ARGS)
{
	return PointerGetDatum(((TriggerData *) fcinfo->context)->tg_trigtuple);
}

PG_FUNCTION_INFO_V1(rewrite_row);
Datum
rewrite_row(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	TupleDesc	tupdesc = RelationGetDescr(trigdata->tg_relation);
	Datum	   *values = palloc(sizeof(Datum) * tupdesc->natts);
	bool	   *nulls = palloc(sizeof(bool) * tupdesc->natts);
	HeapTuple	result;

	heap_deform_tuple(trigdata->tg_trigtuple, tupdesc, values, nulls);
	result = heap_form_tuple(tupdesc, values, nulls);
	result->t_self = trigdata->tg_trigtuple->t_self;
	result->t_tableOid = trigdata->tg_trigtuple->t_tableOid;
	return PointerGetDatum(result);
}

PG_FUNCTION_INFO_V1(skip_row);
Datum
skip_row(PG_FUNCTION_ARGS)
{
	return PointerGetDatum(NULL);
}

PG_FUNCTION_INFO_V1(noop_transition);
Datum
noop_transition(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64(PG_GETARG_INT64(0) + 1);
}
