package graph

import (
	"fmt"
	"math"
	"math/rand/v2"
)

// Perturbations of an observed graph, to ask how far a ranking on it can be trusted. Borgatti, Carley and
// Krackhardt (2006, "On the robustness of centrality measures under conditions of imperfect data", Social
// Networks 28:124–136) model imperfect data as errors applied to a true graph, among them edges and nodes missing
// at random, and measure how well the centrality of the damaged graph still ranks the true one. Criminal network
// data is incomplete by nature (Sparrow 1991), so here the observed graph plays the true one: if a ranking moves
// little when a further share is taken away at random, the share that was never observed would likely not have
// moved it much either.

// DropEdges returns g without round(share·M) of its edges, chosen uniformly at random by rng; every node stays,
// at the same index. An edge of an undirected graph goes as a whole; in a directed graph each arc is an edge (a
// mutual tie is two). The edges kept keep their strength and distance. share must be in [0, 1].
func DropEdges(g *Graph, share float64, rng *rand.Rand) *Graph {
	checkShare(share)
	// One position in g.out per edge: the arc itself when directed, the half from the smaller end when not.
	type edge struct {
		u int32
		k int
	}
	edges := make([]edge, 0, g.m)
	for u := range g.N() {
		lo, hi := g.out.row(u)
		for k := lo; k < hi; k++ {
			if g.directed || int(g.out.nbr[k]) > u {
				edges = append(edges, edge{int32(u), k})
			}
		}
	}
	dropOut := make([]bool, len(g.out.nbr))
	var dropIn []bool
	if g.directed {
		dropIn = make([]bool, len(g.in.nbr))
	}
	// A partial Fisher–Yates shuffle: its first r items are a uniform sample without replacement.
	for i := range Removals(len(edges), share) {
		j := i + rng.IntN(len(edges)-i)
		edges[i], edges[j] = edges[j], edges[i]
		e := edges[i]
		v := int(g.out.nbr[e.k])
		dropOut[e.k] = true
		if g.directed {
			dropIn[g.in.find(v, int(e.u))] = true
		} else {
			dropOut[g.out.find(v, int(e.u))] = true
		}
	}
	h, _ := g.subgraph(nil, dropOut, dropIn)
	return h
}

// DropNodes returns g without round(share·N) of its nodes, chosen uniformly at random by rng, and without their
// edges; kept[j] is the node of g that is node j of the result (the nodes kept stay in g's order). The edges kept
// keep their strength and distance. share must be in [0, 1].
//
// The nodes removed are gone, not isolated: measures normalised by the number of nodes, and PageRank's
// redistribution, see the smaller graph, as they would had those people never been recorded.
func DropNodes(g *Graph, share float64, rng *rand.Rand) (h *Graph, kept []int) {
	checkShare(share)
	n := g.N()
	perm := make([]int32, n)
	for i := range perm {
		perm[i] = int32(i)
	}
	drop := make([]bool, n)
	for i := range Removals(n, share) {
		j := i + rng.IntN(n-i)
		perm[i], perm[j] = perm[j], perm[i]
		drop[perm[i]] = true
	}
	return g.subgraph(drop, nil, nil)
}

// Removals is how many of total edges or nodes DropEdges or DropNodes remove for share: the nearest whole number.
func Removals(total int, share float64) int {
	return min(total, int(math.Round(share*float64(total))))
}

func checkShare(share float64) {
	if !(share >= 0 && share <= 1) {
		panic(fmt.Sprintf("graph: share %v outside [0, 1]", share))
	}
}

// subgraph returns g without the nodes dropNode marks and without the arcs at the positions of g.out and g.in
// that dropOut and dropIn mark (nil marks nothing; an undirected edge must be marked in both rows), and for each
// node of the result its node in g. The CSR rows are filtered, not rebuilt: the kept nodes keep their order, so
// every row stays sorted, and strengths and distances are copied as they are.
func (g *Graph) subgraph(dropNode, dropOut, dropIn []bool) (*Graph, []int) {
	n := g.N()
	to := make([]int32, n)
	kept := make([]int, 0, n)
	for i := range n {
		to[i] = -1
		if dropNode == nil || !dropNode[i] {
			to[i] = int32(len(kept))
			kept = append(kept, i)
		}
	}
	h := &Graph{directed: g.directed, weighted: g.weighted, weightAs: g.weightAs,
		ids: make([]string, len(kept)), index: make(map[string]int, len(kept))}
	for j, i := range kept {
		h.ids[j] = g.ids[i]
		h.index[g.ids[i]] = j
	}
	filter := func(a *adjacency, drop []bool) adjacency {
		f := adjacency{start: make([]int, len(kept)+1), nbr: make([]int32, 0, len(a.nbr)),
			w: make([]float64, 0, len(a.nbr)), d: make([]float64, 0, len(a.nbr))}
		for j, i := range kept {
			lo, hi := a.row(i)
			for k := lo; k < hi; k++ {
				if v := to[a.nbr[k]]; v >= 0 && (drop == nil || !drop[k]) {
					f.nbr = append(f.nbr, v)
					f.w = append(f.w, a.w[k])
					f.d = append(f.d, a.d[k])
				}
			}
			f.start[j+1] = len(f.nbr)
		}
		return f
	}
	h.out = filter(&g.out, dropOut)
	if g.directed {
		h.in = filter(&g.in, dropIn)
		h.m = len(h.out.nbr)
	} else {
		h.in = h.out
		h.m = len(h.out.nbr) / 2
	}
	return h, kept
}
