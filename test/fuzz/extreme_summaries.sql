-- Structure-aware fuzzing of contact_summary: real summaries with one or two
-- fields of their text form set to an extreme (the ends of a count's type,
-- the contacts themselves, hashes at the ends of their range, the first and
-- last days of the years accepted, a person's days at the ends of the
-- calendar, bitmaps all ones, a count of 0) and a fixed seed.  Every such text is either rejected (22P02) or read as a value
-- that prints back as itself; every value read goes through every accessor,
-- the judging functions, people and who_to_call, rollup with itself and with an ordinary summary,
-- and a binary round trip.  Results must lie in their documented ranges;
-- errors must be ones a user can get (22003, 22008, 22023, 54000), never internal
-- (XX000) or a lost connection.
\set ON_ERROR_STOP 1
\i test/regress_helpers.sql
SET TimeZone = 'UTC';

SELECT setseed(0.2718);

-- Seeds: a small summary, one past the cap of 128 people a side, one over
-- several years with sentiment, one contact only.
CREATE TEMP TABLE seeds AS
SELECT n, contact_summary(t, (1 + k % 8)::contact_channel, 'rep ' || k % (1 + n * 60), (1 + k % 4)::org_level,
                          'buyer ' || k % (2 + n * 90), (1 + (k / 3) % 4)::org_level, k % 2 = 0, k % 3 = 0,
                          ((k * 7) % 21 - 10) / 10.0) AS s
FROM generate_series(0, 2) n, generate_series(1, 30 + 200 * n) k,
     LATERAL (SELECT '2024-01-01'::timestamptz + (k * (n * n + 1) * 13) * interval '1 hour') x(t)
GROUP BY n
UNION ALL
SELECT 3, contact_summary('2026-05-05 10:00+00', 'email', 'rep', 'buyer');

-- An extreme value for a field of the text form, by the field's kind.
CREATE FUNCTION pg_temp.extreme(field text, current text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    counts text[] := '{0,1,2,2147483647,2147483648,4294967295,4294967296,9223372036854775807}';
BEGIN
    IF field IN ('first', 'last') THEN
        RETURN (ARRAY['0001-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '2000-02-29T00:00:00Z'])[1 + (random() * 2)::int];
    ELSIF field IN ('days', 'exec_quarters') THEN
        RETURN CASE WHEN random() < 0.5 THEN repeat('f', length(current)) ELSE repeat('0', length(current)) END;
    ELSIF current ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN      -- a person's first or last day (format 2)
        RETURN (ARRAY['0001-01-01', '9999-12-31', '2000-02-29', '1970-01-01'])[1 + (random() * 3)::int];
    ELSIF current ~ '^[0-9a-f]{16}$' THEN
        RETURN (ARRAY['0000000000000000', '0000000000000001', 'fffffffffffffffe', 'ffffffffffffffff'])[1 + (random() * 3)::int];
    ELSIF field = 'sentiment' THEN
        RETURN (ARRAY['0', '1', '-1', '2147483647', '-2147483648'])[1 + (random() * 4)::int];
    END IF;
    RETURN counts[1 + (random() * (cardinality(counts) - 1))::int];
END
$$;

-- One field (one number of a list) of a summary's text set to an extreme.
CREATE FUNCTION pg_temp.push(t text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    fields text[] := string_to_array(t, ' ');
    f int := 2 + (random() * (cardinality(fields) - 2))::int;   -- not the version
    key text := split_part(fields[f], '=', 1);
    items text[] := string_to_array(substr(fields[f], length(key) + 2), ',');
    i int := 1 + (random() * (cardinality(items) - 1))::int;
    parts text[] := string_to_array(items[i], ':');
    p int := 1 + (random() * (cardinality(parts) - 1))::int;
BEGIN
    IF key IN ('first', 'last') THEN
        fields[f] := key || '=' || pg_temp.extreme(key, NULL);
    ELSE
        parts[p] := pg_temp.extreme(key, parts[p]);
        items[i] := array_to_string(parts, ':');
        fields[f] := key || '=' || array_to_string(items, ',');
    END IF;
    RETURN array_to_string(fields, ' ');
END
$$;

CREATE FUNCTION pg_temp.read_back(input text) RETURNS contact_summary LANGUAGE plpgsql AS $$
DECLARE
    s contact_summary;
BEGIN
    s := input::contact_summary;
    IF s::text <> input THEN
        RAISE EXCEPTION 'read but printed differently: % -> %', input, s::text;
    END IF;
    RETURN s;
EXCEPTION WHEN invalid_text_representation THEN
    RETURN NULL;
END
$$;

CREATE TEMP TABLE pushed AS
SELECT k, input, pg_temp.read_back(input) AS s
FROM (SELECT k, CASE WHEN k % 3 = 0 THEN pg_temp.push(pg_temp.push(s::text)) ELSE pg_temp.push(s::text) END AS input
      FROM seeds, generate_series(1, 1500) k) m;
SELECT count(*) AS pushed, count(s) AS read, count(*) - count(s) AS rejected_22P02 FROM pushed;

-- Every function over one value read; a violated range is an exception
-- naming it, an error a user can get is counted, any other error fails.
CREATE FUNCTION pg_temp.exercise(s contact_summary, ordinary contact_summary) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    as_of timestamptz;
    n bigint := contact_count(s);
    shares float8[];
    r contact_summary;
    state text;
BEGIN
    FOREACH as_of IN ARRAY ARRAY[last_contact(s), first_contact(s), '9999-12-31 23:59:59+00', '0001-01-01 00:00:00+00']::timestamptz[] LOOP
        shares := ARRAY[personal_share(s), diamond_index(s), exec_coverage(s), active_week_share(s), future_share(s),
                        reciprocity(s), vendor_lead_share(s), customer_lead_share(s), experience(s, as_of) / 2 + 0.5];
        IF EXISTS (SELECT FROM unnest(shares) x WHERE x IS NOT NULL AND NOT (x BETWEEN 0 AND 1)) THEN
            RAISE EXCEPTION 'a share out of 0..1: % for %', shares, s;
        END IF;
        IF NOT (vendor_breadth(s) BETWEEN 0 AND n AND customer_breadth(s) BETWEEN 0 AND n) THEN
            RAISE EXCEPTION 'breadth out of 0..contacts: % % for %', vendor_breadth(s), customer_breadth(s), s;
        END IF;
        IF first_contact(s) > last_contact(s) OR longest_silence(s) < interval '0' OR usual_gap(s) < interval '0' THEN
            RAISE EXCEPTION 'time out of order for %', s;
        END IF;
        IF NOT (contact_days(s, as_of, 365) BETWEEN 0 AND 365 AND exec_quarters(s, as_of, 4) BETWEEN 0 AND 4
                AND rated_contacts(s, as_of, 4) BETWEEN 0 AND n
                AND coalesce(sentiment_mean(s, as_of, 4), 0) BETWEEN -1 AND 1) THEN
            RAISE EXCEPTION 'a window count out of range at % for %', as_of, s;
        END IF;
        IF NOT (relationship_health(s, as_of, 50, 50, 'interdependent', 'dependent') BETWEEN 0 AND 100) THEN
            RAISE EXCEPTION 'health out of 0..100 at % for %', as_of, s;
        END IF;
        PERFORM risk_flags(s, as_of, 50, 50, 'interdependent', 'dependent'), channel_mix(s),
                health_report(s, as_of, 50, 50, 'deep_interdependent', 'independent');
        IF EXISTS (SELECT FROM people(s, as_of) p
                   WHERE NOT (p.contacts BETWEEN 1 AND n AND p.share BETWEEN 0 AND 1
                              AND (p.first_contact IS NULL OR p.first_contact <= p.last_contact)
                              AND coalesce(p.usual_gap, 0) >= 0))
           OR EXISTS (SELECT FROM who_to_call(s, as_of) w
                      WHERE NOT (w.contacts BETWEEN 1 AND n AND w.share BETWEEN 0 AND 1 AND w.reason IS NOT NULL)) THEN
            RAISE EXCEPTION 'a person''s figures out of range at % for %', as_of, s;
        END IF;
    END LOOP;
    FOR r IN SELECT rollup(x) FROM (VALUES (s), (s)) v(x) UNION ALL SELECT rollup(x) FROM (VALUES (s), (ordinary)) v(x) LOOP
        IF contact_count(r) < n OR vendor_breadth(r) > contact_count(r) THEN
            RAISE EXCEPTION 'rollup lost contacts or invented people: % from %', r, s;
        END IF;
    END LOOP;
    IF pg_temp.binary_copy_result('contact_summary', contact_summary_send(s)) <> 'read: ' || s::text THEN
        RAISE EXCEPTION 'binary round trip changed %', s;
    END IF;
    RETURN 'ok';
EXCEPTION
    WHEN numeric_value_out_of_range OR datetime_field_overflow OR invalid_parameter_value OR program_limit_exceeded THEN
        GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE;
        RETURN state;
END
$$;

CREATE TEMP TABLE outcomes AS
SELECT k, s, pg_temp.exercise(s, (SELECT s FROM seeds WHERE n = 1)) AS outcome FROM pushed WHERE s IS NOT NULL;
SELECT outcome, count(*) FROM outcomes GROUP BY outcome ORDER BY outcome;
\echo fuzz extreme_summaries: every value read stayed in range
