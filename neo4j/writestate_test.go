package neo4j

import (
	"reflect"
	"testing"

	"github.com/ringleader/ringleader"
)

func assoc(src, dst string) ringleader.Link {
	return ringleader.Link{Type: ringleader.LinkAssociate, Subtype: ringleader.AssocAssociate, Source: src, Target: dst}
}

// TestKnownNew checks which links a write may create without looking them up: only those with no id, whose key
// no earlier transaction of the write has, with an endpoint the write created, and only while no one else has
// written since (the version is the one the write left).
func TestKnownNew(t *testing.T) {
	paid := assoc("a", "b")
	paid.Type, paid.Subtype, paid.ID = ringleader.LinkPaid, "", "t1"
	b := &ringleader.Batch{
		// Records 0-3 are entities, the rest links: transactions of 4 records hold 0-3, 4-7 and 8-10.
		Entities: []ringleader.Entity{{ID: "a"}, {ID: "b"}, {ID: "c"}, {ID: "d"}},
		Links: []ringleader.Link{
			assoc("a", "b"), assoc("c", "old"), assoc("old", "old2"), paid, // 4-7
			assoc("b", "a"), assoc("a", "d"), assoc("x", "d"), // 8-10: the first repeats record 4's key
		},
	}
	st := newWriteState(b, 4)
	none := func(string) bool { return false }
	// The first transaction created a, b and c (d was stored) and moved the version from 6 to 7.
	st.committed(windowResult{created: []string{"a", "b", "c"}, versionBefore: 6, versionAfter: 7})

	tests := []struct {
		name    string
		link    int // index in b.Links
		txStart int
		trust   bool
		want    bool
	}{
		{"endpoints created by the write", 0, 4, true, true},
		{"one endpoint created", 1, 4, true, true},
		{"no endpoint created", 2, 4, true, false},
		{"a link with an id", 3, 4, true, false},
		{"a key an earlier transaction has", 4, 8, true, false},
		{"a key repeated in the same transaction", 4, 4, true, true},
		{"first of its key in a later transaction", 5, 8, true, true},
		{"someone else wrote since", 0, 4, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := st.knownNew(b, tt.link, tt.txStart, tt.trust, none); got != tt.want {
				t.Errorf("knownNew(link %d, transaction from %d, trust %v) = %v, want %v", tt.link, tt.txStart, tt.trust, got, tt.want)
			}
		})
	}
	created := func(id string) bool { return id == "old" }
	if !st.knownNew(b, 2, 4, false, created) {
		t.Errorf("a link to an entity its own transaction creates: not known new")
	}

	// A transaction that found another version means someone else wrote: what the write created before may have
	// their links now.
	st.committed(windowResult{created: []string{"e"}, versionBefore: 9, versionAfter: 10})
	if st.created["a"] || !st.created["e"] || st.version != 10 {
		t.Errorf("after an outside write: created %v, version %d; want only e, version 10", st.created, st.version)
	}
}

// TestNewRun checks the runs of link transactions that writeBulk may write at once.
func TestNewRun(t *testing.T) {
	ents := []ringleader.Entity{{ID: "a"}, {ID: "b"}, {ID: "c"}, {ID: "d"}}
	links := []ringleader.Link{
		assoc("a", "b"), assoc("a", "c"), assoc("b", "c"), assoc("a", "d"), // 4-7
		assoc("b", "d"), assoc("c", "d"), assoc("c", "e"), assoc("a", "e"), // 8-11
		assoc("b", "e"), assoc("x", "y"), // 12-13: x and y are stored, not created
	}
	tests := []struct {
		name        string
		links       []ringleader.Link
		start, step int
		committed   bool
		want        int
	}{
		{"nothing created yet", links, 4, 4, false, 4},
		{"a run up to a stored pair", links, 4, 4, true, 12},
		{"a run to the end", links[:9], 8, 4, true, 13},
		// Record 10 repeats record 5's key: in transactions of 2 it falls in a later one, which ends the run.
		{"a key repeated in a later transaction", append(links[:6:6], links[1]), 4, 2, true, 10},
		{"a key repeated in the same transaction", append(links[:6:6], links[1]), 4, 8, true, 11},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := &ringleader.Batch{Entities: ents, Links: tt.links}
			st := newWriteState(b, 1) // several transactions: every key's first position is kept
			if tt.committed {
				st.committed(windowResult{created: []string{"a", "b", "c"}, versionBefore: 0, versionAfter: 1})
			}
			if got := st.newRun(b, tt.start, tt.step, tt.committed, nothing); got != tt.want {
				t.Errorf("newRun(%d, %d) = %d, want %d", tt.start, tt.step, got, tt.want)
			}
		})
	}
}

// TestMayBulk checks when Write asks writeBulk: for entities once, for links when a run of new ones is at least
// two transactions long.
func TestMayBulk(t *testing.T) {
	ents := []ringleader.Entity{{ID: "a"}, {ID: "b"}, {ID: "c"}, {ID: "d"}}
	b := &ringleader.Batch{Entities: ents, Links: []ringleader.Link{
		assoc("a", "b"), assoc("a", "c"), assoc("b", "c"), assoc("a", "d"), assoc("x", "y"),
	}}
	st := newWriteState(b, 2)
	if !st.mayBulk(b, 0, 2) {
		t.Errorf("entities not yet tried: mayBulk false")
	}
	st.entitiesTried = true
	if st.mayBulk(b, 0, 2) || st.mayBulk(b, 2, 2) {
		t.Errorf("entities tried: mayBulk true")
	}
	if st.mayBulk(b, 4, 2) {
		t.Errorf("links before any commit: mayBulk true")
	}
	st.committed(windowResult{created: []string{"a", "b", "c"}, versionBefore: 0, versionAfter: 1})
	if !st.mayBulk(b, 4, 2) {
		t.Errorf("four new links in transactions of 2: mayBulk false")
	}
	if st.mayBulk(b, 6, 2) || st.mayBulk(b, 4, 3) {
		t.Errorf("one transaction of new links: mayBulk true")
	}
}

// TestNewLinkRows checks the fast path of writeNewLinks against mergeLinks, and when it may be taken.
func TestNewLinkRows(t *testing.T) {
	call := assoc("b", "a")
	call.Subtype, call.Weight, call.Cases, call.Sources = ringleader.AssocCall, 2, []string{"c2", "c1", "c2"}, []string{"x.csv:3"}
	links := []ringleader.Link{assoc("b", "a"), call, {Type: ringleader.LinkHolds, Source: "a", Target: "p", Props: map[string]string{"since": "2020"}}}
	var want, got ringleader.WriteResult
	wantRows, _, _, err := mergeLinks(links, nil, &want)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := newLinkRows(links, &got)
	if err != nil {
		t.Fatal(err)
	}
	if got != want || !reflect.DeepEqual(rows, wantRows) {
		t.Errorf("newLinkRows = %v, %+v; mergeLinks gives %v, %+v", rows, got, wantRows, want)
	}

	b := &ringleader.Batch{Entities: []ringleader.Entity{{ID: "a"}, {ID: "b"}}, Links: append(links, assoc("a", "b"))}
	st := newWriteState(b, 1)
	// The fourth link repeats the first: not distinct with it, nor alone (its key came first elsewhere).
	if !st.distinct(2, 5, 2) || st.distinct(2, 6, 2) || st.distinct(5, 6, 2) {
		t.Errorf("distinct(2, 5), (2, 6), (5, 6) = %v, %v, %v; want true, false, false",
			st.distinct(2, 5, 2), st.distinct(2, 6, 2), st.distinct(5, 6, 2))
	}
}
