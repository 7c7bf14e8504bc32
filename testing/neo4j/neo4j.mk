# Neo4j targets, for the root Makefile: `include testing/neo4j/neo4j.mk`.
# Everything is driven by the scripts beside this file and in scripts/, so CI and people run the same steps.
#
#   make neo4j          start Neo4j on the host's Java (fresh store, free ports) and print NEO4J_URI and credentials
#   make neo4j-stop     stop it
#   make neo4j-dist     resolve Neo4j 5.26 + APOC + OpenGDS + Browser from Maven Central (idempotent)
#   make docker-up      install (Debian's docker.io) and start a Docker engine if none answers
#   make docker-down    stop the engine docker-up started
#   make neo4j-images   build ringleader/debian:bookworm, the JRE image and ringleader/neo4j:<version>
#   make neo4j-test     the neo4jtest package against a real server; fails when none can be had
#   make docker-sweep   remove containers labelled org.testcontainers=true (after the tests)

NEO4J_MK_DIR := $(patsubst %/,%,$(dir $(lastword $(MAKEFILE_LIST))))
NEO4J_MK_ROOT := $(patsubst %/,%,$(dir $(patsubst %/,%,$(dir $(NEO4J_MK_DIR)))))

.PHONY: neo4j neo4j-stop neo4j-dist docker-up docker-down neo4j-images neo4j-test docker-sweep

## neo4j-dist: resolve the Neo4j distribution from Maven Central into ~/.cache/ringleader (RINGLEADER_NEO4J_DIST).
neo4j-dist:
	@$(NEO4J_MK_DIR)/build-dist.sh

## neo4j: start Neo4j on the host's Java 17 and print NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_HTTP_URL.
neo4j:
	@$(NEO4J_MK_DIR)/start-host.sh

## neo4j-stop: stop the server `make neo4j` started.
neo4j-stop:
	@$(NEO4J_MK_DIR)/stop-host.sh

## docker-up: make sure a Docker engine answers (installs docker.io and starts dockerd if needed).
docker-up:
	@$(NEO4J_MK_ROOT)/scripts/docker-up.sh

## docker-down: stop the engine docker-up started.
docker-down:
	@$(NEO4J_MK_ROOT)/scripts/docker-down.sh

## neo4j-images: build the Neo4j image locally (debootstrap base, JRE, Neo4j); needs the engine.
neo4j-images: docker-up
	@$(NEO4J_MK_DIR)/build-images.sh

## neo4j-test: run testing/neo4jtest against a real server (testcontainers if an engine answers, else host Java).
neo4j-test:
	RINGLEADER_REQUIRE_NEO4J=1 $(or $(GO),go) test -count=1 -v ./testing/neo4jtest/

## docker-sweep: remove leftover testcontainers containers; run after all tests.
docker-sweep:
	@$(NEO4J_MK_ROOT)/scripts/docker-sweep.sh
