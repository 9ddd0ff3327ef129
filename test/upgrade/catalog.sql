-- What an installation of attune consists of, one line per fact, for
-- comparing an updated installation with a fresh one (test/upgrade/run.sh):
-- every member object and its comment, the definition of every function,
-- aggregate, type, operator, operator class member and cast.
\pset format unaligned
\pset tuples_only on
WITH ext AS (SELECT oid FROM pg_extension WHERE extname = 'attune'),
members AS (
    SELECT classid, objid FROM pg_depend
    WHERE refclassid = 'pg_extension'::regclass AND refobjid = (SELECT oid FROM ext) AND deptype = 'e')
SELECT fact FROM (
    SELECT 'member ' || pg_describe_object(classid, objid, 0) || ' -- ' ||
           coalesce(obj_description(objid, classid::regclass::name), '(no comment)') AS fact
    FROM members
    UNION ALL
    SELECT 'function ' || p.oid::regprocedure || ' ' || md5(pg_get_functiondef(p.oid))
    FROM pg_proc p JOIN members m ON m.classid = 'pg_proc'::regclass AND m.objid = p.oid
    WHERE p.prokind <> 'a'
    UNION ALL
    SELECT 'aggregate ' || a.aggfnoid::regprocedure || concat_ws(' ', a.aggkind, a.aggtransfn, a.aggfinalfn,
           a.aggcombinefn, a.aggserialfn, a.aggdeserialfn, a.aggtranstype::regtype, a.aggtransspace,
           a.agginitval, a.aggfinalmodify, (SELECT proparallel FROM pg_proc WHERE oid = a.aggfnoid))
    FROM pg_aggregate a JOIN members m ON m.classid = 'pg_proc'::regclass AND m.objid = a.aggfnoid
    UNION ALL
    SELECT 'type ' || concat_ws(' ', t.typname, t.typlen, t.typbyval, t.typtype, t.typcategory, t.typalign,
           t.typstorage, t.typinput, t.typoutput, t.typreceive, t.typsend)
    FROM pg_type t JOIN members m ON m.classid = 'pg_type'::regclass AND m.objid = t.oid
    UNION ALL
    SELECT 'operator ' || concat_ws(' ', o.oid::regoperator, o.oprcode, o.oprcom::regoperator,
           o.oprnegate::regoperator, o.oprrest, o.oprjoin, o.oprcanmerge, o.oprcanhash)
    FROM pg_operator o JOIN members m ON m.classid = 'pg_operator'::regclass AND m.objid = o.oid
    UNION ALL
    SELECT 'opfamily member ' || pg_describe_object('pg_amop'::regclass, ao.oid, 0)
    FROM pg_amop ao JOIN members m ON m.classid = 'pg_opfamily'::regclass AND m.objid = ao.amopfamily
    UNION ALL
    SELECT 'opfamily member ' || pg_describe_object('pg_amproc'::regclass, ap.oid, 0)
    FROM pg_amproc ap JOIN members m ON m.classid = 'pg_opfamily'::regclass AND m.objid = ap.amprocfamily
    UNION ALL
    SELECT 'cast ' || concat_ws(' ', c.castsource::regtype, c.casttarget::regtype, c.castfunc::regprocedure, c.castcontext,
           c.castmethod)
    FROM pg_cast c JOIN members m ON m.classid = 'pg_cast'::regclass AND m.objid = c.oid
) f ORDER BY fact;
