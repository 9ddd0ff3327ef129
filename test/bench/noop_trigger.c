/*
 * noop_trigger.c
 *		A C trigger that returns the row unchanged: make bench's baseline for
 *		what any BEFORE ROW trigger costs an INSERT, before it does any work.
 *		Built by test/bench/run.sh; not part of the extension.
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
