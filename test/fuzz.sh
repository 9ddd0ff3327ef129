#!/bin/bash
# Runs each fuzz script (test/fuzz/*.sql) in a fresh database with attune
# installed.  A script's tables of outcomes (how many inputs were read, how
# many rejected with the right SQLSTATE) are shown only when it fails, so
# that a pass does not print rows like "22P03 | 355" that read as errors.
# Prints "ok - ..." or "not ok - ..." per script, then "N passed, N failed";
# exits non-zero on a failure.  Used by run-suites.sh and ubsan.sh.
# Usage: test/fuzz.sh   (from the project's root; PGHOST etc. point at a server)
set -uo pipefail
out=$(mktemp)
trap 'rm -f "$out"' EXIT
passed=0 failed=0
for script in test/fuzz/*.sql; do
	db="fuzz_$(basename "$script" .sql)"
	if createdb "$db" && psql -X -q -d "$db" -c 'CREATE EXTENSION attune' &&
		psql -X -q -d "$db" -v ON_ERROR_STOP=1 -f "$script" >"$out" 2>&1; then
		echo "ok - $script: $(tail -n 1 "$out")"
		passed=$((passed + 1))
	else
		echo "not ok - $script"
		sed 's/^/    /' "$out"
		failed=$((failed + 1))
	fi
	dropdb --if-exists "$db"
done
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
