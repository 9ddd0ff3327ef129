#!/bin/bash
# A nightly re-judgement scheduled with pg_cron (DESIGN.md section 5): a row
# nobody writes goes silent as time passes, and a scheduled
# flag_at_risk_refresh flags it.  make test starts its cluster with pg_cron
# loaded (shared_preload_libraries, jobs in background workers, in the
# database postgres).  pg_cron schedules by the minute, so this waits up to
# three minutes.  Runs against the server PGHOST/PGPORT name; exit status 0
# when the row was flagged by a scheduled run.
set -euo pipefail
export PGOPTIONS='-c client_min_messages=warning'
db=postgres

cleanup() {
	psql -X -q -d "$db" -c "SELECT cron.unschedule(jobid) FROM cron.job WHERE jobname = 'attune-refresh'" \
		-c 'DROP TABLE IF EXISTS cron_accounts' -c 'DROP EXTENSION IF EXISTS attune' \
		-c 'DROP EXTENSION IF EXISTS pg_cron' >/dev/null 2>&1 || true
}
trap cleanup EXIT

psql -X -q -v ON_ERROR_STOP=1 -d "$db" <<'SQL'
CREATE EXTENSION pg_cron;
CREATE EXTENSION attune;
CREATE TABLE cron_accounts (id int PRIMARY KEY, summary contact_summary, at_risk bool, risk_reasons text[]);
CREATE TRIGGER flag BEFORE INSERT OR UPDATE ON cron_accounts
    FOR EACH ROW EXECUTE FUNCTION flag_at_risk();
-- A contact every day for 200 days, the last 20 seconds short of 30 days ago:
-- daily contact turns silent after 30 days, so this row does in 20 seconds.
INSERT INTO cron_accounts (id, summary)
SELECT 1, contact_summary(now() - interval '30 days' + interval '20 seconds' - n * interval '1 day', 'phone', NULL, NULL)
FROM generate_series(0, 199) n;
SELECT cron.schedule('attune-refresh', '* * * * *', $$SELECT flag_at_risk_refresh('public.cron_accounts')$$);
SQL
inserted=$(psql -X -At -d "$db" -c "SELECT format('%s %s', at_risk, risk_reasons) FROM cron_accounts")
echo "inserted: $inserted"
[ "$inserted" = "f {}" ] || { echo "not ok - the row was flagged before time passed"; exit 1; }

for _ in $(seq 1 36); do
	sleep 5
	flagged=$(psql -X -At -d "$db" -c "SELECT format('%s %s', at_risk, risk_reasons) FROM cron_accounts")
	[ "$flagged" = "t {silent}" ] && break
done
runs=$(psql -X -At -d "$db" -c "SELECT count(*) FROM cron.job_run_details d JOIN cron.job j USING (jobid)
                                WHERE j.jobname = 'attune-refresh' AND d.status = 'succeeded'")
echo "after the scheduled runs: $flagged (runs that succeeded: $runs)"
if [ "$flagged" = "t {silent}" ] && [ "$runs" -ge 1 ]; then
	echo "ok - a scheduled flag_at_risk_refresh flagged the row that went silent"
else
	echo "not ok - no scheduled run flagged the row"
	psql -X -d "$db" -c "SELECT status, return_message FROM cron.job_run_details ORDER BY runid" || true
	exit 1
fi
