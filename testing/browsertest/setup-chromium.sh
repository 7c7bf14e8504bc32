#!/usr/bin/env bash
# setup-chromium.sh: make sure a headless-capable Chromium is installed, from Debian's own package.
#
# The Browser test (browser_test.go) runs this when it finds no Chromium, so that `make test` on a fresh machine
# of this kind gets one without a manual step. It prints the path of the binary on its last line and exits 0, or
# says why it cannot and exits 1 (the test then skips, or fails under RINGLEADER_REQUIRE_BROWSER=1).
#
# Debian's `chromium` (not a snap, not Google's .deb) is what the test is written against: it runs as root with
# --no-sandbox and has the DevTools pipe (--remote-debugging-pipe) the test drives it through.
set -euo pipefail

say() { printf 'setup-chromium: %s\n' "$*" >&2; }

find_chromium() {
	for c in ${RINGLEADER_CHROMIUM:-} chromium chromium-browser google-chrome-stable google-chrome; do
		if p=$(command -v "$c" 2>/dev/null); then
			echo "$p"
			return 0
		fi
	done
	return 1
}

if p=$(find_chromium); then
	say "found $p ($("$p" --version 2>/dev/null || echo 'version unknown'))"
	echo "$p"
	exit 0
fi

command -v apt-get >/dev/null || { say "no Chromium and no apt-get to install Debian's chromium"; exit 1; }
sudo=""
if [ "$(id -u)" -ne 0 ]; then
	if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
		sudo="sudo -n"
	else
		say "no Chromium, and installing Debian's chromium needs root (or password-less sudo)"
		exit 1
	fi
fi

# No systemd here: apt must not try to start services (same guard as scripts/docker-up.sh).
if [ ! -x /usr/sbin/policy-rc.d ] || ! grep -q 'exit 101' /usr/sbin/policy-rc.d; then
	printf '#!/bin/sh\nexit 101\n' | $sudo tee /usr/sbin/policy-rc.d >/dev/null
	$sudo chmod 755 /usr/sbin/policy-rc.d
fi

t0=$(date +%s)
say "installing Debian's chromium (about 100 MB; once per machine)"
# A held dpkg lock (another apt run) is waited for rather than failed on.
if ! $sudo apt-get update -qq >&2 ||
	! $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
		-o DPkg::Lock::Timeout=300 chromium fonts-dejavu-core fonts-noto-core >&2; then
	say "apt-get could not install chromium"
	exit 1
fi
say "installed in $(( $(date +%s) - t0 )) s"

if p=$(find_chromium); then
	say "$($p --version 2>/dev/null || true)"
	echo "$p"
	exit 0
fi
say "chromium was installed but is not on PATH"
exit 1
