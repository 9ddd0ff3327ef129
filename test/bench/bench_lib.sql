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

-- Runs ours and the baseline alternately, `runs` times each (after one
-- warm-up run of each), and returns the median times and the median of the
-- ratios of the pairs (each run of ours over the baseline run right after
-- it): pairing cancels the slower and faster phases this machine goes
-- through, which the ratio of two medians does not.
CREATE FUNCTION pg_temp.compare(label text, ours text, baseline text, runs int DEFAULT 5)
RETURNS TABLE (benchmark text, ours_ms numeric, baseline_ms numeric, ratio numeric)
LANGUAGE plpgsql AS $$
DECLARE
    ours_times float8[] := '{}';
    base_times float8[] := '{}';
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
    ratio := round((SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY o / b)
                    FROM unnest(ours_times, base_times) p(o, b))::numeric, 2);
    RETURN NEXT;
END
$$;
