#!/bin/bash
# make demo runs this inside a throwaway cluster (pg_virtualenv): it creates a
# database with attune and walks through examples/demo.sql.
set -euo pipefail
cd "$(dirname "$0")"
createdb attune_demo
psql -X -q -d attune_demo -v ON_ERROR_STOP=1 -c 'CREATE EXTENSION attune'
psql -X -q -d attune_demo -v ON_ERROR_STOP=1 --echo-queries -f demo.sql
