/*
 * noop_trigger.c
 *		Two C triggers for make bench, built by test/bench/run.sh; not part
 *		of the extension.  noop_trigger returns the row unchanged: what any
 *		BEFORE ROW trigger costs an INSERT before it does any work.
 *		skip_row drops the row: fired after flag_at_risk, it lets an INSERT
 *		measure the trigger's own cost without writing anything.
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
