package storetest

import (
	"slices"
	"testing"

	"github.com/ringleader/ringleader"
)

// callRow is the a→b call link that the loaders make of one associations.csv row, with its observation.
func callRow(line string, weight float64, first, last string, cases ...string) ringleader.Link {
	l := ringleader.Link{Type: ringleader.LinkAssociate, Subtype: ringleader.AssocCall, Source: "a", Target: "b",
		Weight: weight, FirstSeen: first, LastSeen: last, Cases: cases, Sources: []string{"associations.csv:" + line}}
	l.Observations = []ringleader.Observation{{ID: ringleader.ObservationID("associations.csv", &l, 1), Weight: weight}}
	return l
}

// observationPeople are the endpoints of the links testObservations writes.
func observationPeople() []ringleader.Entity {
	return []ringleader.Entity{
		{ID: "a", Kind: ringleader.KindPerson, Name: "A", Cases: []string{"c1", "c2"}},
		{ID: "b", Kind: ringleader.KindPerson, Name: "B", Cases: []string{"c1", "c2"}},
	}
}

// testObservations checks observations, not overwrites (ringleader/observation.go): rows with one link's identity
// add their weights, widen its dates and unite its cases and sources; a row the store holds adds nothing, whether
// it comes again in the same batch, in a later one, or merged with others as the loaders send it; a record without
// provenance replaces the last such record, on top of the rows. Every step is checked against the model (MergeLink)
// and against the figures the rule gives by hand.
func testObservations(t *testing.T, open func(t *testing.T) ringleader.Store) {
	s := open(t)
	ctx := t.Context()
	m := newModel()
	people := observationPeople()
	m.write(&ringleader.Batch{Entities: people})
	if _, err := s.Write(ctx, &ringleader.Batch{Entities: people}); err != nil {
		t.Fatal(err)
	}
	jan := callRow("2", 12, "2026-01-05", "2026-01-28", "c1")
	feb := callRow("3", 3, "2026-02-02", "2026-02-20", "c2")
	mar := callRow("4", 7, "2026-03-01", "2026-03-09", "c1")
	// The same row as jan, read from line 9 of a file sorted differently.
	janMoved := callRow("9", 12, "2026-01-05", "2026-01-28", "c1")
	loaded := ringleader.MergeLink(nil, jan)
	loaded = ringleader.MergeLink(&loaded, feb)
	bare := func(w float64) ringleader.Link {
		return ringleader.Link{Type: ringleader.LinkAssociate, Subtype: ringleader.AssocCall, Source: "a", Target: "b", Weight: w}
	}
	janFeb := []string{"associations.csv:2", "associations.csv:3"}
	janFebMar := []string{"associations.csv:2", "associations.csv:3", "associations.csv:4"}
	steps := []struct {
		name        string
		links       []ringleader.Link
		want        ringleader.WriteResult
		weight      float64
		first, last string
		cases       []string
		sources     []string
	}{
		{"two rows in one batch add up", []ringleader.Link{jan, feb}, ringleader.WriteResult{LinksCreated: 1, LinksUpdated: 1},
			15, "2026-01-05", "2026-02-20", []string{"c1", "c2"}, janFeb},
		{"the same batch again", []ringleader.Link{jan, feb}, ringleader.WriteResult{LinksUnchanged: 2},
			15, "2026-01-05", "2026-02-20", []string{"c1", "c2"}, janFeb},
		{"one of its rows in a later batch", []ringleader.Link{feb}, ringleader.WriteResult{LinksUnchanged: 1},
			15, "2026-01-05", "2026-02-20", []string{"c1", "c2"}, janFeb},
		{"both rows as the loaders send them, merged", []ringleader.Link{loaded}, ringleader.WriteResult{LinksUnchanged: 1},
			15, "2026-01-05", "2026-02-20", []string{"c1", "c2"}, janFeb},
		{"a new row adds and widens", []ringleader.Link{mar}, ringleader.WriteResult{LinksUpdated: 1},
			22, "2026-01-05", "2026-03-09", []string{"c1", "c2"}, janFebMar},
		{"a row held, on another line", []ringleader.Link{janMoved}, ringleader.WriteResult{LinksUpdated: 1},
			22, "2026-01-05", "2026-03-09", []string{"c1", "c2"}, append(slices.Clone(janFebMar), "associations.csv:9")},
		{"a record without provenance is counted once", []ringleader.Link{bare(4), bare(4)}, ringleader.WriteResult{LinksUpdated: 1, LinksUnchanged: 1},
			26, "2026-01-05", "2026-03-09", []string{"c1", "c2"}, append(slices.Clone(janFebMar), "associations.csv:9")},
		{"the next one replaces it", []ringleader.Link{bare(1)}, ringleader.WriteResult{LinksUpdated: 1},
			23, "2026-01-05", "2026-03-09", []string{"c1", "c2"}, append(slices.Clone(janFebMar), "associations.csv:9")},
	}
	key := jan.Key()
	for _, st := range steps {
		b := &ringleader.Batch{Links: st.links}
		if modelled := m.write(b); modelled != st.want {
			t.Fatalf("%s: the model counts %+v, the test expects %+v", st.name, modelled, st.want)
		}
		got, err := s.Write(ctx, b)
		if err != nil || got != st.want {
			t.Errorf("%s: wrote %+v, %v; want %+v", st.name, got, err, st.want)
		}
		stored, err := s.Stored(ctx, nil, []string{key})
		if err != nil || len(stored.Links) != 1 {
			t.Fatalf("%s: Stored(%s) = %+v, %v", st.name, key, stored, err)
		}
		l := stored.Links[0]
		if l.Weight != st.weight || l.FirstSeen != st.first || l.LastSeen != st.last || !slices.Equal(l.Cases, st.cases) ||
			!slices.Equal(l.Sources, st.sources) {
			t.Errorf("%s: stored weight %v, seen %s to %s, cases %v, sources %v; want %v, %s to %s, %v, %v", st.name,
				l.Weight, l.FirstSeen, l.LastSeen, l.Cases, l.Sources, st.weight, st.first, st.last, st.cases, st.sources)
		}
		if !ringleader.EqualLink(l, m.links[key]) {
			t.Errorf("%s: stored %+v, the model holds %+v", st.name, l, m.links[key])
		}
	}
	// What a read gives back, written again, changes nothing: the observations went with it.
	net, err := s.Network(ctx, ringleader.AllCases(), ringleader.NetworkFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if res, err := s.Write(ctx, &ringleader.Batch{Links: net.Links}); err != nil || res != (ringleader.WriteResult{LinksUnchanged: 1}) {
		t.Errorf("the network read back, written again: %+v, %v; want one link unchanged", res, err)
	}
	all := adoptSeq(t, s, m)
	if d := DiffNetworks(net, all); d != "" {
		t.Error(d)
	}
}

// testObservationsCompartment checks the rule of a writer limited to some cases (ringleader/compartment.go) on
// observations: it may add its rows to a tie that lies wholly in its cases, and to one that other cases share only
// when they change nothing those cases see (the weight, first and last seen).
func testObservationsCompartment(t *testing.T, open func(t *testing.T) ringleader.Store) {
	s := open(t)
	ctx := t.Context()
	m := newModel()
	people := observationPeople()
	// The call tie is in c1 and c2: a c1 row gave its weight, a c2 row (with no count) named it too.
	c1 := callRow("2", 5, "2026-01-05", "2026-01-28", "c1")
	c2 := callRow("3", 0, "", "", "c2")
	only2 := ringleader.Link{Type: ringleader.LinkAssociate, Subtype: ringleader.AssocMeeting, Source: "a", Target: "b",
		Weight: 2, Cases: []string{"c2"}, Sources: []string{"associations.csv:4"}}
	setup := &ringleader.Batch{Entities: people, Links: []ringleader.Link{c1, c2, only2}}
	m.write(setup)
	if _, err := s.Write(ctx, setup); err != nil {
		t.Fatal(err)
	}
	shared := callRow("5", 0, "", "", "c2")
	scope2 := ringleader.CasesScope("c2")
	allowed := []struct {
		name string
		link ringleader.Link
		want ringleader.WriteResult
	}{
		{"a row in its case adds to a tie wholly in it", ringleader.Link{Type: ringleader.LinkAssociate,
			Subtype: ringleader.AssocMeeting, Source: "b", Target: "a", Weight: 3, Cases: []string{"c2"},
			Sources: []string{"associations.csv:6"}}, ringleader.WriteResult{LinksUpdated: 1}},
		{"a row that adds no weight or date to a tie it shares", shared, ringleader.WriteResult{LinksUpdated: 1}},
	}
	for _, tt := range allowed {
		b := &ringleader.Batch{Links: []ringleader.Link{tt.link}, Compartment: &scope2}
		m.write(b)
		if got, err := s.Write(ctx, b); err != nil || got != tt.want {
			t.Errorf("%s: wrote %+v, %v; want %+v", tt.name, got, err, tt.want)
		}
	}
	refused := []struct {
		name string
		link ringleader.Link
	}{
		{"a row that adds weight to a tie other cases share", callRow("7", 2, "", "", "c2")},
		{"a row that widens its dates", callRow("8", 0, "2025-12-01", "", "c2")},
	}
	for _, tt := range refused {
		_, err := s.Write(ctx, &ringleader.Batch{Links: []ringleader.Link{tt.link}, Compartment: &scope2})
		wantCode(t, err, ringleader.EINVALID, tt.name)
	}
	stored, err := s.Network(ctx, ringleader.AllCases(), ringleader.NetworkFilter{})
	if err != nil {
		t.Fatal(err)
	}
	all := adoptSeq(t, s, m)
	if d := DiffNetworks(stored, all); d != "" {
		t.Errorf("after the compartment's writes: %s", d)
	}
	want := map[string]struct {
		weight float64
		rows   int
	}{c1.Key(): {5, 3}, only2.Key(): {5, 2}}
	for _, l := range stored.Links {
		if w := want[l.Key()]; l.Weight != w.weight || len(l.Sources) != w.rows {
			t.Errorf("%s: weight %v, sources %v; want %v and %d rows", l.Key(), l.Weight, l.Sources, w.weight, w.rows)
		}
	}
}
