// Package storetest is the conformance suite of ringleader.Store: one set of tests that
// every store passes, so that the embedded SQLite store and Neo4j answer every read the
// same way (after cayley's graphtest).
//
// The suite uses only the Store interface. It writes a small hand-built ring with several
// cases and checks each read against the reference meaning in the root package
// (FilterNetwork, Neighbourhood, MergeEntity, MergeLink) computed from what it wrote, and
// against a few answers worked out by hand, so that a mistake shared by a store and the
// reference functions shows too.
//
// Where the Store documentation leaves room, the suite pins one reading, so that stores
// agree:
//   - Seq numbers are positive and increase in order of first creation; their values
//     are the store's own.
//   - FindEntities ranks an entity by its best name or alias: an alias equal to the
//     query is an exact match like a name.
//   - An entity outside the scope is ENOTFOUND with the same message as a missing one,
//     but for the id.
//   - Write calls Batch.Progress at least once, last with done equal to total.
//   - Writing records that change nothing leaves Version as it was.
package storetest
