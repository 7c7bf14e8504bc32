## bench-scale: a million people end to end on SQLite: generated bundles of 10k, 100k and 1M people (10 ties each
## on average: calls, meetings, payments, shared phones), each step a process of its own (load; analyze degree,
## pagerank, leiden, core, approximate betweenness; the API's centrality call, first and cached; export), time and
## peak memory. Writes bench/results/scale.json, the "A million people end to end" section of docs/benchmarks.md
## and docs/bench-scale.png. Bundles and stores go under the user cache directory (ringleader/scale). Try it small
## with SCALE_FLAGS='-sizes 10000,100000'; -reuse keeps sizes measured by an earlier run.
SCALE_FLAGS ?=
.PHONY: bench-scale
bench-scale:
	$(GO) run ./bench/scale $(SCALE_FLAGS)
