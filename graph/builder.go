package graph

import (
	"cmp"
	"slices"

	"github.com/ringleader/ringleader"
)

// Builder builds a Graph from nodes and ties given one at a time, so that a projection
// can be streamed from a store or a file without first holding every entity and link
// as Go structs. It interns each node's id once and keeps the ties in compact arrays
// (two int32 endpoints, a float64 weight and a bit for the direction: 16 bytes and a bit
// a tie); Graph lays them out as CSR rows in place and drops them.
//
// Before it, Project built a slice of 24-byte tie structs, then 16-byte arcs (two per
// undirected tie), then a sorted copy of those, then the rows: about 112 bytes a tie at
// the peak, on top of the network's structs. On the 200k-node peer graph (1M edges) that
// peak, with the network, took rlbench to 518–596 MB against igraph's 185–209 MB
// (docs/benchmarks.md).
//
// The graph Graph returns is the one Project builds from the same ties in the same
// order: parallel ties merge into one edge whose weight is the sum of theirs, added in
// the order the ties came; self-loops are dropped.
type Builder struct {
	g       *Graph
	minCore int
	// The ties so far: tie i goes from u[i] to v[i] with weight w[i], and is directed
	// when bit i of dir is set.
	u, v []int32
	w    []float64
	dir  []uint64
}

// NewBuilder returns a builder of a graph with the direction, weights and minimum core
// of opt (opt already normalized by ProjectionOptions.Normalize); the view, types and
// windows are the caller's to apply to what it adds.
func NewBuilder(opt ringleader.ProjectionOptions) *Builder {
	g := &Graph{directed: opt.Directed, weighted: opt.Weighted, weightAs: opt.WeightAs, index: map[string]int{}}
	if g.weightAs == "" {
		g.weightAs = ringleader.WeightStrength
	}
	return &Builder{g: g, minCore: opt.MinCore}
}

// Grow makes room for nodes more nodes and ties more ties, so that a caller who knows
// their numbers (a line count, a store's counts) spares the copies of growing slices.
func (b *Builder) Grow(nodes, ties int) {
	if nodes > 0 {
		if len(b.g.ids) == 0 {
			b.g.index = make(map[string]int, nodes)
		}
		b.g.ids = slices.Grow(b.g.ids, nodes)
	}
	if ties > 0 {
		b.u = slices.Grow(b.u, ties)
		b.v = slices.Grow(b.v, ties)
		b.w = slices.Grow(b.w, ties)
		b.dir = slices.Grow(b.dir, (len(b.u)+ties+63)/64-len(b.dir))
	}
}

// AddNode adds a node for id unless there is one already, and returns the node.
// Nodes are numbered in the order of their first AddNode.
func (b *Builder) AddNode(id string) int {
	if i, ok := b.g.index[id]; ok {
		return i
	}
	i := len(b.g.ids)
	b.g.index[id] = i
	b.g.ids = append(b.g.ids, id)
	return i
}

// Node returns the node added for id, and whether there is one.
func (b *Builder) Node(id string) (int, bool) {
	i, ok := b.g.index[id]
	return i, ok
}

// N returns the number of nodes added so far.
func (b *Builder) N() int { return len(b.g.ids) }

// AddTie adds a tie from node u to node v of weight w (a strength, summed with the
// weights of parallel ties; ignored when the graph is unweighted). A directed tie
// becomes one arc of a directed graph, an undirected one two; in an undirected graph
// every tie loses its direction. A tie from a node to itself is dropped.
func (b *Builder) AddTie(u, v int, w float64, directed bool) {
	if u == v {
		return
	}
	i := len(b.u)
	if i%64 == 0 {
		b.dir = append(b.dir, 0)
	}
	if directed {
		b.dir[i/64] |= 1 << (i % 64)
	}
	b.u = append(b.u, int32(u))
	b.v = append(b.v, int32(v))
	b.w = append(b.w, w)
}

// Ties returns the number of ties added so far.
func (b *Builder) Ties() int { return len(b.u) }

// Graph returns the graph of the nodes and ties added; when the builder was made with a
// minimum core above 0, the subgraph of its k-core (see CoreNumbers), nodes in the same
// order. The builder must not be used afterwards.
func (b *Builder) Graph() *Graph {
	g := b.g
	n := len(g.ids)
	g.out = b.rows(n)
	b.g = nil
	if g.directed {
		g.m = len(g.out.nbr)
		g.in = g.out.transpose(n)
	} else {
		// Each undirected edge sits in both endpoints' rows with the same merged weight.
		g.m = len(g.out.nbr) / 2
	}
	g.setDistances(&g.out)
	if g.directed {
		g.setDistances(&g.in)
	} else {
		g.in = g.out
	}
	if b.minCore > 0 {
		cores := CoreNumbers(g)
		removed := make([]bool, n)
		for i, c := range cores {
			removed[i] = c < b.minCore
		}
		g, _ = induced(g, removed)
	}
	return g
}

// both reports whether tie i yields an arc in each direction.
func (b *Builder) both(directedGraph bool, i int) bool {
	return !directedGraph || b.dir[i/64]&(1<<(i%64)) == 0
}

// rows lays the ties out as n CSR rows of merged weight sums: a counting sort by row,
// which keeps the ties' order within a row, then a stable sort of each row by column
// and a merge of equal columns, in place.
func (b *Builder) rows(n int) adjacency {
	directed := b.g.directed
	start := make([]int, n+1)
	for i, u := range b.u {
		start[u+1]++
		if b.both(directed, i) {
			start[b.v[i]+1]++
		}
	}
	for i := range n {
		start[i+1] += start[i]
	}
	arcs := start[n]
	nbr := make([]int32, arcs)
	w := make([]float64, arcs)
	next := slices.Clone(start[:n])
	for i, u := range b.u {
		v := b.v[i]
		nbr[next[u]], w[next[u]] = v, b.w[i]
		next[u]++
		if b.both(directed, i) {
			nbr[next[v]], w[next[v]] = u, b.w[i]
			next[v]++
		}
	}
	next = nil
	b.u, b.v, b.w, b.dir = nil, nil, nil, nil

	var buf []arc
	k := 0
	for i := range n {
		lo, hi := start[i], start[i+1]
		start[i] = k
		if !slices.IsSorted(nbr[lo:hi]) {
			buf = buf[:0]
			for j := lo; j < hi; j++ {
				buf = append(buf, arc{v: nbr[j], w: w[j]})
			}
			slices.SortStableFunc(buf, func(a, b arc) int { return cmp.Compare(a.v, b.v) })
			for j, a := range buf {
				nbr[lo+j], w[lo+j] = a.v, a.w
			}
		}
		for j := lo; j < hi; j++ {
			if k > start[i] && nbr[k-1] == nbr[j] {
				w[k-1] += w[j]
				continue
			}
			nbr[k], w[k] = nbr[j], w[j]
			k++
		}
	}
	start[n] = k
	// Merging freed more than an eighth of the arrays: copy the rest into arrays of
	// their size, so that the graph does not hold the slack for its life.
	if 8*(arcs-k) > arcs {
		return adjacency{start: start, nbr: slices.Clone(nbr[:k]), w: slices.Clone(w[:k])}
	}
	return adjacency{start: start, nbr: nbr[:k:k], w: w[:k:k]}
}

// transpose returns the rows of a's columns: node j's row lists the nodes whose rows
// list j, in ascending order, with the same weights.
func (a *adjacency) transpose(n int) adjacency {
	t := adjacency{start: make([]int, n+1), nbr: make([]int32, len(a.nbr)), w: make([]float64, len(a.nbr))}
	for _, v := range a.nbr {
		t.start[v+1]++
	}
	for i := range n {
		t.start[i+1] += t.start[i]
	}
	next := slices.Clone(t.start[:n])
	for u := range n {
		lo, hi := a.row(u)
		for k := lo; k < hi; k++ {
			v := a.nbr[k]
			t.nbr[next[v]], t.w[next[v]] = int32(u), a.w[k]
			next[v]++
		}
	}
	return t
}

// setDistances turns the merged weight sums of a into strengths and distances. Where
// the two are equal (every edge 1 when unweighted; the weight itself as a distance)
// they share one array.
func (g *Graph) setDistances(a *adjacency) {
	switch {
	case !g.weighted:
		for k := range a.w {
			a.w[k] = 1
		}
		a.d = a.w
	case g.weightAs == ringleader.WeightDistance:
		a.d = a.w
	default:
		a.d = make([]float64, len(a.w))
		for k, sum := range a.w {
			a.d[k] = 1 / sum
		}
	}
}
