package ringleader_test

import (
	"slices"
	"testing"

	"github.com/ringleader/ringleader"
)

// row is what the loaders make of one associations.csv row: a call link with its observation.
func row(line string, weight float64, first, last string, cases ...string) ringleader.Link {
	l := ringleader.Link{Type: ringleader.LinkAssociate, Subtype: ringleader.AssocCall, Source: "a", Target: "b",
		Weight: weight, FirstSeen: first, LastSeen: last, Cases: cases, Sources: []string{"associations.csv:" + line}}
	l.Observations = []ringleader.Observation{{ID: ringleader.ObservationID("associations.csv", &l, 1), Weight: weight}}
	return l
}

// merge writes links in order, as a store does, and returns what it keeps.
func merge(links ...ringleader.Link) ringleader.Link {
	var held *ringleader.Link
	for _, l := range links {
		m := ringleader.MergeLink(held, l)
		held = &m
	}
	return *held
}

func TestMergeLinkObservations(t *testing.T) {
	jan := row("2", 12, "2026-01-05", "2026-01-28", "c1")
	feb := row("3", 3, "2026-02-02", "2026-02-20", "c2")
	// The same row as jan, read from line 9 of a re-sorted file: the same observation.
	janMoved := row("9", 12, "2026-01-05", "2026-01-28", "c1")
	bare := func(w float64, sources ...string) ringleader.Link {
		return ringleader.Link{Type: ringleader.LinkAssociate, Subtype: ringleader.AssocMeeting, Source: "b", Target: "a",
			Weight: w, Sources: sources}
	}
	tests := []struct {
		name        string
		links       []ringleader.Link
		weight      float64
		first, last string
		cases       []string
		sources     []string
	}{
		{"one row", []ringleader.Link{jan}, 12, "2026-01-05", "2026-01-28", []string{"c1"}, []string{"associations.csv:2"}},
		{"two rows add up, dates widen, cases and sources unite", []ringleader.Link{jan, feb},
			15, "2026-01-05", "2026-02-20", []string{"c1", "c2"}, []string{"associations.csv:2", "associations.csv:3"}},
		{"later row first: the same", []ringleader.Link{feb, jan},
			15, "2026-01-05", "2026-02-20", []string{"c1", "c2"}, []string{"associations.csv:2", "associations.csv:3"}},
		{"a row loaded again is one observation", []ringleader.Link{jan, feb, jan, feb},
			15, "2026-01-05", "2026-02-20", []string{"c1", "c2"}, []string{"associations.csv:2", "associations.csv:3"}},
		{"a merged batch loaded over itself", []ringleader.Link{jan, feb, merge(jan, feb)},
			15, "2026-01-05", "2026-02-20", []string{"c1", "c2"}, []string{"associations.csv:2", "associations.csv:3"}},
		{"the same row on another line", []ringleader.Link{jan, janMoved},
			12, "2026-01-05", "2026-01-28", []string{"c1"}, []string{"associations.csv:2", "associations.csv:9"}},
		{"a row without dates leaves them", []ringleader.Link{jan, row("4", 1, "", "")},
			13, "2026-01-05", "2026-01-28", []string{"c1"}, []string{"associations.csv:2", "associations.csv:4"}},
		{"without sources: each write replaces the last", []ringleader.Link{bare(5), bare(5), bare(3)},
			3, "", "", nil, nil},
		{"with sources: the same record twice is one", []ringleader.Link{bare(5, "x.csv:3"), bare(5, "x.csv:3"), bare(2, "y.csv:1")},
			7, "", "", nil, []string{"x.csv:3", "y.csv:1"}},
		{"without sources on top of rows", []ringleader.Link{jan, bare(4), bare(4)},
			16, "2026-01-05", "2026-01-28", []string{"c1"}, []string{"associations.csv:2"}},
		{"a row without a weight adds nothing", []ringleader.Link{bare(2, "x.csv:3"), bare(0, "y.csv:1")},
			2, "", "", nil, []string{"x.csv:3", "y.csv:1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := merge(tt.links...)
			if got.Weight != tt.weight || got.FirstSeen != tt.first || got.LastSeen != tt.last ||
				!slices.Equal(got.Cases, tt.cases) || !slices.Equal(got.Sources, tt.sources) {
				t.Errorf("weight %v, seen %q–%q, cases %v, sources %v; want %v, %q–%q, %v, %v", got.Weight,
					got.FirstSeen, got.LastSeen, got.Cases, got.Sources, tt.weight, tt.first, tt.last, tt.cases, tt.sources)
			}
			// Writing the last record again changes nothing: loads are idempotent.
			if again := ringleader.MergeLink(&got, tt.links[len(tt.links)-1]); !ringleader.EqualLink(got, again) {
				t.Errorf("the last record again changes the link: %+v, then %+v", got, again)
			}
		})
	}
}

func TestMergeLinkKeepsNewerFields(t *testing.T) {
	first := ringleader.Link{Type: ringleader.LinkMemberOf, Source: "p", Target: "o", Role: "member",
		Props: map[string]string{"note": "a"}, Sources: []string{"suspects.csv:2"}}
	next := ringleader.Link{Type: ringleader.LinkMemberOf, Source: "p", Target: "o", Role: "leader",
		Sources: []string{"suspects.csv:7"}}
	got := merge(first, next)
	if got.Role != "leader" || len(got.Props) != 0 || got.Weight != 0 || got.W() != 1 || got.Observations != nil {
		t.Errorf("merged %+v: want role leader, no properties, no weight, no observations", got)
	}
}

func TestEqualLinkObservations(t *testing.T) {
	a := ringleader.MergeLink(nil, row("2", 12, "", ""))
	b := a
	b.Observations = []ringleader.Observation{{ID: "other", Weight: 12}}
	if ringleader.EqualLink(a, b) {
		t.Error("links with the same weight from different rows compare equal")
	}
	// A link stored before observations were kept stands for one observation, identified by its sources: written
	// again, it keeps its weight and gains the observation, once.
	legacy := ringleader.Link{Type: ringleader.LinkAssociate, Subtype: ringleader.AssocMeeting, Source: "a", Target: "b",
		Weight: 3, Sources: []string{"x.csv:2"}}
	again := ringleader.MergeLink(&legacy, legacy)
	if ringleader.EqualLink(legacy, again) || again.Weight != 3 || len(again.Observations) != 1 {
		t.Errorf("legacy link written again: %+v", again)
	}
	if third := ringleader.MergeLink(&again, legacy); !ringleader.EqualLink(again, third) {
		t.Errorf("legacy link written a third time: %+v, then %+v", again, third)
	}
}

func TestObservationID(t *testing.T) {
	base := row("2", 12, "2026-01-05", "", "c1")
	id := ringleader.ObservationID("associations.csv", &base, 1)
	reversed := base
	reversed.Source, reversed.Target = base.Target, base.Source
	tests := []struct {
		name string
		file string
		link ringleader.Link
		occ  int
		same bool
	}{
		{"another line", "associations.csv", row("7", 12, "2026-01-05", "", "c1"), 1, true},
		{"second identical row", "associations.csv", base, 2, false},
		{"another file", "links.jsonl", base, 1, false},
		{"another weight", "associations.csv", row("2", 13, "2026-01-05", "", "c1"), 1, false},
		{"another date", "associations.csv", row("2", 12, "2026-01-06", "", "c1"), 1, false},
		{"another case", "associations.csv", row("2", 12, "2026-01-05", "", "c2"), 1, false},
		{"a call the other way", "associations.csv", reversed, 1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ringleader.ObservationID(tt.file, &tt.link, tt.occ); (got == id) != tt.same {
				t.Errorf("ID %s, first row's %s: same = %v, want %v", got, id, got == id, tt.same)
			}
		})
	}
	if got := ringleader.NextOccurrence(id); got != id+"/2" || ringleader.NextOccurrence(got) != id+"/3" {
		t.Errorf("next occurrences of %s: %s, %s", id, got, ringleader.NextOccurrence(got))
	}
	if got := ringleader.ObservationID("associations.csv", &base, 3); got != id+"/3" {
		t.Errorf("third occurrence %s, want %s/3", got, id)
	}
}

func TestObservationsRoundTrip(t *testing.T) {
	tests := [][]ringleader.Observation{
		nil,
		{{ID: "", Weight: 4}},
		{{ID: "0123456789abcdef", Weight: 12}, {ID: "0123456789abcdef/2", Weight: 0.5}, {ID: "s89abcdef01234567", Weight: 1e300}},
	}
	for _, obs := range tests {
		text := ringleader.EncodeObservations(obs)
		got, err := ringleader.DecodeObservations(text)
		if err != nil || !slices.Equal(got, obs) {
			t.Errorf("%q: %v, %v; want %v", text, got, err, obs)
		}
	}
	for _, bad := range []string{"abc", "abc\x1fx", "a\x1f1\x1e"} {
		if _, err := ringleader.DecodeObservations(bad); err == nil {
			t.Errorf("%q decodes", bad)
		}
	}
}

// BenchmarkObservationID is what loaders pay per weighted row, beside parsing it.
func BenchmarkObservationID(b *testing.B) {
	l := row("2", 12, "2026-01-05", "2026-01-28", "c1")
	b.ReportAllocs()
	for b.Loop() {
		ringleader.ObservationID("associations.csv", &l, 1)
	}
}
