#!/bin/bash
# pg_dump / pg_restore of a database that uses every attune type, stored
# contact summaries included, must give identical query results
# (DESIGN.md section 6).  Runs against the server PGHOST/PGPORT name.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"; dropdb --if-exists attune_dump_a 2>/dev/null; dropdb --if-exists attune_dump_b 2>/dev/null' EXIT
export PGOPTIONS='-c client_min_messages=warning'

createdb attune_dump_a
psql -X -q -v ON_ERROR_STOP=1 -d attune_dump_a <<'SQL'
CREATE SCHEMA "attune space";
CREATE EXTENSION attune SCHEMA "attune space";
SET search_path = "attune space", public;
CREATE TABLE public.accounts (
    id int PRIMARY KEY, stage rel_stage, trust trust_level, jbp jbp_mode,
    channel contact_channel, sponsor org_level, summary contact_summary,
    at_risk bool, risk_reasons text[]);
-- the trigger, with an argument, must come back too (and run after restore)
CREATE TRIGGER accounts_flag BEFORE INSERT OR UPDATE ON public.accounts
    FOR EACH ROW EXECUTE FUNCTION flag_at_risk('vendor_view=stage');
INSERT INTO public.accounts
SELECT a, (1 + a % 5)::rel_stage, (a % 4)::trust_level, (a % 3)::jbp_mode,
       (1 + a % 8)::contact_channel, (1 + a % 4)::org_level,
       (SELECT contact_summary(t, (1 + k % 8)::contact_channel, 'rep ' || k % 3, (1 + k % 4)::org_level,
                               'buyer ' || k % 5, (1 + k % 4)::org_level, k % 2 = 0, k % 3 = 0,
                               ((k * 7) % 21 - 10) / 10.0)
        FROM generate_series(1, 20 + a) k,
             LATERAL (SELECT '2025-01-01'::timestamptz + (k * a * 11) * interval '1 hour') x(t))
FROM generate_series(1, 50) a;
CREATE INDEX ON public.accounts (stage);
CREATE INDEX ON public.accounts USING hash (channel);
SQL

query='SET search_path = "attune space", public;
SELECT id, stage, trust, jbp, channel, sponsor, summary::text, contact_count(summary),
       diamond_index(summary), experience(summary, '\''2027-01-01'\''), at_risk, risk_reasons,
       health_report(summary, '\''2027-01-01'\'', vendor_view => stage, customer_view => '\''dependent'\'')
FROM accounts ORDER BY stage, id;
SELECT stage, count(*) FROM accounts GROUP BY stage ORDER BY stage;
SELECT contact_count(rollup(summary)) FROM accounts;'
# run after the dump in both databases: the restored trigger still fires
update='SET search_path = "attune space", public;
UPDATE accounts SET stage = '\''deep_interdependent'\'' WHERE id <= 3 RETURNING id, risk_reasons;'

psql -X -At -d attune_dump_a -c "$query" > "$work/before"
pg_dump -Fc -d attune_dump_a -f "$work/dump"
createdb attune_dump_b
pg_restore -d attune_dump_b --exit-on-error "$work/dump"
psql -X -At -d attune_dump_b -c "$query" > "$work/after"
psql -X -At -d attune_dump_a -c "$update" >> "$work/before"
psql -X -At -d attune_dump_b -c "$update" >> "$work/after"

if cmp -s "$work/before" "$work/after" && [ -s "$work/before" ]; then
	echo "ok - dump and restore: $(wc -l < "$work/before") result lines identical"
else
	echo "not ok - dump and restore changed query results"
	diff "$work/before" "$work/after" | head -20
	exit 1
fi
