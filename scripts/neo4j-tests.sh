#!/usr/bin/env bash
# neo4j-tests.sh PKG...: run the packages that start a Neo4j server, one at a time, verbosely into a log, then print
# each package's result, every skipped test and the route each server came by (testcontainers, host-java or env),
# so that `make test` shows how Neo4j was reached. On failure the log is printed without the passing tests' lines.
set -uo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp -t ringleader-neo4j-tests.XXXXXX)
trap 'rm -f "$log"' EXIT
"${GO:-go}" test -count=1 -timeout 40m -p 1 -v "$@" >"$log" 2>&1
status=$?
if [ "$status" -ne 0 ]; then
	grep -v -E '^\s*(=== (RUN|PAUSE|CONT)|--- PASS)' "$log"
else
	grep -E 'neo4jtest: route=|^\s*--- SKIP|^(ok|FAIL)\s' "$log" | sed -E 's/^\s+[a-z_]+\.go:[0-9]+: //'
	if grep -q -E '^\s*--- SKIP' "$log"; then
		grep -A3 -E '^\s*--- SKIP' "$log" | grep -v -E '^\s*--- SKIP' | sed -E 's/^\s+//' | sed 's/^/  skipped: /'
	fi
fi
exit "$status"
