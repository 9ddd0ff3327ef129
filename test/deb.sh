#!/bin/bash
# make deb-check: the Debian package as a user gets it.  Builds it with
# dpkg-buildpackage from a copy of the tracked files (pg_buildext builds
# each supported PostgreSQL version in the tree, and dh_pgxs_test runs the
# installcheck with the package's files), installs the .deb with apt, and
# runs the installcheck again against the installed package.
# Usage: test/deb.sh PG_MAJOR   (after test/setup.sh PG_MAJOR build-essential debhelper dpkg-dev postgresql-server-dev-all)
set -euo pipefail
cd "$(dirname "$0")/.."
major=${1:-15}
pg_config=/usr/lib/postgresql/$major/bin/pg_config

. test/as_root.sh

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/attune"
git ls-files -z | xargs -0 cp --parents -t "$work/attune"
chmod -R a+rX "$work"
(cd "$work/attune" && dpkg-buildpackage -us -uc -b)
deb=$(ls "$work"/postgresql-"$major"-attune_*.deb)
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null
dpkg-query -W "postgresql-$major-attune"
# the installed files, not this tree's build: installcheck only runs the tests
pg_virtualenv -t -v "$major" make -s PG_CONFIG="$pg_config" installcheck
echo "deb: $(basename "$deb") built, installed and checked"
