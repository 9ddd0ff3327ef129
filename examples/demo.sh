#!/bin/bash
# make demo runs this inside a throwaway cluster (pg_virtualenv): a database
# with attune, the example data set (examples/portfolio.sql), and the at-risk
# report (examples/report.sql), printed and written as a page
# (examples/report_page.sh) to attune-report.html in the project's root.
set -euo pipefail
cd "$(dirname "$0")"
createdb attune_demo
psql -X -q -d attune_demo -v ON_ERROR_STOP=1 -c 'CREATE EXTENSION attune'
echo "Generating the example portfolio (3,000 accounts, about 700,000 contacts)..."
start=$(date +%s)
psql -X -q -d attune_demo -v ON_ERROR_STOP=1 -v scale=3000 -v as_of=2026-10-01 -f portfolio.sql
echo "... done in $(($(date +%s) - start)) s. Summarising every account and judging its health..."
psql -X -q -d attune_demo -v ON_ERROR_STOP=1 -f report.sql
echo
examples_dir=$PWD
cd ..
"$examples_dir/report_page.sh" attune_demo attune-report.html
echo "Open attune-report.html in a browser for the same report with charts."
