#!/usr/bin/env bash
# Peer benchmark (make bench-peers): Ringleader against igraph, NetworKit and networkx on
# the same generated graphs, in one run. It makes a virtual environment with the peers
# from PyPI, builds rlbench, writes the graphs, and hands over to peers.py, which writes
# bench/results/peers.json and docs/benchmarks.md at the repository root.
#
# Environment: GRAPHS (default "1k=1000 20k=20000 200k=200000"), REPEAT (3),
# LONG_REPEAT (1: runs of a case whose first run took over LONG seconds, default 60),
# EPS (0.01), DELTA (0.1), TIMEOUT (900: seconds after which a run is stopped and its
# time kept as a lower bound), ALGORITHMS (comma list, default all), PEERS_VENV
# (default ~/.cache/ringleader/venv-peers), BENCH_DIR for the graphs (default
# ~/.cache/ringleader/bench-graphs), MERGE (set: replace only the rows of the cases run,
# keeping the others in bench/results/peers.json) and NOTE (a paragraph for the page's
# machine section, such as which rows come from which run).
set -euo pipefail
cd "$(dirname "$0")/../.."

VENV=${PEERS_VENV:-$HOME/.cache/ringleader/venv-peers}
DIR=${BENCH_DIR:-$HOME/.cache/ringleader/bench-graphs}
GRAPHS=${GRAPHS:-"1k=1000 20k=20000 200k=200000"}
PYTHON=${PYTHON:-python3}

# Versions the figures in docs/benchmarks.md were taken with.
PINS="igraph==1.0.0 networkit==11.3 networkx==3.6.1"

if [ ! -x /usr/bin/time ]; then
	echo "bench-peers: GNU time (/usr/bin/time) measures peak memory; installing it" >&2
	apt-get install -y time >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y time >/dev/null; }
fi
if [ ! -x "$VENV/bin/python" ]; then
	"$PYTHON" -m venv "$VENV"
fi
if ! "$VENV/bin/python" -c 'import igraph, networkit, networkx' 2>/dev/null; then
	"$VENV/bin/pip" install -q --upgrade pip
	# shellcheck disable=SC2086
	"$VENV/bin/pip" install -q $PINS
fi

mkdir -p "$DIR" bin docs
go build -trimpath -o bin/rlbench ./bench/peers/cmd/rlbench

list=()
for spec in $GRAPHS; do
	name=${spec%%=*}
	n=${spec#*=}
	file="$DIR/synthetic-$n-deg10-seed1.txt"
	[ -s "$file" ] || bin/rlbench gen -n "$n" -degree 10 -seed 1 -out "$file"
	list+=("$name=$file")
done
graphs=$(IFS=,; echo "${list[*]}")

extra=()
[ -n "${MERGE:-}" ] && extra+=(--merge)
[ -n "${NOTE:-}" ] && extra+=(--note "$NOTE")

exec "$VENV/bin/python" bench/peers/peers.py bench --rlbench bin/rlbench --graphs "$graphs" \
	--repeat "${REPEAT:-3}" --long "${LONG:-60}" --long-repeat "${LONG_REPEAT:-1}" \
	--eps "${EPS:-0.01}" --delta "${DELTA:-0.1}" --algorithms "${ALGORITHMS:-}" --timeout "${TIMEOUT:-900}" \
	--json bench/results/peers.json --doc docs/benchmarks.md "${extra[@]}"
