package graph_test

import (
	"math"
	"slices"
	"testing"

	"github.com/ringleader/ringleader/graph"
)

// barbell is two triangles joined by one edge: the textbook two communities.
var barbell = []string{"a-b", "b-c", "c-a", "c-d", "d-e", "e-f", "f-d"}

func TestModularity(t *testing.T) {
	tests := []struct {
		name       string
		graph      []string
		membership []int
		resolution float64
		want       float64
	}{
		// m = 7; each triangle has 3 edges inside and strength 7: 2·(3/7 − (7/14)²).
		{"barbell, two triangles", barbell, []int{0, 0, 0, 1, 1, 1}, 1, 5.0 / 14},
		// One community: 7/7 − 1.
		{"barbell, one community", barbell, []int{0, 0, 0, 0, 0, 0}, 1, 0},
		// Singletons: −Σ (k/14)² = −(4·4 + 2·9)/196.
		{"barbell, singletons", barbell, []int{0, 1, 2, 3, 4, 5}, 1, -34.0 / 196},
		// Resolution 0.5 halves the penalty: 2·(3/7 − 0.5·0.25).
		{"barbell, resolution 0.5", barbell, []int{0, 0, 0, 1, 1, 1}, 0.5, 2 * (3.0/7 - 0.125)},
		// Directed, m = 5: each pair has 2 arcs inside; K_out·K_in is 3·2 and 2·3.
		{"directed pairs", []string{"a>b", "b>a", "c>d", "d>c", "b>c"}, []int{0, 0, 1, 1}, 1, 2 * (0.4 - 6.0/25)},
		{"no edges", []string{"a", "b"}, []int{0, 1}, 1, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := graph.Modularity(tiny(t, tt.graph...), tt.membership, tt.resolution); math.Abs(got-tt.want) > 1e-12 {
				t.Errorf("Q = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestLouvain(t *testing.T) {
	tests := []struct {
		name        string
		graph       []string
		resolution  float64
		communities [][]int
		q           float64
	}{
		{"barbell", barbell, 1, [][]int{{0, 1, 2}, {3, 4, 5}}, 5.0 / 14},
		// A tiny resolution makes one community best: Q = 1 − 0.01.
		{"barbell, low resolution", barbell, 0.01, [][]int{{0, 1, 2, 3, 4, 5}}, 0.99},
		// Directed: 3 arcs inside each triangle; K_out·K_in = 4·3 and 3·4, m = 7.
		{"directed barbell", []string{"a>b", "b>c", "c>a", "c>d", "d>e", "e>f", "f>d"}, 1, [][]int{{0, 1, 2}, {3, 4, 5}}, 2 * (3.0/7 - 12.0/49)},
		{"isolated nodes stay alone", []string{"a-b", "c", "d"}, 1, [][]int{{0, 1}, {2}, {3}}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := tiny(t, tt.graph...)
			p := graph.Louvain(g, tt.resolution, 42)
			if !slices.EqualFunc(p.Communities, tt.communities, slices.Equal) {
				t.Errorf("communities = %v, want %v", p.Communities, tt.communities)
			}
			if math.Abs(p.Q-tt.q) > 1e-12 {
				t.Errorf("Q = %v, want %v", p.Q, tt.q)
			}
			checkPartition(t, g, p, tt.resolution)
		})
	}
}

// checkPartition checks that p's fields agree with each other and with Modularity.
func checkPartition(t *testing.T, g *graph.Graph, p graph.Partition, resolution float64) {
	t.Helper()
	if len(p.Membership) != g.N() {
		t.Fatalf("membership of %d nodes, graph has %d", len(p.Membership), g.N())
	}
	covered := 0
	for c, nodes := range p.Communities {
		if !slices.IsSorted(nodes) || len(nodes) == 0 {
			t.Errorf("community %d = %v: want non-empty, ascending", c, nodes)
		}
		if c > 0 {
			prev := p.Communities[c-1]
			if len(prev) < len(nodes) || (len(prev) == len(nodes) && prev[0] > nodes[0]) {
				t.Errorf("community %d (%d nodes) comes after a smaller one", c, len(nodes))
			}
		}
		for _, v := range nodes {
			if p.Membership[v] != c {
				t.Errorf("node %d listed in %d but member of %d", v, c, p.Membership[v])
			}
		}
		covered += len(nodes)
	}
	if covered != g.N() {
		t.Errorf("communities cover %d of %d nodes", covered, g.N())
	}
	if q := graph.Modularity(g, p.Membership, resolution); math.Abs(q-p.Q) > 1e-12 {
		t.Errorf("Q = %v but Modularity says %v", p.Q, q)
	}
}

// TestLouvainSynthetic checks Louvain on a graph with planted communities: it must be
// reproducible for a seed and find a partition at least as modular as the planted one.
func TestLouvainSynthetic(t *testing.T) {
	net := syntheticNetwork(2000)
	for _, weighted := range []bool{false, true} {
		g := syntheticGraph(t, 2000, weighted)
		planted := make([]int, g.N())
		labels := map[string]int{}
		for _, e := range net.Entities {
			i, _ := g.Index(e.ID)
			c, ok := labels[e.Props["community"]]
			if !ok {
				c = len(labels)
				labels[e.Props["community"]] = c
			}
			planted[i] = c
		}
		want := graph.Modularity(g, planted, 1)
		p := graph.Louvain(g, 1, 7)
		checkPartition(t, g, p, 1)
		if p.Q < want-0.01 {
			t.Errorf("weighted=%v: Louvain Q = %.4f, planted partition %.4f", weighted, p.Q, want)
		}
		again := graph.Louvain(g, 1, 7)
		if !slices.Equal(p.Membership, again.Membership) || p.Q != again.Q {
			t.Errorf("weighted=%v: the same seed gave two partitions", weighted)
		}
		t.Logf("weighted=%v: Louvain Q = %.4f in %d communities; planted Q = %.4f in %d", weighted, p.Q, len(p.Communities), want, len(labels))
	}
}
