package graph

import "math"

// Eigenvector iteration limits: networkx's eigenvector_centrality defaults.
const (
	eigenvectorMaxIter = 100
	eigenvectorTol     = 1e-6
)

// Eigenvector returns each node's eigenvector centrality (P. Bonacich 1972) as
// networkx's eigenvector_centrality computes it, with unit Euclidean norm: power
// iteration on A+I from the uniform vector (the identity shift makes it converge on
// bipartite graphs too), at most 100 iterations, stopping when the L1 change falls below
// n·1e-6. Edges weigh their strength (see Graph). In a directed graph a node scores by
// the nodes that point to it (in-edges, the left eigenvector), as in networkx.
//
// It fails with an *InputError when the iteration does not converge, as
// networkx raises PowerIterationFailedConvergence. An empty graph gives an empty result.
func Eigenvector(g *Graph) ([]float64, error) {
	n := g.N()
	x := make([]float64, n)
	if n == 0 {
		return x, nil
	}
	for i := range x {
		x[i] = 1 / float64(n)
	}
	last := make([]float64, n)
	for range eigenvectorMaxIter {
		x, last = last, x
		// x = last·(A+I), summed in ascending node order as networkx does.
		var norm2 float64
		for v := range x {
			s := last[v]
			lo, hi := g.in.row(v)
			for k := lo; k < hi; k++ {
				s += last[g.in.nbr[k]] * g.in.w[k]
			}
			x[v] = s
			norm2 += s * s
		}
		norm := math.Sqrt(norm2)
		if norm == 0 {
			norm = 1
		}
		var change float64
		for v := range x {
			x[v] /= norm
			change += math.Abs(x[v] - last[v])
		}
		if change < float64(n)*eigenvectorTol {
			return x, nil
		}
	}
	return nil, inputError(
		"eigenvector: power iteration did not converge in %d iterations (networkx would fail too); try pagerank", eigenvectorMaxIter)
}
