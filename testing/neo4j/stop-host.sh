#!/usr/bin/env bash
# stop-host.sh [DIR]: stop the server start-host.sh started from DIR (same default), by the pid in DIR/neo4j.pid.
# SIGTERM first (Neo4j shuts down cleanly in about a second), SIGKILL after RINGLEADER_NEO4J_STOP_TIMEOUT seconds
# (default 30). The instance directory is kept for its logs; start-host.sh wipes it on the next start.
set -euo pipefail

dir=${1:-${RINGLEADER_NEO4J_RUN:-${TMPDIR:-/tmp}/ringleader-neo4j}}
timeout=${RINGLEADER_NEO4J_STOP_TIMEOUT:-30}
say() { printf 'stop-host: %s\n' "$*" >&2; }

pid=$(cat "$dir/neo4j.pid" 2>/dev/null || true)
if [ -z "$pid" ] || ! kill -0 "$pid" 2>/dev/null; then
	say "no server running from $dir"
	rm -f "$dir/neo4j.pid"
	exit 0
fi
if ! tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q 'org.neo4j.server.CommunityEntryPoint'; then
	say "pid $pid is not a Neo4j server any more: leaving it alone"
	rm -f "$dir/neo4j.pid"
	exit 0
fi

kill -TERM "$pid"
deadline=$(($(date +%s) + timeout))
while kill -0 "$pid" 2>/dev/null; do
	if [ "$(date +%s)" -ge "$deadline" ]; then
		say "pid $pid still running after ${timeout}s: SIGKILL"
		kill -KILL "$pid" 2>/dev/null || true
		break
	fi
	sleep 0.1
done
rm -f "$dir/neo4j.pid"
say "stopped pid $pid ($(grep -c 'Stopped\.' "$dir/console.log" 2>/dev/null || echo 0) \"Stopped.\" in console.log)"
