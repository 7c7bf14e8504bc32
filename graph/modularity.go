package graph

// Modularity returns the modularity Q of the partition that membership gives (node i in
// group membership[i], a non-negative label; one entry per node) with the given
// resolution γ, as networkx's
// community.modularity computes it, edges weighing their strength (see Graph):
//
//	undirected: Q = Σ_c [ L_c/m − γ (K_c / 2m)² ]       (M. Newman 2006)
//	directed:   Q = Σ_c [ L_c/m − γ K_c^out K_c^in / m² ] (E. Leicht and M. Newman 2008)
//
// where m is the total edge weight, L_c the weight of edges inside c and K_c the summed
// strength of c's nodes. A graph without edges has Q = 0.
func Modularity(g *Graph, membership []int, resolution float64) float64 {
	n := g.N()
	groups := 0
	for _, c := range membership[:n] {
		groups = max(groups, c+1)
	}
	inside := make([]float64, groups)
	kout := make([]float64, groups)
	kin := make([]float64, groups)
	var m float64
	for u := range n {
		cu := membership[u]
		lo, hi := g.out.row(u)
		for k := lo; k < hi; k++ {
			w := g.out.w[k]
			m += w
			kout[cu] += w
			if membership[g.out.nbr[k]] == cu {
				inside[cu] += w
			}
		}
		if g.directed {
			lo, hi := g.in.row(u)
			for _, w := range g.in.w[lo:hi] {
				kin[cu] += w
			}
		}
	}
	if m == 0 {
		return 0
	}
	var q float64
	if g.directed {
		for c := range groups {
			q += inside[c]/m - resolution*kout[c]*kin[c]/(m*m)
		}
		return q
	}
	// Undirected rows hold each edge twice: m above is 2m, inside[c] is 2 L_c.
	for c := range groups {
		q += inside[c]/m - resolution*(kout[c]/m)*(kout[c]/m)
	}
	return q
}
