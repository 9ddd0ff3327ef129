# Sourced by the scripts that install packages or files (test/setup.sh,
# test/pgxn.sh, test/deb.sh): runs a command as root, with sudo when the
# caller is not root.
as_root() {
	if [ "$(id -u)" = 0 ]; then "$@"
	elif command -v sudo >/dev/null; then sudo "$@"
	else echo "need root for: $*" >&2; exit 1
	fi
}
