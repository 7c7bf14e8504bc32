// Package loadbench measures a first load of a generated network into Neo4j through Ringleader (loaders and
// neo4j.Store.Write, the path of `ringleader load DIR --store bolt://...`) against Neo4j's own LOAD CSV of the same
// data, on the same server image, in the same run (`make bench-load`, command cmd/loadbench).
//
// The bundle is a CSV bundle of fixtures.SyntheticNetwork: suspects.csv and associations.csv. The plain CSV for
// LOAD CSV (people.csv, links.csv) is derived from what loaders read out of that bundle and holds every stored
// property already computed (name keys, search text, link keys, provenance), so that LOAD CSV does no work that
// Ringleader does in Go. After each load the bench reads the whole graph back and compares a digest of it
// (labels, types, endpoints and every property) across all loads: both sides must store the same graph.
package loadbench
