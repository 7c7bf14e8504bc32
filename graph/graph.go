package graph

import (
	"slices"

	"github.com/ringleader/ringleader"
)

// Graph is a compact projection of a network for analysis: nodes are the integers
// 0..N-1 (gonum node ID int64(i)), edges are held in compressed sparse row (CSR)
// arrays, and parallel ties are already merged into one edge. A Graph is read-only once
// built, so any number of goroutines may use it at once.
//
// Every edge carries two numbers: a strength, read by eigenvector centrality, PageRank
// and modularity (the summed link weight when the graph is weighted, else 1), and a
// distance, read by path measures (1 when unweighted; 1/strength or the weight itself
// when weighted, as ProjectionOptions.WeightAs says).
type Graph struct {
	ids      []string
	index    map[string]int
	directed bool
	weighted bool
	weightAs ringleader.WeightAs
	m        int

	// out holds each node's successors (its neighbours, when undirected); in holds its
	// predecessors, and is the same arrays as out when the graph is undirected.
	out, in adjacency
}

// adjacency is one direction of a CSR graph: the neighbours of node i are
// nbr[start[i]:start[i+1]], in ascending order, with strength w and distance d at the
// same positions.
type adjacency struct {
	start []int
	nbr   []int32
	w     []float64
	d     []float64
}

func (a *adjacency) row(i int) (lo, hi int) { return a.start[i], a.start[i+1] }

// find returns the position of j among i's neighbours, or -1.
func (a *adjacency) find(i, j int) int {
	lo, hi := a.row(i)
	k, ok := slices.BinarySearch(a.nbr[lo:hi], int32(j))
	if !ok {
		return -1
	}
	return lo + k
}

// N returns the number of nodes.
func (g *Graph) N() int { return len(g.ids) }

// M returns the number of edges: an undirected edge counts once, each arc of a
// directed graph once.
func (g *Graph) M() int { return g.m }

// NodeID returns the entity id of node i.
func (g *Graph) NodeID(i int) string { return g.ids[i] }

// Index returns the node of the entity with the given id.
func (g *Graph) Index(id string) (int, bool) {
	i, ok := g.index[id]
	return i, ok
}

// Directed reports whether edges have a direction.
func (g *Graph) Directed() bool { return g.directed }

// Weighted reports whether measures read edge weights; when false every edge counts 1.
func (g *Graph) Weighted() bool { return g.weighted }

// WeightAs says how path measures read a weight when the graph is weighted.
func (g *Graph) WeightAs() ringleader.WeightAs { return g.weightAs }

// Out returns the successors of node i (its neighbours, when undirected) in ascending
// order, and the strength of each edge. The slices belong to g: do not modify them.
func (g *Graph) Out(i int) (nodes []int32, strengths []float64) {
	lo, hi := g.out.row(i)
	return g.out.nbr[lo:hi], g.out.w[lo:hi]
}

// In returns the predecessors of node i (its neighbours, when undirected) in ascending
// order, and the strength of each edge. The slices belong to g: do not modify them.
func (g *Graph) In(i int) (nodes []int32, strengths []float64) {
	lo, hi := g.in.row(i)
	return g.in.nbr[lo:hi], g.in.w[lo:hi]
}

// OutDistances returns the path distance of each edge that Out(i) lists, in the same
// order. The slice belongs to g.
func (g *Graph) OutDistances(i int) []float64 {
	lo, hi := g.out.row(i)
	return g.out.d[lo:hi]
}

// InDistances returns the path distance of each edge that In(i) lists, in the same
// order. The slice belongs to g.
func (g *Graph) InDistances(i int) []float64 {
	lo, hi := g.in.row(i)
	return g.in.d[lo:hi]
}

// Neighbours returns the nodes tied to node i in either direction, in ascending order,
// each once.
func (g *Graph) Neighbours(i int) []int {
	out, _ := g.Out(i)
	res := make([]int, 0, len(out))
	for _, v := range out {
		res = append(res, int(v))
	}
	if !g.directed {
		return res
	}
	in, _ := g.In(i)
	for _, v := range in {
		res = append(res, int(v))
	}
	slices.Sort(res)
	return slices.Compact(res)
}

// Strength returns the strength of the edge from i to j (between them, when
// undirected), and whether there is one.
func (g *Graph) Strength(i, j int) (float64, bool) {
	if k := g.out.find(i, j); k >= 0 {
		return g.out.w[k], true
	}
	return 0, false
}

// Distance returns the path distance of the edge from i to j (between them, when
// undirected), and whether there is one.
func (g *Graph) Distance(i, j int) (float64, bool) {
	if k := g.out.find(i, j); k >= 0 {
		return g.out.d[k], true
	}
	return 0, false
}
