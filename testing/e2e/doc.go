// Package e2e holds end-to-end tests that cross stores and surfaces on a real Neo4j
// server: the same demo in sqlite and Neo4j gives the same answers; the API refuses
// writing Cypher; an unreachable store answers 503 and recovers by itself. The server
// comes from testing/neo4jtest (testcontainers-go, or host Java).
package e2e
