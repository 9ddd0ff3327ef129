# Sourced by the suites that start clusters of their own (test/valgrind.sh,
# test/scaleout/run.sh, test/bench/instructions.sh), after they set $work, their scratch directory.
# initdb and the server refuse to run as root: as root, the clusters belong to
# postgres, as the one pg_virtualenv starts does, and the work directory too.

[ "$(id -u)" != 0 ] || chown postgres "$work"

# Runs a command as the clusters' owner: postgres when root (from the work
# directory, which postgres can enter, unlike root's home), else the caller.
as_owner() {
	if [ "$(id -u)" = 0 ]; then
		(cd "$work" && runuser -u postgres -- "$@")
	else
		"$@"
	fi
}
