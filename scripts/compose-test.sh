#!/usr/bin/env bash
# compose-test.sh: bring docker-compose.yml up with the images built on this machine, provision it as a user would,
# and run the Go test that checks it (testing/compose, TestCompose: see its package documentation for what it asserts).
# This script only provisions; it judges nothing but whether each step ran.
#
#   1. Neo4j (NEO4J_IMAGE, default ringleader/neo4j:5.26.31 from testing/neo4j/build-images.sh) comes up healthy;
#   2. `ringleader demo --no-serve --store bolt://neo4j:7687`, run through the ringleader service, loads the demo ring
#      (its output is kept for the test);
#   3. `ringleader token create`, the same way, stores an analyst token in Neo4j;
#   4. `up -d ringleader` serves the API (RINGLEADER_IMAGE, default ringleader:latest from scripts/build-app-image.sh);
#   5. `go test -run '^TestCompose$' ./testing/compose/` with RINGLEADER_COMPOSE_URL, _TOKEN, _DEMO_OUTPUT,
#      _NEO4J_URL, _NEO4J_PASSWORD and _IMAGE saying where all that is, and RINGLEADER_REQUIRE_COMPOSE=1.
# The stack runs under its own project name on free loopback ports, and is removed at the end, volumes included,
# failed or not (its logs are printed on failure).
#
# Compose: the `docker compose` plugin when present, else `docker-compose`; Debian's docker.io ships neither, so
# where both are missing this installs Debian's docker-compose (1.29, Python) with apt-get. Needs a Docker engine
# (scripts/docker-up.sh, which this calls).
#
# Environment: NEO4J_IMAGE, RINGLEADER_IMAGE; COMPOSE_TEST_TIMEOUT seconds per wait (default 300, the test's too); GO.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOCKER_BUILDKIT=0
export NEO4J_IMAGE=${NEO4J_IMAGE:-ringleader/neo4j:5.26.31}
export RINGLEADER_IMAGE=${RINGLEADER_IMAGE:-ringleader:latest}
export COMPOSE_PROJECT_NAME=ringleader-compose-test-$$
timeout=${COMPOSE_TEST_TIMEOUT:-300}

say() { printf 'compose-test: %s\n' "$*"; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f s", b - a }'; }
start=$(now)

scripts/docker-up.sh >/dev/null
docker image inspect "$NEO4J_IMAGE" >/dev/null 2>&1 || {
	say "$NEO4J_IMAGE is missing: building it"
	testing/neo4j/build-images.sh
}
docker image inspect "$RINGLEADER_IMAGE" >/dev/null 2>&1 || {
	say "$RINGLEADER_IMAGE is missing: building it"
	APP_IMAGE=$RINGLEADER_IMAGE scripts/build-app-image.sh
}

if docker compose version >/dev/null 2>&1; then
	compose=(docker compose)
elif command -v docker-compose >/dev/null; then
	compose=(docker-compose)
else
	[ "$(id -u)" -eq 0 ] || { say "no docker compose and no docker-compose, and installing one needs root"; exit 1; }
	say "no docker compose plugin or docker-compose: installing Debian's docker-compose"
	if [ ! -x /usr/sbin/policy-rc.d ] || ! grep -q 'exit 101' /usr/sbin/policy-rc.d; then
		printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
		chmod 755 /usr/sbin/policy-rc.d
	fi
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends docker-compose >/dev/null
	compose=(docker-compose)
fi
say "using ${compose[*]} ($("${compose[@]}" version --short 2>/dev/null || "${compose[@]}" version | head -n 1))"
dc() { "${compose[@]}" --ansi never "$@"; }
"${compose[@]}" --ansi never version >/dev/null 2>&1 || dc() { "${compose[@]}" --no-ansi "$@"; }

# A free port on 127.0.0.1: nothing accepts a connection there (and the kernel's ephemeral range is avoided).
free_port() {
	local p
	while :; do
		p=$(( 20000 + RANDOM % 12000 ))
		if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
			echo "$p"
			return
		fi
	done
}
export NEO4J_HTTP_PORT=$(free_port) NEO4J_BOLT_PORT=$(free_port) RINGLEADER_PORT=$(free_port)
NEO4J_PASSWORD=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
export NEO4J_PASSWORD

work=$(mktemp -d)
ok=0
cleanup() {
	if [ "$ok" != 1 ]; then
		say "FAILED; last lines of the stack's logs:"
		dc logs --tail 40 >&2 2>&1 || true
	fi
	dc down -v --remove-orphans >/dev/null 2>&1 || true
	rm -rf "$work"
}
trap cleanup EXIT
fail() { say "FAIL: $*"; exit 1; }

# wait_for WHAT COMMAND...: runs COMMAND every second until it succeeds, for at most $timeout seconds.
wait_for() {
	local what=$1 t
	shift
	t=$(now)
	local deadline=$(( $(date +%s) + timeout ))
	until "$@" >/dev/null 2>&1; do
		[ "$(date +%s)" -lt "$deadline" ] || fail "$what: not within ${timeout}s"
		sleep 1
	done
	say "ok: $what after $(since "$t")"
}

say "project $COMPOSE_PROJECT_NAME: Neo4j $NEO4J_IMAGE on 127.0.0.1:$NEO4J_BOLT_PORT (HTTP $NEO4J_HTTP_PORT), Ringleader $RINGLEADER_IMAGE on 127.0.0.1:$RINGLEADER_PORT"
dc up -d neo4j >/dev/null 2>&1 || { dc up -d neo4j; exit 1; }
healthy() { [ "$(docker inspect --format '{{.State.Health.Status}}' "$(dc ps -q neo4j)")" = healthy ]; }
wait_for "Neo4j healthy (Bolt accepts connections)" healthy

t=$(now)
dc run --rm -T ringleader demo --no-serve --store bolt://neo4j:7687 >"$work/demo.out" 2>&1 ||
	{ tail -n 20 "$work/demo.out" >&2; fail "demo into Neo4j"; }
say "ok: demo into Neo4j ran ($(since "$t"))"

dc run --rm -T ringleader token create --name compose-test --role analyst --cases all >"$work/token.out" 2>"$work/token.err" ||
	{ cat "$work/token.err" >&2; fail "token create"; }
dc up -d ringleader >/dev/null 2>&1 || { dc up -d ringleader; exit 1; }

say "running the Go test (testing/compose)"
RINGLEADER_COMPOSE_URL=http://127.0.0.1:$RINGLEADER_PORT \
RINGLEADER_COMPOSE_TOKEN=$(tail -n 1 "$work/token.out") \
RINGLEADER_COMPOSE_DEMO_OUTPUT=$work/demo.out \
RINGLEADER_COMPOSE_NEO4J_URL=http://127.0.0.1:$NEO4J_HTTP_PORT \
RINGLEADER_COMPOSE_NEO4J_PASSWORD=$NEO4J_PASSWORD \
RINGLEADER_COMPOSE_IMAGE=$RINGLEADER_IMAGE \
RINGLEADER_REQUIRE_COMPOSE=1 \
COMPOSE_TEST_TIMEOUT=$timeout \
	"${GO:-go}" test -count=1 -v -run '^TestCompose$' ./testing/compose/

ok=1
say "done in $(since "$start")"
