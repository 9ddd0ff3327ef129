-- The figures of the page examples/report_page.sh writes, as one JSON
-- document, from the reporting set (examples/reporting.sql).  Every text a
-- reader sees is formatted here, once; the charts take the raw numbers.
SELECT json_build_object(
    'as_of', to_char(d.as_of AT TIME ZONE 'UTC', 'YYYY-MM-DD'),
    'quarter_ago', to_char((d.as_of - interval '3 months') AT TIME ZONE 'UTC', 'YYYY-MM-DD'),
    'accounts', (SELECT count(*) FROM report_accounts),
    'units', (SELECT count(*) FROM report_units),
    'at_risk', (SELECT count(*) FROM report_accounts WHERE band <> 'green'),
    'red', (SELECT count(*) FROM report_accounts WHERE band = 'red'),
    'yellow', (SELECT count(*) FROM report_accounts WHERE band = 'yellow'),
    'new_this_quarter', (SELECT count(*) FROM report_accounts WHERE band <> 'green' AND band_quarter_ago = 'green'),
    'revenue', (SELECT to_char(sum(revenue) / 1e6, 'FM999,990.0') || 'M' FROM report_accounts),
    'revenue_at_stake', (SELECT to_char(coalesce(sum(revenue), 0) / 1e6, 'FM999,990.0') || 'M'
                         FROM report_accounts WHERE band <> 'green'),
    'bands', (SELECT json_agg(json_build_object('band', band, 'accounts', accounts, 'revenue', revenue) ORDER BY band_order)
              FROM report_bands),
    'quarters', (SELECT json_agg(json_build_object('quarter_end', quarter_end, 'red', red, 'yellow', yellow,
                                                   'green', green, 'mean_health', mean_health) ORDER BY quarter_end)
                 FROM report_quarters),
    'units_at_risk', (SELECT json_agg(json_build_object('unit', business_unit, 'red', red, 'yellow', yellow,
                                                        'accounts', accounts,
                                                        'at_stake', to_char(revenue_at_stake / 1e6, 'FM999,990.0') || 'M',
                                                        'share', round(100 * share_at_stake) || '%')
                                      ORDER BY revenue_at_stake DESC, business_unit)
                      FROM report_units),
    'at_risk_accounts', (SELECT json_agg(json_build_object(
                                    'rank', a.risk_rank, 'account', a.account, 'unit', a.business_unit,
                                    'revenue', to_char(a.revenue / 1e6, 'FM999,990.0') || 'M',
                                    'band', a.band, 'health', a.health::text,
                                    'health_quarter_ago', coalesce(a.health_quarter_ago::text, '-'),
                                    'change', a.change, 'quiet', coalesce(a.days_quiet || ' days', 'never in contact'),
                                    'stage', a.stage, 'reason_codes', a.reasons,
                                    'reasons', (SELECT json_agg(json_build_object('reason', r.reason,
                                                                                  'explanation', r.report_line)
                                                                ORDER BY r.reason_order)
                                                FROM report_reasons r WHERE r.account_id = a.account_id),
                                    'call', a.call_why,
                                    'call_name', a.call_name)
                                ORDER BY a.risk_rank)
                         FROM report_accounts a WHERE a.band <> 'green'))
FROM dataset d;
