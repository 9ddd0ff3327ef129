/*
 * json_build.h
 *		Reports built as jsonb values directly, not printed as text and parsed
 *		back (json_build.c).
 *
 * Copyright (c) 2026, the attune developers; PostgreSQL License (LICENSE).
 */
#ifndef ATTUNE_JSON_BUILD_H
#define ATTUNE_JSON_BUILD_H

#include "postgres.h"

#include "utils/jsonb.h"

typedef struct JsonBuild
{
	JsonbParseState *state;
	JsonbValue *result;
} JsonBuild;

extern void json_begin_object(JsonBuild *b);
extern void json_end_object(JsonBuild *b);
extern void json_begin_array(JsonBuild *b);
extern void json_end_array(JsonBuild *b);
extern void json_key(JsonBuild *b, const char *key);
extern void json_string(JsonBuild *b, const char *text);
extern void json_null(JsonBuild *b);
extern void json_double(JsonBuild *b, double value);
extern void json_int64(JsonBuild *b, int64 value);
extern void json_key_order(const char *const *names, int n, int *order);
extern Datum json_build_result(JsonBuild *b);

#endif							/* ATTUNE_JSON_BUILD_H */
