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
// Scope is enforced in the SQL: entity_cases and link_cases index the case ids of each
// record, and every read joins them against the caller's scope, so that a record outside
// the scope never leaves the database.
package sqlite
