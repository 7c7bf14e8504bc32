package neo4j_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/ringleader/ringleader"
)

// TestStreamNetworkKeyOrder streams links whose keys differ at a character that Cypher (UTF-16) and Go (code
// points) order differently: a fullwidth letter (U+FF21) comes before an emoji (U+1F600) in Go, after it in
// Cypher. The stream must come in Go's order, as Network does, with the other links in their places.
func TestStreamNetworkKeyOrder(t *testing.T) {
	s := mustOpen(t)
	ids := []string{"p", "pa", "p\uff21", "p\U0001F600", "p\uff21z", "p\U0001F600z", "pz"}
	var b ringleader.Batch
	for _, id := range ids {
		b.Entities = append(b.Entities, ringleader.Entity{ID: id, Kind: ringleader.KindPerson, Name: "N " + id})
	}
	for _, to := range ids[1:] {
		b.Links = append(b.Links, ringleader.Link{Type: ringleader.LinkAssociate, Subtype: ringleader.AssocCall, Source: "p", Target: to})
	}
	b.Links = append(b.Links,
		ringleader.Link{ID: "pay-\U0001F600", Type: ringleader.LinkPaid, Source: "pa", Target: "pz", Amount: 1},
		ringleader.Link{ID: "pay-\uff21", Type: ringleader.LinkPaid, Source: "pz", Target: "pa", Amount: 2})
	if _, err := s.Write(t.Context(), &b); err != nil {
		t.Fatal(err)
	}
	var keys []string
	var entities int
	err := s.StreamNetwork(t.Context(), ringleader.AllCases(), ringleader.NetworkFilter{},
		func(*ringleader.Entity) error { entities++; return nil },
		func(l *ringleader.Link) error { keys = append(keys, l.Key()); return nil })
	if err != nil {
		t.Fatal(err)
	}
	if entities != len(ids) || len(keys) != len(b.Links) {
		t.Fatalf("streamed %d entities and %d links, want %d and %d", entities, len(keys), len(ids), len(b.Links))
	}
	if !slices.IsSortedFunc(keys, strings.Compare) {
		t.Errorf("links streamed out of Go's order:\n%s", strings.Join(keys, "\n"))
	}
	net, err := s.Network(t.Context(), ringleader.AllCases(), ringleader.NetworkFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, l := range net.Links {
		want = append(want, l.Key())
	}
	if !slices.Equal(keys, want) {
		t.Errorf("streamed keys %q, Network's %q", keys, want)
	}
}
