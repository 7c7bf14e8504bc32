## bench-load: a first load of 100k people and about 1M links into Neo4j through Ringleader, through LOAD CSV of the
## same data (CREATE, as for an empty store, and MERGE, re-runnable) and through neo4j-admin database import full.
## The online routes load into one server, 2 untimed warm-up rounds and 3 timed ones, each route once per round into
## the emptied database; then 3 offline imports, each into a new volume that a server starts on. Every load must
## store the same graph (digest). Prints the throughput ratios; writes bench/results/load.json and the "Load into
## Neo4j" section of docs/benchmarks.md. Needs the Docker engine and image of `make test` (or NEO4J_URI and
## LOADBENCH_FLAGS='-import-dir=DIR -sides=ringleader,load-csv-create,load-csv-merge'). About 25 minutes on a quiet
## 2-core machine.
LOADBENCH_FLAGS ?=
.PHONY: bench-load
bench-load:
	@scripts/test-services.sh
	$(GO) run ./bench/load/cmd/loadbench $(LOADBENCH_FLAGS)

## bench-load-gds: a network of GDS_PEOPLE people (default a million, about 10 links each) loaded into a new Neo4j
## server through `ringleader load`, then `ringleader analyze --engine gds` for each of GDS_MEASURES, each step the
## real binary, timed, with its peak memory. Writes bench/results/gds-scale.json and the section "Neo4j at scale:
## load and GDS" of docs/benchmarks.md. Needs the Docker engine and image of `make test`.
GDS_PEOPLE ?= 1000000
GDS_MEASURES ?= degree,pagerank,communities
GDSBENCH_FLAGS ?=
.PHONY: bench-load-gds
bench-load-gds:
	@scripts/test-services.sh
	GO=$(GO) $(GO) run ./bench/load/cmd/gdsbench -people $(GDS_PEOPLE) -measures $(GDS_MEASURES) $(GDSBENCH_FLAGS)
