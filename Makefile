# Ringleader. `make test` is the test command of the README and of CI.
GO       ?= go
PKGS     ?= ./...
BENCHTIME ?= 1x
FUZZTIME ?= 5m
FUZZTIME_SHORT ?= 10s

.PHONY: all build test bench lint fmt clean fuzz load-test test-api browser-png workbench-png bench-web docker-app compose-test web web-deps web-test web-check eval-names

include testing/neo4j/neo4j.mk
include bench/peers/peers.mk
include bench/load/load.mk
include bench/scale/scale.mk

all: build

build:
	CGO_ENABLED=0 $(GO) build -trimpath -o bin/ringleader ./cmd/ringleader

## test: vet, then every test (unit, store conformance on both stores, reference values, end to end).
## It first starts what the Neo4j tests need (scripts/test-services.sh: Docker and the local image, or host Java).
test: web-test
	$(GO) vet $(PKGS)
	@scripts/test-services.sh
	@# Packages that start a Neo4j server run one at a time, after the others: three JVMs starting at
	@# once on 2 cores took over 3 minutes each.
	$(GO) test -count=1 -timeout 30m $$($(GO) list $(PKGS) | grep -v -e /neo4j$$ -e /testing/e2e$$ -e /testing/neo4jtest$$ -e /testing/faults$$ -e /testing/compartments$$ -e /testing/browsertest$$ -e /testing/workbench$$) && \
	GO=$(GO) scripts/neo4j-tests.sh ./neo4j/ ./testing/e2e/ ./testing/neo4jtest/ ./testing/faults/ ./testing/compartments/ ./testing/browsertest/ ./testing/workbench/; \
	status=$$?; scripts/docker-sweep.sh >/dev/null 2>&1 || true; exit $$status
	scripts/fuzz.sh $(FUZZTIME_SHORT)

## web: rebuild the workbench's committed assets (web/dist) from the lockfile; `go run` needs only what is committed.
web:
	cd web && npm ci --no-audit --no-fund && npm run build

## web-deps: install the workbench's npm packages from the lockfile, unless already installed from this lockfile.
web-deps:
	@cd web && if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then \
		npm ci --no-audit --no-fund; fi

## web-test: the workbench's logic under node's test runner, and its TypeScript type-checked (strict).
web-test: web-deps
	cd web && npm run typecheck && npm test

## web-check: a rebuild from the lockfile gives the committed bytes of web/dist, and nothing more.
web-check: web
	git diff --exit-code -- web/dist
	@test -z "$$(git status --porcelain -- web/dist)" || { git status --porcelain -- web/dist; echo "web/dist holds files not committed"; exit 1; }

## test-api: OpenAPI-driven property test (schemathesis, local venv): no 5xx on any route.
test-api:
	scripts/test-api.sh

## eval-names: name matching on the UN list's labelled pairs (../shared/datasets/un_names), the project's pairs and
## cross-script search, with OpenSanctions' nomenklatura beside it (venv under ~/.cache/ringleader); writes docs/names.md.
eval-names:
	scripts/eval-names.sh

## load-test: wrk on loopback over the insight routes for 60 s at 64 connections; throughput, p50/p99, errors.
load-test:
	scripts/load-test.sh

## browser-png: the Neo4j Browser test in headless Chromium; saves docs/browser.png.
browser-png:
	RINGLEADER_BROWSER_PNG=docs/browser.png $(GO) test -count=1 -run TestNeo4jBrowser -v -timeout 30m ./testing/browsertest/

## workbench-png: the workbench's browser tests in headless Chromium; save docs/workbench-{demo,case,money}.png.
workbench-png: web-deps
	RINGLEADER_WORKBENCH_PNG=docs $(GO) test -count=1 -run 'TestWorkbench$$' -v -timeout 30m ./testing/workbench/

## bench-web: the workbench in headless Chromium: time to the demo chart, to a 10,000-node chart, layout speed.
bench-web: web-deps
	$(GO) test -run '^$$' -bench Workbench -benchtime 5x -timeout 30m ./testing/workbench/

## docker-app: Ringleader's image from the Dockerfile on locally made bases, run as non-root and checked.
docker-app:
	scripts/build-app-image.sh

## compose-test: docker-compose.yml with the local images: demo into Neo4j, a token, insights from Neo4j. The script
## provisions the stack; the Go test testing/compose (TestCompose) checks it.
compose-test:
	GO=$(GO) scripts/compose-test.sh

## fuzz: every fuzz target (CSV bundle, JSON Lines, FtM, query parameters, ...) for FUZZTIME each.
fuzz:
	scripts/fuzz.sh $(FUZZTIME)

## bench: benchmarks of load and of each measure on a generated 20k-node graph.
bench:
	$(GO) test -run '^$$' -bench . -benchmem -benchtime $(BENCHTIME) -timeout 60m $(PKGS)

## lint: formatting, vet and staticcheck.
lint:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	$(GO) vet $(PKGS)
	$(GO) run honnef.co/go/tools/cmd/staticcheck@v0.8.2 $(PKGS)

fmt:
	gofmt -w $$(git ls-files '*.go')

clean:
	rm -rf bin ringleader-demo.db* ringleader.db* rejects.csv
