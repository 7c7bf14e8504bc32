package graph_test

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/graph"
)

// randomGraph projects a seeded random network of n persons and m links (a link may
// repeat a pair or be a self-loop; the projection merges and drops those), directed
// (calls) or not.
func randomGraph(t testing.TB, n, m int, directed bool, seed uint64) *graph.Graph {
	t.Helper()
	rng := rand.New(rand.NewPCG(seed, 1))
	net := &ringleader.Network{}
	for i := range n {
		id := "p" + strconv.Itoa(i)
		net.Entities = append(net.Entities, ringleader.Entity{ID: id, Kind: ringleader.KindPerson, Name: id})
	}
	subtype := ringleader.AssocAssociate
	if directed {
		subtype = ringleader.AssocCall
	}
	for range m {
		a, b := rng.IntN(n), rng.IntN(n)
		net.Links = append(net.Links, ringleader.Link{Type: ringleader.LinkAssociate, Subtype: subtype,
			Source: net.Entities[a].ID, Target: net.Entities[b].ID, Weight: float64(1 + rng.IntN(5))})
	}
	opt := ringleader.ProjectionOptions{Directed: directed}
	if err := opt.Normalize(); err != nil {
		t.Fatal(err)
	}
	return graph.Project(net, opt)
}

func TestArticulationAgainstNetworkx(t *testing.T) {
	ref := loadBrokerReference(t)
	for name, gr := range ref.Graphs {
		t.Run(name, func(t *testing.T) {
			g := projectBrokerReference(t, gr)
			var points []string
			for _, v := range graph.ArticulationPoints(g) {
				points = append(points, g.NodeID(v))
			}
			// The reference lists nodes in graph order, as node indices ascend.
			if !slices.Equal(points, gr.ArticulationPoints) {
				t.Errorf("articulation points\n got %v\nwant %v", points, gr.ArticulationPoints)
			}
			var bridges [][2]string
			for _, e := range graph.Bridges(g) {
				bridges = append(bridges, [2]string{g.NodeID(e[0]), g.NodeID(e[1])})
			}
			if !slices.Equal(bridges, gr.Bridges) {
				t.Errorf("bridges\n got %v\nwant %v", bridges, gr.Bridges)
			}
			t.Logf("%d articulation points, %d bridges", len(points), len(bridges))
		})
	}
}

func TestArticulationSmall(t *testing.T) {
	tests := []struct {
		name    string
		g       *graph.Graph
		points  []int
		bridges [][2]int
	}{
		{"path", tiny(t, "a-b", "b-c", "c-d"), []int{1, 2}, [][2]int{{0, 1}, {1, 2}, {2, 3}}},
		{"cycle", tiny(t, "a-b", "b-c", "c-d", "d-a"), nil, nil},
		// Two triangles sharing c: c is a cut vertex, but every edge is on a cycle.
		{"bow tie", tiny(t, "a-b", "b-c", "c-a", "c-d", "d-e", "e-c"), []int{2}, nil},
		// A triangle with a tail d–e and an isolated f; the tail edges are bridges.
		{"triangle with tail", tiny(t, "a-b", "b-c", "c-a", "c-d", "d-e", "f"), []int{2, 3}, [][2]int{{2, 3}, {3, 4}}},
		// Opposite arcs make one undirected edge, which can still be a bridge; the
		// directed cycle a→b→c→a is a cycle once directions go.
		{"directed", tiny(t, "a>b", "b>c", "c>a", "c>d", "d>c"), []int{2}, [][2]int{{2, 3}}},
		// The DFS root with two children is a cut vertex; with one it is not.
		{"star", tiny(t, "a-b", "a-c", "a-d"), []int{0}, [][2]int{{0, 1}, {0, 2}, {0, 3}}},
		{"root with one child", tiny(t, "a-b", "b-c", "c-a", "b-d"), []int{1}, [][2]int{{1, 3}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if p := graph.ArticulationPoints(tt.g); !slices.Equal(p, tt.points) {
				t.Errorf("ArticulationPoints = %v, want %v", p, tt.points)
			}
			if b := graph.Bridges(tt.g); !slices.Equal(b, tt.bridges) {
				t.Errorf("Bridges = %v, want %v", b, tt.bridges)
			}
		})
	}
}

// TestArticulationByRemoval checks the depth-first search against the definitions on
// sparse random graphs, which have many cut vertices and bridges: a node is a cut
// vertex exactly when removing it leaves more components, and an edge is a bridge
// exactly when removing it does.
func TestArticulationByRemoval(t *testing.T) {
	checkArticulationByRemoval(t, randomGraph(t, 400, 520, false, 7))
	checkArticulationByRemoval(t, randomGraph(t, 400, 520, true, 8))
}

func checkArticulationByRemoval(t *testing.T, g *graph.Graph) {
	t.Helper()
	base := countComponents(g, -1, [2]int{-1, -1})
	isPoint := make([]bool, g.N())
	points := graph.ArticulationPoints(g)
	for _, v := range points {
		isPoint[v] = true
	}
	for v := range g.N() {
		// Removing an isolated node removes its component; a leaf leaves the count.
		if after := countComponents(g, v, [2]int{-1, -1}); (after > base) != isPoint[v] {
			t.Fatalf("node %s: %d components, %d without it; articulation point %v", g.NodeID(v), base, after, isPoint[v])
		}
	}
	bridges := graph.Bridges(g)
	isBridge := map[[2]int]bool{}
	for _, e := range bridges {
		isBridge[e] = true
	}
	for u := range g.N() {
		for _, v := range g.Neighbours(u) {
			if u < v {
				e := [2]int{u, v}
				if after := countComponents(g, -1, e); (after > base) != isBridge[e] {
					t.Fatalf("edge %v: %d components, %d without it; bridge %v", e, base, after, isBridge[e])
				}
			}
		}
	}
	if len(points) == 0 || len(bridges) == 0 {
		t.Fatalf("the random graph has %d articulation points and %d bridges: the check proves nothing", len(points), len(bridges))
	}
	t.Logf("%d articulation points and %d bridges among %d nodes", len(points), len(bridges), g.N())
}

// countComponents counts the connected components of g without node skip and without
// the edge cut (-1 for none), by breadth-first search over Neighbours.
func countComponents(g *graph.Graph, skip int, cut [2]int) int {
	seen := make([]bool, g.N())
	count := 0
	for s := range g.N() {
		if seen[s] || s == skip {
			continue
		}
		count++
		seen[s] = true
		queue := []int{s}
		for len(queue) > 0 {
			v := queue[0]
			queue = queue[1:]
			for _, w := range g.Neighbours(v) {
				if w == skip || seen[w] || (min(v, w) == cut[0] && max(v, w) == cut[1]) {
					continue
				}
				seen[w] = true
				queue = append(queue, w)
			}
		}
	}
	return count
}

func BenchmarkArticulation(b *testing.B) {
	g := syntheticGraph(b, benchNodes, false)
	b.Run("articulation_points", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			graph.ArticulationPoints(g)
		}
	})
	b.Run("bridges", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			graph.Bridges(g)
		}
	})
}

func ExampleArticulationPoints() {
	g := graph.Project(courierRing(), ringleader.ProjectionOptions{View: ringleader.ViewPeople})
	fmt.Println(names(g, graph.ArticulationPoints(g)))
	for _, e := range graph.Bridges(g) {
		fmt.Println(g.NodeID(e[0]), "–", g.NodeID(e[1]))
	}
	// Output:
	// samir omar yusuf
	// samir – omar
	// omar – yusuf
}
