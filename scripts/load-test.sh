#!/usr/bin/env bash
# load-test.sh: drive the API on loopback with wrk over the insight routes and report
# throughput, p50/p99 latency and errors. Bounded in time: DURATION (default 60s) at
# CONNECTIONS (default 64) with THREADS (default 2). Installs Debian's wrk when missing.
#
# The server runs the demo ring in a fresh sqlite store, with an analyst token and no rate
# limit (the limit protects a shared server from one client; here we measure the server).
# Exits non-zero if any request failed or answered other than 200.
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${DURATION:-60s}
connections=${CONNECTIONS:-64}
threads=${THREADS:-2}
say() { printf 'load-test: %s\n' "$*"; }

if ! command -v wrk >/dev/null; then
	say "installing wrk (Debian package)"
	sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
	$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq wrk >/dev/null
fi

work=$(mktemp -d)
pid=""
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
go build -o "$work/ringleader" ./cmd/ringleader
store="sqlite:$work/rl.db"
"$work/ringleader" demo --no-serve --store "$store" >/dev/null
token=$("$work/ringleader" token create --store "$store" --name load-test --role analyst --cases all 2>/dev/null)
"$work/ringleader" serve --store "$store" --addr 127.0.0.1:0 --rate-limit 0 --audit-log "$work/audit.jsonl" \
	>"$work/serve.out" 2>"$work/serve.log" &
pid=$!
for _ in $(seq 100); do
	addr=$(sed -n 's|.*listening on \(http://[0-9.:]*\).*|\1|p' "$work/serve.out" 2>/dev/null || true)
	[ -n "$addr" ] && break
	sleep 0.1
done
[ -n "$addr" ] || { say "the server did not start"; cat "$work/serve.log"; exit 1; }

cat >"$work/routes.lua" <<LUA
-- Rotate over the insight routes; wrk counts every answer that is not 2xx or 3xx.
local paths = {
  "/api/v1/insights/centrality?measure=betweenness&top=10",
  "/api/v1/insights/centrality?measure=pagerank&top=10&directed=true&weighted=true",
  "/api/v1/insights/communities",
  "/api/v1/insights/case-bridges",
  "/api/v1/paths?from=p216&to=p186&k=3",
  "/api/v1/entities?q=abu",
  "/api/v1/stats",
}
local i = 0
wrk.headers["Authorization"] = "Bearer $token"
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
done = function(summary, latency, requests)
  io.write(string.format("load-test: requests %d, %.0f req/s, p50 %.2f ms, p99 %.2f ms, errors %d (connect %d, read %d, write %d, timeout %d, non-2xx %d)\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout + summary.errors.status,
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout, summary.errors.status))
end
LUA
say "wrk -t$threads -c$connections -d$duration against $addr"
wrk -t"$threads" -c"$connections" -d"$duration" --timeout 10s --latency -s "$work/routes.lua" "$addr" | tee "$work/wrk.out"
audited=$(wc -l <"$work/audit.jsonl")
say "audit records written: $audited"
grep -q 'errors 0 ' "$work/wrk.out" || { say "FAILED: some requests failed"; exit 1; }
