-- Every label of every type survives text and binary COPY, and binary input
-- rejects bytes that are not a label.

CREATE TABLE all_labels AS
SELECT n,
       CASE WHEN n BETWEEN 1 AND 5 THEN n::rel_stage END AS stage,
       CASE WHEN n BETWEEN 0 AND 3 THEN n::trust_level END AS trust,
       CASE WHEN n BETWEEN 0 AND 2 THEN n::jbp_mode END AS jbp,
       CASE WHEN n BETWEEN 1 AND 8 THEN n::contact_channel END AS channel,
       CASE WHEN n BETWEEN 1 AND 4 THEN n::org_level END AS level
FROM generate_series(0, 8) n;

-- Text COPY out and back in.
\copy all_labels TO 'results/all_labels.txt'
CREATE TABLE from_text (LIKE all_labels);
\copy from_text FROM 'results/all_labels.txt'

-- Binary COPY out and back in.
\copy all_labels TO 'results/all_labels.bin' WITH (FORMAT binary)
CREATE TABLE from_binary (LIKE all_labels);
\copy from_binary FROM 'results/all_labels.bin' WITH (FORMAT binary)

SELECT * FROM from_binary ORDER BY n;

-- Both copies equal the original, row for row (IS NOT DISTINCT FROM: NULLs too).
SELECT count(*) AS rows,
       count(*) FILTER (WHERE t IS NOT DISTINCT FROM a) AS text_equal,
       count(*) FILTER (WHERE b IS NOT DISTINCT FROM a) AS binary_equal
FROM all_labels a
JOIN from_text t USING (n)
JOIN from_binary b USING (n);

-- The binary form is one byte, the label's integer value.
SELECT n, rel_stage_send(stage) AS stage, trust_level_send(trust) AS trust,
       jbp_mode_send(jbp) AS jbp, contact_channel_send(channel) AS channel,
       org_level_send(level) AS level
FROM all_labels ORDER BY n;

-- Hostile binary input: binary_copy_result() (test/regress_helpers.sql) hands
-- exactly the given bytes to the type's receive function.
\i test/regress_helpers.sql

SELECT type, payload, pg_temp.binary_copy_result(type, payload) AS result
FROM (VALUES ('rel_stage'::regtype, '\x01'::bytea), ('rel_stage', '\x05'),
             ('rel_stage', '\x00'), ('rel_stage', '\x06'), ('rel_stage', '\xff'),
             ('trust_level', '\x00'), ('trust_level', '\x03'), ('trust_level', '\x04'),
             ('jbp_mode', '\x02'), ('jbp_mode', '\x03'),
             ('contact_channel', '\x08'), ('contact_channel', '\x09'),
             ('org_level', '\x04'), ('org_level', '\x80'),
             ('org_level', '\x'), ('org_level', '\x0101'), ('rel_stage', '\x0300000000')) v(type, payload);

-- The full message for one bad byte: a file whose trust column holds
-- trust_level bytes, read as rel_stage (trust_level's 0, 'none', is no
-- rel_stage).
CREATE TABLE misread (LIKE all_labels);
ALTER TABLE misread ALTER COLUMN trust TYPE rel_stage USING NULL;
\copy misread FROM 'results/all_labels.bin' WITH (FORMAT binary)
SELECT count(*) AS rows_read FROM misread;

DROP TABLE all_labels, from_text, from_binary, misread;
