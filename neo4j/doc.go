// Package neo4j is the ringleader.Store on a Neo4j 5 server, through the official Go driver (imported as
// neo4jdrv: this package shares its name). It is the only production package that imports the driver (tests, and
// testing/neo4jtest, use it to look at what the server holds); every Cypher statement it runs is a named file of
// package queries.
//
// # Data model
//
// Each entity is a node with the label Entity and its kind as a second label (Person, Shipment, ...), and the
// properties id, kind, name, aliases, cases, sources, props (the entity's Props as a JSON object, the exact record),
// implicit and seq. Each property of Props is also copied to a node property of the same name (type, commodity,
// status, ...) so that Browser queries can read it, unless the name is one of the store's own. name_keys holds the
// names.Fold keys of the name and aliases, and search_text the same joined with "\n", which a TEXT index serves.
// Each link is a relationship of its LinkType, stored in canonical orientation (ringleader.Link.Canonical), with
// key (ringleader.Link.Key), id, subtype, role, weight, amount, currency, date, channel, first_seen, last_seen,
// cases, sources and props, Props copied likewise. Empty values are absent properties. One node
// (:RingleaderMeta {id: 'ringleader'}) holds the version and the last Seq given; :RingleaderTick nodes, while
// there are any, hold steps of both not yet folded into it (see below).
//
// # Writes
//
// Write checks first that every link's endpoints are in the batch or stored (else EINVALID, nothing written), then
// writes in managed write transactions that the driver retries on transient errors: a batch of up to
// Config.TxRows records is one transaction, a larger one a sequence of them (each complete in itself, and a
// reload after a failure converges, because writes are merges). Each transaction first locks the metadata node,
// reads the stored records it is about to merge over, merges them in Go with ringleader.MergeEntity and MergeLink,
// counts them with EqualEntity and EqualLink, and writes only what changed, in UNWIND statements of
// Config.BatchSize rows. Links are created between nodes found by element id, which the write has read or got
// back from the creation of the node.
//
// A link that no one can have stored yet is not looked up: one without an id (its key names its endpoints) whose
// endpoint the same write created, in its own transaction or in an earlier one with no one else writing in
// between (the version says so), and whose key no earlier transaction of the write held. A large first load is
// mostly such links, and new entities: those Write writes Config.WriteConcurrency transactions at a time
// (bulk.go), of at most BulkTxRows records, while one coordinator transaction holds the metadata lock for them
// all, so that other writers still queue. Each of those transactions creates a tick node; Version counts ticks, and
// the next lock folds them into the version (and a new entity's tick's Seq into the last Seq given), so the
// version still moves by one per transaction, together with its data.
//
// # Reads
//
// Every read takes the scope as parameters ($all, $cases) and applies it in Cypher; Network, Neighbourhood,
// FindEntities and Counts answer exactly what the reference functions of package ringleader answer, ordering
// strings in Go where Cypher's order (UTF-16) could differ from Go's (UTF-8 bytes).
//
// Driver errors become ringleader error codes: no connection is EUNAVAILABLE, a refused login EUNAUTHORIZED, an
// unknown database EINVALID, the rest EINTERNAL.
package neo4j
