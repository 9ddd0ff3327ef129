-- Helpers shared by the benchmarks: time a query, and compare two queries
-- by the median of several interleaved runs.

-- Milliseconds one run of the query takes.
CREATE FUNCTION pg_temp.run_ms(query text) RETURNS float8
LANGUAGE plpgsql AS $$
DECLARE
    started timestamptz := clock_timestamp();
BEGIN
    EXECUTE query;
    RETURN extract(epoch FROM clock_timestamp() - started) * 1000;
END
$$;

-- How far the median of paired ratios can be trusted: the k-th smallest to
-- the k-th largest of the n ratios, with k as large as the sign test allows
-- for a confidence of at least 90% that the true median lies between them
-- (P(at most k - 1 of n below it) <= 5%), and that confidence; NULL for
-- fewer than 5 ratios.  A bar inside the range is not decided by the run.
CREATE FUNCTION pg_temp.median_range(ratios float8[]) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    n int := cardinality(ratios);
    sorted float8[] := ARRAY(SELECT r FROM unnest(ratios) r ORDER BY r);
    k int := 0;
    ways float8 := 1;       -- n choose k
    below float8 := 0;      -- P(X <= k - 1) for X ~ Binomial(n, 1/2)
BEGIN
    WHILE below + ways / 2 ^ n <= 0.05 LOOP
        below := below + ways / 2 ^ n;
        ways := ways * (n - k) / (k + 1);
        k := k + 1;
    END LOOP;
    IF k = 0 THEN
        RETURN NULL;
    END IF;
    RETURN format('%s to %s (%s%%)', round(sorted[k]::numeric, 2), round(sorted[n + 1 - k]::numeric, 2),
                  floor(100 * (1 - 2 * below)));
END
$$;

-- Runs ours and the baseline alternately, `runs` times each (after one
-- warm-up run of each), and returns the median times and the median of the
-- ratios of the pairs (each run of ours over the baseline run right after
-- it): pairing cancels the slower and faster phases this machine goes
-- through, which the ratio of two medians does not.
CREATE FUNCTION pg_temp.compare(label text, ours text, baseline text, runs int DEFAULT 5)
RETURNS TABLE (benchmark text, ours_ms numeric, baseline_ms numeric, ratio numeric, ratio_range text)
LANGUAGE plpgsql AS $$
DECLARE
    ours_times float8[] := '{}';
    base_times float8[] := '{}';
    ratios float8[];
BEGIN
    PERFORM pg_temp.run_ms(ours);
    PERFORM pg_temp.run_ms(baseline);
    FOR i IN 1 .. runs LOOP
        ours_times := ours_times || pg_temp.run_ms(ours);
        base_times := base_times || pg_temp.run_ms(baseline);
    END LOOP;
    benchmark := label;
    ours_ms := round((SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY t) FROM unnest(ours_times) t)::numeric, 1);
    baseline_ms := round((SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY t) FROM unnest(base_times) t)::numeric, 1);
    ratios := ARRAY(SELECT o / b FROM unnest(ours_times, base_times) p(o, b));
    ratio := round((SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY r) FROM unnest(ratios) r)::numeric, 2);
    ratio_range := pg_temp.median_range(ratios);
    RETURN NEXT;
END
$$;
