package graph

// Degree returns each node's degree centrality as networkx's degree_centrality computes
// it: the number of edges at the node over n-1. In a directed graph arcs in and out both
// count, so the value can exceed 1. Weights are ignored: a tie is counted once however
// many links it merges. As in networkx, a graph of one node gives it 1.
func Degree(g *Graph) []float64 {
	return degrees(g, true, true)
}

// InDegree returns each node's in-degree centrality as networkx's
// in_degree_centrality computes it: arcs in over n-1. On an undirected graph every edge
// counts both ways, so it equals Degree (networkx refuses the call there).
func InDegree(g *Graph) []float64 {
	return degrees(g, true, false)
}

// OutDegree returns each node's out-degree centrality as networkx's
// out_degree_centrality computes it: arcs out over n-1. On an undirected graph it equals
// Degree.
func OutDegree(g *Graph) []float64 {
	return degrees(g, false, true)
}

func degrees(g *Graph, in, out bool) []float64 {
	n := g.N()
	c := make([]float64, n)
	if n == 1 {
		c[0] = 1
	}
	if n <= 1 {
		return c
	}
	s := 1 / float64(n-1)
	for i := range c {
		k := 0
		if out || !g.directed {
			k += g.out.start[i+1] - g.out.start[i]
		}
		if in && g.directed {
			k += g.in.start[i+1] - g.in.start[i]
		}
		c[i] = float64(k) * s
	}
	return c
}
