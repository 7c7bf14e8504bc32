package graph

// Degree returns each node's degree centrality as networkx's degree_centrality computes
// it: the number of edges at the node over n-1. In a directed graph arcs in and out both
// count, so the value can exceed 1. Weights are ignored: a tie is counted once however
// many links it merges (Centrality ranks a weighted graph by Strength instead; Freeman
// centralization counts ties). As in networkx, a graph of one node gives it 1.
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

// Strength returns each node's weighted degree centrality: its strength, the sum of the
// weights of its edges as given, over n-1. A weight is the merged weight of the links
// between two nodes, whatever WeightAs says of paths: a distance-weighted graph sums its
// distances, as networkx's G.degree(weight="weight") does. This is the weighted degree of
// L. Cavallaro et al. (2020), "Disrupting resilient criminal networks through data
// analysis: the case of Sicilian Mafia", PLOS ONE 15(8):e0236476 (degree_centrality_w),
// by which their weighted disruption curves rank. On an unweighted graph every edge
// weighs 1 and it equals Degree. In a directed graph arcs in and out both count.
func Strength(g *Graph) []float64 {
	return strengths(g, true, true)
}

// InStrength is Strength over the arcs into each node (Strength on an undirected graph).
func InStrength(g *Graph) []float64 {
	return strengths(g, true, false)
}

// OutStrength is Strength over the arcs out of each node (Strength on an undirected graph).
func OutStrength(g *Graph) []float64 {
	return strengths(g, false, true)
}

func strengths(g *Graph, in, out bool) []float64 {
	n := g.N()
	c := make([]float64, n)
	if n == 1 {
		c[0] = 1
	}
	if n <= 1 {
		return c
	}
	s := 1 / float64(n-1)
	sum := func(a *adjacency, i int) float64 {
		var w float64
		for _, x := range a.w[a.start[i]:a.start[i+1]] {
			w += x
		}
		return w
	}
	for i := range c {
		var w float64
		if out || !g.directed {
			w += sum(&g.out, i)
		}
		if in && g.directed {
			w += sum(&g.in, i)
		}
		c[i] = w * s
	}
	return c
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
