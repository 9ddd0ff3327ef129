#!/bin/bash
# make pgxn-check: the archive `make dist` makes, as a PGXN user gets it.
# Debian's pgxnclient installs it (unpack, make, make install) and runs its
# installcheck (pgxn check) against a throwaway cluster, from the unpacked
# archive, not from this tree.
# Usage: test/pgxn.sh PG_MAJOR   (after test/setup.sh PG_MAJOR pgxnclient)
set -euo pipefail
cd "$(dirname "$0")/.."
major=${1:-15}
pg_config=/usr/lib/postgresql/$major/bin/pg_config
version=$(sed -n "s/^default_version = '\(.*\)'/\1/p" attune.control)
archive=attune-$version.zip

. test/as_root.sh

make -s PG_CONFIG="$pg_config" dist
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$archive" "$work/"
chmod -R a+rX "$work"
# pgxn validates the archive's META.json as it unpacks it
as_root pgxn install --pg_config "$pg_config" "$work/$archive"
pg_virtualenv -t -v "$major" pgxn check --pg_config "$pg_config" "$work/$archive"
echo "pgxn: $archive installed and checked with pgxnclient"
