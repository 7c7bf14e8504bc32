package graph_test

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/graph"
)

// TestBuilderMatchesReference builds graphs of random ties (parallel, self-loops, mixed directions) and checks
// every row against sums kept in maps, added in the ties' order so that the floating-point sums are the same.
func TestBuilderMatchesReference(t *testing.T) {
	tests := []struct {
		name string
		opt  ringleader.ProjectionOptions
	}{
		{"undirected unweighted", ringleader.ProjectionOptions{}},
		{"undirected weighted", ringleader.ProjectionOptions{Weighted: true, WeightAs: ringleader.WeightStrength}},
		{"directed weighted", ringleader.ProjectionOptions{Directed: true, Weighted: true, WeightAs: ringleader.WeightStrength}},
		{"directed distances", ringleader.ProjectionOptions{Directed: true, Weighted: true, WeightAs: ringleader.WeightDistance}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(7, 11))
			const n = 60
			b := graph.NewBuilder(tt.opt)
			b.Grow(n, 10) // less than the ties: the arrays must grow
			for i := range n {
				if got := b.AddNode(fmt.Sprint("n", i)); got != i {
					t.Fatalf("AddNode: node %d, want %d", got, i)
				}
			}
			if got := b.AddNode("n3"); got != 3 {
				t.Fatalf("AddNode of a known id: %d, want 3", got)
			}
			want := make([]map[int32]float64, n) // out rows
			wantIn := make([]map[int32]float64, n)
			for i := range n {
				want[i], wantIn[i] = map[int32]float64{}, map[int32]float64{}
			}
			for range 3000 {
				u, v := rng.IntN(n), rng.IntN(n)
				w := float64(1+rng.IntN(9)) / 4
				directed := rng.IntN(2) == 0
				b.AddTie(u, v, w, directed)
				if u == v {
					continue
				}
				want[u][int32(v)] += w
				wantIn[v][int32(u)] += w
				if !tt.opt.Directed || !directed {
					want[v][int32(u)] += w
					wantIn[u][int32(v)] += w
				}
			}
			g := b.Graph()
			edges := 0
			for u := range n {
				check := func(dir string, nbr []int32, s, d []float64, want map[int32]float64) {
					t.Helper()
					if !slices.IsSorted(nbr) || len(nbr) != len(want) {
						t.Fatalf("%s row %d: %v, want %d neighbours in order", dir, u, nbr, len(want))
					}
					for k, v := range nbr {
						sum := want[v]
						ws, wd := 1.0, 1.0
						switch {
						case tt.opt.Weighted && tt.opt.WeightAs == ringleader.WeightDistance:
							ws, wd = sum, sum
						case tt.opt.Weighted:
							ws, wd = sum, 1/sum
						}
						if s[k] != ws || d[k] != wd {
							t.Fatalf("%s %d–%d: strength %g distance %g, want %g %g", dir, u, v, s[k], d[k], ws, wd)
						}
					}
				}
				out, s := g.Out(u)
				check("out", out, s, g.OutDistances(u), want[u])
				in, s := g.In(u)
				check("in", in, s, g.InDistances(u), wantIn[u])
				edges += len(out)
			}
			if !tt.opt.Directed {
				edges /= 2
			}
			if g.N() != n || g.M() != edges {
				t.Fatalf("%d nodes, %d edges; want %d, %d", g.N(), g.M(), n, edges)
			}
		})
	}
}

// TestBuilderMinCore checks that a builder with a minimum core keeps the k-core's nodes in their order.
func TestBuilderMinCore(t *testing.T) {
	b := graph.NewBuilder(ringleader.ProjectionOptions{MinCore: 2})
	for _, id := range []string{"a", "b", "c", "d", "e"} {
		b.AddNode(id)
	}
	// A triangle a, c, d with a pendant b on a and e alone.
	for _, t := range [][2]int{{0, 2}, {2, 3}, {3, 0}, {0, 1}} {
		b.AddTie(t[0], t[1], 1, false)
	}
	g := b.Graph()
	var ids []string
	for i := range g.N() {
		ids = append(ids, g.NodeID(i))
	}
	if !slices.Equal(ids, []string{"a", "c", "d"}) || g.M() != 3 {
		t.Fatalf("2-core %v with %d edges, want [a c d] with 3", ids, g.M())
	}
}

func ExampleBuilder() {
	b := graph.NewBuilder(ringleader.ProjectionOptions{Weighted: true, WeightAs: ringleader.WeightStrength})
	a, c := b.AddNode("alice"), b.AddNode("carlos")
	b.AddTie(a, c, 2, false)
	b.AddTie(c, a, 3, true)  // parallel: merged, weights summed
	b.AddTie(a, a, 1, false) // self-loop: dropped
	g := b.Graph()
	nbr, strength := g.Out(a)
	fmt.Println(g.N(), g.M(), nbr, strength, g.OutDistances(a))
	// Output: 2 1 [1] [5] [0.2]
}
