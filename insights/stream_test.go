package insights

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"testing"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/demo"
	"github.com/ringleader/ringleader/graph"
	"github.com/ringleader/ringleader/testing/fixtures"
)

// readerOnly hides a store's StreamNetwork, so that an engine on it materialises the network.
type readerOnly struct{ ringleader.NetworkReader }

// TestStreamedProjection checks that a projection streamed from SQLite (projectNodes) is the one Project builds
// from the materialised network: the same nodes in the same order with the same ids, kinds and names, the same
// rows of strengths and distances both ways, the same restriction and memberships, and the same rankings and
// communities, for every view, direction and weighting, with a k-core, link types, a time window, grading
// restrictions and a compartment.
func TestStreamedProjection(t *testing.T) {
	synthetic, err := fixtures.SyntheticBundle(1500, 8, 3)
	if err != nil {
		t.Fatal(err)
	}
	truth := demo.Truth()
	type bundle struct {
		name   string
		st     ringleader.NetworkReader
		scopes []ringleader.Scope
	}
	bundles := []bundle{
		{"demo", storeOf(t, demo.Bundle()), []ringleader.Scope{ringleader.AllCases(), ringleader.CasesScope(truth.DrugsCase),
			ringleader.CasesScope(truth.WeaponsCase, truth.MoneyCase)}},
		{"synthetic 1500", storeOf(t, synthetic), []ringleader.Scope{ringleader.AllCases()}},
	}
	var opts []ringleader.ProjectionOptions
	for _, view := range []ringleader.View{ringleader.ViewPeople, ringleader.ViewFull} {
		for _, directed := range []bool{false, true} {
			for _, weightAs := range []ringleader.WeightAs{"", ringleader.WeightStrength, ringleader.WeightDistance} {
				opts = append(opts, ringleader.ProjectionOptions{View: view, Directed: directed, Weighted: weightAs != "", WeightAs: weightAs})
			}
		}
		opts = append(opts,
			ringleader.ProjectionOptions{View: view, MinCore: 3},
			ringleader.ProjectionOptions{View: view, Directed: true, Weighted: true, MinCore: 2},
			ringleader.ProjectionOptions{View: view, Types: []string{"PAID", "call"}},
			ringleader.ProjectionOptions{View: view, From: "2025-06-01", To: "2026-03-31", Weighted: true},
			ringleader.ProjectionOptions{View: view, MinGrade: "B2"},
			ringleader.ProjectionOptions{View: view, ConfirmedOnly: true, Directed: true},
			ringleader.ProjectionOptions{View: view, Case: truth.DrugsCase},
		)
	}
	ctx := context.Background()
	for _, b := range bundles {
		for _, scope := range b.scopes {
			for _, opt := range opts {
				name := fmt.Sprintf("%s/%s/%+v", b.name, scope.Key(), opt)
				t.Run(name, func(t *testing.T) {
					streaming, materialising := NewBounded(b.st, Limits{Stream: true}), New(readerOnly{b.st})
					s, err := streaming.projectNodes(ctx, scope, opt)
					if err != nil {
						t.Fatal(err)
					}
					if s.streamed == nil || s.Network != nil {
						t.Fatal("projectNodes did not stream")
					}
					m, err := materialising.projectNodes(ctx, scope, opt)
					if err != nil {
						t.Fatal(err)
					}
					if m.streamed != nil {
						t.Fatal("a store without StreamNetwork streamed")
					}
					sameProjection(t, s, m)
					if m.Graph.N() == 0 {
						return
					}
					sameResults(t, streaming, materialising, scope, opt)
				})
			}
		}
	}
}

// TestStreamWhenTooLargeToShare: without Limits.Stream an engine reads a network that fits comfortably once for
// every projection of it, and streams one whose estimate exceeds half its budget, which it would refuse
// materialised.
func TestStreamWhenTooLargeToShare(t *testing.T) {
	st := storeOf(t, demo.Bundle())
	ctx := context.Background()
	counts, err := st.Counts(ctx, ringleader.AllCases())
	if err != nil {
		t.Fatal(err)
	}
	est := EstimateBytes(counts.TotalEntities(), counts.TotalLinks())
	opt := ringleader.ProjectionOptions{View: ringleader.ViewPeople}
	tests := []struct {
		name     string
		budget   int64
		streamed bool
	}{
		{"room to share", 2 * est, false},
		{"too large to share", 2*est - 1, true},
		{"too large to read whole", est / 2, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := NewBounded(st, Limits{MemoryBudget: tt.budget})
			p, err := e.projectNodes(ctx, ringleader.AllCases(), opt)
			if err != nil {
				t.Fatal(err)
			}
			if got := p.streamed != nil; got != tt.streamed {
				t.Fatalf("streamed %v, want %v", got, tt.streamed)
			}
			if _, err := e.Centrality(ctx, ringleader.AllCases(), opt, "degree", 5); err != nil {
				t.Fatal(err)
			}
			_, err = e.Project(ctx, ringleader.AllCases(), opt)
			if tt.budget < est && ringleader.ErrorCode(err) != ringleader.ETOOLARGE {
				t.Fatalf("Project within %d bytes of a network estimated at %d: %v, want ETOOLARGE", tt.budget, est, err)
			}
		})
	}
}

func sameProjection(t *testing.T, s, m *Projection) {
	t.Helper()
	gs, gm := s.Graph, m.Graph
	if gs.N() != gm.N() || gs.M() != gm.M() || gs.Directed() != gm.Directed() || gs.Weighted() != gm.Weighted() ||
		gs.WeightAs() != gm.WeightAs() {
		t.Fatalf("streamed graph %d nodes, %d edges; materialised %d, %d", gs.N(), gs.M(), gm.N(), gm.M())
	}
	if s.Restriction != m.Restriction {
		t.Errorf("restriction %+v, materialised %+v", s.Restriction, m.Restriction)
	}
	for i := range gs.N() {
		es, em := s.Node(i), m.Node(i)
		if es.ID != em.ID || es.Name != em.Name || es.Kind != em.Kind {
			t.Fatalf("node %d: %s %q %s, materialised %s %q %s", i, es.ID, es.Name, es.Kind, em.ID, em.Name, em.Kind)
		}
		sameRow(t, "out", i, gs.Out, gm.Out)
		sameRow(t, "in", i, gs.In, gm.In)
		if !slices.Equal(gs.OutDistances(i), gm.OutDistances(i)) || !slices.Equal(gs.InDistances(i), gm.InDistances(i)) {
			t.Fatalf("node %d: distances differ", i)
		}
	}
	ms := m.memberships()
	if ss := s.memberships(); len(ss) != len(ms) {
		t.Fatalf("%d members of organisations, materialised %d", len(ss), len(ms))
	}
	for id, orgs := range ms {
		if !slices.Equal(s.memberships()[id], orgs) {
			t.Fatalf("%s: member of %v, materialised %v", id, s.memberships()[id], orgs)
		}
		for _, o := range orgs {
			if es, em := s.Entity(o), m.Entity(o); es == nil || es.Name != em.Name || es.Kind != em.Kind {
				t.Fatalf("organisation %s: %+v, materialised %+v", o, es, em)
			}
		}
	}
}

func sameRow(t *testing.T, dir string, i int, s, m func(int) ([]int32, []float64)) {
	t.Helper()
	ns, ws := s(i)
	nm, wm := m(i)
	if !slices.Equal(ns, nm) || !slices.Equal(ws, wm) {
		t.Fatalf("node %d %s: %v %v, materialised %v %v", i, dir, ns, ws, nm, wm)
	}
}

// sameResults compares what the engines answer: every centrality, approximate betweenness, Louvain and Leiden.
func sameResults(t *testing.T, s, m *Engine, scope ringleader.Scope, opt ringleader.ProjectionOptions) {
	t.Helper()
	ctx := context.Background()
	for _, measure := range graph.Measures() {
		rs, err := s.Centrality(ctx, scope, opt, measure, 0)
		if err != nil {
			t.Fatal(err)
		}
		rm, err := m.Centrality(ctx, scope, opt, measure, 0)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(rs, rm) {
			t.Fatalf("%s: streamed and materialised rankings differ", measure)
		}
	}
	as, err := s.ApproxBetweenness(ctx, scope, opt, 0.05, 0.1, 0)
	if err != nil {
		t.Fatal(err)
	}
	am, err := m.ApproxBetweenness(ctx, scope, opt, 0.05, 0.1, 0)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(as, am) {
		t.Fatal("approximate betweenness differs")
	}
	for _, method := range CommunityMethods() {
		copt := CommunityOptions{Method: method, Objective: "modularity", Resolution: 1, Seed: DefaultSeed}
		cs, err := s.Communities(ctx, scope, opt, copt)
		if err != nil {
			t.Fatal(err)
		}
		cm, err := m.Communities(ctx, scope, opt, copt)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(cs, cm) {
			t.Fatalf("%s communities differ", method)
		}
	}
}
