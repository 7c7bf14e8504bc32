package graph_test

import (
	"encoding/csv"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/graph"
	"github.com/ringleader/ringleader/testing/fixtures"
)

// caviarPhase projects CAVIAR phase p (1..11) as Anastasiadis and Antoniou (2024)
// analyse it: directed, calls as strengths, so betweenness reads distances 1/calls.
func caviarPhase(t testing.TB, p int) *graph.Graph {
	t.Helper()
	net, err := fixtures.CaviarNetwork(filepath.Join("..", "testdata", "datasets", "caviar", "phases", fmt.Sprintf("CAVIAR%d.csv", p)))
	if err != nil {
		t.Fatal(err)
	}
	opt := ringleader.ProjectionOptions{Directed: true, Weighted: true, WeightAs: ringleader.WeightStrength}
	if err := opt.Normalize(); err != nil {
		t.Fatal(err)
	}
	return graph.Project(net, opt)
}

// TestCentralizationAnastasiadis2024 checks every CAVIAR phase against the published
// Freeman centralizations of Anastasiadis and Antoniou (2024, Information 15(2):84):
// testdata/anastasiadis2024/Metrics_Temp.csv, one row per phase, from the authors'
// repository (ekAn97/Criminal_Network_Analysis, results/temporal).
func TestCentralizationAnastasiadis2024(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "anastasiadis2024", "Metrics_Temp.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 12 {
		t.Fatalf("%d rows, want a header and 11 phases", len(rows))
	}
	col := map[string]int{}
	for i, name := range rows[0] {
		col[name] = i
	}
	worst := 0.0
	for p := 1; p <= 11; p++ {
		t.Run(fmt.Sprintf("phase%d", p), func(t *testing.T) {
			c := graph.FreemanCentralization(caviarPhase(t, p))
			for _, m := range []struct {
				column string
				got    float64
			}{
				{"In-Degree Centralization", c.InDegree},
				{"Out-Degree Centralization", c.OutDegree},
				{"Betweenness Centralization", c.Betweenness},
			} {
				want, err := strconv.ParseFloat(rows[p][col[m.column]], 64)
				if err != nil {
					t.Fatal(err)
				}
				d := math.Abs(m.got - want)
				worst = max(worst, d)
				if d > 1e-9 {
					t.Errorf("%s = %.16g, published %.16g", m.column, m.got, want)
				}
			}
		})
	}
	t.Logf("largest difference from the published values: %.2g", worst)
}

func TestCentralizationAgainstNetworkx(t *testing.T) {
	ref := loadBrokerReference(t)
	for p := 1; p <= 11; p++ {
		want := ref.Phases[fmt.Sprintf("phase%d", p)]
		g := caviarPhase(t, p)
		if g.N() != want.N || g.M() != want.M {
			t.Fatalf("phase %d: n, m = %d, %d; networkx %d, %d", p, g.N(), g.M(), want.N, want.M)
		}
		c := graph.FreemanCentralization(g)
		for _, m := range []struct {
			name      string
			got, want float64
		}{
			{"degree", c.Degree, want.Degree},
			{"in-degree", c.InDegree, want.InDegree},
			{"out-degree", c.OutDegree, want.OutDegree},
			{"betweenness", c.Betweenness, want.Betweenness},
		} {
			if math.Abs(m.got-m.want) > 1e-9 {
				t.Errorf("phase %d %s: %.16g, networkx %.16g", p, m.name, m.got, m.want)
			}
		}
	}
}

func TestCentralizationSmall(t *testing.T) {
	tests := []struct {
		name string
		g    *graph.Graph
		want graph.Centralization
	}{
		// A star is as centralised as a network can be.
		{"star", tiny(t, "c-a", "c-b", "c-d", "c-e"), graph.Centralization{Degree: 1, InDegree: 1, OutDegree: 1, Betweenness: 1}},
		// Everyone alike.
		{"cycle", tiny(t, "a-b", "b-c", "c-d", "d-a"), graph.Centralization{}},
		// An out-star of 4 (n − 2 = 2): out-degree centrality is 1 for the hub and 0
		// for the leaves, Σ(max − c) = 3, so 3/2, above 1; in-degree is 1/3 for the
		// leaves and 0 for the hub, Σ = 1/3; total degree 1 and 1/3, Σ = 2. No two-step
		// path, so no betweenness.
		{"out-star", tiny(t, "h>a", "h>b", "h>c"), graph.Centralization{Degree: 1, InDegree: 1.0 / 6, OutDegree: 1.5}},
		{"two nodes", tiny(t, "a-b"), graph.Centralization{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := graph.FreemanCentralization(tt.g)
			got := []float64{c.Degree, c.InDegree, c.OutDegree, c.Betweenness}
			want := []float64{tt.want.Degree, tt.want.InDegree, tt.want.OutDegree, tt.want.Betweenness}
			if !near(got, want, 1e-12) {
				t.Errorf("FreemanCentralization = %+v, want %+v", c, tt.want)
			}
		})
	}
}

// BenchmarkCentralization runs on the 2,000-node synthetic graph: it is dominated by
// betweenness, whose cost BenchmarkCentrality already measures on 20,000 nodes.
func BenchmarkCentralization(b *testing.B) {
	g := directedSynthetic(b, 2000, true)
	b.ReportAllocs()
	for b.Loop() {
		graph.FreemanCentralization(g)
	}
}
