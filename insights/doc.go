// Package insights is Ringleader's analysis engine: it reads a scoped network from a
// store, projects it (package graph), runs the measures, and returns ranked, explained
// answers that the CLI and the API print. Projections and results are cached per store
// version, scope and options, so repeated questions do not recompute, in a cache weighed in
// bytes under a memory budget; computations are shared by concurrent callers and stop when
// the last of them leaves or at the engine's time limit (Limits). Rankings and communities,
// which need of the records only ids, kinds, names and memberships, build their projection
// from a store that streams (ringleader.NetworkStreamer) row by row instead of holding the
// network (projectNodes).
package insights
