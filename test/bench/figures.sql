-- The account figures that trigger.sql and instructions.sh insert: 1000
-- account summaries (10 to 60 contacts each) spread over :figure_rows rows
-- (1M unless set).  figures carries flags of the size risk_flags computes
-- but wrong (at_risk negated, each reason replaced by x's of its length), so
-- that the trigger forms every row anew and both sides of a comparison write
-- the same bytes; figures_right the right flags; figures_unflagged none.
\if :{?figure_rows}
\else
\set figure_rows 1000000
\endif
CREATE TABLE summaries AS
SELECT a, contact_summary('2026-01-05'::timestamptz + i * interval '37 hours', (1 + i % 8)::contact_channel,
                          'rep ' || i % (1 + a % 5), (1 + (i + a) % 4)::org_level,
                          'buyer ' || i % (1 + a % 9), (1 + (i * a) % 4)::org_level,
                          i % 2 = 0, (i + a) % 3 <> 0, ((i * a) % 11 - 5) / 10.0) AS summary
FROM generate_series(0, 999) a, generate_series(0, 10 + a % 50) i
GROUP BY a;
CREATE TABLE figures AS
SELECT i AS id, summary, (i * 7 % 101)::float8 AS trust_score, (i * 13 % 101)::float8 AS dashboard,
       (1 + i % 5)::rel_stage AS vendor_view, (1 + (i / 5) % 5)::rel_stage AS customer_view,
       NULL::bool AS at_risk, NULL::text[] AS risk_reasons
FROM generate_series(1, :figure_rows) i JOIN summaries ON a = i % 1000;
CREATE TABLE figures_unflagged AS SELECT * FROM figures;
UPDATE figures SET risk_reasons = risk_flags(summary, now(), trust_score, dashboard, vendor_view, customer_view);
UPDATE figures SET at_risk = cardinality(risk_reasons) > 0;
CREATE TABLE figures_right AS SELECT * FROM figures;
UPDATE figures SET at_risk = NOT at_risk,
                   risk_reasons = ARRAY(SELECT repeat('x', length(r)) FROM unnest(risk_reasons) r);
VACUUM FULL ANALYZE figures;
VACUUM ANALYZE figures_unflagged;
VACUUM ANALYZE figures_right;
