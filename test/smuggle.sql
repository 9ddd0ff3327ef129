\set attune_saved_echo :ECHO
\set ECHO none
-- Aggregates of a user's own over attune's support functions, as an
-- attacker writes them (sql/attacks.sql, test/fuzz/attacks.sql), read with
-- \i: values a user's own transition returns given to the final function
-- (smuggle), and values given to the combine function as the merged-in
-- state (combine_values).
CREATE FUNCTION pg_temp.take(contact_summary, contact_summary) RETURNS contact_summary
    LANGUAGE sql AS 'SELECT $2';
CREATE AGGREGATE pg_temp.smuggle(contact_summary) (
    SFUNC = pg_temp.take, STYPE = contact_summary, FINALFUNC = contact_summary_final);
CREATE AGGREGATE pg_temp.combine_values(contact_summary) (
    SFUNC = contact_summary_combine, STYPE = contact_summary, FINALFUNC = contact_summary_final);
\set ECHO :attune_saved_echo
