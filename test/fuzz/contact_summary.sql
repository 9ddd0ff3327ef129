-- Fuzz contact_summary's text input, binary receive and stored form with
-- mutated valid values (a fixed seed, so a failure can be replayed).  Every
-- input must either be read as a value that prints back to exactly that
-- input (text), survives a round trip (binary) or is stored as exactly
-- those bytes (stored), or be rejected with 22P02 (text), 22P03 (binary)
-- or XX001 (stored).  Another SQLSTATE or a lost connection fails.
\set ON_ERROR_STOP 1
\i test/regress_helpers.sql

SELECT setseed(0.4242);

-- Seeds: a few real summaries of different shapes.
CREATE TEMP TABLE seeds AS
SELECT n, contact_summary(t, (1 + k % 8)::contact_channel, 'rep ' || k % (1 + n), (1 + k % 4)::org_level,
                          'buyer ' || k % (2 + n), (1 + (k / 3) % 4)::org_level, k % 2 = 0, k % 3 = 0,
                          ((k * 7) % 21 - 10) / 10.0) AS s
FROM generate_series(0, 3) n, generate_series(1, 40 * (n + 1)) k,
     LATERAL (SELECT '2025-01-01'::timestamptz + (k * (n + 1) * 13) * interval '1 hour') x(t)
GROUP BY n;

-- One random edit of a text: replace, insert or delete a character, or
-- swap a digit.
CREATE FUNCTION pg_temp.mutate(t text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    pos int := 1 + (random() * (length(t) - 1))::int;
    ch text := substr('0123456789abcdefz,:= -.TZv', 1 + (random() * 25)::int, 1);
BEGIN
    CASE (random() * 2)::int
        WHEN 0 THEN RETURN overlay(t PLACING ch FROM pos FOR 1);
        WHEN 1 THEN RETURN overlay(t PLACING ch FROM pos FOR 0);
        ELSE RETURN overlay(t PLACING '' FROM pos FOR 1);
    END CASE;
END
$$;

CREATE FUNCTION pg_temp.text_outcome(input text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    printed text;
BEGIN
    printed := input::contact_summary::text;
    RETURN CASE WHEN printed = input THEN 'read' ELSE 'read but printed differently' END;
EXCEPTION WHEN invalid_text_representation THEN
    RETURN 'rejected';
END
$$;

CREATE TEMP TABLE text_results AS
SELECT input, pg_temp.text_outcome(input) AS outcome
FROM (SELECT CASE WHEN k % 3 = 0 THEN pg_temp.mutate(pg_temp.mutate(s::text)) ELSE pg_temp.mutate(s::text) END AS input
      FROM seeds, generate_series(1, 750) k) m;
SELECT outcome, count(*) FROM text_results GROUP BY outcome ORDER BY outcome;

-- Binary: flip one to three random bytes of a valid binary form.
CREATE FUNCTION pg_temp.flip(b bytea) RETURNS bytea LANGUAGE plpgsql AS $$
BEGIN
    FOR i IN 1 .. 1 + (random() * 2)::int LOOP
        b := set_byte(b, (random() * (length(b) - 1))::int, (random() * 255)::int);
    END LOOP;
    RETURN b;
END
$$;
CREATE TEMP TABLE binary_results AS
SELECT payload, split_part(pg_temp.binary_copy_result('contact_summary', payload), ':', 1) AS outcome
FROM (SELECT pg_temp.flip(contact_summary_send(s)) AS payload FROM seeds, generate_series(1, 100) k) m;
SELECT outcome, count(*) FROM binary_results GROUP BY outcome ORDER BY outcome;

-- Stored bytes (a table's, damaged): flip, cut or extend a valid stored
-- value (seen through binary-coercible casts made for this test).  Every
-- such value is either refused with XX001 by every reader or read, and then
-- it is a valid summary whose stored bytes are exactly these.
CREATE CAST (bytea AS contact_summary) WITHOUT FUNCTION;
CREATE CAST (contact_summary AS bytea) WITHOUT FUNCTION;
CREATE FUNCTION pg_temp.stored_outcome(b bytea) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    v contact_summary := b::contact_summary;
BEGIN
    PERFORM contact_count(v), vendor_breadth(v), longest_silence(v), active_week_share(v), usual_gap(v),
            experience(v, '2026-01-01'), contact_summary_hash(v), v = v, rollup(x)
    FROM (VALUES (v), (v)) r(x);
    IF v::text::contact_summary::bytea <> b THEN
        RETURN 'read but stored differently';
    END IF;
    RETURN 'read';
EXCEPTION WHEN data_corrupted THEN
    RETURN 'XX001';
END
$$;
CREATE TEMP TABLE stored_results AS
SELECT stored, pg_temp.stored_outcome(stored) AS outcome
FROM (SELECT CASE k % 4
                 WHEN 0 THEN substr(s::bytea, 1, (random() * length(s::bytea))::int)
                 WHEN 1 THEN s::bytea || decode(lpad(to_hex((random() * 255)::int), 2, '0'), 'hex')
                 ELSE pg_temp.flip(s::bytea) END AS stored
      FROM seeds, generate_series(1, 250) k) m;
SELECT outcome, count(*) FROM stored_results GROUP BY outcome ORDER BY outcome;

DO $$
DECLARE
    bad text;
BEGIN
    SELECT string_agg(format('%L: %s', input, outcome), E'\n') INTO bad
    FROM (SELECT * FROM text_results WHERE outcome NOT IN ('read', 'rejected') LIMIT 5) t;
    IF bad IS NOT NULL THEN RAISE EXCEPTION E'text input fuzz failed:\n%', bad; END IF;
    SELECT string_agg(format('%s: %s', payload, outcome), E'\n') INTO bad
    FROM (SELECT * FROM binary_results WHERE outcome NOT IN ('read', '22P03') LIMIT 5) b;
    IF bad IS NOT NULL THEN RAISE EXCEPTION E'binary receive fuzz failed:\n%', bad; END IF;
    SELECT string_agg(format('%s: %s', stored, outcome), E'\n') INTO bad
    FROM (SELECT * FROM stored_results WHERE outcome NOT IN ('read', 'XX001') LIMIT 5) b;
    IF bad IS NOT NULL THEN RAISE EXCEPTION E'stored bytes fuzz failed:\n%', bad; END IF;
END
$$;
\echo fuzz contact_summary: no unexpected outcome
