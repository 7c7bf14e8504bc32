// Package storetest is the conformance suite of ringleader.Store: one set of tests that
// every store passes, so that the embedded SQLite store and Neo4j answer every read the
// same way (after cayley's graphtest).
//
// The suite uses only the Store interface. It writes a small hand-built ring with several
// cases and checks each read against the reference meaning in the root package
// (FilterNetwork, Neighbourhood, MergeEntity, MergeLink) computed from what it wrote, and
// a few answers worked out by hand, so that the reference functions are checked too.
package storetest
