-- What a hostile user without privileges tried against attune 0.1.0, run
-- as that user runs it (a role of its own, pg_temp functions, aggregates of
-- its own): each attack here succeeded before its fix and fails now.
\set VERBOSITY terse
SET client_min_messages = warning;
CREATE ROLE regress_attune_attacker;
CREATE ROLE regress_attune_owner;
RESET client_min_messages;
-- As in any database created before PostgreSQL 15, everyone may create
-- objects in public (where attune is installed here, the worst case).
GRANT CREATE ON SCHEMA public TO regress_attune_attacker;
CREATE SCHEMA victim AUTHORIZATION regress_attune_owner;
CREATE TABLE public.attack_log (run_by name, planted text);
GRANT INSERT ON public.attack_log TO PUBLIC;

------------------------------------- 1. the refresh and the caller's search_path
-- The attacker plants exact-type look-alikes of every function, operator
-- and type name that flag_at_risk_refresh's UPDATE uses; each one logs who
-- ran it and tries to make the attacker a superuser.
SET ROLE regress_attune_attacker;
CREATE FUNCTION public.evil(planted text) RETURNS bool LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO public.attack_log VALUES (current_user, planted);
    BEGIN
        EXECUTE 'ALTER ROLE regress_attune_attacker SUPERUSER';
    EXCEPTION WHEN insufficient_privilege THEN NULL;
    END;
    RETURN true;
END
$$;
CREATE FUNCTION public.cardinality(text[]) RETURNS int LANGUAGE sql
    AS $$ SELECT CASE WHEN public.evil('cardinality') THEN 0 END $$;
CREATE FUNCTION public.evil_eq(text[], text[]) RETURNS bool LANGUAGE sql AS $$ SELECT public.evil('=') $$;
CREATE FUNCTION public.evil_ne(text[], text[]) RETURNS bool LANGUAGE sql AS $$ SELECT public.evil('<>') $$;
CREATE FUNCTION public.evil_gt(int, int) RETURNS bool LANGUAGE sql AS $$ SELECT public.evil('>') $$;
CREATE OPERATOR public.= (LEFTARG = text[], RIGHTARG = text[], FUNCTION = public.evil_eq);
CREATE OPERATOR public.<> (LEFTARG = text[], RIGHTARG = text[], FUNCTION = public.evil_ne);
CREATE OPERATOR public.> (LEFTARG = int, RIGHTARG = int, FUNCTION = public.evil_gt);
-- attune's judging functions without their last, optional argument
CREATE FUNCTION public.risk_flags(contact_summary, timestamptz, float8, float8, rel_stage, rel_stage, rel_stage)
    RETURNS text[] LANGUAGE sql AS $$ SELECT CASE WHEN public.evil('risk_flags') THEN '{}'::text[] END $$;
CREATE FUNCTION public.relationship_health(contact_summary, timestamptz, float8, float8, rel_stage, rel_stage,
                                           jsonb, rel_stage)
    RETURNS float8 LANGUAGE sql AS $$ SELECT CASE WHEN public.evil('relationship_health') THEN 100::float8 END $$;
-- the types the arguments are cast to, as domains whose check runs the attacker
CREATE DOMAIN public.float8 AS pg_catalog.float8 CHECK (public.evil('float8'));
CREATE DOMAIN public.jsonb AS pg_catalog.jsonb CHECK (public.evil('jsonb'));
CREATE DOMAIN public.timestamptz AS pg_catalog.timestamptz CHECK (public.evil('timestamptz'));
RESET ROLE;

-- The victim: a table flagged by the trigger, whose flags a user wrote
-- wrong while the trigger was off, so that the refresh has rows to write.
SET ROLE regress_attune_owner;
CREATE TABLE victim.accounts (
    id int PRIMARY KEY, summary contact_summary, trust_score numeric, dashboard float8,
    vendor_view rel_stage, customer_view rel_stage, health float8, at_risk bool, risk_reasons text[]);
CREATE TRIGGER accounts_flag BEFORE INSERT OR UPDATE ON victim.accounts
    FOR EACH ROW EXECUTE FUNCTION flag_at_risk();
INSERT INTO victim.accounts (id, summary, trust_score, dashboard, vendor_view, customer_view)
SELECT n, s, 50, 90, 'interdependent', 'interdependent'
FROM generate_series(1, 3) n,
     (SELECT contact_summary('2020-03-02'::timestamptz + i * interval '1 week', 'phone', 'rep', 'buyer') AS s
      FROM generate_series(0, 9) i) x;
CREATE FUNCTION victim.spoil() RETURNS void LANGUAGE sql AS $$
    ALTER TABLE victim.accounts DISABLE TRIGGER accounts_flag;
    UPDATE victim.accounts SET at_risk = false, risk_reasons = '{}';
    ALTER TABLE victim.accounts ENABLE TRIGGER accounts_flag;
$$;
-- The table's owner runs the refresh, with the attacker's schema first.
SELECT victim.spoil();
SET search_path = public, pg_catalog;
SELECT flag_at_risk_refresh('victim.accounts') AS written_by_owner;
RESET search_path;
RESET ROLE;
-- So does a superuser, as a nightly pg_cron job would.
SET ROLE regress_attune_owner;
SELECT victim.spoil();
RESET ROLE;
SET search_path = public, pg_catalog;
SELECT flag_at_risk_refresh('victim.accounts') AS written_by_superuser;
RESET search_path;
-- Nothing planted ran, nobody became a superuser, and the flags are right.
SELECT count(*) AS planted_objects_that_ran FROM public.attack_log;
SELECT rolsuper AS attacker_is_superuser FROM pg_roles WHERE rolname = 'regress_attune_attacker';
SELECT id, at_risk, risk_reasons FROM victim.accounts ORDER BY id;
DROP OWNED BY regress_attune_attacker;

------------------------------- 2. table values given to attune as aggregate states
-- A support function takes as a working state only one that attune made
-- in the same aggregate call; anything else is read as a value and checked,
-- whatever its storage: short (a 1-byte header), compressed inline, or out
-- of line.  Before, a compressed value whose raw size's low byte matched
-- the old working-state marker was taken as a state, and the server crashed.
SET ROLE regress_attune_attacker;
CREATE TEMP TABLE short_stash (s contact_summary);
CREATE TEMP TABLE compressed_stash (s contact_summary);
ALTER TABLE compressed_stash ALTER s SET STORAGE MAIN;
CREATE TEMP TABLE external_stash (s contact_summary);
ALTER TABLE external_stash ALTER s SET STORAGE EXTERNAL;
INSERT INTO short_stash SELECT contact_summary('2026-03-02 09:15+00', 'email', 'Ann', 'Bo');
-- two contacts 16,400 days apart: a day bitmap of 2 KB, nearly all zeros
CREATE TEMP VIEW far_apart AS
SELECT contact_summary(t, 'email', 'Ann', 'Bo') AS s
FROM (VALUES ('1980-01-01 10:00+00'::timestamptz), ('1980-01-01 10:00+00'::timestamptz + 16400 * interval '1 day')) v(t);
INSERT INTO compressed_stash SELECT s FROM far_apart;
INSERT INTO external_stash SELECT s FROM far_apart;
SELECT (SELECT pg_column_size(s) < pg_column_size(s::text::contact_summary) FROM compressed_stash) AS compressed,
       (SELECT pg_relation_size(reltoastrelid) > 0 FROM pg_class WHERE oid = 'external_stash'::regclass)
         AS out_of_line;
CREATE TEMP VIEW stashed AS
SELECT 'short' AS storage, s FROM short_stash
UNION ALL SELECT 'compressed', s FROM compressed_stash
UNION ALL SELECT 'external', s FROM external_stash;
-- The final function given what the attacker's own transition returns
-- (smuggle), the combine function given the values as the merged-in state
-- (combine_values).
\i test/smuggle.sql
-- The transition function given a value as its initial state.
SELECT format($$CREATE AGGREGATE pg_temp.seeded(timestamptz, contact_channel, text, text) (
                  SFUNC = contact_summary_transition, STYPE = contact_summary,
                  FINALFUNC = contact_summary_final, INITCOND = %L)$$, s)
FROM far_apart \gexec
SELECT storage,
       contact_count(pg_temp.smuggle(s)) AS through_final,
       contact_count(pg_temp.combine_values(s)) AS through_combine,
       pg_temp.smuggle(s) = pg_temp.combine_values(s) AS same_value
FROM stashed GROUP BY storage ORDER BY storage;
SELECT contact_count(pg_temp.seeded(t, 'web', 'Cy', 'Di')) AS through_initial_state
FROM (VALUES ('2020-05-05 12:00+00'::timestamptz)) v(t);
-- A moving aggregate pairs a transition function with an inverse: over ours,
-- the other is the user's, and PL/pgSQL returning the state it was handed
-- moves it into a memory context that is reset under the aggregate (read
-- after it was freed, before this was refused).  Either way round, ours
-- refuse to serve one.
CREATE FUNCTION pg_temp.keep(s contact_summary, t timestamptz, c contact_channel, a text, b text)
    RETURNS contact_summary LANGUAGE plpgsql AS $$ BEGIN RETURN s; END $$;
CREATE AGGREGATE pg_temp.moving_over_ours(timestamptz, contact_channel, text, text) (
    SFUNC = contact_summary_transition, STYPE = contact_summary,
    MSFUNC = contact_summary_transition, MINVFUNC = pg_temp.keep, MSTYPE = contact_summary);
SELECT format($$CREATE AGGREGATE pg_temp.moving_into_ours(timestamptz, contact_channel, text, text) (
                  SFUNC = contact_summary_transition, STYPE = contact_summary,
                  MSFUNC = pg_temp.keep, MINVFUNC = contact_summary_transition, MSTYPE = contact_summary,
                  MINITCOND = %L)$$, s)
FROM short_stash \gexec
CREATE TEMP VIEW days AS
SELECT i, '2026-01-01 10:00+00'::timestamptz + i * interval '1 day' AS t FROM generate_series(1, 20) i;
\set VERBOSITY default
SELECT contact_count(pg_temp.moving_over_ours(t, 'web', 'Ann', 'Bo') OVER (ORDER BY i ROWS 2 PRECEDING)) FROM days;
\set VERBOSITY terse
SELECT contact_count(pg_temp.moving_into_ours(t, 'web', 'Ann', 'Bo') OVER (ORDER BY i ROWS 2 PRECEDING)) FROM days;
-- Such a definition is refused in any window, a frame that does not move
-- included: what it pairs is the same.
SELECT count(*) AS running, max(contact_count(m)) AS all_contacts
FROM (SELECT pg_temp.moving_over_ours(t, 'web', 'Ann', 'Bo') OVER (ORDER BY i) AS m FROM days) w;
RESET ROLE;

--------------------------- 3. a notification whatever the row holds
-- Reasons written while the trigger was off (or by replication) may be
-- longer than a notification can carry; the trigger's notification then
-- sends them as null (test/isolation/specs/notify.spec shows the payload),
-- and updating the row works.  Before, every update of it failed.
SET ROLE regress_attune_owner;
CREATE TABLE victim.watched (id int PRIMARY KEY, summary contact_summary, at_risk bool, risk_reasons text[]);
CREATE TRIGGER watched_flag BEFORE INSERT OR UPDATE ON victim.watched
    FOR EACH ROW EXECUTE FUNCTION flag_at_risk('notify=attune_attacks');
INSERT INTO victim.watched SELECT 1, summary FROM victim.accounts WHERE id = 1;
ALTER TABLE victim.watched DISABLE TRIGGER watched_flag;
UPDATE victim.watched SET risk_reasons = array_fill('a reason written while the trigger was off'::text, ARRAY[500]);
ALTER TABLE victim.watched ENABLE TRIGGER watched_flag;
UPDATE victim.watched SET id = 1;
SELECT flag_at_risk_refresh('victim.watched') AS written;
SELECT at_risk, risk_reasons FROM victim.watched;
RESET ROLE;

------------------------------------------- 4. generated columns as inputs
-- PostgreSQL computes a generated column after BEFORE triggers run: the
-- trigger would judge NULL, or the value from before the update.
SET ROLE regress_attune_owner;
CREATE TABLE victim.generated (
    id int PRIMARY KEY, summary contact_summary, trust numeric, at_risk bool, risk_reasons text[],
    trust_score float8 GENERATED ALWAYS AS (trust * 100) STORED);
CREATE TRIGGER generated_flag BEFORE INSERT OR UPDATE ON victim.generated
    FOR EACH ROW EXECUTE FUNCTION flag_at_risk();
\set VERBOSITY default
INSERT INTO victim.generated (id, trust) VALUES (1, 0.9);
\set VERBOSITY terse
RESET ROLE;

------------------------------------------- 5. crafted and extreme arguments
-- health_backtest's final function given counts that add up past int8
-- (it returned negative accounts and a recall of -2).
SELECT health_backtest_final(array_fill(0::int8, ARRAY[2002]) || '{}'::int8[]) ->> 'accounts' AS no_accounts;
\set VERBOSITY default
SELECT health_backtest_final(array_fill(4611686018427387904::int8, ARRAY[2002]));
-- health_calibrate's, given a sum of scores past 100 points a score.
SELECT health_calibrate_final(array_agg(CASE i % 3 WHEN 0 THEN 1 WHEN 1 THEN 20000 ELSE 400000000 END::int8))
FROM generate_series(0, 59) i;
\set VERBOSITY terse
-- Weights as large as float8 goes: relative, as any weights, so health is
-- what equal weights give (it fell to the band's floor, every effective
-- weight 0).
CREATE TEMP VIEW weights_of(huge, ones) AS
SELECT jsonb_object_agg(k, 1e308), jsonb_object_agg(k, 1)
FROM jsonb_object_keys(health_report(NULL, '2020-06-01') -> 'components') k;
SELECT round(h::numeric, 6) AS health, h = e AS huge_weights_as_equal_weights
FROM (SELECT relationship_health(summary, '2020-06-01', 60, 80, 'interdependent', 'interdependent', huge) AS h,
             relationship_health(summary, '2020-06-01', 60, 80, 'interdependent', 'interdependent', ones) AS e
      FROM victim.accounts, weights_of WHERE id = 1) x;

DROP SCHEMA victim CASCADE;
DROP TABLE public.attack_log;
REVOKE CREATE ON SCHEMA public FROM regress_attune_attacker;
DROP OWNED BY regress_attune_attacker;
DROP ROLE regress_attune_attacker, regress_attune_owner;
