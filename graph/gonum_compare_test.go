package graph_test

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	gg "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/community"
	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/path"

	"github.com/ringleader/ringleader/graph"
)

// TestAgainstGonum checks the CSR kernels against gonum's own, an independent
// implementation, on a 300-node synthetic graph in every configuration.
func TestAgainstGonum(t *testing.T) {
	const n = 300
	for _, directed := range []bool{false, true} {
		for _, weighted := range []bool{false, true} {
			t.Run(fmt.Sprintf("directed=%v/weighted=%v", directed, weighted), func(t *testing.T) {
				g := syntheticGraph(t, n, weighted)
				if directed {
					g = directedSynthetic(t, n, weighted)
				}
				view := g.PathView()
				var raw map[int64]float64
				if weighted {
					raw = network.BetweennessWeighted(view, path.DijkstraAllPaths(view))
				} else {
					raw = network.Betweenness(view)
				}
				// gonum sums over ordered pairs without normalizing.
				scale := 1 / (float64(n-1) * float64(n-2))
				bc := graph.Betweenness(g)
				for i, v := range bc {
					if want := raw[int64(i)] * scale; math.Abs(v-want) > 1e-12 {
						t.Fatalf("betweenness of %d = %v, gonum %v", i, v, want)
					}
				}
				harmonic := graph.Harmonic(g)
				want := network.Harmonic(view, path.DijkstraAllPaths(view))
				for i, v := range harmonic {
					if math.Abs(v-want[int64(i)]) > 1e-9 {
						t.Fatalf("harmonic of %d = %v, gonum %v", i, v, want[int64(i)])
					}
				}
			})
		}
	}
}

// The benchmarks below measure gonum's implementations against the CSR kernels on the
// same graphs; betweenness.go records the figures.

func BenchmarkGonumBetweenness(b *testing.B) {
	skipGonum(b)
	for _, n := range []int{2000, benchNodes} {
		g := syntheticGraph(b, n, false)
		b.Run(fmt.Sprintf("gonum/n=%d", n), func(b *testing.B) {
			if n > 2000 {
				b.Skip("over 1,000 s: extrapolated from n=2000")
			}
			b.ReportAllocs()
			for b.Loop() {
				network.Betweenness(g.PathView())
			}
		})
		b.Run(fmt.Sprintf("csr/n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				graph.Betweenness(g)
			}
		})
	}
}

func BenchmarkGonumCloseness(b *testing.B) {
	skipGonum(b)
	for _, n := range []int{2000} {
		g := syntheticGraph(b, n, true)
		b.Run(fmt.Sprintf("gonum/n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				view := g.PathView()
				network.Closeness(view, path.DijkstraAllPaths(view))
			}
		})
		b.Run(fmt.Sprintf("csr/n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				graph.Closeness(g)
			}
		})
	}
}

func BenchmarkGonumPageRank(b *testing.B) {
	skipGonum(b)
	for _, n := range []int{2000, benchNodes} {
		g := directedSynthetic(b, n, true)
		view := g.StrengthView().(gg.Directed)
		b.Run(fmt.Sprintf("gonum-dense/n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				network.PageRank(view, 0.85, 1e-6)
			}
		})
		b.Run(fmt.Sprintf("gonum-sparse/n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				network.PageRankSparse(view, 0.85, 1e-6)
			}
		})
		b.Run(fmt.Sprintf("csr/n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				graph.PageRank(g, 0.85)
			}
		})
	}
}

func BenchmarkGonumModularize(b *testing.B) {
	skipGonum(b)
	g := syntheticGraph(b, benchNodes, true)
	b.Run("gonum", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			r := community.Modularize(g.StrengthView(), 1, rand.NewPCG(42, 0))
			b.ReportMetric(community.Q(g.StrengthView(), r.Communities(), 1), "Q")
		}
	})
	b.Run("csr", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			b.ReportMetric(graph.Louvain(g, 1, 42).Q, "Q")
		}
	})
}
