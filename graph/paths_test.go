package graph_test

import (
	"slices"
	"testing"

	"github.com/ringleader/ringleader/graph"
)

func TestKShortestPaths(t *testing.T) {
	// Distances 1/strength: a-b-c costs 2, a-d-c costs 4, a-c directly costs 5.
	detours := []string{"a-b:1", "b-c:1", "a-d:0.5", "d-c:0.5", "a-c:0.2"}
	tests := []struct {
		name     string
		graph    []string
		from, to string
		k        int
		want     [][]string
	}{
		{"weighted, all three", detours, "a", "c", 3, [][]string{{"a", "b", "c"}, {"a", "d", "c"}, {"a", "c"}}},
		{"weighted, best two", detours, "a", "c", 2, [][]string{{"a", "b", "c"}, {"a", "d", "c"}}},
		{"weighted, more asked than exist", detours, "a", "c", 10, [][]string{{"a", "b", "c"}, {"a", "d", "c"}, {"a", "c"}}},
		{"unweighted: fewest hops first", pathGraph, "a", "d", 2, [][]string{{"a", "b", "c", "d"}}},
		{"directed: with the arcs", directedChain, "a", "c", 2, [][]string{{"a", "b", "c"}}},
		{"directed: against the arcs", directedChain, "c", "a", 2, nil},
		{"unreachable", twoPairs, "a", "c", 3, nil},
		{"to itself", pathGraph, "b", "b", 3, [][]string{{"b"}}},
		{"k = 0", pathGraph, "a", "d", 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := tiny(t, tt.graph...)
			from, _ := g.Index(tt.from)
			to, _ := g.Index(tt.to)
			var got [][]string
			for _, p := range graph.KShortestPaths(g, from, to, tt.k) {
				var ids []string
				for _, v := range p {
					ids = append(ids, g.NodeID(v))
				}
				got = append(got, ids)
			}
			if !slices.EqualFunc(got, tt.want, slices.Equal) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}
