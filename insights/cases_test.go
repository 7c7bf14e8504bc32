package insights_test

import (
	"context"
	"testing"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/insights"
)

func TestCaseLinks(t *testing.T) {
	e := insights.New(&memReader{net: ring()})
	ctx := context.Background()
	res, err := e.CaseLinks(ctx, ringleader.AllCases(), "D", 0, ringleader.GradeFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Links) != 1 || res.Links[0].Case.ID != "W" || res.Links[0].Case.Type != "weapons" {
		t.Fatalf("links %+v, want the weapons case", res.Links)
	}
	l := res.Links[0]
	if l.Distance != 0 || len(l.Shared) != 1 || l.Shared[0].ID != "x" {
		t.Errorf("shared %+v at distance %d, want x at 0", l.Shared, l.Distance)
	}
	if len(res.Bridges) == 0 || res.Bridges[0].ID != "x" || len(res.Bridges[0].CaseTypes) != 2 {
		t.Errorf("bridges %+v, want x spanning drugs and weapons", res.Bridges)
	}
	// A compartment that sees only the drugs case learns of no other case.
	scoped, err := e.CaseLinks(ctx, ringleader.CasesScope("D"), "D", 0, ringleader.GradeFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(scoped.Links) != 0 {
		t.Errorf("drugs-only scope sees linked cases %+v", scoped.Links)
	}
	if _, err := e.CaseLinks(ctx, ringleader.CasesScope("D"), "W", 0, ringleader.GradeFilter{}); ringleader.ErrorCode(err) != ringleader.ENOTFOUND {
		t.Errorf("hidden case: %v, want ENOTFOUND", err)
	}
	if _, err := e.CaseLinks(ctx, ringleader.AllCases(), "x", 0, ringleader.GradeFilter{}); ringleader.ErrorCode(err) != ringleader.ENOTFOUND {
		t.Errorf("a person asked as a case: %v, want ENOTFOUND", err)
	}
}

// TestCaseLinksThroughAPath: cases that share nobody are linked by a path, never through
// a case record.
func TestCaseLinksThroughAPath(t *testing.T) {
	net := &ringleader.Network{
		Entities: []ringleader.Entity{
			person("a", "Ahmad", "D"), person("b", "Bilal"), person("c", "Cemal", "M"),
			{ID: "D", Kind: ringleader.KindCase, Name: "drugs", Cases: []string{"D"}, Props: map[string]string{"type": "drugs"}},
			{ID: "M", Kind: ringleader.KindCase, Name: "hawala", Cases: []string{"M"}, Props: map[string]string{"type": "money_laundering"}},
		},
		Links: []ringleader.Link{meeting("a", "b"), meeting("b", "c"),
			{Type: ringleader.LinkInvolvedIn, Source: "a", Target: "D", Cases: []string{"D"}},
			{Type: ringleader.LinkInvolvedIn, Source: "c", Target: "M", Cases: []string{"M"}}},
	}
	e := insights.New(&memReader{net: net})
	res, err := e.CaseLinks(context.Background(), ringleader.AllCases(), "D", 2, ringleader.GradeFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Links) != 1 || res.Links[0].Distance != 2 || len(res.Links[0].Paths) != 1 {
		t.Fatalf("links %+v, want M at 2 hops with one path", res.Links)
	}
	ents := res.Links[0].Paths[0].Entities
	if len(ents) != 3 || ents[0].ID != "a" || ents[1].ID != "b" || ents[2].ID != "c" {
		t.Errorf("path %+v, want a–b–c", ents)
	}
	short, err := e.CaseLinks(context.Background(), ringleader.AllCases(), "D", 1, ringleader.GradeFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(short.Links) != 0 {
		t.Errorf("within 1 hop: %+v, want none", short.Links)
	}
}
