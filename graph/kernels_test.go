package graph_test

import (
	"fmt"
	"math"
	"testing"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/graph"
)

// TestUnweightedKernelsAgainstDijkstra checks the breadth-first kernels (Brandes on
// renumbered arcs, 64 closeness searches per pass) against the Dijkstra kernels, which
// share no code with them, on the same graph with every weight 1: the two must agree.
// 1,000 nodes is not a multiple of 64, so the last batch of searches is partial.
func TestUnweightedKernelsAgainstDijkstra(t *testing.T) {
	const n = 1000
	src := syntheticNetwork(n)
	for _, directed := range []bool{false, true} {
		t.Run(fmt.Sprintf("directed=%v", directed), func(t *testing.T) {
			net := &ringleader.Network{Entities: src.Entities, Links: make([]ringleader.Link, len(src.Links))}
			for i, l := range src.Links {
				l.Weight = 1
				if directed {
					l.Subtype = ringleader.AssocCall
					if i%3 == 0 {
						l.Source, l.Target = l.Target, l.Source
					}
				}
				net.Links[i] = l
			}
			project := func(weighted bool) *graph.Graph {
				opt := ringleader.ProjectionOptions{Directed: directed, Weighted: weighted}
				if err := opt.Normalize(); err != nil {
					t.Fatal(err)
				}
				return graph.Project(net, opt)
			}
			bfs, dijkstra := project(false), project(true)
			for _, tt := range []struct {
				name string
				f    func(*graph.Graph) []float64
			}{
				{"betweenness", graph.Betweenness},
				{"closeness", graph.Closeness},
				{"harmonic", graph.Harmonic},
			} {
				got, want := tt.f(bfs), tt.f(dijkstra)
				if worst, at := maxAbsDiff(got, want); worst > 1e-12*math.Max(1, math.Abs(want[at])) {
					t.Errorf("%s of node %d: %v by breadth-first search, %v by Dijkstra", tt.name, at, got[at], want[at])
				}
			}
		})
	}
}
