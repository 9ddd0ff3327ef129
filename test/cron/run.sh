#!/bin/bash
# A nightly re-judgement scheduled with pg_cron (DESIGN.md section 5), set up
# as docs/tutorial.md says: on a server that does not load pg_cron, its
# set-up block is the file written to the cluster's conf.d, the server
# restarts, and its schedule block runs as written; the job then moves to
# every minute.  A row nobody writes goes
# silent as time passes, and the scheduled flag_at_risk_refresh flags it.
# pg_cron schedules by the minute, so this waits up to three minutes.  Runs
# against the server PGHOST/PGPORT name (a cluster pg_ctlcluster manages);
# exit status 0 when the row was flagged by a scheduled run.
set -euo pipefail
export PGOPTIONS='-c client_min_messages=warning'
db=postgres

cleanup() {
	psql -X -q -d "$db" -c "SELECT cron.unschedule(jobid) FROM cron.job WHERE jobname = 'attune-nightly'" \
		-c 'DROP TABLE IF EXISTS account_health' -c 'DROP EXTENSION IF EXISTS attune' \
		-c 'DROP EXTENSION IF EXISTS pg_cron' >/dev/null 2>&1 || true
	[ -z "${conf_d:-}" ] || rm -f "$conf_d/pg_cron.conf"
}
trap cleanup EXIT

# The fenced block after the tutorial's marker comment, as written.
tutorial_block() {
	awk -v marker="$1" 'index($0, marker) { found = 1; next }
		found && /^```/ { if (inside) exit; inside = 1; next }
		inside { print }' "$(dirname "$0")/../../docs/tutorial.md"
}
restart_server() {
	local cluster
	cluster=$(pg_lsclusters -h | awk -v port="$PGPORT" '$3 == port { print $1, $2 }')
	[ -n "$cluster" ] || { echo "not ok - no cluster listens on port $PGPORT"; exit 1; }
	pg_ctlcluster $cluster restart
	for _ in $(seq 1 30); do pg_isready -q && return; sleep 1; done
}

[ "$(psql -X -At -d "$db" -c 'SHOW shared_preload_libraries')" = "" ] ||
	{ echo "not ok - the server already loads libraries; the tutorial's set-up is for a fresh one"; exit 1; }
conf_d="$(dirname "$(psql -X -At -d "$db" -c 'SHOW config_file')")/conf.d"
[ -d "$conf_d" ] || { echo "not ok - the cluster has no conf.d directory ($conf_d)"; exit 1; }
tutorial_block 'pg_cron set-up' >"$conf_d/pg_cron.conf"
restart_server
echo "after the set-up and a restart: shared_preload_libraries = $(psql -X -At -d "$db" -c 'SHOW shared_preload_libraries')"

psql -X -q -v ON_ERROR_STOP=1 -d "$db" <<'SQL'
CREATE EXTENSION attune;
CREATE TABLE account_health (id int PRIMARY KEY, summary contact_summary, at_risk bool, risk_reasons text[]);
CREATE TRIGGER flag BEFORE INSERT OR UPDATE ON account_health
    FOR EACH ROW EXECUTE FUNCTION flag_at_risk();
-- A contact every day for 200 days, the last 20 seconds short of 30 days ago:
-- daily contact turns silent after 30 days, so this row does in 20 seconds.
INSERT INTO account_health (id, summary)
SELECT 1, contact_summary(now() - interval '30 days' + interval '20 seconds' - n * interval '1 day', 'phone', NULL, NULL)
FROM generate_series(0, 199) n;
SQL
tutorial_block 'pg_cron schedule' | psql -X -q -v ON_ERROR_STOP=1 -d "$db" >/dev/null
# The same command every minute (unscheduled and scheduled again: cron.alter_job
# is not in every pg_cron Debian packages).
psql -X -q -v ON_ERROR_STOP=1 -d "$db" >/dev/null <<'SQL'
SELECT cron.unschedule(jobid), cron.schedule(jobname, '* * * * *', command)
FROM cron.job WHERE jobname = 'attune-nightly';
SQL
inserted=$(psql -X -At -d "$db" -c "SELECT format('%s %s', at_risk, risk_reasons) FROM account_health")
echo "inserted: $inserted"
[ "$inserted" = "f {}" ] || { echo "not ok - the row was flagged before time passed"; exit 1; }

for _ in $(seq 1 36); do
	sleep 5
	flagged=$(psql -X -At -d "$db" -c "SELECT format('%s %s', at_risk, risk_reasons) FROM account_health")
	[ "$flagged" = "t {silent}" ] && break
done
runs=$(psql -X -At -d "$db" -c "SELECT count(*) FROM cron.job_run_details d JOIN cron.job j USING (jobid)
                                WHERE j.jobname = 'attune-nightly' AND d.status = 'succeeded'")
echo "after the scheduled runs: $flagged (runs that succeeded: $runs)"
if [ "$flagged" = "t {silent}" ] && [ "$runs" -ge 1 ]; then
	echo "ok - a scheduled flag_at_risk_refresh flagged the row that went silent"
else
	echo "not ok - no scheduled run flagged the row"
	psql -X -d "$db" -c "SELECT status, return_message FROM cron.job_run_details ORDER BY runid" || true
	exit 1
fi
