#!/bin/bash
# Concurrent inserts and updates through flag_at_risk (DESIGN.md section 6):
# several pgbench clients at once, then every row must be there and its flags
# must equal what risk_flags returns for it.  Runs in a database of its own.
set -euo pipefail
cd "$(dirname "$0")"
clients=8 transactions=250
db=attune_pgbench
dropdb --if-exists "$db" 2>/dev/null
createdb "$db"
psql -X -q -d "$db" -v ON_ERROR_STOP=1 <<'SQL'
CREATE EXTENSION attune;
-- 50 sample summaries with contacts in 2020: "silent" whenever this runs, and
-- sentiment of one sign each, so no flag depends on the moment of the check.
CREATE TABLE samples AS
SELECT s AS sample,
       contact_summary('2020-01-06'::timestamptz + i * interval '5 days', (1 + i % 8)::contact_channel,
                       'rep ' || i % (1 + s % 4), (1 + (i + s) % 4)::org_level,
                       'buyer ' || i % (1 + s % 7), (1 + (i * s) % 4)::org_level,
                       i % 2 = 0, (i + s) % 3 <> 0, CASE WHEN s % 2 = 0 THEN 0.4 ELSE -0.4 END) AS summary,
       (1 + s % 5)::rel_stage AS vendor_view, (1 + (s * 3) % 5)::rel_stage AS customer_view
FROM generate_series(1, 50) s, generate_series(0, 10 + s) i
GROUP BY s;
CREATE TABLE flagged (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, client int, sample int,
    summary contact_summary, trust_score float8, dashboard float8,
    vendor_view rel_stage, customer_view rel_stage, at_risk bool, risk_reasons text[]);
CREATE TRIGGER flagged_flag BEFORE INSERT OR UPDATE ON flagged
    FOR EACH ROW EXECUTE FUNCTION flag_at_risk();
CREATE TABLE hot (LIKE flagged INCLUDING ALL);
CREATE TRIGGER hot_flag BEFORE INSERT OR UPDATE ON hot
    FOR EACH ROW EXECUTE FUNCTION flag_at_risk();
INSERT INTO hot (id, client, sample) OVERRIDING SYSTEM VALUE SELECT i, 0, 0 FROM generate_series(1, 10) i;
SQL

pgbench -n -c "$clients" -j "$clients" -t "$transactions" -f insert_flagged.sql "$db" > "$db.log" 2>&1 ||
	{ cat "$db.log"; rm -f "$db.log"; exit 1; }
grep -E 'number of (transactions actually processed|failed)' "$db.log" || true
rm -f "$db.log"

# Exactly clients x transactions rows, each client's share complete, and
# every flag as risk_flags has it.
result=$(psql -X -A -t -d "$db" -v ON_ERROR_STOP=1 <<SQL
SELECT format('rows %s/%s, clients with all their rows %s/%s, rows flagged as risk_flags says %s/%s, hot rows consistent %s/10',
              count(*), $clients * $transactions,
              (SELECT count(*) FROM (SELECT client FROM flagged GROUP BY client
                                     HAVING count(*) = $transactions) c), $clients,
              count(*) FILTER (WHERE risk_reasons = risk_flags(summary, now(), trust_score, dashboard,
                                                               vendor_view, customer_view)
                                 AND at_risk = (cardinality(risk_reasons) > 0)), count(*),
              (SELECT count(*) FROM hot
               WHERE risk_reasons = risk_flags(summary, now(), trust_score, dashboard,
                                               vendor_view, customer_view)))
FROM flagged;
SQL
)
echo "$result"
dropdb "$db"
expected="rows $((clients * transactions))/$((clients * transactions)), clients with all their rows $clients/$clients, rows flagged as risk_flags says $((clients * transactions))/$((clients * transactions)), hot rows consistent 10/10"
[ "$result" = "$expected" ]
