-- Installing is safe against hostile objects planted in the target schema,
-- works in a schema whose name needs quoting, and needs no superuser: the
-- extension is trusted, so a user with CREATE on the database installs it.

\set regress_db :DBNAME
CREATE DATABASE attune_security;
\c attune_security
CREATE SCHEMA "attune space";

-- Plant objects with our names and other argument types, and an = on text
-- that says everything is equal, before the extension exists.
CREATE FUNCTION "attune space".always_true(text, text) RETURNS bool
    LANGUAGE sql AS 'SELECT true';
CREATE OPERATOR "attune space".= (LEFTARG = text, RIGHTARG = text,
    FUNCTION = "attune space".always_true);
CREATE OPERATOR "attune space".< (LEFTARG = text, RIGHTARG = text,
    FUNCTION = "attune space".always_true);
CREATE FUNCTION "attune space".rel_stage_eq(text, text) RETURNS bool
    LANGUAGE sql AS 'SELECT true';
CREATE FUNCTION "attune space".rel_stage_cmp(text, text) RETURNS int
    LANGUAGE sql AS 'SELECT 0';
CREATE FUNCTION "attune space".int4(text) RETURNS int
    LANGUAGE sql AS 'SELECT 42';
CREATE FUNCTION "attune space".org_level(bigint) RETURNS int
    LANGUAGE sql AS 'SELECT 42';
CREATE FUNCTION "attune space".btequalimage(oid) RETURNS bool
    LANGUAGE sql AS 'SELECT false';
CREATE FUNCTION "attune space".pick_first(text, text) RETURNS text
    LANGUAGE sql AS 'SELECT $1';
CREATE AGGREGATE "attune space".min(text) (SFUNC = "attune space".pick_first, STYPE = text);

CREATE TEMP TABLE planted AS
SELECT oid FROM pg_proc WHERE pronamespace = '"attune space"'::regnamespace
UNION ALL
SELECT oid FROM pg_operator WHERE oprnamespace = '"attune space"'::regnamespace;
SELECT count(*) AS planted FROM planted;

SET search_path = "attune space", public;
CREATE EXTENSION attune SCHEMA "attune space";
SELECT extname, extnamespace::regnamespace AS schema, extrelocatable
FROM pg_extension WHERE extname = 'attune';

-- Our operators are backed by our functions, never by the planted ones.
SELECT DISTINCT o.oprname, o.oprcode::regprocedure AS implemented_by
FROM pg_operator o
WHERE o.oprleft = 'rel_stage'::regtype
ORDER BY 1;
SELECT a.amname, p.amprocnum, pr.pronamespace::regnamespace AS schema,
       pr.oid::regprocedure AS support
FROM pg_amproc p
JOIN pg_opfamily f ON f.oid = p.amprocfamily
JOIN pg_am a ON a.oid = f.opfmethod
JOIN pg_proc pr ON pr.oid = p.amproc
WHERE f.opfname = 'org_level_ops'
ORDER BY a.amname, p.amprocnum;

-- None of the planted objects became part of the extension, and all of
-- them are still there, unchanged.
SELECT count(*) AS planted_in_extension
FROM pg_depend
WHERE refclassid = 'pg_extension'::regclass
  AND refobjid = (SELECT oid FROM pg_extension WHERE extname = 'attune')
  AND objid IN (SELECT oid FROM planted);
SELECT count(*) AS planted_left FROM planted p
WHERE EXISTS (SELECT FROM pg_proc WHERE oid = p.oid)
   OR EXISTS (SELECT FROM pg_operator WHERE oid = p.oid);

-- The types behave as they should with the planted objects still there.
SELECT 'independent'::rel_stage = 'dependent' AS equal,
       'Deep Inter-Dependent'::rel_stage AS stage,
       'deep_interdependent'::rel_stage::int AS stage_int,
       org_level(4) AS level,
       'dependent'::rel_stage < 'interdependent'::text AS below_text,
       min(l) AS min_level
FROM (VALUES ('senior'::org_level), ('management'), ('executive')) v(l);
SELECT s FROM (VALUES ('interdependent'::rel_stage), ('independent'), ('dependent')) v(s) ORDER BY s;

-- Nothing in the extension is SECURITY DEFINER.
SELECT count(*) AS security_definer
FROM pg_depend d JOIN pg_proc p ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid
WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'attune')
  AND p.prosecdef;

DROP EXTENSION attune;
RESET search_path;

-- A user who is not a superuser installs it (trusted) and uses every type.
CREATE ROLE regress_attune_user;
GRANT CREATE ON DATABASE attune_security TO regress_attune_user;
SET ROLE regress_attune_user;
CREATE SCHEMA analytics;
CREATE EXTENSION attune SCHEMA analytics;
SELECT extname, extowner::regrole AS owner FROM pg_extension WHERE extname = 'attune';
CREATE TABLE analytics.relationships (
    stage analytics.rel_stage, trust analytics.trust_level, jbp analytics.jbp_mode,
    channel analytics.contact_channel, level analytics.org_level);
INSERT INTO analytics.relationships VALUES ('interdependent', 'knowledge', 'co developed', 'Face to Face', 'executive');
SELECT * FROM analytics.relationships;
DROP TABLE analytics.relationships;
DROP EXTENSION attune;
RESET ROLE;

\c :regress_db
DROP DATABASE attune_security;
DROP ROLE regress_attune_user;
