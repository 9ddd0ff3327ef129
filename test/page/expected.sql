-- What the page must show, from the example data set's tables and the
-- reporting set's base view (judged, health_history), written apart from
-- examples/report_page.sql: each figure's name and text, as
-- test/page/run.sh reads them from the rendered page (page_figures).  Prints
-- each difference, then "ok|N" with the number of figures compared.
CREATE TEMP VIEW ranked AS
SELECT j.*, row_number() OVER (ORDER BY j.band = 'yellow', j.revenue DESC, j.name) AS rank
FROM judged j WHERE j.band <> 'green';
CREATE TEMP VIEW units AS
SELECT unit, count(*) FILTER (WHERE band = 'red') AS red, count(*) FILTER (WHERE band = 'yellow') AS yellow,
       coalesce(sum(revenue) FILTER (WHERE band <> 'green'), 0) AS at_stake,
       row_number() OVER (ORDER BY coalesce(sum(revenue) FILTER (WHERE band <> 'green'), 0) DESC, unit) AS place
FROM judged GROUP BY unit;
CREATE TEMP VIEW expected (figure, value, is_number) AS
SELECT 'as_of', to_char(as_of AT TIME ZONE 'UTC', 'YYYY-MM-DD'), false FROM dataset
UNION ALL SELECT 'quarter_ago', to_char((as_of - interval '3 months') AT TIME ZONE 'UTC', 'YYYY-MM-DD'), false FROM dataset
UNION ALL SELECT 'accounts', count(*)::text, false FROM accounts
UNION ALL SELECT 'at_risk', count(*)::text, false FROM ranked
UNION ALL SELECT 'red', count(*) FILTER (WHERE band = 'red')::text, false FROM judged
UNION ALL SELECT 'yellow', count(*) FILTER (WHERE band = 'yellow')::text, false FROM judged
UNION ALL SELECT 'new_this_quarter', count(*) FILTER (WHERE band_before = 'green')::text, false FROM ranked
UNION ALL SELECT 'revenue', to_char(sum(annual_revenue) / 1e6, 'FM999,990.0') || 'M', false FROM accounts
UNION ALL SELECT 'revenue_at_stake', to_char(sum(revenue) / 1e6, 'FM999,990.0') || 'M', false FROM ranked
UNION ALL SELECT format('account.%s.%s', rank, f), v, false
          FROM ranked, LATERAL (VALUES ('name', name), ('band', band), ('health', round(health::numeric, 1)::text),
                                       ('reasons', array_to_string(reasons, ', '))) x(f, v)
UNION ALL SELECT format('account.%s.call', r.rank), coalesce(a.call_name, ''), false
          FROM ranked r JOIN report_accounts a USING (account_id)
UNION ALL SELECT format('unit.%s.%s', place, f), v, false
          FROM units, LATERAL (VALUES ('name', unit), ('red', red::text), ('yellow', yellow::text),
                                      ('at_stake', to_char(at_stake / 1e6, 'FM999,990.0') || 'M')) x(f, v)
UNION ALL SELECT format('chart.bands.%s.revenue', band), sum(revenue)::text, true FROM judged GROUP BY band
UNION ALL SELECT format('chart.quarters.%s.%s', quarter_end, b), count(*) FILTER (WHERE band = b)::text, true
          FROM health_history, unnest('{red,yellow,green}'::text[]) b GROUP BY quarter_end, b
UNION ALL SELECT format('chart.units.%s.%s', unit, b), CASE b WHEN 'red' THEN red ELSE yellow END::text, true
          FROM units, unnest('{red,yellow}'::text[]) b;

SELECT format('%s: the page shows %s, SQL gives %s', coalesce(e.figure, p.figure),
              coalesce(quote_literal(p.value), 'nothing'), coalesce(quote_literal(e.value), 'nothing'))
FROM expected e FULL JOIN page_figures p USING (figure)
WHERE e.figure IS NULL OR p.figure IS NULL
   OR CASE WHEN e.is_number THEN p.value::numeric IS DISTINCT FROM e.value::numeric ELSE p.value IS DISTINCT FROM e.value END
ORDER BY 1;
SELECT 'ok|' || count(*) FROM page_figures;
