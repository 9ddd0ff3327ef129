-- The flag_at_risk trigger (DESIGN.md section 4): default and renamed columns,
-- INSERT and UPDATE, absent and NULL inputs, every configuration error, and
-- agreement with risk_flags for every row.

\i test/regress_helpers.sql
SET TimeZone = 'UTC';

-- Contacts in 2020: long silent whenever the tests run, and with sentiment
-- of one sign per account so that experience cannot change sign with time.
CREATE TABLE contacts AS
SELECT a AS account, '2020-01-06'::timestamptz + (i * interval '9 days') AS at,
       (1 + i % 8)::contact_channel AS channel,
       'rep ' || i % (1 + a) AS rep, (1 + (i + a) % 4)::org_level AS rep_level,
       'buyer ' || i % (1 + 2 * a) AS buyer, (1 + (i * a) % 4)::org_level AS buyer_level,
       i % 3 = 0 AS customer_initiated, (i + a) % 3 <> 0 AS future_focused,
       CASE WHEN a % 2 = 0 THEN 0.5 ELSE -0.5 END AS sentiment
FROM generate_series(0, 5) AS accounts(a), generate_series(0, 20 + 10 * a) AS contacts(i);

-------------------------------------------------------------- default columns
CREATE TABLE accounts (
    id int PRIMARY KEY,
    summary contact_summary, trust_score float8, dashboard float8,
    vendor_view rel_stage, customer_view rel_stage,
    at_risk bool, risk_reasons text[]);
CREATE TRIGGER accounts_flag BEFORE INSERT OR UPDATE ON accounts
    FOR EACH ROW EXECUTE FUNCTION flag_at_risk();

INSERT INTO accounts (id, summary, trust_score, dashboard, vendor_view, customer_view)
SELECT account, contact_summary(at, channel, rep, rep_level, buyer, buyer_level,
                                customer_initiated, future_focused, sentiment),
       (ARRAY[90, 60, NULL, 80, 20, 95])[account + 1], (ARRAY[40, 90, 70, NULL, 100, 30])[account + 1],
       (ARRAY['deep_interdependent', 'interdependent', NULL, 'dependent', 'independent', 'interdependent'])[account + 1]::rel_stage,
       (ARRAY['independent', 'interdependent', 'dependent', NULL, 'independent', 'interdependent'])[account + 1]::rel_stage
FROM contacts GROUP BY account;
-- A row whose summary is NULL has no contact on record: silent.
INSERT INTO accounts (id) VALUES (100);
-- Output columns set by a user are overwritten.
INSERT INTO accounts (id, dashboard, at_risk, risk_reasons) VALUES (101, 99, true, '{made up}');

SELECT id, at_risk, risk_reasons FROM accounts ORDER BY id;

-- Every row agrees with risk_flags as of the transaction's start.
BEGIN;
UPDATE accounts SET dashboard = dashboard;
SELECT count(*) AS rows,
       count(*) FILTER (WHERE risk_reasons = risk_flags(summary, now(), trust_score, dashboard,
                                                        vendor_view, customer_view)
                          AND at_risk = (cardinality(risk_reasons) > 0)) AS agreeing
FROM accounts;
COMMIT;

-- A row that already holds its flags is kept as it is; flags a user sets
-- wrong are corrected, also when they take the same bytes as the right ones
-- (each reason replaced by x's of its length) or only one of the two is wrong.
CREATE TEMP TABLE right_flags AS SELECT id, at_risk, risk_reasons FROM accounts;
UPDATE accounts SET at_risk = NOT at_risk,
                    risk_reasons = ARRAY(SELECT repeat('x', length(r)) FROM unnest(risk_reasons) r);
UPDATE accounts SET at_risk = NOT at_risk WHERE id % 2 = 0;
UPDATE accounts SET risk_reasons = ARRAY(SELECT repeat('x', length(r)) FROM unnest(risk_reasons) r)
WHERE id % 2 = 1;
SELECT count(*) AS rows, count(*) FILTER (WHERE a.at_risk = r.at_risk AND a.risk_reasons = r.risk_reasons) AS right
FROM accounts a JOIN right_flags r USING (id);
DROP TABLE right_flags;

-- UPDATE re-judges: the dashboard meets its goals, trust is checked again.
UPDATE accounts SET dashboard = 100 WHERE id = 0;
-- (a NULL summary: no contact on record)
UPDATE accounts SET summary = NULL WHERE id = 1;
SELECT id, at_risk, risk_reasons FROM accounts WHERE id IN (0, 1) ORDER BY id;

-- A value out of range in an input column is an error naming the column.
SELECT pg_temp.error_detail_of('UPDATE accounts SET trust_score = 120 WHERE id = 0') AS error;
SELECT pg_temp.error_detail_of('INSERT INTO accounts (id, dashboard) VALUES (200, ''NaN'')') AS error;

---------------------------------------------- renamed, absent and other types
-- Inputs named by arguments; score columns of other numeric types; no view columns.
CREATE TABLE key_accounts (
    name text, s contact_summary, trust numeric, goals int,
    flagged bool, why text[]);
CREATE TRIGGER key_accounts_flag BEFORE INSERT OR UPDATE OF s, trust, goals ON key_accounts
    FOR EACH ROW EXECUTE FUNCTION flag_at_risk('summary=s', 'trust_score=trust', 'dashboard=goals',
                                               'at_risk=flagged', 'risk_reasons=why');
INSERT INTO key_accounts (name, s, trust, goals)
SELECT 'account ' || account, contact_summary(at, channel, rep, buyer), 80 + account, 45 + 10 * account
FROM contacts GROUP BY account;
SELECT name, flagged, why FROM key_accounts ORDER BY name;
UPDATE key_accounts SET goals = 100 WHERE name = 'account 0';
SELECT name, flagged, why FROM key_accounts WHERE name = 'account 0';

-- The relationship each row is meant to have, from a target_stage column:
-- one rep and one buyer is a risk for a strategic account only (past its
-- onboarding: seven months of contacts).
CREATE TABLE targeted (id int, summary contact_summary, target rel_stage, at_risk bool, risk_reasons text[]);
CREATE TRIGGER targeted_flag BEFORE INSERT ON targeted
    FOR EACH ROW EXECUTE FUNCTION flag_at_risk('target_stage=target');
INSERT INTO targeted
SELECT id, s, target
FROM (SELECT contact_summary(now() - i * interval '3 days', 'phone', 'rep', NULL, 'buyer', NULL,
                             i % 2 = 0, i % 2 = 0, 0.3)
      FROM generate_series(0, 70) i) x(s),
     (VALUES (1, 'dependent'::rel_stage), (2, 'deep_interdependent'), (3, NULL)) v(id, target);
SELECT id, target, risk_reasons FROM targeted ORDER BY id;

-- Only the output columns: nothing to judge, never at risk.
CREATE TABLE bare (id int, at_risk bool, risk_reasons text[]);
CREATE TRIGGER bare_flag BEFORE INSERT ON bare FOR EACH ROW EXECUTE FUNCTION flag_at_risk();
INSERT INTO bare VALUES (1, NULL, NULL);
SELECT * FROM bare;

-- A domain over an input type is read as its base type.
CREATE DOMAIN percent AS float8 CHECK (VALUE BETWEEN 0 AND 100);
CREATE TABLE with_domain (dashboard percent, at_risk bool, risk_reasons text[]);
CREATE TRIGGER with_domain_flag BEFORE INSERT ON with_domain FOR EACH ROW EXECUTE FUNCTION flag_at_risk();
INSERT INTO with_domain (dashboard) VALUES (30);
SELECT * FROM with_domain;

----------------------------------------------------------- configuration errors
-- Right default columns, and wrongly typed ones for arguments to name.
CREATE TABLE t (summary contact_summary, trust_score float8, dashboard float8,
                vendor_view rel_stage, customer_view rel_stage, at_risk bool, risk_reasons text[],
                text_summary text, text_score text, int_view int, int_flag int, varchar_reasons varchar[]);
CREATE FUNCTION pg_temp.trigger_error(arguments text, timing text DEFAULT 'BEFORE INSERT OR UPDATE',
                                      level text DEFAULT 'ROW', tab text DEFAULT 't')
RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    result text;
BEGIN
    EXECUTE format('CREATE TRIGGER probe %s ON %s FOR EACH %s EXECUTE FUNCTION flag_at_risk(%s)',
                   timing, tab, level, arguments);
    result := pg_temp.error_detail_of(format('INSERT INTO %s DEFAULT VALUES', tab));
    IF result = 'no error' THEN
        result := pg_temp.error_detail_of(format('DELETE FROM %s', tab));
    END IF;
    EXECUTE format('DROP TRIGGER probe ON %s', tab);
    RETURN result;
END
$$;
SELECT arguments, pg_temp.trigger_error(arguments) AS error
FROM (VALUES ($$'summery=summary'$$), ($$'summary'$$), ($$'=summary'$$), ($$'summary='$$),
             ($$'summary=summary', 'summary=dashboard'$$), ($$'summary=nope'$$),
             ($$'summary=text_summary'$$), ($$'trust_score=text_score'$$),
             ($$'dashboard=summary'$$), ($$'customer_view=int_view'$$), ($$'at_risk=int_flag'$$),
             ($$'risk_reasons=varchar_reasons'$$), ($$'at_risk=missing'$$),
             ($$'Summary=summary'$$), ($$'health=dashboard', 'dashboard=trust_score'$$),
             ($$'health=text_score'$$), ($$'notify=$$ || repeat('c', 64) || $$'$$), ($$'notify=a', 'notify=b'$$)) v(arguments);
-- The right columns, renamed or not, raise no error (and DELETE is not flagged).
SELECT pg_temp.trigger_error($$'summary=summary', 'at_risk=at_risk'$$) AS renamed_to_the_defaults;
-- An absent output column.
SELECT pg_temp.trigger_error('', tab => 'contacts') AS no_output_columns;
-- Wrong timing, level and event.
CREATE TABLE good (at_risk bool, risk_reasons text[]);
SELECT pg_temp.trigger_error('', 'AFTER INSERT', tab => 'good') AS after_insert,
       pg_temp.trigger_error('', 'BEFORE INSERT', 'STATEMENT', tab => 'good') AS for_each_statement,
       pg_temp.trigger_error('', 'BEFORE DELETE', tab => 'good') AS before_delete;
SELECT pg_temp.error_detail_of('SELECT flag_at_risk()') AS called_directly;
-- After every error above, the tables are unchanged.
SELECT (SELECT count(*) FROM t) AS t_rows, (SELECT count(*) FROM good) AS good_rows;

------------------------------------------------ partitions and COPY
-- A trigger on a partitioned table runs on each partition with its own column
-- layout (here another order and a dropped column); rows moved between
-- partitions and rows loaded by COPY are judged too.
CREATE TABLE regions (region text, dashboard float8, at_risk bool, risk_reasons text[]) PARTITION BY LIST (region);
CREATE TABLE regions_a PARTITION OF regions FOR VALUES IN ('a');
CREATE TABLE regions_b (risk_reasons text[], extra int, at_risk bool, dashboard float8, region text);
ALTER TABLE regions_b DROP COLUMN extra;
ALTER TABLE regions ATTACH PARTITION regions_b FOR VALUES IN ('b');
CREATE TRIGGER regions_flag BEFORE INSERT OR UPDATE ON regions FOR EACH ROW EXECUTE FUNCTION flag_at_risk();
INSERT INTO regions (region, dashboard) VALUES ('a', 40), ('b', 90), ('b', 10), ('a', 100);
UPDATE regions SET region = 'b' WHERE dashboard = 40;
COPY regions (region, dashboard) FROM stdin;
a	60
b	80
\.
SELECT tableoid::regclass AS partition, region, dashboard, at_risk, risk_reasons FROM regions ORDER BY dashboard;

------------------------------------------------------ health and declining
-- An optional health column is kept too; an UPDATE that lowers the health
-- by more than 10 points (the old row's figures and the new judged at the
-- same moment) raises declining, and the next write judges afresh.
CREATE TABLE scored (id int PRIMARY KEY, summary contact_summary, trust_score float8, dashboard float8,
                     vendor_view rel_stage, customer_view rel_stage, health float8, at_risk bool, risk_reasons text[]);
CREATE TRIGGER scored_flag BEFORE INSERT OR UPDATE ON scored FOR EACH ROW EXECUTE FUNCTION flag_at_risk();
INSERT INTO scored (id, summary, trust_score, dashboard, vendor_view, customer_view)
SELECT account, contact_summary(at, channel, rep, buyer), 70, 95, 'dependent', 'dependent'
FROM contacts WHERE account IN (1, 2) GROUP BY account;
BEGIN;
UPDATE scored SET trust_score = trust_score;
SELECT id, round(health::numeric, 2) AS health, risk_reasons,
       health = relationship_health(summary, now(), trust_score, dashboard, vendor_view, customer_view) AS as_computed
FROM scored ORDER BY id;
COMMIT;
-- Row 1's dashboard falls from 95 to 70 (below target; health 4 points
-- lower), row 2's to 5 (health 15 points lower: declining).  The next
-- write, changing nothing, judges afresh.
UPDATE scored SET dashboard = CASE id WHEN 1 THEN 70 ELSE 5 END;
SELECT id, round(health::numeric, 2) AS health, risk_reasons FROM scored ORDER BY id;
UPDATE scored SET trust_score = trust_score;
SELECT id, round(health::numeric, 2) AS health, risk_reasons FROM scored ORDER BY id;

--------------------------------------------------------------- the refresh
-- flag_at_risk_refresh re-judges a table as of now with its trigger's
-- columns and writes only the rows whose flags change: here a row whose
-- flags a user overwrote with the trigger switched off, one whose at_risk
-- alone was flipped, and a row inserted then; a second run writes nothing.
CREATE TABLE refreshed (name text PRIMARY KEY, contacts contact_summary, trust numeric, goals int,
                        flagged bool, why text[]);
CREATE TRIGGER refreshed_flag BEFORE INSERT OR UPDATE ON refreshed FOR EACH ROW
    EXECUTE FUNCTION flag_at_risk('summary=contacts', 'trust_score=trust', 'dashboard=goals',
                                  'at_risk=flagged', 'risk_reasons=why');
INSERT INTO refreshed (name, contacts, trust, goals)
SELECT 'account ' || account, contact_summary(at, channel, rep, buyer), 80, 45 + 10 * account
FROM contacts GROUP BY account;
ALTER TABLE refreshed DISABLE TRIGGER refreshed_flag;
UPDATE refreshed SET flagged = false, why = '{}' WHERE name = 'account 0';
UPDATE refreshed SET flagged = NOT flagged WHERE name = 'account 1';
INSERT INTO refreshed VALUES ('account 9', NULL, 50, 90, NULL, NULL);
ALTER TABLE refreshed ENABLE TRIGGER refreshed_flag;
SELECT flag_at_risk_refresh('refreshed') AS written, flag_at_risk_refresh('refreshed') AS written_again;
SELECT count(*) AS accounts,
       count(*) FILTER (WHERE why = risk_flags(contacts, now(), trust::float8, goals::float8)
                          AND flagged = (cardinality(why) > 0)) AS as_judged_now
FROM refreshed;
-- Without a summary column the contact checks are skipped, as the trigger skips them.
ALTER TABLE regions DISABLE TRIGGER regions_flag;
UPDATE regions SET at_risk = NOT at_risk, risk_reasons = '{}';
ALTER TABLE regions ENABLE TRIGGER regions_flag;
SELECT flag_at_risk_refresh('regions') AS partitions_refreshed;
SELECT count(*) AS rows, count(*) FILTER (WHERE risk_reasons = risk_flags(NULL, NULL, NULL, dashboard)) AS as_judged
FROM regions;
-- A table without the trigger, or with two: errors.
SELECT pg_temp.error_detail_of($$SELECT flag_at_risk_refresh('contacts')$$) AS no_trigger;
CREATE TRIGGER second_flag BEFORE INSERT OR UPDATE ON refreshed FOR EACH ROW
    EXECUTE FUNCTION flag_at_risk('summary=contacts', 'trust_score=trust', 'dashboard=goals',
                                  'at_risk=flagged', 'risk_reasons=why');
SELECT pg_temp.error_detail_of($$SELECT flag_at_risk_refresh('refreshed')$$) AS two_triggers;

DROP TABLE contacts, accounts, key_accounts, bare, with_domain, t, good, regions, scored, refreshed;
DROP DOMAIN percent;
