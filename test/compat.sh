#!/bin/bash
# make compat: `make test` against other PostgreSQL major versions, each in a
# new Debian root of the release that packages that version, made with
# debootstrap (as root; about six minutes a version).  Only committed work is
# tested: the root gets a clone of HEAD.
# Usage: test/compat.sh [MAJOR...]        default: 13 15 17
#   13: Debian 11 (bullseye)   15: Debian 12 (bookworm)   17: Debian 13 (trixie)
#   18: Debian unstable (sid; it moves)   14 and 16: in no Debian release
set -uo pipefail
cd "$(dirname "$0")/.."

[ "$(id -u)" = 0 ] || { echo "compat: needs root (debootstrap, chroot)" >&2; exit 1; }
command -v debootstrap >/dev/null ||
	{ apt-get update -qq && apt-get install -y -qq debootstrap >/dev/null; } || exit 1

suite_of() {
	case $1 in
		13) echo bullseye ;;
		15) echo bookworm ;;
		17) echo trixie ;;
		18) echo sid ;;
		*) return 1 ;;
	esac
}

# The root of a release is made once and kept as a tarball.
pristine_root() {
	local suite=$1 tarball=${TMPDIR:-/tmp}/attune-compat-$1.tar build
	if [ ! -f "$tarball" ]; then
		build=$(mktemp -d) && chmod 755 "$build"	# a root others can enter
		debootstrap --variant=minbase --include=git,make,ca-certificates "$suite" "$build" \
			http://deb.debian.org/debian >"$build.log" 2>&1 ||
			{ echo "compat: debootstrap $suite failed, see $build.log" >&2; return 1; }
		tar -C "$build" -cf "$tarball" . && rm -rf --one-file-system "$build" "$build.log"
	fi
	echo "$tarball"
}

# The release and its point-release updates; not its security archive, whose
# index for an old release can name files it no longer holds (seen for 11).
sources_of() {
	echo "deb http://deb.debian.org/debian $1 main"
	[ "$1" = sid ] || echo "deb http://deb.debian.org/debian $1-updates main"
}

# make test for one major version in a new root; its last line is the summary
test_major() {
	local major=$1 suite tarball root status
	suite=$(suite_of "$major") || { echo "compat: PostgreSQL $major is in no Debian release" >&2; return 1; }
	tarball=$(pristine_root "$suite") || return 1
	root=$(mktemp -d)
	tar -C "$root" -xf "$tarball" && chmod 755 "$root"
	cp /etc/resolv.conf "$root/etc/resolv.conf"
	sources_of "$suite" >"$root/etc/apt/sources.list"
	# a mirror's copy of unstable can be older than its Release file's Valid-Until
	echo 'Acquire::Check-Valid-Until "false";' >"$root/etc/apt/apt.conf.d/99attune-compat"
	mount -t proc proc "$root/proc" && mount --rbind /dev "$root/dev" && mount -t sysfs sys "$root/sys"
	git clone -q . "$root/root/attune"
	chroot "$root" /bin/bash -lc "cd /root/attune && make test PG_MAJOR=$major" </dev/null
	status=$?
	# end anything the tests left running in the root before unmounting it
	for p in /proc/[0-9]*; do
		[ "$(readlink "$p/root" 2>/dev/null)" = "$root" ] && kill -9 "${p#/proc/}" 2>/dev/null
	done
	sleep 1
	umount -R "$root/dev" "$root/proc" "$root/sys" 2>/dev/null || umount -lR "$root/dev" "$root/proc" "$root/sys"
	rm -rf --one-file-system "$root"
	return $status
}

majors=("$@")
[ ${#majors[@]} -gt 0 ] || majors=(13 15 17)
failed=()
for major in "${majors[@]}"; do
	echo "== PostgreSQL $major"
	test_major "$major" || failed+=("$major")
done
if [ ${#failed[@]} -gt 0 ]; then
	echo "compat: failed on PostgreSQL ${failed[*]}"
	exit 1
fi
echo "compat: passed on PostgreSQL ${majors[*]}"
