// Package graph is Ringleader's analytics core: a compact projection of a
// ringleader.Network (adjacency in CSR arrays over integer node indices, built by Project
// from a network or by a Projector or Builder from records streamed one at a time) that implements
// gonum's graph interfaces, and the centrality, k-core and community measures on it
// (Louvain, and Leiden, whose communities are always connected). Measures follow
// networkx's definitions and defaults, so that any value can be checked against networkx
// on the same graph; testdata/reference/networkx.json records such values for real
// criminal networks, and testdata/reference/igraph.json igraph's Leiden on them.
package graph
