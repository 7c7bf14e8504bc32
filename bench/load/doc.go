// Package loadbench measures a first load of a generated network into Neo4j through Ringleader (loaders and
// neo4j.Store.Write, the path of `ringleader load DIR --store bolt://...`) against what a Neo4j engineer would use
// for the same data, on the same server image, in the same run (`make bench-load`, command cmd/loadbench): LOAD
// CSV written for an empty store (CREATE), LOAD CSV written to be re-run (MERGE), and neo4j-admin database import
// full, the upper bound of an initial load. `make bench-load-gds` (cmd/gdsbench) loads a network of a million
// people through Ringleader alone and analyses it inside Neo4j (`ringleader analyze --engine gds`).
//
// The bundle is a CSV bundle of fixtures.SyntheticNetwork: suspects.csv and associations.csv. The plain CSV for
// LOAD CSV (people.csv, links.csv) and for neo4j-admin (the same rows under typed headers) is derived from what
// loaders read out of that bundle and holds every stored property already computed (name keys, search text, link
// keys, provenance), so that neither does work that Ringleader does in Go. After each load the bench reads the
// whole graph back and compares a digest of it (labels, types, endpoints and every property) across all loads:
// every route must store the same graph.
package loadbench
