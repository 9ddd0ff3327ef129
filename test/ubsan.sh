#!/bin/bash
# Runs the pg_regress suite (and the isolation test) against attune built
# with gcc's UndefinedBehaviorSanitizer, every finding fatal: a shift out of
# range, a signed overflow, a misaligned or null access, a bad bool or enum,
# a float converted to an integer it does not fit (float-cast-overflow, which
# -fsanitize=undefined leaves out) in our C code ends the backend, and the
# suite fails.  The build also compiles our Assert()s (USE_ASSERT_CHECKING),
# which a server built without assertions leaves out.  The build is made in
# a copy of the tree; the normal build is installed again afterwards.  Not
# part of make test (it installs another build): run by `make ubsan`.
# Usage: test/ubsan.sh PG_MAJOR
set -euo pipefail
cd "$(dirname "$0")/.."
major=${1:-15}
pg_config=/usr/lib/postgresql/$major/bin/pg_config
copy=$(mktemp -d)
restore() {
	make -s PG_CONFIG="$pg_config" install >/dev/null
	rm -rf "$copy"
}
trap restore EXIT

git ls-files -z | xargs -0 cp --parents -t "$copy"
chmod -R a+rX "$copy"
make -s -C "$copy" PG_CONFIG="$pg_config" \
	COPT="-fsanitize=undefined,float-cast-overflow -fno-sanitize-recover=all -fno-omit-frame-pointer -DUSE_ASSERT_CHECKING" >/dev/null
make -s -C "$copy" PG_CONFIG="$pg_config" install >/dev/null
nm -D "$copy/attune.so" | grep __ubsan_handle >/dev/null || { echo "ubsan: the build is not instrumented" >&2; exit 1; }
echo "ubsan: attune built with -fsanitize=undefined,float-cast-overflow and assertions, and installed"
# The regression suites, then the fuzz scripts (hostile and extreme values),
# in one throwaway cluster.
pg_virtualenv -t -v "$major" bash -c '
	set -e
	make -s -C "$1" PG_CONFIG="$2" installcheck
	cd "$1" && test/fuzz.sh' ubsan "$copy" "$pg_config"
