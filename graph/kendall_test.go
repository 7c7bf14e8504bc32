package graph_test

import (
	"encoding/json"
	"math"
	"math/rand/v2"
	"os"
	"testing"

	"github.com/ringleader/ringleader/graph"
)

// The expected values are scipy.stats.kendalltau(x, y, variant='b').statistic, computed
// once with scipy 1.17.1 and numpy 2.4.6 (the venv ~/.cache/ringleader/venv-peers).
func TestKendallTauBMatchesScipy(t *testing.T) {
	tests := []struct {
		name string
		x, y []float64
		want float64
	}{
		{"no ties, identical", []float64{1, 2, 3, 4, 5}, []float64{1, 2, 3, 4, 5}, 0.9999999999999999},
		{"no ties, reversed", []float64{1, 2, 3, 4, 5}, []float64{5, 4, 3, 2, 1}, -0.9999999999999999},
		{"no ties, one swap", []float64{1, 2, 3, 4, 5}, []float64{1, 3, 2, 4, 5}, 0.7999999999999999},
		{"ties in x", []float64{0.5, 0.2, 0.2, 0, 0, 0}, []float64{0.6, 0.3, 0.1, 0.05, 0, 0.01}, 0.8563488385776752},
		{"ties in both", []float64{3, 1, 4, 1, 5, 9, 2, 6, 5, 3}, []float64{2, 7, 1, 8, 2, 8, 1, 8, 2, 8}, 0.13041013273932525},
		{"betweenness-like, many zeros", []float64{0.45, 0.24, 0.24, 0.09, 0, 0, 0, 0},
			[]float64{0.40, 0.30, 0.20, 0, 0.01, 0, 0, 0}, 0.7443873683187767},
		{"constant x: undefined", []float64{1, 1, 1}, []float64{1, 2, 3}, math.NaN()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := graph.KendallTauB(tt.x, tt.y)
			if math.IsNaN(tt.want) {
				if !math.IsNaN(got) {
					t.Errorf("τ_b = %v, want NaN", got)
				}
				return
			}
			if math.Abs(got-tt.want) > 1e-12 {
				t.Errorf("τ_b = %.17g, want %.17g (scipy)", got, tt.want)
			}
		})
	}
}

// TestKendallTauBMatchesScipyOnLongVectors compares with scipy on vectors of 500 to 2,000 items shaped like the
// rankings robustness tests compare (ties, a mass of zeros), where the merge-sort count does the work:
// testdata/scipy_kendall.json, written by testdata/gen_kendall_scipy.py with the versions it records.
func TestKendallTauBMatchesScipyOnLongVectors(t *testing.T) {
	data, err := os.ReadFile("testdata/scipy_kendall.json")
	if err != nil {
		t.Fatal(err)
	}
	var ref struct {
		Scipy string `json:"scipy"`
		Cases []struct {
			Name string    `json:"name"`
			X    []float64 `json:"x"`
			Y    []float64 `json:"y"`
			Tau  float64   `json:"tau_b"`
		} `json:"cases"`
	}
	if err := json.Unmarshal(data, &ref); err != nil {
		t.Fatal(err)
	}
	if len(ref.Cases) < 5 {
		t.Fatalf("%d cases in the reference", len(ref.Cases))
	}
	for _, c := range ref.Cases {
		if len(c.X) != len(c.Y) || len(c.X) < 500 {
			t.Fatalf("%s: %d and %d items", c.Name, len(c.X), len(c.Y))
		}
		if got := graph.KendallTauB(c.X, c.Y); math.Abs(got-c.Tau) > 1e-12 {
			t.Errorf("%s: τ_b = %.17g, scipy %s gives %.17g", c.Name, got, ref.Scipy, c.Tau)
		}
	}
}

// TestKendallTauBByDefinition compares the O(n log n) count with the definition, pair by
// pair, on random vectors drawn from few values so that ties in x, in y and in both abound.
func TestKendallTauBByDefinition(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := range 200 {
		n := 2 + rng.IntN(60)
		levels := 1 + rng.IntN(8)
		x, y := make([]float64, n), make([]float64, n)
		for i := range n {
			x[i], y[i] = float64(rng.IntN(levels)), float64(rng.IntN(levels))
		}
		want := tauBByDefinition(x, y)
		got := graph.KendallTauB(x, y)
		if math.IsNaN(want) != math.IsNaN(got) || math.Abs(got-want) > 1e-12 {
			t.Fatalf("trial %d: τ_b(%v, %v) = %v, definition gives %v", trial, x, y, got, want)
		}
	}
}

func tauBByDefinition(x, y []float64) float64 {
	var concordant, discordant, tiedX, tiedY float64
	for i := range x {
		for j := i + 1; j < len(x); j++ {
			dx, dy := x[j]-x[i], y[j]-y[i]
			switch {
			case dx == 0 && dy == 0:
				tiedX++
				tiedY++
			case dx == 0:
				tiedX++
			case dy == 0:
				tiedY++
			case (dx > 0) == (dy > 0):
				concordant++
			default:
				discordant++
			}
		}
	}
	pairs := float64(len(x) * (len(x) - 1) / 2)
	if tiedX == pairs || tiedY == pairs {
		return math.NaN()
	}
	return (concordant - discordant) / math.Sqrt((pairs-tiedX)*(pairs-tiedY))
}
