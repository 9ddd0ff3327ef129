#!/bin/bash
# Scale-out beyond one machine (DESIGN.md section 7), on one machine: two
# more clusters on loopback ports are the shards of a contacts table that
# the coordinator (the server PGHOST/PGPORT name) partitions by account into
# postgres_fdw foreign tables, the servers declared with extensions 'attune'
# so that our functions ship.  Checked: with enable_partitionwise_aggregate,
# contact_summary ... GROUP BY account runs on the shards (EXPLAIN VERBOSE
# shows the remote aggregate); its summaries equal, byte for byte, those of
# the same rows in a local table; rollup of the shards' summaries by any
# other grouping equals contact_summary computed directly.  Prints "ok" or
# "not ok" per check and ends with "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")"

major=${PGVERSION:-15}
bindir=/usr/lib/postgresql/$major/bin
[ -x "$bindir/initdb" ] || bindir=$(pg_config --bindir)
db=attune_scaleout
work=$(mktemp -d)
chmod 755 "$work"

. ../cluster_owner.sh

shards=()
cleanup() {
	for shard in "${shards[@]}"; do
		as_owner "$bindir/pg_ctl" -D "$work/$shard" -m immediate stop >/dev/null 2>&1 || true
	done
	dropdb --if-exists "$db" 2>/dev/null || true
	rm -rf "$work"
}
trap cleanup EXIT

# the first port from $1 on that nothing listens on at 127.0.0.1
free_port() {
	local port=$1
	while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
	echo "$port"
}

# start_shard NAME PORT: a new cluster on 127.0.0.1:PORT with attune installed
start_shard() {
	as_owner "$bindir/initdb" -A trust -U postgres -N -D "$work/$1" >"$work/$1.initdb" 2>&1 ||
		{ cat "$work/$1.initdb"; exit 1; }
	shards+=("$1")
	as_owner "$bindir/pg_ctl" -D "$work/$1" -l "$work/$1.log" -w \
		-o "-p $2 -c listen_addresses=127.0.0.1 -k $work -c fsync=off" start >/dev/null ||
		{ cat "$work/$1.log"; exit 1; }
	psql -X -q -h 127.0.0.1 -p "$2" -U postgres -d postgres -v ON_ERROR_STOP=1 -f shard.sql
}

port1=$(free_port $((${PGPORT:-5432} + 101)))
start_shard shard1 "$port1"
port2=$(free_port $((port1 + 1)))
start_shard shard2 "$port2"

dropdb --if-exists "$db" 2>/dev/null
createdb "$db"
psql -X -q -d "$db" -v ON_ERROR_STOP=1 -v port1="$port1" -v port2="$port2" -f coordinator.sql \
	>"$work/checks" 2>&1 || { cat "$work/checks"; exit 1; }
cat "$work/checks"
passed=$(grep -c '^ok ' "$work/checks" || true)
failed=$(grep -c '^not ok ' "$work/checks" || true)
echo "$passed passed, $failed failed"
[ "$failed" = 0 ] && [ "$passed" -gt 0 ]
