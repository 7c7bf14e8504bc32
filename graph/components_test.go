package graph_test

import (
	"slices"
	"testing"

	"github.com/ringleader/ringleader/graph"
)

func TestComponents(t *testing.T) {
	tests := []struct {
		name  string
		graph []string
		want  [][]int
	}{
		{"one component", trianglePlus, [][]int{{0, 1, 2, 3}}},
		// Equal sizes: the one holding the smaller node first; the isolated node last.
		{"pairs and an isolate", []string{"x", "a-b", "c-d", "e-c"}, [][]int{{3, 4, 5}, {1, 2}, {0}}},
		// Weakly connected: arcs count either way.
		{"directed chain", []string{"c>b", "a>b", "d>e"}, [][]int{{0, 1, 2}, {3, 4}}},
		{"empty", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := graph.Components(tiny(t, tt.graph...)); !slices.EqualFunc(got, tt.want, slices.Equal) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}
