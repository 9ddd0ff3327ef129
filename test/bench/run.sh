#!/bin/bash
# make bench runs this inside a throwaway cluster (pg_virtualenv): every
# benchmark in test/bench/*.sql but the shared parts (bench_lib.sql,
# contacts.sql, noop_summary.sql, figures.sql, settings.sql,
# rollup_vs_raw.sql), or those named as arguments (make bench
# BENCH="contact_summary trigger"), each in a fresh database.  BENCH_RUNS=N
# sets the paired runs of each comparison (contact_summary 5, trigger 15).
set -euo pipefail
cd "$(dirname "$0")"

# The C baselines (baselines.c), built outside the extension.
pg_config=/usr/lib/postgresql/${PGVERSION:-15}/bin/pg_config
[ -x "$pg_config" ] || pg_config=pg_config
build=$(mktemp -d)
trap 'rm -rf "$build"' EXIT
chmod 755 "$build"
${CC:-cc} -O2 -fPIC -shared -I"$("$pg_config" --includedir-server)" baselines.c -o "$build/baselines.so"
export PGOPTIONS="-c attune_bench.baselines=$build/baselines.so"
if [ $# -gt 0 ]; then
	benches=$(printf '%s.sql ' "$@")
else
	benches=$(ls *.sql | grep -v -e '^bench_lib.sql$' -e '^contacts.sql$' -e '^noop_summary.sql$' -e '^figures.sql$' -e '^settings.sql$' -e '^rollup_vs_raw.sql$')
fi
for bench in $benches; do
	db="bench_${bench%.sql}"
	createdb "$db"
	psql -X -q -d "$db" -v ON_ERROR_STOP=1 -c 'CREATE EXTENSION attune'
	echo "== $bench ($(date -u +%Y-%m-%dT%H:%MZ), PostgreSQL $(psql -X -At -d "$db" -c 'SHOW server_version'))"
	psql -X -q -d "$db" -v ON_ERROR_STOP=1 ${BENCH_RUNS:+-v runs="$BENCH_RUNS"} -f bench_lib.sql -f "$bench"
	dropdb "$db"
done
