\set attune_saved_echo :ECHO
\set ECHO none
-- Helpers for the pg_regress tests and other suites, read with \i (they run
-- from the project's root; test/scaleout/coordinator.sql reads them with
-- \ir).  Echo is off while they are read, so expected outputs show the \i
-- line only.

-- The SQLSTATE and message of a statement's error, or 'no error'.
CREATE FUNCTION pg_temp.error_of(statement text) RETURNS text
LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE statement;
    RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
    RETURN SQLSTATE || ': ' || SQLERRM;
END
$$;

-- The same, with the error's detail: SQLSTATE: message (detail).
CREATE FUNCTION pg_temp.error_detail_of(statement text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    detail text;
BEGIN
    EXECUTE statement;
    RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS detail = PG_EXCEPTION_DETAIL;
    RETURN SQLSTATE || ': ' || SQLERRM || coalesce(' (' || nullif(detail, '') || ')', '');
END
$$;

-- The lines of EXPLAIN (options) of a query, one row each.
CREATE FUNCTION pg_temp.plan_lines(options text, query text) RETURNS SETOF text
LANGUAGE plpgsql AS $$
BEGIN
    RETURN QUERY EXECUTE format('EXPLAIN (%s) %s', options, query);
END
$$;

-- binary_copy_result(type, payload) feeds a binary COPY file with
-- one field holding exactly the given bytes to a column of the given type
-- (COPY FROM PROGRAM printf, so any bytes can be sent) and returns the value
-- read, or the SQLSTATE and message of the error.
CREATE FUNCTION pg_temp.binary_copy_result(type regtype, payload bytea) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    file bytea := '\x5047434f50590aff0d0a00'::bytea     -- signature
        || '\x0000000000000000'::bytea                  -- flags, extension length
        || '\x0001'::bytea || int4send(length(payload)) || payload
        || '\xffff'::bytea;                             -- trailer
    printf_format text;
    result text;
BEGIN
    SELECT string_agg('\' || (b >> 6) || ((b >> 3) & 7) || (b & 7), '' ORDER BY i)
    INTO printf_format
    FROM (SELECT i, get_byte(file, i) AS b FROM generate_series(0, length(file) - 1) i) bytes;
    EXECUTE format('CREATE TEMP TABLE recv_target (v %s)', type);
    BEGIN
        EXECUTE format('COPY recv_target FROM PROGRAM %L WITH (FORMAT binary)',
                       'printf ''' || printf_format || '''');
        EXECUTE 'SELECT ''read: '' || v::text FROM recv_target' INTO result;
    EXCEPTION WHEN OTHERS THEN
        GET STACKED DIAGNOSTICS result = PG_EXCEPTION_DETAIL;
        result := SQLSTATE || ': ' || SQLERRM || coalesce(' (' || nullif(result, '') || ')', '');
    END;
    DROP TABLE recv_target;
    RETURN result;
END
$$;
\set ECHO :attune_saved_echo
