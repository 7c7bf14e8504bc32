package graph_test

import (
	"context"
	"fmt"
	"math"
	"slices"
	"testing"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/graph"
)

func TestFragmentationAgainstReference(t *testing.T) {
	ref := loadBrokerReference(t)
	for name, gr := range ref.Graphs {
		t.Run(name, func(t *testing.T) {
			g := projectBrokerReference(t, gr)
			if len(gr.Fragmentation) == 0 {
				t.Fatal("no fragmentation values in the reference")
			}
			for _, want := range gr.Fragmentation {
				var removed []int
				for _, id := range want.Removed {
					v, ok := g.Index(id)
					if !ok {
						t.Fatalf("no node %s", id)
					}
					removed = append(removed, v)
				}
				if f := graph.Fragmentation(g, removed); math.Abs(f-want.F) > 1e-12 {
					t.Errorf("F without %v = %.15f, reference %.15f", want.Removed, f, want.F)
				}
				if df := graph.DistanceFragmentation(g, removed); math.Abs(df-want.DF) > 1e-12 {
					t.Errorf("DF without %v = %.15f, reference %.15f", want.Removed, df, want.DF)
				}
			}
		})
	}
}

func TestFragmentationSmall(t *testing.T) {
	path := tiny(t, "1-2", "2-3", "3-4", "4-5")
	star := tiny(t, "c-a", "c-b", "c-d", "c-e")
	tests := []struct {
		name    string
		g       *graph.Graph
		removed []int
		f, df   float64
	}{
		// Path of 5: distances 1 (4 pairs), 2 (3), 3 (2), 4 (1): Σ 1/d = 77/12 per
		// direction.
		{"path", path, nil, 0, 1 - 2*77.0/12/20},
		// Without the middle: {1,2} and {4,5}, 4 of 12 ordered pairs at distance 1.
		{"path without 3", path, []int{2}, 2.0 / 3, 2.0 / 3},
		{"path without an end", path, []int{0}, 0, 1 - 2*(3+1+1.0/3)/12},
		{"star without centre", star, []int{0}, 1, 1},
		{"star without a leaf", star, []int{1}, 0, 1 - 2*(3+3*0.5)/12},
		{"one node left", star, []int{0, 1, 2, 3}, 1, 1},
		{"nothing left", star, []int{0, 1, 2, 3, 4}, 1, 1},
		// Directions are ignored: a→b→c is one component.
		{"directed", tiny(t, "a>b", "c>b"), nil, 0, 1 - 2*(2+0.5)/6},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if f := graph.Fragmentation(tt.g, tt.removed); math.Abs(f-tt.f) > 1e-12 {
				t.Errorf("F = %g, want %g", f, tt.f)
			}
			if df := graph.DistanceFragmentation(tt.g, tt.removed); math.Abs(df-tt.df) > 1e-12 {
				t.Errorf("DF = %g, want %g", df, tt.df)
			}
		})
	}
}

// kppScore evaluates a measure from its definition, for the checks below.
func kppScore(g *graph.Graph, set []int, measure graph.KPPMeasure) float64 {
	if measure == graph.KPPDistanceFragmentation {
		return graph.DistanceFragmentation(g, set)
	}
	return graph.Fragmentation(g, set)
}

// checkLocalOptimum verifies a KeyPlayers result against the definition: its score is
// the measure of its nodes, and no exchange of one member for one outsider scores
// higher (by more than rounding).
func checkLocalOptimum(t *testing.T, g *graph.Graph, set graph.KeyPlayerSet, measure graph.KPPMeasure) {
	t.Helper()
	if got := kppScore(g, set.Nodes, measure); math.Abs(got-set.Score) > 1e-12 {
		t.Fatalf("score %.15f, but the measure of %v is %.15f", set.Score, set.Nodes, got)
	}
	for i := range set.Nodes {
		for v := range g.N() {
			if slices.Contains(set.Nodes, v) {
				continue
			}
			swapped := slices.Clone(set.Nodes)
			swapped[i] = v
			if s := kppScore(g, swapped, measure); s > set.Score+1e-12 {
				t.Fatalf("exchanging %s for %s raises %s from %.6f to %.6f: not a local optimum",
					g.NodeID(set.Nodes[i]), g.NodeID(v), measure, set.Score, s)
			}
		}
	}
}

func TestKeyPlayersLocalOptimum(t *testing.T) {
	tests := []struct {
		g       *graph.Graph
		k       int
		measure graph.KPPMeasure
	}{
		{randomGraph(t, 120, 150, false, 3), 3, graph.KPPFragmentation},
		{randomGraph(t, 120, 170, true, 4), 4, graph.KPPFragmentation},
		{randomGraph(t, 150, 400, false, 5), 2, graph.KPPFragmentation},
		{randomGraph(t, 40, 60, false, 6), 2, graph.KPPDistanceFragmentation},
		{randomGraph(t, 40, 70, true, 9), 3, graph.KPPDistanceFragmentation},
	}
	for i, tt := range tests {
		t.Run(fmt.Sprintf("%d_%s_k%d", i, tt.measure, tt.k), func(t *testing.T) {
			set, err := graph.KeyPlayers(context.Background(), tt.g, tt.k, tt.measure, graph.TieBreakID)
			if err != nil {
				t.Fatal(err)
			}
			if len(set.Nodes) != tt.k {
				t.Fatalf("%d key players, want %d", len(set.Nodes), tt.k)
			}
			checkLocalOptimum(t, tt.g, set, tt.measure)
			t.Logf("%s = %.4f after %d exchanges", tt.measure, set.Score, set.Swaps)
		})
	}
}

// TestKeyPlayersSingle checks k = 1 against every node: exchanges then cover every
// singleton, so the result is the best single node, found by one depth-first search
// per round for F.
func TestKeyPlayersSingle(t *testing.T) {
	ref := loadBrokerReference(t)
	for _, name := range []string{"caviar_directed_unweighted", "montagna_phonecalls_unweighted", "montagna_meetings_unweighted"} {
		t.Run(name, func(t *testing.T) {
			g := projectBrokerReference(t, ref.Graphs[name])
			for _, measure := range graph.KPPMeasures() {
				set, err := graph.KeyPlayers(context.Background(), g, 1, measure, graph.TieBreakID)
				if err != nil {
					t.Fatal(err)
				}
				best := math.Inf(-1)
				for v := range g.N() {
					best = max(best, kppScore(g, []int{v}, measure))
				}
				if math.Abs(set.Score-best) > 1e-12 || math.Abs(kppScore(g, set.Nodes, measure)-best) > 1e-12 {
					t.Errorf("%s: %v scores %.15f, best single node %.15f", measure, set.Nodes, set.Score, best)
				}
				t.Logf("%s: %s, %.4f", measure, g.NodeID(set.Nodes[0]), set.Score)
			}
		})
	}
}

func TestKeyPlayersSmall(t *testing.T) {
	// Two stars whose centres h1 and h2 are joined through a go-between x.
	twoStars := tiny(t, "h1-a", "h1-b", "h1-c", "h1-x", "x-h2", "h2-d", "h2-e", "h2-f")
	tests := []struct {
		name    string
		g       *graph.Graph
		k       int
		measure graph.KPPMeasure
		tie     graph.TieBreak
		want    []string
	}{
		{"two stars, F", twoStars, 2, graph.KPPFragmentation, graph.TieBreakID, []string{"h1", "h2"}},
		{"two stars, DF", twoStars, 2, graph.KPPDistanceFragmentation, graph.TieBreakID, []string{"h1", "h2"}},
		// Alone, the go-between splits the network into two halves of 4 (F = 4/7); a
		// centre isolates three leaves and leaves 5 together (F = 9/14), better. h1 and
		// h2 tie: the tie-break decides.
		{"two stars, F, k=1", twoStars, 1, graph.KPPFragmentation, graph.TieBreakID, []string{"h1"}},
		{"two stars, F, k=1, last-loaded", twoStars, 1, graph.KPPFragmentation, graph.TieBreakLastLoaded, []string{"h2"}},
		// A path of four: removing 2 or 3 is as good; the tie-break decides.
		{"tie by id", tiny(t, "1-2", "2-3", "3-4"), 1, graph.KPPFragmentation, graph.TieBreakID, []string{"2"}},
		{"tie last-loaded", tiny(t, "1-2", "2-3", "3-4"), 1, graph.KPPFragmentation, graph.TieBreakLastLoaded, []string{"3"}},
		{"k=0", twoStars, 0, graph.KPPFragmentation, graph.TieBreakID, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			set, err := graph.KeyPlayers(context.Background(), tt.g, tt.k, tt.measure, tt.tie)
			if err != nil {
				t.Fatal(err)
			}
			got := []string{}
			for _, v := range set.Nodes {
				got = append(got, tt.g.NodeID(v))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("key players %v (%.4f), want %v", got, set.Score, tt.want)
			}
		})
	}
}

func TestKeyPlayersInvalid(t *testing.T) {
	g := tiny(t, "a-b", "b-c")
	tests := []struct {
		name    string
		k       int
		measure graph.KPPMeasure
		tie     graph.TieBreak
	}{
		{"negative k", -1, graph.KPPFragmentation, ""},
		{"k above n", 4, graph.KPPFragmentation, ""},
		{"unknown measure", 1, "closeness", ""},
		{"unknown tie-break", 1, graph.KPPFragmentation, "dice"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := graph.KeyPlayers(context.Background(), g, tt.k, tt.measure, tt.tie); !isInputError(err) {
				t.Errorf("error %v, want an *InputError", err)
			}
		})
	}
}

func BenchmarkFragmentation(b *testing.B) {
	g := syntheticGraph(b, benchNodes, false)
	b.Run("F", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			graph.Fragmentation(g, []int{0, 1, 2})
		}
	})
	// DF is a breadth-first search from every node: 20,000 of them.
	b.Run("DF", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			graph.DistanceFragmentation(g, []int{0, 1, 2})
		}
	})
}

// BenchmarkKeyPlayers runs KPP-Neg with k = 5: for F on the 20,000-node graph (one
// depth-first search per round of candidates); for DF, whose every candidate costs a
// breadth-first search from every node, on the synthetic graph of 300 nodes.
func BenchmarkKeyPlayers(b *testing.B) {
	tests := []struct {
		name    string
		n       int
		measure graph.KPPMeasure
	}{
		{"F_20k", benchNodes, graph.KPPFragmentation},
		{"DF_300", 300, graph.KPPDistanceFragmentation},
	}
	for _, tt := range tests {
		g := syntheticGraph(b, tt.n, false)
		b.Run(tt.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := graph.KeyPlayers(context.Background(), g, 5, tt.measure, graph.TieBreakID); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func ExampleKeyPlayers() {
	g := graph.Project(courierRing(), ringleader.ProjectionOptions{View: ringleader.ViewPeople})
	for _, run := range []struct {
		k       int
		measure graph.KPPMeasure
	}{{1, graph.KPPFragmentation}, {2, graph.KPPDistanceFragmentation}} {
		set, err := graph.KeyPlayers(context.Background(), g, run.k, run.measure, graph.TieBreakID)
		if err != nil {
			panic(err)
		}
		fmt.Printf("k=%d %s: %s, %.3f after %d exchanges\n", run.k, run.measure, names(g, set.Nodes), set.Score, set.Swaps)
	}
	// Output:
	// k=1 fragmentation: omar, 0.600 after 0 exchanges
	// k=2 distance_fragmentation: samir yusuf, 0.800 after 2 exchanges
}
