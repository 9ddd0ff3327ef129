-- The contacts that contact_summary.sql and instructions.sh measure: 10k
-- accounts, 500 contacts each over three years, interleaved (row i belongs to
-- account i % 10000); each account has up to 20 vendor and 40 customer people
-- (so <= 64 distinct people).
CREATE UNLOGGED TABLE contacts AS
SELECT (i % 10000)::int AS account,
       '2023-01-01'::timestamptz + ((i * 7919) % 94608000) * interval '1 second' AS occurred_at,
       (1 + (i * 31) % 8)::int::contact_channel AS channel,
       'rep ' || (i * 17) % (1 + i % 20) AS vendor_person,
       (1 + (i / 10000) % 4)::int::org_level AS vendor_level,
       'buyer ' || (i * 13) % (1 + i % 40) AS customer_person,
       (1 + (i / 20000) % 4)::int::org_level AS customer_level,
       i % 3 = 0 AS customer_initiated,
       i % 4 <> 0 AS future_focused,
       ((i * 37) % 201 - 100) / 100.0::float8 AS sentiment
FROM generate_series(1::bigint, 5000000) i;
VACUUM ANALYZE contacts;
