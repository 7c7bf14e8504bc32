// Package queries holds every Cypher statement Ringleader runs against Neo4j, one named .cypher file each, embedded
// with go:embed, so that a statement can be read, reviewed and pasted into Neo4j Browser as it runs.
//
// The store's statements (schema, batched upserts, reads) sit at the top level; library/ holds the investigators'
// query library for Browser (shortest paths between suspects, people in both a drugs and a weapons case, the money
// trail out of an account, shipments through a crossing, a broker's neighbourhood with communities).
//
// Every file begins with comment lines: the first names the statement and says what it does, and a line
// "Parameters: $a, $b." (or "Parameters: none.") lists every parameter it takes. Statements never splice values
// into their text: values are parameters, labels and relationship types come from Neo4j's dynamic $(...) syntax
// fed with values checked against ringleader.Kinds and ringleader.LinkTypes.
//
// Only package neo4j runs these statements; the tests that run each of them on a real server live there. The
// subpackage browser holds what Neo4j Browser reads: the style sheet and the guide, served by the API.
package queries
