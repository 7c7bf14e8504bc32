## bench-peers: Ringleader against igraph, NetworKit and networkx (local venv from PyPI) on
## generated 1k, 20k and 200k-node graphs: agreement, time, peak memory, ratios.
## Writes bench/results/peers.json and docs/benchmarks.md. Takes about an hour on 2 cores.
.PHONY: bench-peers
bench-peers:
	bench/peers/run.sh
