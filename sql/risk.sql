-- Health and risk of DESIGN.md section 4: each flag raised and not raised at
-- its threshold, NULL inputs skipping their checks, health ordering, bands,
-- weights and their renormalisation, and bad input.

\i test/regress_helpers.sql
SET TimeZone = 'UTC';

-- Small accounts, each built to sit on one side of one rule.
CREATE TABLE contacts (
    account text, at timestamptz, channel contact_channel,
    rep text, rep_level org_level, buyer text, buyer_level org_level,
    customer_initiated bool, future_focused bool, sentiment float8);
INSERT INTO contacts VALUES
    -- bow_tie: one rep, one buyer, one level each (diamond_index 0)
    ('bow tie',      '2026-01-10', 'phone', 'rep', 'operational', 'buyer', 'operational', false, NULL, NULL),
    ('bow tie',      '2026-02-10', 'email', 'rep', 'operational', 'buyer', 'operational', false, NULL, NULL),
    -- two people on each side at one level: diamond_index exactly 0.25
    ('two by two',   '2026-01-10', 'phone', 'rep a', 'operational', 'buyer a', 'operational', NULL, NULL, NULL),
    ('two by two',   '2026-01-11', 'phone', 'rep b', 'operational', 'buyer b', 'operational', NULL, NULL, NULL),
    -- two reps, one buyer: diamond_index 0.125
    ('two by one',   '2026-01-10', 'phone', 'rep a', 'operational', 'buyer', 'operational', NULL, NULL, NULL),
    ('two by one',   '2026-01-11', 'phone', 'rep b', 'operational', 'buyer', 'operational', NULL, NULL, NULL),
    -- nobody known on either side: bow_tie cannot be judged
    ('anonymous',    '2026-01-10', 'web', NULL, NULL, NULL, NULL, NULL, NULL, NULL),
    -- two quarters, an executive pair in one: exec_coverage 0.5
    ('exec half',    '2026-02-01', 'face_to_face', 'ceo', 'executive', 'cfo', 'executive', NULL, NULL, NULL),
    ('exec half',    '2026-04-01', 'phone', 'rep', 'operational', 'buyer', 'operational', NULL, NULL, NULL),
    -- three quarters, an executive pair in one: exec_coverage 1/3
    ('exec third',   '2026-02-01', 'face_to_face', 'ceo', 'executive', 'cfo', 'executive', NULL, NULL, NULL),
    ('exec third',   '2026-08-01', 'phone', 'rep', 'operational', 'buyer', 'operational', NULL, NULL, NULL),
    -- levels known on one side only: no_exec_sponsor cannot be judged
    ('one side',     '2026-02-01', 'phone', 'rep', 'executive', 'buyer', NULL, NULL, NULL, NULL),
    -- future_share exactly 0.5, and 1/3
    ('focus half',   '2026-03-01', 'phone', 'rep', NULL, 'buyer', NULL, NULL, true, NULL),
    ('focus half',   '2026-03-02', 'phone', 'rep', NULL, 'buyer', NULL, NULL, false, NULL),
    ('focus third',  '2026-03-01', 'phone', 'rep', NULL, 'buyer', NULL, NULL, true, NULL),
    ('focus third',  '2026-03-02', 'phone', 'rep', NULL, 'buyer', NULL, NULL, false, NULL),
    ('focus third',  '2026-03-03', 'phone', 'rep', NULL, 'buyer', NULL, NULL, false, NULL),
    -- as much good as bad sentiment in one quarter
    ('mixed',        '2026-02-15', 'phone', 'rep', NULL, 'buyer', NULL, NULL, NULL, 0.5),
    ('mixed',        '2026-02-16', 'phone', 'rep', NULL, 'buyer', NULL, NULL, NULL, -0.5);
-- A healthy diamond and a troubled bow-tie over 2025 (as of 2026-01-05).
INSERT INTO contacts
SELECT 'healthy', '2025-01-06'::timestamptz + (w * interval '1 week'), 'face_to_face',
       'rep ' || w % 6, (1 + w % 4)::org_level, 'buyer ' || w % 7, (1 + w % 4)::org_level,
       w % 2 = 0, w % 5 <> 0, 0.6
FROM generate_series(0, 51) w;
INSERT INTO contacts
SELECT 'troubled', '2025-01-06'::timestamptz + (w * interval '3 weeks'), 'email',
       'rep', 'operational', 'buyer', 'operational', false, w % 4 = 0, -0.4
FROM generate_series(0, 8) w;

CREATE TABLE summaries AS
SELECT account, contact_summary(at, channel, rep, rep_level, buyer, buyer_level,
                                customer_initiated, future_focused, sentiment) AS s
FROM contacts GROUP BY account;

-- Whether a flag is raised, for one account.
CREATE FUNCTION pg_temp.raised(flag text, account_name text, as_of timestamptz DEFAULT NULL)
RETURNS bool LANGUAGE sql AS $$
    SELECT flag = ANY (risk_flags(s, as_of)) FROM summaries WHERE account = account_name
$$;

----------------------------------------------------------------------- silent
-- More than 90 days since the last contact (2026-02-10 for 'bow tie').
SELECT pg_temp.raised('silent', 'bow tie', '2026-05-11 00:00') AS at_90_days,
       pg_temp.raised('silent', 'bow tie', '2026-05-11 00:00:01') AS just_over_90_days,
       pg_temp.raised('silent', 'bow tie', '2026-01-01') AS before_last_contact,
       pg_temp.raised('silent', 'bow tie', NULL) AS as_of_unknown;

---------------------------------------------------------------------- bow_tie
SELECT account, round(diamond_index(s)::numeric, 4) AS diamond_index,
       pg_temp.raised('bow_tie', account) AS bow_tie
FROM summaries WHERE account IN ('bow tie', 'two by one', 'two by two', 'anonymous', 'healthy')
ORDER BY diamond_index(s), account;

-------------------------------------------------------------- no_exec_sponsor
SELECT account, round(exec_coverage(s)::numeric, 4) AS exec_coverage,
       pg_temp.raised('no_exec_sponsor', account) AS no_exec_sponsor
FROM summaries WHERE account IN ('exec half', 'exec third', 'one side', 'anonymous')
ORDER BY account;

----------------------------------------------------------------- past_focused
SELECT account, round(future_share(s)::numeric, 4) AS future_share,
       pg_temp.raised('past_focused', account) AS past_focused
FROM summaries WHERE account IN ('focus half', 'focus third', 'bow tie')
ORDER BY account;

---------------------------------------------------------- negative_experience
-- Good and bad balance in their quarter; bad decays slower, so later the
-- balance turns negative and the flag is raised.
SELECT round(experience(s, '2026-02-15')::numeric, 4) AS experience_then,
       pg_temp.raised('negative_experience', 'mixed', '2026-02-15') AS raised_then,
       round(experience(s, '2027-02-15')::numeric, 4) AS experience_a_year_on,
       pg_temp.raised('negative_experience', 'mixed', '2027-02-15') AS raised_a_year_on,
       pg_temp.raised('negative_experience', 'mixed', NULL) AS as_of_unknown,
       pg_temp.raised('negative_experience', 'bow tie', '2027-02-15') AS no_sentiment
FROM summaries WHERE account = 'mixed';

-------------------------------------------- excessive_trust and below_target
-- excessive_trust: trust above 75 while the dashboard is at most 50;
-- below_target: the dashboard at most 75.
SELECT trust, dashboard, risk_flags(NULL, NULL, trust, dashboard) AS flags
FROM (VALUES (75, 50), (75.001, 50), (100, 50), (100, 50.001), (100, 0),
             (40, 75), (40, 75.001), (NULL, 10), (90, NULL)) v(trust, dashboard)
ORDER BY trust NULLS FIRST, dashboard NULLS FIRST;

------------------------------------------------------------------- misaligned
-- The two views two or more stages apart, either way.
SELECT vendor_view, customer_view, expectation_gap(vendor_view, customer_view) AS gap,
       risk_flags(NULL, NULL, vendor_view => vendor_view, customer_view => customer_view) AS flags
FROM (VALUES ('interdependent'::rel_stage, 'dependent'::rel_stage),
             ('interdependent', 'independent'), ('independent', 'interdependent'),
             ('deep_interdependent', 'independent'), ('dependent', 'dependent'),
             ('deep_interdependent', NULL), (NULL, 'independent')) v(vendor_view, customer_view)
ORDER BY 1 NULLS FIRST, 2 NULLS FIRST;

------------------------------------------------------- all flags, NULL inputs
-- Every flag at once, in the documented order; nothing known, nothing raised.
SELECT risk_flags(s, '2026-06-01', 90, 40, 'deep_interdependent', 'independent') AS all_flags,
       risk_flags(s, NULL, 90, 40, 'deep_interdependent', 'independent') AS without_as_of,
       risk_flags(NULL, '2026-06-01', 90, 40, 'deep_interdependent', 'independent') AS without_summary,
       risk_flags(NULL, NULL) AS nothing_known
FROM summaries WHERE account = 'troubled';

------------------------------------------------------------------------ health
-- A clearly healthy account is green, a clearly troubled one red.
SELECT account, round(relationship_health(s, '2026-01-05', trust, dashboard, 'interdependent',
                                          view)::numeric, 2) AS health,
       health_report(s, '2026-01-05', trust, dashboard, 'interdependent', view) ->> 'band' AS band,
       risk_flags(s, '2026-01-05', trust, dashboard, 'interdependent', view) AS flags
FROM summaries
JOIN (VALUES ('healthy', 85, 92, 'interdependent'::rel_stage),
             ('troubled', 80, 35, 'independent')) v(account, trust, dashboard, view) USING (account)
ORDER BY health DESC;

-- The components, one by one.  Recency is 50 at 90 days and 0 from 180 days.
SELECT key AS component, value ->> 'score' AS score
FROM summaries, jsonb_each(health_report(s, '2026-05-11', 60, 70, 'deep_dependent', 'dependent') -> 'components')
WHERE account = 'bow tie' ORDER BY key;
SELECT (health_report(s, '2026-08-09') #>> '{components,recency,score}')::float8 AS recency_at_180_days,
       (health_report(s, '2027-08-09') #>> '{components,recency,score}')::float8 AS recency_long_after,
       (health_report(s, '2026-01-01') #>> '{components,recency,score}')::float8 AS recency_before_last
FROM summaries WHERE account = 'bow tie';

-- Missing inputs drop out and the others are renormalised, never counted as 0.
SELECT relationship_health(NULL, NULL, 80) AS trust_only,
       relationship_health(NULL, NULL, 80, 40) AS trust_and_dashboard,
       relationship_health(NULL, NULL, 80, 40, weights => '{"trust": 0.45}') AS trust_weighted_3_to_1,
       relationship_health(NULL, NULL, 80, 40, weights => '{"dashboard": 0}') AS dashboard_off,
       relationship_health(NULL, NULL, 80, weights => '{"trust": 0}') AS nothing_weighted,
       relationship_health(NULL, NULL) AS nothing_known;
-- The health is the sum of score x effective weight, and effective weights sum to 1.
SELECT account,
       abs((r ->> 'health')::float8
           - (SELECT sum((c.value ->> 'score')::float8 * (c.value ->> 'effective_weight')::float8)
              FROM jsonb_each(r -> 'components') c
              WHERE c.value ->> 'score' IS NOT NULL)) < 1e-9 AS health_is_weighted_mean,
       abs((SELECT sum((c.value ->> 'effective_weight')::float8)
            FROM jsonb_each(r -> 'components') c) - 1) < 1e-12 AS weights_sum_to_1,
       (SELECT string_agg(c.key, ',' ORDER BY c.key) FROM jsonb_each(r -> 'components') c
        WHERE c.value ->> 'score' IS NULL AND (c.value ->> 'effective_weight')::float8 = 0) AS dropped_out
FROM summaries, LATERAL (SELECT health_report(s, CASE WHEN account = 'healthy' THEN '2026-01-05'::timestamptz END,
                                              75, NULL, 'dependent', NULL) AS r) x
WHERE account IN ('healthy', 'anonymous', 'focus half')
ORDER BY account;

-- The full report of one account.
SELECT jsonb_pretty(health_report(s, '2026-01-05', 80, 35, 'interdependent', 'independent'))
FROM summaries WHERE account = 'troubled';

-- The bands at their edges: red <= 50 < yellow <= 75 < green.
SELECT score, health_report(NULL, NULL, score) ->> 'band' AS band
FROM (VALUES (0), (50), (50.001), (75), (75.001), (100)) v(score) ORDER BY score;
SELECT health_report(NULL, NULL) -> 'band' AS band_unknown, health_report(NULL, NULL) -> 'health' AS health_unknown;

---------------------------------------------------------------- bad arguments
SELECT pg_temp.error_detail_of(format('SELECT relationship_health(NULL, NULL, 50, weights => %L)', w)) AS error
FROM (VALUES ('[1, 2]'), ('"trust"'), ('3'), ('null'), ('{"trusty": 1}'), ('{"trust": "high"}'),
             ('{"trust": null}'), ('{"trust": {"weight": 1}}'), ('{"trust": -0.1}'),
             ('{"trust": 1e400}')) v(w);
SELECT pg_temp.error_detail_of(statement) AS error
FROM (VALUES ('SELECT risk_flags(NULL, NULL, 100.5)'),
             ('SELECT risk_flags(NULL, NULL, -1)'),
             ('SELECT risk_flags(NULL, NULL, NULL, ''NaN'')'),
             ('SELECT relationship_health(NULL, NULL, NULL, 101)'),
             ('SELECT health_report(NULL, ''infinity'')'),
             ('SELECT risk_flags(NULL, ''-infinity'')')) v(statement);
-- A NULL weights argument is the defaults; an empty object is too.
SELECT relationship_health(NULL, NULL, 80, 40, weights => NULL) = relationship_health(NULL, NULL, 80, 40, weights => '{}') AS same;

DROP TABLE contacts, summaries;
