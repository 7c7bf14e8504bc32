// Package faults holds tests that break a real Neo4j server on purpose: the server is killed (SIGKILL) while
// `ringleader load` writes into it, then restarted on the same store. They change the server they run on, so they
// live in a test binary of their own, with a server of their own (see testing/neo4jtest).
package faults
