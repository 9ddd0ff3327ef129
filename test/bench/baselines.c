/*
 * baselines.c
 *		C functions that make bench compares with, built by
 *		test/bench/run.sh; not part of the extension.
 *
 *		noop_trigger returns the row unchanged: what any BEFORE ROW trigger
 *		costs an INSERT before it does any work.  skip_row drops the row:
 *		fired after flag_at_risk, it lets an INSERT measure the trigger's own
 *		cost without writing anything.  noop_transition takes the arguments
 *		of contact_summary(...) and only counts: what calling a C aggregate
 *		with nine arguments costs before it does any work.
 */
#include "postgres.h"
#include "fmgr.h"
#include "commands/trigger.h"

PG_MODULE_MAGIC;

PG_FUNCTION_INFO_V1(noop_trigger);
Datum
noop_trigger(PG_FUNCTION_ARGS)
{
	return PointerGetDatum(((TriggerData *) fcinfo->context)->tg_trigtuple);
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
