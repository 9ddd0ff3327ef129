-- Values of every attune type, stored by the oldest release
-- (test/upgrade/run.sh): labels of each type, and summaries of several
-- shapes (one contact; a day; years with sentiment and executives; past the
-- cap of 128 people a side).  Each summary keeps its text, and a view its
-- figures (a user's view over attune's functions, which an update must
-- keep); the figures as the old release read them are kept too, to compare
-- after the update.
CREATE TABLE stored_labels AS
SELECT 'interdependent'::rel_stage AS stage, 'knowledge'::trust_level AS trust, 'co_developed'::jbp_mode AS jbp,
       'video'::contact_channel AS channel, 'executive'::org_level AS level;
CREATE TABLE stored_summaries AS
SELECT n, s, s::text AS text_then
FROM (SELECT n, contact_summary(t, (1 + k % 8)::contact_channel, 'rep ' || k % (1 + n * 70), (1 + k % 4)::org_level,
                                'buyer ' || k % (2 + n * 90), (1 + (k / 3) % 4)::org_level, k % 2 = 0, k % 3 = 0,
                                ((k * 7) % 21 - 10) / 10.0) AS s
      FROM generate_series(0, 2) n, generate_series(1, 1 + 300 * n) k,
           LATERAL (SELECT '2024-01-01'::timestamptz + (k * (n * n + 1) * 13) * interval '1 hour') x(t)
      GROUP BY n
      UNION ALL
      SELECT 3, contact_summary(t, 'email', 'rep', 'buyer')
      FROM unnest('{2026-03-02 09:00+00,2026-03-02 15:30+00}'::timestamptz[]) t) v;
CREATE VIEW summary_figures AS
SELECT n, ARRAY[contact_count(s)::float8, vendor_breadth(s), customer_breadth(s), diamond_index(s), exec_coverage(s),
                active_week_share(s), extract(epoch FROM longest_silence(s)), coalesce(future_share(s), -1),
                coalesce(experience(s, '2027-01-01'), -2)] AS figures
FROM stored_summaries;
CREATE TABLE figures_then AS SELECT * FROM summary_figures;
