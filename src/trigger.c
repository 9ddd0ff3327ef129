/*
 * trigger.c
 *		flag_at_risk(): a BEFORE INSERT OR UPDATE FOR EACH ROW trigger that
 *		sets at_risk, risk_reasons and (optionally) health from the account
 *		figures in the same row, judged as of the transaction's start, and
 *		may notify a channel of a row whose flags change (DESIGN.md section
 *		4); and flag_at_risk_refresh(), which re-judges such a table as of
 *		now (section 5).
 *
 * The columns it reads and writes have default names; trigger arguments
 * 'key=column' rename them, in the spirit of tsvector_update_trigger, and
 * 'notify=channel' names a channel.  The columns are resolved once per
 * statement and kept in fn_extra.
 *
 * Copyright (c) 2026, the attune developers; PostgreSQL License (LICENSE).
 */
#include "risk.h"
#include "row_tail.h"

#include "access/genam.h"
#include "access/htup_details.h"
#include "access/table.h"
#include "access/xact.h"
#include "catalog/pg_type.h"
#include "commands/async.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "parser/parse_func.h"
#include "utils/json.h"
#include "utils/builtins.h"
#include "utils/float.h"
#include "utils/lsyscache.h"
#include "utils/numeric.h"
#include "utils/rel.h"
#include "utils/relcache.h"
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
	COLUMN_HEALTH,				/* an optional output */
	N_TRIGGER_COLUMNS
} TriggerColumn;

/*
 * The longest payload a notification takes, plus one: PostgreSQL's
 * NOTIFY_PAYLOAD_MAX_LENGTH, which async.c does not export.
 */
#define NOTIFY_PAYLOAD_LIMIT	(BLCKSZ - NAMEDATALEN - 128)

/* the key of 'notify=channel', after the columns' keys */
#define KEY_NOTIFY		N_TRIGGER_COLUMNS
#define N_TRIGGER_KEYS	(N_TRIGGER_COLUMNS + 1)

/* the keys of the arguments; a column's is also its default name */
static const char *const trigger_keys[N_TRIGGER_KEYS] = {
	"summary", "trust_score", "dashboard", "vendor_view", "customer_view", "target_stage",
	"at_risk", "risk_reasons", "health", "notify"
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
	ArrayType  *array;			/* NULL: an empty slot */
} ReasonsCache;

/* What one trigger on one relation reads and writes, resolved once. */
typedef struct TriggerColumns
{
	Oid			trigger;		/* the trigger and relation resolved for */
	Oid			relation;
	AttrNumber	attnum[N_TRIGGER_COLUMNS];	/* 0: a column that is absent (inputs, health) */
	Oid			type[N_TRIGGER_COLUMNS];	/* base type of each present column */
	char	   *channel;		/* notify=channel; NULL: none */
	int			n_keys;			/* the primary key's columns, for notifications */
	AttrNumber *key_attnums;
	ReasonsCache reasons[REASONS_CACHED];	/* risk_reasons of recent sets of flags */
	RowTail		outputs;		/* the outputs when they are the last columns */
	Datum	   *values;			/* room for a row's values and nulls, reused row after row */
	bool	   *nulls;
	Datum	   *old_values;		/* the same for the old row of an UPDATE */
	bool	   *old_nulls;
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
					 attune_name_list(trigger_keys, N_TRIGGER_KEYS))));
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

/*
 * The column names (defaults, then each 'key=column' argument) and the
 * channel (NULL, or 'notify=channel'): name[KEY_NOTIFY] is the channel.
 */
static void
argument_names(const Trigger *trigger, const char *name[N_TRIGGER_KEYS], bool renamed[N_TRIGGER_KEYS])
{
	int			i;

	for (i = 0; i < N_TRIGGER_KEYS; i++)
	{
		name[i] = i == KEY_NOTIFY ? NULL : trigger_keys[i];
		renamed[i] = false;
	}
	for (i = 0; i < trigger->tgnargs; i++)
	{
		const char *arg = trigger->tgargs[i];
		const char *equals = strchr(arg, '=');
		int			key;

		if (equals == NULL || equals == arg || equals[1] == '\0')
			protocol_error(psprintf("argument \"%s\" is not key=column", arg), NULL);
		for (key = 0; key < N_TRIGGER_KEYS; key++)
			if (strlen(trigger_keys[key]) == (size_t) (equals - arg) &&
				strncmp(trigger_keys[key], arg, equals - arg) == 0)
				break;
		if (key == N_TRIGGER_KEYS)
			protocol_error(psprintf("unknown key \"%s\" in argument \"%s\"",
									pnstrdup(arg, equals - arg), arg),
						   psprintf("The keys are %s.",
									attune_name_list(trigger_keys, N_TRIGGER_KEYS)));
		if (renamed[key])
			protocol_error(psprintf("key \"%s\" is given twice", trigger_keys[key]), NULL);
		if (key == KEY_NOTIFY && strlen(equals + 1) >= NAMEDATALEN)
			protocol_error(psprintf("channel name \"%s\" is too long", equals + 1),
						   psprintf("A channel name has at most %d bytes.", NAMEDATALEN - 1));
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
		case COLUMN_HEALTH:
			return type == FLOAT8OID;
		case N_TRIGGER_COLUMNS:
			break;
	}
	return false;
}

#define A_NUMBER "a number (float8, float4, numeric, int2, int4 or int8)"

static const char *const expected_types[N_TRIGGER_COLUMNS] = {
	"of type contact_summary", A_NUMBER, A_NUMBER, "of type rel_stage", "of type rel_stage",
	"of type rel_stage", "of type boolean", "of type text[]", "of type double precision"
};

static bool
is_output(TriggerColumn column)
{
	return column == COLUMN_AT_RISK || column == COLUMN_RISK_REASONS || column == COLUMN_HEALTH;
}

/* the primary key's columns of a relation, for notifications (none: 0) */
static int
primary_key_columns(Relation rel, AttrNumber **attnums, MemoryContext context)
{
	Oid			index = attune_primary_key_index(rel);
	Relation	irel;
	int			n,
				i;

	*attnums = NULL;
	if (!OidIsValid(index))
		return 0;
	irel = index_open(index, AccessShareLock);
	n = irel->rd_index->indnkeyatts;
	*attnums = MemoryContextAlloc(context, sizeof(AttrNumber) * n);
	for (i = 0; i < n; i++)
		(*attnums)[i] = irel->rd_index->indkey.values[i];
	index_close(irel, AccessShareLock);
	return n;
}

/*
 * The columns and channel of a flag_at_risk trigger on a relation; function:
 * flag_at_risk's or the refresh's, whose schema holds attune's types.
 */
static void
resolve_columns(TriggerColumns *cols, Oid function, Relation rel, const Trigger *trigger)
{
	TupleDesc	tupdesc = RelationGetDescr(rel);
	const char *name[N_TRIGGER_KEYS];
	bool		renamed[N_TRIGGER_KEYS];
	Oid			summary_type = attune_type(function, "contact_summary");
	Oid			stage_type = attune_type(function, "rel_stage");
	int			i;

	argument_names(trigger, name, renamed);
	cols->trigger = trigger->tgoid;
	cols->relation = RelationGetRelid(rel);
	cols->channel = (char *) name[KEY_NOTIFY];
	for (i = 0; i < N_TRIGGER_COLUMNS; i++)
	{
		int			attnum = SPI_fnumber(tupdesc, name[i]);
		bool		required = (i == COLUMN_AT_RISK || i == COLUMN_RISK_REASONS);

		cols->attnum[i] = 0;
		if (attnum <= 0)
		{
			if (required || renamed[i])
				ereport(ERROR,
						(errcode(ERRCODE_UNDEFINED_COLUMN),
						 errmsg("flag_at_risk: column \"%s\" of relation \"%s\" does not exist",
								name[i], RelationGetRelationName(rel)),
						 errdetail("The %s column is %s.", trigger_keys[i],
								   renamed[i] ? "named by a trigger argument" : "required"),
						 errhint("Add the column, or name another with the trigger argument '%s=column'.",
								 trigger_keys[i])));
			continue;
		}
		if (TupleDescAttr(tupdesc, attnum - 1)->attgenerated)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_COLUMN_REFERENCE),
					 errmsg("flag_at_risk: column \"%s\" of relation \"%s\" is a generated column",
							name[i], RelationGetRelationName(rel)),
					 errdetail("PostgreSQL computes generated columns after BEFORE triggers run, so the trigger "
							   "would %s.", is_output((TriggerColumn) i)
							   ? "write a value that PostgreSQL then replaces"
							   : "judge the value the column had before, or NULL"),
					 errhint("Name a column that the row itself holds, with the trigger argument '%s=column'.",
							 trigger_keys[i])));
		cols->type[i] = is_output((TriggerColumn) i) ? TupleDescAttr(tupdesc, attnum - 1)->atttypid
			: getBaseType(TupleDescAttr(tupdesc, attnum - 1)->atttypid);
		if (!column_type_fits((TriggerColumn) i, cols->type[i], summary_type, stage_type))
			ereport(ERROR,
					(errcode(ERRCODE_DATATYPE_MISMATCH),
					 errmsg("flag_at_risk: column \"%s\" of relation \"%s\" has type %s",
							name[i], RelationGetRelationName(rel), format_type_be(cols->type[i])),
					 errdetail("The %s column must be %s.", trigger_keys[i],
							   expected_types[i])));
		cols->attnum[i] = attnum;
	}
}

/*
 * The first output column (0-based) when the outputs are the table's last
 * columns, in any order, so that a new row can keep the old row's bytes
 * before them (row_tail.c); -1 otherwise.
 */
static int
outputs_tail(const TriggerColumns *cols, int natts)
{
	int			n_outputs = 0;
	AttrNumber	first = natts + 1;
	int			i;

	for (i = 0; i < N_TRIGGER_COLUMNS; i++)
		if (is_output((TriggerColumn) i) && cols->attnum[i] > 0)
		{
			n_outputs++;
			first = Min(first, cols->attnum[i]);
		}
	return first == natts - n_outputs + 1 ? first - 1 : -1;
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

		MemoryContext context = fcinfo->flinfo->fn_mcxt;

		/* resolve first, so that an error leaves no half-made cache behind */
		resolve_columns(&resolved, fcinfo->flinfo->fn_oid, trigdata->tg_relation, trigdata->tg_trigger);
		if (resolved.channel)
			resolved.channel = MemoryContextStrdup(context, resolved.channel);
		resolved.n_keys = 0;
		resolved.key_attnums = NULL;
		if (resolved.channel)	/* the key only goes into notifications */
			resolved.n_keys = primary_key_columns(trigdata->tg_relation, &resolved.key_attnums, context);
		memset(resolved.reasons, 0, sizeof(resolved.reasons));
		row_tail_init(&resolved.outputs, tupdesc, outputs_tail(&resolved, natts), context);
		resolved.values = MemoryContextAlloc(context, sizeof(Datum) * natts);
		resolved.nulls = MemoryContextAlloc(context, sizeof(bool) * natts);
		resolved.old_values = MemoryContextAlloc(context, sizeof(Datum) * natts);
		resolved.old_nulls = MemoryContextAlloc(context, sizeof(bool) * natts);
		if (cols == NULL)
			cols = MemoryContextAlloc(context, sizeof(TriggerColumns));
		else
		{
			pfree(cols->values);
			pfree(cols->nulls);
			pfree(cols->old_values);
			pfree(cols->old_nulls);
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
	if (cols->attnum[COLUMN_DASHBOARD] <= 0)
		in.thresholds = risk_thresholds_goals_kept_elsewhere();
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
 * Are stored reasons the same bytes as these?  A stored array compressed or
 * out of line is fetched first (reasons are short: it seldom is).
 */
static bool
stored_reasons_equal(Datum stored_datum, const ArrayType *reasons)
{
	struct varlena *stored = (struct varlena *) DatumGetPointer(stored_datum);
	bool		fetched = VARATT_IS_EXTENDED(stored) && !VARATT_IS_SHORT(stored);
	bool		equal;

	if (fetched)
		stored = PG_DETOAST_DATUM(stored_datum);
	equal = VARSIZE_ANY_EXHDR(stored) == VARSIZE(reasons) - VARHDRSZ &&
		memcmp(VARDATA_ANY(stored), VARDATA(reasons), VARSIZE(reasons) - VARHDRSZ) == 0;
	if (fetched)
		pfree(stored);
	return equal;
}

/*
 * Does the row already hold these outputs?  Then it is returned as it is,
 * and no new row is formed: a nightly refresh that changes few accounts'
 * flags mostly writes rows whose flags stay.  The reasons are compared byte
 * for byte (a differently built but equal array only costs the new row).
 */
static bool
outputs_unchanged(const RowValues *row, const TriggerColumns *cols, uint32 flags,
				  const ArrayType *reasons, double health)
{
	int			at_risk = cols->attnum[COLUMN_AT_RISK] - 1;
	int			risk_reasons = cols->attnum[COLUMN_RISK_REASONS] - 1;
	int			health_column = cols->attnum[COLUMN_HEALTH] - 1;

	if (row->nulls[at_risk] || DatumGetBool(row->values[at_risk]) != (flags != 0) ||
		row->nulls[risk_reasons])
		return false;
	if (health_column >= 0 &&
		(isnan(health) ? !row->nulls[health_column]
		 : row->nulls[health_column] || DatumGetFloat8(row->values[health_column]) != health))
		return false;
	return stored_reasons_equal(row->values[risk_reasons], reasons);
}

/*
 * A row's judgement: the flags, and the health when the table keeps it
 * (NaN otherwise, or when nothing is known).
 */
static uint32
judge_row(const RowValues *row, TupleDesc tupdesc, const TriggerColumns *cols, double *health)
{
	RiskInputs	in = risk_inputs_of_row(row, tupdesc, cols);
	RiskJudgement j;

	risk_judge(&in, cols->attnum[COLUMN_HEALTH] > 0, &j);
	*health = cols->attnum[COLUMN_HEALTH] > 0 ? risk_health(&in, &j) : get_float8_nan();
	return j.flags;
}

/*
 * declining: an UPDATE that lowers the health by more than DECLINING_MARGIN,
 * the old row's inputs and the new judged at the same moment, so that what
 * is measured is what the update changed (time's own effects are the other
 * flags').  The old row is deformed into its own room.
 */
static bool
declining(TupleDesc tupdesc, const TriggerColumns *cols, RowValues *old_row, double health)
{
	double		old_health;

	if (isnan(health))
		return false;
	judge_row(old_row, tupdesc, cols, &old_health);
	return health < old_health - DECLINING_MARGIN;
}

/* a text[] as a JSON array of strings, or null */
static void
append_json_reasons(StringInfo buf, Datum reasons, bool isnull)
{
	Datum	   *elems;
	bool	   *nulls;
	int			n,
				i;

	if (isnull)
	{
		appendStringInfoString(buf, "null");
		return;
	}
	deconstruct_array(DatumGetArrayTypeP(reasons), TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, &n);
	appendStringInfoChar(buf, '[');
	for (i = 0; i < n; i++)
	{
		CHECK_FOR_INTERRUPTS(); /* stored reasons may be many */
		if (i > 0)
			appendStringInfoString(buf, ", ");
		if (nulls[i])
			appendStringInfoString(buf, "null");
		else
			escape_json(buf, TextDatumGetCString(elems[i]));
	}
	appendStringInfoChar(buf, ']');
}

/* the row's primary key as a JSON object of text values */
static void
append_json_key(StringInfo buf, const RowValues *row, TupleDesc tupdesc, const TriggerColumns *cols)
{
	int			i;

	appendStringInfoChar(buf, '{');
	for (i = 0; i < cols->n_keys; i++)
	{
		Form_pg_attribute att = TupleDescAttr(tupdesc, cols->key_attnums[i] - 1);
		Oid			output;
		bool		varlena;

		if (i > 0)
			appendStringInfoString(buf, ", ");
		escape_json(buf, NameStr(att->attname));
		appendStringInfoString(buf, ": ");
		if (row->nulls[cols->key_attnums[i] - 1])
		{
			appendStringInfoString(buf, "null");
			continue;
		}
		getTypeOutputInfo(att->atttypid, &output, &varlena);
		escape_json(buf, OidOutputFunctionCall(output, row->values[cols->key_attnums[i] - 1]));
	}
	appendStringInfoChar(buf, '}');
}

/*
 * Notifies the trigger's channel of a row whose flags change: a JSON object
 * with the table, the operation, the row's primary key, and the old and new
 * reasons.  Every payload fits a notification (NOTIFY_PAYLOAD_LIMIT),
 * whatever the row holds: a key longer than 4000 bytes is sent as null, and
 * so are old reasons too long for the rest (they are the stored row's, which
 * the trigger did not write if it was disabled then).  The table's name and
 * the new reasons, which the trigger makes, are short.
 */
static void
notify_change(const TriggerData *trigdata, const TriggerColumns *cols, const RowValues *row,
			  Datum old_reasons, bool old_isnull, ArrayType *reasons)
{
	Relation	rel = trigdata->tg_relation;
	TupleDesc	tupdesc = RelationGetDescr(rel);
	StringInfoData buf;
	StringInfoData key;
	StringInfoData old;
	StringInfoData new;

	initStringInfo(&buf);
	appendStringInfoString(&buf, "{\"table\": ");
	escape_json(&buf, quote_qualified_identifier(get_namespace_name(RelationGetNamespace(rel)),
												 RelationGetRelationName(rel)));
	appendStringInfo(&buf, ", \"operation\": \"%s\", \"key\": ",
					 TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event) ? "UPDATE" : "INSERT");
	initStringInfo(&key);
	if (cols->n_keys > 0)
		append_json_key(&key, row, tupdesc, cols);
	appendStringInfoString(&buf, cols->n_keys > 0 && key.len < 4000 ? key.data : "null");
	initStringInfo(&old);
	append_json_reasons(&old, old_reasons, old_isnull);
	initStringInfo(&new);
	append_json_reasons(&new, PointerGetDatum(reasons), false);
	appendStringInfo(&buf, ", \"old\": %s, \"new\": %s}",
					 buf.len + old.len + new.len + 32 < NOTIFY_PAYLOAD_LIMIT ? old.data : "null",
					 new.data);
	Async_Notify(cols->channel, buf.data);
}

/* Do the stored reasons (the old row's; none on INSERT) differ from the new? */
static bool
flags_change(Datum old_reasons, bool old_isnull, const ArrayType *reasons)
{
	if (old_isnull)
		return ArrayGetNItems(ARR_NDIM(reasons), ARR_DIMS(reasons)) > 0;
	return !stored_reasons_equal(old_reasons, reasons);
}

PG_FUNCTION_INFO_V1(flag_at_risk);
Datum
flag_at_risk(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = check_trigger_call(fcinfo);
	TriggerColumns *cols = trigger_columns(fcinfo, trigdata);
	TupleDesc	tupdesc = RelationGetDescr(trigdata->tg_relation);
	bool		update = TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event);
	HeapTuple	tuple = update ? trigdata->tg_newtuple : trigdata->tg_trigtuple;
	int			reasons_at = cols->attnum[COLUMN_RISK_REASONS] - 1;
	RowValues	row;
	RowValues	old_row;
	Datum		old_reasons = (Datum) 0;	/* the old row's reasons; none on INSERT */
	bool		old_reasons_null = true;
	uint32		flags;
	double		health;
	ArrayType  *reasons;
	HeapTuple	result;

	/* deform once: read the inputs, replace the outputs, form the new row */
	row.values = cols->values;
	row.nulls = cols->nulls;
	heap_deform_tuple(tuple, tupdesc, row.values, row.nulls);
	flags = judge_row(&row, tupdesc, cols, &health);
	old_row.values = cols->old_values;
	old_row.nulls = cols->old_nulls;
	if (update && (cols->channel || !isnan(health)))
	{
		heap_deform_tuple(trigdata->tg_trigtuple, tupdesc, old_row.values, old_row.nulls);
		old_reasons = old_row.values[reasons_at];
		old_reasons_null = old_row.nulls[reasons_at];
		if (declining(tupdesc, cols, &old_row, health))
			flags |= 1u << RISK_DECLINING;
	}
	reasons = reasons_of(cols, flags, fcinfo->flinfo->fn_mcxt);
	if (cols->channel && flags_change(old_reasons, old_reasons_null, reasons))
		notify_change(trigdata, cols, &row, old_reasons, old_reasons_null, reasons);
	if (outputs_unchanged(&row, cols, flags, reasons, health))
		return PointerGetDatum(tuple);
	row.values[cols->attnum[COLUMN_AT_RISK] - 1] = BoolGetDatum(flags != 0);
	row.nulls[cols->attnum[COLUMN_AT_RISK] - 1] = false;
	row.values[reasons_at] = PointerGetDatum(reasons);
	row.nulls[reasons_at] = false;
	if (cols->attnum[COLUMN_HEALTH] > 0)
	{
		row.values[cols->attnum[COLUMN_HEALTH] - 1] = Float8GetDatum(health);
		row.nulls[cols->attnum[COLUMN_HEALTH] - 1] = isnan(health);
	}
	result = row_with_tail(&cols->outputs, tuple, tupdesc, row.values, row.nulls);
	/* keep the row's identity, as heap_modify_tuple does */
	result->t_data->t_ctid = tuple->t_data->t_ctid;
	result->t_self = tuple->t_self;
	result->t_tableOid = tuple->t_tableOid;
	return PointerGetDatum(result);
}

/* -------------------------------------------------------------- the refresh */

/* The flag_at_risk trigger of a relation (function: the refresh's, next to it). */
static const Trigger *
flag_trigger_of(Relation rel, Oid function)
{
	Oid			namespace = get_func_namespace(function);
	Oid			trigger_function = LookupFuncName(list_make2(makeString(get_namespace_name(namespace)),
															 makeString("flag_at_risk")),
												  0, NULL, false);
	const Trigger *found = NULL;
	int			i;

	for (i = 0; rel->trigdesc && i < rel->trigdesc->numtriggers; i++)
	{
		const Trigger *trigger = &rel->trigdesc->triggers[i];

		if (trigger->tgfoid != trigger_function)
			continue;
		if (found)
			ereport(ERROR,
					(errcode(ERRCODE_DUPLICATE_OBJECT),
					 errmsg("relation \"%s\" has more than one flag_at_risk trigger",
							RelationGetRelationName(rel)),
					 errdetail("Triggers \"%s\" and \"%s\" both call flag_at_risk.",
							   found->tgname, trigger->tgname)));
		found = trigger;
	}
	if (found == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_OBJECT),
				 errmsg("relation \"%s\" has no flag_at_risk trigger", RelationGetRelationName(rel)),
				 errhint("flag_at_risk_refresh re-judges a table that flag_at_risk keeps flagged.")));
	return found;
}

static const char *
column_name(TupleDesc tupdesc, const TriggerColumns *cols, TriggerColumn column)
{
	return quote_identifier(NameStr(TupleDescAttr(tupdesc, cols->attnum[column] - 1)->attname));
}

/* a column as an argument of the judging functions: cast to its type, or a typed NULL */
static char *
input_argument(TupleDesc tupdesc, const TriggerColumns *cols, TriggerColumn column, const char *type)
{
	if (cols->attnum[column] <= 0)
		return psprintf("NULL::%s", type);
	return psprintf("%s::%s", column_name(tupdesc, cols, column), type);
}

/*
 * The UPDATE that re-judges every row as of $1 (one moment, taken once) and
 * writes the rows whose flags change, with the trigger's columns.  Without
 * a summary column the contact checks are skipped, as the trigger skips
 * them (as_of NULL).
 *
 * It runs with the caller's rights, so nothing in it may resolve through
 * the caller's search_path, where anyone with CREATE on a schema in it could
 * plant a function, operator or type that an unqualified name would find:
 * every function, operator and type is schema-qualified (operators as
 * OPERATOR(pg_catalog.x), no IS DISTINCT FROM, whose = is looked up by
 * name), and every argument is cast to the type the function declares and
 * every optional one given, so that only the declared function matches.
 * It has no sub-select (Citus pushes it down to a distributed table's
 * shards).  A row's flags are judged once in the WHERE and, for a row that
 * changes, twice more in the SET (at_risk and the reasons).
 */
static char *
refresh_statement(Relation rel, const TriggerColumns *cols, const char *schema)
{
	TupleDesc	tupdesc = RelationGetDescr(rel);
	char	   *stage = psprintf("%s.rel_stage", schema);
	char	   *inputs = psprintf("%s, %s, %s, %s, %s, %s",
								  input_argument(tupdesc, cols, COLUMN_SUMMARY, psprintf("%s.contact_summary", schema)),
								  cols->attnum[COLUMN_SUMMARY] > 0 ? "$1" : "NULL::pg_catalog.timestamptz",
								  input_argument(tupdesc, cols, COLUMN_TRUST_SCORE, "pg_catalog.float8"),
								  input_argument(tupdesc, cols, COLUMN_DASHBOARD, "pg_catalog.float8"),
								  input_argument(tupdesc, cols, COLUMN_VENDOR_VIEW, stage),
								  input_argument(tupdesc, cols, COLUMN_CUSTOMER_VIEW, stage));
	char	   *target = input_argument(tupdesc, cols, COLUMN_TARGET_STAGE, stage);
	/* as the trigger judges: without a dashboard column, goals are kept elsewhere */
	const char *thresholds = cols->attnum[COLUMN_DASHBOARD] > 0 ? "NULL::pg_catalog.jsonb"
		: "'{\"goals_required\": 0}'::pg_catalog.jsonb";
	char	   *flags = psprintf("%s.risk_flags(%s, %s, %s)", schema, inputs, target, thresholds);
	const char *at_risk = column_name(tupdesc, cols, COLUMN_AT_RISK);
	const char *reasons = column_name(tupdesc, cols, COLUMN_RISK_REASONS);
	StringInfoData sql;

	initStringInfo(&sql);
	appendStringInfo(&sql, "UPDATE %s SET %s = (pg_catalog.cardinality(%s) OPERATOR(pg_catalog.>) 0), %s = %s",
					 quote_qualified_identifier(get_namespace_name(RelationGetNamespace(rel)),
												RelationGetRelationName(rel)),
					 at_risk, flags, reasons, flags);
	if (cols->attnum[COLUMN_HEALTH] > 0)
		appendStringInfo(&sql, ", %s = %s.relationship_health(%s, NULL::pg_catalog.jsonb, %s, %s)",
						 column_name(tupdesc, cols, COLUMN_HEALTH), schema, inputs, target, thresholds);
	appendStringInfo(&sql, " WHERE %s IS NULL OR %s OPERATOR(pg_catalog.<>) %s"
					 " OR %s IS NULL OR %s OPERATOR(pg_catalog.<>) (pg_catalog.cardinality(%s) OPERATOR(pg_catalog.>) 0)",
					 reasons, reasons, flags, at_risk, at_risk, reasons);
	return sql.data;
}

/*
 * flag_at_risk_refresh(tbl): re-judges a table that flag_at_risk keeps
 * flagged, as of now (the transaction's start, as the trigger judges), with
 * that trigger's columns, and writes the rows whose flags change (silence
 * and cooling come with time, on rows nobody writes); returns how many.  The write is an UPDATE of the output columns, so the
 * trigger fires on it as on any other (and notifies, if it does).
 */
PG_FUNCTION_INFO_V1(flag_at_risk_refresh);
Datum
flag_at_risk_refresh(PG_FUNCTION_ARGS)
{
	Oid			function = fcinfo->flinfo->fn_oid;
	Relation	rel = table_open(PG_GETARG_OID(0), RowExclusiveLock);
	TriggerColumns cols;
	char	   *sql;
	uint64		written;
	Oid			as_of_type[1] = {TIMESTAMPTZOID};

	/* the trigger's moment: the transaction's start */
	Datum		as_of[1] = {TimestampTzGetDatum(GetCurrentTransactionStartTimestamp())};

	resolve_columns(&cols, function, rel, flag_trigger_of(rel, function));
	sql = refresh_statement(rel, &cols,
							quote_identifier(get_namespace_name(get_func_namespace(function))));
	table_close(rel, NoLock);
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "flag_at_risk_refresh: SPI_connect failed");
	if (SPI_execute_with_args(sql, 1, as_of_type, as_of, NULL, false, 0) != SPI_OK_UPDATE)
		elog(ERROR, "flag_at_risk_refresh: the UPDATE did not run");
	written = SPI_processed;
	SPI_finish();
	PG_RETURN_INT64((int64) written);
}
