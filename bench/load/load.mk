## bench-load: a first load of 100k people and about 1M links into one Neo4j server through Ringleader and
## through LOAD CSV of the same data, 2 untimed warm-up rounds and 3 timed ones, each side once per round into the
## emptied database. Prints the throughput ratio; writes bench/results/load.json and the "Load into Neo4j"
## section of docs/benchmarks.md. Needs the Docker engine and image of `make test` (or NEO4J_URI and
## LOADBENCH_FLAGS=-import-dir=DIR). About 12 minutes on 2 cores.
LOADBENCH_FLAGS ?=
.PHONY: bench-load
bench-load:
	@scripts/test-services.sh
	$(GO) run ./bench/load/cmd/loadbench $(LOADBENCH_FLAGS)
