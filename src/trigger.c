/*
 * trigger.c
 *		flag_at_risk(): a BEFORE INSERT OR UPDATE FOR EACH ROW trigger that
 *		sets at_risk and risk_reasons from the account figures in the same
 *		row, judged as of the transaction's start (DESIGN.md section 4).
 *
 * The columns it reads and writes have default names; trigger arguments
 * 'key=column' rename them, in the spirit of tsvector_update_trigger.  The
 * columns are resolved once per statement and kept in fn_extra.
 *
 * Copyright (c) 2026, the attune developers; PostgreSQL License (LICENSE).
 */
#include "risk.h"
#include "row_tail.h"

#include "access/htup_details.h"
#include "access/xact.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "utils/builtins.h"
#include "utils/float.h"
#include "utils/lsyscache.h"
#include "utils/numeric.h"
#include "utils/rel.h"
#include "utils/syscache.h"

typedef enum TriggerColumn
{
	COLUMN_SUMMARY,
	COLUMN_TRUST_SCORE,
	COLUMN_DASHBOARD,
	COLUMN_VENDOR_VIEW,
	COLUMN_CUSTOMER_VIEW,
	COLUMN_TARGET_STAGE,
	COLUMN_AT_RISK,
	COLUMN_RISK_REASONS,
	N_TRIGGER_COLUMNS
} TriggerColumn;

/* the keys of 'key=column' arguments, which are also the default column names */
static const char *const column_keys[N_TRIGGER_COLUMNS] = {
	"summary", "trust_score", "dashboard", "vendor_view", "customer_view", "target_stage",
	"at_risk", "risk_reasons"
};

/*
 * The risk_reasons array of a set of flags, kept for the rows that follow:
 * a few sets of flags recur row after row.  Direct-mapped by a hash of the
 * flags (the flags themselves differ most in their high bits).
 */
#define REASONS_CACHED 256

typedef struct ReasonsCache
{
	uint32		flags;
	ArrayType  *array;			/* NULL: empty */
} ReasonsCache;

/* What one trigger on one relation reads and writes, resolved once. */
typedef struct TriggerColumns
{
	Oid			trigger;		/* the trigger and relation resolved for */
	Oid			relation;
	AttrNumber	attnum[N_TRIGGER_COLUMNS];	/* 0: an input column that is absent */
	Oid			type[N_TRIGGER_COLUMNS];	/* base type of each present column */
	ReasonsCache reasons[REASONS_CACHED];	/* risk_reasons of recent sets of flags */
	RowTail		outputs;		/* the outputs when they are the last columns */
	Datum	   *values;			/* room for a row's values and nulls, reused row after row */
	bool	   *nulls;
} TriggerColumns;

static void
protocol_error(const char *message, const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
			 errmsg("flag_at_risk: %s", message),
			 detail ? errdetail("%s", detail) : 0,
			 errhint("Attach it as BEFORE INSERT OR UPDATE ... FOR EACH ROW EXECUTE FUNCTION "
					 "flag_at_risk('key=column', ...), with keys %s.",
					 attune_name_list(column_keys, N_TRIGGER_COLUMNS))));
}

static TriggerData *
check_trigger_call(FunctionCallInfo fcinfo)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;

	if (!CALLED_AS_TRIGGER(fcinfo))
		protocol_error("not called by the trigger manager", NULL);
	if (!TRIGGER_FIRED_BEFORE(trigdata->tg_event) ||
		!TRIGGER_FIRED_FOR_ROW(trigdata->tg_event) ||
		!(TRIGGER_FIRED_BY_INSERT(trigdata->tg_event) ||
		  TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event)))
		protocol_error("must be fired BEFORE INSERT OR UPDATE, FOR EACH ROW", NULL);
	return trigdata;
}

/* the column names: defaults, then each 'key=column' argument */
static void
column_names(const Trigger *trigger, const char *name[N_TRIGGER_COLUMNS],
			 bool renamed[N_TRIGGER_COLUMNS])
{
	int			i;

	for (i = 0; i < N_TRIGGER_COLUMNS; i++)
	{
		name[i] = column_keys[i];
		renamed[i] = false;
	}
	for (i = 0; i < trigger->tgnargs; i++)
	{
		const char *arg = trigger->tgargs[i];
		const char *equals = strchr(arg, '=');
		int			key;

		if (equals == NULL || equals == arg || equals[1] == '\0')
			protocol_error(psprintf("argument \"%s\" is not key=column", arg), NULL);
		for (key = 0; key < N_TRIGGER_COLUMNS; key++)
			if (strlen(column_keys[key]) == (size_t) (equals - arg) &&
				strncmp(column_keys[key], arg, equals - arg) == 0)
				break;
		if (key == N_TRIGGER_COLUMNS)
			protocol_error(psprintf("unknown key \"%s\" in argument \"%s\"",
									pnstrdup(arg, equals - arg), arg),
						   psprintf("The keys are %s.",
									attune_name_list(column_keys, N_TRIGGER_COLUMNS)));
		if (renamed[key])
			protocol_error(psprintf("key \"%s\" is given twice", column_keys[key]), NULL);
		name[key] = equals + 1;
		renamed[key] = true;
	}
}

/* the OID of one of attune's types, found next to the trigger function */
static Oid
attune_type(Oid function, const char *type_name)
{
	return GetSysCacheOid2(TYPENAMENSP, Anum_pg_type_oid, CStringGetDatum(type_name),
						   ObjectIdGetDatum(get_func_namespace(function)));
}

static bool
is_score_type(Oid type)
{
	return type == FLOAT8OID || type == FLOAT4OID || type == NUMERICOID ||
		type == INT2OID || type == INT4OID || type == INT8OID;
}

/* whether a column of this type can serve for a key */
static bool
column_type_fits(TriggerColumn column, Oid type, Oid summary_type, Oid stage_type)
{
	switch (column)
	{
		case COLUMN_SUMMARY:
			return type == summary_type;
		case COLUMN_TRUST_SCORE:
		case COLUMN_DASHBOARD:
			return is_score_type(type);
		case COLUMN_VENDOR_VIEW:
		case COLUMN_CUSTOMER_VIEW:
		case COLUMN_TARGET_STAGE:
			return type == stage_type;
		case COLUMN_AT_RISK:
			return type == BOOLOID;
		case COLUMN_RISK_REASONS:
			return type == TEXTARRAYOID;
		case N_TRIGGER_COLUMNS:
			break;
	}
	return false;
}

#define A_NUMBER "a number (float8, float4, numeric, int2, int4 or int8)"

static const char *const expected_types[N_TRIGGER_COLUMNS] = {
	"of type contact_summary", A_NUMBER, A_NUMBER, "of type rel_stage", "of type rel_stage",
	"of type rel_stage", "of type boolean", "of type text[]"
};

static void
resolve_columns(TriggerColumns *cols, FunctionCallInfo fcinfo, const TriggerData *trigdata)
{
	Relation	rel = trigdata->tg_relation;
	TupleDesc	tupdesc = RelationGetDescr(rel);
	const char *name[N_TRIGGER_COLUMNS];
	bool		renamed[N_TRIGGER_COLUMNS];
	Oid			summary_type = attune_type(fcinfo->flinfo->fn_oid, "contact_summary");
	Oid			stage_type = attune_type(fcinfo->flinfo->fn_oid, "rel_stage");
	int			i;

	column_names(trigdata->tg_trigger, name, renamed);
	cols->trigger = trigdata->tg_trigger->tgoid;
	cols->relation = RelationGetRelid(rel);
	for (i = 0; i < N_TRIGGER_COLUMNS; i++)
	{
		int			attnum = SPI_fnumber(tupdesc, name[i]);
		bool		output = (i == COLUMN_AT_RISK || i == COLUMN_RISK_REASONS);

		cols->attnum[i] = 0;
		if (attnum <= 0)
		{
			if (output || renamed[i])
				ereport(ERROR,
						(errcode(ERRCODE_UNDEFINED_COLUMN),
						 errmsg("flag_at_risk: column \"%s\" of relation \"%s\" does not exist",
								name[i], RelationGetRelationName(rel)),
						 errdetail("The %s column is %s.", column_keys[i],
								   renamed[i] ? "named by a trigger argument" : "required"),
						 errhint("Add the column, or name another with the trigger argument '%s=column'.",
								 column_keys[i])));
			continue;
		}
		cols->type[i] = output ? TupleDescAttr(tupdesc, attnum - 1)->atttypid
			: getBaseType(TupleDescAttr(tupdesc, attnum - 1)->atttypid);
		if (!column_type_fits((TriggerColumn) i, cols->type[i], summary_type, stage_type))
			ereport(ERROR,
					(errcode(ERRCODE_DATATYPE_MISMATCH),
					 errmsg("flag_at_risk: column \"%s\" of relation \"%s\" has type %s",
							name[i], RelationGetRelationName(rel), format_type_be(cols->type[i])),
					 errdetail("The %s column must be %s.", column_keys[i],
							   expected_types[i])));
		cols->attnum[i] = attnum;
	}
}

/*
 * The first output column (0-based) when the two outputs are the table's
 * last columns, in either order, so that a new row can keep the old row's
 * bytes before them (row_tail.c); -1 otherwise.
 */
static int
outputs_tail(const TriggerColumns *cols, int natts)
{
	AttrNumber	at_risk = cols->attnum[COLUMN_AT_RISK];
	AttrNumber	risk_reasons = cols->attnum[COLUMN_RISK_REASONS];

	if (Max(at_risk, risk_reasons) == natts && Min(at_risk, risk_reasons) == natts - 1)
		return natts - 2;
	return -1;
}

/* the resolved columns, cached for the rest of the statement */
static TriggerColumns *
trigger_columns(FunctionCallInfo fcinfo, const TriggerData *trigdata)
{
	TriggerColumns *cols = (TriggerColumns *) fcinfo->flinfo->fn_extra;

	if (cols == NULL || cols->trigger != trigdata->tg_trigger->tgoid ||
		cols->relation != RelationGetRelid(trigdata->tg_relation))
	{
		TriggerColumns resolved;
		TupleDesc	tupdesc = RelationGetDescr(trigdata->tg_relation);
		int			natts = tupdesc->natts;

		/* resolve first, so that an error leaves no half-made cache behind */
		resolve_columns(&resolved, fcinfo, trigdata);
		memset(resolved.reasons, 0, sizeof(resolved.reasons));
		row_tail_init(&resolved.outputs, tupdesc, outputs_tail(&resolved, natts),
					  fcinfo->flinfo->fn_mcxt);
		resolved.values = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, sizeof(Datum) * natts);
		resolved.nulls = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, sizeof(bool) * natts);
		if (cols == NULL)
			cols = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, sizeof(TriggerColumns));
		else
		{
			pfree(cols->values);
			pfree(cols->nulls);
			row_tail_free(&cols->outputs);
		}
		*cols = resolved;
		fcinfo->flinfo->fn_extra = cols;
	}
	return cols;
}

static double
score_of_datum(Datum value, Oid type)
{
	switch (type)
	{
		case FLOAT8OID:
			return DatumGetFloat8(value);
		case FLOAT4OID:
			return DatumGetFloat4(value);
		case NUMERICOID:
			return DatumGetFloat8(DirectFunctionCall1(numeric_float8, value));
		case INT2OID:
			return DatumGetInt16(value);
		case INT4OID:
			return DatumGetInt32(value);
		default:
			return (double) DatumGetInt64(value);
	}
}

/* A row's values, deformed once. */
typedef struct RowValues
{
	Datum	   *values;
	bool	   *nulls;
} RowValues;

/* a present, non-NULL input column's value */
static bool
input_value(const RowValues *row, const TriggerColumns *cols, TriggerColumn column, Datum *value)
{
	AttrNumber	attnum = cols->attnum[column];

	if (attnum <= 0 || row->nulls[attnum - 1])
		return false;
	*value = row->values[attnum - 1];
	return true;
}

/* a score column's value, checked and named by its column; NaN when absent or NULL */
static double
score_column(const RowValues *row, TupleDesc tupdesc, const TriggerColumns *cols,
			 TriggerColumn column)
{
	Datum		value;

	if (!input_value(row, cols, column, &value))
		return get_float8_nan();
	return risk_check_score(score_of_datum(value, cols->type[column]),
							NameStr(TupleDescAttr(tupdesc, cols->attnum[column] - 1)->attname));
}

static RiskInputs
risk_inputs_of_row(const RowValues *row, TupleDesc tupdesc, const TriggerColumns *cols)
{
	RiskInputs	in = risk_inputs_none();
	Datum		value;

	in.has_as_of = true;
	in.as_of = GetCurrentTransactionStartTimestamp();
	in.contacts_recorded = cols->attnum[COLUMN_SUMMARY] > 0;
	if (input_value(row, cols, COLUMN_SUMMARY, &value))
		in.summary = DatumGetContactSummary(value);
	in.trust_score = score_column(row, tupdesc, cols, COLUMN_TRUST_SCORE);
	in.dashboard = score_column(row, tupdesc, cols, COLUMN_DASHBOARD);
	if (input_value(row, cols, COLUMN_VENDOR_VIEW, &value))
		in.vendor_view = rel_stage_checked(DatumGetLabel(value));
	if (input_value(row, cols, COLUMN_CUSTOMER_VIEW, &value))
		in.customer_view = rel_stage_checked(DatumGetLabel(value));
	if (input_value(row, cols, COLUMN_TARGET_STAGE, &value))
		in.target_stage = rel_stage_checked(DatumGetLabel(value));
	return in;
}

/* the risk_reasons array of a set of flags, from the cache or made for it */
static ArrayType *
reasons_of(TriggerColumns *cols, uint32 flags, MemoryContext cache_context)
{
	ReasonsCache *entry = &cols->reasons[(uint32) (flags * 2654435761u) >> 24];

	if (entry->array == NULL || entry->flags != flags)
	{
		MemoryContext old = MemoryContextSwitchTo(cache_context);

		if (entry->array != NULL)
			pfree(entry->array);
		entry->array = risk_flags_array(flags);
		entry->flags = flags;
		MemoryContextSwitchTo(old);
	}
	return entry->array;
}

/*
 * Does the row already hold these flags?  Then it is returned as it is, and
 * no new row is formed: a nightly refresh that changes few accounts' flags
 * mostly writes rows whose flags stay.  The reasons are compared byte for
 * byte (a differently built but equal array only costs the new row).
 */
static bool
flags_unchanged(const RowValues *row, const TriggerColumns *cols, uint32 flags,
				const ArrayType *reasons)
{
	int			at_risk = cols->attnum[COLUMN_AT_RISK] - 1;
	int			risk_reasons = cols->attnum[COLUMN_RISK_REASONS] - 1;
	struct varlena *stored;

	if (row->nulls[at_risk] || DatumGetBool(row->values[at_risk]) != (flags != 0) ||
		row->nulls[risk_reasons])
		return false;
	stored = (struct varlena *) DatumGetPointer(row->values[risk_reasons]);
	if (VARATT_IS_EXTENDED(stored) && !VARATT_IS_SHORT(stored))
		return false;			/* compressed or out of line: not worth fetching */
	return VARSIZE_ANY_EXHDR(stored) == VARSIZE(reasons) - VARHDRSZ &&
		memcmp(VARDATA_ANY(stored), VARDATA(reasons), VARSIZE(reasons) - VARHDRSZ) == 0;
}

PG_FUNCTION_INFO_V1(flag_at_risk);
Datum
flag_at_risk(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = check_trigger_call(fcinfo);
	TriggerColumns *cols = trigger_columns(fcinfo, trigdata);
	TupleDesc	tupdesc = RelationGetDescr(trigdata->tg_relation);
	HeapTuple	tuple = TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event)
		? trigdata->tg_newtuple : trigdata->tg_trigtuple;
	RowValues	row;
	RiskInputs	in;
	uint32		flags;
	ArrayType  *reasons;
	HeapTuple	result;

	/* deform once: read the inputs, replace the outputs, form the new row */
	row.values = cols->values;
	row.nulls = cols->nulls;
	heap_deform_tuple(tuple, tupdesc, row.values, row.nulls);
	in = risk_inputs_of_row(&row, tupdesc, cols);
	flags = risk_flags_of(&in);
	reasons = reasons_of(cols, flags, fcinfo->flinfo->fn_mcxt);
	if (flags_unchanged(&row, cols, flags, reasons))
		return PointerGetDatum(tuple);
	row.values[cols->attnum[COLUMN_AT_RISK] - 1] = BoolGetDatum(flags != 0);
	row.nulls[cols->attnum[COLUMN_AT_RISK] - 1] = false;
	row.values[cols->attnum[COLUMN_RISK_REASONS] - 1] = PointerGetDatum(reasons);
	row.nulls[cols->attnum[COLUMN_RISK_REASONS] - 1] = false;
	result = row_with_tail(&cols->outputs, tuple, tupdesc, row.values, row.nulls);
	/* keep the row's identity, as heap_modify_tuple does */
	result->t_data->t_ctid = tuple->t_data->t_ctid;
	result->t_self = tuple->t_self;
	result->t_tableOid = tuple->t_tableOid;
	return PointerGetDatum(result);
}
