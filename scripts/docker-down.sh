#!/usr/bin/env bash
# docker-down.sh: stop the dockerd that scripts/docker-up.sh started (pid in /var/run/docker.pid), e.g. to run the
# tests' host-Java route. SIGTERM, then up to DOCKER_DOWN_TIMEOUT seconds (default 30) for it to exit; dockerd stops
# its containerd and running containers itself. Nothing running: exits 0. Start it again with docker-up.sh.
set -euo pipefail

timeout=${DOCKER_DOWN_TIMEOUT:-30}
say() { printf 'docker-down: %s\n' "$*"; }

pid=$(cat /var/run/docker.pid 2>/dev/null || true)
if [ -z "$pid" ] || ! kill -0 "$pid" 2>/dev/null; then
	say "no dockerd running"
	exit 0
fi
if ! tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q '^dockerd'; then
	say "pid $pid in /var/run/docker.pid is not dockerd: leaving it alone"
	exit 1
fi
kill -TERM "$pid"
deadline=$(($(date +%s) + timeout))
while kill -0 "$pid" 2>/dev/null; do
	if [ "$(date +%s)" -ge "$deadline" ]; then
		say "dockerd (pid $pid) still running after ${timeout}s"
		exit 1
	fi
	sleep 0.2
done
say "stopped dockerd (pid $pid)"
