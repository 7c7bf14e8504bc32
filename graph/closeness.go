package graph

import "math"

// Closeness returns each node's closeness centrality as networkx's
// closeness_centrality computes it with wf_improved=True: for a node u that r-1 other
// nodes can reach, at total distance D, (r-1)/D scaled by (r-1)/(n-1), the
// Wasserman–Faust correction for disconnected graphs (S. Wasserman and K. Faust 1994,
// "Social Network Analysis", p. 201); 0 when no one reaches u. In a directed graph the
// distances are those into u, as networkx measures them. When g is weighted, distances
// add up edge distances (see Graph).
//
// gonum's network.Closeness needs all-pairs shortest paths (path.AllShortest, O(n²)
// memory: out of memory at 24 GiB on a 20,000-node graph, see betweenness.go), so each
// node here runs its own search on the CSR arrays, in parallel.
func Closeness(g *Graph) []float64 {
	closeness, _ := distanceSums(g, true, false)
	return closeness
}

// Harmonic returns each node's harmonic centrality as networkx's harmonic_centrality
// computes it: the sum of 1/d(v,u) over the other nodes v that reach u (M. Marchiori and
// V. Latora 2000, "Harmony in the small-world", Physica A 285:539–546; P. Boldi and S.
// Vigna 2014, "Axioms for centrality"). It is not normalized. In a directed graph the
// distances are those into u, as in networkx.
func Harmonic(g *Graph) []float64 {
	_, harmonic := distanceSums(g, false, true)
	return harmonic
}

// distanceSums searches the reversed graph from every node and returns the closeness
// and harmonic centralities it asks for.
func distanceSums(g *Graph, wantCloseness, wantHarmonic bool) (closeness, harmonic []float64) {
	n := g.N()
	if wantCloseness {
		closeness = make([]float64, n)
	}
	if wantHarmonic {
		harmonic = make([]float64, n)
	}
	if n == 0 {
		return closeness, harmonic
	}
	parts := partitions(n)
	runPartitions(parts, func() *searcher { return newSearcher(n) }, func(s *searcher, p int) {
		for u := p; u < n; u += parts {
			s.reverseSearch(g, u)
			var total, inverse float64
			for _, v := range s.order[1:] {
				total += s.dist[v]
				inverse += 1 / s.dist[v]
			}
			if wantCloseness && total > 0 && n > 1 {
				reached := float64(len(s.order) - 1)
				c := reached / total
				c *= reached / float64(n-1)
				closeness[u] = c
			}
			if wantHarmonic {
				harmonic[u] = inverse
			}
		}
	})
	return closeness, harmonic
}

// searcher is one worker's scratch space for the distances into one node.
type searcher struct {
	dist  []float64 // +Inf when not reached
	order []int32   // nodes reached, in order of settled distance
	heap  radixHeap
}

func newSearcher(n int) *searcher {
	s := &searcher{dist: make([]float64, n), order: make([]int32, 0, n)}
	for i := range s.dist {
		s.dist[i] = math.Inf(1)
	}
	return s
}

// reverseSearch finds the distances from every node to t, walking arcs backwards:
// breadth-first when g is unweighted, Dijkstra otherwise. s.order lists the nodes
// reached, t first.
func (s *searcher) reverseSearch(g *Graph, t int) {
	for _, v := range s.order {
		s.dist[v] = math.Inf(1)
	}
	s.order = s.order[:0]
	dist := s.dist
	dist[t] = 0
	if !g.weighted {
		s.order = append(s.order, int32(t))
		for head := 0; head < len(s.order); head++ {
			v := s.order[head]
			dv := dist[v] + 1
			lo, hi := g.in.row(int(v))
			for _, w := range g.in.nbr[lo:hi] {
				if dist[w] > dv {
					dist[w] = dv
					s.order = append(s.order, w)
				}
			}
		}
		return
	}
	s.heap.reset()
	s.heap.push(0, int32(t))
	for s.heap.len() > 0 {
		d, v := s.heap.pop()
		if d > dist[v] {
			continue // stale: v was reached by a shorter way since
		}
		s.order = append(s.order, v)
		lo, hi := g.in.row(int(v))
		for k := lo; k < hi; k++ {
			// A settled w is never improved: its distance is at most v's.
			w := g.in.nbr[k]
			if d := dist[v] + g.in.d[k]; d < dist[w] {
				dist[w] = d
				s.heap.push(d, w)
			}
		}
	}
}
