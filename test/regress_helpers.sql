-- Helpers for the pg_regress tests, read with \i (the tests run from the
-- project's root).

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
