#!/bin/bash
# Runs the examples of the docs and checks their output.
#
# An example is a ```sql fence followed directly (blank lines allowed) by a
# plain ``` fence holding what psql prints for it.  Each Markdown file gets a
# fresh database with attune installed; its examples run in order, one psql
# session each, so an example can use the tables an earlier one made.
# Trailing blanks are ignored (editors strip them); nothing else is.
# Prints one line per example and, last, "N passed, N failed".
# Usage: test/doctest.sh FILE.md...   (PGHOST etc. point at a server)
set -uo pipefail

# Examples print times in UTC and ISO style, whatever the server defaults;
# DOCTEST_TZ runs them in another time zone (the tutorial's output is the
# same in any: run-suites.sh checks it under America/New_York too).
export PGTZ=${DOCTEST_TZ:-UTC} PGDATESTYLE="ISO, YMD"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0 failed=0

# Drops psql's "psql:FILE:LINE: " prefix, trailing blanks and blank last lines.
strip() {
	sed -e 's/^psql:[^:]*:[0-9]*: //' -e 's/[[:space:]]*$//' |
		awk '/^$/ { blank++; next } { while (blank) { print ""; blank-- } print }'
}

for doc in "$@"; do
	name=$(basename "$doc" .md)
	db="doctest_$name"
	rm -f "$work"/ex_*
	awk -v dir="$work" '
		/^```/ {
			if (mode == "sql") { mode = ""; pending = 1; next }
			if (mode != "") { mode = ""; next }
			if ($0 ~ /^```sql[[:space:]]*$/) { n++; mode = "sql"; print NR > (dir "/ex_" n ".line"); next }
			if ($0 ~ /^```[[:space:]]*$/ && pending) { mode = "out"; has_out[n] = 1; pending = 0; next }
			mode = "other"; pending = 0; next
		}
		mode == "sql" { print > (dir "/ex_" n ".sql"); next }
		mode == "out" { print > (dir "/ex_" n ".out"); next }
		mode == "other" { next }
		/[^[:space:]]/ { pending = 0 }
		END { for (i = 1; i <= n; i++) if (!has_out[i]) printf "" > (dir "/ex_" i ".out") }
	' "$doc"
	[ -f "$work/ex_1.line" ] || continue
	PGOPTIONS='-c client_min_messages=warning' dropdb --if-exists "$db" &&
		createdb "$db" && psql -X -q -d "$db" -c 'CREATE EXTENSION attune' ||
		{ echo "not ok - $doc: could not create database $db"; failed=$((failed + 1)); continue; }
	for ((i = 1; ; i++)); do
		base="$work/ex_$i"
		[ -f "$base.line" ] || break
		line=$(cat "$base.line")
		touch "$base.sql"
		psql -X -q -d "$db" -f "$base.sql" 2>&1 | strip > "$base.got"
		if diff -u <(strip < "$base.out") "$base.got" > "$base.diff"; then
			echo "ok - $doc:$line"
			passed=$((passed + 1))
		else
			echo "not ok - $doc:$line (expected, then what psql printed)"
			sed 's/^/    /' "$base.diff"
			failed=$((failed + 1))
		fi
	done
	dropdb "$db"
done
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
