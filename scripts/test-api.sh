#!/usr/bin/env bash
# test-api.sh: an OpenAPI-driven property test of the API. Schemathesis (from PyPI, in a
# local virtual environment) generates requests from api/openapi.json for every route and
# checks that none is answered with a 5xx, and that answers conform to the document's
# status codes. The server runs the demo ring with an admin token, so every route is
# reachable.
#
# Environment: RINGLEADER_VENV (default ~/.cache/ringleader/venv-api), MAX_EXAMPLES (default 50).
set -euo pipefail
cd "$(dirname "$0")/.."
venv=${RINGLEADER_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/ringleader/venv-api}
examples=${MAX_EXAMPLES:-50}
say() { printf 'test-api: %s\n' "$*"; }

if [ ! -x "$venv/bin/schemathesis" ]; then
	say "installing schemathesis into $venv"
	python3 -m venv "$venv"
	"$venv/bin/pip" install -q 'schemathesis>=4,<5'
fi
say "$("$venv/bin/schemathesis" --version)"

work=$(mktemp -d)
pid=""
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
go build -o "$work/ringleader" ./cmd/ringleader
store="sqlite:$work/rl.db"
"$work/ringleader" demo --no-serve --store "$store" >/dev/null
token=$("$work/ringleader" token create --store "$store" --name schemathesis --role admin --cases all 2>/dev/null)
"$work/ringleader" serve --store "$store" --addr 127.0.0.1:0 --rate-limit 0 --audit-log "$work/audit.jsonl" \
	>"$work/serve.out" 2>"$work/serve.log" &
pid=$!
addr=""
for _ in $(seq 100); do
	addr=$(sed -n 's|.*listening on \(http://[0-9.:]*\).*|\1|p' "$work/serve.out" 2>/dev/null || true)
	[ -n "$addr" ] && break
	sleep 0.1
done
[ -n "$addr" ] || { say "the server did not start"; cat "$work/serve.log"; exit 1; }

# POST /api/v1/load is left out: its bodies would be random bundles written into the store
# under test; its validation is covered by the loaders' fuzz targets and the API tests.
# Run from the scratch directory, where schemathesis keeps its cache, not in the repository.
(cd "$work" && "$venv/bin/schemathesis" run "$addr/api/v1/openapi.json" \
	--header "Authorization: Bearer $token" \
	--checks not_a_server_error,status_code_conformance,content_type_conformance \
	--exclude-method POST \
	--max-examples "$examples" --seed 42 --no-color)
status=$?
if grep -q '"level":"ERROR"' "$work/serve.log"; then
	say "the server logged errors:"; grep '"level":"ERROR"' "$work/serve.log" | head -20
	exit 1
fi
exit $status
