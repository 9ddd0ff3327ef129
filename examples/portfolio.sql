-- The example data set: a key-account portfolio, generated deterministically.
--
--   psql -v scale=3000 -v as_of=2026-10-01 -f examples/portfolio.sql
--
-- scale: accounts (default 3000, about 1M contacts); as_of: the data set's
-- "today" (default 2026-10-01): contacts cover the two years before it.
-- Every random choice is a hash of (account, contact, purpose) with a fixed
-- seed, so the same scale and as_of give the same data on any machine and
-- any PostgreSQL version, serial or parallel.
--
-- Tables: dataset (its date and size), accounts, contacts (one row per
-- meeting, call, email, visit...), goals (the dashboard: quality, on-time
-- delivery, support level, strategic), trust_evidence.  The first six
-- accounts are the stories of the literature:
--   1 Northwind Foods       a bow-tie: one salesperson, one buyer
--   2 Globex Manufacturing  seven account managers from different divisions,
--                           each with an approach of their own, one buyer
--   3 Initech Retail        a co-developed joint business plan, a partnership
--   4 Umbrella Logistics    the vendor expects a partnership, the customer
--                           buys transactionally
--   5 Soylent Beverages     gone silent
--   6 Stark Components      excessive trust: trust high, goals missed
-- The others are drawn from six archetypes: partnership, steady, bow_tie,
-- transactional, drifting (sentiment turning bad), silent.
\set ON_ERROR_STOP 1
\if :{?scale}
\else
\set scale 3000
\endif
\if :{?as_of}
\else
\set as_of 2026-10-01
\endif
SET client_min_messages = warning;
SET TimeZone = 'UTC';

-- A number in [0, 1) from a key and a purpose: the generator's only randomness.
CREATE OR REPLACE FUNCTION pg_temp.rnd(key bigint, purpose int) RETURNS float8
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT (hashint8extended(key * 64 + purpose, 20261001) & 2147483647)::float8 / 2147483648 $$;

-- One of the elements of a list, picked by a number in [0, 1).
CREATE OR REPLACE FUNCTION pg_temp.pick(choices text[], r float8) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT choices[1 + floor(r * cardinality(choices))::int] $$;

CREATE OR REPLACE FUNCTION pg_temp.person(key bigint) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
SELECT pg_temp.pick('{Ada,Ben,Chloe,Dev,Elena,Farid,Grace,Hugo,Ines,Jonas,Kofi,Lena,Marco,Nadia,Oscar,Priya,Quinn,Rosa,Sven,Tara,Umar,Vera,Wei,Ximena,Yusuf,Zoe,Aiko,Bruno,Carmen,Dmitri}'::text[], pg_temp.rnd(key, 1))
       || ' ' ||
       pg_temp.pick('{Abbott,Berg,Costa,Dubois,Eriksen,Fischer,Garcia,Hughes,Ivanova,Jansen,Kowalski,Larsen,Moreau,Novak,Okafor,Petrov,Quist,Rossi,Schmidt,Tanaka,Urban,Varga,Weber,Xu,Young,Zimmer}'::text[], pg_temp.rnd(key, 2))
$$;

DROP TABLE IF EXISTS dataset, accounts, contacts, goals, trust_evidence, account_plan;

CREATE TABLE dataset (as_of timestamptz NOT NULL, accounts int NOT NULL);
INSERT INTO dataset VALUES (:'as_of', :scale);
COMMENT ON TABLE dataset IS 'The example data set''s date (its "today") and size';

-- How each account behaves: the generator's plan (not an input of the models).
CREATE TEMP TABLE account_plan AS
SELECT id AS account_id,
       CASE WHEN id <= 6 THEN (ARRAY['bow_tie', 'seven_managers', 'partnership', 'misaligned', 'silent', 'excessive_trust'])[id]
            WHEN r < 0.15 THEN 'partnership'
            WHEN r < 0.50 THEN 'steady'
            WHEN r < 0.65 THEN 'bow_tie'
            WHEN r < 0.80 THEN 'transactional'
            WHEN r < 0.92 THEN 'drifting'
            ELSE 'silent' END AS archetype
FROM generate_series(1, :scale) id, LATERAL (SELECT pg_temp.rnd(id, 3) AS r) x;

ALTER TABLE account_plan
    ADD n_vendor int, ADD n_customer int, ADD n_contacts int, ADD silent_days int,
    ADD exec_rate float8, ADD future_rate float8, ADD initiated_rate float8,
    ADD sentiment_start float8, ADD sentiment_end float8, ADD personal_rate float8;
UPDATE account_plan p SET
    n_vendor = CASE archetype WHEN 'partnership' THEN 6 + (r1 * 7)::int WHEN 'steady' THEN 3 + (r1 * 4)::int
                              WHEN 'transactional' THEN 2 + (r1 * 2)::int WHEN 'drifting' THEN 2 + (r1 * 4)::int
                              WHEN 'silent' THEN 2 + (r1 * 3)::int WHEN 'seven_managers' THEN 7
                              WHEN 'misaligned' THEN 3 WHEN 'excessive_trust' THEN 4 ELSE 1 END,
    n_customer = CASE archetype WHEN 'partnership' THEN 8 + (r2 * 8)::int WHEN 'steady' THEN 3 + (r2 * 5)::int
                                WHEN 'transactional' THEN 1 + (r2 * 3)::int WHEN 'drifting' THEN 2 + (r2 * 5)::int
                                WHEN 'silent' THEN 2 + (r2 * 3)::int WHEN 'seven_managers' THEN 1
                                WHEN 'misaligned' THEN 2 WHEN 'excessive_trust' THEN 5 ELSE 1 END,
    n_contacts = CASE archetype WHEN 'partnership' THEN 500 + (r3 * 400)::int WHEN 'steady' THEN 250 + (r3 * 260)::int
                                WHEN 'transactional' THEN 120 + (r3 * 160)::int WHEN 'drifting' THEN 200 + (r3 * 200)::int
                                WHEN 'silent' THEN 150 + (r3 * 100)::int WHEN 'seven_managers' THEN 420
                                WHEN 'misaligned' THEN 300 WHEN 'excessive_trust' THEN 380
                                ELSE 100 + (r3 * 100)::int END,
    silent_days = CASE WHEN archetype = 'silent' THEN 100 + (r4 * 150)::int ELSE (r4 * 12)::int END,
    exec_rate = CASE archetype WHEN 'partnership' THEN 0.06 WHEN 'steady' THEN 0.04 WHEN 'drifting' THEN 0.015
                               WHEN 'silent' THEN 0.02 WHEN 'excessive_trust' THEN 0.05 ELSE 0 END,
    future_rate = CASE archetype WHEN 'partnership' THEN 0.75 WHEN 'steady' THEN 0.6 WHEN 'drifting' THEN 0.35
                                 WHEN 'transactional' THEN 0.3 WHEN 'seven_managers' THEN 0.45
                                 WHEN 'bow_tie' THEN 0.4 WHEN 'misaligned' THEN 0.5 ELSE 0.55 END,
    initiated_rate = CASE archetype WHEN 'transactional' THEN 0.7 WHEN 'misaligned' THEN 0.75
                                    WHEN 'seven_managers' THEN 0.05 WHEN 'bow_tie' THEN 0.3 ELSE 0.45 END,
    sentiment_start = CASE archetype WHEN 'partnership' THEN 0.5 WHEN 'drifting' THEN 0.3 WHEN 'seven_managers' THEN 0.1
                                     WHEN 'excessive_trust' THEN 0.5 WHEN 'transactional' THEN 0.1 ELSE 0.25 END,
    sentiment_end = CASE archetype WHEN 'partnership' THEN 0.5 WHEN 'drifting' THEN -0.6 WHEN 'seven_managers' THEN -0.5
                                   WHEN 'excessive_trust' THEN 0.3 WHEN 'transactional' THEN 0.05 ELSE 0.2 END,
    personal_rate = CASE archetype WHEN 'partnership' THEN 0.6 WHEN 'transactional' THEN 0.15
                                   WHEN 'misaligned' THEN 0.2 WHEN 'bow_tie' THEN 0.45 ELSE 0.45 END
FROM (SELECT account_id, pg_temp.rnd(account_id, 4) r1, pg_temp.rnd(account_id, 5) r2,
             pg_temp.rnd(account_id, 6) r3, pg_temp.rnd(account_id, 7) r4 FROM account_plan) r
WHERE r.account_id = p.account_id;

CREATE TABLE accounts (
    account_id          int PRIMARY KEY,
    name                text NOT NULL UNIQUE,
    industry            text NOT NULL,
    region              text NOT NULL,
    archetype           text NOT NULL,
    annual_revenue      numeric(14, 2) NOT NULL,
    vendor_dependence   float8 NOT NULL,
    customer_dependence float8 NOT NULL,
    jbp                 jbp_mode NOT NULL,
    indicators          int NOT NULL,
    customer_view       rel_stage
);
COMMENT ON TABLE accounts IS 'Key accounts: revenue, reliance both ways, the joint business plan, signs of deep inter-dependence, and the customer''s own view of the stage (from a survey)';
COMMENT ON COLUMN accounts.archetype IS 'How the generator shaped the account; not an input of any model';

INSERT INTO accounts
SELECT p.account_id,
       CASE p.account_id WHEN 1 THEN 'Northwind Foods' WHEN 2 THEN 'Globex Manufacturing'
            WHEN 3 THEN 'Initech Retail' WHEN 4 THEN 'Umbrella Logistics'
            WHEN 5 THEN 'Soylent Beverages' WHEN 6 THEN 'Stark Components'
            ELSE pg_temp.pick('{Apex,Blue,Cedar,Delta,Ember,Fjord,Granite,Harbor,Iris,Juniper,Keystone,Lumen,Meridian,Nimbus,Orchid,Pioneer,Quartz,Redwood,Summit,Tidal,Unity,Vertex,Willow,Xenon,Yarrow,Zenith}'::text[], pg_temp.rnd(p.account_id, 8))
                 || ' ' || pg_temp.pick('{Foods,Retail,Pharma,Logistics,Components,Beverages,Chemicals,Textiles,Motors,Health,Energy,Systems,Packaging,Stores,Labs}'::text[], pg_temp.rnd(p.account_id, 9))
                 || ' ' || p.account_id END,
       pg_temp.pick('{Food & Beverage,Retail,Pharmaceuticals,Logistics,Automotive,Chemicals,Electronics,Consumer Goods}'::text[], pg_temp.rnd(p.account_id, 10)),
       pg_temp.pick('{DACH,Nordics,Benelux,UK & Ireland,Iberia,France,Italy,CEE}'::text[], pg_temp.rnd(p.account_id, 11)),
       p.archetype,
       round((50000 + 5000000 * pg_temp.rnd(p.account_id, 12) ^ 3)::numeric, 2),
       CASE p.archetype WHEN 'partnership' THEN 0.12 + 0.2 * pg_temp.rnd(p.account_id, 13)
                        WHEN 'misaligned' THEN 0.35 WHEN 'excessive_trust' THEN 0.2
                        WHEN 'transactional' THEN 0.01 + 0.05 * pg_temp.rnd(p.account_id, 13)
                        ELSE 0.02 + 0.15 * pg_temp.rnd(p.account_id, 13) END,
       CASE p.archetype WHEN 'partnership' THEN 0.3 + 0.4 * pg_temp.rnd(p.account_id, 14)
                        WHEN 'misaligned' THEN 0.6 WHEN 'excessive_trust' THEN 0.5
                        WHEN 'transactional' THEN 0.05 + 0.2 * pg_temp.rnd(p.account_id, 14)
                        ELSE 0.05 + 0.4 * pg_temp.rnd(p.account_id, 14) END,
       CASE WHEN p.archetype IN ('partnership', 'misaligned') AND (p.account_id IN (3, 4) OR pg_temp.rnd(p.account_id, 15) < 0.5)
                 THEN 'co_developed'
            WHEN p.archetype IN ('partnership', 'steady', 'excessive_trust') AND pg_temp.rnd(p.account_id, 15) < 0.8
                 THEN 'customer_led'
            ELSE 'none' END::jbp_mode,
       CASE p.archetype WHEN 'partnership' THEN 4 + (3 * pg_temp.rnd(p.account_id, 16))::int
                        WHEN 'misaligned' THEN 5 WHEN 'excessive_trust' THEN 3
                        WHEN 'steady' THEN (3 * pg_temp.rnd(p.account_id, 16))::int ELSE 0 END,
       NULL
FROM account_plan p;
-- The customer's view: usually the stage the figures show, one stage lower
-- now and then, two stages lower for a few; the other stories see what the
-- figures show; the misaligned story and the transactional accounts buy
-- transactionally whatever the vendor sees.
UPDATE accounts SET customer_view =
    CASE WHEN archetype = 'misaligned' OR archetype = 'transactional' THEN 'independent'::rel_stage
         WHEN account_id <= 6 THEN classify_stage(vendor_dependence, customer_dependence, jbp, indicators)
         ELSE (greatest(1, least(5, classify_stage(vendor_dependence, customer_dependence, jbp, indicators)::int
                                    - CASE WHEN pg_temp.rnd(account_id, 17) < 0.2 THEN 1
                                           WHEN pg_temp.rnd(account_id, 17) > 0.96 THEN 2 ELSE 0 END)))::rel_stage END;

CREATE TABLE contacts (
    contact_id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id          int NOT NULL REFERENCES accounts,
    occurred_at         timestamptz NOT NULL,
    channel             contact_channel,
    vendor_person       text,
    vendor_level        org_level,
    customer_person     text,
    customer_level      org_level,
    customer_initiated  bool,
    future_focused      bool,
    sentiment           float8
);
COMMENT ON TABLE contacts IS 'One row per contact between vendor and customer: meetings, calls, emails, visits, tickets';

-- Each contact: when, by which channel, between whom, who started it, about
-- the future or the past, and how it went (not always recorded).
INSERT INTO contacts (account_id, occurred_at, channel, vendor_person, vendor_level,
                      customer_person, customer_level, customer_initiated, future_focused, sentiment)
SELECT p.account_id,
       date_trunc('day', d.as_of - make_interval(days => p.silent_days) - (730 - p.silent_days) * age * interval '1 day')
           + date_trunc('minute', interval '7 hours' + pg_temp.rnd(k, 20) * interval '11 hours'),
       CASE WHEN exec THEN pg_temp.pick('{face_to_face,video}'::text[], pg_temp.rnd(k, 21))
            WHEN pg_temp.rnd(k, 22) < p.personal_rate
                 THEN pg_temp.pick('{face_to_face,video,phone,phone}'::text[], pg_temp.rnd(k, 21))
            ELSE pg_temp.pick('{email,email,email,paper_mail,web,customer_service,customer_service,social_media}'::text[], pg_temp.rnd(k, 21))
       END::contact_channel,
       CASE WHEN exec THEN pg_temp.person(9000000 + p.account_id % 40)
            WHEN p.archetype = 'seven_managers'
                 THEN pg_temp.person(8000000 + vendor_k) || ' (' ||
                      (ARRAY['Packaging', 'Logistics', 'Chemicals', 'Services', 'Digital', 'Spare Parts', 'Finance'])[vendor_k] || ')'
            ELSE pg_temp.person(7000000 + (p.account_id * 7 + vendor_k * 13) % 400) END,
       CASE WHEN exec THEN 'executive'
            WHEN p.archetype IN ('bow_tie', 'transactional') THEN 'operational'
            WHEN vendor_k = 1 THEN 'management'
            ELSE (1 + vendor_k % 3)::org_level::text END::org_level,
       CASE WHEN exec THEN pg_temp.person(p.account_id * 100)
            ELSE pg_temp.person(p.account_id * 100 + customer_k) END,
       CASE WHEN exec THEN 'executive'
            WHEN p.archetype IN ('bow_tie', 'transactional', 'seven_managers') THEN 'operational'
            ELSE (1 + customer_k % 3)::org_level::text END::org_level,
       CASE WHEN pg_temp.rnd(k, 23) < 0.1 THEN NULL ELSE pg_temp.rnd(k, 24) < p.initiated_rate END,
       CASE WHEN pg_temp.rnd(k, 25) < 0.2 THEN NULL ELSE pg_temp.rnd(k, 26) < p.future_rate END,
       CASE WHEN pg_temp.rnd(k, 27) < 0.3 THEN NULL
            ELSE round(greatest(-1, least(1, p.sentiment_start + (p.sentiment_end - p.sentiment_start) * t
                                            + (pg_temp.rnd(k, 28) - 0.5) * 0.8))::numeric, 2) END
FROM account_plan p, dataset d, generate_series(1, p.n_contacts) c,
     LATERAL (SELECT p.account_id * 1000000::bigint + c AS k) key,
     LATERAL (SELECT 1 - pg_temp.rnd(k, 29) ^ 0.9 AS age) a,          -- 0 newest .. 1 oldest
     LATERAL (SELECT 1 - age AS t,                                     -- 0 oldest .. 1 newest
                     pg_temp.rnd(k, 30) < p.exec_rate AS exec,
                     1 + floor(pg_temp.rnd(k, 31) * p.n_vendor)::int AS vendor_k,
                     1 + floor(pg_temp.rnd(k, 32) * p.n_customer)::int AS customer_k) x;

-- The dashboard: four goals per account, weighted.
CREATE TABLE goals (
    account_id       int NOT NULL REFERENCES accounts,
    metric           text NOT NULL,
    actual           float8 NOT NULL,
    target           float8 NOT NULL,
    higher_is_better bool NOT NULL,
    weight           float8 NOT NULL,
    PRIMARY KEY (account_id, metric)
);
COMMENT ON TABLE goals IS 'The account dashboard: quality, on-time delivery, support level and a strategic goal, each with its target and weight';
INSERT INTO goals
SELECT p.account_id, m.metric,
       round((m.target * CASE WHEN m.higher_is_better THEN perf ELSE 1 / greatest(perf, 0.2) END)::numeric, 3),
       m.target, m.higher_is_better, m.weight
FROM account_plan p
CROSS JOIN (VALUES ('defects per 1000 units', 2.0, false, 2.0, 1), ('on-time delivery %', 95.0, true, 2.0, 2),
                   ('tickets solved in 24h %', 90.0, true, 1.0, 3), ('joint projects delivered', 4.0, true, 1.0, 4))
           AS m(metric, target, higher_is_better, weight, n)
CROSS JOIN LATERAL (SELECT CASE p.archetype
                          WHEN 'excessive_trust' THEN 0.35 + 0.2 * pg_temp.rnd(p.account_id * 8 + m.n, 40)
                          WHEN 'drifting' THEN 0.55 + 0.35 * pg_temp.rnd(p.account_id * 8 + m.n, 40)
                          WHEN 'partnership' THEN CASE WHEN pg_temp.rnd(p.account_id, 41) < 0.08  -- trusted, unchecked
                                                       THEN 0.35 + 0.2 * pg_temp.rnd(p.account_id * 8 + m.n, 40)
                                                       ELSE 0.85 + 0.25 * pg_temp.rnd(p.account_id * 8 + m.n, 40) END
                          ELSE 0.7 + 0.4 * pg_temp.rnd(p.account_id * 8 + m.n, 40) END AS perf) x;

-- Evidence for the three stages of trust, 0..1 (from the account team's review).
CREATE TABLE trust_evidence (
    account_id     int PRIMARY KEY REFERENCES accounts,
    calculus       float8 NOT NULL,
    knowledge      float8 NOT NULL,
    identification float8 NOT NULL
);
COMMENT ON TABLE trust_evidence IS 'Evidence 0..1 for calculus-, knowledge- and identification-based trust, per account';
INSERT INTO trust_evidence
SELECT account_id,
       round(least(1, base + 0.1)::numeric, 2), round(base::numeric, 2), round(greatest(0, base - 0.15)::numeric, 2)
FROM (SELECT account_id,
             CASE archetype WHEN 'excessive_trust' THEN 0.92 WHEN 'partnership' THEN 0.75 + 0.2 * pg_temp.rnd(account_id, 50)
                            WHEN 'transactional' THEN 0.2 + 0.3 * pg_temp.rnd(account_id, 50)
                            WHEN 'bow_tie' THEN 0.4 + 0.3 * pg_temp.rnd(account_id, 50)
                            WHEN 'steady' THEN 0.5 + 0.4 * pg_temp.rnd(account_id, 50)
                            ELSE 0.35 + 0.45 * pg_temp.rnd(account_id, 50) END AS base
      FROM account_plan) b;

CREATE INDEX ON contacts (account_id, occurred_at);
ANALYZE accounts, contacts, goals, trust_evidence;
