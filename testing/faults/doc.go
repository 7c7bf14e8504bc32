// Package faults breaks a real Neo4j server on purpose. Proxy, which other packages' tests use, stands between a
// store and its server and takes the server away (as a network that drops does) and brings it back. The tests here
// kill the server (SIGKILL) while `ringleader load` writes into it, then restart it on the same store; they change
// the server they run on, so they live in a test binary of their own, with a server of their own (see
// testing/neo4jtest).
package faults
