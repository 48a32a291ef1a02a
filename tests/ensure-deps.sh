#!/bin/sh
# Makes sure the packages that `make check` needs are installed: installs the
# missing ones with apt-get when it can (root or sudo), else names the command.
set -u
need=""
have_cmd() { command -v "$1" >/dev/null 2>&1; }
pc() { pkg-config --exists "$1" 2>/dev/null; }

have_cmd pkg-config || need="$need pkg-config"
have_cmd cc || need="$need gcc"
have_cmd tmux || need="$need tmux"
have_cmd groff || need="$need groff-base"
have_cmd cppcheck || need="$need cppcheck"
have_cmd python3 || need="$need python3"
# slope export's scripts run with Debian's python3 and its NumPy
/usr/bin/python3 -c 'import numpy' 2>/dev/null || need="$need python3-numpy"
have_cmd msgfmt || need="$need gettext"
pc ncursesw || need="$need libncurses-dev"
pc cmocka || [ -f /usr/include/cmocka.h ] || need="$need libcmocka-dev"
locale -a 2>/dev/null | grep -qi '^c\.utf-\?8$' || need="$need locales"

[ -z "$need" ] && exit 0

cmd="apt-get update && apt-get install -y$need"
if [ "$(id -u)" = 0 ]; then
	echo "deps: installing$need"
	DEBIAN_FRONTEND=noninteractive sh -c "apt-get update -qq && apt-get install -y -qq$need" >/dev/null ||
		{ echo "deps: could not install; run: $cmd" >&2; exit 1; }
elif have_cmd sudo && sudo -n true 2>/dev/null; then
	echo "deps: installing$need with sudo"
	sudo -n env DEBIAN_FRONTEND=noninteractive sh -c "apt-get update -qq && apt-get install -y -qq$need" >/dev/null ||
		{ echo "deps: could not install; run: sudo sh -c '$cmd'" >&2; exit 1; }
else
	echo "deps: missing$need; run: sudo sh -c '$cmd'" >&2
	exit 1
fi
