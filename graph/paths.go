package graph

import (
	"math"

	"gonum.org/v1/gonum/graph/path"
	"gonum.org/v1/gonum/graph/simple"
)

// KShortestPaths returns up to k loopless paths from node from to node to, shortest
// first, each as its nodes from from to to. Lengths add up edge distances (1 per edge
// when g is unweighted; see Graph); in a directed graph paths follow arcs. It is Yen's
// algorithm (J. Y. Yen 1971, "Finding the k shortest loopless paths in a network",
// Management Science 17(11):712–716), gonum's path.YenKShortestPaths on PathView. It
// returns nil when to cannot be reached or k < 1, and [[from]] when from == to.
func KShortestPaths(g *Graph, from, to, k int) [][]int {
	n := g.N()
	if k < 1 || from < 0 || from >= n || to < 0 || to >= n {
		return nil
	}
	found := path.YenKShortestPaths(g.PathView(), k, math.Inf(1), simple.Node(from), simple.Node(to))
	out := make([][]int, 0, len(found))
	for _, p := range found {
		nodes := make([]int, len(p))
		for i, v := range p {
			nodes[i] = int(v.ID())
		}
		out = append(out, nodes)
	}
	if len(out) == 0 {
		return nil
	}
	return out
}
