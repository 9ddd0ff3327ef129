-- contact_summary: every accessor against the same figure in plain SQL, order
-- independence, serial = parallel = rollup of partials (byte for byte), NULL
-- handling, round trips, hostile input, and the bow-tie and diamond cases.

\i test/regress_helpers.sql
SET TimeZone = 'UTC';

-- 20 accounts, 6000 contacts over three years, every field sometimes NULL.
CREATE TABLE contacts AS
SELECT i, i % 20 AS account,
       CASE WHEN i % 97 = 0 THEN NULL
            ELSE '2023-01-01 08:00+00'::timestamptz + (i * 4.37 * interval '1 hour') END AS at,
       CASE WHEN i % 11 = 0 THEN NULL ELSE (1 + (i * 7) % 8)::contact_channel END AS channel,
       CASE WHEN i % 13 = 0 THEN NULL ELSE 'rep ' || (i * 3) % (1 + i % 20) END AS rep,
       CASE WHEN i % 17 = 0 THEN NULL ELSE (1 + (i / 7) % 4)::org_level END AS rep_level,
       CASE WHEN i % 19 = 0 THEN NULL ELSE 'buyer ' || (i * 5) % (2 + i % 20) END AS buyer,
       CASE WHEN i % 23 = 0 THEN NULL ELSE (1 + (i / 5) % 4)::org_level END AS buyer_level,
       CASE WHEN i % 29 = 0 THEN NULL ELSE i % 3 = 0 END AS customer_initiated,
       CASE WHEN i % 31 = 0 THEN NULL ELSE i % 4 <> 0 END AS future_focused,
       CASE WHEN i % 37 = 0 THEN NULL ELSE ((i * 13) % 201 - 100) / 100.0 END AS sentiment
FROM generate_series(1, 6000) i;
-- Statistics now, so that plans do not depend on when autovacuum runs.
ANALYZE contacts;

CREATE TABLE summaries AS
SELECT account, contact_summary(at, channel, rep, rep_level, buyer, buyer_level,
                                customer_initiated, future_focused, sentiment) AS s
FROM contacts GROUP BY account;

-------------------------------------------------- accessors against plain SQL
CREATE TEMP TABLE plain AS
WITH c AS (SELECT * FROM contacts WHERE at IS NOT NULL),
days AS (SELECT DISTINCT account, (at AT TIME ZONE 'UTC')::date AS day FROM c),
gaps AS (SELECT account, day - lag(day) OVER (PARTITION BY account ORDER BY day) AS gap FROM days),
span AS (SELECT account, min(at) AS first_at, max(at) AS last_at FROM c GROUP BY account)
SELECT account,
       count(*) AS contacts, min(at) AS first_at, max(at) AS last_at,
       count(DISTINCT rep) AS reps, count(DISTINCT buyer) AS buyers,
       count(*) FILTER (WHERE channel IN ('face_to_face', 'video', 'phone'))::float8 / count(channel) AS personal,
       avg(future_focused::int) AS future,
       1 - abs(count(*) FILTER (WHERE customer_initiated) - count(*) FILTER (WHERE NOT customer_initiated))::float8
           / count(customer_initiated) AS reciprocity,
       (SELECT max(gap) FROM gaps g WHERE g.account = c.account) AS silence_days,
       (SELECT count(DISTINCT date_trunc('week', day)) FROM days d WHERE d.account = c.account)::float8
       / ((SELECT date_trunc('week', last_at AT TIME ZONE 'UTC')::date - date_trunc('week', first_at AT TIME ZONE 'UTC')::date
           FROM span p WHERE p.account = c.account) / 7 + 1) AS week_share,
       count(DISTINCT date_trunc('quarter', at AT TIME ZONE 'UTC'))
           FILTER (WHERE rep_level = 'executive' AND buyer_level = 'executive'
                   AND channel IN ('face_to_face', 'video', 'phone'))::float8
       / ((SELECT (extract(year FROM last_at) * 4 + extract(quarter FROM last_at))
                - (extract(year FROM first_at) * 4 + extract(quarter FROM first_at)) + 1
           FROM span p WHERE p.account = c.account)) AS exec_share
FROM c GROUP BY account;

SELECT count(*) AS accounts,
       count(*) FILTER (WHERE contact_count(s) = p.contacts) AS contact_count,
       count(*) FILTER (WHERE first_contact(s) = p.first_at AND last_contact(s) = p.last_at) AS first_last,
       count(*) FILTER (WHERE vendor_breadth(s) = p.reps AND customer_breadth(s) = p.buyers) AS breadth,
       count(*) FILTER (WHERE abs(personal_share(s) - p.personal) < 1e-12) AS personal_share,
       count(*) FILTER (WHERE abs(future_share(s) - p.future) < 1e-12) AS future_share,
       count(*) FILTER (WHERE abs(reciprocity(s) - p.reciprocity) < 1e-12) AS reciprocity,
       count(*) FILTER (WHERE longest_silence(s) = p.silence_days * interval '1 day') AS longest_silence,
       count(*) FILTER (WHERE abs(active_week_share(s) - p.week_share) < 1e-12) AS active_weeks,
       count(*) FILTER (WHERE abs(exec_coverage(s) - p.exec_share) < 1e-12) AS exec_coverage
FROM summaries JOIN plain p USING (account);

-- The figures the risk rules read, against plain SQL: each side's lead
-- person, the usual gap between contact days (over the year ending with the
-- last contact, from four contact days on), and windows ending with three
-- dates: contact days in the last 90, quarters with an executive meeting or
-- call among the last 4, contacts rated in the last 2 quarters and their mean.
CREATE TEMP VIEW contact_days_utc AS
SELECT DISTINCT account, (at AT TIME ZONE 'UTC')::date AS day FROM contacts WHERE at IS NOT NULL;
SELECT count(*) AS accounts,
       count(*) FILTER (WHERE abs(vendor_lead_share(s) - l.vendor) < 1e-12
                          AND abs(customer_lead_share(s) - l.customer) < 1e-12) AS lead_shares,
       count(*) FILTER (WHERE usual_gap(s) = make_interval(secs => round(g.gap * 86400))) AS usual_gap
FROM summaries
JOIN (SELECT account, (SELECT max(n) FROM (SELECT count(*) n FROM contacts c WHERE c.account = a.account AND rep IS NOT NULL AND at IS NOT NULL GROUP BY rep) r)::float8
                      / count(rep) FILTER (WHERE at IS NOT NULL) AS vendor,
             (SELECT max(n) FROM (SELECT count(*) n FROM contacts c WHERE c.account = a.account AND buyer IS NOT NULL AND at IS NOT NULL GROUP BY buyer) b)::float8
                      / count(buyer) FILTER (WHERE at IS NOT NULL) AS customer
      FROM contacts a GROUP BY account) l USING (account)
JOIN (SELECT account, (max(day) - min(day))::float8 / (count(*) - 1) AS gap
      FROM contact_days_utc d
      WHERE day > (SELECT max(day) FROM contact_days_utc e WHERE e.account = d.account) - 365
      GROUP BY account HAVING count(*) >= 4) g USING (account);
CREATE TEMP VIEW quartered AS
SELECT *, extract(year FROM at AT TIME ZONE 'UTC') * 4 + extract(quarter FROM at AT TIME ZONE 'UTC') AS q
FROM contacts WHERE at IS NOT NULL;
SELECT count(*) AS checked,
       count(*) FILTER (WHERE contact_days(s, t, 90) =
           (SELECT count(*) FROM contact_days_utc d
            WHERE d.account = x.account AND day BETWEEN (t AT TIME ZONE 'UTC')::date - 89 AND (t AT TIME ZONE 'UTC')::date))
           AS contact_days,
       count(*) FILTER (WHERE exec_quarters(s, t, 4) =
           (SELECT count(DISTINCT q) FROM quartered c
            WHERE c.account = x.account AND q BETWEEN tq - 3 AND tq AND rep_level = 'executive'
              AND buyer_level = 'executive' AND channel IN ('face_to_face', 'video', 'phone')))
           AS exec_quarters,
       count(*) FILTER (WHERE rated_contacts(s, t, 2) =
           (SELECT count(sentiment) FROM quartered c WHERE c.account = x.account AND q BETWEEN tq - 1 AND tq))
           AS rated_contacts,
       count(*) FILTER (WHERE sentiment_mean(s, t, 2) IS NOT DISTINCT FROM
           (SELECT avg(sentiment)::float8 FROM quartered c WHERE c.account = x.account AND q BETWEEN tq - 1 AND tq)
           OR abs(sentiment_mean(s, t, 2) -
               (SELECT avg(sentiment)::float8 FROM quartered c WHERE c.account = x.account AND q BETWEEN tq - 1 AND tq)) < 1e-12)
           AS sentiment_mean
FROM summaries x,
     (VALUES ('2023-02-10 12:00+00'::timestamptz), ('2024-06-30 23:59+00'), ('2025-10-01 00:00+00')) w(t),
     LATERAL (SELECT extract(year FROM t AT TIME ZONE 'UTC') * 4 + extract(quarter FROM t AT TIME ZONE 'UTC')) tq(tq);
-- Windows reach no further than their arguments say; out-of-range lengths are errors.
SELECT contact_days(s, '1990-01-01', 36525) AS before_any, exec_quarters(s, '2100-01-01', 1) AS long_after,
       rated_contacts(s, '2100-01-01', 401) AS all_rated_from_far,
       pg_temp.error_detail_of($$SELECT contact_days(s, now(), 0) FROM summaries$$) AS zero_days,
       pg_temp.error_detail_of($$SELECT sentiment_mean(s, 'infinity', 2) FROM summaries$$) AS infinite_as_of
FROM summaries WHERE account = 3;

-- channel_mix: each channel's share among contacts with a known channel.
SELECT count(*) AS checked,
       count(*) FILTER (WHERE abs((channel_mix(s) ->> ch::text)::float8 - share) < 1e-12) AS equal
FROM summaries
JOIN (SELECT account, ch, count(*) FILTER (WHERE channel = ch)::float8 / count(channel) AS share
      FROM contacts, generate_series(1, 8) n, LATERAL (SELECT n::contact_channel) x(ch)
      WHERE at IS NOT NULL GROUP BY account, ch) m USING (account);
SELECT channel_mix(s) FROM summaries WHERE account = 0;

-- experience: the same decay in plain SQL over quarter sums of quantised sentiment.
WITH q AS (
    SELECT account, date_trunc('quarter', at AT TIME ZONE 'UTC') AS q_start,
           sum(greatest(round(sentiment * 100), 0)) AS good, sum(greatest(-round(sentiment * 100), 0)) AS bad
    FROM contacts WHERE at IS NOT NULL AND sentiment IS NOT NULL GROUP BY 1, 2),
w AS (
    SELECT account, good, bad,
           greatest(extract(epoch FROM '2026-06-30 00:00+00'::timestamptz
                    - (q_start + ((q_start + interval '3 months') - q_start) / 2)) / 86400, 0) / 365.25 AS age
    FROM q WHERE q_start <= '2026-06-30')
SELECT count(*) AS accounts,
       count(*) FILTER (WHERE abs(experience(s, '2026-06-30 00:00+00') - e.value) < 1e-12) AS experience_equal
FROM summaries
JOIN (SELECT account, (sum(good * exp(-age / (2 / ln(1 / 0.24)))) - sum(bad * exp(-age / (2 / ln(1 / 0.39)))))
                      / (sum(good * exp(-age / (2 / ln(1 / 0.24)))) + sum(bad * exp(-age / (2 / ln(1 / 0.39))))) AS value
      FROM w GROUP BY account) e USING (account);

-- The figures of one account, as an analyst sees them.
SELECT contact_count(s), first_contact(s), last_contact(s), vendor_breadth(s), customer_breadth(s),
       round(personal_share(s)::numeric, 4) AS personal, round(diamond_index(s)::numeric, 4) AS diamond,
       round(exec_coverage(s)::numeric, 4) AS exec, round(active_week_share(s)::numeric, 4) AS weeks,
       longest_silence(s), round(future_share(s)::numeric, 4) AS future,
       round(reciprocity(s)::numeric, 4) AS reciprocity,
       round(experience(s, '2026-06-30')::numeric, 4) AS experience
FROM summaries WHERE account = 7;

------------------------------------------------------------ order independence
-- Shuffled input gives the same bytes.
SELECT count(*) AS accounts,
       count(*) FILTER (WHERE x.s = y.s AND contact_summary_send(x.s) = contact_summary_send(y.s)) AS equal
FROM (SELECT account, contact_summary(at, channel, rep, rep_level, buyer, buyer_level, customer_initiated,
                                      future_focused, sentiment ORDER BY md5(i::text)) AS s
      FROM contacts GROUP BY account) x
JOIN summaries y USING (account);

-- Per-day summaries rolled up in different orders equal the direct summary.
CREATE TEMP TABLE daily AS
SELECT account, date_trunc('day', at) AS day,
       contact_summary(at, channel, rep, rep_level, buyer, buyer_level, customer_initiated, future_focused, sentiment) AS s
FROM contacts GROUP BY 1, 2;
SELECT count(*) AS accounts,
       count(*) FILTER (WHERE forward = d.s AND backward = d.s AND shuffled = d.s
                        AND contact_summary_send(shuffled) = contact_summary_send(d.s)) AS equal
FROM (SELECT account, rollup(s ORDER BY day) AS forward, rollup(s ORDER BY day DESC) AS backward,
             rollup(s ORDER BY md5(day::text)) AS shuffled
      FROM daily GROUP BY account) r
JOIN summaries d USING (account);
-- Rollup of rollups (days -> months -> all).
SELECT count(*) FILTER (WHERE m.s = d.s) AS equal
FROM (SELECT account, rollup(s) AS s
      FROM (SELECT account, rollup(s) AS s FROM daily GROUP BY account, date_trunc('month', day)) monthly
      GROUP BY account) m
JOIN summaries d USING (account);

-- rollup holds small values back and adds them in batches; a value too
-- large to hold (over 1 KiB) or stored out of line is added at once.  The
-- days of one account and the months of another, each with many people,
-- interleaved in each order: the direct summary of all the contacts.
CREATE TEMP TABLE busy AS
SELECT i % 2 AS account, '2025-01-01'::timestamptz + (i * 7919 % 31536000) * interval '1 second' AS at,
       (1 + i % 8)::int::contact_channel AS channel, 'rep ' || i % 97 AS rep, 'buyer ' || i % 211 AS buyer
FROM generate_series(1, 20000) i;
CREATE TEMP TABLE busy_parts AS
SELECT account, date_trunc(CASE account WHEN 0 THEN 'day' ELSE 'month' END, at) AS part,
       contact_summary(at, channel, rep, buyer) AS s
FROM busy GROUP BY 1, 2;
SELECT account, count(*) AS parts, max(pg_column_size(s)) <= 1008 AS all_held, min(pg_column_size(s)) > 1008 AS none_held
FROM busy_parts GROUP BY account ORDER BY account;
SELECT (SELECT contact_summary(at, channel, rep, buyer) FROM busy) AS direct \gset
SELECT rollup(s ORDER BY part) = :'direct' AS by_time, rollup(s ORDER BY account, part) = :'direct' AS days_then_months,
       rollup(s ORDER BY md5(part::text)) = :'direct' AS shuffled
FROM busy_parts;
DROP TABLE busy, busy_parts;

-- Hash aggregation that runs out of memory writes groups' input to disk and
-- builds their states later: the same summaries as sorted aggregation.
CREATE TEMP VIEW monthly AS
SELECT account, date_trunc('month', at) AS month,
       contact_summary(at, channel, rep, rep_level, buyer, buyer_level, customer_initiated, future_focused, sentiment) AS s
FROM contacts WHERE at IS NOT NULL GROUP BY 1, 2;
SET enable_hashagg = off;
CREATE TEMP TABLE monthly_sorted AS SELECT * FROM monthly;
RESET enable_hashagg;
SET enable_sort = off;
SET work_mem = '64kB';
SET hash_mem_multiplier = 1;
SELECT max(substring(line FROM 'Batches: ([0-9]+)')::int) > 1 AS spilled
FROM pg_temp.plan_lines('ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF', 'SELECT * FROM monthly') line;
CREATE TEMP TABLE monthly_spilled AS SELECT * FROM monthly;
RESET enable_sort;
RESET work_mem;
RESET hash_mem_multiplier;
SELECT count(*) AS groups, count(*) FILTER (WHERE a.s = b.s) AS equal
FROM monthly_sorted a FULL JOIN monthly_spilled b USING (account, month);
DROP VIEW monthly;

------------------------------------------------- serial, parallel, partials
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF)
SELECT account, contact_summary(at, channel, rep, rep_level, buyer, buyer_level, customer_initiated, future_focused, sentiment)
FROM contacts GROUP BY account;
CREATE TEMP TABLE parallel AS
SELECT account, contact_summary(at, channel, rep, rep_level, buyer, buyer_level, customer_initiated, future_focused, sentiment) AS s
FROM contacts GROUP BY account;
EXPLAIN (COSTS OFF) SELECT rollup(s) FROM summaries;
SELECT (SELECT rollup(s) FROM summaries) =
       (SELECT contact_summary(at, channel, rep, rep_level, buyer, buyer_level, customer_initiated, future_focused, sentiment)
        FROM contacts) AS parallel_rollup_equals_whole;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
SELECT count(*) FILTER (WHERE p.s = d.s) AS parallel_equal FROM parallel p JOIN summaries d USING (account);

-- rollup as a window aggregate: rolling 90 days of daily summaries.
SELECT day::date, contact_count(rolling) AS contacts_90_days
FROM (SELECT day, rollup(s) OVER (ORDER BY day ROWS 89 PRECEDING) AS rolling
      FROM daily WHERE account = 3 AND day IS NOT NULL) w
ORDER BY day DESC LIMIT 3;
-- Every window equals the summary made directly from the contacts of its 90 days.
WITH d AS (SELECT day, s, row_number() OVER (ORDER BY day) AS rn
           FROM daily WHERE account = 3 AND day IS NOT NULL),
w AS (SELECT rn, rollup(s) OVER (ORDER BY day ROWS 89 PRECEDING) AS rolling FROM d)
SELECT count(*) AS days,
       count(*) FILTER (WHERE rolling =
           (SELECT contact_summary(c.at, channel, rep, rep_level, buyer, buyer_level, customer_initiated,
                                   future_focused, sentiment)
            FROM contacts c JOIN d ON date_trunc('day', c.at) = d.day
            WHERE c.account = 3 AND d.rn BETWEEN w.rn - 89 AND w.rn)) AS equal_to_direct
FROM w;

-- contact_summary as a running window aggregate: its state holds rows back
-- between the calls of the final function, which must count them all.
WITH r AS (
  SELECT row_number() OVER w AS n,
         contact_summary(at, channel, rep, rep_level, buyer, buyer_level, customer_initiated,
                         future_focused, sentiment) OVER w AS running
  FROM contacts WHERE account = 3 AND at IS NOT NULL
  WINDOW w AS (ORDER BY at, i ROWS UNBOUNDED PRECEDING))
SELECT count(*) AS contacts, count(*) FILTER (WHERE contact_count(running) = n) AS running_counts_right,
       (SELECT running FROM r ORDER BY n DESC LIMIT 1) = (SELECT s FROM summaries WHERE account = 3)
         AS last_equals_summary
FROM r;

-- Every boundary of the batches a state holds back (room for 2, then 8, then
-- 32 rows): the summary of an account's first n contacts equals the rollup of
-- its contacts summarised one by one, for n = 1 .. 80.
WITH c AS (SELECT * FROM contacts WHERE account = 5 AND at IS NOT NULL),
n AS (SELECT n, (SELECT array_agg(i) FROM (SELECT i FROM c ORDER BY i LIMIT n) f) AS ids
      FROM generate_series(1, 80) n)
SELECT count(*) AS sizes,
       count(*) FILTER (WHERE
         (SELECT contact_summary(at, channel, rep, rep_level, buyer, buyer_level, customer_initiated,
                                 future_focused, sentiment) FROM c WHERE i = ANY (ids)) =
         (SELECT rollup(s) FROM (SELECT contact_summary(at, channel, rep, rep_level, buyer, buyer_level,
                                                        customer_initiated, future_focused, sentiment) AS s
                                 FROM c WHERE i = ANY (ids) GROUP BY i) one)) AS equal
FROM n;

-- An aggregate of a user's own over our transition function, without our
-- final function, gives the stored value all the same: the working state is
-- an expanded object that writes its stored form wherever PostgreSQL needs
-- the value as bytes (a table, a worker's tuple, another function), so the
-- working layout never reaches a table.
CREATE AGGREGATE raw_summary(timestamptz, contact_channel, text, text) (
    SFUNC = contact_summary_transition, STYPE = contact_summary);
CREATE TEMP TABLE raw AS
SELECT account, raw_summary(at, channel, rep, buyer) AS raw, contact_summary(at, channel, rep, buyer) AS s
FROM contacts GROUP BY account;
SELECT count(*) AS accounts,
       count(*) FILTER (WHERE raw::text = s::text AND raw::text::contact_summary = s
                        AND contact_summary_send(raw) = contact_summary_send(s)) AS output_canonical,
       count(*) FILTER (WHERE pg_column_size(raw) = pg_column_size(s) AND raw = s) AS stored_as_the_summary
FROM raw;
SELECT contact_count(raw_summary(at, channel, rep, buyer)) = 297 AS read_directly FROM contacts WHERE account = 1;
-- Two-phase aggregation as Citus runs it: each worker's partial state
-- shipped as text, read back, combined and finished on the coordinator,
-- gives the summary of all the contacts, byte for byte.
SELECT count(*) AS accounts, sum(partials) AS partial_states, count(*) FILTER (WHERE combined = s) AS two_phase_exact
FROM (SELECT account, count(*) AS partials, rollup(shipped::contact_summary) AS combined
      FROM (SELECT account, raw_summary(at, channel, rep, buyer)::text AS shipped
            FROM contacts WHERE at IS NOT NULL GROUP BY account, abs(hashtext(at::text)) % 3) w
      GROUP BY account) c
JOIN raw USING (account);
DROP TABLE raw;
DROP AGGREGATE raw_summary(timestamptz, contact_channel, text, text);
-- An initial value is a stored summary, not a state (it holds no rows back
-- and has no room): the contacts added to it are the contacts it holds and
-- the new ones.
SELECT format('CREATE AGGREGATE seeded_summary(timestamptz, contact_channel, text, text) (
                   SFUNC = contact_summary_transition, STYPE = contact_summary,
                   FINALFUNC = contact_summary_final, INITCOND = %L)', s)
FROM (SELECT contact_summary(at, channel, rep, buyer) AS s FROM contacts WHERE account = 1) x \gexec
SELECT count(*) AS accounts,
       count(*) FILTER (WHERE seeded = (SELECT rollup(x) FROM (VALUES (mine), (one)) v(x))) AS seed_and_rows
FROM (SELECT account, seeded_summary(at, channel, rep, buyer) AS seeded, contact_summary(at, channel, rep, buyer) AS mine
      FROM contacts GROUP BY account) a,
     (SELECT contact_summary(at, channel, rep, buyer) AS one FROM contacts WHERE account = 1) b;
DROP AGGREGATE seeded_summary(timestamptz, contact_channel, text, text);

---------------------------------------------------------------- NULL handling
-- NULL occurred_at skips the row; every other NULL is just not counted.
SELECT contact_summary(at, channel, rep, rep_level, buyer, buyer_level, customer_initiated, future_focused, sentiment)
FROM (VALUES (NULL::timestamptz, 'phone'::contact_channel, 'a', 'senior'::org_level, 'b', 'senior'::org_level, true, true, 0.5)) v(at, channel, rep, rep_level, buyer, buyer_level, customer_initiated, future_focused, sentiment);
SELECT contact_summary(at, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)
FROM (VALUES ('2026-03-04 10:00+00'::timestamptz)) v(at);
SELECT contact_count(s), channel_mix(s), personal_share(s), vendor_breadth(s), customer_breadth(s),
       diamond_index(s), future_share(s), reciprocity(s), experience(s, '2026-12-31'), longest_silence(s)
FROM (SELECT contact_summary(at, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL) AS s
      FROM (VALUES ('2026-03-04 10:00+00'::timestamptz)) v(at)) x;
SELECT contact_summary(at, channel, rep, buyer) AS short_form
FROM (VALUES ('2026-03-04 10:00+00'::timestamptz, 'video'::contact_channel, 'ann', NULL), (NULL, 'web', 'bob', 'cy')) v(at, channel, rep, buyer);
SELECT (SELECT contact_summary(at, channel, rep, buyer) FROM contacts WHERE false) IS NULL AS empty_is_null,
       (SELECT rollup(s) FROM summaries WHERE false) IS NULL AS empty_rollup_is_null,
       (SELECT contact_count(rollup(s)) FROM (VALUES (NULL::contact_summary), ((SELECT s FROM summaries WHERE account = 1))) v(s))
       = (SELECT contact_count(s) FROM summaries WHERE account = 1) AS rollup_skips_null;
-- Out-of-range arguments.
SELECT pg_temp.error_of($$SELECT contact_summary(now(), 'web', 'a', NULL, 'b', NULL, NULL, NULL, 1.5)$$) AS sentiment,
       pg_temp.error_of($$SELECT contact_summary('infinity', 'web', 'a', 'b')$$) AS infinite_time,
       pg_temp.error_of($$SELECT contact_summary('0044-03-15 BC', 'web', 'a', 'b')$$) AS bc,
       pg_temp.error_of($$SELECT experience(s, 'infinity') FROM summaries LIMIT 1$$) AS as_of;
SELECT pg_temp.error_of($$SELECT contact_summary(t, 'web', 'a', 'b') FROM (VALUES ('1900-01-01'::timestamptz), ('2001-01-01')) v(t)$$) AS span;
-- The transition and combine functions change their state in place, so
-- outside an aggregate they refuse to run; the final function changes
-- nothing and may be called.
SELECT call, pg_temp.error_of('SELECT ' || call || ' FROM summaries WHERE account = 1') AS error
FROM (VALUES ($$contact_summary_transition(s, now(), 'web', 'a', 'b')$$),
             ($$contact_summary_transition(NULL, now(), 'web', 'a', 'senior', 'b', 'senior', true, true, 0.5)$$),
             ($$contact_summary_combine(s, s)$$),
             ($$contact_summary_final(s)$$)) c(call);
SELECT contact_summary_final(s) = s AS final_of_canonical_is_itself FROM summaries WHERE account = 1;
-- Declared by a superuser with other arguments than its two forms, the
-- transition function refuses rather than read arguments it was not given.
CREATE FUNCTION pg_temp.short_transition(contact_summary, timestamptz, contact_channel)
    RETURNS contact_summary AS '$libdir/attune', 'contact_summary_transition' LANGUAGE C;
CREATE AGGREGATE pg_temp.short_summary(timestamptz, contact_channel) (
    SFUNC = pg_temp.short_transition, STYPE = contact_summary);
SELECT pg_temp.error_of($$SELECT pg_temp.short_summary(at, channel) FROM contacts$$) AS wrong_arguments;

------------------------------------------------------------------ round trips
SELECT count(*) AS accounts, count(*) FILTER (WHERE s::text::contact_summary = s) AS text_round_trip
FROM summaries;
\copy summaries TO 'results/summaries.bin' WITH (FORMAT binary)
CREATE TABLE summaries_back (LIKE summaries);
\copy summaries_back FROM 'results/summaries.bin' WITH (FORMAT binary)
SELECT count(*) FILTER (WHERE b.s = a.s) AS binary_round_trip FROM summaries a JOIN summaries_back b USING (account);
SELECT pg_temp.binary_copy_result('contact_summary', contact_summary_send(s)) = 'read: ' || s::text AS recv_of_send
FROM summaries WHERE account = 5;
-- = and hashing: GROUP BY and DISTINCT on summaries.
SELECT count(*) AS distinct_summaries FROM (SELECT DISTINCT s FROM (SELECT s FROM summaries UNION ALL SELECT s FROM summaries_back) u) d;

-- The btree order: by contacts, then first and last contact, then bytes.
-- Sorting and hashing find the same distinct summaries; count(DISTINCT s)
-- sorts; a btree index finds each summary; the order is total and agrees
-- with = (a < b, a = b, a > b: exactly one holds).
CREATE TEMP TABLE both_copies AS SELECT s FROM summaries UNION ALL SELECT s FROM summaries_back
UNION ALL SELECT contact_summary('2026-01-01'::timestamptz + n * interval '1 day', 'email', 'rep', 'buyer')
          FROM generate_series(1, 3) n GROUP BY n;
SET enable_hashagg = off;
SELECT count(DISTINCT s) AS sorted_distinct, (SELECT count(*) FROM (SELECT DISTINCT s FROM both_copies) d) AS distinct_by_sort
FROM both_copies;
RESET enable_hashagg;
SELECT bool_and(contact_count(a.s) <= contact_count(b.s)) AS fewer_contacts_first,
       bool_and((a.s < b.s)::int + (a.s = b.s)::int + (a.s > b.s)::int = 1
                AND (a.s <= b.s) = NOT (a.s > b.s) AND (a.s >= b.s) = NOT (a.s < b.s)
                AND (a.s = b.s) = (a.s::text = b.s::text)) AS total_and_consistent
FROM (SELECT s, row_number() OVER (ORDER BY s) AS r FROM both_copies) a
JOIN (SELECT s, row_number() OVER (ORDER BY s) AS r FROM both_copies) b ON b.r >= a.r;
CREATE INDEX both_copies_s ON both_copies (s);
SET enable_seqscan = off;
SELECT count(*) AS found_by_index FROM summaries x WHERE EXISTS (SELECT FROM both_copies y WHERE y.s = x.s);
RESET enable_seqscan;
DROP TABLE both_copies;

-------------------------------------------------------------- hostile input
-- Two contacts as 0.1.x stored them (v1: format 1, which keeps no
-- people's days or levels and no initiative by quarter): every rule of
-- format 1 still holds for such values.
CREATE TEMP TABLE one AS
SELECT 'v1 contacts=2 first=2026-01-05T09:30:00Z last=2026-02-20T15:00:00.250000Z channels=1,0,0,1,0,0,0,0 vendor_levels=0,1,0,1 customer_levels=0,0,1,1 initiated=1,1 focus=1,1 vendor_people=3e00df376f7d1266:1,8cbe8881f4f2364a:1 customer_people=b8cf7362203cacf3:2 days=010000000040 exec_quarters=01 sentiment=80:30:2'::text AS t;
SELECT t::contact_summary::text = t AS v1_reads_back FROM one;
SELECT name, pg_temp.error_detail_of(format('SELECT %L::contact_summary', bad)) AS error
FROM one, LATERAL (VALUES
    ('empty', ''),
    ('truncated', left(t, length(t) - 5)),
    ('wrong version', replace(t, 'v1 ', 'v3 ')),
    ('trailing junk', t || ' x'),
    ('contacts do not add up', replace(t, 'channels=1,', 'channels=2,')),
    ('one contact at two times', replace(t, 'contacts=2', 'contacts=1')),
    ('zero contacts', replace(t, 'contacts=2', 'contacts=0')),
    ('huge count', replace(t, 'contacts=2', 'contacts=99999999999999999999')),
    ('last before first', replace(t, 'last=2026-02-20', 'last=2025-02-20')),
    ('bad date', replace(t, 'first=2026-01-05', 'first=2026-02-30')),
    ('days do not match', replace(t, 'days=01', 'days=00')),
    ('hashes out of order', regexp_replace(t, 'vendor_people=([0-9a-f]{16}:[0-9]+),([0-9a-f]{16}:[0-9]+)', 'vendor_people=\2,\1')),
    ('duplicate hash', regexp_replace(t, 'vendor_people=([0-9a-f]{16}:[0-9]+),([0-9a-f]{16}:[0-9]+)', 'vendor_people=\1,\1')),
    ('person without contacts', regexp_replace(t, 'vendor_people=([0-9a-f]{16}):1', 'vendor_people=\1:0')),
    ('people past the contacts', regexp_replace(t, 'customer_people=([0-9a-f]{16}):2', 'customer_people=\1:3')),
    ('person count past 32 bits', regexp_replace(t, 'customer_people=([0-9a-f]{16}):2', 'customer_people=\1:4294967296')),
    ('sentiment too large', regexp_replace(t, 'sentiment=[0-9]+:', 'sentiment=9999:')),
    ('more rated than contacts', replace(t, 'sentiment=80:30:2', 'sentiment=80:30:3')),
    ('not canonical', replace(t, 'contacts=2', 'contacts=02')),
    ('exec quarter without executives', replace(replace(t, 'vendor_levels=0,1,0,1', 'vendor_levels=0,2,0,0'), 'exec_quarters=01', 'exec_quarters=01')),
    ('exec quarter from an email', replace(t, 'channels=1,0,0,1,', 'channels=0,0,0,2,'))
) v(name, bad);
-- Two contacts, the second at a time given, as a summary's text.
CREATE FUNCTION pg_temp.two_contacts(second_at timestamptz) RETURNS text LANGUAGE sql AS $$
    SELECT contact_summary(at, channel, rep, rep_level, buyer, buyer_level, customer_initiated, future_focused,
                           sentiment)::text
    FROM (VALUES ('2026-01-05 09:30:00+00'::timestamptz, 'face_to_face'::contact_channel, 'ann',
                  'executive'::org_level, 'bo', 'executive'::org_level, true, true, 0.8),
                 (second_at, 'email', 'cy', 'management', 'bo', 'senior', false, false, -0.3))
         v(at, channel, rep, rep_level, buyer, buyer_level, customer_initiated, future_focused, sentiment)
$$;
-- What happens in a quarter needs a contact in it: here the contacts fall in
-- the first and third quarters of the span.
SELECT name, pg_temp.error_detail_of(format('SELECT %L::contact_summary', bad)) AS error
FROM (SELECT pg_temp.two_contacts('2026-07-20 15:00:00.25+00') AS t) x,
     LATERAL (VALUES
    ('as made', t),
    ('a rated contact in the quarter without contacts', replace(t, 'quarters=80:0:1:1:0,0:0:0:0:0,', 'quarters=0:0:0:1:0,80:0:1:0:0,')),
    ('a contact started in the quarter without contacts', replace(t, 'quarters=80:0:1:1:0,0:0:0:0:0,', 'quarters=80:0:1:0:0,0:0:0:1:0,')),
    ('the executive meeting in the quarter without contacts', replace(t, 'exec_quarters=01', 'exec_quarters=02'))
) v(name, bad);
-- The same two contacts as summaries are made now (v2: format 2, with each
-- person's days and level, the contacts naming a person of each side, and
-- who started the contacts of each quarter), and what each new rule refuses.
SELECT name, pg_temp.error_detail_of(format('SELECT %L::contact_summary', bad)) AS error
FROM (SELECT pg_temp.two_contacts('2026-02-20 15:00:00.25+00') AS t) x,
     LATERAL (VALUES
    ('as made', t),
    ('fewer contacts naming a person than the people''s', replace(t, 'named=2,2', 'named=1,2')),
    ('a person''s first day before the summary''s', replace(t, '3e00df376f7d1266:1:2026-02-20', '3e00df376f7d1266:1:2026-01-04')),
    ('one contact on two days', replace(t, '8cbe8881f4f2364a:1:2026-01-05:2026-01-05', '8cbe8881f4f2364a:1:2026-01-05:2026-02-20')),
    ('a person''s last day without contacts', replace(t, 'b8cf7362203cacf3:2:2026-01-05:2026-02-20', 'b8cf7362203cacf3:2:2026-01-05:2026-01-20')),
    ('a level the side''s contacts do not have', replace(t, '3e00df376f7d1266:1:2026-02-20:2026-02-20:2', '3e00df376f7d1266:1:2026-02-20:2026-02-20:3')),
    ('a level past executive', replace(t, '2026-01-05:2026-02-20:4', '2026-01-05:2026-02-20:5')),
    ('contacts started by quarter that do not add up', replace(t, 'quarters=80:30:2:1:1', 'quarters=80:30:2:2:0')),
    ('v2''s fields under v1', replace(t, 'v2 ', 'v1 '))
) v(name, bad);
-- The binary form is portable: integers in network byte order, whatever the
-- server's (here the two contacts, and the first contact as timestamptz
-- sends it).
SELECT substr(b, 22, 8) = int8send(2) AS contacts_big_endian,
       substr(b, 6, 8) = timestamptz_send('2026-01-05 09:30:00+00') AS first_contact_as_timestamptz_sends_it
FROM (SELECT contact_summary_send(t::contact_summary) AS b FROM one) x;
-- Hostile bytes: truncated, wrong version, lengths that do not match.
SELECT name, pg_temp.binary_copy_result('contact_summary', bytes) AS result
FROM (SELECT contact_summary_send(t::contact_summary) AS good FROM one) g, LATERAL (VALUES
    ('valid', good),
    ('empty', '\x'::bytea),
    ('truncated header', substr(good, 1, 10)),
    ('truncated body', substr(good, 1, length(good) - 1)),
    ('one byte more', good || '\x00'::bytea),
    ('wrong version', set_byte(good, 0, 9)),
    ('vendor people past the cap', set_byte(good, 1, 1)),
    ('customer people past the cap', set_byte(set_byte(good, 3, 255), 4, 255)),
    ('last contact past 9999', set_byte(good, 13, 127)),
    ('last contact set to the first', overlay(good PLACING substr(good, 6, 8) FROM 14 FOR 8)),
    ('span past 100 years', overlay(good PLACING int8send(((extract(epoch FROM timestamptz '1900-01-01 00:00+00') - 946684800) * 1000000)::int8) FROM 6 FOR 8)),
    ('all ones', decode(repeat('ff', length(good)), 'hex'))
) v(name, bytes);
-- Summaries at the edge of their ranges are valid, but merging them must
-- not wrap around: counts (int8) and a quarter's sentiment sum (int4).
CREATE TEMP TABLE edge AS
SELECT replace(t, 'contacts=2', 'contacts=9223372036854775807')::contact_summary AS most_contacts,
       replace(replace(t, 'contacts=2', 'contacts=30000000'), 'sentiment=80:30:2', 'sentiment=2147483647:30:21474837')::contact_summary
         AS most_sentiment
FROM one;
SELECT contact_count(most_contacts) AS contacts, round(experience(most_sentiment, '2026-03-01')::numeric, 6) AS experience,
       pg_temp.error_detail_of('SELECT rollup(s) FROM edge, LATERAL (VALUES (most_contacts), (most_contacts)) v(s)') AS contacts_merged,
       pg_temp.error_detail_of('SELECT rollup(s) FROM edge, LATERAL (VALUES (most_sentiment), (most_sentiment)) v(s)') AS sentiment_merged
FROM edge;

---------------------------------------------------------- bow-tie and diamond
-- Bow-tie: one salesperson, one buyer, always at the same levels.
SELECT vendor_breadth(s), customer_breadth(s), diamond_index(s) AS diamond
FROM (SELECT contact_summary(t, 'phone', 'sam', 'management', 'bea', 'management', false, false, 0)
      FROM generate_series('2026-01-01'::timestamptz, '2026-06-30', interval '3 days') t) x(s);
-- Diamond: eight people a side, contacts spread evenly over the four levels.
SELECT vendor_breadth(s), customer_breadth(s), round(diamond_index(s)::numeric, 4) AS diamond,
       round(exec_coverage(s)::numeric, 4) AS exec_coverage
FROM (SELECT contact_summary(t, 'face_to_face', 'v' || n % 8, (1 + n % 4)::org_level,
                             'c' || (n * 3) % 8, (1 + n % 4)::org_level, n % 2 = 0, true, 0.5)
      FROM generate_series(0, 399) n, LATERAL (SELECT '2026-01-01'::timestamptz + n * interval '1 day') x(t)) y(s);
-- Breadth past the cap of 128 a side is an estimate (here 5000 people).
SELECT customer_breadth(s) AS estimate, abs(customer_breadth(s) - 5000) / 5000.0 < 0.2 AS within_20_percent,
       pg_column_size(s) <= 2 * 1024 + 200 AS bounded
FROM (SELECT contact_summary('2026-01-01'::timestamptz + (n % 30) * interval '1 day', 'email', 'rep', 'buyer ' || n)
      FROM generate_series(1, 5000) n) x(s);
-- Consistent but extreme: 128 customer hashes crowded near 0 (which text
-- input accepts; no fair hash makes them) would estimate more people than
-- int8 holds.  The estimate stays within what is known: at most one person a
-- contact, at least the 128 kept; diamond_index reads it too.
SELECT customer_breadth(s) AS crowded_near_0, contact_count(s) AS contacts, diamond_index(s) BETWEEN 0 AND 1 AS diamond_in_range,
       customer_breadth(regexp_replace(s::text, 'customer_people=[^ ]*',
           'customer_people=' || (SELECT string_agg('ffffffffffffff' || lpad(to_hex(n), 2, '0') || ':1:2026-01-01:2026-01-01:0', ',') FROM generate_series(1, 128) n))::contact_summary)
           AS crowded_near_2_64
FROM (SELECT regexp_replace(t::text, 'customer_people=[^ ]*',
                            'customer_people=' || (SELECT string_agg(lpad(to_hex(n), 16, '0') || ':1:2026-01-01:2026-01-01:0', ',') FROM generate_series(1, 128) n))::contact_summary
      FROM (SELECT contact_summary('2026-01-01'::timestamptz + (n % 30) * interval '1 day', 'email', 'rep', 'buyer ' || n)
            FROM generate_series(1, 300) n) x(t)) y(s);
-- Past the cap, the people kept and their contacts are exact however the
-- contacts are split: the 128 smallest hashes of the whole are among the 128
-- smallest of every part, so every part counted them in full.
SELECT rollup(s) = (SELECT contact_summary('2026-01-01'::timestamptz + (n % 30) * interval '1 day', 'email', 'rep',
                                           'buyer ' || n % 700)
                    FROM generate_series(1, 5000) n) AS parts_equal_whole
FROM (SELECT n % 7, contact_summary('2026-01-01'::timestamptz + (n % 30) * interval '1 day', 'email', 'rep',
                                    'buyer ' || n % 700)
      FROM generate_series(1, 5000) n GROUP BY n % 7) x(part, s);
-- The hash of names spreads them evenly: over 40 sets of 1000 people the
-- estimates are unbiased and their error is what the estimator promises
-- (relative standard error about 9%).
SELECT abs(avg(estimate / 1000.0 - 1)) < 0.05 AS unbiased,
       sqrt(avg((estimate / 1000.0 - 1) ^ 2)) BETWEEN 0.04 AND 0.14 AS error_as_documented,
       max(abs(estimate / 1000.0 - 1)) < 0.4 AS no_outlier
FROM (SELECT set, customer_breadth(contact_summary('2026-01-01'::timestamptz, 'email', 'rep',
                                                   'customer ' || set || '-' || n)) AS estimate
      FROM generate_series(1, 40) set, generate_series(1, 1000) n GROUP BY set) x;
-- The hash of a name is part of the stored format: the same on every
-- machine and in every version.  Names of 0 to 17 bytes: each way the
-- last bytes of a name are read.
SELECT octet_length(name) AS bytes, substring(s::text FROM 'vendor_people=([0-9a-f]*)') AS hash
FROM (SELECT name, contact_summary('2026-01-01'::timestamptz, 'email', name, 'buyer')
      FROM (SELECT left('abcdefghijklmnopq', n) FROM generate_series(0, 17) n) names(name)
      GROUP BY name) x(name, s)
ORDER BY bytes;
-- A name stored compressed or out of line (a long one) counts as the same
-- person as the name given inline.
CREATE TEMP TABLE long_names (name text, stored text);
ALTER TABLE long_names ALTER stored SET STORAGE external;
INSERT INTO long_names VALUES (repeat('rep ', 2000), NULL), (NULL, repeat('buyer ', 1000) || 'z');
SELECT pg_column_size(name) < octet_length(name) AS compressed, pg_column_size(stored) > 2000 AS out_of_line,
       contact_summary('2026-01-01'::timestamptz, 'email', coalesce(name, stored), coalesce(stored, name)) =
       contact_summary('2026-01-01'::timestamptz, 'email', coalesce(name, stored) || '', coalesce(stored, name) || '')
         AS same_summary
FROM long_names GROUP BY name, stored ORDER BY compressed;
-- The calendar: quarters counted from a year's first day to every day of
-- that year and the next, in years where the Gregorian rules turn (leap
-- years, centuries, 400-year eras) and at both ends of the range, against
-- PostgreSQL's own calendar.
-- (The quarters' list has an entry per quarter of the span.)
SELECT count(*) AS spans,
       count(*) FILTER (WHERE cardinality(string_to_array(substring(s::text FROM ' quarters=([0-9:,]*)'), ',')) =
                              (extract(year FROM d2) * 4 + extract(quarter FROM d2))
                              - (extract(year FROM d1) * 4 + extract(quarter FROM d1)) + 1) AS quarters_right
FROM (SELECT d1, d2, contact_summary(at, 'email', 'rep', 'executive', 'buyer', 'executive', true, true, 0.5) AS s
      FROM unnest('{1,2,3,4,99,100,101,399,400,401,1582,1600,1700,1899,1900,1999,2000,2001,2024,2100,2400,9998}'::int[]) y,
           LATERAL (SELECT make_date(y, 1, 1)) f(d1),
           LATERAL generate_series(d1, make_date(y + 1, 12, 31), interval '1 day') g(d2),
           LATERAL (VALUES (d1::timestamp AT TIME ZONE 'UTC'), (d2::timestamp AT TIME ZONE 'UTC')) c(at)
      GROUP BY d1, d2) x;
-- Size: an account with 64 people over three years stays under 2 KiB.
SELECT pg_column_size(s) AS bytes, pg_column_size(s) <= 2048 AS under_2_kib
FROM (SELECT contact_summary(t, 'email', 'v' || n % 32, 'senior', 'c' || n % 32, 'senior', true, true, 0.1)
      FROM generate_series(0, 9999) n,
           LATERAL (SELECT '2023-01-01'::timestamptz + (n % 1095) * interval '1 day') x(t)) y(s);

DROP TABLE contacts, summaries, summaries_back CASCADE;

-- Hash aggregation keeps within hash_mem (work_mem times
-- hash_mem_multiplier) and spills: the aggregates declare what a state takes
-- (SSPACE), by which PostgreSQL limits the groups it keeps in memory.
CREATE FUNCTION pg_temp.hash_agg_memory(query text) RETURNS TABLE (spilled bool, within_hash_mem bool)
LANGUAGE plpgsql AS $$
DECLARE
    plan json;
    batches int;
    peak_kb int;
BEGIN
    EXECUTE 'EXPLAIN (ANALYZE, FORMAT JSON, COSTS OFF, TIMING OFF) ' || query INTO plan;
    SELECT (p->>'HashAgg Batches')::int, (p->>'Peak Memory Usage')::int INTO batches, peak_kb
    FROM json_array_elements(plan->0->'Plan'->'Plans') p WHERE p->>'Node Type' = 'Aggregate';
    spilled := batches > 1;
    within_hash_mem := peak_kb <= pg_size_bytes(current_setting('work_mem')) / 1024
                                  * current_setting('hash_mem_multiplier')::float8;
    RETURN NEXT;
END
$$;
SET work_mem = '1MB';
SET enable_sort = off;
SET max_parallel_workers_per_gather = 0;
CREATE TEMP TABLE many AS
SELECT i % 2000 AS account, '2024-01-01'::timestamptz + (i * 7919 % 63072000) * interval '1 second' AS at,
       (1 + i % 8)::int::contact_channel AS channel, 'rep ' || i % 7 AS rep, 'buyer ' || i % 11 AS buyer
FROM generate_series(1, 200000) i;
CREATE TEMP TABLE many_days AS
SELECT account, at::date AS day, contact_summary(at, channel, rep, buyer) AS s FROM many GROUP BY 1, 2;
ANALYZE many, many_days;
SELECT * FROM pg_temp.hash_agg_memory(
    'SELECT count(contact_count(s)) FROM (SELECT account, contact_summary(at, channel, rep, buyer) s FROM many GROUP BY account) x');
SELECT * FROM pg_temp.hash_agg_memory(
    'SELECT count(contact_count(s)) FROM (SELECT account, rollup(s) s FROM many_days GROUP BY account) x');
RESET work_mem;
RESET enable_sort;
RESET max_parallel_workers_per_gather;
DROP TABLE many, many_days;

---------------------------------------------------------------- stored form
-- Values are stored compact (docs/contact_summary.md has the layout).  The
-- casts below let this test see and write a value's stored bytes; they are
-- not part of the extension.
CREATE CAST (bytea AS contact_summary) WITHOUT FUNCTION;
CREATE CAST (contact_summary AS bytea) WITHOUT FUNCTION;
CREATE TEMP TABLE day_contacts (at timestamptz, channel contact_channel, rep text, buyer text,
                                customer_initiated bool, future_focused bool, sentiment float8);
INSERT INTO day_contacts VALUES
    ('2026-03-02 09:15+00', 'video', 'Ann', 'Bo', true, true, 0.5),
    ('2026-03-02 11:40+00', 'email', 'Ann', 'Cy', false, true, NULL),
    ('2026-03-02 16:05+00', 'phone', 'Ann', 'Bo', false, false, -0.25);
CREATE TEMP TABLE day_summary AS
SELECT contact_summary(at, channel, rep, 'senior', buyer, 'management', customer_initiated, future_focused,
                       sentiment) AS s
FROM day_contacts;
-- A day of three contacts is a few dozen bytes (with a 1-byte header on
-- disk), one contact fewer; these bytes are pinned: a release never
-- changes how a value it stored reads.  Format 2 keeps each person's days
-- and level and who started each quarter's contacts.
SELECT pg_column_size(s) AS bytes, s::bytea AS stored FROM day_summary;
SELECT pg_column_size(contact_summary('2026-03-02 09:15+00', 'email', 'Ann', 'Bo')) AS one_contact_bytes;
-- The same day as 0.1.x stored it (format 1, pinned in 0.1.0): it reads as
-- it did, and is another content (it knows no person's days).
CREATE TEMP TABLE day_summary_v1 AS
SELECT '\x010102008d38ca05ef020080ec98d25b030e240f01010103030102020162a9c26538274e3b88fc9c7acce1dc6a8fe69696116e37d903020102321900'::bytea::contact_summary AS s;
SELECT s::text AS read_as_0_1_stored_it, s::bytea = s::text::contact_summary::bytea AS stays_format_1,
       s <> (SELECT s FROM day_summary) AS another_content
FROM day_summary_v1;
-- The stored bytes are the content: equal summaries, equal bytes, however
-- they were made.
SELECT count(DISTINCT x::bytea) AS distinct_bytes
FROM (SELECT s FROM day_summary
      UNION ALL SELECT s::text::contact_summary FROM day_summary
      UNION ALL SELECT rollup(d) FROM (SELECT contact_summary(at, channel, rep, 'senior', buyer, 'management',
                                                              customer_initiated, future_focused, sentiment) AS d
                                       FROM day_contacts GROUP BY at) p) v(x);

-- Damaged stored bytes are refused (XX001) by every reader of the part
-- damaged, never read out of bounds: the output function reads every part;
-- channel_mix the header and the counts; each header figure the bytes up
-- to it (first_contact the format and the first contact, last_contact
-- those and the span, contact_count the format, past the span, and the
-- contacts); each refuses the damage of what it reads and never reads the
-- rest.  Each case changes the pinned value of format 1 above in one way
-- (test/fuzz/contact_summary.sql damages values of format 2).
CREATE FUNCTION pg_temp.read_stored(b bytea, reader text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    state text;
    detail text;
    result text;
BEGIN
    EXECUTE format('SELECT %s($1::contact_summary)::text', reader) INTO result USING b;
    RETURN 'read';
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, detail = PG_EXCEPTION_DETAIL;
    RETURN state || ': ' || detail;
END
$$;
SELECT damage, pg_temp.read_stored(b, 'contact_summary_out') AS every_part,
       pg_temp.read_stored(b, 'channel_mix') AS counts, pg_temp.read_stored(b, 'contact_count') AS contacts,
       pg_temp.read_stored(b, 'first_contact') AS first, pg_temp.read_stored(b, 'last_contact') AS last
FROM day_summary_v1, LATERAL (VALUES
    ('none', s::bytea),
    ('last byte cut', substr(s::bytea, 1, length(s::bytea) - 1)),
    ('a byte added', s::bytea || '\x00'::bytea),
    ('empty', ''::bytea),
    ('format 3', overlay(s::bytea PLACING '\x03' FROM 1 FOR 1)),
    ('format 2''s parts missing', overlay(s::bytea PLACING '\x02' FROM 1 FOR 1)),
    ('129 vendor people', overlay(s::bytea PLACING '\x81' FROM 2 FOR 1)),
    ('first contact in the year 10000', overlay(s::bytea PLACING '\x00000000000000f0' FROM 4 FOR 8)),
    ('last contact before the first', overlay(s::bytea PLACING '\xffffffffffffffffff01' FROM 12 FOR 5)),
    ('contacts 0', overlay(s::bytea PLACING '\x00' FROM 17 FOR 1)),
    ('contacts not in shortest form', overlay(s::bytea PLACING '\x8300' FROM 17 FOR 1)),
    ('an unknown count present', overlay(s::bytea PLACING '\x1f' FROM 20 FOR 1)),
    ('a count present but 0', overlay(s::bytea PLACING '\x00' FROM 21 FOR 1)),
    ('a count past int8', overlay(s::bytea PLACING '\xffffffffffffffffff01' FROM 21 FOR 1)),
    ('channels past the contacts', overlay(s::bytea PLACING '\x03' FROM 21 FOR 1)),
    ('the two buyers swapped', overlay(overlay(s::bytea PLACING substr(s::bytea, 46, 8) FROM 38 FOR 8)
                                       PLACING substr(s::bytea, 38, 8) FROM 46 FOR 8))) d(damage, b);
-- The header figures and the counts read a value's first bytes alone,
-- wherever it is stored: inline, compressed (only those bytes decompressed)
-- or out of line (only its first chunk fetched); each equals what the whole
-- value says.
CREATE TEMP TABLE stored_ways (way text, s contact_summary);
CREATE TEMP TABLE stored_out_of_line (way text, s contact_summary);
ALTER TABLE stored_out_of_line ALTER s SET STORAGE EXTERNAL;
INSERT INTO stored_ways
SELECT 'compressed', contact_summary('1996-01-01 09:00+00'::timestamptz + n * interval '1 day', 'email',
                                     'rep ' || n % 3, 'management', 'buyer ' || n % 3, 'senior', true, true, 0.5)
FROM generate_series(0, 10949) n
UNION ALL
SELECT 'inline', contact_summary('2024-01-01 09:00+00'::timestamptz + n * interval '1 day', 'email', 'a', 'b')
FROM generate_series(0, 9) n;
INSERT INTO stored_out_of_line
SELECT 'out of line', contact_summary('2024-01-01 09:00+00'::timestamptz + n * interval '1 day', 'email',
                                      'rep ' || n % 120, 'management', 'buyer ' || n % 120, 'senior', true, true, 0.5)
FROM generate_series(0, 999) n;
SELECT way, pg_column_size(s) < 0.9 * pg_column_size(s::text::contact_summary) AS compressed,
       pg_column_size(s) > 2000 AS out_of_line_size,
       contact_count(s) = contact_count(s::text::contact_summary) AS contacts_equal,
       channel_mix(s) = channel_mix(s::text::contact_summary) AS channels_equal,
       first_contact(s) = first_contact(s::text::contact_summary) AS first_equal,
       last_contact(s) = last_contact(s::text::contact_summary) AS last_equal
FROM (SELECT * FROM stored_ways UNION ALL SELECT * FROM stored_out_of_line) t ORDER BY way;
DROP TABLE stored_ways, stored_out_of_line;
-- The readers that compare and hash stored bytes check them too.
SELECT s::bytea::contact_summary = overlay(s::bytea PLACING '\x03' FROM 1 FOR 1)::contact_summary FROM day_summary;
SELECT contact_summary_hash(''::bytea::contact_summary);
DROP TABLE day_contacts, day_summary, day_summary_v1;
DROP CAST (bytea AS contact_summary);
DROP CAST (contact_summary AS bytea);

------------------------------------------------- text channel and level columns
-- A contact table whose channel and levels are text (as most are): the
-- aggregate reads them as the label types read them, so the summary equals
-- the one of typed columns, in both forms; a value that names no label is
-- an error naming the type and the value.
CREATE TEMP TABLE text_contacts AS
SELECT at, channel::text AS channel, rep, upper(rep_level::text) AS rep_level, buyer,
       ' ' || buyer_level::text AS buyer_level, customer_initiated, future_focused, sentiment,
       channel AS typed_channel, rep_level AS typed_rep_level, buyer_level AS typed_buyer_level
FROM (VALUES ('2026-01-05 09:30+00'::timestamptz, 'face_to_face'::contact_channel, 'ann', 'executive'::org_level,
              'bo', 'executive'::org_level, true, true, 0.8),
             ('2026-01-19 14:00+00', 'phone', 'cy', 'management', 'di', 'management', false, true, 0.2),
             ('2026-02-20 15:00+00', 'email', 'cy', 'management', 'bo', 'senior', NULL, false, NULL))
     v(at, channel, rep, rep_level, buyer, buyer_level, customer_initiated, future_focused, sentiment);
SELECT contact_summary(at, channel, rep, rep_level, buyer, buyer_level, customer_initiated, future_focused, sentiment)
       = contact_summary(at, typed_channel, rep, typed_rep_level, buyer, typed_buyer_level, customer_initiated,
                         future_focused, sentiment) AS full_form_equal,
       contact_summary(at, channel, rep, buyer) = contact_summary(at, typed_channel, rep, buyer) AS short_form_equal
FROM text_contacts;
SELECT pg_temp.error_detail_of('SELECT contact_summary(now(), ''fax'', ''a'', ''b'')') AS unknown_channel;
SELECT pg_temp.error_detail_of(
    'SELECT contact_summary(now(), ''email''::text, ''a'', ''boss''::text, ''b'', NULL::text, NULL, NULL, NULL)') AS unknown_level;
DROP TABLE text_contacts;
