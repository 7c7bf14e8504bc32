// Package compartments holds the differential test of need-to-know compartments (Run): whatever a token limited to
// a set of cases S reads through the API must equal what an all-cases token reads from the network restricted
// to S and loaded alone into a fresh store; an id hidden from S must answer as one that never existed; a write
// under S that reaches outside it must be refused and change nothing. Its tests run it on SQLite and on a real
// Neo4j server, seeded (RINGLEADER_COMPARTMENT_SEED replays a run).
package compartments
