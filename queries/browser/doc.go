// Package browser is what Ringleader gives Neo4j Browser: a graph style sheet (GraSS) that colours entities by
// kind, captions them by name and sizes them by betweenness, and a Browser guide that holds the investigator's
// query library (queries/library) as runnable blocks. Handler serves both over HTTP with the CORS headers Browser
// needs to fetch them from another origin; the API mounts it under /browser/.
//
// An investigator types, in Browser:
//
//	:style http://localhost:8080/browser/style.grass
//	:play http://localhost:8080/browser/guide.html
//
// and runs the guide's blocks. Browser fetches both with the page's own fetch, so they must come from a host on
// the server's browser.remote_content_hostname_allowlist (default "guides.neo4j.com, localhost") and carry
// Access-Control-Allow-Origin.
//
// Sizes: GraSS selects by label and relationship type only (Browser's GraphStyle matches a rule's classes against
// a node's labels; no rule reads a property's value), so "size by rl_betweenness" is a label per size band,
// RlBetweenness1 to RlBetweenness4, which a block on the guide's first slide (SizesStatement) sets from the scores.
//
// Nothing served here holds case data: the style and the queries are the same for every deployment, and the guide
// only names the server's own URL. They are public, like /healthz.
package browser
