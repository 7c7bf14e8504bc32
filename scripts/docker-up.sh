#!/usr/bin/env bash
# docker-up.sh: make sure a Docker engine answers on this machine.
#
# If `docker info` already works it only prints the versions. Otherwise it installs Debian's docker.io (and
# debootstrap, which testing/neo4j/build-images.sh needs) when dockerd is missing, then starts dockerd in the
# background. There is no systemd here, so apt must not try to start services: /usr/sbin/policy-rc.d exits 101.
#
# --bip=172.17.0.1/16 fixes the bridge gateway: this machine has /.dockerenv, so testcontainers-go believes it runs
# in a container and dials the gateway (see shared/notes/verified-here.md). The engine is left running on purpose.
#
# Environment: DOCKERD_LOG (default /var/log/ringleader-dockerd.log), DOCKER_UP_TIMEOUT seconds (default 60).
set -euo pipefail

log=${DOCKERD_LOG:-/var/log/ringleader-dockerd.log}
timeout=${DOCKER_UP_TIMEOUT:-60}

say() { printf 'docker-up: %s\n' "$*"; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f s", b - a }'; }

sudo=""
if [ "$(id -u)" -ne 0 ]; then
	command -v sudo >/dev/null || { say "need root (or sudo) to install and start dockerd"; exit 1; }
	sudo="sudo"
fi

versions() {
	docker version --format 'docker-up: client {{.Client.Version}} (API {{.Client.APIVersion}}), engine {{.Server.Version}} (API {{.Server.APIVersion}})'
	docker info --format 'docker-up: storage {{.Driver}}, cgroup {{.CgroupDriver}} v{{.CgroupVersion}}, root {{.DockerRootDir}}'
}

if docker info >/dev/null 2>&1; then
	say "engine already answers"
	versions
	exit 0
fi

if ! command -v dockerd >/dev/null || ! command -v debootstrap >/dev/null; then
	t=$(now)
	if [ ! -x /usr/sbin/policy-rc.d ] || ! grep -q 'exit 101' /usr/sbin/policy-rc.d; then
		say "writing /usr/sbin/policy-rc.d (exit 101) so apt starts no services"
		printf '#!/bin/sh\nexit 101\n' | $sudo tee /usr/sbin/policy-rc.d >/dev/null
		$sudo chmod 755 /usr/sbin/policy-rc.d
	fi
	say "installing docker.io and debootstrap from Debian"
	$sudo apt-get update -qq
	$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
		docker.io debootstrap ca-certificates >/dev/null
	say "installed in $(since "$t")"
fi

# A dockerd started by an earlier call may still be coming up: do not start a second one.
if pid=$(cat /var/run/docker.pid 2>/dev/null) && [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
	say "dockerd already running (pid $pid), waiting for it"
else
	say "starting dockerd (log: $log)"
	$sudo mkdir -p "$(dirname "$log")"
	# setsid + nohup: the engine must outlive this script and the shell that ran it.
	$sudo setsid nohup dockerd --storage-driver=overlay2 --bip=172.17.0.1/16 >>"$log" 2>&1 </dev/null &
fi

t=$(now)
deadline=$(( $(date +%s) + timeout ))
until docker info >/dev/null 2>&1; do
	if [ "$(date +%s)" -ge "$deadline" ]; then
		say "dockerd did not answer within ${timeout}s; last lines of $log:"
		tail -n 30 "$log" >&2 || true
		exit 1
	fi
	sleep 0.5
done
say "engine answers after $(since "$t")"
versions
