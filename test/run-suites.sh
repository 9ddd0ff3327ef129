#!/bin/bash
# Runs every test suite against the server that PGHOST/PGPORT name (make test
# starts one with pg_virtualenv) and ends with the line "N passed, N failed".
# Exit status is non-zero if any test failed.  With --summary FILE, that last
# line is also written to FILE (make test prints it again after pg_virtualenv
# has dropped the cluster, so that it stays the last line).
set -uo pipefail
cd "$(dirname "$0")/.."

summary_file=/dev/null
if [ "${1:-}" = --summary ]; then summary_file=${2:?--summary needs a file}; fi
major=${PGVERSION:-15}
pg_config=/usr/lib/postgresql/$major/bin/pg_config
[ -x "$pg_config" ] || pg_config=pg_config
log=$(mktemp -d)
trap 'rm -rf "$log"' EXIT
total_passed=0 total_failed=0

# count SUITE PASSED FAILED
count() {
	echo "== $1: $2 passed, $3 failed"
	total_passed=$((total_passed + $2))
	total_failed=$((total_failed + $3))
}

echo "== regression tests (pg_regress: sql/ against expected/; isolation: test/isolation/)"
make -s PG_CONFIG="$pg_config" installcheck > "$log/regress" 2>&1
installcheck_status=$?
cat "$log/regress"
# pg_regress 15 prints "... ok", 16 and later print TAP lines.
ok=$(grep -cE '\.\.\. ok|^ok [0-9]' "$log/regress")
bad=$(grep -cE '\.\.\. FAILED|\.\.\. failed|^not ok [0-9]' "$log/regress")
if { [ "$installcheck_status" != 0 ] || [ "$ok" = 0 ]; } && [ "$bad" = 0 ]; then
	bad=1			# no test failed, yet installcheck failed or ran nothing
fi
if [ "$bad" != 0 ]; then
	for diffs in regression.diffs output_iso/regression.diffs; do
		[ -f "$diffs" ] && { echo "== $diffs"; cat "$diffs"; }
	done
fi
count "regression tests" "$ok" "$bad"

# count_output SUITE FILE: the counts of a suite whose output (FILE) ends
# with "N passed, N failed"; one failure if it does not
count_output() {
	cat "$2"
	if [[ $(tail -n 1 "$2") =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed$ ]]; then
		count "$1" "${BASH_REMATCH[1]}" "${BASH_REMATCH[2]}"
	else
		count "$1" 0 1
	fi
}

echo "== documentation examples (README.md, docs/*.md)"
test/doctest.sh README.md docs/*.md > "$log/doctest" 2>&1
count_output "documentation examples" "$log/doctest"

echo "== the tutorial in another time zone (America/New_York): the same rows"
DOCTEST_TZ=America/New_York test/doctest.sh docs/tutorial.md > "$log/doctest_tz" 2>&1
count_output "the tutorial in another time zone" "$log/doctest_tz"

echo "== fuzz (test/fuzz/*.sql, each in a fresh database)"
test/fuzz.sh > "$log/fuzz" 2>&1
count_output "fuzz" "$log/fuzz"

echo "== releases: released scripts unchanged (test/released.sh), the upgrade path (test/upgrade/run.sh)"
test/released.sh > "$log/released" 2>&1
count_output "released scripts" "$log/released"
test/upgrade/run.sh > "$log/upgrade" 2>&1
count_output "upgrade path" "$log/upgrade"

echo "== dump and restore (test/dump_restore.sh)"
if test/dump_restore.sh; then count "dump and restore" 1 0; else count "dump and restore" 0 1; fi

echo "== concurrent inserts through the trigger (test/pgbench/run.sh)"
if test/pgbench/run.sh; then count "pgbench" 1 0; else count "pgbench" 0 1; fi

echo "== scheduled refresh with pg_cron (test/cron/run.sh)"
if test/cron/run.sh; then count "pg_cron refresh" 1 0; else count "pg_cron refresh" 0 1; fi

echo "== BI clients: JDBC and psqlODBC drivers (test/clients/run.sh)"
test/clients/run.sh > "$log/clients" 2>&1
count_output "JDBC and ODBC clients" "$log/clients"

echo "== the report as a page in headless Chromium (test/page/run.sh)"
test/page/run.sh > "$log/page" 2>&1
count_output "report page" "$log/page"

echo "== scale-out: two shards through postgres_fdw (test/scaleout/run.sh)"
test/scaleout/run.sh > "$log/scaleout" 2>&1
count_output "scale-out" "$log/scaleout"

echo "$total_passed passed, $total_failed failed" | tee "$summary_file"
[ "$total_failed" = 0 ]
