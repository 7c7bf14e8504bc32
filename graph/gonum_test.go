package graph_test

import (
	"math"
	"slices"
	"strconv"
	"testing"

	gg "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/simple"
	"gonum.org/v1/gonum/graph/testgraph"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/graph"
)

// viewBuilder returns a testgraph.Builder that loads gonum's test cases as a network of
// persons named by node ID and returns one of the projection's gonum views. Node IDs
// must be 0..n-1, as a projection's are; other cases are skipped, as gonum does for its
// own dense graphs. Self-loops and repeated edges are left out of the input, since a
// projection drops the first and merges the second.
func viewBuilder(directed, distance bool) testgraph.Builder {
	return func(nodes []gg.Node, edges []testgraph.WeightedLine, self, absent float64) (gg.Graph, []gg.Node, []testgraph.Edge, float64, float64, bool) {
		ids := make([]int64, len(nodes))
		for i, n := range nodes {
			ids[i] = n.ID()
		}
		slices.Sort(ids)
		for i, id := range ids {
			if id != int64(i) {
				return nil, nil, nil, 0, 0, false
			}
		}
		net := &ringleader.Network{}
		var outNodes []gg.Node
		for i := range ids {
			net.Entities = append(net.Entities, ringleader.Entity{ID: strconv.Itoa(i), Kind: ringleader.KindPerson})
			outNodes = append(outNodes, simple.Node(i))
		}
		subtype := ringleader.AssocAssociate
		if directed {
			subtype = ringleader.AssocCall
		}
		var outEdges []testgraph.Edge
		seen := map[[2]int64]bool{}
		for _, e := range edges {
			f, t := e.From().ID(), e.To().ID()
			key := [2]int64{f, t}
			if !directed {
				key = [2]int64{min(f, t), max(f, t)}
			}
			if f == t || f < 0 || t < 0 || f >= int64(len(ids)) || t >= int64(len(ids)) || seen[key] {
				continue
			}
			seen[key] = true
			net.Links = append(net.Links, ringleader.Link{Type: ringleader.LinkAssociate, Subtype: subtype,
				Source: strconv.FormatInt(f, 10), Target: strconv.FormatInt(t, 10), Weight: e.Weight()})
			outEdges = append(outEdges, simple.WeightedEdge{F: simple.Node(f), T: simple.Node(t), W: e.Weight()})
		}
		if len(outEdges) == 0 && len(edges) != 0 {
			return nil, nil, nil, 0, 0, false
		}
		g := graph.Project(net, ringleader.ProjectionOptions{View: ringleader.ViewPeople, Directed: directed,
			Weighted: true, WeightAs: ringleader.WeightDistance})
		if distance {
			return g.PathView(), outNodes, outEdges, 0, math.Inf(1), true
		}
		return g.StrengthView(), outNodes, outEdges, 0, 0, true
	}
}

// TestGonumConformance runs gonum's own graph test suite on the projection's views.
func TestGonumConformance(t *testing.T) {
	const usesEmpty, reversesEdges = true, true
	for _, directed := range []bool{false, true} {
		for _, distance := range []bool{true, false} {
			name := map[bool]string{false: "undirected", true: "directed"}[directed] + "/" +
				map[bool]string{true: "path", false: "strength"}[distance]
			b := viewBuilder(directed, distance)
			t.Run(name, func(t *testing.T) {
				t.Run("EdgeExistence", func(t *testing.T) { testgraph.EdgeExistence(t, b, reversesEdges) })
				t.Run("NodeExistence", func(t *testing.T) { testgraph.NodeExistence(t, b) })
				t.Run("ReturnAdjacentNodes", func(t *testing.T) { testgraph.ReturnAdjacentNodes(t, b, usesEmpty, reversesEdges) })
				t.Run("ReturnAllEdges", func(t *testing.T) { testgraph.ReturnAllEdges(t, b, usesEmpty) })
				t.Run("ReturnAllNodes", func(t *testing.T) { testgraph.ReturnAllNodes(t, b, usesEmpty) })
				t.Run("ReturnAllWeightedEdges", func(t *testing.T) { testgraph.ReturnAllWeightedEdges(t, b, usesEmpty) })
				t.Run("ReturnEdgeSlice", func(t *testing.T) { testgraph.ReturnEdgeSlice(t, b, usesEmpty) })
				t.Run("ReturnWeightedEdgeSlice", func(t *testing.T) { testgraph.ReturnWeightedEdgeSlice(t, b, usesEmpty) })
				t.Run("ReturnNodeSlice", func(t *testing.T) { testgraph.ReturnNodeSlice(t, b, usesEmpty) })
				t.Run("Weight", func(t *testing.T) { testgraph.Weight(t, b) })
			})
		}
	}
}

func TestViewsAreGonumGraphs(t *testing.T) {
	tests := []struct {
		name     string
		directed bool
	}{
		{"undirected", false},
		{"directed", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := graph.Project(ringNetwork(), ringleader.ProjectionOptions{Directed: tt.directed, WeightAs: ringleader.WeightStrength})
			for _, v := range []gg.Weighted{g.PathView(), g.StrengthView()} {
				_, isDirected := v.(gg.Directed)
				_, isUndirected := v.(gg.WeightedUndirected)
				if isDirected != tt.directed || isUndirected == tt.directed {
					t.Errorf("%T: directed %v, undirected %v", v, isDirected, isUndirected)
				}
			}
		})
	}
}
