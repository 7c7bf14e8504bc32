package insights_test

import (
	"context"
	"testing"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/insights"
	"github.com/ringleader/ringleader/resolve"
)

// TestProjectResolved checks that the engine merges identities only on request and only
// with the SAME_AS links the scope can see; resolve's own tests check the merge.
func TestProjectResolved(t *testing.T) {
	sameAs := func(a, b, decision string) ringleader.Link {
		return ringleader.Link{Type: ringleader.LinkSameAs, Source: a, Target: b,
			Props: map[string]string{"score": "0.95", "decision": decision}}.Canonical()
	}
	call := func(a, b string, cases ...string) ringleader.Link {
		return ringleader.Link{Type: ringleader.LinkAssociate, Subtype: ringleader.AssocCall, Source: a, Target: b, Weight: 1, Cases: cases}
	}
	// One man spelt three ways across the drugs (D) and weapons (W) cases.
	net := &ringleader.Network{
		Entities: []ringleader.Entity{
			person("p-ak", "Abu Khaleel", "D"), person("p-w", "أبو خليل", "W"), person("p-ou", "Abou Khalil", "W"),
			person("p-s", "Samir", "W"), person("p-t", "Tariq", "D"),
		},
		Links: []ringleader.Link{
			call("p-w", "p-t", "W"), call("p-ak", "p-t", "D"), meeting("p-ou", "p-s", "W"),
			sameAs("p-w", "p-ak", ringleader.DecisionAuto),
			sameAs("p-ou", "p-w", ringleader.DecisionConfirmed),
			sameAs("p-s", "p-w", ringleader.DecisionRejected),
		},
	}
	for i := range net.Entities {
		net.Entities[i].Seq = int64(i + 1)
	}
	net.Sort()
	e := insights.New(&memReader{net: net, version: 1})
	ctx := context.Background()
	raw, err := e.Project(ctx, ringleader.AllCases(), ringleader.ProjectionOptions{})
	if err != nil {
		t.Fatal(err)
	}
	resolved, err := e.Project(ctx, ringleader.AllCases(), ringleader.ProjectionOptions{Resolved: true})
	if err != nil {
		t.Fatal(err)
	}
	// Five person records, three of them one man: five nodes raw, three resolved.
	if raw.Graph.N() != 5 || resolved.Graph.N() != 3 {
		t.Errorf("nodes: raw %d, resolved %d; want 5 and 3", raw.Graph.N(), resolved.Graph.N())
	}
	if raw.Entity("p-w") == nil || resolved.Entity("p-w") != nil || resolved.Entity("p-ak") == nil {
		t.Error("resolved projection still holds the merged record p-w, or lost its representative")
	}
	// A compartment that sees only W sees no SAME_AS to the drugs record and merges
	// only what it can see.
	w, err := e.Project(ctx, ringleader.CasesScope("W"), ringleader.ProjectionOptions{Resolved: true})
	if err != nil {
		t.Fatal(err)
	}
	if got := w.Entity("p-w"); got == nil || got.Props[resolve.MergedIDsProp] != "p-ou;p-w" {
		t.Errorf("scope W: %+v", got)
	}
}
