package graph_test

import (
	"math"
	"slices"
	"testing"

	"github.com/ringleader/ringleader/graph"
)

func TestRanks(t *testing.T) {
	g := tiny(t, "d-b", "b-c", "a")
	// Nodes in order of first mention: d, b, c, a. Equal scores go by id.
	got := graph.Ranks(g, []float64{0.5, 0.9, 0.5, 0})
	if want := []int{3, 1, 2, 4}; !slices.Equal(got, want) {
		t.Errorf("ranks %v, want %v", got, want)
	}
}

func TestTopOverlap(t *testing.T) {
	tests := []struct {
		name string
		a, b []int
		k    int
		want float64
	}{
		{"same top", []int{1, 2, 3, 4}, []int{2, 1, 4, 3}, 2, 1},
		{"one of two", []int{1, 2, 3, 4}, []int{1, 3, 2, 4}, 2, 0.5},
		{"none", []int{1, 2, 3, 4}, []int{3, 4, 1, 2}, 2, 0},
		{"k above the items", []int{1, 2}, []int{2, 1}, 5, 1},
		{"no items", nil, nil, 3, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := graph.TopOverlap(tt.a, tt.b, tt.k); got != tt.want {
				t.Errorf("overlap %v, want %v", got, tt.want)
			}
		})
	}
}

// TestCompareRankings compares a ranking of a, b, c, d, e with perturbed ones that keep every node, that lost
// some (kept maps them), and whose scores are all equal.
func TestCompareRankings(t *testing.T) {
	g := tiny(t, "a-b", "b-c", "c-d", "d-e")
	scores := []float64{5, 4, 3, 2, 1} // a first
	tests := []struct {
		name      string
		h         *graph.Graph
		perturbed []float64
		kept      []int
		k         int
		tau       float64 // NaN: undefined
		overlap   float64
		ranks     []int
	}{
		{"same order", g, []float64{50, 40, 30, 20, 10}, nil, 2, 1, 1, []int{1, 2, 3, 4, 5}},
		// b and c swap: one discordant pair of 10, τ = (9 − 1)/10; the top 2 {a, b} becomes {a, c}.
		{"b and c swap", g, []float64{5, 3, 4, 2, 1}, nil, 2, 0.8, 0.5, []int{1, 3, 2, 4, 5}},
		// b removed: the full ranking of what is left is a, c, d, e, and the perturbed one reverses c and d.
		// τ = (5 − 1)/6; the full top 2 of what is left is {a, c}, the perturbed one {a, d}.
		{"b removed", tiny(t, "a", "c-d", "d-e"), []float64{9, 1, 2, 0}, []int{0, 2, 3, 4}, 2, 4.0 / 6, 0.5, []int{1, 0, 3, 2, 4}},
		{"all equal", g, []float64{1, 1, 1, 1, 1}, nil, 3, math.NaN(), 1, []int{1, 2, 3, 4, 5}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := graph.CompareRankings(g, scores, tt.h, tt.perturbed, tt.kept, tt.k)
			if math.IsNaN(tt.tau) != math.IsNaN(a.Tau) || math.Abs(a.Tau-tt.tau) > 1e-12 {
				t.Errorf("τ_b %v, want %v", a.Tau, tt.tau)
			}
			if a.Overlap != tt.overlap || !slices.Equal(a.Ranks, tt.ranks) {
				t.Errorf("overlap %v, ranks %v; want %v, %v", a.Overlap, a.Ranks, tt.overlap, tt.ranks)
			}
		})
	}
}

func TestSpreadOf(t *testing.T) {
	s, ok := graph.SpreadOf([]float64{0.5, math.NaN(), 1, 0.75})
	if !ok || s != (graph.Spread{Mean: 0.75, Min: 0.5, Max: 1, Runs: 3}) {
		t.Errorf("spread %+v %v", s, ok)
	}
	if _, ok := graph.SpreadOf([]float64{math.NaN()}); ok {
		t.Error("a spread of NaN alone")
	}
}

func TestRankIntervalOf(t *testing.T) {
	seq := func(from, to int) []int {
		var out []int
		for r := from; r <= to; r++ {
			out = append(out, r)
		}
		return out
	}
	tests := []struct {
		name  string
		ranks []int
		k     int
		want  graph.RankInterval
	}{
		{"always first", []int{1, 1, 1, 1}, 3, graph.RankInterval{Runs: 4, InTop: 4, InTopShare: 1, Min: 1, Max: 1, Low: 1, High: 1}},
		// Of 20 ranks the 5th percentile is the 1st smallest, the 95th the 19th.
		{"ranks 1 to 20", seq(1, 20), 5, graph.RankInterval{Runs: 20, InTop: 5, InTopShare: 0.25, Min: 1, Max: 20, Low: 1, High: 19}},
		// Of 100, the 5th and the 95th.
		{"ranks 1 to 100", seq(1, 100), 10, graph.RankInterval{Runs: 100, InTop: 10, InTopShare: 0.1, Min: 1, Max: 100, Low: 5, High: 95}},
		// Runs that removed the node are left out, not counted as fallen.
		{"removed twice", []int{0, 2, 0, 4}, 2, graph.RankInterval{Runs: 2, InTop: 1, InTopShare: 0.5, Min: 2, Max: 4, Low: 2, High: 4}},
		{"always removed", []int{0, 0}, 2, graph.RankInterval{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := graph.RankIntervalOf(tt.ranks, tt.k); got != tt.want {
				t.Errorf("interval %+v, want %+v", got, tt.want)
			}
		})
	}
}
