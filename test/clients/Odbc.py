# attune through psqlODBC (Debian's odbc-postgresql, driver "PostgreSQL
# Unicode") from Python's pyodbc, as ODBC clients use it: attune types,
# jsonb and text[] read whole, and with the settings docs/bi-tools.md gives
# (UnknownsAsLongVarchar, TextAsLongVarchar, MaxLongVarcharSize) each is
# described at least as long as its value, so that a client sizing its
# buffers from the description cuts nothing; filters and writes with string
# parameters.  Usage: python3 Odbc.py "CONNECTION STRING"
# Prints "ok - ..." or "not ok - ..." per check, then "N passed, N failed".
import sys
import pyodbc

passed = failed = 0


def check(ok, what):
    global passed, failed
    print(("ok - " if ok else "not ok - ") + what)
    if ok:
        passed += 1
    else:
        failed += 1


def column(cursor, sql, *params):
    return [row[0] for row in cursor.execute(sql, *params).fetchall()]


def reads(cursor, described_as_long):
    cursor.execute("SELECT stage, summary, health_report(summary, '2026-07-01', vendor_view => stage), "
                   "risk_flags(summary, '2026-07-01'), summary::text, "
                   "health_report(summary, '2026-07-01', vendor_view => stage)::text FROM clients WHERE id = 1")
    stage, summary, report, flags, summary_text, report_text = cursor.fetchone()
    check(stage == "deep_interdependent", "a label reads as its canonical text")
    check(summary == summary_text, "a contact_summary reads whole (%d characters)" % len(summary))
    check(report == report_text and len(report) > 255, "health_report (jsonb) reads whole (%d characters)" % len(report))
    check(flags.startswith("{") and "silent" in flags, "risk_flags (text[]) reads as its text form %s" % flags)
    sizes = {d[0]: d[3] for d in cursor.description}
    lengths = dict(zip(sizes, (stage, summary, report, flags, summary_text, report_text)))
    room = all(sizes[name] >= len(lengths[name]) for name in sizes)
    if described_as_long:
        check(room, "each column is described at least as long as its value (sizes %s)" % sizes)
    else:
        print("# with the driver's defaults the columns are described with sizes %s" % sizes)


def filters(cursor):
    for condition, value, expected in (("stage = ?", "Deep Interdependent", [1]), ("stage LIKE ?", "%depend%", [1, 2, 3]),
                                       ("stage LIKE ?", "dep%", [2]), ("stage ILIKE ?", "%DEEP%", [1]),
                                       ("lower(stage) = ?", "independent", [3])):
        got = column(cursor, "SELECT id FROM clients WHERE %s ORDER BY id" % condition, value)
        check(got == expected, "WHERE %s with the string %r: ids %s" % (condition, value, got))


def writes(cursor):
    cursor.execute("INSERT INTO clients (id, stage) VALUES (?, ?)", 20, "Interdependent")
    check(column(cursor, "SELECT stage FROM clients WHERE id = 20") == ["interdependent"],
          "INSERT with a string parameter into a label column")
    cursor.execute("UPDATE clients SET stage = ? WHERE id = ?", "deep-dependent", 20)
    check(column(cursor, "SELECT stage FROM clients WHERE id = 20") == ["deep_dependent"],
          "UPDATE with a string parameter of a label column")
    try:
        cursor.execute("INSERT INTO clients (id, stage) VALUES (?, ?)", 21, "partner")
        check(False, "a value naming no label is refused")
    except pyodbc.Error as e:
        check("22P02" in str(e), "a value naming no label is refused (22P02)")


base = sys.argv[1]
with pyodbc.connect(base + ";UnknownsAsLongVarchar=1;TextAsLongVarchar=1;MaxLongVarcharSize=1000000",
                    autocommit=True) as connection:
    cursor = connection.cursor()
    reads(cursor, True)
    filters(cursor)
    writes(cursor)
with pyodbc.connect(base, autocommit=True) as connection:
    reads(connection.cursor(), False)
print("%d passed, %d failed" % (passed, failed))
