package graph_test

import (
	"context"
	"encoding/json"
	"slices"
	"testing"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/graph"
)

func TestCoreNumbers(t *testing.T) {
	tests := []struct {
		name  string
		graph []string
		want  []int
	}{
		// A triangle with a pendant: the triangle is the 2-core, the pendant only in the 1-core.
		{"triangle and pendant", []string{"a-b", "b-c", "c-a", "c-d"}, []int{2, 2, 2, 1}},
		// K4 and a path hanging from it: 3-core K4, the path 1.
		{"clique and path", []string{"a-b", "a-c", "a-d", "b-c", "b-d", "c-d", "d-e", "e-f"}, []int{3, 3, 3, 3, 1, 1}},
		// A cycle is its own 2-core, however long.
		{"cycle", []string{"a-b", "b-c", "c-d", "d-e", "e-a"}, []int{2, 2, 2, 2, 2}},
		// A star is a 1-core: removing leaves lowers the centre to 0 ties.
		{"star", []string{"h-a", "h-b", "h-c", "h-d"}, []int{1, 1, 1, 1, 1}},
		{"isolated", []string{"a-b", "c"}, []int{1, 1, 0}},
		{"empty", nil, []int{}},
		// Directed, as networkx counts: in + out, so a reciprocated pair has degree 2 each
		// and is a 2-core; the arc to c gives c degree 1.
		{"directed pair", []string{"a>b", "b>a", "b>c"}, []int{2, 2, 1}},
		// A directed triangle: each node has in 1 + out 1 = 2.
		{"directed triangle", []string{"a>b", "b>c", "c>a"}, []int{2, 2, 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := tiny(t, tt.graph...)
			if got := graph.CoreNumbers(g); !slices.Equal(got, tt.want) {
				t.Errorf("core numbers = %v, want %v", got, tt.want)
			}
			scores, err := graph.Centrality(context.Background(), g, "core")
			if err != nil {
				t.Fatal(err)
			}
			for i, s := range scores {
				if s != float64(tt.want[i]) {
					t.Errorf("Centrality core of node %d = %v, want %d", i, s, tt.want[i])
				}
			}
		})
	}
}

// TestCoreNumbersAgainstNetworkx counts the nodes whose core number equals networkx's
// core_number on every reference graph (TestAgainstNetworkx checks the same values to
// 1e-9; this one logs the counts and the largest core).
func TestCoreNumbersAgainstNetworkx(t *testing.T) {
	ref := loadReference(t)
	for name, gr := range ref.Graphs {
		t.Run(name, func(t *testing.T) {
			g := projectReference(t, gr)
			var want map[string]float64
			if err := json.Unmarshal(gr.Measures["core"], &want); err != nil {
				t.Fatal(err)
			}
			equal, top := 0, 0
			for i, c := range graph.CoreNumbers(g) {
				if float64(c) == want[g.NodeID(i)] {
					equal++
				}
				top = max(top, c)
			}
			if equal != g.N() {
				t.Errorf("%d of %d core numbers equal networkx's", equal, g.N())
			}
			t.Logf("%d of %d equal networkx's; largest core %d (%d nodes)", equal, g.N(), top, len(graph.KCore(g, top)))
		})
	}
}

// naiveCores peels g the slow way: for k = 1, 2, ... remove nodes with fewer than k
// ties among those left (in + out when directed, as CoreNumbers counts) until none is
// left; a node's core number is the last k it survived.
func naiveCores(g *graph.Graph) []int {
	n := g.N()
	alive := make([]bool, n)
	for i := range alive {
		alive[i] = true
	}
	core := make([]int, n)
	degree := func(v int) int {
		d := 0
		out, _ := g.Out(v)
		for _, u := range out {
			if alive[u] {
				d++
			}
		}
		if g.Directed() {
			in, _ := g.In(v)
			for _, u := range in {
				if alive[u] {
					d++
				}
			}
		}
		return d
	}
	left := n
	for k := 1; left > 0; k++ {
		for removed := true; removed; {
			removed = false
			for v := range n {
				if alive[v] && degree(v) < k {
					alive[v], removed = false, true
					left--
				}
			}
		}
		for v := range n {
			if alive[v] {
				core[v] = k
			}
		}
	}
	return core
}

// TestCoreNumbersAgainstPeeling compares the bin-sort algorithm with naive peeling on
// random graphs, sparse and dense, directed and not.
func TestCoreNumbersAgainstPeeling(t *testing.T) {
	tests := []struct {
		name     string
		n        int
		degree   float64
		directed bool
	}{
		{"sparse", 500, 2, false},
		{"medium", 500, 8, false},
		{"dense", 200, 40, false},
		{"directed sparse", 500, 3, true},
		{"directed dense", 200, 30, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for seed := range uint64(3) {
				g := gnm(t, tt.n, tt.degree, false, tt.directed, seed)
				if got, want := graph.CoreNumbers(g), naiveCores(g); !slices.Equal(got, want) {
					t.Errorf("seed %d: core numbers differ from peeling", seed)
				}
			}
		})
	}
}

// TestProjectMinCore checks that ProjectionOptions.MinCore keeps the k-core: its nodes
// in the network's order, the edges among them with their weights.
func TestProjectMinCore(t *testing.T) {
	person := func(id string) ringleader.Entity {
		return ringleader.Entity{ID: id, Kind: ringleader.KindPerson, Name: id}
	}
	call := func(a, b string, w float64) ringleader.Link {
		return ringleader.Link{Type: ringleader.LinkAssociate, Subtype: ringleader.AssocCall, Source: a, Target: b, Weight: w}
	}
	// K4 on a, c, d, f; e hangs from f and b from a: the 3-core is a, c, d, f.
	net := &ringleader.Network{
		Entities: []ringleader.Entity{person("a"), person("b"), person("c"), person("d"), person("e"), person("f")},
		Links: []ringleader.Link{call("a", "c", 2), call("a", "d", 1), call("a", "f", 1), call("c", "d", 1),
			call("c", "f", 1), call("d", "f", 4), call("f", "e", 1), call("b", "a", 1)},
	}
	tests := []struct {
		name     string
		opt      ringleader.ProjectionOptions
		nodes    []string
		edges    int
		strength float64 // of d–f
	}{
		{"no filter", ringleader.ProjectionOptions{Weighted: true}, []string{"a", "b", "c", "d", "e", "f"}, 8, 4},
		{"1-core drops nobody here", ringleader.ProjectionOptions{Weighted: true, MinCore: 1}, []string{"a", "b", "c", "d", "e", "f"}, 8, 4},
		{"3-core", ringleader.ProjectionOptions{Weighted: true, MinCore: 3}, []string{"a", "c", "d", "f"}, 6, 4},
		// Directed, in + out: each K4 node has degree 3 (one arc per pair), so the
		// 3-core is the same.
		{"3-core, directed", ringleader.ProjectionOptions{Weighted: true, Directed: true, MinCore: 3}, []string{"a", "c", "d", "f"}, 6, 4},
		{"4-core is empty", ringleader.ProjectionOptions{MinCore: 4}, nil, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.opt.Normalize(); err != nil {
				t.Fatal(err)
			}
			g := graph.Project(net, tt.opt)
			var nodes []string
			for i := range g.N() {
				nodes = append(nodes, g.NodeID(i))
			}
			if !slices.Equal(nodes, tt.nodes) || g.M() != tt.edges {
				t.Fatalf("nodes %v, %d edges; want %v, %d", nodes, g.M(), tt.nodes, tt.edges)
			}
			if tt.strength == 0 {
				return
			}
			d, _ := g.Index("d")
			f, _ := g.Index("f")
			if w, ok := g.Strength(d, f); !ok || w != tt.strength {
				t.Errorf("d–f strength %v (%v), want %v", w, ok, tt.strength)
			}
		})
	}
}
