-- noop_summary(...): a C aggregate with contact_summary's nine arguments that
-- only counts (noop_transition in baselines.c, whose library the psql
-- variable baselines names): what reading the arguments and calling a
-- transition function costs before any work.  Read by contact_summary.sql,
-- row_order.sql and instructions.sh.
CREATE FUNCTION noop_transition(int8, timestamptz, contact_channel, text, org_level, text, org_level,
                                bool, bool, float8)
    RETURNS int8 AS :'baselines', 'noop_transition' LANGUAGE C;
CREATE AGGREGATE noop_summary(timestamptz, contact_channel, text, org_level, text, org_level, bool, bool, float8) (
    SFUNC = noop_transition, STYPE = int8, INITCOND = '0');
