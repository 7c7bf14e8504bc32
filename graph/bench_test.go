package graph_test

import (
	"context"
	"os"
	"testing"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/graph"
)

// benchNodes is the size of the benchmark graph: fixtures.SyntheticNetwork(20000, 10, 1),
// about 101,000 undirected edges.
const benchNodes = 20000

func BenchmarkProject(b *testing.B) {
	net := syntheticNetwork(benchNodes)
	opt := ringleader.ProjectionOptions{Weighted: true}
	if err := opt.Normalize(); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		graph.Project(net, opt)
	}
}

func BenchmarkCentrality(b *testing.B) {
	tests := []struct {
		name     string
		measure  string
		weighted bool
	}{
		{"degree", "degree", false},
		{"betweenness", "betweenness", false},
		{"betweenness_weighted", "betweenness", true},
		{"closeness", "closeness", false},
		{"closeness_weighted", "closeness", true},
		{"harmonic", "harmonic", false},
		{"eigenvector", "eigenvector", true},
		{"pagerank", "pagerank", true},
	}
	for _, tt := range tests {
		b.Run(tt.name, func(b *testing.B) {
			g := syntheticGraph(b, benchNodes, tt.weighted)
			b.ReportAllocs()
			for b.Loop() {
				if _, err := graph.Centrality(context.Background(), g, tt.measure); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkLouvain(b *testing.B) {
	g := syntheticGraph(b, benchNodes, true)
	b.ReportAllocs()
	for b.Loop() {
		graph.Louvain(g, 1, 42)
	}
}

func BenchmarkComponents(b *testing.B) {
	g := syntheticGraph(b, benchNodes, false)
	b.ReportAllocs()
	for b.Loop() {
		graph.Components(g)
	}
}

func BenchmarkKShortestPaths(b *testing.B) {
	g := syntheticGraph(b, benchNodes, true)
	b.ReportAllocs()
	for b.Loop() {
		graph.KShortestPaths(g, 0, benchNodes-1, 5)
	}
}

// skipGonum skips the gonum comparisons, which take minutes, unless
// RINGLEADER_BENCH_GONUM=1. Their figures are recorded in betweenness.go and louvain.go.
func skipGonum(b *testing.B) {
	if os.Getenv("RINGLEADER_BENCH_GONUM") != "1" {
		b.Skip("set RINGLEADER_BENCH_GONUM=1 to measure gonum's implementations")
	}
}

func BenchmarkLeiden(b *testing.B) {
	tests := []struct {
		name     string
		weighted bool
	}{
		{"unweighted", false},
		{"weighted", true},
	}
	for _, tt := range tests {
		b.Run(tt.name, func(b *testing.B) {
			g := syntheticGraph(b, benchNodes, tt.weighted)
			b.ReportAllocs()
			for b.Loop() {
				if _, err := graph.Leiden(context.Background(), g, graph.LeidenOptions{Resolution: 1, Seed: 42}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
