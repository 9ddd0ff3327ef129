#!/bin/bash
# make bench-instructions runs this: the instructions a row executed by the
# queries of contact_summary.sql's first comparison, counted by callgrind in a
# single-user backend over the same 5M contacts (contacts.sql): count(*), a C
# aggregate of contact_summary's nine arguments that does nothing
# (baselines.c), and contact_summary, each GROUP BY account; then the
# trigger's bar: 100,000 rows of trigger.sql's figures (figures.sql) inserted
# with no trigger, with a C trigger that only forms the row anew
# (baselines.c), and with flag_at_risk; then a call of each function that
# reads a stored summary, over 100,000 stored summaries of those contacts,
# beside the same call with the fixed layout that preceded the stored form.
# Times vary from run to run on a shared machine; these counts do not, and
# they bound what a ratio of times can reach.  About six minutes; not part
# of make test.
# Usage: test/bench/instructions.sh PG_MAJOR [aggregate] [trigger] [accessors [fixed]]
# (the parts to measure; all of them when none is named; fixed adds the
# fixed layout's column to the accessors' table)
set -euo pipefail
cd "$(dirname "$0")"

major=${1:?usage: test/bench/instructions.sh PG_MAJOR [aggregate] [trigger] [accessors]}
shift
parts=" ${*:-aggregate trigger accessors fixed} "
bin=/usr/lib/postgresql/$major/bin
rows=5000000
figure_rows=100000
work=$(mktemp -d)
# The fixed layout's build, installed as the extension attune_fixed while this runs.
fixed_files="$("$bin/pg_config" --pkglibdir)/attune_fixed.so $("$bin/pg_config" --sharedir)/extension/attune_fixed.control
	$("$bin/pg_config" --sharedir)/extension/attune_fixed--0.1.0.sql"
trap 'as_owner "$bin/pg_ctl" -D "$work/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$work"
	[[ $parts != *" fixed "* ]] || rm -f $fixed_files' EXIT
. ../cluster_owner.sh

cc -O2 -fPIC -shared -I"$("$bin/pg_config" --includedir-server)" baselines.c -o "$work/baselines.so"
chmod 755 "$work" "$work/baselines.so"

# 100,000 stored summaries: each account's 500 contacts over three years, ten
# times (for the readers, in attune's database and in the fixed layout's).
stored_sql="CREATE TABLE stored AS
SELECT s FROM (SELECT contact_summary(occurred_at, channel, vendor_person, vendor_level, customer_person,
                                      customer_level, customer_initiated, future_focused, sentiment) AS s
               FROM contacts GROUP BY account) x, generate_series(1, 10);
VACUUM ANALYZE stored;"

# The contacts and the do-nothing aggregate, loaded through a server (psql),
# which is then stopped: the queries run in single-user backends under
# callgrind, one at a time.
as_owner "$bin/initdb" -D "$work/data" -A trust >/dev/null
as_owner "$bin/pg_ctl" -D "$work/data" -l "$work/log" -w \
	-o "-k $work -c listen_addresses= -c shared_buffers=1GB -c max_wal_size=8GB" start >/dev/null
# (The caller reads the files: the clusters' owner may not enter this tree.)
{ echo "CREATE EXTENSION attune;"; cat contacts.sql noop_summary.sql figures.sql; cat <<'SQL'
CREATE TABLE insert_plain (LIKE figures);
CREATE TABLE insert_rewrite (LIKE figures);
CREATE FUNCTION rewrite_row() RETURNS trigger AS :'baselines', 'rewrite_row' LANGUAGE C;
CREATE TRIGGER rewrite BEFORE INSERT ON insert_rewrite FOR EACH ROW EXECUTE FUNCTION rewrite_row();
CREATE TABLE insert_flagged (LIKE figures);
CREATE TRIGGER flag BEFORE INSERT ON insert_flagged FOR EACH ROW EXECUTE FUNCTION flag_at_risk();
SQL
echo "$stored_sql"; } | as_owner psql -X -q -h "$work" -d postgres -v ON_ERROR_STOP=1 -v baselines="$work/baselines.so" \
	-v figure_rows=$figure_rows

# The fixed layout that preceded the stored form (never released: the
# parent of the commit that added src/contact_summary_stored.c), built from
# git history and installed as attune_fixed, with the same stored summaries
# in a database of its own: what "each accessor at most 2x its fixed-layout
# cost" (issue 23) compares with.
if [[ $parts == *" fixed "* ]]; then
	repo=$(git rev-parse --show-toplevel)
	stored_form=$(git -C "$repo" log --diff-filter=A --format=%H -- src/contact_summary_stored.c | tail -1)
	mkdir "$work/fixed"
	git -C "$repo" archive "$stored_form^" | tar -x -C "$work/fixed"
	make -s -C "$work/fixed" PG_CONFIG="$bin/pg_config" >/dev/null
	set -- $fixed_files
	install -m 755 "$work/fixed/attune.so" "$1"
	sed "s|\$libdir/attune'|\$libdir/attune_fixed'|" "$work/fixed/attune.control" >"$2"
	cp "$work/fixed/attune--0.1.0.sql" "$3"
	as_owner createdb -h "$work" fixed
	{ echo "CREATE EXTENSION attune_fixed;"; cat contacts.sql; echo "$stored_sql"; } |
		as_owner psql -X -q -h "$work" -d fixed -v ON_ERROR_STOP=1
fi
as_owner "$bin/pg_ctl" -D "$work/data" -w stop >/dev/null

# Instructions a single-user backend executes for one statement (one line),
# in the database given second (postgres if none).
instructions() {
	printf "SET jit = off; SET max_parallel_workers_per_gather = 0; SET work_mem = '256MB';\n%s\n" "$1" |
		as_owner valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.out" \
			"$bin/postgres" --single -D "$work/data" -c shared_buffers=1GB "${2:-postgres}" >"$work/out" 2>&1 ||
		{ cat "$work/out" >&2; exit 1; }
	if grep -q ERROR "$work/out"; then cat "$work/out" >&2; exit 1; fi
	sed -n 's/^\(summary\|totals\): *\([0-9]*\).*/\2/p' "$work/callgrind.out" | head -1
}

# Data cache misses (reads and writes), first-level and last-level, that a
# single-user backend makes for one statement, simulated by cachegrind with
# caches set here (32 KiB first-level, 8 MiB last-level, 64-byte lines; a
# virtual machine does not always tell valgrind its own): the aggregate's
# time is bound by these, not by its instructions, as each interleaved row
# lands on a random account's state.
data_misses() {
	printf "SET jit = off; SET max_parallel_workers_per_gather = 0; SET work_mem = '256MB';\n%s\n" "$1" |
		as_owner valgrind --tool=cachegrind --cache-sim=yes --I1=32768,8,64 --D1=32768,8,64 --LL=8388608,16,64 \
			--cachegrind-out-file="$work/cachegrind.out" \
			"$bin/postgres" --single -D "$work/data" -c shared_buffers=1GB postgres >"$work/out" 2>&1 ||
		{ cat "$work/out" >&2; exit 1; }
	# first-level then last-level: "D1 N LLd N"
	sed -n 's/^==[0-9]*== \(D1\|LLd\) *misses: *\([0-9,]*\).*/\1 \2/p' "$work/out" | tr -d , | tr '\n' ' '
}

# ratio_table ROWS BAR HEADING FIRST COUNT BASELINE COUNT OURS COUNT: each
# statement's instructions a row (its count less a statement that does
# nothing), against the first and the baseline, what ours adds to the
# baseline, and what the bar (BAR times the baseline) allows.
ratio_table() {
	awk -v rows="$1" -v bar="$2" -v heading="$3" -v fixed="$fixed" \
		-v l1="$4" -v c1="$5" -v l2="$6" -v c2="$7" -v l3="$8" -v c3="$9" 'BEGIN {
		a = (c1 - fixed) / rows; b = (c2 - fixed) / rows; o = (c3 - fixed) / rows
		printf "%-52s %8s %12s %14s\n", heading, "a row", "vs first", "vs baseline"
		printf "%-52s %8.0f %12.2f %14.2f\n", l1, a, 1, a / b
		printf "%-52s %8.0f %12.2f %14.2f\n", l2, b, b / a, 1
		printf "%-52s %8.0f %12.2f %14.2f\n", l3, o, o / a, o / b
		printf "%-52s %8.0f\n", "beyond the baseline", o - b
		printf "%-52s %8.0f\n", "the bar of " bar "x the baseline allows", bar * b
	}'
}

arguments="occurred_at, channel, vendor_person, vendor_level, customer_person, customer_level,
	customer_initiated, future_focused, sentiment"
arguments=$(echo $arguments)
fixed=$(instructions "SELECT 1;")

if [[ $parts == *" aggregate "* ]]; then
	count_sql="SELECT sum(n) FROM (SELECT account, count(*) AS n FROM contacts GROUP BY account) x;"
	noop_sql="SELECT sum(n) FROM (SELECT account, noop_summary($arguments) AS n FROM contacts GROUP BY account) x;"
	ours_sql="SELECT sum(contact_count(s)) FROM (SELECT account, contact_summary($arguments) AS s FROM contacts GROUP BY account) x;"
	echo "== instructions a row, $rows contacts of 10000 accounts (callgrind, PostgreSQL $major, $(date -u +%Y-%m-%dT%H:%MZ))"
	count=$(instructions "$count_sql")
	noop=$(instructions "$noop_sql")
	ours=$(instructions "$ours_sql")
	ratio_table $rows 1.35 "query, GROUP BY account" \
		"count(*)" "$count" "do-nothing C aggregate of the nine arguments" "$noop" \
		"contact_summary (full form)" "$ours"
	echo
	echo "== data cache misses a row, the same queries (cachegrind: 32 KiB first-level, 8 MiB last-level)"
	printf "%-52s %8s %8s\n" "query" "D1" "LL"
	misses_fixed=$(data_misses "SELECT 1;")
	for query in count noop ours; do
		sql_var=${query}_sql
		misses=$(data_misses "${!sql_var}")
		awk -v name="$query" -v n="$misses" -v base="$misses_fixed" -v rows=$rows 'BEGIN {
			split(n, a, " "); split(base, b, " ")
			printf "%-52s %8.2f %8.2f\n", name, (a[2] - b[2]) / rows, (a[4] - b[4]) / rows }'
	done
fi

if [[ $parts == *" trigger "* ]]; then
	echo
	echo "== instructions a row, $figure_rows rows of account figures inserted (callgrind, PostgreSQL $major)"
	plain=$(instructions "INSERT INTO insert_plain SELECT * FROM figures;")
	rewrite=$(instructions "INSERT INTO insert_rewrite SELECT * FROM figures;")
	flagged=$(instructions "INSERT INTO insert_flagged SELECT * FROM figures;")
	ratio_table $figure_rows 1.1 "INSERT ... SELECT" \
		"no trigger" "$plain" "a C trigger that only forms the row anew" "$rewrite" \
		"flag_at_risk" "$flagged"
fi

# Each function that reads a stored summary: instructions a call over the
# 100,000 stored summaries, less reading the column; with the fixed part,
# the same call of the fixed layout and the ratio; beside it the bar of
# issue 23 (header figures 150, risk_flags and relationship_health 4,500,
# health_report 30,000), where one is set.  The first line is the floor: a
# built-in C function of the same argument that reads its header alone
# (pg_column_size).
a_call() {
	local database=${2:-postgres} n

	n=$(instructions "SELECT count($1) FROM stored;" "$database")
	awk -v n="$n" -v base="${read_column[$database]}" 'BEGIN { printf "%.0f", (n - base) / 100000 }'
}
if [[ $parts == *" accessors "* ]]; then
	echo
	echo "== instructions a call, 100000 stored summaries (callgrind, PostgreSQL $major)"
	declare -A read_column
	read_column[postgres]=$(instructions "SELECT count(s) FROM stored;")
	[[ $parts != *" fixed "* ]] || read_column[fixed]=$(instructions "SELECT count(s) FROM stored;" fixed)
	printf "%-40s %8s %13s %9s %8s\n" "function" "a call" "fixed layout" "x fixed" "bar"
	while IFS='|' read -r call bar; do
		ours=$(a_call "$call")
		# (a function the fixed layout does not have: n/a)
		theirs=
		[[ $parts != *" fixed "* ]] || theirs=$(a_call "$call" fixed 2>/dev/null) || theirs=n/a
		awk -v call="$call" -v ours="$ours" -v theirs="$theirs" -v bar="$bar" 'BEGIN {
			printf "%-40s %8s %13s %9s %8s\n", call, ours, theirs, (theirs + 0 > 0 ? sprintf("%.2f", ours / theirs) : ""), bar }'
	done <<'CALLS'
pg_column_size(s)|floor
contact_count(s)|150
first_contact(s)|150
last_contact(s)|150
channel_mix(s)|
personal_share(s)|
vendor_breadth(s)|
diamond_index(s)|
exec_coverage(s)|
active_week_share(s)|
longest_silence(s)|
future_share(s)|
reciprocity(s)|
usual_gap(s)|
experience(s, '2026-01-01')|
contact_days(s, '2026-01-01', 90)|
sentiment_mean(s, '2026-01-01', 2)|
risk_flags(s, '2026-01-01')|4500
relationship_health(s, '2026-01-01')|4500
health_report(s, '2026-01-01')|30000
CALLS
fi
