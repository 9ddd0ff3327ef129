#!/bin/bash
# Writes the at-risk report as one self-contained HTML page: the figures of
# examples/report_page.sql (from the reporting set, examples/reporting.sql)
# and Chart.js (examples/vendor/chart.js) inlined into
# examples/report_page.html.  The database must hold the example data set
# and its reporting set.  Usage: examples/report_page.sh DATABASE OUTPUT.html
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
db=${1:?usage: report_page.sh DATABASE OUTPUT.html}
out=${2:?usage: report_page.sh DATABASE OUTPUT.html}
data=$(mktemp)
trap 'rm -f "$data"' EXIT
# "</" could end the script element early: JSON reads "<\/" as the same text.
PGOPTIONS='-c TimeZone=UTC' psql -X -q -At -v ON_ERROR_STOP=1 -d "$db" -f "$here/report_page.sql" |
	sed 's|</|<\\/|g' >"$data"
awk -v chart="$here/vendor/chart.js/chart.umd.min.js" -v data="$data" '
	$0 == "/*chart.js*/" { while ((getline line < chart) > 0) print line; next }
	$0 == "const REPORT = /*data*/;" { print "const REPORT ="; while ((getline line < data) > 0) print line; print ";"; next }
	{ print }' "$here/report_page.html" >"$out"
echo "wrote $out ($(wc -c <"$out") bytes)"
