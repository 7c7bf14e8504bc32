// Package sqlite is Ringleader's embedded store: one SQLite file, read and written through
// modernc.org/sqlite, a pure-Go translation of SQLite, so that the binary needs no cgo and
// no server.
//
// The file runs in WAL mode, so that analyses and API reads proceed while a load writes.
// A Store holds two connection pools on the file: one connection for writes, since SQLite
// admits one writer at a time and queueing in Go is cheaper than retrying on SQLITE_BUSY,
// and a pool of read-only connections for concurrent readers. Every read that spans more
// than one statement runs in one read transaction and so sees one snapshot.
//
// Scope is enforced inside the store, never left to callers: entity_cases and link_cases
// index the case ids of each record, and reads join them against the caller's scope in
// SQL. The one exception is a whole-network read for a scope that sees most of the
// store, which checks the links it scans with ringleader.Scope's own rules instead, since
// that is faster than a subquery per link; no read returns a record outside its scope.
package sqlite
