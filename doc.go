// Package ringleader holds Ringleader's domain: the entities and links of a trafficking
// network (people, organisations, shipments, cases, accounts, phones, locations, vehicles),
// the scope that limits what a caller may see, the options that choose an analytic
// projection, the store contracts that adapters implement, and the error codes that every
// surface maps to its own terms.
//
// Rows are observations, not overwrites: rows with one link identity (Link.Key) add their
// weights, widen first and last seen and unite cases and sources, and a row the store
// already holds adds nothing (MergeLink; observation.go says how an observation is known).
//
// The package imports only the standard library. Adapters live in subpackages named after
// their dependency (sqlite, neo4j, api); analytics live in graph; wiring lives in cmd.
package ringleader
