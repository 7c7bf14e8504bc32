package graph

// Why betweenness, closeness and harmonic centrality run on the CSR arrays rather than
// through gonum's network package. Measured with the benchmarks in
// gonum_compare_test.go (RINGLEADER_BENCH_GONUM=1) on fixtures.SyntheticNetwork(n, 10, 1),
// 2 cores (Intel Xeon), Go 1.26, gonum v0.17.0:
//
//	                                   n = 2,000 (9,882 edges)      n = 20,000 (101,387 edges)
//	gonum network.Betweenness          2.40 s, 403 MB, 38 M allocs  not run: O(nm) scaling of the
//	                                                                2k figure gives >= 240 s; an
//	                                                                earlier run took over 1,000 s
//	Betweenness (CSR), unweighted      0.133 s, 0.5 MB              15.7 s, 4.6 MB
//	Betweenness (CSR), weighted                                     46 s, 20 MB
//	gonum network.Closeness            5.50 s, 1.11 GB (weighted)   out of memory at 24 GiB: its
//	  on path.DijkstraAllPaths                                      all-pairs tables grow as n²
//	Closeness (CSR), weighted          0.155 s, 1.1 MB              16.7 s, 16 MB
//	Closeness (CSR), unweighted                                     6.2 s, 0.7 MB
//
// gonum keeps predecessor lists, distances and path counts in maps keyed by node ID and
// walks interface iterators; here every search works on flat arrays indexed by node,
// reused across sources, and sources run in parallel.
//
// The figures above predate the unweighted kernels of bfsbrandes.go (compact per-node
// arrays, nodes renumbered in search order) and closeness.go (64 searches per pass);
// docs/benchmarks.md compares the current ones with igraph, NetworKit and networkx.

import (
	"context"
	"math"
)

// Betweenness returns each node's betweenness centrality: the share of shortest paths
// between other pairs that pass through it, normalized as networkx's
// betweenness_centrality(normalized=True) does, by (n-1)(n-2) for ordered pairs
// (directed) or, equivalently, (n-1)(n-2)/2 for unordered pairs (undirected). When g is
// weighted, path lengths add up edge distances (see Graph).
//
// It is Brandes' algorithm (U. Brandes 2001, "A faster algorithm for betweenness
// centrality", J. Math. Sociol. 25(2):163–177): a breadth-first search (unweighted; see
// levelBrandes) or Dijkstra's algorithm with a radix heap (weighted; see radixHeap) from
// every source, then a back-propagation of pair dependencies. Sources are split into fixed partitions that
// run in parallel, and partition sums are added in order, so that results do not depend
// on scheduling. Predecessor lists are not stored (see accumulate).
func Betweenness(g *Graph) []float64 {
	bc, _ := betweenness(context.Background(), g)
	return bc
}

// betweenness is Betweenness, stopped with ctx's error once ctx is done.
func betweenness(ctx context.Context, g *Graph) ([]float64, error) {
	n := g.N()
	bc := make([]float64, n)
	if n == 0 {
		return bc, nil
	}
	var err error
	if g.weighted {
		err = weightedBetweenness(ctx, g, bc)
	} else {
		err = unweightedBetweenness(ctx, g, bc)
	}
	if err != nil {
		return nil, err
	}
	if n > 2 {
		scale := 1 / (float64(n-1) * float64(n-2))
		for v := range bc {
			bc[v] *= scale
		}
	}
	return bc, nil
}

// weightedBetweenness adds up every source's dependencies into bc, by Dijkstra's
// algorithm.
func weightedBetweenness(ctx context.Context, g *Graph, bc []float64) error {
	n := g.N()
	parts := partitions(n)
	partial := make([][]float64, parts)
	err := runPartitions(ctx, parts, func() *brandes { return newBrandes(n) }, func(b *brandes, p int) {
		acc := make([]float64, n)
		for s := p; s < n && !stopped(ctx); s += parts {
			b.dijkstra(g, s)
			b.accumulate(g, s, acc)
		}
		partial[p] = acc
	})
	if err != nil {
		return err
	}
	for _, acc := range partial {
		for v, x := range acc {
			bc[v] += x
		}
	}
	return nil
}

// unweightedBetweenness adds up every source's dependencies into bc, by breadth-first
// search on a copy of the arcs renumbered in search order (see searchOrder), which keeps
// the searches' memory traffic in cache.
func unweightedBetweenness(ctx context.Context, g *Graph, bc []float64) error {
	n := g.N()
	newID, oldID := searchOrder(g)
	out := renumbered(&g.out, newID, oldID)
	in := out
	if g.directed {
		in = renumbered(&g.in, newID, oldID)
	}
	parts := partitions(n)
	partial := make([][]float64, parts)
	err := runPartitions(ctx, parts, func() *levelBrandes { return newLevelBrandes(n) }, func(b *levelBrandes, p int) {
		acc := make([]float64, n)
		for s := p; s < n && !stopped(ctx); s += parts {
			b.run(&out, &in, int32(s), acc)
		}
		partial[p] = acc
	})
	if err != nil {
		return err
	}
	for _, acc := range partial {
		for v, x := range acc {
			bc[oldID[v]] += x
		}
	}
	return nil
}

// brandes is one worker's scratch space for Dijkstra's algorithm (see levelBrandes for
// breadth-first search). The state of
// a node sits in one struct so that visiting a neighbour touches one cache line.
type brandes struct {
	st    []pathState
	order []int32 // nodes in order of settled distance
	heap  radixHeap
}

type pathState struct {
	dist  float64 // from the source; +Inf when not reached
	sigma float64 // number of shortest paths from the source
	coef  float64 // (1 + dependency) / sigma, once accumulated
	done  bool    // settled, for Dijkstra
}

func newBrandes(n int) *brandes {
	b := &brandes{st: make([]pathState, n), order: make([]int32, 0, n)}
	for i := range b.st {
		b.st[i].dist = math.Inf(1)
	}
	return b
}

// reset clears what the last search touched: every node it reached is in order, since
// both searches run until no reachable node is left unsettled.
func (b *brandes) reset() {
	for _, v := range b.order {
		b.st[v] = pathState{dist: math.Inf(1)}
	}
	b.order = b.order[:0]
}

// dijkstra counts shortest paths from s with edge distances.
func (b *brandes) dijkstra(g *Graph, s int) {
	b.reset()
	st := b.st
	b.heap.reset()
	st[s].dist, st[s].sigma = 0, 1
	b.heap.push(0, int32(s))
	for b.heap.len() > 0 {
		d, v := b.heap.pop()
		if st[v].done || d > st[v].dist {
			continue
		}
		st[v].done = true
		b.order = append(b.order, v)
		dv, sv := st[v].dist, st[v].sigma
		lo, hi := g.out.row(int(v))
		for k := lo; k < hi; k++ {
			w := g.out.nbr[k]
			x := &st[w]
			if x.done {
				continue
			}
			d := dv + g.out.d[k]
			switch {
			case d < x.dist:
				x.dist = d
				x.sigma = sv
				b.heap.push(d, w)
			case d == x.dist:
				x.sigma += sv
			}
		}
	}
}

// accumulate adds the dependencies of source s to acc, walking settled nodes from the
// farthest back. It pulls from successors rather than pushing to predecessors: the
// dependency of w is sigma(w)·Σ (1+delta(x))/sigma(x) over the x with
// dist(w) + d(w,x) = dist(x), the same floating-point sum that the forward search
// compared, so the two agree exactly on which edges lie on shortest paths.
func (b *brandes) accumulate(g *Graph, s int, acc []float64) {
	st := b.st
	for i := len(b.order) - 1; i >= 0; i-- {
		w := b.order[i]
		dw := st[w].dist
		var sum float64
		lo, hi := g.out.row(int(w))
		for k := lo; k < hi; k++ {
			if x := &st[g.out.nbr[k]]; dw+g.out.d[k] == x.dist {
				sum += x.coef
			}
		}
		delta := st[w].sigma * sum
		st[w].coef = (1 + delta) / st[w].sigma
		if int(w) != s {
			acc[w] += delta
		}
	}
}
