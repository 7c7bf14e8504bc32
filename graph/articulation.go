package graph

import (
	"cmp"
	"slices"
)

// undirectedView returns g's adjacency with directions dropped, in CSR form: the
// neighbours of node i are nbr[start[i]:start[i+1]], ascending, each once. For an
// undirected graph these are g's own arrays (do not modify them); for a directed one the
// successors and predecessors of every node are merged, so that a pair of opposite arcs
// becomes one edge, as networkx's to_undirected does.
func undirectedView(g *Graph) (start []int, nbr []int32) {
	if !g.directed {
		return g.out.start, g.out.nbr
	}
	n := g.N()
	start = make([]int, n+1)
	nbr = make([]int32, 0, len(g.out.nbr)+len(g.in.nbr))
	for i := range n {
		a, _ := g.Out(i)
		b, _ := g.In(i)
		for len(a) > 0 || len(b) > 0 {
			switch {
			case len(b) == 0 || (len(a) > 0 && a[0] < b[0]):
				nbr = append(nbr, a[0])
				a = a[1:]
			case len(a) == 0 || b[0] < a[0]:
				nbr = append(nbr, b[0])
				b = b[1:]
			default:
				nbr = append(nbr, a[0])
				a, b = a[1:], b[1:]
			}
		}
		start[i+1] = len(nbr)
	}
	return start, nbr
}

// dfsFrame is one node on the explicit stack of an iterative depth-first search. The
// search does not recurse: on a long path-like component of a large graph recursion
// would grow the goroutine stack to one frame per node.
type dfsFrame struct {
	v, parent int32
	next      int // position of the next neighbour to try in v's row
}

// dfsTree holds the state of a depth-first search over an undirected view: discovery
// time, low-link, subtree size and the root of each node's tree (-1 when not reached).
type dfsTree struct {
	disc, low, size, root []int32
}

// lowLinks runs Tarjan's depth-first search (R. E. Tarjan 1972, "Depth-first search and
// linear graph algorithms", SIAM J. Comput. 1(2):146–160) over an undirected view,
// skipping nodes marked in skip (nil skips none), and calls finish(v, parent) when v is
// done: then disc, low and size are final for v and every node below it. Roots have
// parent -1.
func lowLinks(start []int, nbr []int32, skip []bool, finish func(t *dfsTree, v, parent int32)) *dfsTree {
	n := len(start) - 1
	t := &dfsTree{disc: make([]int32, n), low: make([]int32, n), size: make([]int32, n), root: make([]int32, n)}
	for i := range t.disc {
		t.disc[i] = -1
		t.root[i] = -1
	}
	var stack []dfsFrame
	var clock int32
	for s := range n {
		if t.disc[s] >= 0 || (skip != nil && skip[s]) {
			continue
		}
		t.disc[s], t.low[s], t.size[s], t.root[s] = clock, clock, 1, int32(s)
		clock++
		stack = append(stack[:0], dfsFrame{v: int32(s), parent: -1, next: start[s]})
		for len(stack) > 0 {
			top := &stack[len(stack)-1]
			v := top.v
			if top.next < start[v+1] {
				w := nbr[top.next]
				top.next++
				if skip != nil && skip[w] {
					continue
				}
				switch {
				case t.disc[w] < 0:
					t.disc[w], t.low[w], t.size[w], t.root[w] = clock, clock, 1, int32(s)
					clock++
					stack = append(stack, dfsFrame{v: w, parent: v, next: start[w]})
				case w != top.parent:
					t.low[v] = min(t.low[v], t.disc[w])
				}
				continue
			}
			parent := top.parent
			stack = stack[:len(stack)-1]
			if parent >= 0 {
				t.low[parent] = min(t.low[parent], t.low[v])
				t.size[parent] += t.size[v]
			}
			if finish != nil {
				finish(t, v, parent)
			}
		}
	}
	return t
}

// ArticulationPoints returns the cut vertices of g, ascending: the nodes whose removal
// splits their connected component, found by Tarjan's depth-first search in O(n+m).
// Directions are ignored (a directed graph is read as networkx's to_undirected reads
// it), as networkx's articulation_points requires. In a criminal network these are the
// people whose arrest cuts some members off from the rest.
func ArticulationPoints(g *Graph) []int {
	start, nbr := undirectedView(g)
	n := g.N()
	cut := make([]bool, n)
	rootChildren := make([]int, n)
	lowLinks(start, nbr, nil, func(t *dfsTree, v, parent int32) {
		switch {
		case parent < 0:
		case t.root[v] == parent:
			// A root separates its tree exactly when it has two children or more.
			rootChildren[parent]++
		case t.low[v] >= t.disc[parent]:
			cut[parent] = true
		}
	})
	var out []int
	for v := range n {
		if cut[v] || rootChildren[v] >= 2 {
			out = append(out, v)
		}
	}
	return out
}

// Bridges returns the edges of g whose removal splits their connected component, each
// as its two nodes (smaller first), in ascending order; directions are ignored as in
// ArticulationPoints. A bridge is an edge (parent, v) of the depth-first tree with
// low(v) > disc(parent) (R. E. Tarjan 1974, "A note on finding the bridges of a graph",
// Information Processing Letters 2(6):160–161). O(n+m).
func Bridges(g *Graph) [][2]int {
	start, nbr := undirectedView(g)
	var out [][2]int
	lowLinks(start, nbr, nil, func(t *dfsTree, v, parent int32) {
		if parent >= 0 && t.low[v] > t.disc[parent] {
			out = append(out, [2]int{int(min(v, parent)), int(max(v, parent))})
		}
	})
	slices.SortFunc(out, func(a, b [2]int) int { return cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1])) })
	return out
}
