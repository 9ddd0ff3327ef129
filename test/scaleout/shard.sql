-- One shard (test/scaleout/run.sh): attune and the table that the
-- coordinator's foreign partition writes to and reads from.
CREATE EXTENSION attune;
CREATE TABLE contacts (
    account int NOT NULL, occurred_at timestamptz, channel contact_channel,
    vendor_person text, vendor_level org_level, customer_person text, customer_level org_level,
    customer_initiated bool, future_focused bool, sentiment float8);
