package graph_test

import (
	"context"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/graph"
)

// perturbGraphs are the graphs the perturbation tests run on: undirected and directed (with mutual arcs, every
// third link reversed), weighted or not.
func perturbGraphs(t *testing.T) []struct {
	name string
	g    *graph.Graph
} {
	return []struct {
		name string
		g    *graph.Graph
	}{
		{"undirected", syntheticGraph(t, 200, false)},
		{"undirected weighted", syntheticGraph(t, 200, true)},
		{"directed", directedSynthetic(t, 200, false)},
		{"directed weighted", directedSynthetic(t, 200, true)},
		{"hand-drawn, mutual arcs", tiny(t, "a>b:2", "b>a:3", "b>c", "c>d:4", "d>a", "e")},
	}
}

// rebuilt projects anew, from a network of its own edges, the graph h: if h's filtered CSR rows are a sound
// graph, the projection is the same graph.
func rebuilt(t *testing.T, h *graph.Graph) *graph.Graph {
	t.Helper()
	net := &ringleader.Network{}
	for i := range h.N() {
		net.Entities = append(net.Entities, ringleader.Entity{ID: h.NodeID(i), Kind: ringleader.KindPerson})
	}
	for u := range h.N() {
		nbrs, ws := h.Out(u)
		for k, v := range nbrs {
			l := ringleader.Link{Type: ringleader.LinkAssociate, Subtype: ringleader.AssocMeeting, Source: h.NodeID(u), Target: h.NodeID(int(v)), Weight: ws[k]}
			if h.Directed() {
				l.Subtype = ringleader.AssocCall
			} else if int(v) < u {
				continue
			}
			net.Links = append(net.Links, l)
		}
	}
	opt := ringleader.ProjectionOptions{Directed: h.Directed(), Weighted: h.Weighted(), WeightAs: h.WeightAs()}
	if err := opt.Normalize(); err != nil {
		t.Fatal(err)
	}
	return graph.Project(net, opt)
}

// sameGraph fails unless g and h hold the same nodes and arcs, with the same strengths and distances, and give
// the same betweenness.
func sameGraph(t *testing.T, g, h *graph.Graph) {
	t.Helper()
	if g.N() != h.N() || g.M() != h.M() {
		t.Fatalf("%d nodes, %d edges; rebuilt: %d, %d", g.N(), g.M(), h.N(), h.M())
	}
	for i := range g.N() {
		o1, w1 := g.Out(i)
		o2, w2 := h.Out(i)
		i1, v1 := g.In(i)
		i2, v2 := h.In(i)
		if !slices.Equal(o1, o2) || !slices.Equal(w1, w2) || !slices.Equal(i1, i2) || !slices.Equal(v1, v2) ||
			!slices.Equal(g.OutDistances(i), h.OutDistances(i)) || !slices.Equal(g.InDistances(i), h.InDistances(i)) {
			t.Fatalf("node %s: out %v %v in %v %v; rebuilt: out %v %v in %v %v", g.NodeID(i), o1, w1, i1, v1, o2, w2, i2, v2)
		}
	}
	b1, err := graph.Centrality(context.Background(), g, "betweenness")
	if err != nil {
		t.Fatal(err)
	}
	b2, _ := graph.Centrality(context.Background(), h, "betweenness")
	for i := range b1 {
		if math.Abs(b1[i]-b2[i]) > 1e-12 {
			t.Fatalf("betweenness of %s: %v, rebuilt %v", g.NodeID(i), b1[i], b2[i])
		}
	}
}

func TestDropEdges(t *testing.T) {
	for _, tt := range perturbGraphs(t) {
		for _, share := range []float64{0, 0.1, 0.5, 1} {
			g := tt.g
			h := graph.DropEdges(g, share, rand.New(rand.NewPCG(7, 1)))
			want := g.M() - int(math.Round(share*float64(g.M())))
			if h.N() != g.N() || h.M() != want || graph.Removals(g.M(), share) != g.M()-want {
				t.Errorf("%s, share %g: %d nodes, %d edges; want %d, %d", tt.name, share, h.N(), h.M(), g.N(), want)
			}
			// Every edge kept is one of g's, with its strength and distance, and an undirected one both ways.
			for u := range h.N() {
				nbrs, ws := h.Out(u)
				for k, v := range nbrs {
					w, ok := g.Strength(u, int(v))
					d, _ := g.Distance(u, int(v))
					if !ok || w != ws[k] || d != h.OutDistances(u)[k] || h.NodeID(u) != g.NodeID(u) {
						t.Fatalf("%s, share %g: edge %d-%d (%g) is not g's", tt.name, share, u, v, ws[k])
					}
					if back, ok := h.Strength(int(v), u); !h.Directed() && (!ok || back != ws[k]) {
						t.Fatalf("%s, share %g: edge %d-%d kept one way only", tt.name, share, u, v)
					}
				}
			}
			sameGraph(t, h, rebuilt(t, h))
		}
	}
}

func TestDropNodes(t *testing.T) {
	for _, tt := range perturbGraphs(t) {
		for _, share := range []float64{0, 0.1, 0.5, 1} {
			g := tt.g
			h, kept := graph.DropNodes(g, share, rand.New(rand.NewPCG(7, 2)))
			if want := g.N() - int(math.Round(share*float64(g.N()))); h.N() != want || len(kept) != want {
				t.Errorf("%s, share %g: %d nodes (%d kept); want %d", tt.name, share, h.N(), len(kept), want)
			}
			if !slices.IsSorted(kept) {
				t.Errorf("%s, share %g: kept nodes out of g's order: %v", tt.name, share, kept)
			}
			// h is the subgraph g induces on the nodes kept: every pair tied in one is tied in the other, alike.
			for a := range h.N() {
				if h.NodeID(a) != g.NodeID(kept[a]) {
					t.Fatalf("%s: node %d is %s, kept says %s", tt.name, a, h.NodeID(a), g.NodeID(kept[a]))
				}
				for b := range h.N() {
					w1, ok1 := g.Strength(kept[a], kept[b])
					w2, ok2 := h.Strength(a, b)
					if ok1 != ok2 || w1 != w2 {
						t.Fatalf("%s, share %g: %s→%s: g %v %v, h %v %v", tt.name, share, h.NodeID(a), h.NodeID(b), w1, ok1, w2, ok2)
					}
				}
			}
			sameGraph(t, h, rebuilt(t, h))
		}
	}
}

// TestPerturbationsAreUniform draws many perturbations of one graph: every edge, and every node, should be
// removed in about share of them (3000 draws: a binomial's standard error at 0.2 is 0.007, the tolerance 0.04).
// The same seed draws the same perturbation.
func TestPerturbationsAreUniform(t *testing.T) {
	g := tiny(t, "a-b", "b-c", "c-d", "d-e", "e-a", "a-c", "b-d", "c-e", "d-a", "e-b", "f-a", "g-b", "h-c", "i-d", "j-e")
	const draws, share = 3000, 0.2
	edgeGone := map[[2]string]int{}
	nodeGone := map[string]int{}
	for run := range draws {
		h := graph.DropEdges(g, share, rand.New(rand.NewPCG(1, uint64(run))))
		for u := range g.N() {
			for _, v := range g.Neighbours(u) {
				if _, ok := h.Strength(u, v); !ok && u < v {
					edgeGone[[2]string{g.NodeID(u), g.NodeID(v)}]++
				}
			}
		}
		hn, kept := graph.DropNodes(g, share, rand.New(rand.NewPCG(2, uint64(run))))
		for i := range g.N() {
			if !slices.Contains(kept, i) {
				nodeGone[g.NodeID(i)]++
			}
		}
		if hn.N() != 8 {
			t.Fatalf("run %d: %d nodes left, want 8", run, hn.N())
		}
	}
	if len(edgeGone) != g.M() || len(nodeGone) != g.N() {
		t.Fatalf("%d of %d edges and %d of %d nodes ever removed", len(edgeGone), g.M(), len(nodeGone), g.N())
	}
	for e, n := range edgeGone {
		if f := float64(n) / draws; math.Abs(f-share) > 0.04 {
			t.Errorf("edge %v removed in %.3f of the draws, want about %g", e, f, share)
		}
	}
	for id, n := range nodeGone {
		if f := float64(n) / draws; math.Abs(f-share) > 0.04 {
			t.Errorf("node %s removed in %.3f of the draws, want about %g", id, f, share)
		}
	}
	a, b := graph.DropEdges(g, share, rand.New(rand.NewPCG(5, 5))), graph.DropEdges(g, share, rand.New(rand.NewPCG(5, 5)))
	for i := range g.N() {
		if x, y := a.Neighbours(i), b.Neighbours(i); !slices.Equal(x, y) {
			t.Fatalf("the same seed drew different perturbations at %s: %v, %v", g.NodeID(i), x, y)
		}
	}
}
