package ringleader_test

import (
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/ringleader/ringleader"
)

func TestMergeEntity(t *testing.T) {
	prev := &ringleader.Entity{ID: "p1", Kind: ringleader.KindPerson, Name: "Abu Khalil", Aliases: []string{"أبو خليل"},
		Cases: []string{"C1"}, Sources: []string{"suspects.csv:2"}, Props: map[string]string{"nationality": "SY"}, Seq: 4}
	tests := []struct {
		name string
		prev *ringleader.Entity
		next ringleader.Entity
		want ringleader.Entity
	}{
		{"new entity lists are canonical", nil,
			ringleader.Entity{ID: "p2", Name: "X", Cases: []string{"C2", "C1", "C2", ""}},
			ringleader.Entity{ID: "p2", Name: "X", Cases: []string{"C1", "C2"}}},
		{"explicit record replaces fields, accumulates lists", prev,
			ringleader.Entity{ID: "p1", Kind: ringleader.KindPerson, Name: "Abu Khaleel", Aliases: []string{"AK"},
				Cases: []string{"C2"}, Sources: []string{"b/suspects.csv:9"}, Props: map[string]string{"status": "arrested"}},
			ringleader.Entity{ID: "p1", Kind: ringleader.KindPerson, Name: "Abu Khaleel", Aliases: []string{"AK", "أبو خليل"},
				Cases: []string{"C1", "C2"}, Sources: []string{"b/suspects.csv:9", "suspects.csv:2"},
				SourceCases: [][]string{{"C2"}, {"C1"}}, Props: map[string]string{"status": "arrested"}, Seq: 4}},
		{"implicit record only adds cases and sources", prev,
			ringleader.Entity{ID: "p1", Kind: ringleader.KindPhone, Name: "p1", Cases: []string{"C3"},
				Sources: []string{"x.csv:3"}, Implicit: true},
			ringleader.Entity{ID: "p1", Kind: ringleader.KindPerson, Name: "Abu Khalil", Aliases: []string{"أبو خليل"},
				Cases: []string{"C1", "C3"}, Sources: []string{"suspects.csv:2", "x.csv:3"},
				SourceCases: [][]string{{"C1"}, {"C3"}}, Props: map[string]string{"nationality": "SY"}, Seq: 4}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ringleader.MergeEntity(tt.prev, tt.next)
			if !ringleader.EqualEntity(got, tt.want) || got.Seq != tt.want.Seq || !slices.Equal(got.Cases, tt.want.Cases) {
				t.Errorf("MergeEntity =\n%+v\nwant\n%+v", got, tt.want)
			}
		})
	}
}

func TestLinkKey(t *testing.T) {
	tests := []struct {
		name string
		a, b ringleader.Link
		same bool
	}{
		{"meeting is undirected",
			ringleader.Link{Type: ringleader.LinkAssociate, Subtype: "meeting", Source: "a", Target: "b"},
			ringleader.Link{Type: ringleader.LinkAssociate, Subtype: "meeting", Source: "b", Target: "a"}, true},
		{"call is directed",
			ringleader.Link{Type: ringleader.LinkAssociate, Subtype: "call", Source: "a", Target: "b"},
			ringleader.Link{Type: ringleader.LinkAssociate, Subtype: "call", Source: "b", Target: "a"}, false},
		{"call and meeting are different facts",
			ringleader.Link{Type: ringleader.LinkAssociate, Subtype: "call", Source: "a", Target: "b"},
			ringleader.Link{Type: ringleader.LinkAssociate, Subtype: "meeting", Source: "a", Target: "b"}, false},
		{"payments with ids stay apart",
			ringleader.Link{ID: "t1", Type: ringleader.LinkPaid, Source: "a", Target: "b"},
			ringleader.Link{ID: "t2", Type: ringleader.LinkPaid, Source: "a", Target: "b"}, false},
		{"membership role does not change identity",
			ringleader.Link{Type: ringleader.LinkMemberOf, Source: "p", Target: "o", Role: "leader"},
			ringleader.Link{Type: ringleader.LinkMemberOf, Source: "p", Target: "o", Role: "courier"}, true},
		{"same_as is undirected",
			ringleader.Link{Type: ringleader.LinkSameAs, Source: "x", Target: "y"},
			ringleader.Link{Type: ringleader.LinkSameAs, Source: "y", Target: "x"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.a.Key() == tt.b.Key(); got != tt.same {
				t.Errorf("Key(%+v)==Key(%+v) = %v, want %v", tt.a, tt.b, got, tt.same)
			}
			if tt.same && tt.a.Canonical().Source != tt.b.Canonical().Source {
				t.Errorf("Canonical orientations differ")
			}
		})
	}
}

func TestScope(t *testing.T) {
	c1 := ringleader.CasesScope("C1")
	tests := []struct {
		name  string
		scope ringleader.Scope
		cases []string
		want  bool
	}{
		{"all sees uncased", ringleader.AllCases(), nil, true},
		{"zero scope sees nothing", ringleader.Scope{}, []string{"C1"}, false},
		{"limited scope sees its case", c1, []string{"C2", "C1"}, true},
		{"limited scope misses other cases", c1, []string{"C2"}, false},
		{"limited scope misses uncased entities", c1, nil, false},
		{"narrowed all", ringleader.AllCases().Narrow("C2"), []string{"C2"}, true},
		{"narrow outside scope sees nothing", c1.Narrow("C2"), []string{"C2"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.scope.SeesEntity(&ringleader.Entity{Cases: tt.cases}); got != tt.want {
				t.Errorf("SeesEntity(%v) = %v, want %v", tt.cases, got, tt.want)
			}
		})
	}
	if !c1.SeesLink(&ringleader.Link{}) {
		t.Error("an uncased link between visible entities must be visible")
	}
	if c1.SeesLink(&ringleader.Link{Cases: []string{"C2"}}) {
		t.Error("a link of a hidden case must be hidden")
	}
}

func TestNetworkFilterKeepsLink(t *testing.T) {
	f := ringleader.NetworkFilter{From: "2026-01-01", To: "2026-01-31"}
	tests := []struct {
		name string
		link ringleader.Link
		want bool
	}{
		{"undated", ringleader.Link{}, true},
		{"payment inside", ringleader.Link{Date: "2026-01-15"}, true},
		{"payment before", ringleader.Link{Date: "2025-12-31"}, false},
		{"payment after", ringleader.Link{Date: "2026-02-01"}, false},
		{"interval overlapping start", ringleader.Link{FirstSeen: "2025-12-01", LastSeen: "2026-01-01"}, true},
		{"interval covering window", ringleader.Link{FirstSeen: "2025-01-01", LastSeen: "2026-12-01"}, true},
		{"interval before", ringleader.Link{FirstSeen: "2025-01-01", LastSeen: "2025-12-31"}, false},
		{"only first seen after", ringleader.Link{FirstSeen: "2026-02-02"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := f.KeepsLink(&tt.link); got != tt.want {
				t.Errorf("KeepsLink = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestFilterNetworkAndNeighbourhood(t *testing.T) {
	net := &ringleader.Network{
		Entities: []ringleader.Entity{
			{ID: "a", Cases: []string{"C1"}, Seq: 1}, {ID: "b", Cases: []string{"C1", "C2"}, Seq: 2},
			{ID: "c", Cases: []string{"C2"}, Seq: 3}, {ID: "d", Seq: 4},
		},
		Links: []ringleader.Link{
			{Type: ringleader.LinkAssociate, Subtype: "meeting", Source: "a", Target: "b"},
			{Type: ringleader.LinkAssociate, Subtype: "meeting", Source: "b", Target: "c", Cases: []string{"C2"}},
			{Type: ringleader.LinkAssociate, Subtype: "meeting", Source: "c", Target: "d"},
		},
	}
	got := ringleader.FilterNetwork(net, ringleader.CasesScope("C1"), ringleader.NetworkFilter{})
	if ids := entityIDs(got); !slices.Equal(ids, []string{"a", "b"}) || len(got.Links) != 1 {
		t.Fatalf("C1 view = %v with %d links, want [a b] with 1 link", ids, len(got.Links))
	}
	all := ringleader.FilterNetwork(net, ringleader.AllCases(), ringleader.NetworkFilter{})
	nb := ringleader.Neighbourhood(all, "a", 2, 0)
	if ids := entityIDs(nb); !slices.Equal(ids, []string{"a", "b", "c"}) {
		t.Errorf("neighbourhood(a, 2) = %v, want [a b c]", ids)
	}
	if nb := ringleader.Neighbourhood(all, "a", 3, 2); len(nb.Entities) != 2 {
		t.Errorf("limit 2 gave %d entities", len(nb.Entities))
	}
	if ringleader.Neighbourhood(got, "c", 1, 0) != nil {
		t.Error("neighbourhood of a hidden entity must be nil")
	}
}

func entityIDs(n *ringleader.Network) []string {
	var ids []string
	for _, e := range n.Entities {
		ids = append(ids, e.ID)
	}
	return ids
}

func TestProjectionOptionsNormalize(t *testing.T) {
	tests := []struct {
		name    string
		opt     ringleader.ProjectionOptions
		wantErr string
	}{
		{"defaults", ringleader.ProjectionOptions{}, ""},
		{"bad view", ringleader.ProjectionOptions{View: "everyone"}, `view: must be people or full, not "everyone"`},
		{"bad date", ringleader.ProjectionOptions{From: "2026-02-30"}, `from: "2026-02-30" is not a date (YYYY-MM-DD)`},
		{"reversed window", ringleader.ProjectionOptions{From: "2026-03-01", To: "2026-02-01"}, "from: 2026-03-01 is after to 2026-02-01"},
		{"types by name", ringleader.ProjectionOptions{Types: []string{"Call", "paid"}}, ""},
		{"unknown type", ringleader.ProjectionOptions{Types: []string{"telepathy"}}, `types: unknown link type "telepathy"`},
		{"k-core", ringleader.ProjectionOptions{MinCore: 2}, ""},
		{"negative k-core", ringleader.ProjectionOptions{MinCore: -1}, "min_core: must be 0 or more, not -1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.opt.Normalize()
			if tt.wantErr == "" {
				if err != nil {
					t.Fatalf("Normalize: %v", err)
				}
				return
			}
			if ringleader.ErrorCode(err) != ringleader.EINVALID || ringleader.ErrorMessage(err) != tt.wantErr {
				t.Errorf("Normalize error = %q (%s), want %q", ringleader.ErrorMessage(err), ringleader.ErrorCode(err), tt.wantErr)
			}
		})
	}
	o := ringleader.ProjectionOptions{Types: []string{"Call", "paid", "call"}}
	if err := o.Normalize(); err != nil || !slices.Equal(o.Types, []string{"PAID", "call"}) || o.View != ringleader.ViewPeople {
		t.Errorf("normalized = %+v, %v", o, err)
	}
}

func TestErrors(t *testing.T) {
	inner := &ringleader.Error{Code: ringleader.EINVALID, Problems: []ringleader.Problem{
		{File: "suspects.csv", Line: 7, Field: "birth_date", Reason: `"1990-02-31" is not a date (YYYY-MM-DD)`}}}
	err := fmt.Errorf("load: %w", inner)
	if got := ringleader.ErrorCode(err); got != ringleader.EINVALID {
		t.Errorf("ErrorCode = %q", got)
	}
	if got, want := ringleader.ErrorMessage(err), `suspects.csv:7: birth_date: "1990-02-31" is not a date (YYYY-MM-DD)`; got != want {
		t.Errorf("ErrorMessage = %q, want %q", got, want)
	}
	secret := errors.New("dial tcp 10.0.0.5:7687: password=hunter2")
	if got := ringleader.ErrorMessage(secret); got != "internal error" {
		t.Errorf("internal errors must not leak: %q", got)
	}
	if ringleader.ErrorCode(nil) != "" {
		t.Error("ErrorCode(nil) must be empty")
	}
}

func TestScopeRedact(t *testing.T) {
	e := ringleader.Entity{ID: "p1", Cases: []string{"drugs", "weapons"}}
	l := ringleader.Link{Source: "p1", Target: "p2", Cases: []string{"weapons", "drugs"}}
	tests := []struct {
		name  string
		scope ringleader.Scope
		want  []string
	}{
		{"all cases see every case", ringleader.AllCases(), []string{"drugs", "weapons"}},
		{"a compartment sees its own", ringleader.CasesScope("drugs"), []string{"drugs"}},
		{"two compartments", ringleader.CasesScope("weapons", "drugs"), []string{"drugs", "weapons"}},
		{"nothing", ringleader.CasesScope("money"), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.scope.Redact(e)
			if !slices.Equal(got.Cases, tt.want) {
				t.Errorf("entity cases %v, want %v", got.Cases, tt.want)
			}
			gotLink := tt.scope.RedactLink(l)
			slices.Sort(gotLink.Cases)
			if !slices.Equal(gotLink.Cases, tt.want) {
				t.Errorf("link cases %v, want %v", gotLink.Cases, tt.want)
			}
			net := tt.scope.RedactNetwork(&ringleader.Network{Entities: []ringleader.Entity{e}, Links: []ringleader.Link{l}})
			if !slices.Equal(net.Entities[0].Cases, tt.want) {
				t.Errorf("network entity cases %v, want %v", net.Entities[0].Cases, tt.want)
			}
		})
	}
	if len(e.Cases) != 2 || len(l.Cases) != 2 {
		t.Error("Redact modified its argument")
	}
}
