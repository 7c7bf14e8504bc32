package graph_test

import (
	"context"
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/graph"
)

// tiny builds a projection from edges written "a-b" (undirected) or "a>b" (directed),
// optionally weighted "a-b:2.5", plus isolated nodes named alone ("e"). Nodes come in
// order of first mention. A directed edge makes the projection directed; weights make
// it weighted with weights read as strengths.
func tiny(t testing.TB, spec ...string) *graph.Graph {
	t.Helper()
	net := &ringleader.Network{}
	seen := map[string]bool{}
	node := func(id string) {
		if !seen[id] {
			seen[id] = true
			net.Entities = append(net.Entities, ringleader.Entity{ID: id, Kind: ringleader.KindPerson, Name: id})
		}
	}
	opt := ringleader.ProjectionOptions{WeightAs: ringleader.WeightStrength}
	for _, s := range spec {
		s, wtext, weighted := strings.Cut(s, ":")
		w := 1.0
		if weighted {
			var err error
			if w, err = strconv.ParseFloat(wtext, 64); err != nil {
				t.Fatal(err)
			}
			opt.Weighted = true
		}
		sep := strings.IndexAny(s, "->")
		if sep < 0 {
			node(s)
			continue
		}
		a, b := s[:sep], s[sep+1:]
		node(a)
		node(b)
		l := ringleader.Link{Type: ringleader.LinkAssociate, Subtype: ringleader.AssocAssociate, Source: a, Target: b, Weight: w}
		if s[sep] == '>' {
			l.Subtype = ringleader.AssocCall
			opt.Directed = true
		}
		net.Links = append(net.Links, l)
	}
	return graph.Project(net, opt)
}

func near(a, b []float64, tol float64) bool {
	return len(a) == len(b) && !slices.ContainsFunc(a, math.IsNaN) &&
		func() bool {
			for i := range a {
				if math.Abs(a[i]-b[i]) > tol {
					return false
				}
			}
			return true
		}()
}

var (
	pathGraph     = []string{"a-b", "b-c", "c-d"}
	starGraph     = []string{"s-l1", "s-l2", "s-l3", "s-l4"}
	trianglePlus  = []string{"a-b", "b-c", "c-a", "c-d"}
	twoPairs      = []string{"a-b", "c-d"}
	directedCycle = []string{"a>b", "b>c", "c>a"}
	directedChain = []string{"a>b", "b>c"}
	// In weightedTriangle the direct tie a-c is weak (distance 4), so the shortest way
	// from a to c runs through b (distance 2).
	weightedTriangle = []string{"a-b:1", "b-c:1", "a-c:0.25"}
)

// Expected values are worked out by hand where a comment says so, otherwise they are
// networkx 3.6.1's on the same graph.
func TestCentralityTiny(t *testing.T) {
	third := 1.0 / 3
	tests := []struct {
		name    string
		graph   []string
		measure string
		want    []float64
	}{
		// Path a-b-c-d, by hand.
		{"path", pathGraph, "degree", []float64{third, 2 * third, 2 * third, third}},
		{"path", pathGraph, "betweenness", []float64{0, 2 * third, 2 * third, 0}},
		{"path", pathGraph, "closeness", []float64{0.5, 0.75, 0.75, 0.5}},
		{"path", pathGraph, "harmonic", []float64{11.0 / 6, 2.5, 2.5, 11.0 / 6}},
		{"path", pathGraph, "eigenvector", []float64{0.371748234271, 0.601500831518, 0.601500831518, 0.371748234271}},
		{"path", pathGraph, "pagerank", []float64{0.175438397723, 0.324561602277, 0.324561602277, 0.175438397723}},
		// Star with four leaves, by hand; the eigenvector is (√2, 1, 1, 1, 1)/√6 to
		// networkx's tolerance.
		{"star", starGraph, "degree", []float64{1, 0.25, 0.25, 0.25, 0.25}},
		{"star", starGraph, "betweenness", []float64{1, 0, 0, 0, 0}},
		{"star", starGraph, "closeness", []float64{1, 4.0 / 7, 4.0 / 7, 4.0 / 7, 4.0 / 7}},
		{"star", starGraph, "harmonic", []float64{4, 2.5, 2.5, 2.5, 2.5}},
		{"star", starGraph, "eigenvector", []float64{0.707106929025, 0.353553316674, 0.353553316674, 0.353553316674, 0.353553316674}},
		{"star", starGraph, "pagerank", []float64{0.475676688784, 0.131080827804, 0.131080827804, 0.131080827804, 0.131080827804}},
		// Triangle a-b-c with d hanging from c, by hand.
		{"triangle with pendant", trianglePlus, "degree", []float64{2 * third, 2 * third, 1, third}},
		{"triangle with pendant", trianglePlus, "betweenness", []float64{0, 0, 2 * third, 0}},
		{"triangle with pendant", trianglePlus, "closeness", []float64{0.75, 0.75, 1, 0.6}},
		{"triangle with pendant", trianglePlus, "harmonic", []float64{2.5, 2.5, 3, 2}},
		{"triangle with pendant", trianglePlus, "eigenvector", []float64{0.522720455094, 0.522720455094, 0.611628643734, 0.281845797939}},
		{"triangle with pendant", trianglePlus, "pagerank", []float64{0.245927972701, 0.245927972701, 0.366735299053, 0.141408755544}},
		// Two separate pairs, by hand: closeness is scaled by the share reached (1/3).
		{"two pairs", twoPairs, "degree", []float64{third, third, third, third}},
		{"two pairs", twoPairs, "betweenness", []float64{0, 0, 0, 0}},
		{"two pairs", twoPairs, "closeness", []float64{third, third, third, third}},
		{"two pairs", twoPairs, "harmonic", []float64{1, 1, 1, 1}},
		{"two pairs", twoPairs, "eigenvector", []float64{0.5, 0.5, 0.5, 0.5}},
		{"two pairs", twoPairs, "pagerank", []float64{0.25, 0.25, 0.25, 0.25}},
		// Directed cycle a→b→c→a, by hand: every node is the middle of one ordered pair
		// of the (n-1)(n-2) = 2.
		{"directed cycle", directedCycle, "degree", []float64{1, 1, 1}},
		{"directed cycle", directedCycle, "in_degree", []float64{0.5, 0.5, 0.5}},
		{"directed cycle", directedCycle, "out_degree", []float64{0.5, 0.5, 0.5}},
		{"directed cycle", directedCycle, "betweenness", []float64{0.5, 0.5, 0.5}},
		{"directed cycle", directedCycle, "closeness", []float64{2 * third, 2 * third, 2 * third}},
		{"directed cycle", directedCycle, "harmonic", []float64{1.5, 1.5, 1.5}},
		{"directed cycle", directedCycle, "eigenvector", []float64{1 / math.Sqrt(3), 1 / math.Sqrt(3), 1 / math.Sqrt(3)}},
		{"directed cycle", directedCycle, "pagerank", []float64{third, third, third}},
		// Directed chain a→b→c: distances run into a node; c is a dangling node whose
		// rank spreads over all three.
		{"directed chain", directedChain, "in_degree", []float64{0, 0.5, 0.5}},
		{"directed chain", directedChain, "out_degree", []float64{0.5, 0.5, 0}},
		{"directed chain", directedChain, "betweenness", []float64{0, 0.5, 0}},
		{"directed chain", directedChain, "closeness", []float64{0, 0.5, 2 * third}},
		{"directed chain", directedChain, "harmonic", []float64{0, 1, 1.5}},
		{"directed chain", directedChain, "pagerank", []float64{0.1844167633067642, 0.3411716203526378, 0.47441161634059764}},
		// Weighted triangle: strengths become distances 1/w for path measures.
		{"weighted triangle", weightedTriangle, "betweenness", []float64{0, 1, 0}},
		{"weighted triangle", weightedTriangle, "closeness", []float64{2 * third, 1, 2 * third}},
		{"weighted triangle", weightedTriangle, "harmonic", []float64{1.5, 2, 1.5}},
		// Weighted degree is strength over n-1: a 1 + 0.25, b 1 + 1, c 1 + 0.25, over 2.
		{"weighted triangle", weightedTriangle, "degree", []float64{0.625, 1, 0.625}},
		{"weighted triangle", weightedTriangle, "eigenvector", []float64{0.521546982586, 0.675261053157, 0.521546982586}},
		{"weighted triangle", weightedTriangle, "pagerank", []float64{0.282738316239, 0.434523367521, 0.282738316239}},
	}
	for _, tt := range tests {
		t.Run(tt.name+"/"+tt.measure, func(t *testing.T) {
			got, err := graph.Centrality(context.Background(), tiny(t, tt.graph...), tt.measure)
			if err != nil {
				t.Fatal(err)
			}
			if !near(got, tt.want, 1e-9) {
				t.Errorf("got  %v\nwant %v", got, tt.want)
			}
		})
	}
}

func TestCentralityErrors(t *testing.T) {
	tests := []struct {
		name    string
		graph   []string
		measure string
	}{
		{"unknown measure", pathGraph, "influence"},
		// Power iteration on A+I never settles on a chain: networkx fails too.
		{"eigenvector on a directed chain", directedChain, "eigenvector"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := graph.Centrality(context.Background(), tiny(t, tt.graph...), tt.measure)
			if !isInputError(err) {
				t.Errorf("error = %v, want an *InputError", err)
			}
		})
	}
}

func TestCentralitySingleNode(t *testing.T) {
	g := tiny(t, "a")
	for _, m := range graph.Measures() {
		got, err := graph.Centrality(context.Background(), g, m)
		if err != nil {
			t.Fatalf("%s: %v", m, err)
		}
		want := 0.0
		switch m {
		case "degree", "in_degree", "out_degree", "eigenvector", "pagerank":
			want = 1 // networkx gives a lone node degree centrality 1
		}
		if !near(got, []float64{want}, 1e-12) {
			t.Errorf("%s = %v, want [%v]", m, got, want)
		}
	}
}

func TestInOutDegreeUndirected(t *testing.T) {
	g := tiny(t, trianglePlus...)
	if d, in, out := graph.Degree(g), graph.InDegree(g), graph.OutDegree(g); !near(d, in, 0) || !near(d, out, 0) {
		t.Errorf("undirected degree %v, in %v, out %v: want all equal", d, in, out)
	}
}

func TestMeasures(t *testing.T) {
	want := []string{"degree", "in_degree", "out_degree", "betweenness", "closeness", "harmonic", "eigenvector", "pagerank", "core"}
	got := graph.Measures()
	if !slices.Equal(got, want) {
		t.Fatalf("Measures() = %v, want %v", got, want)
	}
	got[0] = "changed"
	if graph.Measures()[0] != "degree" {
		t.Error("Measures returns its internal slice")
	}
}

// TestBetweennessDeterministic checks that parallel partitions add up to the same
// result on every run, to the last bit.
func TestBetweennessDeterministic(t *testing.T) {
	g := syntheticGraph(t, 600, true)
	first := graph.Betweenness(g)
	for range 3 {
		if again := graph.Betweenness(g); !slices.Equal(first, again) {
			t.Fatal("two runs differ")
		}
	}
}
