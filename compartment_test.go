package ringleader_test

import (
	"slices"
	"testing"

	"github.com/ringleader/ringleader"
)

func TestCheckEntityWrite(t *testing.T) {
	drugs := ringleader.CasesScope("c-drugs")
	person := func(id string, cases ...string) *ringleader.Entity {
		return &ringleader.Entity{ID: id, Kind: ringleader.KindPerson, Name: "Name " + id, Cases: cases}
	}
	renamed := func(e *ringleader.Entity, name string) *ringleader.Entity { c := *e; c.Name = name; return &c }
	implicit := func(e *ringleader.Entity) *ringleader.Entity { c := *e; c.Implicit = true; return &c }
	tests := []struct {
		name       string
		scope      ringleader.Scope
		prev, next *ringleader.Entity
		want       ringleader.Refusal
	}{
		{"all cases write anything", ringleader.AllCases(), person("s6", "c-ml"), person("s6"), ringleader.RefusalNone},
		{"new record in the writer's case", drugs, nil, person("p1", "c-drugs"), ringleader.RefusalNone},
		{"new record in no case", drugs, nil, person("p1"), ringleader.RefusalNoCase},
		{"new record in another case", drugs, nil, person("p1", "c-ml"), ringleader.RefusalOutsideCase},
		{"new record in the writer's and another case", drugs, nil, person("p1", "c-drugs", "c-ml"), ringleader.RefusalOutsideCase},
		{"a new case", drugs, nil, &ringleader.Entity{ID: "c-drugs", Kind: ringleader.KindCase, Cases: []string{"c-drugs"}}, ringleader.RefusalNewCase},
		{"an existing case of the writer's", drugs, &ringleader.Entity{ID: "c-drugs", Kind: ringleader.KindCase, Cases: []string{"c-drugs"}},
			&ringleader.Entity{ID: "c-drugs", Kind: ringleader.KindCase, Name: "New title", Cases: []string{"c-drugs"}}, ringleader.RefusalNone},
		{"update of a record wholly inside", drugs, person("p1", "c-drugs"), renamed(person("p1", "c-drugs"), "X"), ringleader.RefusalNone},
		{"rename of a hidden record", drugs, person("s6", "c-ml"), renamed(person("s6", "c-drugs"), "Overwritten"), ringleader.RefusalTaken},
		{"implicit record over a hidden one", drugs, person("phone:1", "c-ml"), implicit(person("phone:1", "c-drugs")), ringleader.RefusalTaken},
		{"rename of a shared record", drugs, person("p2", "c-drugs", "c-ml"), renamed(person("p2", "c-drugs"), "Other"), ringleader.RefusalTaken},
		{"same record again, shared", drugs, person("p2", "c-drugs", "c-ml"), renamed(person("p2", "c-drugs"), "Name p2"), ringleader.RefusalNone},
		{"implicit record over a shared one", drugs, person("p2", "c-drugs", "c-ml"), implicit(person("p2", "c-drugs")), ringleader.RefusalNone},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, _ := tt.scope.CheckEntityWrite(tt.prev, tt.next); got != tt.want {
				t.Errorf("CheckEntityWrite = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestCheckLinkWrite(t *testing.T) {
	drugs := ringleader.CasesScope("c-drugs")
	inDrugs := &ringleader.Entity{ID: "a", Cases: []string{"c-drugs"}}
	shared := &ringleader.Entity{ID: "b", Cases: []string{"c-drugs", "c-ml"}}
	call := func(w float64, cases ...string) *ringleader.Link {
		return &ringleader.Link{Type: ringleader.LinkAssociate, Subtype: ringleader.AssocCall, Source: "a", Target: "b", Weight: w, Cases: cases}
	}
	tests := []struct {
		name       string
		prev, next *ringleader.Link
		src, dst   *ringleader.Entity
		want       ringleader.Refusal
	}{
		{"new link in the writer's case", nil, call(1, "c-drugs"), inDrugs, shared, ringleader.RefusalNone},
		{"new link in no case", nil, call(1), inDrugs, shared, ringleader.RefusalNoCase},
		{"new link in another case", nil, call(1, "c-ml"), inDrugs, shared, ringleader.RefusalOutsideCase},
		{"hidden link", call(3, "c-ml"), call(1, "c-drugs"), inDrugs, shared, ringleader.RefusalTaken},
		{"shared link changed", call(3, "c-drugs", "c-ml"), call(1, "c-drugs"), inDrugs, shared, ringleader.RefusalTaken},
		{"shared link unchanged", call(3, "c-drugs", "c-ml"), call(3, "c-drugs"), inDrugs, shared, ringleader.RefusalNone},
		{"caseless link between records of the writer's", call(3), call(1, "c-drugs"), inDrugs, inDrugs, ringleader.RefusalNone},
		{"caseless link to a shared record", call(3), call(1, "c-drugs"), inDrugs, shared, ringleader.RefusalTaken},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, _ := drugs.CheckLinkWrite(tt.prev, tt.next, tt.src, tt.dst); got != tt.want {
				t.Errorf("CheckLinkWrite = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestRefusalWordsOfAHiddenCase(t *testing.T) {
	// A case outside the writer's reads as one that does not exist: the same words as a dangling reference.
	drugs := ringleader.CasesScope("c-drugs")
	r, v := drugs.CheckEntityWrite(nil, &ringleader.Entity{ID: "p1", Cases: []string{"c-ml"}})
	if got, want := r.Reason(v), ringleader.NotDefined("c-ml"); got != want {
		t.Errorf("reason %q, want %q", got, want)
	}
}

func TestRedactCutsProvenance(t *testing.T) {
	phone := ringleader.MergeEntity(nil, ringleader.Entity{ID: "phone:1", Kind: ringleader.KindPhone, Cases: []string{"c-weapons"},
		Sources: []string{"suspects.csv:35"}, Implicit: true})
	phone = ringleader.MergeEntity(&phone, ringleader.Entity{ID: "phone:1", Kind: ringleader.KindPhone, Cases: []string{"c-drugs"},
		Sources: []string{"suspects.csv:90"}, Implicit: true})
	tests := []struct {
		scope       ringleader.Scope
		wantSources []string
		wantCases   []string
	}{
		{ringleader.AllCases(), []string{"suspects.csv:35", "suspects.csv:90"}, []string{"c-drugs", "c-weapons"}},
		{ringleader.CasesScope("c-weapons"), []string{"suspects.csv:35"}, []string{"c-weapons"}},
		{ringleader.CasesScope("c-drugs"), []string{"suspects.csv:90"}, []string{"c-drugs"}},
	}
	for _, tt := range tests {
		got := tt.scope.Redact(phone)
		if !slices.Equal(got.Sources, tt.wantSources) || !slices.Equal(got.Cases, tt.wantCases) {
			t.Errorf("%s: sources %v cases %v, want %v %v", tt.scope.Key(), got.Sources, got.Cases, tt.wantSources, tt.wantCases)
		}
	}
	// A link's row in no case stays with the link, which a scope sees when it names no case.
	l := ringleader.MergeLink(nil, ringleader.Link{Type: ringleader.LinkAssociate, Subtype: ringleader.AssocMeeting, Source: "a",
		Target: "b", Sources: []string{"associations.csv:4"}})
	if got := ringleader.CasesScope("c-drugs").RedactLink(l); !slices.Equal(got.Sources, []string{"associations.csv:4"}) {
		t.Errorf("caseless link's sources %v", got.Sources)
	}
}

func TestSourceCasesRoundTrip(t *testing.T) {
	tests := []struct {
		sources []string
		cases   [][]string
	}{
		{nil, nil},
		{[]string{"a.csv:2"}, [][]string{nil}},
		{[]string{"a.csv:2", "b.csv:3", "c.csv:4"}, [][]string{{"c1", "c2"}, nil, {"c3"}}},
	}
	for _, tt := range tests {
		text := ringleader.EncodeSourceCases(tt.sources, tt.cases, nil)
		got := ringleader.DecodeSourceCases(text, len(tt.sources))
		if len(got) != len(tt.cases) {
			t.Fatalf("%q: %d lists, want %d", text, len(got), len(tt.cases))
		}
		for i := range got {
			if !slices.Equal(got[i], tt.cases[i]) {
				t.Errorf("%q: list %d = %v, want %v", text, i, got[i], tt.cases[i])
			}
		}
	}
	// Text written before Ringleader kept them, or damaged: every source in no case.
	for _, text := range []string{"", "garbage", "=a\x1eb"} {
		got := ringleader.DecodeSourceCases(text, 3)
		if len(got) != 3 || got[0] != nil || got[1] != nil || got[2] != nil {
			t.Errorf("DecodeSourceCases(%q, 3) = %v, want three empty lists", text, got)
		}
	}
}

func TestChartVisible(t *testing.T) {
	drugsOnly := &ringleader.Entity{ID: "p1", Cases: []string{"c-drugs"}}
	shared := &ringleader.Entity{ID: "p2", Cases: []string{"c-drugs", "c-ml"}}
	stored := map[string]*ringleader.Entity{"p1": drugsOnly, "p2": shared}
	byDrugs := &ringleader.Chart{Entities: []string{"p2"}, Cases: []string{"c-drugs"}}
	byAll := &ringleader.Chart{Entities: []string{"p2"}, AllCases: true}
	tests := []struct {
		name  string
		scope ringleader.Scope
		chart *ringleader.Chart
		want  bool
	}{
		{"author's compartment", ringleader.CasesScope("c-drugs"), byDrugs, true},
		{"all cases open everything", ringleader.AllCases(), byDrugs, true},
		{"another compartment, though it sees the entities", ringleader.CasesScope("c-ml"), byDrugs, false},
		{"an all-cases chart in a compartment", ringleader.CasesScope("c-drugs", "c-ml"), byAll, false},
		{"an entity the caller cannot see", ringleader.CasesScope("c-ml"), &ringleader.Chart{Entities: []string{"p1"}, Cases: []string{"c-ml"}}, false},
		{"an entity that is gone", ringleader.AllCases(), &ringleader.Chart{Entities: []string{"p9"}, AllCases: true}, false},
	}
	for _, tt := range tests {
		if got := tt.scope.ChartVisible(tt.chart, stored); got != tt.want {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
	}
}
