-- Health and risk of DESIGN.md section 4: each flag raised and not raised at
-- its threshold, for an account meant to be strategic and for one treated as
-- transactional; the relationship an account is judged against; NULL inputs;
-- bands decided by the flags; health within its band; weights, thresholds,
-- reasons and bad input.

\i test/regress_helpers.sql
SET TimeZone = 'UTC';

CREATE TABLE contacts (
    account text, at timestamptz, channel contact_channel,
    rep text, rep_level org_level, buyer text, buyer_level org_level,
    customer_initiated bool, future_focused bool, sentiment float8);

-- A healthy diamond: contact every weekday for two years, six reps and seven
-- buyers across the levels, both sides starting contacts, mostly about the
-- future, good sentiment, and the two executives meeting every quarter.
INSERT INTO contacts
SELECT 'diamond', d + interval '10 hours', (1 + n % 3)::int::contact_channel,
       'rep ' || n % 6, (1 + n % 4)::int::org_level, 'buyer ' || n % 7, (1 + (n + 1) % 4)::int::org_level,
       n % 2 = 0, n % 5 <> 0, 0.5
FROM generate_series('2024-07-01'::timestamptz, '2026-07-14', interval '1 day') WITH ORDINALITY g(d, n)
WHERE extract(isodow FROM d) <= 5;
INSERT INTO contacts
SELECT 'diamond', q + interval '20 days 15 hours', 'face_to_face', 'ceo', 'executive', 'cfo', 'executive', true, true, 0.7
FROM generate_series('2024-07-01'::timestamptz, '2026-07-01', interval '3 months') q;

-- Every Monday from 2025-01-06 to 2026-06-01 (the usual gap: 7 days), one
-- in thirteen of them a call of the two executives.
INSERT INTO contacts
SELECT 'weekly', d, CASE WHEN n % 13 = 0 THEN 'phone' ELSE 'video' END::contact_channel,
       CASE WHEN n % 13 = 0 THEN 'ceo' ELSE 'rep ' || n % 3 END,
       CASE WHEN n % 13 = 0 THEN 4 ELSE 1 + n % 3 END::int::org_level,
       CASE WHEN n % 13 = 0 THEN 'cfo' ELSE 'buyer ' || n % 4 END,
       CASE WHEN n % 13 = 0 THEN 4 ELSE 1 + n % 3 END::int::org_level, n % 2 = 0, true, 0.3
FROM generate_series('2025-01-06'::timestamptz, '2026-06-01', interval '7 days') WITH ORDINALITY g(d, n);

-- Every 28 days from 2025-01-06 to 2026-04-13 (usual gap 28 days).
INSERT INTO contacts
SELECT 'monthly', d, 'video', 'rep ' || n % 3, (1 + n % 3)::int::org_level, 'buyer ' || n % 4, (1 + n % 3)::int::org_level,
       n % 2 = 0, true, 0.3
FROM generate_series('2025-01-06'::timestamptz, '2026-04-13', interval '28 days') WITH ORDINALITY g(d, n);

-- Every weekday until 2026-03-31, then only on Mondays: the cadence cools.
INSERT INTO contacts
SELECT 'slowing', d + interval '9 hours', 'phone', 'rep ' || n % 3, (1 + n % 3)::int::org_level, 'buyer ' || n % 4,
       (1 + n % 3)::int::org_level, n % 2 = 0, true, 0.3
FROM generate_series('2025-01-01'::timestamptz, '2026-07-13', interval '1 day') WITH ORDINALITY g(d, n)
WHERE extract(isodow FROM d) <= 5 AND (d < '2026-04-01' OR extract(isodow FROM d) = 1);

-- Weekly contact whose sentiment turns on 2026-04-01, at the start of the two
-- quarters before the as_of of 2026-07-15: from +0.5 to -0.2, and, for
-- 'dimmer', to +0.25.
INSERT INTO contacts
SELECT a.account, d, 'phone', 'rep ' || n % 3, (1 + n % 3)::int::org_level, 'buyer ' || n % 4, (1 + n % 3)::int::org_level,
       n % 2 = 0, true, CASE WHEN d < '2026-04-01' THEN 0.5 ELSE a.later END
FROM (VALUES ('souring', -0.2), ('dimmer', 0.25)) a(account, later),
     generate_series('2025-01-06'::timestamptz, '2026-07-13', interval '7 days') WITH ORDINALITY g(d, n);

-- Who starts contacts: 20 contacts a fortnight apart, the customer starting
-- the first 4, 5, 16 or 15.
INSERT INTO contacts
SELECT a.account, '2025-10-06'::timestamptz + n * interval '14 days', 'phone', 'rep ' || n % 3, 'management',
       'buyer ' || n % 4, 'management', n <= a.by_customer, true, 0.3
FROM (VALUES ('vendor pushes', 4), ('vendor leads', 5), ('customer pulls', 16), ('customer leads', 15)) a(account, by_customer),
     generate_series(1, 20) n;

-- Executive sponsors: 'sponsor left' met in every quarter of 2025 and only
-- wrote emails in 2026; 'thin sponsor' met once in the year before
-- 2026-07-15 (in 2026-Q1), 'two quarters' in two of its quarters, 'late
-- sponsor' in 2025-Q3 and then in 2026-Q3.
INSERT INTO contacts
SELECT a.account, d, 'video', 'rep ' || n % 3, 'management', 'buyer ' || n % 4, 'senior', n % 2 = 0, true, 0.3
FROM (VALUES ('sponsor left'), ('thin sponsor'), ('two quarters'), ('late sponsor')) a(account),
     generate_series('2025-01-06'::timestamptz, '2026-07-13', interval '7 days') WITH ORDINALITY g(d, n);
INSERT INTO contacts VALUES
    ('sponsor left', '2025-02-10', 'face_to_face', 'ceo', 'executive', 'cfo', 'executive', true, true, 0.5),
    ('sponsor left', '2025-05-12', 'face_to_face', 'ceo', 'executive', 'cfo', 'executive', true, true, 0.5),
    ('sponsor left', '2025-08-11', 'video', 'ceo', 'executive', 'cfo', 'executive', true, true, 0.5),
    ('sponsor left', '2025-11-10', 'phone', 'ceo', 'executive', 'cfo', 'executive', true, true, 0.5),
    ('sponsor left', '2026-02-09', 'email', 'ceo', 'executive', 'cfo', 'executive', true, true, 0.5),
    ('sponsor left', '2026-05-11', 'email', 'ceo', 'executive', 'cfo', 'executive', true, true, 0.5),
    ('thin sponsor', '2026-02-09', 'face_to_face', 'ceo', 'executive', 'cfo', 'executive', true, true, 0.5),
    ('two quarters', '2025-08-11', 'face_to_face', 'ceo', 'executive', 'cfo', 'executive', true, true, 0.5),
    ('two quarters', '2026-02-09', 'face_to_face', 'ceo', 'executive', 'cfo', 'executive', true, true, 0.5),
    ('late sponsor', '2025-08-11', 'face_to_face', 'ceo', 'executive', 'cfo', 'executive', true, true, 0.5),
    ('late sponsor', '2026-07-06', 'face_to_face', 'ceo', 'executive', 'cfo', 'executive', true, true, 0.5);

-- One buyer in 15 of 20 contacts (75%), or in 14 (70%), to the end; four
-- reps across levels.
INSERT INTO contacts
SELECT a.account, '2025-11-06'::timestamptz + n * interval '12 days', 'phone', 'rep ' || n % 4, (1 + n % 4)::int::org_level,
       CASE WHEN n % 4 <> 0 AND n <> a.skip THEN 'buyer' ELSE 'buyer ' || n END, (1 + n % 4)::int::org_level,
       n % 2 = 0, true, 0.3
FROM (VALUES ('one buyer 75', 0), ('one buyer 70', 19)) a(account, skip), generate_series(1, 20) n;

-- Bow-tie: one rep, one buyer, one level each (diamond_index 0); two people
-- a side at one level (exactly 0.25); two reps and one buyer (0.125).
INSERT INTO contacts
SELECT 'bow tie', '2026-01-05'::timestamptz + n * interval '7 days', 'phone', 'rep', 'operational', 'buyer', 'operational',
       n % 2 = 0, n % 2 = 0, 0.2
FROM generate_series(0, 26) n;
INSERT INTO contacts VALUES
    ('two by two', '2026-07-01', 'phone', 'rep a', 'operational', 'buyer a', 'operational', NULL, NULL, NULL),
    ('two by two', '2026-07-02', 'phone', 'rep b', 'operational', 'buyer b', 'operational', NULL, NULL, NULL),
    ('two by one', '2026-07-01', 'phone', 'rep a', 'operational', 'buyer', 'operational', NULL, NULL, NULL),
    ('two by one', '2026-07-02', 'phone', 'rep b', 'operational', 'buyer', 'operational', NULL, NULL, NULL),
    ('anonymous',  '2026-07-01', 'web', NULL, NULL, NULL, NULL, NULL, NULL, NULL);

-- Focus: 1 or 2 of 10 contacts about the future, and 1 of 9.
INSERT INTO contacts
SELECT a.account, '2025-07-01'::timestamptz + n * interval '25 days', 'phone', 'rep ' || n % 3, (1 + n % 3)::int::org_level,
       'buyer ' || n % 3, (1 + n % 3)::int::org_level, n % 2 = 0, n <= a.future, NULL
FROM (VALUES ('focus 1 of 10', 1, 10), ('focus 2 of 10', 2, 10), ('focus 1 of 9', 1, 9)) a(account, future, known),
     generate_series(1, 10) n
WHERE n <= a.known;

-- Experience: one good and one bad contact, and with a second bad one.
INSERT INTO contacts VALUES
    ('mixed',      '2026-02-15', 'phone', 'rep', NULL, 'buyer', NULL, NULL, NULL, 0.5),
    ('mixed',      '2026-02-16', 'phone', 'rep', NULL, 'buyer', NULL, NULL, NULL, -0.5),
    ('mixed more', '2026-02-15', 'phone', 'rep', NULL, 'buyer', NULL, NULL, NULL, 0.5),
    ('mixed more', '2026-02-16', 'phone', 'rep', NULL, 'buyer', NULL, NULL, NULL, -0.5),
    ('mixed more', '2026-02-17', 'phone', 'rep', NULL, 'buyer', NULL, NULL, NULL, -0.3);

-- People (format 2 keeps each person's days and level).  'champion': a
-- contact every three days for 21 months with six customer people, the
-- champion in every third contact (a third of them, usually every 9 days)
-- until 2026-01-10, the others on.  'slowed': the same, but after the
-- champion's last contact the whole account all but stopped (a contact
-- every 30 days).  'handed over': the champion's successor took every third
-- contact from 2025-12-20; 'renamed': the champion written 'Champ, The' from
-- 2026-01-11 on (a new CRM).
INSERT INTO contacts
SELECT a.account, d, 'phone', 'rep ' || n % 3, 'management',
       CASE WHEN n % 3 = 0 AND d <= '2026-01-10' THEN 'champ'
            WHEN n % 3 = 0 AND a.account = 'handed over' AND d >= '2025-12-20' THEN 'successor'
            WHEN n % 3 = 0 AND a.account = 'renamed' THEN 'Champ, The'
            ELSE 'buyer ' || n % 5 END,
       'senior', n % 2 = 0, true, 0.3
FROM (VALUES ('champion', 3), ('slowed', 30), ('handed over', 3), ('renamed', 3)) a(account, late_gap),
     generate_series('2024-10-01'::timestamptz, '2026-07-13', interval '3 days') WITH ORDINALITY g(d, n)
WHERE d <= '2026-01-10' OR n % (a.late_gap / 3) = 0;
-- 'sponsor': weekly contact, and the customer's executive at a review every
-- quarter until 2025-12-15; 'sponsor kept' the same with the reviews going
-- on; 'new sponsor' the same with a new CFO holding them from 2026.
INSERT INTO contacts
SELECT a.account, d, 'video', 'rep ' || n % 3, 'management', 'buyer ' || n % 4, 'management', n % 2 = 0, true, 0.3
FROM (VALUES ('sponsor'), ('sponsor kept'), ('new sponsor')) a(account),
     generate_series('2024-07-01'::timestamptz, '2026-07-13', interval '7 days') WITH ORDINALITY g(d, n);
INSERT INTO contacts
SELECT a.account, q + interval '40 days', 'face_to_face', 'ceo', 'executive',
       CASE WHEN q >= '2026-01-01' AND a.account = 'new sponsor' THEN 'new cfo' ELSE 'cfo' END, 'executive', true, true, 0.5
FROM (VALUES ('sponsor', '2025-12-31'::timestamptz), ('sponsor kept', '2026-07-13'), ('new sponsor', '2026-07-13')) a(account, until),
     generate_series('2024-07-01'::timestamptz, '2026-07-01', interval '3 months') q
WHERE q + interval '40 days' <= a.until;
-- 'one way lately': two years of weekly contact, each side starting half,
-- until 2026-01-01; since then the vendor starts every contact.
INSERT INTO contacts
SELECT 'one way lately', d, 'phone', 'rep ' || n % 3, 'management', 'buyer ' || n % 4, 'management',
       d < '2026-01-01' AND n % 2 = 0, true, 0.3
FROM generate_series('2024-07-01'::timestamptz, '2026-07-13', interval '7 days') WITH ORDINALITY g(d, n);
-- 'new account': one rep and one buyer, twice a week since 2026-04-01.
INSERT INTO contacts
SELECT 'new account', d, 'phone', 'rep', 'operational', 'buyer', 'operational', false, false, 0.3
FROM generate_series('2026-04-01'::timestamptz, '2026-07-13', interval '3 days 12 hours') d;
-- 'seasonal': every weekday for three years but June to August, when
-- nothing happens.
INSERT INTO contacts
SELECT 'seasonal', d + interval '10 hours', 'phone', 'rep ' || n % 3, (1 + n % 3)::int::org_level,
       'buyer ' || n % 4, (1 + n % 3)::int::org_level, n % 2 = 0, true, 0.3
FROM generate_series('2023-09-01'::timestamptz, '2026-05-29', interval '1 day') WITH ORDINALITY g(d, n)
WHERE extract(isodow FROM d) <= 5 AND extract(month FROM d) NOT IN (6, 7, 8);

CREATE TABLE summaries AS
SELECT account, contact_summary(at, channel, rep, rep_level, buyer, buyer_level,
                                customer_initiated, future_focused, sentiment) AS s
FROM contacts GROUP BY account;

-- Whether a flag is raised for an account meant to be interdependent
-- (strategic) and for one meant to be dependent (transactional).
CREATE FUNCTION pg_temp.raised(flag text, account_name text, as_of timestamptz, target rel_stage,
                               thresholds jsonb DEFAULT NULL)
RETURNS bool LANGUAGE sql AS $$
    SELECT flag = ANY (risk_flags(s, as_of, target_stage => target, thresholds => thresholds))
    FROM summaries WHERE account = account_name
$$;
CREATE FUNCTION pg_temp.both(flag text, account_name text, as_of timestamptz DEFAULT '2026-07-15 12:00',
                             thresholds jsonb DEFAULT NULL)
RETURNS text LANGUAGE sql AS $$
    SELECT CASE WHEN pg_temp.raised(flag, account_name, as_of, 'interdependent', thresholds) THEN 'S' ELSE '-' END
        || CASE WHEN pg_temp.raised(flag, account_name, as_of, 'dependent', thresholds) THEN 'T' ELSE '-' END
$$;
-- Each cell below: S if raised for the strategic account, T if for the
-- transactional one, - where not.

-- The healthy diamond, its goals met, raises nothing either way.
SELECT risk_flags(s, '2026-07-15 12:00', dashboard => 90, target_stage => 'deep_interdependent') AS strategic,
       risk_flags(s, '2026-07-15 12:00', dashboard => 90, target_stage => 'independent') AS transactional
FROM summaries WHERE account = 'diamond';

----------------------------------------------------------------------- silent
-- Longer without contact than the account's cadence allows: five usual gaps
-- (at least 30 days, at most 180), and for a strategic account a quarter.
-- 'weekly' (last contact 2026-06-01, gap 7): silent after 35 days.
SELECT usual_gap(s) AS usual_gap,
       pg_temp.both('silent', 'weekly', '2026-07-06') AS at_35_days,
       pg_temp.both('silent', 'weekly', '2026-07-06 00:00:01') AS just_over,
       pg_temp.both('silent', 'weekly', '2026-05-01') AS before_last_contact
FROM summaries WHERE account = 'weekly';
-- 'monthly' (last 2026-04-13, gap 28): a strategic account after 90 days,
-- a transactional one after 140.
SELECT usual_gap(s) AS usual_gap,
       pg_temp.both('silent', 'monthly', '2026-07-12') AS at_90_days,
       pg_temp.both('silent', 'monthly', '2026-07-12 00:00:01') AS just_over_90,
       pg_temp.both('silent', 'monthly', '2026-08-31 00:00:01') AS just_over_140
FROM summaries WHERE account = 'monthly';
-- Fewer than four contact days: no usual gap; silent after 90 days.
SELECT usual_gap(s) AS usual_gap,
       pg_temp.both('silent', 'two by two', '2026-09-30 00:00') AS at_90_days,
       pg_temp.both('silent', 'two by two', '2026-09-30 00:00:01') AS just_over
FROM summaries WHERE account = 'two by two';
-- No contact on record at all (a NULL summary with an as_of) is silence;
-- without an as_of nothing can be said of the contacts, and the other
-- figures are judged alone.  A summary without an as_of is an error, never
-- a healthy account: what a LEFT JOIN or a BI tool's empty date parameter
-- gives.
SELECT risk_flags(NULL, '2026-07-15', dashboard => 90) AS no_contact_on_record,
       risk_flags(NULL, NULL, dashboard => 90) AS nothing_known;
SELECT pg_temp.error_detail_of(format('SELECT %s(s, NULL) FROM summaries WHERE account = %L', f, 'weekly')) AS error
FROM unnest('{risk_flags,relationship_health,health_report,who_to_call}'::text[]) f;
-- the hint, as psql shows it:
SELECT risk_flags(s, NULL::timestamptz) FROM summaries WHERE account = 'weekly';

---------------------------------------------------------------------- cooling
-- 'slowing' went from every weekday to Mondays: contact days in the last 90
-- against the year before, scaled to 90 days.  Raised below half the norm and
-- 2.33 standard deviations of a Poisson count below it (by chance less than
-- once in a hundred); each part checked at its edge by a threshold.
SELECT contact_days(s, '2026-07-15', 90) AS recent,
       round(contact_days(s, '2026-04-16', 365) * 90 / 365.0, 2) AS expected,
       pg_temp.both('cooling', 'slowing') AS cooling,
       pg_temp.both('cooling', 'diamond') AS steady_diamond,
       pg_temp.both('cooling', 'slowing', thresholds => '{"cooling_ratio": 0.21, "cooling_sigmas": 0}') AS ratio_0_21,
       pg_temp.both('cooling', 'slowing', thresholds => '{"cooling_ratio": 0.211, "cooling_sigmas": 0}') AS ratio_0_211,
       pg_temp.both('cooling', 'slowing', thresholds => '{"cooling_ratio": 1, "cooling_sigmas": 6.21}') AS sigmas_6_21,
       pg_temp.both('cooling', 'slowing', thresholds => '{"cooling_ratio": 1, "cooling_sigmas": 6.22}') AS sigmas_6_22,
       pg_temp.both('cooling', 'slowing', thresholds => '{"cooling_min_expected": 63}') AS needs_63_expected
FROM summaries WHERE account = 'slowing';
-- Weekly contact that stopped for a month is silent, which says more: not cooling.
SELECT pg_temp.both('cooling', 'weekly', '2026-07-06 00:00:01') AS cooling,
       pg_temp.both('silent', 'weekly', '2026-07-06 00:00:01') AS silent;
-- A norm of fewer than 10 contact days a quarter is too thin to judge ('monthly').
SELECT pg_temp.both('cooling', 'monthly', '2026-07-01') AS monthly;

---------------------------------------------------------------------- souring
-- Mean sentiment of the last two quarters against the four before: down by
-- 0.3 or more, with 8 rated contacts or more on each side.
SELECT a.account, round(sentiment_mean(s, '2026-07-15', 2)::numeric, 3) AS recent,
       round(sentiment_mean(s, '2026-03-31', 4)::numeric, 3) AS before,
       pg_temp.both('souring', a.account) AS souring,
       pg_temp.both('souring', a.account, thresholds => '{"souring_drop": 0.7}') AS drop_0_7,
       pg_temp.both('souring', a.account, thresholds => '{"souring_drop": 0.71}') AS drop_0_71,
       pg_temp.both('souring', a.account, thresholds => format('{"souring_min_rated": %s}',
                                                              rated_contacts(s, '2026-07-15', 2) + 1)::jsonb) AS one_rated_short
FROM summaries a WHERE account IN ('souring', 'dimmer') ORDER BY account DESC;

---------------------------------------------------------- negative_experience
-- Bad outweighs good (experience below -0.2) with at least 3 rated contacts:
-- one good and one bad do not suffice, whatever the balance.
SELECT account, rated_contacts(s, '2027-02-15', 100) AS rated,
       round(experience(s, '2026-02-20')::numeric, 3) AS then,
       round(experience(s, '2027-02-15')::numeric, 3) AS a_year_on,
       pg_temp.both('negative_experience', account, '2026-02-20') AS raised_then,
       pg_temp.both('negative_experience', account, '2027-02-15') AS raised_a_year_on
FROM summaries WHERE account IN ('mixed', 'mixed more') ORDER BY account;

---------------------------------------------------------------------- one_way
-- One side starting 80% or more of the contacts whose starter is known: the
-- vendor for any account (the customer does not engage), the customer for a
-- strategic one (the vendor only reacts).  At least 10 known.
SELECT account, round(reciprocity(s)::numeric, 2) AS reciprocity,
       pg_temp.both('one_way', account) AS one_way,
       pg_temp.both('one_way', account, thresholds => '{"min_contacts": 21}') AS needs_21
FROM summaries WHERE account IN ('vendor pushes', 'vendor leads', 'customer pulls', 'customer leads')
ORDER BY account;

------------------------------------------------ exec_lapsed, no_exec_sponsor
-- Meetings or calls of the executives (emails do not count), judged for
-- strategic accounts over the last year.  Lapsed: none in the current quarter
-- and the two before, where the year before had two or more.  No sponsor:
-- fewer than half the complete quarters of the last year with one.
SELECT account, exec_quarters(s, '2026-07-15', 3) AS recent_3, exec_quarters(s, '2026-03-31', 4) AS year_before,
       exec_quarters(s, '2026-06-30', 4) AS last_4_complete,
       pg_temp.both('exec_lapsed', account) AS exec_lapsed,
       pg_temp.both('no_exec_sponsor', account) AS no_exec_sponsor
FROM summaries WHERE account IN ('weekly', 'sponsor left', 'thin sponsor', 'two quarters', 'diamond')
ORDER BY account;
-- A meeting in the current quarter counts for the year: 'late sponsor' met
-- in one of the four complete quarters before 2026-Q3, and again in 2026-Q3.
-- (Quarters are whole: a summary that holds contacts after as_of counts them
-- in as_of's quarter.)  'sponsor left' lapses when the third quarter without
-- a meeting begins.
SELECT pg_temp.both('no_exec_sponsor', 'late sponsor', '2026-06-30') AS in_q2,
       pg_temp.both('no_exec_sponsor', 'late sponsor', '2026-07-15') AS in_q3,
       pg_temp.both('exec_lapsed', 'sponsor left', '2026-06-30') AS lapsed_in_q2,
       pg_temp.both('exec_lapsed', 'sponsor left', '2026-07-01') AS lapsed_in_q3;
-- Levels unknown (the short form): sponsorship is not judged.
SELECT risk_flags(contact_summary(at, channel, rep, buyer), '2026-07-15', target_stage => 'interdependent') AS short_form
FROM contacts WHERE account = 'sponsor left';

---------------------------------------------------- bow_tie, single_threaded
-- bow_tie: diamond_index below 0.25, strategic accounts only (the accounts
-- of a day or two are judged here as if past their onboarding).
SELECT account, round(diamond_index(s)::numeric, 4) AS diamond_index,
       pg_temp.both('bow_tie', account, thresholds => '{"onboarding_days": 0}') AS bow_tie
FROM summaries WHERE account IN ('bow tie', 'two by one', 'two by two', 'anonymous', 'diamond')
ORDER BY diamond_index(s), account;
-- single_threaded: one person in 75% or more of a side's 10 or more contacts;
-- a bow-tie says it already.
SELECT account, round(customer_lead_share(s)::numeric, 2) AS buyer_share,
       pg_temp.both('single_threaded', account) AS single_threaded
FROM summaries WHERE account IN ('one buyer 75', 'one buyer 70', 'bow tie') ORDER BY account;

----------------------------------------------------------------- past_focused
-- Fewer than a fifth of 10 or more contacts about the future ("almost all
-- discussions about past problems", seed 002); strategic only.
SELECT account, round(future_share(s)::numeric, 4) AS future_share, pg_temp.both('past_focused', account) AS past_focused
FROM summaries WHERE account LIKE 'focus%' ORDER BY account;

-------------------------------------------------------------- champion_quiet
-- A person in a fifth or more of a side's contacts that name a person
-- while they were in contact (and six of them at least) quiet for five of
-- their own usual gaps (and 30 days), and absent from the days with
-- contacts since, which such a person misses by chance less than once in a
-- hundred times: the champion stopped on 2026-01-10 and the account went
-- on.  Strategic accounts only.  The share below is people()'s, of all the
-- side's contacts; while in contact the champion had a little over 30%.  When the whole
-- account slowed, the champion's absence proves nothing; nor when a
-- newcomer in contact at least half as often took over (a successor, or
-- the same person under a name written anew).
SELECT account, round(p.share::numeric, 2) AS share, round(p.usual_gap::numeric, 1) AS usual_gap,
       p.days_quiet, contact_days(s, '2026-07-15', p.days_quiet) AS days_with_contacts_since,
       pg_temp.both('champion_quiet', account) AS champion_quiet,
       pg_temp.both('champion_quiet', account, '2026-03-01') AS fifty_days_on,
       pg_temp.both('champion_quiet', account, thresholds => '{"champion_share": 0.30}') AS share_0_30,
       pg_temp.both('champion_quiet', account, thresholds => '{"champion_share": 0.31}') AS share_0_31,
       pg_temp.both('champion_quiet', account, thresholds => '{"silent_gaps": 20}') AS gaps_20,
       pg_temp.both('champion_quiet', account, thresholds => '{"silent_gaps": 21}') AS gaps_21
FROM summaries, people(s, '2026-07-15') p
WHERE account IN ('champion', 'slowed', 'handed over', 'renamed') AND p.key = person_key('champ')
ORDER BY account;
SELECT f AS flag, r -> 'reasons' ->> f AS reason
FROM summaries, LATERAL (SELECT health_report(s, '2026-07-15', dashboard => 90, target_stage => 'interdependent') AS r) x,
     jsonb_array_elements_text(r -> 'flags') f
WHERE account = 'champion';

--------------------------------------------------------------- sponsor_quiet
-- The customer's executive who held the reviews (two contacts at least),
-- quiet longer than their usual gap and a quarter (and 90 days): a review
-- missed by a whole cycle.  Strategic accounts only; it says more than
-- exec_lapsed, which it replaces.  Not when another of the customer's
-- executives holds the reviews since.
SELECT account, p.level, p.contacts, round(p.usual_gap::numeric, 1) AS usual_gap, p.days_quiet,
       pg_temp.both('sponsor_quiet', account) AS sponsor_quiet,
       pg_temp.both('sponsor_quiet', account, '2026-02-15') AS in_february,
       pg_temp.both('exec_lapsed', account) AS exec_lapsed
FROM summaries, people(s, '2026-07-15') p
WHERE account IN ('sponsor', 'sponsor kept', 'new sponsor') AND p.key = person_key('cfo')
ORDER BY account;

SELECT health_report(s, '2026-07-15', dashboard => 90, target_stage => 'interdependent') #>> '{reasons,sponsor_quiet}' AS reason
FROM summaries WHERE account = 'sponsor';

------------------------------------------------------------------ who_to_call
-- The customer people whose silence matters most: the sponsor and the
-- champion gone quiet first (their flags), then the people overdue by their
-- own rhythm (three contacts at least, one in ten of the customer's while in
-- contact, quiet more than two usual gaps and 30 days, not a year, nobody
-- having taken over), by share while in contact.
SELECT account, w.rank, w.key = person_key('champ') AS champ, w.key = person_key('cfo') AS cfo, w.level,
       w.contacts, round(w.share::numeric, 2) AS share, round(w.usual_gap::numeric, 1) AS usual_gap, w.days_quiet, w.flag
FROM summaries, who_to_call(s, '2026-07-15') w
WHERE account IN ('champion', 'handed over', 'sponsor', 'weekly', 'one buyer 75') ORDER BY account, w.rank;
-- Transactional: no people flags, the overdue still listed; without a
-- summary, nothing (without as_of, an error: above).
SELECT account, w.rank, w.flag, w.days_quiet
FROM summaries, who_to_call(s, '2026-07-15', 'dependent') w WHERE account = 'champion' ORDER BY w.rank;
SELECT (SELECT count(*) FROM who_to_call(NULL, '2026-07-15')) AS without_summary,
       (SELECT count(*) FROM who_to_call(NULL, NULL)) AS without_either;
SELECT reason FROM summaries, who_to_call(s, '2026-07-15') w WHERE account = 'weekly' AND w.rank = 1;

------------------------------------------------------- one_way, recent quarters
-- The lifetime share goes one way only after the good years are outweighed;
-- the last two quarters' share shows at once.
SELECT round(reciprocity(s)::numeric, 2) AS lifetime_reciprocity,
       pg_temp.both('one_way', 'one way lately') AS one_way,
       pg_temp.both('one_way', 'one way lately', '2025-12-31') AS before_it_turned
FROM summaries WHERE account = 'one way lately';

------------------------------------------------------------------- onboarding
-- Younger than two quarters (182 days): no rule reads a lifetime share yet
-- (bow_tie, single_threaded, one_way, past_focused, no_exec_sponsor); with
-- onboarding_days 0 they do.
SELECT account, risk_flags(s, '2026-07-15', dashboard => 90, target_stage => 'interdependent') AS onboarding,
       risk_flags(s, '2026-07-15', dashboard => 90, target_stage => 'interdependent',
                  thresholds => '{"onboarding_days": 0}') AS judged_as_established
FROM summaries WHERE account = 'seasonal' OR account = 'new account' ORDER BY account;

--------------------------------------------------------------------- seasons
-- With two years of history, an account is compared with the same season a
-- year earlier: 'seasonal' is quiet every summer, so its June silence and
-- its fewer contacts are its season, not news; the same summer's silence
-- past its usual end is news.  Strategic accounts silent past a quarter are
-- serious whatever the season.
SELECT as_of, target, risk_flags(s, as_of, dashboard => 90, target_stage => target) AS flags
FROM summaries,
     (VALUES ('2026-07-15'::timestamptz, 'dependent'::rel_stage), ('2026-09-15', 'dependent'),
             ('2026-08-15', 'interdependent'), ('2026-09-15', 'interdependent')) v(as_of, target)
WHERE account = 'seasonal' ORDER BY as_of, target;

--------------------------------------------------------------------- no_goals
-- A strategic account without a dashboard score: relationships gone sour
-- mostly never defined their goals (seed 002).  Not for a transactional
-- account, not with a score, not with goals_required 0 (goals kept
-- elsewhere; the trigger judges so a table without a dashboard column).
SELECT risk_flags(NULL, NULL) AS no_dashboard, risk_flags(NULL, NULL, target_stage => 'dependent') AS transactional,
       risk_flags(NULL, NULL, dashboard => 90) AS with_dashboard,
       risk_flags(NULL, NULL, thresholds => '{"goals_required": 0}') AS kept_elsewhere,
       health_report(NULL, NULL) #>> '{reasons,no_goals}' AS reason;

-------------------------------------------- excessive_trust and below_target
-- excessive_trust: trust above 75 while the dashboard is at most 50 (it says
-- the dashboard is red, so below_target is not repeated); below_target: the
-- dashboard at most 75.
SELECT trust, dashboard, risk_flags(NULL, NULL, trust, dashboard) AS flags
FROM (VALUES (75, 50), (75.001, 50), (100, 50), (100, 50.001), (100, 0),
             (40, 75), (40, 75.001), (NULL, 10), (90, NULL)) v(trust, dashboard)
ORDER BY trust NULLS FIRST, dashboard NULLS FIRST;

------------------------------------------------------------------- misaligned
-- The two views two or more stages apart, either way.
SELECT vendor_view, customer_view, expectation_gap(vendor_view, customer_view) AS gap,
       risk_flags(NULL, NULL, dashboard => 90, vendor_view => vendor_view, customer_view => customer_view) AS flags
FROM (VALUES ('interdependent'::rel_stage, 'dependent'::rel_stage),
             ('interdependent', 'independent'), ('independent', 'interdependent'),
             ('deep_interdependent', 'independent'), ('dependent', 'dependent'),
             ('deep_interdependent', NULL), (NULL, 'independent')) v(vendor_view, customer_view)
ORDER BY 1 NULLS FIRST, 2 NULLS FIRST;

------------------------------------------ the relationship judged against
-- The target stage if given, else the deeper of the two views; interdependent
-- or deeper is strategic, and so is an account nothing says anything about.
SELECT target, vendor_view, customer_view,
       r ->> 'expected_stage' AS expected_stage, r ->> 'judged_as' AS judged_as, r -> 'flags' AS flags
FROM summaries,
     (VALUES (NULL::rel_stage, NULL::rel_stage, NULL::rel_stage), (NULL, 'dependent', 'independent'),
             (NULL, 'dependent', 'interdependent'), ('dependent', 'deep_interdependent', 'interdependent'),
             ('deep_dependent', 'independent', 'independent')) v(target, vendor_view, customer_view),
     LATERAL (SELECT health_report(s, '2026-07-15', dashboard => 90, vendor_view => vendor_view,
                                   customer_view => customer_view, target_stage => target) AS r) x
WHERE account = 'bow tie';

------------------------------------------------------------ bands and health
-- The flags decide the band: red for a serious flag (silent past a quarter
-- for a strategic account, past half a year for any) or three flags at once,
-- yellow for any other flag, green for none; the components' weighted mean
-- places the account within its band (red 0..50, yellow 50..75, green 75..100).
SELECT account, as_of, target, r -> 'flags' AS flags, r ->> 'band' AS band, round((r ->> 'health')::numeric, 1) AS health
FROM summaries,
     (VALUES ('diamond', '2026-07-15'::timestamptz, 'interdependent'::rel_stage),
             ('weekly', '2026-07-15', 'interdependent'), ('weekly', '2026-09-01', 'interdependent'),
             ('weekly', '2026-09-01', 'dependent'), ('weekly', '2026-12-01', 'dependent'),
             ('bow tie', '2026-07-15', 'interdependent'), ('bow tie', '2026-07-15', 'dependent'),
             ('souring', '2026-07-15', 'dependent')) v(name, as_of, target),
     LATERAL (SELECT health_report(s, as_of, dashboard => 90, target_stage => target) AS r) x
WHERE account = name ORDER BY health DESC;
-- An account with no contact on record and high trust is red, not green.
SELECT r ->> 'band' AS band, round((r ->> 'health')::numeric, 1) AS health, r -> 'reasons' AS reasons
FROM (SELECT health_report(NULL, '2026-07-15', 80, 90) AS r) x;
-- Band limits and the count of flags that makes red are thresholds too (the
-- bow-tie has two flags).
SELECT thresholds, r ->> 'band' AS band, round((r ->> 'health')::numeric, 1) AS health
FROM summaries, LATERAL (VALUES (NULL::jsonb), ('{"red_warnings": 2}'), ('{"red": 30, "yellow": 60}')) t(thresholds),
     LATERAL (SELECT health_report(s, '2026-07-15', dashboard => 90, target_stage => 'interdependent',
                                   thresholds => thresholds) AS r) x
WHERE account = 'bow tie';
-- The health is the band's floor plus its width times the weighted mean of
-- the known components; effective weights sum to 1 and dropped components
-- weigh nothing.
SELECT account,
       abs((r ->> 'health')::float8 - (lo + (hi - lo) / 100.0 *
           (SELECT sum((c.value ->> 'score')::float8 * (c.value ->> 'effective_weight')::float8)
            FROM jsonb_each(r -> 'components') c WHERE c.value ->> 'score' IS NOT NULL))) < 1e-9 AS health_in_band,
       abs((SELECT sum((c.value ->> 'effective_weight')::float8) FROM jsonb_each(r -> 'components') c) - 1) < 1e-12
           AS weights_sum_to_1,
       (SELECT string_agg(c.key, ',' ORDER BY c.key) FROM jsonb_each(r -> 'components') c
        WHERE c.value ->> 'score' IS NULL AND (c.value ->> 'effective_weight')::float8 = 0) AS dropped_out
FROM summaries, LATERAL (SELECT health_report(s, '2026-07-15', 75, 90, 'dependent', 'dependent') AS r) x,
     LATERAL (SELECT CASE r ->> 'band' WHEN 'red' THEN 0 WHEN 'yellow' THEN 50 ELSE 75 END AS lo,
                     CASE r ->> 'band' WHEN 'red' THEN 50 WHEN 'yellow' THEN 75 ELSE 100 END AS hi) b
WHERE account IN ('diamond', 'weekly', 'anonymous', 'focus 1 of 10')
ORDER BY account;

-- The components of one account, one by one.  Recency is 100 on the day of
-- the last contact, 50 when it turns silent, a third at twice that; trust is
-- scored against what the relationship needs (40 for interdependent).
SELECT key AS component, round((value ->> 'score')::numeric, 2) AS score, value ->> 'weight' AS weight
FROM summaries, jsonb_each(health_report(s, '2026-06-18 12:00', 30, 70, 'interdependent', 'dependent') -> 'components')
WHERE account = 'weekly' ORDER BY key;
SELECT (health_report(s, '2026-07-06') #>> '{components,recency,score}')::float8 AS recency_when_silent,
       (health_report(s, '2026-08-10') #>> '{components,recency,score}')::float8 AS recency_at_twice,
       (health_report(s, '2026-05-01') #>> '{components,recency,score}')::float8 AS recency_before_last
FROM summaries WHERE account = 'weekly';

-- Missing inputs drop out and the others are renormalised, never counted as 0
-- (without a dashboard an account of unknown stage, judged strategic, has
-- no_goals: trust alone is placed in the yellow band).
SELECT relationship_health(NULL, NULL, 30) AS trust_only,
       relationship_health(NULL, NULL, 30, 40) AS trust_and_dashboard,
       relationship_health(NULL, NULL, 30, 80, weights => '{"trust": 0.45}') AS trust_weighted_3_to_1,
       relationship_health(NULL, NULL, 30, 80, weights => '{"dashboard": 0}') AS dashboard_off,
       relationship_health(NULL, NULL, 30, weights => '{"trust": 0}') AS nothing_weighted,
       relationship_health(NULL, NULL) AS nothing_known;

-- The full report, with a reason in plain words for each flag.
SELECT jsonb_pretty(health_report(s, '2026-10-01', 85, 45, 'deep_interdependent', 'dependent'))
FROM summaries WHERE account = 'sponsor left';
SELECT account, f AS flag, r -> 'reasons' ->> f AS reason
FROM summaries, LATERAL (SELECT health_report(s, '2026-07-15 12:00', dashboard => 90,
                                             target_stage => 'deep_interdependent') AS r) x,
     jsonb_array_elements_text(r -> 'flags') f
WHERE account IN ('slowing', 'souring', 'vendor pushes', 'one buyer 75', 'focus 1 of 10', 'mixed more', 'thin sponsor',
                  'bow tie', 'monthly')
ORDER BY account, f;

---------------------------------------------------------------- bad arguments
SELECT pg_temp.error_detail_of(format('SELECT relationship_health(NULL, NULL, 50, weights => %L)', w)) AS error
FROM (VALUES ('[1, 2]'), ('"trust"'), ('3'), ('null'), ('{"trusty": 1}'), ('{"trust": "high"}'),
             ('{"trust": null}'), ('{"trust": {"weight": 1}}'), ('{"trust": -0.1}'),
             ('{"trust": 1e400}')) v(w);
SELECT pg_temp.error_detail_of(format('SELECT risk_flags(NULL, NULL, thresholds => %L)', t)) AS error
FROM (VALUES ('[]'), ('{"silent": 90}'), ('{"silent_days": 0}'), ('{"silent_days": "NaN"}'),
             ('{"cooling_ratio": 1.5}'), ('{"red_warnings": 2.5}'), ('{"red": 80, "yellow": 60}'),
             ('{"silent_min_days": 200}'), ('{"min_contacts": 1e400}')) v(t);
SELECT pg_temp.error_detail_of(statement) AS error
FROM (VALUES ('SELECT risk_flags(NULL, NULL, 100.5)'),
             ('SELECT risk_flags(NULL, NULL, -1)'),
             ('SELECT risk_flags(NULL, NULL, NULL, ''NaN'')'),
             ('SELECT relationship_health(NULL, NULL, NULL, 101)'),
             ('SELECT health_report(NULL, ''infinity'')'),
             ('SELECT risk_flags(NULL, ''-infinity'')')) v(statement);
-- A NULL weights or thresholds argument is the defaults; an empty object is too.
SELECT relationship_health(NULL, NULL, 80, 40, weights => NULL) = relationship_health(NULL, NULL, 80, 40, weights => '{}') AS same_weights,
       relationship_health(NULL, '2026-07-15', 80, 40, thresholds => NULL)
           = relationship_health(NULL, '2026-07-15', 80, 40, thresholds => '{}') AS same_thresholds;

DROP TABLE contacts, summaries;
