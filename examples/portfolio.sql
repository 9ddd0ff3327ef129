-- The example data set: a key-account portfolio, generated deterministically.
--
--   psql -v scale=3000 -v as_of=2026-10-01 -f examples/portfolio.sql
--
-- scale: key accounts (default 3000, about a million contacts); as_of: the
-- data set's "today" (default 2026-10-01): contacts cover the two years
-- before it; seed: another portfolio of the same kinds (default 20261001).
-- Every random choice is a hash of (account, contact, purpose) with the
-- seed, so the same scale, as_of and seed give the same data on any machine
-- and any PostgreSQL version, serial or parallel.
--
-- The vendor runs key-account management in 16 business units (8 regions,
-- 2 divisions).  Tables:
--   dataset         its date and size
--   archetypes      the stories planted in the data, each marked at risk or
--                   healthy: the truth the at-risk ranking is checked against
--   business_units  each unit's revenue (its key accounts and the rest)
--   accounts        revenue, reliance both ways (the vendor's share derived
--                   from the revenue), the joint business plan, the seven
--                   signs, the customer's own view of the stage
--   contacts        one row per meeting, call, email, visit, ticket
--   goals           the dashboard: quality, delivery, support, strategic
--   trust_evidence  evidence for the three stages of trust
--   stakeholders    the customer's sponsor, champion and decision maker
-- The first six accounts are the stories of the literature:
--   1 Northwind Foods       a bow-tie: one salesperson, one buyer
--   2 Globex Manufacturing  seven account managers from different divisions,
--                           each with an approach of their own, one buyer
--   3 Initech Retail        a co-developed joint business plan, a partnership
--   4 Umbrella Logistics    the vendor expects a partnership, the customer
--                           buys transactionally
--   5 Soylent Beverages     gone silent
--   6 Stark Components      excessive trust: trust high, goals missed
\set ON_ERROR_STOP 1
\if :{?scale}
\else
\set scale 3000
\endif
\if :{?as_of}
\else
\set as_of 2026-10-01
\endif
\if :{?seed}
\else
\set seed 20261001
\endif
SET client_min_messages = warning;
SET TimeZone = 'UTC';

-- A number in [0, 1) from a key and a purpose: the generator's only randomness.
SELECT format($f$
CREATE OR REPLACE FUNCTION pg_temp.rnd(key bigint, purpose int) RETURNS float8
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT (hashint8extended(key * 64 + purpose, %s) & 2147483647)::float8 / 2147483648 $$
$f$, :'seed'::bigint) \gexec

-- One of the elements of a list, picked by a number in [0, 1).
CREATE OR REPLACE FUNCTION pg_temp.pick(choices text[], r float8) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT choices[1 + floor(r * cardinality(choices))::int] $$;

-- A person's name, written as the CRM has it: 'Ada Abbott' (spelling 0),
-- 'A. Abbott' (1: typed in a hurry), 'Abbott, Ada' (2: after a CRM migration).
CREATE OR REPLACE FUNCTION pg_temp.person(key bigint, spelling int DEFAULT 0) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
SELECT CASE spelling WHEN 1 THEN left(first, 1) || '. ' || last WHEN 2 THEN last || ', ' || first
                     ELSE first || ' ' || last END
FROM (SELECT pg_temp.pick('{Ada,Ben,Chloe,Dev,Elena,Farid,Grace,Hugo,Ines,Jonas,Kofi,Lena,Marco,Nadia,Oscar,Priya,Quinn,Rosa,Sven,Tara,Umar,Vera,Wei,Ximena,Yusuf,Zoe,Aiko,Bruno,Carmen,Dmitri}'::text[], pg_temp.rnd(key, 1)),
             pg_temp.pick('{Abbott,Berg,Costa,Dubois,Eriksen,Fischer,Garcia,Hughes,Ivanova,Jansen,Kowalski,Larsen,Moreau,Novak,Okafor,Petrov,Quist,Rossi,Schmidt,Tanaka,Urban,Varga,Weber,Xu,Young,Zimmer}'::text[], pg_temp.rnd(key, 2))) n(first, last)
$$;

DROP TABLE IF EXISTS dataset, archetypes, business_units, accounts, contacts, goals, trust_evidence, stakeholders CASCADE;
DROP TABLE IF EXISTS pg_temp.account_plan;

CREATE TABLE dataset (as_of timestamptz NOT NULL, accounts int NOT NULL);
INSERT INTO dataset VALUES (:'as_of', :scale);
COMMENT ON TABLE dataset IS 'The example data set''s date (its "today") and size';

CREATE TABLE archetypes (
    archetype text PRIMARY KEY,
    position  int NOT NULL UNIQUE,
    at_risk   bool NOT NULL,
    intent    text NOT NULL CHECK (intent IN ('strategic', 'transactional')),
    share     numeric NOT NULL,
    story     text NOT NULL
);
COMMENT ON TABLE archetypes IS 'The stories planted in the example portfolio: whether each is truly at risk, the relationship it is meant to be, and its share of the accounts';
INSERT INTO archetypes VALUES
    ('partnership',      1, false, 'strategic',     0.08,  'a joint business plan, many people on both sides, executive reviews every quarter'),
    ('steady',           2, false, 'strategic',     0.15,  'interdependent: regular contact across levels, sponsors meet most quarters'),
    ('transactional',    3, false, 'transactional', 0.405, 'buys transactionally by intent: low-touch, few people, no plan'),
    ('went_silent',      4, true,  'strategic',     0.03,  'a key account whose contact stopped months ago'),
    ('cooling',          5, true,  'strategic',     0.03,  'contact fell to a fraction of its cadence over the last half-year, only operational people, sentiment turned'),
    ('souring',          6, true,  'strategic',     0.03,  'sentiment fell over the last two quarters while contact went on'),
    ('exec_lapsed',      7, true,  'strategic',     0.02,  'the executive sponsors stopped meeting about three quarters ago'),
    ('bow_tie',          8, true,  'strategic',     0.02,  'one salesperson and one buyer, in a relationship both sides call interdependent'),
    ('single_threaded',  9, true,  'strategic',     0.015, 'many vendor managers, each with an approach of their own, talking to one buyer'),
    ('one_way',         10, true,  'strategic',     0.015, 'the vendor starts nearly every contact; the customer does not call'),
    ('misaligned',      11, true,  'strategic',     0.015, 'the vendor expects a partnership, the customer buys transactionally'),
    ('excessive_trust', 12, true,  'strategic',     0.01,  'trust high, the goals missed, and no one checks'),
    ('below_target',    13, true,  'strategic',     0.015, 'the dashboard''s goals missed'),
    ('order_stop',      14, true,  'transactional', 0.015, 'a transactional customer who stopped ordering'),
    ('champion_lost',   15, true,  'strategic',     0.03,  'the customer''s champion, in a third or more of the contacts, stopped appearing three to eight months ago; nobody took over, the others carry on'),
    ('sponsor_left',    16, true,  'strategic',     0.02,  'a reorganisation four to nine months ago: the customer''s executive sponsor left, the reviews stopped, some of the team changed'),
    ('customer_withdrew', 17, true, 'strategic',    0.02,  'for four to ten months the customer has started and answered nothing; the vendor keeps emailing and calling'),
    ('seasonal',        18, false, 'strategic',     0.05,  'interdependent, with a quiet season of six to ten weeks every year'),
    ('onboarding',      19, false, 'strategic',     0.03,  'a new key account, two to six months old, still building its contacts');

CREATE TABLE business_units (
    unit     text PRIMARY KEY,
    region   text NOT NULL,
    division text NOT NULL,
    revenue  numeric(16, 2) NOT NULL
);
COMMENT ON TABLE business_units IS 'The vendor''s business units, each with its own key-account team: revenue from its key accounts and from all other customers';
INSERT INTO business_units
SELECT r.region || ' ' || d.division, r.region, d.division, (200000000 + 200000000 * pg_temp.rnd(r.n * 2 + d.n, 60))::numeric(16, 2)
FROM unnest('{DACH,Nordics,Benelux,UK & Ireland,Iberia,France,Italy,CEE}'::text[]) WITH ORDINALITY r(region, n),
     unnest('{Industrial,Consumer}'::text[]) WITH ORDINALITY d(division, n);

-- How each account behaves: the generator's plan, from its archetype.
CREATE TEMP TABLE account_plan AS
SELECT id AS account_id, a.archetype, a.intent = 'strategic' AS strategic,
       (SELECT unit FROM business_units ORDER BY unit OFFSET (id - 1) % 16 LIMIT 1) AS unit
FROM generate_series(1, :scale) id
CROSS JOIN LATERAL (
    SELECT archetype, intent FROM archetypes
    WHERE CASE WHEN id <= 6 THEN archetype = (ARRAY['bow_tie', 'single_threaded', 'partnership', 'misaligned', 'went_silent', 'excessive_trust'])[id]
               ELSE (SELECT sum(share) FROM archetypes b WHERE b.position <= archetypes.position) > pg_temp.rnd(id, 3) END
    ORDER BY position LIMIT 1) a;

ALTER TABLE account_plan
    ADD p0 float8, ADD multi float8, ADD n_vendor int, ADD n_customer int, ADD personal float8,
    ADD initiated float8, ADD future float8, ADD sentiment float8, ADD sentiment_end float8,
    ADD stop_days int, ADD exec_review float8, ADD exec_stop_days int, ADD performance float8,
    ADD champion_gone int, ADD withdrawn_days int, ADD reorg_days int, ADD age_days int,
    ADD season_start int, ADD season_days int;
UPDATE account_plan SET
    -- chance of a contact on an ordinary weekday, and of a second and third that day
    p0 = CASE archetype WHEN 'partnership' THEN 0.65 WHEN 'transactional' THEN 0.12 + 0.12 * r1
                        WHEN 'onboarding' THEN 0.2 + 0.2 * r1
                        WHEN 'order_stop' THEN 0.12 + 0.12 * r1 WHEN 'bow_tie' THEN 0.3
                        ELSE 0.3 + 0.2 * r1 END,
    multi = CASE archetype WHEN 'partnership' THEN 0.8 WHEN 'transactional' THEN 0.15 WHEN 'order_stop' THEN 0.15
                           WHEN 'bow_tie' THEN 0.2 ELSE 0.5 END,
    n_vendor = CASE archetype WHEN 'partnership' THEN 6 + (6 * r2)::int WHEN 'transactional' THEN 1 + (2 * r2)::int
                              WHEN 'order_stop' THEN 1 + (2 * r2)::int WHEN 'bow_tie' THEN 1
                              WHEN 'single_threaded' THEN 7 WHEN 'onboarding' THEN 2 + (r2 > 0.5)::int
                              ELSE 3 + (3 * r2)::int END,
    n_customer = CASE archetype WHEN 'partnership' THEN 8 + (8 * r3)::int WHEN 'transactional' THEN 1 + (2 * r3)::int
                                WHEN 'order_stop' THEN 1 + (2 * r3)::int WHEN 'bow_tie' THEN 1
                                WHEN 'single_threaded' THEN 1 WHEN 'onboarding' THEN 2 + (2 * r3)::int
                                ELSE 3 + (4 * r3)::int END,
    personal = CASE archetype WHEN 'partnership' THEN 0.55 WHEN 'transactional' THEN 0.15 WHEN 'order_stop' THEN 0.15
                              WHEN 'misaligned' THEN 0.25 ELSE 0.45 END,
    initiated = CASE archetype WHEN 'transactional' THEN 0.7 WHEN 'order_stop' THEN 0.7 WHEN 'one_way' THEN 0.06
                               WHEN 'misaligned' THEN 0.3 WHEN 'single_threaded' THEN 0.35 ELSE 0.45 + 0.1 * r4 END,
    future = CASE archetype WHEN 'partnership' THEN 0.7 WHEN 'transactional' THEN 0.3 WHEN 'order_stop' THEN 0.3
                            WHEN 'bow_tie' THEN 0.35 WHEN 'misaligned' THEN 0.4 ELSE 0.6 END,
    sentiment = CASE archetype WHEN 'partnership' THEN 0.45 WHEN 'transactional' THEN 0.15 WHEN 'order_stop' THEN 0.1
                               WHEN 'excessive_trust' THEN 0.5 WHEN 'single_threaded' THEN 0.2 ELSE 0.35 END,
    sentiment_end = CASE archetype WHEN 'souring' THEN -0.45 WHEN 'cooling' THEN -0.35 WHEN 'single_threaded' THEN -0.15 END,
    stop_days = CASE archetype WHEN 'went_silent' THEN 100 + (150 * r5)::int WHEN 'order_stop' THEN 60 + (90 * r5)::int ELSE 0 END,
    exec_review = CASE WHEN archetype = 'partnership' THEN 0.95 WHEN archetype IN ('steady', 'exec_lapsed', 'sponsor_left') THEN 0.85
                       WHEN archetype IN ('bow_tie', 'misaligned', 'transactional', 'order_stop') THEN 0 ELSE 0.8 END,
    exec_stop_days = CASE archetype WHEN 'exec_lapsed' THEN 200 + (90 * r5)::int WHEN 'cooling' THEN 180
                                    WHEN 'sponsor_left' THEN 120 + (150 * r5)::int
                                    WHEN 'customer_withdrew' THEN CASE WHEN r6 < 0.5 THEN 120 + (180 * r5)::int ELSE 0 END
                                    ELSE 0 END,
    performance = CASE archetype WHEN 'below_target' THEN -0.4 WHEN 'excessive_trust' THEN -0.5 ELSE 0.7 END,
    -- the days before as_of since the champion's last contact, the customer's
    -- withdrawal, the reorganisation; the account's age; its quiet season
    champion_gone = CASE archetype WHEN 'champion_lost' THEN 90 + (150 * r5)::int ELSE 0 END,
    withdrawn_days = CASE archetype WHEN 'customer_withdrew' THEN 120 + (180 * r5)::int ELSE 0 END,
    reorg_days = CASE archetype WHEN 'sponsor_left' THEN 120 + (150 * r5)::int ELSE 0 END,
    age_days = CASE archetype WHEN 'onboarding' THEN 60 + (120 * r5)::int ELSE 730 END,
    season_start = CASE archetype WHEN 'seasonal' THEN 150 + (120 * r6)::int ELSE 0 END,
    season_days = CASE archetype WHEN 'seasonal' THEN 42 + (28 * r7)::int ELSE 0 END
FROM (SELECT account_id AS id, pg_temp.rnd(account_id, 4) r1, pg_temp.rnd(account_id, 5) r2, pg_temp.rnd(account_id, 6) r3,
             pg_temp.rnd(account_id, 7) r4, pg_temp.rnd(account_id, 8) r5, pg_temp.rnd(account_id, 73) r6,
             pg_temp.rnd(account_id, 74) r7 FROM account_plan) r
WHERE r.id = account_id;

-- The mess of real records, in accounts of every story: a rep's weeks away
-- with little logged (three accounts in ten), a CRM migration that wrote
-- every name anew from some day on (one in twelve), and a customer person
-- who moved on with a successor taking over (one in four; not in the
-- stories of a champion lost).
ALTER TABLE account_plan ADD gap_start int, ADD gap_days int, ADD migrated_days int,
    ADD moved_on int, ADD moved_on_days int;
UPDATE account_plan SET
    gap_start = 1 + (700 * pg_temp.rnd(account_id, 75))::int,
    gap_days = CASE WHEN pg_temp.rnd(account_id, 76) < 0.3 THEN 7 + (21 * pg_temp.rnd(account_id, 77))::int ELSE 0 END,
    migrated_days = CASE WHEN pg_temp.rnd(account_id, 78) < 0.08 THEN 30 + (500 * pg_temp.rnd(account_id, 79))::int ELSE 0 END,
    moved_on = CASE WHEN archetype <> 'champion_lost' AND pg_temp.rnd(account_id, 80) < 0.25
                    THEN 1 + floor(n_customer * pg_temp.rnd(account_id, 81))::int END,
    moved_on_days = 30 + (600 * pg_temp.rnd(account_id, 82))::int;

CREATE TABLE accounts (
    account_id          int PRIMARY KEY,
    name                text NOT NULL UNIQUE,
    industry            text NOT NULL,
    unit                text NOT NULL REFERENCES business_units,
    archetype           text NOT NULL REFERENCES archetypes,
    annual_revenue      numeric(14, 2) NOT NULL,
    vendor_dependence   float8 NOT NULL,
    customer_dependence float8 NOT NULL,
    jbp                 jbp_mode NOT NULL,
    indicators          int NOT NULL,
    customer_view       rel_stage
);
COMMENT ON TABLE accounts IS 'Key accounts: revenue, reliance both ways, the joint business plan, signs of deep inter-dependence, and the customer''s own view of the stage (from a survey)';
COMMENT ON COLUMN accounts.archetype IS 'The story the generator planted (the truth for checking the ranking); not an input of any model';
COMMENT ON COLUMN accounts.vendor_dependence IS 'Share of its business unit''s revenue the account brings (annual_revenue / business_units.revenue)';
COMMENT ON COLUMN accounts.customer_dependence IS 'Share of the customer''s spend in the category placed with the vendor (the vendor''s estimate)';

INSERT INTO accounts (account_id, name, industry, unit, archetype, annual_revenue, vendor_dependence,
                      customer_dependence, jbp, indicators)
SELECT p.account_id,
       CASE p.account_id WHEN 1 THEN 'Northwind Foods' WHEN 2 THEN 'Globex Manufacturing'
            WHEN 3 THEN 'Initech Retail' WHEN 4 THEN 'Umbrella Logistics'
            WHEN 5 THEN 'Soylent Beverages' WHEN 6 THEN 'Stark Components'
            ELSE pg_temp.pick('{Apex,Blue,Cedar,Delta,Ember,Fjord,Granite,Harbor,Iris,Juniper,Keystone,Lumen,Meridian,Nimbus,Orchid,Pioneer,Quartz,Redwood,Summit,Tidal,Unity,Vertex,Willow,Xenon,Yarrow,Zenith}'::text[], pg_temp.rnd(p.account_id, 9))
                 || ' ' || pg_temp.pick('{Foods,Retail,Pharma,Logistics,Components,Beverages,Chemicals,Textiles,Motors,Health,Energy,Systems,Packaging,Stores,Labs}'::text[], pg_temp.rnd(p.account_id, 10))
                 || ' ' || p.account_id END,
       pg_temp.pick('{Food & Beverage,Retail,Pharmaceuticals,Logistics,Automotive,Chemicals,Electronics,Consumer Goods}'::text[], pg_temp.rnd(p.account_id, 11)),
       p.unit, p.archetype, x.revenue, (x.revenue / u.revenue)::float8,
       CASE WHEN p.archetype = 'partnership' THEN 0.35 + 0.4 * pg_temp.rnd(p.account_id, 13)
            WHEN p.archetype = 'misaligned' THEN 0.45
            WHEN p.strategic THEN 0.22 + 0.4 * pg_temp.rnd(p.account_id, 13)
            WHEN large_buyer THEN 0.02 + 0.16 * pg_temp.rnd(p.account_id, 13)
            ELSE 0.02 + 0.3 * pg_temp.rnd(p.account_id, 13) END,
       x.jbp,
       CASE x.jbp WHEN 'co_developed' THEN CASE WHEN p.archetype = 'misaligned' THEN 5 ELSE 4 + (3 * pg_temp.rnd(p.account_id, 15))::int END
                  WHEN 'customer_led' THEN 1 + (3 * pg_temp.rnd(p.account_id, 15))::int
                  ELSE CASE WHEN p.strategic THEN (3 * pg_temp.rnd(p.account_id, 15))::int ELSE 0 END END
FROM account_plan p
JOIN business_units u USING (unit)
CROSS JOIN LATERAL (SELECT NOT p.strategic AND pg_temp.rnd(p.account_id, 16) < 0.1 AS large_buyer) b
CROSS JOIN LATERAL (
    -- the account's share of its unit's revenue: strategic accounts above the
    -- vendor's reliance threshold (0.5%), partnerships the largest
    -- vendor's reliance threshold (0.5%), partnerships the largest; a tenth of
    -- the transactional buyers are large too, without relying on the vendor
    SELECT round(u.revenue * CASE WHEN p.archetype = 'partnership' THEN 0.006 + 0.006 * -ln(1 - pg_temp.rnd(p.account_id, 12))
                                  WHEN p.strategic OR large_buyer THEN 0.0051 + 0.0015 * -ln(1 - pg_temp.rnd(p.account_id, 12))
                                  ELSE 0.0002 + 0.0025 * pg_temp.rnd(p.account_id, 12) ^ 2 END::numeric, 2) AS revenue,
           (CASE WHEN p.archetype = 'misaligned' OR (p.archetype = 'partnership' AND (p.account_id = 3 OR pg_temp.rnd(p.account_id, 14) < 0.6))
                      THEN 'co_developed'
                 WHEN p.archetype = 'partnership' OR (p.strategic AND pg_temp.rnd(p.account_id, 14) < 0.35) THEN 'customer_led'
                 ELSE 'none' END)::jbp_mode AS jbp) x;

-- The customer's view (a survey): usually the stage its figures show, one
-- stage lower for some strategic accounts; the misaligned story buys
-- transactionally whatever the vendor sees.
UPDATE accounts a SET customer_view =
    CASE WHEN a.archetype = 'misaligned' THEN 'independent'::rel_stage
         WHEN p.strategic AND a.account_id > 6 AND pg_temp.rnd(a.account_id, 17) < 0.15
              THEN greatest(1, classify_stage(vendor_dependence, customer_dependence, jbp, indicators)::int - 1)::rel_stage
         ELSE classify_stage(vendor_dependence, customer_dependence, jbp, indicators) END
FROM account_plan p WHERE p.account_id = a.account_id;

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

-- The days with contact: each day's chance from the account's cadence, lower
-- at weekends, in August and around the new year, in a seasonal account's
-- quiet season, in a rep's weeks away; the story bends it (a silence, a
-- cooling, an account not yet begun).  Then one to three contacts that day,
-- each with its channel, people, initiative, focus and sentiment (not always
-- recorded; a name now and then typed in a hurry).
INSERT INTO contacts (account_id, occurred_at, channel, vendor_person, vendor_level,
                      customer_person, customer_level, customer_initiated, future_focused, sentiment)
SELECT p.account_id,
       day.at + date_trunc('minute', interval '7 hours' + pg_temp.rnd(k, 20) * interval '11 hours'),
       CASE WHEN pg_temp.rnd(k, 22) < CASE WHEN withdrawn THEN 0.25 ELSE p.personal END
                 THEN pg_temp.pick('{face_to_face,video,phone,phone}'::text[], pg_temp.rnd(k, 21))
            ELSE pg_temp.pick('{email,email,email,paper_mail,web,customer_service,customer_service,social_media}'::text[], pg_temp.rnd(k, 21))
       END::contact_channel,
       CASE WHEN pg_temp.rnd(k, 36) < 0.02 THEN NULL
            WHEN p.archetype = 'single_threaded'
                 THEN pg_temp.person(8000000 + vendor_k, spelling) || ' (' ||
                      (ARRAY['Packaging', 'Logistics', 'Chemicals', 'Services', 'Digital', 'Spare Parts', 'Finance'])[vendor_k] || ')'
            ELSE pg_temp.person(7000000 + (p.account_id * 7 + vendor_k * 13) % 400, spelling) END,
       CASE WHEN pg_temp.rnd(k, 37) < 0.03 THEN NULL
            WHEN NOT p.strategic OR p.archetype = 'bow_tie' OR late_cooling THEN 'operational'
            WHEN vendor_k = 1 THEN 'management'
            ELSE (1 + vendor_k % 3)::org_level::text END::org_level,
       CASE WHEN pg_temp.rnd(k, 38) < 0.02 THEN NULL ELSE pg_temp.person(customer_key, spelling) END,
       CASE WHEN pg_temp.rnd(k, 39) < 0.03 THEN NULL
            WHEN NOT p.strategic OR p.archetype IN ('bow_tie', 'single_threaded') OR late_cooling THEN 'operational'
            ELSE (1 + customer_k % 3)::org_level::text END::org_level,
       CASE WHEN pg_temp.rnd(k, 23) < 0.1 THEN NULL
            ELSE pg_temp.rnd(k, 24) < CASE WHEN withdrawn THEN 0.03 ELSE p.initiated END END,
       CASE WHEN pg_temp.rnd(k, 25) < 0.2 THEN NULL
            ELSE pg_temp.rnd(k, 26) < CASE WHEN late_cooling THEN 0.3 ELSE p.future END END,
       CASE WHEN pg_temp.rnd(k, 27) < CASE WHEN withdrawn THEN 0.9 ELSE 0.3 END THEN NULL
            ELSE round(greatest(-1, least(1, mood + (pg_temp.rnd(k, 28) - 0.5) * 0.8))::numeric, 2) END
FROM account_plan p, dataset d,
     generate_series(1, 730) before,                                  -- days before as_of
     LATERAL (SELECT date_trunc('day', d.as_of) - before * interval '1 day' AS at,
                     p.account_id * 1000::bigint + before AS day_key) day,
     LATERAL (SELECT CASE WHEN extract(isodow FROM day.at) > 5 THEN 0.1
                          WHEN extract(month FROM day.at) = 8 THEN 0.5
                          WHEN to_char(day.at, 'MMDD') >= '1220' OR to_char(day.at, 'MMDD') <= '0105' THEN 0.3
                          ELSE 1 END
                     * CASE WHEN before <= p.stop_days OR before > p.age_days THEN 0
                            WHEN p.archetype = 'cooling' AND before <= 180 THEN 0.12 + 0.88 * before / 180.0
                            ELSE 1 END
                     * CASE WHEN (extract(doy FROM day.at)::int - p.season_start + 366) % 366 < p.season_days THEN 0.03
                            ELSE 1 END
                     * CASE WHEN before - p.gap_start BETWEEN 0 AND p.gap_days - 1 THEN 0.1 ELSE 1 END AS chance,
                     before <= 180 AND p.archetype = 'cooling' AS late_cooling,
                     before <= p.withdrawn_days AS withdrawn,
                     CASE WHEN before <= p.migrated_days THEN 2 ELSE 0 END AS migrated,
                     CASE WHEN p.sentiment_end IS NULL THEN p.sentiment
                          WHEN p.archetype = 'single_threaded' THEN p.sentiment_end + (p.sentiment - p.sentiment_end) * before / 730.0
                          WHEN before <= 180 THEN p.sentiment_end + (p.sentiment - p.sentiment_end) * before / 180.0
                          ELSE p.sentiment END AS mood) f,
     generate_series(1, 3) c,
     LATERAL (SELECT day.day_key * 4 + c AS k) key,
     LATERAL (SELECT 1 + floor(p.n_vendor * pg_temp.rnd(k, 31) ^ 1.6)::int AS vendor_k,
                     1 + floor(p.n_customer * pg_temp.rnd(k, 32) ^ 1.6)::int AS customer_k,
                     CASE WHEN f.migrated = 0 AND pg_temp.rnd(k, 35) < 0.04 THEN 1 ELSE f.migrated END AS spelling) x,
     -- who the customer person is: the one who moved on's successor, one
     -- of the newcomers of a reorganisation, or the person it always was
     LATERAL (SELECT p.account_id * 100 + CASE
                         WHEN x.customer_k = p.moved_on AND before <= p.moved_on_days THEN 70
                         WHEN x.customer_k >= 2 AND before <= p.reorg_days
                              AND pg_temp.rnd(p.account_id * 10 + x.customer_k, 83) < 0.5 THEN 60
                         ELSE 0 END + x.customer_k AS customer_key) who
WHERE pg_temp.rnd(day.day_key, 19) < p.p0 * f.chance
  AND (c = 1 OR pg_temp.rnd(k, 30) < p.multi / (c - 1))
  AND NOT (x.customer_k = 1 AND before <= p.champion_gone);              -- the champion, gone

-- Executive reviews: a meeting of the two sponsors in most quarters, for the
-- accounts that have sponsors, from the account's start until the story
-- ends them; one that falls in a seasonal account's quiet season is held
-- the week after it.
INSERT INTO contacts (account_id, occurred_at, channel, vendor_person, vendor_level,
                      customer_person, customer_level, customer_initiated, future_focused, sentiment)
SELECT p.account_id, m.at,
       pg_temp.pick('{face_to_face,face_to_face,video}'::text[], pg_temp.rnd(k, 41))::contact_channel,
       pg_temp.person(9000000 + p.account_id % 40, spelling), 'executive',
       pg_temp.person(p.account_id * 100 + 99, spelling), 'executive',
       pg_temp.rnd(k, 42) < 0.5, pg_temp.rnd(k, 43) < 0.85,
       round(greatest(-1, least(1, p.sentiment + 0.15 + (pg_temp.rnd(k, 44) - 0.5) * 0.6))::numeric, 2)
FROM account_plan p, dataset d,
     generate_series(date_trunc('quarter', d.as_of - interval '730 days'), d.as_of, interval '3 months') q,
     LATERAL (SELECT p.account_id * 100000::bigint + extract(epoch FROM q)::bigint / 86400 AS k) key,
     LATERAL (SELECT q + (5 + floor(80 * pg_temp.rnd(k, 40))) * interval '1 day' + interval '10 hours' AS planned) v,
     LATERAL (SELECT v.planned + make_interval(days => CASE WHEN in_season < p.season_days THEN p.season_days - in_season + 7
                                                            ELSE 0 END) AS drawn
              FROM (SELECT (extract(doy FROM v.planned)::int - p.season_start + 366) % 366 AS in_season) x) w,
     LATERAL (SELECT w.drawn + CASE extract(isodow FROM w.drawn) WHEN 6 THEN 2 WHEN 7 THEN 1 ELSE 0 END
                               * interval '1 day' AS at) m,                 -- on a weekday
     LATERAL (SELECT CASE WHEN m.at >= d.as_of - make_interval(days => p.migrated_days) THEN 2 ELSE 0 END AS spelling) n
WHERE pg_temp.rnd(k, 45) < p.exec_review
  AND m.at > d.as_of - make_interval(days => p.age_days) AND m.at < d.as_of
  AND m.at < d.as_of - make_interval(days => greatest(p.stop_days, p.exec_stop_days));

-- The dashboard: each goal with its target and the floor at which it counts
-- as failed; actuals drawn between them (below the floor for the stories of
-- missed goals).  The strategic goal applies to strategic accounts only.
CREATE TABLE goals (
    account_id       int NOT NULL REFERENCES accounts,
    metric           text NOT NULL,
    actual           float8 NOT NULL,
    target           float8 NOT NULL,
    floor            float8 NOT NULL,
    higher_is_better bool NOT NULL,
    weight           float8 NOT NULL,
    PRIMARY KEY (account_id, metric)
);
COMMENT ON TABLE goals IS 'The account dashboard: quality, on-time delivery, support level and a strategic goal, each with its target, failing floor and weight';
INSERT INTO goals
SELECT p.account_id, m.metric,
       round(greatest(0, m.floor + (p.performance + CASE WHEN p.performance < 0 THEN 0.9 ELSE 0.45 END
                                                     * pg_temp.rnd(p.account_id * 8 + m.n, 50))
                                   * (m.target - m.floor))::numeric, 2),
       m.target, m.floor, m.higher_is_better, m.weight
FROM account_plan p
CROSS JOIN (VALUES ('defects per 1000 units', 2.0, 5.0, false, 2.0, 1), ('on-time delivery %', 98.0, 90.0, true, 2.0, 2),
                   ('tickets solved in 24h %', 90.0, 75.0, true, 1.0, 3), ('joint projects delivered', 4.0, 0.0, true, 1.0, 4))
           AS m(metric, target, floor, higher_is_better, weight, n)
WHERE m.n < 4 OR p.strategic;

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
             CASE WHEN archetype = 'excessive_trust' THEN 0.92
                  WHEN archetype = 'partnership' THEN 0.75 + 0.2 * pg_temp.rnd(account_id, 55)
                  WHEN archetype = 'steady' THEN 0.55 + 0.3 * pg_temp.rnd(account_id, 55)
                  WHEN strategic THEN 0.45 + 0.35 * pg_temp.rnd(account_id, 55)
                  ELSE 0.2 + 0.35 * pg_temp.rnd(account_id, 55) END AS base
      FROM account_plan) b;

-- The account team's stakeholder map: the customer's sponsor (accounts with
-- executive reviews), champion and decision maker, as the CRM writes their
-- names today.  Nobody updated it for the champion gone or the sponsor who
-- left: the map still names them.
CREATE TABLE stakeholders (
    account_id int NOT NULL REFERENCES accounts,
    name       text NOT NULL,
    role       text NOT NULL CHECK (role IN ('sponsor', 'champion', 'decision maker')),
    PRIMARY KEY (account_id, role)
);
COMMENT ON TABLE stakeholders IS 'The customer people each account team counts on, by role: sponsor, champion, decision maker';
INSERT INTO stakeholders
SELECT p.account_id, pg_temp.person(p.account_id * 100 + r.k + CASE WHEN r.k = p.moved_on THEN 70 ELSE 0 END,
                                    CASE WHEN p.migrated_days > 0 THEN 2 ELSE 0 END), r.role
FROM account_plan p
CROSS JOIN (VALUES (99, 'sponsor'), (1, 'champion'), (2, 'decision maker')) r(k, role)
WHERE CASE r.role WHEN 'sponsor' THEN p.exec_review > 0 WHEN 'decision maker' THEN p.n_customer >= 2 ELSE true END;

CREATE INDEX ON contacts (account_id, occurred_at);
ANALYZE archetypes, business_units, accounts, contacts, goals, trust_evidence, stakeholders;
