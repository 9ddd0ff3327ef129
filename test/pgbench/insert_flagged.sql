-- One pgbench transaction: a new account row through the trigger, and an
-- update of one of ten shared rows (clients collide on those).
\set sample random(1, 50)
\set trust random(0, 100)
\set dashboard random(0, 100)
\set hot random(1, 10)
INSERT INTO flagged (client, sample, summary, trust_score, dashboard, vendor_view, customer_view)
SELECT :client_id, :sample, summary, :trust, :dashboard, vendor_view, customer_view
FROM samples WHERE sample = :sample;
UPDATE hot SET dashboard = :dashboard, trust_score = :trust, summary = samples.summary
FROM samples WHERE hot.id = :hot AND samples.sample = :sample;
