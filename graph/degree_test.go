package graph_test

import (
	"context"
	"testing"

	"github.com/ringleader/ringleader/graph"
)

func TestStrength(t *testing.T) {
	tests := []struct {
		name          string
		g             *graph.Graph
		measure       string
		want          []float64
		wantUnweights []float64 // Degree, InDegree or OutDegree: what the ties count
	}{
		// a-b 3, a-c 1, b-c 2: strengths 4, 5, 3 over n-1 = 2.
		{"triangle", tiny(t, "a-b:3", "a-c:1", "b-c:2"), "degree", []float64{2, 2.5, 1.5}, []float64{1, 1, 1}},
		// Parallel links merge into one edge whose weight sums theirs: a-b 3 + 4.
		{"parallel links", tiny(t, "a-b:3", "b-a:4", "b-c:1"), "degree", []float64{3.5, 4, 0.5}, []float64{0.5, 1, 0.5}},
		// Calls a→b 5, b→a 1, c→a 2: a gets 3 in, sends 5.
		{"directed in", tiny(t, "a>b:5", "b>a:1", "c>a:2"), "in_degree", []float64{1.5, 2.5, 0}, []float64{1, 0.5, 0}},
		{"directed out", tiny(t, "a>b:5", "b>a:1", "c>a:2"), "out_degree", []float64{2.5, 0.5, 1}, []float64{0.5, 0.5, 0.5}},
		{"directed total", tiny(t, "a>b:5", "b>a:1", "c>a:2"), "degree", []float64{4, 3, 1}, []float64{1.5, 1, 0.5}},
		// Unweighted, every edge weighs 1: strength is degree.
		{"unweighted", tiny(t, "a-b", "b-c"), "degree", []float64{0.5, 1, 0.5}, []float64{0.5, 1, 0.5}},
		{"one node", tiny(t, "a"), "degree", []float64{1}, []float64{1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := graph.Centrality(context.Background(), tt.g, tt.measure)
			if err != nil {
				t.Fatal(err)
			}
			if !near(got, tt.want, 1e-12) {
				t.Errorf("Centrality(%s) = %v, want strengths %v", tt.measure, got, tt.want)
			}
			counts := map[string]func(*graph.Graph) []float64{"degree": graph.Degree, "in_degree": graph.InDegree,
				"out_degree": graph.OutDegree}[tt.measure](tt.g)
			if !near(counts, tt.wantUnweights, 1e-12) {
				t.Errorf("%s counting ties = %v, want %v", tt.measure, counts, tt.wantUnweights)
			}
		})
	}
}
