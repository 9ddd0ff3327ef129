#!/bin/bash
# attune through real client drivers, as BI tools reach it: JDBC (Debian's
# libpostgresql-jdbc-java, test/clients/Jdbc.java) and psqlODBC (Debian's
# odbc-postgresql through python3-pyodbc, test/clients/Odbc.py): reads,
# filters and writes with string parameters.  Runs against the server
# PGHOST/PGPORT/PGUSER/PGPASSWORD name (pg_virtualenv sets them); ends with
# "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"
export PGOPTIONS='-c client_min_messages=warning'
db=attune_clients
# A fresh database for each client: the same three accounts.
fresh_db() {
	dropdb --if-exists "$db"
	createdb "$db"
	psql -X -q -v ON_ERROR_STOP=1 -d "$db" <<'SQL'
CREATE EXTENSION attune;
CREATE TABLE clients (id int PRIMARY KEY, stage rel_stage, summary contact_summary);
INSERT INTO clients
SELECT 1, 'deep_interdependent',
       contact_summary('2026-01-01 09:00+00'::timestamptz + n * interval '1 day', 'email', 'ann', 'management',
                       'bo' || n % 3, 'senior', n % 2 = 0, true, 0.4)
FROM generate_series(0, 80) n;
INSERT INTO clients VALUES (2, 'dependent', NULL), (3, 'independent', NULL);
SQL
}
host=${PGHOST:-localhost}
[ "${host#/}" = "$host" ] || host=localhost
port=${PGPORT:-5432}
user=${PGUSER:-$(id -un)}

fresh_db
java_out=$(java -cp /usr/share/java/postgresql.jar Jdbc.java \
	"jdbc:postgresql://$host:$port/$db" "$user" "${PGPASSWORD:-}" 2>&1)
echo "== JDBC"
echo "$java_out"
fresh_db
odbc_out=$(/usr/bin/python3 Odbc.py \
	"DRIVER={PostgreSQL Unicode};SERVER=$host;PORT=$port;DATABASE=$db;UID=$user;PWD=${PGPASSWORD:-}" 2>&1)
echo "== ODBC"
echo "$odbc_out"
dropdb --if-exists "$db"

passed=0 failed=0
for out in "$java_out" "$odbc_out"; do
	if [[ $(tail -n 1 <<<"$out") =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed$ ]]; then
		passed=$((passed + BASH_REMATCH[1])) failed=$((failed + BASH_REMATCH[2]))
	else
		failed=$((failed + 1))
	fi
done
echo "$passed passed, $failed failed"
