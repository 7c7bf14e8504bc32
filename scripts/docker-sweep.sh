#!/usr/bin/env bash
# docker-sweep.sh: remove every container (and network) labelled org.testcontainers=true, with its anonymous volumes.
#
# testcontainers-go's reaper (Ryuk) is disabled here (its image is on Docker Hub, which is unreachable), so this is
# the backstop for containers whose test binary died before removing them. Run it after the whole test run, not
# during one: it also removes the containers of tests still running. No engine, nothing to do: exits 0.
set -euo pipefail

say() { printf 'docker-sweep: %s\n' "$*"; }

if ! docker info >/dev/null 2>&1; then
	say "no Docker engine answers: nothing to sweep"
	exit 0
fi

mapfile -t containers < <(docker ps -aq --filter label=org.testcontainers=true)
if [ "${#containers[@]}" -eq 0 ]; then
	say "no testcontainers containers"
else
	docker ps -a --filter label=org.testcontainers=true --format '  {{.ID}} {{.Image}} {{.Status}}' | sed 's/^/docker-sweep: remove/'
	docker rm --force --volumes "${containers[@]}" >/dev/null
	say "removed ${#containers[@]} container(s)"
fi

mapfile -t networks < <(docker network ls -q --filter label=org.testcontainers=true)
if [ "${#networks[@]}" -gt 0 ]; then
	docker network rm "${networks[@]}" >/dev/null
	say "removed ${#networks[@]} network(s)"
fi
