#!/bin/bash
# The report as a page (examples/report_page.sh), opened in headless Chromium
# as a reader opens it: every figure the page shows, and every number each
# chart was given to draw, equals what SQL computes from the example data set
# (test/page/expected.sql, written apart from the page's own query).  Keeps
# the page, its rendered DOM and a screenshot in results/ as artefacts.
# Runs against the server PGHOST/PGPORT name; ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/../.."
export PGOPTIONS='-c client_min_messages=warning'
db=attune_page
out=results
mkdir -p "$out"
passed=0 failed=0
check() { if [ "$1" = 0 ]; then echo "ok - $2"; passed=$((passed + 1)); else echo "not ok - $2"; failed=$((failed + 1)); fi; }
finish() { dropdb --if-exists "$db"; echo "$passed passed, $failed failed"; exit 0; }

(cd examples/vendor/chart.js && sha256sum --quiet -c - <<<"3f288f4f26882c26b58931fb586a9b4f30370b5de38d69dc005b0bd05b08e113  chart.umd.min.js")
check $? "the inlined Chart.js is npm's chart.js 4.6.2 chart.umd.min.js, unchanged"

dropdb --if-exists "$db"
createdb "$db" && psql -X -q -v ON_ERROR_STOP=1 -d "$db" -c 'CREATE EXTENSION attune' \
	-v scale=300 -v as_of=2026-10-01 -f examples/portfolio.sql -f examples/reporting.sql >/dev/null &&
	examples/report_page.sh "$db" "$out/report-page.html"
check $? "examples/report_page.sh wrote the page"
[ "$failed" = 0 ] || finish

browser=$(command -v chromium || command -v chromium-browser)
# --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
chrome() { "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars "$@" 2>/dev/null; }
chrome --dump-dom "file://$PWD/$out/report-page.html" >"$out/report-page.dom.html"
grep -q 'data-rendered="yes"' "$out/report-page.dom.html"
check $? "the page's scripts ran to the end in Chromium"
chrome --window-size=1280,2400 --screenshot="$PWD/$out/report-page.png" "file://$PWD/$out/report-page.html" >/dev/null
[ -s "$out/report-page.png" ]
check $? "a screenshot was taken ($out/report-page.png)"

# Each element with data-figure: its name and its text, as the reader sees it.
grep -o 'data-figure="[^"]*"[^>]*>[^<]*<' "$out/report-page.dom.html" |
	sed -E 's/^data-figure="([^"]*)"[^>]*>([^<]*)<$/\1\t\2/' |
	sed -e 's/\\/\\\\/g' -e 's/&lt;/</g' -e 's/&gt;/>/g' -e 's/&quot;/"/g' -e "s/&#39;/'/g" -e 's/&nbsp;/ /g' \
	    -e 's/&amp;/\&/g' >"$out/report-page.figures.tsv"
result=$(psql -X -q -At -v ON_ERROR_STOP=1 -d "$db" \
	-c 'CREATE TEMP TABLE page_figures (figure text, value text)' \
	-c "\\copy page_figures FROM '$out/report-page.figures.tsv'" -f test/page/expected.sql)
echo "$result" | grep -v '^ok|' | sed 's/^/  /'
figures=$(echo "$result" | sed -n 's/^ok|//p')
[ -n "$figures" ] && [ "$(echo "$result" | grep -vc '^ok|')" = 0 ]
check $? "the ${figures:-?} figures and chart values on the page equal the SQL's"
finish
