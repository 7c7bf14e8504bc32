package graph

import (
	"math"

	gg "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/iterator"
	"gonum.org/v1/gonum/graph/simple"
)

// The gonum views satisfy gonum's interfaces, so that gonum's algorithms (Yen's k
// shortest paths, community detection, traversals) run on a projection unchanged.
var (
	_ gg.WeightedUndirected = UndirectedView{}
	_ gg.WeightedDirected   = DirectedView{}
	_ gg.Weighted           = UndirectedView{}
	_ gg.Weighted           = DirectedView{}
)

// UndirectedView presents an undirected Graph to gonum as a graph.WeightedUndirected.
// Node i has ID int64(i).
type UndirectedView struct{ view }

// DirectedView presents a directed Graph to gonum as a graph.WeightedDirected. Node i
// has ID int64(i).
type DirectedView struct{ view }

// PathView returns g for gonum with each edge weighted by its path distance (1 when
// g is unweighted), the cost that gonum's shortest-path functions read. A node's weight
// to itself is 0; Weight reports +Inf for absent edges. The result is an UndirectedView
// or a DirectedView, as g is.
func (g *Graph) PathView() gg.Weighted { return g.gonum(true) }

// StrengthView returns g for gonum with each edge weighted by its strength (1 when g is
// unweighted), the weight that gonum's community and PageRank functions read. A node's
// weight to itself, and the weight reported for absent edges, is 0. The result is an
// UndirectedView or a DirectedView, as g is.
func (g *Graph) StrengthView() gg.Weighted { return g.gonum(false) }

func (g *Graph) gonum(distance bool) gg.Weighted {
	v := view{g: g, distance: distance}
	if g.directed {
		return DirectedView{v}
	}
	return UndirectedView{v}
}

// view holds what both gonum views share.
type view struct {
	g        *Graph
	distance bool
}

func (v view) has(id int64) bool { return id >= 0 && id < int64(len(v.g.ids)) }

func (v view) weightAt(k int) float64 {
	if v.distance {
		return v.g.out.d[k]
	}
	return v.g.out.w[k]
}

func (v view) absent() float64 {
	if v.distance {
		return math.Inf(1)
	}
	return 0
}

// Node returns the node with the given ID, or nil.
func (v view) Node(id int64) gg.Node {
	if !v.has(id) {
		return nil
	}
	return simple.Node(id)
}

// Nodes returns all nodes, in index order.
func (v view) Nodes() gg.Nodes {
	if len(v.g.ids) == 0 {
		return gg.Empty
	}
	return iterator.NewImplicitNodes(0, len(v.g.ids), func(id int) gg.Node { return simple.Node(id) })
}

// From returns the nodes reachable from id along one edge.
func (v view) From(id int64) gg.Nodes {
	if !v.has(id) {
		return gg.Empty
	}
	nbr, _ := v.g.Out(int(id))
	return newNodeIter(nbr)
}

// HasEdgeBetween reports whether an edge joins x and y, in either direction.
func (v view) HasEdgeBetween(xid, yid int64) bool {
	if !v.has(xid) || !v.has(yid) {
		return false
	}
	return v.g.out.find(int(xid), int(yid)) >= 0 || v.g.in.find(int(xid), int(yid)) >= 0
}

// Edge returns the edge from u to v, or nil.
func (v view) Edge(uid, vid int64) gg.Edge {
	if e := v.WeightedEdge(uid, vid); e != nil {
		return e
	}
	return nil
}

// WeightedEdge returns the edge from u to v with its weight, or nil.
func (v view) WeightedEdge(uid, vid int64) gg.WeightedEdge {
	if !v.has(uid) || !v.has(vid) {
		return nil
	}
	k := v.g.out.find(int(uid), int(vid))
	if k < 0 {
		return nil
	}
	return simple.WeightedEdge{F: simple.Node(uid), T: simple.Node(vid), W: v.weightAt(k)}
}

// Weight returns the weight of the edge from x to y and true; for x == y it returns 0
// and true; for an absent edge, the view's absent weight and false.
func (v view) Weight(xid, yid int64) (w float64, ok bool) {
	if v.has(xid) && xid == yid {
		return 0, true
	}
	if v.has(xid) && v.has(yid) {
		if k := v.g.out.find(int(xid), int(yid)); k >= 0 {
			return v.weightAt(k), true
		}
	}
	return v.absent(), false
}

// WeightedEdges returns every edge: each undirected edge once, from its lower node.
func (v view) WeightedEdges() gg.WeightedEdges {
	var edges []gg.WeightedEdge
	for u := range v.g.ids {
		lo, hi := v.g.out.row(u)
		for k := lo; k < hi; k++ {
			t := int(v.g.out.nbr[k])
			if !v.g.directed && t < u {
				continue
			}
			edges = append(edges, simple.WeightedEdge{F: simple.Node(u), T: simple.Node(t), W: v.weightAt(k)})
		}
	}
	if len(edges) == 0 {
		return gg.Empty
	}
	return iterator.NewOrderedWeightedEdges(edges)
}

// Edges returns every edge: each undirected edge once, from its lower node.
func (v view) Edges() gg.Edges {
	it := v.WeightedEdges()
	if it.Len() == 0 {
		return gg.Empty
	}
	edges := make([]gg.Edge, 0, it.Len())
	for it.Next() {
		edges = append(edges, it.WeightedEdge())
	}
	return iterator.NewOrderedEdges(edges)
}

// EdgeBetween returns the edge between x and y, or nil.
func (v UndirectedView) EdgeBetween(xid, yid int64) gg.Edge { return v.Edge(xid, yid) }

// WeightedEdgeBetween returns the edge between x and y with its weight, or nil.
func (v UndirectedView) WeightedEdgeBetween(xid, yid int64) gg.WeightedEdge {
	return v.WeightedEdge(xid, yid)
}

// HasEdgeFromTo reports whether there is an arc from u to v.
func (v DirectedView) HasEdgeFromTo(uid, vid int64) bool {
	return v.has(uid) && v.has(vid) && v.g.out.find(int(uid), int(vid)) >= 0
}

// To returns the nodes from which an arc reaches id.
func (v DirectedView) To(id int64) gg.Nodes {
	if !v.has(id) {
		return gg.Empty
	}
	nbr, _ := v.g.In(int(id))
	return newNodeIter(nbr)
}

// nodeIter iterates over a CSR row without copying it.
type nodeIter struct {
	nbr []int32
	pos int
}

func newNodeIter(nbr []int32) gg.Nodes {
	if len(nbr) == 0 {
		return gg.Empty
	}
	return &nodeIter{nbr: nbr, pos: -1}
}

func (it *nodeIter) Next() bool {
	if it.pos+1 >= len(it.nbr) {
		it.pos = len(it.nbr)
		return false
	}
	it.pos++
	return true
}

func (it *nodeIter) Len() int { return max(0, len(it.nbr)-it.pos-1) }

func (it *nodeIter) Reset() { it.pos = -1 }

func (it *nodeIter) Node() gg.Node {
	if it.pos < 0 || it.pos >= len(it.nbr) {
		return nil
	}
	return simple.Node(it.nbr[it.pos])
}
