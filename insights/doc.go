// Package insights is Ringleader's analysis engine: it reads a scoped network from a
// store, projects it (package graph), runs the measures, and returns ranked, explained
// answers that the CLI and the API print. Projections and results are cached per store
// version, scope and options, so repeated questions do not recompute.
package insights
