#!/bin/bash
# The upgrade path (DESIGN.md section 7): install the oldest released
# version, store values of every type with it, walk ALTER EXTENSION attune
# UPDATE to the newest, read the old values back (the same text and figures
# as before), and compare the catalog with a fresh install of the newest.
# With one release the walk has no step, and the test still proves that
# values stored by it read back and that its catalog is the fresh one; each
# release adds a step.  Runs against the server PGHOST/PGPORT name; prints
# "ok"/"not ok" lines and "N passed, N failed".
# Usage: test/upgrade/run.sh   (from the project's root)
set -uo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"; dropdb --if-exists upgrade_old >/dev/null 2>&1; dropdb --if-exists upgrade_fresh >/dev/null 2>&1' EXIT
passed=0 failed=0
check() {
	if [ "$1" = 0 ]; then echo "ok - $2"; passed=$((passed + 1)); else echo "not ok - $2"; failed=$((failed + 1)); fi
}
psql_q() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }

oldest=$(ls attune--[0-9]*.sql | grep -v -- '--.*--' | sed 's/^attune--\(.*\)\.sql$/\1/' | sort -V | head -n 1)
newest=$(sed -n "s/^default_version = '\(.*\)'/\1/p" attune.control)
echo "# from $oldest to $newest"

createdb upgrade_old && createdb upgrade_fresh
psql_q -d upgrade_old -c "CREATE EXTENSION attune VERSION '$oldest'" -f test/upgrade/values.sql
check $? "values stored with $oldest"

psql_q -d upgrade_old -c 'SET client_min_messages = warning' -c 'ALTER EXTENSION attune UPDATE' &&
	[ "$(psql -X -At -d upgrade_old -c "SELECT extversion FROM pg_extension WHERE extname = 'attune'")" = "$newest" ]
check $? "ALTER EXTENSION attune UPDATE reaches $newest"

read_back=$(psql -X -At -d upgrade_old -v ON_ERROR_STOP=1 -c "
	SELECT count(*) FILTER (WHERE s::text = text_then AND s = text_then::contact_summary AND
	                              now_read.figures = figures_then.figures)
	       || '/' || count(*)
	FROM stored_summaries JOIN summary_figures now_read USING (n) JOIN figures_then USING (n)")
[ "$read_back" = 8/8 ]
check $? "summaries stored with $oldest read back the same after the update ($read_back)"
# A value stored before format 2 lists its people with their contacts and no
# days; merged with a new summary it stays what the old part knows (format 1),
# its counts adding up; the judging functions read it.
people_read=$(psql -X -At -d upgrade_old -v ON_ERROR_STOP=1 -c "
	SELECT count(*) FILTER (WHERE left(s::text, 3) = 'v1 ') = 3
	       AND bool_and(p.n = vendor_breadth(s) + customer_breadth(s) AND (p.days = 0) = (left(s::text, 3) = 'v1 '))
	       AND bool_and(left(m::text, 3) = left(s::text, 3) AND contact_count(m) = contact_count(s) + 1)
	       AND bool_and(risk_flags(s, '2026-07-01') IS NOT NULL)
	       AND bool_and((SELECT count(*) FROM who_to_call(s, '2026-07-01')) = 0 OR left(s::text, 2) = 'v2')
	FROM stored_summaries,
	     LATERAL (SELECT count(*) AS n, count(first_contact) AS days FROM people(s, '2026-07-01')) p,
	     LATERAL (SELECT rollup(x) AS m FROM (SELECT s UNION ALL
	              SELECT contact_summary('2026-07-01 10:00+00'::timestamptz, 'phone', 'new rep', 'management',
	                                     'new buyer', 'management', true, true, 0.5)) v(x)) r
	WHERE stored_summaries.n IN (0, 1, 4, 5, 6)")  # below the cap of people
[ "$people_read" = t ]
check $? "people, rollup and the rules read the summaries stored with $oldest after the update"
labels=$(psql -X -At -d upgrade_old -v ON_ERROR_STOP=1 -c "
	SELECT stage = 'interdependent' AND trust = 'knowledge' AND jbp = 'co_developed' AND channel = 'video'
	       AND level = 'executive' AND stage > 'independent' FROM stored_labels")
[ "$labels" = t ]
check $? "labels stored with $oldest read back the same after the update"

psql_q -d upgrade_fresh -c 'CREATE EXTENSION attune'
psql_q -d upgrade_old -f test/upgrade/catalog.sql > "$work/updated"
psql_q -d upgrade_fresh -f test/upgrade/catalog.sql > "$work/fresh"
diff "$work/fresh" "$work/updated" && [ -s "$work/fresh" ]
check $? "the updated catalog is a fresh install's ($(wc -l < "$work/fresh") facts)"

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
