#!/bin/bash
# make bench runs this inside a throwaway cluster (pg_virtualenv): every
# benchmark in test/bench/*.sql except the helpers, each in a fresh database.
set -euo pipefail
cd "$(dirname "$0")"
for bench in $(ls *.sql | grep -v '^bench_lib.sql$'); do
	db="bench_${bench%.sql}"
	createdb "$db"
	psql -X -q -d "$db" -v ON_ERROR_STOP=1 -c 'CREATE EXTENSION attune'
	echo "== $bench ($(date -u +%Y-%m-%dT%H:%MZ), PostgreSQL $(psql -X -At -d "$db" -c 'SHOW server_version'))"
	psql -X -q -d "$db" -v ON_ERROR_STOP=1 -f bench_lib.sql -f "$bench"
	dropdb "$db"
done
