-- What the extension installs: an inventory of its objects (a change to the
-- public API shows up here), every one commented, every function labelled.

-- The members, less the implicit array types of its types (made and dropped
-- with their element types; PostgreSQL 17 records them as members too, 15
-- does not), so that the inventory reads the same on every version.
CREATE TEMP VIEW members AS
SELECT classid, objid, objsubid
FROM pg_depend
WHERE refclassid = 'pg_extension'::regclass
  AND refobjid = (SELECT oid FROM pg_extension WHERE extname = 'attune')
  AND deptype = 'e'
  AND NOT (classid = 'pg_type'::regclass AND objid IN (SELECT typarray FROM pg_type));

SELECT pg_describe_object(classid, objid, objsubid) AS object
FROM members
ORDER BY 1;

-- Objects without a COMMENT ON (expect none).
SELECT pg_describe_object(classid, objid, objsubid) AS uncommented
FROM members
WHERE obj_description(objid, (SELECT relname FROM pg_class WHERE oid = classid)) IS NULL
ORDER BY 1;

-- Functions: all C, IMMUTABLE and PARALLEL SAFE, none SECURITY DEFINER; STRICT
-- but for the three contact_summary support functions that must see NULLs,
-- the three judging functions (a NULL input skips its checks) and attainment
-- (its floor is optional); flag_at_risk_refresh writes a table (VOLATILE,
-- PARALLEL UNSAFE).
SELECT l.lanname, p.provolatile, p.proisstrict, p.proparallel, p.prosecdef, count(*)
FROM pg_depend d
JOIN pg_proc p ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid
JOIN pg_language l ON l.oid = p.prolang
WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'attune')
  AND p.prokind = 'f'
GROUP BY 1, 2, 3, 4, 5;

-- Aggregates: parallel safe, each with a combine function.
SELECT p.oid::regprocedure AS aggregate, p.proparallel, a.aggcombinefn <> 0 AS has_combine,
       a.aggsortop::regoperator AS sortop
FROM pg_depend d
JOIN pg_proc p ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid
JOIN pg_aggregate a ON a.aggfnoid = p.oid
WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'attune')
ORDER BY p.oid::regprocedure::text;
