-- attune: B2B customer/supplier relationship analytics.
-- This install script is made by `make` from the files in src/sql/; edit
-- those, not the script.  Every name is qualified (@extschema@ or
-- pg_catalog), so objects already in the target schema cannot capture a
-- reference made here.

\echo Use "CREATE EXTENSION attune" to load this file. \quit
