#!/usr/bin/env bash
# compose-test.sh: bring docker-compose.yml up with the images built on this machine and check that Ringleader in it
# answers insights read from that Neo4j.
#
#   1. Neo4j (NEO4J_IMAGE, default ringleader/neo4j:5.26.31 from testing/neo4j/build-images.sh) comes up healthy;
#   2. `ringleader demo --no-serve --store bolt://neo4j:7687`, run through the ringleader service, loads the demo ring;
#   3. `ringleader token create`, the same way, stores an analyst token in Neo4j;
#   4. `up -d ringleader` serves the API (RINGLEADER_IMAGE, default ringleader:latest from scripts/build-app-image.sh);
#   5. /healthz and /readyz answer; /api/v1/stats counts what Neo4j itself counts (asked over its own HTTP API);
#      /api/v1/insights/centrality ranks the same people, with the same betweenness, as the same image computes on
#      the same demo in sqlite.
# The stack runs under its own project name on free loopback ports, and is removed at the end, volumes included,
# failed or not (its logs are printed on failure).
#
# Compose: the `docker compose` plugin when present, else `docker-compose`; Debian's docker.io ships neither, so
# where both are missing this installs Debian's docker-compose (1.29, Python) with apt-get. Needs a Docker engine
# (scripts/docker-up.sh, which this calls).
#
# Environment: NEO4J_IMAGE, RINGLEADER_IMAGE; COMPOSE_TEST_TIMEOUT seconds per wait (default 300).
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

volume=""
ok=0
cleanup() {
	if [ "$ok" != 1 ]; then
		say "FAILED; last lines of the stack's logs:"
		dc logs --tail 40 >&2 2>&1 || true
	fi
	dc down -v --remove-orphans >/dev/null 2>&1 || true
	[ -n "$volume" ] && docker volume rm -f "$volume" >/dev/null 2>&1 || true
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
out=$(dc run --rm -T ringleader demo --no-serve --store bolt://neo4j:7687 2>&1) ||
	{ printf '%s\n' "$out" | tail -n 20 >&2; fail "demo into Neo4j"; }
summary=$(grep -m1 'Demo ring loaded into bolt://neo4j:7687' <<<"$out") || { printf '%s\n' "$out" | tail -n 20 >&2; fail "demo printed no load summary"; }
say "ok: $summary ($(since "$t"))"

token=$(dc run --rm -T ringleader token create --name compose-test --role analyst --cases all 2>/dev/null | tail -n 1)
[[ $token == rl_* ]] || fail "token create printed '$token'"
say "ok: an analyst token is stored in Neo4j"

dc up -d ringleader >/dev/null 2>&1 || { dc up -d ringleader; exit 1; }
api=http://127.0.0.1:$RINGLEADER_PORT
wait_for "Ringleader /healthz" curl -fsS "$api/healthz"
wait_for "Ringleader /readyz (its store answers)" curl -fsS "$api/readyz"
get() { curl -fsS -H "Authorization: Bearer $token" "$api$1"; }
status=$(curl -s -o /dev/null -w '%{http_code}' "$api/api/v1/stats")
[ "$status" = 401 ] || fail "/api/v1/stats without a token answered $status, want 401"

# What Neo4j itself holds, asked over its Query API, against what Ringleader reports.
cypher() {
	curl -fsS -u "neo4j:$NEO4J_PASSWORD" -H 'Content-Type: application/json' \
		-d "{\"statement\": \"$1\"}" "http://127.0.0.1:$NEO4J_HTTP_PORT/db/neo4j/query/v2"
}
stats=$(get /api/v1/stats)
for kind in Person Organisation Shipment Case Account Phone Location Vehicle; do
	in_neo4j=$(cypher "MATCH (n:Entity:$kind) RETURN count(n) AS n" | jq '.data.values[0][0]')
	in_api=$(jq --arg k "$kind" '.entities[$k] // 0' <<<"$stats")
	[ "$in_neo4j" = "$in_api" ] || fail "$kind: Neo4j holds $in_neo4j, /api/v1/stats says $in_api"
done
say "ok: /api/v1/stats counts what Neo4j holds: $(jq -c '.entities' <<<"$stats")"

from_neo4j=$(get '/api/v1/insights/centrality?measure=betweenness&top=10')
people=$(cypher "MATCH (p:Person) RETURN count(p) AS n" | jq '.data.values[0][0]')
[ "$(jq '.nodes' <<<"$from_neo4j")" = "$people" ] || fail "the projection has $(jq '.nodes' <<<"$from_neo4j") nodes, Neo4j $people people"

# The same image, the same demo, in sqlite: the ranking must not depend on the store.
volume=$COMPOSE_PROJECT_NAME-sqlite
docker run --rm -v "$volume:/data" "$RINGLEADER_IMAGE" demo --no-serve >/dev/null 2>&1 || fail "demo into sqlite"
from_sqlite=$(docker run --rm -v "$volume:/data" "$RINGLEADER_IMAGE" analyze --store sqlite:/data/ringleader.db \
	--measure betweenness --top 10 --format json 2>/dev/null) || fail "analyze on sqlite"
ranking() { jq -c '[.results[] | [.id, (.score * 1e9 | round)]]'; }
a=$(ranking <<<"$from_neo4j")
b=$(ranking <<<"$from_sqlite")
[ "$a" = "$b" ] || fail "betweenness top 10 differs: Neo4j $a, sqlite $b"
say "ok: the API on Neo4j ranks as Ringleader on sqlite; top 3: $(jq -c '[.results[:3][] | "\(.id) \(.name) \(.score * 1000 | round / 1000)"]' <<<"$from_neo4j")"

ok=1
say "done in $(since "$start")"
