#!/usr/bin/env bash
# start-host.sh [DIR]: run the Neo4j distribution on the host's Java 17, in the background, with a fresh store.
#
# DIR (default $RINGLEADER_NEO4J_RUN, else ${TMPDIR:-/tmp}/ringleader-neo4j) becomes the instance's NEO4J_HOME: conf,
# data, logs, console.log, neo4j.pid and env. Ports are free ones on 127.0.0.1 unless RINGLEADER_NEO4J_BOLT_PORT or
# RINGLEADER_NEO4J_HTTP_PORT fix them; the password is RINGLEADER_NEO4J_PASSWORD or a random one. Builds the
# distribution first if needed (build-dist.sh, idempotent). Waits for "Started." (RINGLEADER_NEO4J_START_TIMEOUT
# seconds, default 120), then prints on stdout, for `eval` or a .env file (also kept in DIR/env):
#   NEO4J_URI=bolt://127.0.0.1:PORT  NEO4J_USER=neo4j  NEO4J_PASSWORD=...  NEO4J_HTTP_URL=http://127.0.0.1:PORT
# If a server started from DIR still runs, it prints that one's lines instead. Stop it with stop-host.sh DIR.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
version=$(sed -n 's:.*<neo4j.version>\(.*\)</neo4j.version>.*:\1:p' "$here/pom.xml" | head -n 1)
dist=${RINGLEADER_NEO4J_DIST:-${XDG_CACHE_HOME:-$HOME/.cache}/ringleader/neo4j-$version}
dir=${1:-${RINGLEADER_NEO4J_RUN:-${TMPDIR:-/tmp}/ringleader-neo4j}}
timeout=${RINGLEADER_NEO4J_START_TIMEOUT:-120}

say() { printf 'start-host: %s\n' "$*" >&2; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f s", b - a }'; }

# running: the pid in DIR/neo4j.pid is alive and is a Neo4j server (not a recycled pid).
running() {
	local pid
	pid=$(cat "$dir/neo4j.pid" 2>/dev/null) || return 1
	[ -n "$pid" ] && kill -0 "$pid" 2>/dev/null &&
		tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q 'org.neo4j.server.CommunityEntryPoint'
}

if running && [ -s "$dir/env" ]; then
	say "already running from $dir (pid $(cat "$dir/neo4j.pid"))"
	cat "$dir/env"
	exit 0
fi

"$here/build-dist.sh" "$dist" >&2

free_port() {
	if command -v python3 >/dev/null; then
		python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
		return
	fi
	local p
	while :; do
		p=$((20000 + RANDOM % 40000))
		(: </dev/tcp/127.0.0.1/$p) 2>/dev/null || { echo "$p"; return; }
	done
}
bolt=${RINGLEADER_NEO4J_BOLT_PORT:-$(free_port)}
http=${RINGLEADER_NEO4J_HTTP_PORT:-$(free_port)}
while [ "$http" = "$bolt" ]; do http=$(free_port); done
password=${RINGLEADER_NEO4J_PASSWORD:-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')}

case "$dir" in / | "$HOME" | "$dist") say "refusing to use $dir as an instance directory"; exit 1 ;; esac
rm -rf "$dir"
mkdir -p "$dir"

t=$(now)
say "starting Neo4j $version from $dist in $dir (bolt 127.0.0.1:$bolt, http 127.0.0.1:$http)"
# The server's own settings must not leak in from the caller's environment: only the ones below apply.
while IFS= read -r name; do unset "$name"; done < <(compgen -e | grep -E '^NEO4J_' || true)
NEO4J_HOME="$dir" NEO4J_DIST="$dist" NEO4J_PIDFILE="$dir/neo4j.pid" NEO4J_AUTH="neo4j/$password" \
	NEO4J_server_default__listen__address=127.0.0.1 \
	NEO4J_server_bolt_listen__address="127.0.0.1:$bolt" \
	NEO4J_server_bolt_advertised__address="127.0.0.1:$bolt" \
	NEO4J_server_http_listen__address="127.0.0.1:$http" \
	NEO4J_server_http_advertised__address="127.0.0.1:$http" \
	setsid nohup "$dist/bin/neo4j-run.sh" >"$dir/console.log" 2>&1 </dev/null &
launcher=$!

deadline=$(($(date +%s) + timeout))
until grep -q '^.* Started\.$' "$dir/console.log" 2>/dev/null; do
	if ! kill -0 "$launcher" 2>/dev/null; then
		say "Neo4j exited before it started; last lines of $dir/console.log:"
		tail -n 30 "$dir/console.log" >&2
		exit 1
	fi
	if [ "$(date +%s)" -ge "$deadline" ]; then
		say "Neo4j did not start within ${timeout}s; stopping it. Last lines of $dir/console.log:"
		tail -n 30 "$dir/console.log" >&2
		kill "$launcher" 2>/dev/null || true
		exit 1
	fi
	sleep 0.2
done

cat >"$dir/env" <<ENV
NEO4J_URI=bolt://127.0.0.1:$bolt
NEO4J_USER=neo4j
NEO4J_PASSWORD=$password
NEO4J_HTTP_URL=http://127.0.0.1:$http
ENV
chmod 600 "$dir/env"
say "started in $(since "$t") (pid $(cat "$dir/neo4j.pid")); stop with: $here/stop-host.sh $dir"
cat "$dir/env"
