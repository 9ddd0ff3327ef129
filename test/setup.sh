#!/bin/bash
# Set-up shared by `make test` and `make demo`: install the Debian packages
# that are missing, build attune with strict warnings and install it.
# Usage: test/setup.sh PG_MAJOR [extra Debian packages...]
set -euo pipefail
cd "$(dirname "$0")/.."

major=${1:?usage: test/setup.sh PG_MAJOR [packages...]}
shift
packages=(gcc libc6-dev make "postgresql-$major" "postgresql-server-dev-$major" postgresql-common "$@")

. test/as_root.sh

missing=()
for p in "${packages[@]}"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
	echo "setup: installing ${missing[*]}"
	# A throwaway cluster is all the tests need: keep the packages from
	# creating and starting a default one.
	as_root mkdir -p /etc/postgresql-common/createcluster.d
	echo "create_main_cluster = false" | as_root tee /etc/postgresql-common/createcluster.d/attune-no-main.conf >/dev/null
	as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
	as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
	as_root rm -f /etc/postgresql-common/createcluster.d/attune-no-main.conf
fi

pg_config=/usr/lib/postgresql/$major/bin/pg_config
make -s PG_CONFIG="$pg_config"
if [ -w "$("$pg_config" --pkglibdir)" ]; then
	make -s PG_CONFIG="$pg_config" install >/dev/null
else
	as_root make -s PG_CONFIG="$pg_config" install >/dev/null
fi
echo "setup: attune $(sed -n "s/^default_version = '\(.*\)'/\1/p" attune.control) built and installed for PostgreSQL $major"
