package graph

// CoreNumbers returns each node's core number: the largest k such that the node belongs
// to the k-core, the largest subgraph in which every node has degree at least k. It is
// the bin-sort algorithm of V. Batagelj and M. Zaveršnik (2003, "An O(m) Algorithm for
// Cores Decomposition of Networks", arXiv:cs/0310049): nodes are taken in increasing
// order of their current degree, and taking one lowers the degree of its neighbours of
// higher degree, moving them down one bin in constant time.
//
// Degrees are networkx's core_number's: the number of neighbours when g is undirected;
// in-degree plus out-degree when directed, so that two arcs between a pair count twice.
// Weights are ignored. gonum has no core decomposition; this one is a few lines on the
// CSR arrays.
func CoreNumbers(g *Graph) []int {
	n := g.N()
	deg := make([]int, n)
	maxDeg := 0
	for v := range n {
		lo, hi := g.out.row(v)
		deg[v] = hi - lo
		if g.directed {
			lo, hi = g.in.row(v)
			deg[v] += hi - lo
		}
		maxDeg = max(maxDeg, deg[v])
	}
	// bin[d] is where the nodes of degree d start in vert, which lists the nodes by
	// degree; pos[v] is v's place in vert.
	bin := make([]int, maxDeg+2)
	for _, d := range deg {
		bin[d+1]++
	}
	for d := range maxDeg + 1 {
		bin[d+1] += bin[d]
	}
	vert := make([]int32, n)
	pos := make([]int, n)
	next := make([]int, maxDeg+1)
	copy(next, bin[:maxDeg+1])
	for v, d := range deg {
		pos[v] = next[d]
		vert[pos[v]] = int32(v)
		next[d]++
	}
	lower := func(u int, v int) {
		if deg[u] <= deg[v] {
			return
		}
		du, pu := deg[u], pos[u]
		pw := bin[du]
		if w := int(vert[pw]); w != u {
			vert[pu], vert[pw] = int32(w), int32(u)
			pos[w], pos[u] = pu, pw
		}
		bin[du]++
		deg[u]--
	}
	for i := range n {
		v := int(vert[i])
		lo, hi := g.out.row(v)
		for _, u := range g.out.nbr[lo:hi] {
			lower(int(u), v)
		}
		if g.directed {
			lo, hi = g.in.row(v)
			for _, u := range g.in.nbr[lo:hi] {
				lower(int(u), v)
			}
		}
	}
	return deg
}

// KCore returns the nodes of g's k-core, in ascending order: those whose core number is
// at least k (all nodes when k <= 0).
func KCore(g *Graph, k int) []int {
	var out []int
	for v, c := range CoreNumbers(g) {
		if c >= k {
			out = append(out, v)
		}
	}
	return out
}
