#!/bin/bash
# Runs the pg_regress suite against a PostgreSQL server under valgrind's
# memcheck and fails if any error report has attune in its stack.  Reports
# without attune are PostgreSQL's own known false positives (uninitialised
# padding written to WAL and the relcache init file); they are counted, not
# failed.  Slow (about 25x): run by `make valgrind`, not by `make test`.
# Usage: test/valgrind.sh PG_MAJOR  (as root or as a user that may run postgres)
set -uo pipefail
cd "$(dirname "$0")/.."
major=${1:-15}
bindir=/usr/lib/postgresql/$major/bin
work=$(mktemp -d /tmp/attune-valgrind.XXXX)
port=54${RANDOM:0:2}
. test/cluster_owner.sh

as_owner "$bindir/initdb" -D "$work/data" -A trust -U postgres >/dev/null || exit 1
as_owner valgrind --quiet --trace-children=yes --error-limit=no --log-file="$work/vg.%p.log" \
	"$bindir/postgres" -D "$work/data" -p "$port" -k "$work" -c max_parallel_workers_per_gather=0 \
	> "$work/server.log" 2>&1 &
for _ in $(seq 120); do
	"$bindir/pg_isready" -q -h "$work" -p "$port" && break
	sleep 1
done

PGHOST=$work PGPORT=$port PGUSER=postgres make -s PG_CONFIG="$bindir/pg_config" installcheck
status=$?
as_owner "$bindir/pg_ctl" -D "$work/data" -m fast stop >/dev/null

ours=$(grep -l 'attune' "$work"/vg.*.log 2>/dev/null)
others=$(cat "$work"/vg.*.log 2>/dev/null | grep -c '^==[0-9]*== [A-Z]')
echo "valgrind: ${others:-0} report lines from PostgreSQL itself (known false positives), $(echo "$ours" | grep -c .) logs naming attune"
if [ -n "$ours" ]; then
	cat $ours
	status=1
fi
rm -rf "$work"
exit $status
