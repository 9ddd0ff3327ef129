#!/bin/bash
# A released install script never changes.  Every attune--X.Y.Z.sql must be
# listed in test/released.sha256 with its checksum (a script is listed when
# its version is released: docs/development.md), and while the control file
# names a released version, src/sql/ must still make exactly that script: a
# change to the SQL needs a new version and an upgrade script.  Prints
# "ok"/"not ok" lines and "N passed, N failed".
# Usage: test/released.sh   (from the project's root)
set -uo pipefail
cd "$(dirname "$0")/.."
passed=0 failed=0
check() {
	if [ "$1" = 0 ]; then echo "ok - $2"; passed=$((passed + 1)); else echo "not ok - $2"; failed=$((failed + 1)); fi
}

for script in attune--[0-9]*.sql; do
	case "$script" in *--*--*) continue ;; esac	# upgrade scripts
	grep -q "  $script\$" test/released.sha256
	check $? "$script is listed as released"
done
sha256sum --quiet -c test/released.sha256
check $? "released scripts are unchanged (test/released.sha256)"

version=$(sed -n "s/^default_version = '\(.*\)'/\1/p" attune.control)
if [ -f "attune--$version.sql" ]; then
	pg_config=/usr/lib/postgresql/${PGVERSION:-15}/bin/pg_config
	[ -x "$pg_config" ] || pg_config=pg_config
	make -s PG_CONFIG="$pg_config" "build/attune--$version.sql" >/dev/null &&
		cmp -s "build/attune--$version.sql" "attune--$version.sql"
	check $? "src/sql/ still makes the released attune--$version.sql (a change needs a new version)"
fi
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
