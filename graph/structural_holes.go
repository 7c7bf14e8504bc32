package graph

import (
	"context"
	"math"
)

// Burt's structural-hole measures (R. S. Burt 1992, Structural Holes: The Social
// Structure of Competition, Harvard University Press; "Structural holes and good
// ideas", Am. J. Sociol. 110(2):349–399, 2004), as networkx's constraint and
// effective_size define them, weights included, so that values can be checked against
// networkx on the same graph.
//
// Both read a node's contacts N(v) in either direction and the mutual weight
// a(u,v) + a(v,u) of a pair, where a(u,v) is the strength of the arc u→v (1 when g is
// unweighted, 0 when there is no arc). In an undirected graph every edge counts both
// ways, so a mutual weight is twice the edge's strength. p(v,w) is v's mutual weight with
// w over the sum of v's mutual weights with all its contacts; m(v,w) is the same over
// the largest of them.
//
// networkx 3.6.1 computes effective_size two ways: per node (nodes=...) and, when scipy
// is installed and every node is asked for, by sparse matrices. The matrix path divides
// by the largest mutual weight of the wrong node (networkx pull request #8906) and so
// differs on directed and weighted graphs; these functions follow the per-node path,
// which is the documented definition. Unlike networkx's per-node path, a node of a
// directed graph that only receives arcs is not treated as isolated.

// mutualAdjacency is the undirected view of g with the mutual weight of every edge at
// the same position, and each node's sum and largest mutual weight.
type mutualAdjacency struct {
	start    []int
	nbr      []int32
	mutual   []float64
	sum, top []float64
}

func newMutualAdjacency(g *Graph) *mutualAdjacency {
	n := g.N()
	start, nbr := undirectedView(g)
	ma := &mutualAdjacency{start: start, nbr: nbr, mutual: make([]float64, len(nbr)),
		sum: make([]float64, n), top: make([]float64, n)}
	arc := func(w float64) float64 {
		if g.weighted {
			return w
		}
		return 1
	}
	for i := range n {
		out, ws := g.Out(i)
		in, wsIn := g.In(i)
		lo, hi := start[i], start[i+1]
		// nbr[lo:hi] is the sorted union of out and in: walk all three together.
		a, b := 0, 0
		for k := lo; k < hi; k++ {
			v := nbr[k]
			var m float64
			if a < len(out) && out[a] == v {
				m += arc(ws[a])
				a++
			}
			if b < len(in) && in[b] == v {
				m += arc(wsIn[b])
				b++
			}
			ma.mutual[k] = m
			ma.sum[i] += m
			ma.top[i] = max(ma.top[i], m)
		}
	}
	return ma
}

// Constraint returns Burt's constraint on every node,
//
//	c(v) = Σ_{j ∈ N(v)} ( p(v,j) + Σ_{q ∈ N(v)} p(v,q)·p(q,j) )²,
//
// as networkx's constraint(G, weight) computes it: high when v's contacts are few and
// tied to each other, so that v has no structural holes to exploit. An isolated node
// has none (NaN), as in networkx. O(Σ_v deg(v)²) time, parallel over nodes.
func Constraint(g *Graph) []float64 {
	ma := newMutualAdjacency(g)
	n := g.N()
	c := make([]float64, n)
	parts := partitions(n)
	// O(Σ deg²) runs in moments even at scale: no cancellation needed.
	_ = runPartitions(context.Background(), parts, func() []float64 { return make([]float64, n) }, func(pv []float64, p int) {
		for v := p; v < n; v += parts {
			lo, hi := ma.start[v], ma.start[v+1]
			if lo == hi {
				c[v] = math.NaN()
				continue
			}
			for k := lo; k < hi; k++ {
				pv[ma.nbr[k]] = ma.mutual[k] / ma.sum[v]
			}
			var total float64
			for k := lo; k < hi; k++ {
				j := ma.nbr[k]
				// Σ_q p(v,q)·p(q,j): q runs over j's contacts, and pv is 0 outside N(v).
				var indirect float64
				for kj := ma.start[j]; kj < ma.start[j+1]; kj++ {
					q := ma.nbr[kj]
					if x := pv[q]; x != 0 {
						indirect += x * ma.mutual[kj] / ma.sum[q]
					}
				}
				local := pv[j] + indirect
				total += local * local
			}
			c[v] = total
			for k := lo; k < hi; k++ {
				pv[ma.nbr[k]] = 0
			}
		}
	})
	return c
}

// EffectiveSize returns Burt's effective size of every node's ego network: the number
// of its contacts less their redundancy,
//
//	e(v) = Σ_{u ∈ N(v)} ( 1 − Σ_{w ∈ N(v)} p(v,w)·m(u,w) ),
//
// as networkx's effective_size(G, weight) computes it. On an undirected unweighted
// graph this is Borgatti's simpler n − 2t/n (S. P. Borgatti 1997, "Structural holes:
// unpacking Burt's redundancy measures", Connections 20(1):35–38), n contacts with t
// ties among them, which networkx uses there and so is used here too. An isolated node
// has none (NaN). O(Σ_v deg(v)²) time, parallel over nodes.
func EffectiveSize(g *Graph) []float64 {
	ma := newMutualAdjacency(g)
	n := g.N()
	e := make([]float64, n)
	simple := !g.directed && !g.weighted
	parts := partitions(n)
	_ = runPartitions(context.Background(), parts, func() []float64 { return make([]float64, n) }, func(pv []float64, p int) {
		for v := p; v < n; v += parts {
			lo, hi := ma.start[v], ma.start[v+1]
			if lo == hi {
				e[v] = math.NaN()
				continue
			}
			for k := lo; k < hi; k++ {
				pv[ma.nbr[k]] = ma.mutual[k] / ma.sum[v]
			}
			if simple {
				// Every p(v,w) > 0 marks a contact; count the ordered pairs of tied contacts.
				var ties int
				for k := lo; k < hi; k++ {
					u := ma.nbr[k]
					for ku := ma.start[u]; ku < ma.start[u+1]; ku++ {
						if pv[ma.nbr[ku]] != 0 {
							ties++
						}
					}
				}
				deg := float64(hi - lo)
				e[v] = deg - float64(ties)/deg
			} else {
				var total float64
				for k := lo; k < hi; k++ {
					u := ma.nbr[k]
					var redundancy float64
					for ku := ma.start[u]; ku < ma.start[u+1]; ku++ {
						if x := pv[ma.nbr[ku]]; x != 0 {
							redundancy += x * ma.mutual[ku] / ma.top[u]
						}
					}
					total += 1 - redundancy
				}
				e[v] = total
			}
			for k := lo; k < hi; k++ {
				pv[ma.nbr[k]] = 0
			}
		}
	})
	return e
}
