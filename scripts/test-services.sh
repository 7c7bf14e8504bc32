#!/usr/bin/env bash
# test-services.sh: get what the Neo4j tests need before `make test` runs them.
#
# First choice, the route CI takes: a Docker engine (installed from Debian's packages and started when none answers)
# and the locally built Neo4j image, which testcontainers-go runs. When that cannot be had (no root, no apt), the same
# Neo4j distribution is resolved from Maven Central for the host's Java 17. When NEO4J_URI names a server, nothing is
# needed. This script never fails the build by itself: with nothing available the Neo4j tests skip, or fail when
# RINGLEADER_REQUIRE_NEO4J=1 (as .ci/run sets).
set -uo pipefail
cd "$(dirname "$0")/.."

say() { printf 'test-services: %s\n' "$*"; }

if [ -n "${NEO4J_URI:-}" ]; then
	say "NEO4J_URI is set: the tests use $NEO4J_URI"
	exit 0
fi
if [ "${RINGLEADER_NO_DOCKER:-}" != "1" ] && scripts/docker-up.sh && testing/neo4j/build-images.sh; then
	say "Docker engine and the Neo4j image are ready (route testcontainers)"
	exit 0
fi
say "no Docker route; resolving the Neo4j distribution for the host's Java (route host-java)"
if testing/neo4j/build-dist.sh; then
	exit 0
fi
say "no Neo4j route could be prepared: the Neo4j tests will skip (or fail with RINGLEADER_REQUIRE_NEO4J=1)"
exit 0
