-- Values of every attune type, stored by the oldest release
-- (test/upgrade/run.sh): labels of each type, and summaries of several
-- shapes (one contact; a day; years with sentiment and executives; past the
-- cap of 128 people a side), in the stored format of the library installed
-- and in 0.1's format 1.  Each summary keeps its text, and a view its
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
-- Summaries in 0.1's stored format (format 1), which a server running a
-- later library no longer makes from contacts: two read from 0.1's text,
-- and two rolled up from one of them and a summary of years of contacts
-- (what one part does not know, the merge does not: format 1).
INSERT INTO stored_summaries
SELECT 3 + n, s, s::text
FROM (SELECT 1 AS n, 'v1 contacts=2 first=2026-01-05T09:30:00Z last=2026-02-20T15:00:00.250000Z channels=1,0,0,1,0,0,0,0 vendor_levels=0,1,0,1 customer_levels=0,0,1,1 initiated=1,1 focus=1,1 vendor_people=3e00df376f7d1266:1,8cbe8881f4f2364a:1 customer_people=b8cf7362203cacf3:2 days=010000000040 exec_quarters=01 sentiment=80:30:2'::contact_summary AS s
      UNION ALL SELECT 2, 'v1 contacts=1 first=2026-03-02T09:15:00Z last=2026-03-02T09:15:00Z channels=0,0,0,1,0,0,0,0 vendor_levels=0,0,0,0 customer_levels=0,0,0,0 initiated=0,0 focus=0,0 vendor_people=3b4e273865c2a962:1 customer_people=6adce1cc7a9cfc88:1 days=01 exec_quarters=00 sentiment=0:0:0'::contact_summary
      UNION ALL SELECT 3, rollup(x) FROM (SELECT 'v1 contacts=2 first=2026-01-05T09:30:00Z last=2026-02-20T15:00:00.250000Z channels=1,0,0,1,0,0,0,0 vendor_levels=0,1,0,1 customer_levels=0,0,1,1 initiated=1,1 focus=1,1 vendor_people=3e00df376f7d1266:1,8cbe8881f4f2364a:1 customer_people=b8cf7362203cacf3:2 days=010000000040 exec_quarters=01 sentiment=80:30:2'::contact_summary UNION ALL SELECT s FROM stored_summaries WHERE n = 1) v(x)
      UNION ALL SELECT 4, rollup(x) FROM (SELECT 'v1 contacts=1 first=2026-03-02T09:15:00Z last=2026-03-02T09:15:00Z channels=0,0,0,1,0,0,0,0 vendor_levels=0,0,0,0 customer_levels=0,0,0,0 initiated=0,0 focus=0,0 vendor_people=3b4e273865c2a962:1 customer_people=6adce1cc7a9cfc88:1 days=01 exec_quarters=00 sentiment=0:0:0'::contact_summary UNION ALL SELECT s FROM stored_summaries WHERE n = 2) v(x)) f;
CREATE VIEW summary_figures AS
SELECT n, ARRAY[contact_count(s)::float8, vendor_breadth(s), customer_breadth(s), diamond_index(s), exec_coverage(s),
                active_week_share(s), extract(epoch FROM longest_silence(s)), coalesce(future_share(s), -1),
                coalesce(experience(s, '2027-01-01'), -2)] AS figures
FROM stored_summaries;
CREATE TABLE figures_then AS SELECT * FROM summary_figures;
