package storetest

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/ringleader/ringleader"
)

// Run runs the conformance suite against the stores open returns. Each call of open must
// return a new, empty store for the test t and arrange its Close with t.Cleanup; the
// suite calls it once per subtest.
func Run(t *testing.T, open func(t *testing.T) ringleader.Store) {
	tests := []struct {
		name string
		run  func(t *testing.T, open func(t *testing.T) ringleader.Store)
	}{
		{"Empty", testEmpty},
		{"WriteCounts", testWriteCounts},
		{"Progress", testProgress},
		{"Entity", testEntity},
		{"ScopeByHand", testScopeByHand},
		{"Network", testNetwork},
		{"NetworkDates", testNetworkDates},
		{"StreamNetwork", testStreamNetwork},
		{"Neighbourhood", testNeighbourhood},
		{"NeighbourhoodByHand", testNeighbourhoodByHand},
		{"FindEntities", testFindEntities},
		{"FindEntitiesDefaultLimit", testFindEntitiesDefaultLimit},
		{"MergeEntity", testMergeEntity},
		{"MergeLink", testMergeLink},
		{"Observations", testObservations},
		{"ObservationsCompartment", testObservationsCompartment},
		{"UnknownEndpoint", testUnknownEndpoint},
		{"Missing", testMissing},
		{"Counts", testCounts},
		{"CountsBoundNetwork", testCountsBoundNetwork},
		{"Stored", testStored},
		{"CompartmentWrite", testCompartmentWrite},
		{"AuditWithin", testAuditWithin},
		{"Charts", testCharts},
		{"Tokens", testTokens},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tt.run(t, open) })
	}
}

// scopes are the scopes every read is checked in: everything, single compartments,
// unions, a case nobody holds, and the zero scope that sees nothing.
var scopes = []ringleader.Scope{
	ringleader.AllCases(),
	ringleader.CasesScope(caseHoms),
	ringleader.CasesScope(caseAnbar),
	ringleader.CasesScope(caseMoney),
	ringleader.CasesScope(caseAnbar, caseMoney),
	ringleader.CasesScope(caseHoms, caseAnbar, caseMoney),
	ringleader.CasesScope("c-nobody"),
	{},
}

// fixture is a store holding the ring, and the reference of what it holds.
type fixture struct {
	store ringleader.Store
	model *model
	// all is the model's network carrying the store's Seq numbers.
	all *ringleader.Network
}

func newFixture(t *testing.T, open func(t *testing.T) ringleader.Store) *fixture {
	t.Helper()
	f := &fixture{store: open(t), model: newModel()}
	for i, b := range ringBatches() {
		want := f.model.write(b)
		got, err := f.store.Write(t.Context(), b)
		if err != nil {
			t.Fatalf("write ring batch %d: %v", i+1, err)
		}
		if got != want {
			t.Fatalf("write ring batch %d: got %+v, want %+v", i+1, got, want)
		}
	}
	f.all = adoptSeq(t, f.store, f.model)
	return f
}

// adoptSeq checks that the store numbers entities in order of first creation, with
// positive increasing Seq, and returns the model's network carrying the store's numbers.
func adoptSeq(t *testing.T, s ringleader.Store, m *model) *ringleader.Network {
	t.Helper()
	stored, err := s.Network(t.Context(), ringleader.AllCases(), ringleader.NetworkFilter{})
	if err != nil {
		t.Fatalf("Network(all): %v", err)
	}
	if got := entityIDs(stored.Entities); !slices.Equal(got, m.created) {
		t.Fatalf("stored entities in order %v, want creation order %v", got, m.created)
	}
	want := m.network()
	for i, e := range stored.Entities {
		if e.Seq <= 0 || (i > 0 && e.Seq <= stored.Entities[i-1].Seq) {
			t.Fatalf("entity %s has Seq %d after %d: want positive and increasing", e.ID, e.Seq,
				stored.Entities[max(i-1, 0)].Seq)
		}
		want.Entities[i].Seq = e.Seq
	}
	return want
}

func testEmpty(t *testing.T, open func(t *testing.T) ringleader.Store) {
	s := open(t)
	ctx := t.Context()
	if err := s.Ping(ctx); err != nil {
		t.Errorf("Ping: %v", err)
	}
	n, err := s.Network(ctx, ringleader.AllCases(), ringleader.NetworkFilter{})
	if err != nil {
		t.Fatalf("Network: %v", err)
	}
	if len(n.Entities)+len(n.Links) != 0 {
		t.Errorf("new store holds %d entities and %d links", len(n.Entities), len(n.Links))
	}
	c, err := s.Counts(ctx, ringleader.AllCases())
	if err != nil || c.TotalEntities()+c.TotalLinks() != 0 {
		t.Errorf("Counts = %+v, %v; want none", c, err)
	}
	_, err = s.Entity(ctx, ringleader.AllCases(), "p-khalil")
	wantCode(t, err, ringleader.ENOTFOUND, "Entity on an empty store")
	found, err := s.FindEntities(ctx, ringleader.AllCases(), ringleader.EntityQuery{Text: "khalil"})
	if err != nil || len(found) != 0 {
		t.Errorf("FindEntities = %v, %v; want none", entityIDs(found), err)
	}
}

func testWriteCounts(t *testing.T, open func(t *testing.T) ringleader.Store) {
	ctx := t.Context()
	s := open(t)
	v0, err := s.Version(ctx)
	if err != nil {
		t.Fatalf("Version: %v", err)
	}
	batches := ringBatches()
	for i, b := range batches {
		got, err := s.Write(ctx, b)
		if err != nil {
			t.Fatalf("batch %d: %v", i+1, err)
		}
		want := ringleader.WriteResult{EntitiesCreated: len(b.Entities), LinksCreated: len(b.Links)}
		if got != want {
			t.Errorf("batch %d: got %+v, want %+v", i+1, got, want)
		}
	}
	v1, err := s.Version(ctx)
	if err != nil || v1 == v0 {
		t.Errorf("Version after writing = %d, %v; was %d and must change", v1, err, v0)
	}

	// Loads are idempotent: the same batches again change nothing, Version included.
	for i, b := range ringBatches() {
		got, err := s.Write(ctx, b)
		if err != nil {
			t.Fatalf("rewrite batch %d: %v", i+1, err)
		}
		want := ringleader.WriteResult{EntitiesUnchanged: len(b.Entities), LinksUnchanged: len(b.Links)}
		if got != want {
			t.Errorf("rewrite batch %d: got %+v, want %+v", i+1, got, want)
		}
	}
	if v, err := s.Version(ctx); err != nil || v != v1 {
		t.Errorf("Version after an unchanged rewrite = %d, %v; want %d", v, err, v1)
	}

	// One changed entity, one unchanged, one changed link.
	rami := ringEntities()[1]
	rami.Props = map[string]string{"status": "arrested"}
	samir := ringEntities()[7]
	_, links := ringLinks()
	pay := links[6]
	pay.Amount = 51000
	got, err := s.Write(ctx, &ringleader.Batch{Entities: []ringleader.Entity{rami, samir}, Links: []ringleader.Link{pay}})
	if err != nil {
		t.Fatalf("write changes: %v", err)
	}
	want := ringleader.WriteResult{EntitiesUpdated: 1, EntitiesUnchanged: 1, LinksUpdated: 1}
	if got != want {
		t.Errorf("write changes: got %+v, want %+v", got, want)
	}
	v2, err := s.Version(ctx)
	if err != nil || v2 == v1 {
		t.Errorf("Version after a change = %d, %v; was %d and must change", v2, err, v1)
	}
	e, err := s.Entity(ctx, ringleader.AllCases(), "p-rami")
	if err != nil || e.Prop("status") != "arrested" {
		t.Errorf("p-rami after update: %+v, %v", e, err)
	}
}

func testProgress(t *testing.T, open func(t *testing.T) ringleader.Store) {
	s := open(t)
	type call struct{ done, total int }
	var calls []call
	b := ringBatches()[0]
	b.Progress = func(done, total int) { calls = append(calls, call{done, total}) }
	if _, err := s.Write(t.Context(), b); err != nil {
		t.Fatal(err)
	}
	total := len(b.Entities) + len(b.Links)
	if len(calls) == 0 || calls[len(calls)-1] != (call{total, total}) {
		t.Fatalf("Progress calls %v, want the last to be {%d %d}", calls, total, total)
	}
	for i, c := range calls {
		if c.total != total || c.done < 0 || c.done > total || (i > 0 && c.done < calls[i-1].done) {
			t.Errorf("Progress call %d = %+v: want 0 ≤ done ≤ total = %d, never decreasing", i, c, total)
		}
	}
}

func testEntity(t *testing.T, open func(t *testing.T) ringleader.Store) {
	f := newFixture(t, open)
	ctx := t.Context()
	homs := ringleader.CasesScope(caseHoms)
	for _, want := range f.all.Entities {
		for _, scope := range scopes {
			got, err := f.store.Entity(ctx, scope, want.ID)
			if !scope.SeesEntity(&want) {
				wantCode(t, err, ringleader.ENOTFOUND, fmt.Sprintf("Entity(%s, %s)", scopeName(scope), want.ID))
				continue
			}
			if err != nil || !ringleader.EqualEntity(got, want) || got.Seq != want.Seq {
				t.Errorf("Entity(%s, %s) = %+v, %v; want %+v", scopeName(scope), want.ID, got, err, want)
			}
		}
	}

	// Hidden and missing must be indistinguishable: same code, same message but for the id.
	_, errHidden := f.store.Entity(ctx, homs, "p-samir")
	_, errMissing := f.store.Entity(ctx, homs, "p-nobody")
	wantCode(t, errHidden, ringleader.ENOTFOUND, "hidden entity")
	wantCode(t, errMissing, ringleader.ENOTFOUND, "missing entity")
	hidden := strings.ReplaceAll(ringleader.ErrorMessage(errHidden), "p-samir", "ID")
	missing := strings.ReplaceAll(ringleader.ErrorMessage(errMissing), "p-nobody", "ID")
	if hidden != missing {
		t.Errorf("hidden entity says %q, missing one %q: the difference reveals the hidden one", hidden, missing)
	}
	// The zero scope sees nothing, not everything.
	_, err := f.store.Entity(ctx, ringleader.Scope{}, "p-khalil")
	wantCode(t, err, ringleader.ENOTFOUND, "Entity in the zero scope")
}

// testScopeByHand checks a few scoped reads against answers worked out by hand from the
// rules in scope.go, so that a shared mistake in FilterNetwork would show.
func testScopeByHand(t *testing.T, open func(t *testing.T) ringleader.Store) {
	f := newFixture(t, open)
	tests := []struct {
		scope    ringleader.Scope
		entities []string
		links    int
	}{
		{ringleader.CasesScope(caseHoms),
			[]string{caseHoms, "loc:latakia", "o-cartel", "p-jose", "p-khalil", "p-rami", "p-rami-x", "s-1"},
			// two calls, meeting, member, organised, transported, origin, involved
			8},
		{ringleader.CasesScope(caseAnbar),
			[]string{caseAnbar, "loc:latakia", "o-front", "p-jose2", "p-khalil", "p-muller"},
			// family (no case), member, involved
			3},
		{ringleader.CasesScope(caseAnbar, caseMoney),
			[]string{"acct:1", "acct:2", caseAnbar, "loc:latakia", "o-front", "p-fatima", "p-jose2", "p-khalil", "p-muller"},
			// family, member, involved, pay-1, pay-2, two holds
			7},
		{ringleader.AllCases(), nil, 19},
		{ringleader.CasesScope("c-nobody"), []string{}, 0},
		{ringleader.Scope{}, []string{}, 0},
	}
	for _, tt := range tests {
		t.Run(scopeName(tt.scope), func(t *testing.T) {
			n, err := f.store.Network(t.Context(), tt.scope, ringleader.NetworkFilter{})
			if err != nil {
				t.Fatal(err)
			}
			if tt.entities != nil && !slices.Equal(sortedIDs(n.Entities), tt.entities) {
				t.Errorf("entities %v, want %v", sortedIDs(n.Entities), tt.entities)
			}
			if tt.entities == nil && len(n.Entities) != 18 {
				t.Errorf("%d entities, want all 18", len(n.Entities))
			}
			if len(n.Links) != tt.links {
				t.Errorf("links %v, want %d", linkKeys(n.Links), tt.links)
			}
		})
	}
}

// filters are the time filters Network is checked with.
var filters = []ringleader.NetworkFilter{
	{},
	{From: "2024-01-01"},
	{To: "2023-12-31"},
	{From: "2024-02-01", To: "2024-02-28"},
	{From: "2024-03-02", To: "2024-12-31"},
	{From: "2030-01-01"},
}

func testNetwork(t *testing.T, open func(t *testing.T) ringleader.Store) {
	f := newFixture(t, open)
	for _, scope := range scopes {
		for _, filter := range filters {
			got, err := f.store.Network(t.Context(), scope, filter)
			if err != nil {
				t.Errorf("Network(%s, %+v): %v", scopeName(scope), filter, err)
				continue
			}
			if d := DiffNetworks(got, ringleader.FilterNetwork(f.all, scope, filter)); d != "" {
				t.Errorf("Network(%s, %+v): %s", scopeName(scope), filter, d)
			}
		}
	}
}

// testStreamNetwork checks, on a store that streams (ringleader.NetworkStreamer), that the records streamed are
// Network's, in its order, in every scope and window, and that a callback's error stops the read and comes back
// as it is.
func testStreamNetwork(t *testing.T, open func(t *testing.T) ringleader.Store) {
	f := newFixture(t, open)
	st, ok := f.store.(ringleader.NetworkStreamer)
	if !ok {
		t.Skip("the store does not stream")
	}
	for _, scope := range scopes {
		for _, filter := range filters {
			got := &ringleader.Network{}
			var entity *ringleader.Entity
			err := st.StreamNetwork(t.Context(), scope, filter, func(e *ringleader.Entity) error {
				if len(got.Links) > 0 {
					t.Fatalf("StreamNetwork(%s, %+v): entity %s after a link", scopeName(scope), filter, e.ID)
				}
				if entity != nil && e != entity {
					t.Fatalf("StreamNetwork(%s, %+v): a new struct for %s, want the one reused", scopeName(scope), filter, e.ID)
				}
				entity = e
				got.Entities = append(got.Entities, *e)
				return nil
			}, func(l *ringleader.Link) error {
				got.Links = append(got.Links, *l)
				return nil
			})
			if err != nil {
				t.Errorf("StreamNetwork(%s, %+v): %v", scopeName(scope), filter, err)
				continue
			}
			if d := DiffNetworks(got, ringleader.FilterNetwork(f.all, scope, filter)); d != "" {
				t.Errorf("StreamNetwork(%s, %+v): %s", scopeName(scope), filter, d)
			}
		}
	}
	stop := errors.New("enough")
	for _, at := range []string{"entity", "link"} {
		calls := 0
		err := st.StreamNetwork(t.Context(), ringleader.AllCases(), ringleader.NetworkFilter{}, func(*ringleader.Entity) error {
			calls++
			if at == "entity" {
				return stop
			}
			return nil
		}, func(*ringleader.Link) error {
			calls++
			return stop
		})
		if err != stop {
			t.Errorf("StreamNetwork stopped at the first %s: error %v, want the callback's", at, err)
		}
		if want := 1 + len(f.all.Entities)*btoi(at == "link"); calls != want {
			t.Errorf("StreamNetwork stopped at the first %s after %d calls, want %d", at, calls, want)
		}
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// testNetworkDates counts by hand the links a few windows keep.
func testNetworkDates(t *testing.T, open func(t *testing.T) ringleader.Store) {
	f := newFixture(t, open)
	tests := []struct {
		filter ringleader.NetworkFilter
		links  int
	}{
		// The ring has 19 links, 5 of them dated: the call Khalil→Rami 2024-01-10..03-01,
		// the call Rami→Khalil first seen 2024-05-01, the meeting on 2023-06-01, and the
		// payments on 2024-02-15 and 2025-01-05. Undated links are always kept.
		{ringleader.NetworkFilter{}, 19},
		{ringleader.NetworkFilter{From: "2024-01-01"}, 18},                   // not the meeting
		{ringleader.NetworkFilter{To: "2023-12-31"}, 15},                     // the meeting only
		{ringleader.NetworkFilter{From: "2024-03-02", To: "2024-12-31"}, 15}, // Rami→Khalil only
		{ringleader.NetworkFilter{From: "2024-03-01", To: "2024-03-01"}, 15}, // the last day of Khalil→Rami
		{ringleader.NetworkFilter{From: "2026-01-01"}, 14},                   // all end before
	}
	for _, tt := range tests {
		n, err := f.store.Network(t.Context(), ringleader.AllCases(), tt.filter)
		if err != nil {
			t.Fatal(err)
		}
		if len(n.Links) != tt.links {
			t.Errorf("Network(all, %+v): %d links %v, want %d", tt.filter, len(n.Links), linkKeys(n.Links), tt.links)
		}
	}
}

func testNeighbourhood(t *testing.T, open func(t *testing.T) ringleader.Store) {
	f := newFixture(t, open)
	ctx := t.Context()
	for _, scope := range scopes[:6] {
		visible := ringleader.FilterNetwork(f.all, scope, ringleader.NetworkFilter{})
		for _, e := range f.all.Entities {
			for _, depth := range []int{0, 1, 2, 3} {
				for _, limit := range []int{0, 1, 4} {
					what := fmt.Sprintf("Neighbourhood(%s, %s, depth %d, limit %d)", scopeName(scope), e.ID, depth, limit)
					got, err := f.store.Neighbourhood(ctx, scope, e.ID, depth, limit)
					want := ringleader.Neighbourhood(visible, e.ID, depth, limit)
					if want == nil {
						wantCode(t, err, ringleader.ENOTFOUND, what)
						continue
					}
					if err != nil {
						t.Errorf("%s: %v", what, err)
						continue
					}
					if d := DiffNetworks(got, want); d != "" {
						t.Errorf("%s: %s", what, d)
					}
				}
			}
		}
	}
}

func testNeighbourhoodByHand(t *testing.T, open func(t *testing.T) ringleader.Store) {
	f := newFixture(t, open)
	homs := ringleader.CasesScope(caseHoms)
	tests := []struct {
		scope        ringleader.Scope
		id           string
		depth, limit int
		entities     []string // in order: nearest first, ties by id
		links        int
	}{
		{ringleader.AllCases(), "p-rami", 1, 0, []string{"p-rami", "p-khalil"}, 2},
		{ringleader.AllCases(), "p-rami", 2, 0, []string{"p-rami", "p-khalil",
			caseHoms, "o-cartel", "p-jose", "p-muller", "p-samir", "phone:+963944123456"},
			// calls ×2, involved, member, meeting, family, associate, holds
			8},
		{ringleader.AllCases(), "p-rami", 2, 4, []string{"p-rami", "p-khalil", caseHoms, "o-cartel"}, 4},
		{homs, "p-rami", 2, 0, []string{"p-rami", "p-khalil", caseHoms, "o-cartel", "p-jose"}, 5},
		{homs, "p-rami-x", 3, 0, []string{"p-rami-x"}, 0},
		{ringleader.CasesScope(caseAnbar), "p-muller", 1, 0, []string{"p-muller", caseAnbar, "o-front", "p-khalil"}, 3},
	}
	for _, tt := range tests {
		got, err := f.store.Neighbourhood(t.Context(), tt.scope, tt.id, tt.depth, tt.limit)
		if err != nil {
			t.Errorf("Neighbourhood(%s, %s, %d, %d): %v", scopeName(tt.scope), tt.id, tt.depth, tt.limit, err)
			continue
		}
		if ids := entityIDs(got.Entities); !slices.Equal(ids, tt.entities) || len(got.Links) != tt.links {
			t.Errorf("Neighbourhood(%s, %s, %d, %d) = %v with %d links, want %v with %d",
				scopeName(tt.scope), tt.id, tt.depth, tt.limit, ids, len(got.Links), tt.entities, tt.links)
		}
	}
	_, err := f.store.Neighbourhood(t.Context(), homs, "p-samir", 2, 0)
	wantCode(t, err, ringleader.ENOTFOUND, "Neighbourhood of a hidden entity")
	_, err = f.store.Neighbourhood(t.Context(), ringleader.AllCases(), "p-nobody", 2, 0)
	wantCode(t, err, ringleader.ENOTFOUND, "Neighbourhood of a missing entity")
}

func testFindEntities(t *testing.T, open func(t *testing.T) ringleader.Store) {
	f := newFixture(t, open)
	all := ringleader.AllCases()
	tests := []struct {
		name  string
		scope ringleader.Scope
		query ringleader.EntityQuery
		want  []string
	}{
		// Exact (the name "Rami", the alias "Rami" of Zaki Tariq), then prefix ("Rami
		// Haddad"), then substring; ties by name: "Jose Ramirez" sorts before "José
		// Ramírez" (e < é).
		{"exact prefix substring", all, ringleader.EntityQuery{Text: "rami"},
			[]string{"p-rami-x", "p-zaki", "p-rami", "p-jose2", "p-jose"}},
		{"limit", all, ringleader.EntityQuery{Text: "rami", Limit: 2}, []string{"p-rami-x", "p-zaki"}},
		{"scope before limit", ringleader.CasesScope(caseHoms), ringleader.EntityQuery{Text: "rami", Limit: 2},
			[]string{"p-rami-x", "p-rami"}},
		{"upper case", all, ringleader.EntityQuery{Text: "RAMI HADDAD"}, []string{"p-rami"}},
		{"spacing", all, ringleader.EntityQuery{Text: "  rami   haddad "}, []string{"p-rami"}},
		{"diacritics in the name", all, ringleader.EntityQuery{Text: "muller"}, []string{"o-front", "p-muller"}},
		{"diacritics in the query", all, ringleader.EntityQuery{Text: "Mülle"}, []string{"o-front", "p-muller"}},
		{"kind", all, ringleader.EntityQuery{Text: "muller", Kind: ringleader.KindPerson}, []string{"p-muller"}},
		{"ties by name", all, ringleader.EntityQuery{Text: "jose"}, []string{"p-jose2", "p-jose"}},
		{"alias", all, ringleader.EntityQuery{Text: "flaco"}, []string{"p-jose"}},
		{"latin alias of an arabic name", all, ringleader.EntityQuery{Text: "Abu Khalil"}, []string{"p-khalil"}},
		{"alef without hamza", all, ringleader.EntityQuery{Text: "ابو خليل"}, []string{"p-khalil"}},
		{"arabic alias", all, ringleader.EntityQuery{Text: "الحمصي"}, []string{"p-khalil"}},
		{"taa marbuta as haa", all, ringleader.EntityQuery{Text: "فاطمه"}, []string{"p-fatima"}},
		{"prefix before substring", all, ringleader.EntityQuery{Text: "homs"}, []string{"o-cartel", caseHoms}},
		{"kind case", all, ringleader.EntityQuery{Text: "homs", Kind: ringleader.KindCase}, []string{caseHoms}},
		{"scope", ringleader.CasesScope(caseHoms), ringleader.EntityQuery{Text: "jose"}, []string{"p-jose"}},
		{"scope hides", ringleader.CasesScope(caseMoney), ringleader.EntityQuery{Text: "muller"}, []string{"o-front"}},
		{"hidden", ringleader.CasesScope(caseHoms), ringleader.EntityQuery{Text: "samir"}, nil},
		{"visible to all", all, ringleader.EntityQuery{Text: "samir"}, []string{"p-samir"}},
		{"zero scope", ringleader.Scope{}, ringleader.EntityQuery{Text: "rami"}, nil},
		{"no match", all, ringleader.EntityQuery{Text: "zzz"}, nil},
		{"percent is literal", all, ringleader.EntityQuery{Text: "%"}, nil},
		{"underscore is literal", all, ringleader.EntityQuery{Text: "r_mi"}, nil},
	}
	byID := map[string]ringleader.Entity{}
	for _, e := range f.all.Entities {
		byID[e.ID] = e
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := f.store.FindEntities(t.Context(), tt.scope, tt.query)
			if err != nil {
				t.Fatal(err)
			}
			if ids := entityIDs(got); !slices.Equal(ids, tt.want) {
				t.Fatalf("FindEntities(%s, %+v) = %v, want %v", scopeName(tt.scope), tt.query, ids, tt.want)
			}
			for _, e := range got {
				if w := byID[e.ID]; !ringleader.EqualEntity(e, w) || e.Seq != w.Seq {
					t.Errorf("found %+v, stored %+v", e, w)
				}
			}
		})
	}
}

func testFindEntitiesDefaultLimit(t *testing.T, open func(t *testing.T) ringleader.Store) {
	s := open(t)
	var b ringleader.Batch
	var want []string
	for i := 60; i >= 1; i-- {
		id := fmt.Sprintf("courier-%02d", i)
		b.Entities = append(b.Entities, ringleader.Entity{ID: id, Kind: ringleader.KindPerson,
			Name: fmt.Sprintf("Courier %02d", i), Cases: []string{caseHoms}})
		if i <= 50 {
			want = append(want, id)
		}
	}
	slices.Sort(want)
	if _, err := s.Write(t.Context(), &b); err != nil {
		t.Fatal(err)
	}
	got, err := s.FindEntities(t.Context(), ringleader.AllCases(), ringleader.EntityQuery{Text: "courier"})
	if err != nil {
		t.Fatal(err)
	}
	if ids := entityIDs(got); !slices.Equal(ids, want) {
		t.Errorf("FindEntities(courier) = %d entities %v, want the first 50 by name", len(ids), ids)
	}
	got, err = s.FindEntities(t.Context(), ringleader.AllCases(), ringleader.EntityQuery{Text: "courier", Limit: 100})
	if err != nil || len(got) != 60 {
		t.Errorf("FindEntities(courier, limit 100) = %d entities, %v; want 60", len(got), err)
	}
}

func testMergeEntity(t *testing.T, open func(t *testing.T) ringleader.Store) {
	s := open(t)
	ctx := t.Context()
	write := func(e ringleader.Entity) ringleader.WriteResult {
		t.Helper()
		r, err := s.Write(ctx, &ringleader.Batch{Entities: []ringleader.Entity{e}})
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	write(ringleader.Entity{ID: "x", Kind: ringleader.KindPerson, Name: "Old Name", Aliases: []string{"Abu Ali"},
		Cases: []string{"c1"}, Sources: []string{"a.csv:2"}, Props: map[string]string{"status": "at_large"}})
	first, err := s.Entity(ctx, ringleader.AllCases(), "x")
	if err != nil {
		t.Fatal(err)
	}
	r := write(ringleader.Entity{ID: "x", Kind: ringleader.KindPerson, Name: "New Name", Aliases: []string{"Abu Omar"},
		Cases: []string{"c2"}, Sources: []string{"b.csv:9"}, Props: map[string]string{"nationality": "IQ"}})
	if r != (ringleader.WriteResult{EntitiesUpdated: 1}) {
		t.Errorf("second write: %+v, want one update", r)
	}
	// An implicit record adds cases, sources and aliases and changes no field.
	write(ringleader.Entity{ID: "x", Kind: ringleader.KindPhone, Name: "+963 0000", Aliases: []string{"Abu Hassan"},
		Cases: []string{"c3"}, Sources: []string{"c.csv:1"}, Implicit: true})

	want := ringleader.Entity{ID: "x", Kind: ringleader.KindPerson, Name: "New Name",
		Aliases: []string{"Abu Ali", "Abu Hassan", "Abu Omar"}, Cases: []string{"c1", "c2", "c3"},
		Sources: []string{"a.csv:2", "b.csv:9", "c.csv:1"}, SourceCases: [][]string{{"c1"}, {"c2"}, {"c3"}},
		Props: map[string]string{"nationality": "IQ"}}
	// Stores keep each source with the cases of its record, and return the whole record in any scope that sees
	// it (the API redacts).
	got, err := s.Entity(ctx, ringleader.CasesScope("c1"), "x")
	if err != nil || !ringleader.EqualEntity(got, want) {
		t.Errorf("merged entity = %+v, %v; want %+v", got, err, want)
	}
	if got.Seq != first.Seq {
		t.Errorf("Seq changed on update: %d, was %d", got.Seq, first.Seq)
	}
	// Scope and search follow the merged record: every case, every alias and the new
	// name, not the old name.
	for _, c := range want.Cases {
		if _, err := s.Entity(ctx, ringleader.CasesScope(c), "x"); err != nil {
			t.Errorf("Entity(%s, x): %v", c, err)
		}
	}
	for text, n := range map[string]int{"abu ali": 1, "abu omar": 1, "abu hassan": 1, "new name": 1, "old name": 0} {
		found, err := s.FindEntities(ctx, ringleader.CasesScope("c3"), ringleader.EntityQuery{Text: text})
		if err != nil || len(found) != n {
			t.Errorf("FindEntities(c3, %q) = %v, %v; want %d", text, entityIDs(found), err, n)
		}
	}
	// Kind filters follow the merged kind too.
	found, err := s.FindEntities(ctx, ringleader.AllCases(), ringleader.EntityQuery{Text: "new", Kind: ringleader.KindPhone})
	if err != nil || len(found) != 0 {
		t.Errorf("FindEntities(kind Phone) = %v, %v; want none", entityIDs(found), err)
	}
	// An implicit record of a new id creates it, marked implicit.
	write(ringleader.Entity{ID: "phone:1", Kind: ringleader.KindPhone, Name: "1", Implicit: true})
	phone, err := s.Entity(ctx, ringleader.AllCases(), "phone:1")
	if err != nil || !phone.Implicit || phone.Seq <= got.Seq {
		t.Errorf("implicit entity = %+v, %v; want implicit with a later Seq than %d", phone, err, got.Seq)
	}
}

func testMergeLink(t *testing.T, open func(t *testing.T) ringleader.Store) {
	s := open(t)
	ctx := t.Context()
	people := []ringleader.Entity{
		{ID: "a", Kind: ringleader.KindPerson, Name: "A", Cases: []string{"c1", "c2"}},
		{ID: "b", Kind: ringleader.KindPerson, Name: "B", Cases: []string{"c1", "c2"}},
	}
	if _, err := s.Write(ctx, &ringleader.Batch{Entities: people}); err != nil {
		t.Fatal(err)
	}
	m := newModel()
	m.write(&ringleader.Batch{Entities: people})
	steps := []struct {
		name string
		link ringleader.Link
		want ringleader.WriteResult
	}{
		{"meeting", ringleader.Link{Type: ringleader.LinkAssociate, Subtype: ringleader.AssocMeeting, Source: "a", Target: "b",
			Weight: 2, Cases: []string{"c1"}}, ringleader.WriteResult{LinksCreated: 1}},
		{"same meeting reversed", ringleader.Link{Type: ringleader.LinkAssociate, Subtype: ringleader.AssocMeeting, Source: "b", Target: "a",
			Weight: 5, Cases: []string{"c2"}, Sources: []string{"x.csv:3"}}, ringleader.WriteResult{LinksUpdated: 1}},
		{"same again", ringleader.Link{Type: ringleader.LinkAssociate, Subtype: ringleader.AssocMeeting, Source: "b", Target: "a",
			Weight: 5, Cases: []string{"c2"}, Sources: []string{"x.csv:3"}}, ringleader.WriteResult{LinksUnchanged: 1}},
		{"weight 1 is weight 0", ringleader.Link{Type: ringleader.LinkAssociate, Subtype: ringleader.AssocFamily, Source: "a", Target: "b"},
			ringleader.WriteResult{LinksCreated: 1}},
		// The record now holds a count of one where it held none: the same W(), another record.
		{"family weight 1", ringleader.Link{Type: ringleader.LinkAssociate, Subtype: ringleader.AssocFamily, Source: "b", Target: "a", Weight: 1},
			ringleader.WriteResult{LinksUpdated: 1}},
		{"family weight 1 again", ringleader.Link{Type: ringleader.LinkAssociate, Subtype: ringleader.AssocFamily, Source: "b", Target: "a", Weight: 1},
			ringleader.WriteResult{LinksUnchanged: 1}},
		{"call a to b", ringleader.Link{Type: ringleader.LinkAssociate, Subtype: ringleader.AssocCall, Source: "a", Target: "b"},
			ringleader.WriteResult{LinksCreated: 1}},
		{"call b to a is another link", ringleader.Link{Type: ringleader.LinkAssociate, Subtype: ringleader.AssocCall, Source: "b", Target: "a"},
			ringleader.WriteResult{LinksCreated: 1}},
		{"payment", ringleader.Link{ID: "pay-1", Type: ringleader.LinkPaid, Source: "a", Target: "b", Amount: 10, Currency: "USD",
			Date: "2025-01-01"}, ringleader.WriteResult{LinksCreated: 1}},
		{"payment corrected", ringleader.Link{ID: "pay-1", Type: ringleader.LinkPaid, Source: "a", Target: "b", Amount: 20, Currency: "USD",
			Date: "2025-01-01"}, ringleader.WriteResult{LinksUpdated: 1}},
		{"second payment between the same parties", ringleader.Link{ID: "pay-2", Type: ringleader.LinkPaid, Source: "a", Target: "b",
			Amount: 20, Currency: "USD", Date: "2025-01-01"}, ringleader.WriteResult{LinksCreated: 1}},
		{"properties replace", ringleader.Link{ID: "pay-2", Type: ringleader.LinkPaid, Source: "a", Target: "b",
			Amount: 20, Currency: "USD", Date: "2025-01-01", Props: map[string]string{"memo": "rent"}}, ringleader.WriteResult{LinksUpdated: 1}},
	}
	for _, st := range steps {
		b := &ringleader.Batch{Links: []ringleader.Link{st.link}}
		if modelled := m.write(b); modelled != st.want {
			t.Fatalf("%s: the model counts %+v, the test expects %+v", st.name, modelled, st.want)
		}
		got, err := s.Write(ctx, b)
		if err != nil || got != st.want {
			t.Errorf("%s: got %+v, %v; want %+v", st.name, got, err, st.want)
		}
	}
	all := adoptSeq(t, s, m)
	if len(all.Links) != 6 {
		t.Fatalf("the model holds %d links, want 6", len(all.Links))
	}
	stored, err := s.Network(ctx, ringleader.AllCases(), ringleader.NetworkFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if d := DiffNetworks(stored, all); d != "" {
		t.Error(d)
	}
	// Scope follows the merged cases: the meeting, first in c1, is now in c2 as well.
	for _, scope := range []ringleader.Scope{ringleader.CasesScope("c1"), ringleader.CasesScope("c2"), ringleader.CasesScope("c3")} {
		got, err := s.Network(ctx, scope, ringleader.NetworkFilter{})
		if err != nil {
			t.Fatal(err)
		}
		if d := DiffNetworks(got, ringleader.FilterNetwork(all, scope, ringleader.NetworkFilter{})); d != "" {
			t.Errorf("Network(%s): %s", scopeName(scope), d)
		}
	}
	// The reversed meeting kept one orientation, added its weight to the first record's (an observation without
	// provenance, ID "") and gathered cases.
	meeting := ringleader.Link{Type: ringleader.LinkAssociate, Subtype: ringleader.AssocMeeting, Source: "a", Target: "b",
		Weight: 7, Cases: []string{"c1", "c2"}, Sources: []string{"x.csv:3"}, SourceCases: [][]string{{"c2"}}}
	i := slices.IndexFunc(stored.Links, func(l ringleader.Link) bool { return l.Key() == meeting.Key() })
	if i >= 0 {
		if obs := stored.Links[i].Observations; len(obs) != 2 || obs[0].ID != "" || obs[0].Weight != 2 || obs[1].Weight != 5 {
			t.Errorf("stored meeting's observations %+v, want 2 without provenance and 5 from x.csv:3", obs)
		}
		meeting.Observations = stored.Links[i].Observations
	}
	if i < 0 || !ringleader.EqualLink(stored.Links[i], meeting) {
		t.Errorf("stored meeting %v, want %+v", stored.Links, meeting)
	}
}

func testUnknownEndpoint(t *testing.T, open func(t *testing.T) ringleader.Store) {
	f := newFixture(t, open)
	ctx := t.Context()
	version, err := f.store.Version(ctx)
	if err != nil {
		t.Fatal(err)
	}
	counts, err := f.store.Counts(ctx, ringleader.AllCases())
	if err != nil {
		t.Fatal(err)
	}
	bad := &ringleader.Batch{
		Entities: []ringleader.Entity{{ID: "p-new", Kind: ringleader.KindPerson, Name: "New Courier", Cases: []string{caseHoms}}},
		Links: []ringleader.Link{
			{Type: ringleader.LinkAssociate, Subtype: ringleader.AssocMeeting, Source: "p-new", Target: "p-rami"},
			{Type: ringleader.LinkAssociate, Subtype: ringleader.AssocCall, Source: "p-new", Target: "p-nobody"},
		},
	}
	_, err = f.store.Write(ctx, bad)
	wantCode(t, err, ringleader.EINVALID, "link to an unknown entity")

	if v, err := f.store.Version(ctx); err != nil || v != version {
		t.Errorf("Version after a failed write = %d, %v; want %d", v, err, version)
	}
	if c, err := f.store.Counts(ctx, ringleader.AllCases()); err != nil || !equalCounts(c, counts) {
		t.Errorf("Counts after a failed write = %+v, %v; want %+v", c, err, counts)
	}
	_, err = f.store.Entity(ctx, ringleader.AllCases(), "p-new")
	wantCode(t, err, ringleader.ENOTFOUND, "entity of a failed batch")
	stored, err := f.store.Network(ctx, ringleader.AllCases(), ringleader.NetworkFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if d := DiffNetworks(stored, f.all); d != "" {
		t.Errorf("store changed by a failed write: %s", d)
	}
}

func testMissing(t *testing.T, open func(t *testing.T) ringleader.Store) {
	f := newFixture(t, open)
	tests := []struct {
		ids, want []string
	}{
		{[]string{"p-khalil", "p-nobody", "p-samir", "ghost", caseAnbar, "phone:+963944123456"}, []string{"p-nobody", "ghost"}},
		{[]string{"zeta", "alpha"}, []string{"zeta", "alpha"}},
		{[]string{"p-rami"}, nil},
		{nil, nil},
	}
	for _, tt := range tests {
		got, err := f.store.Missing(t.Context(), tt.ids)
		if err != nil || !slices.Equal(got, tt.want) {
			t.Errorf("Missing(%v) = %v, %v; want %v", tt.ids, got, err, tt.want)
		}
	}
}

func testCounts(t *testing.T, open func(t *testing.T) ringleader.Store) {
	f := newFixture(t, open)
	for _, scope := range scopes {
		got, err := f.store.Counts(t.Context(), scope)
		if err != nil {
			t.Errorf("Counts(%s): %v", scopeName(scope), err)
			continue
		}
		if want := countsOf(ringleader.FilterNetwork(f.all, scope, ringleader.NetworkFilter{})); !equalCounts(got, want) {
			t.Errorf("Counts(%s) = %+v, want %+v", scopeName(scope), got, want)
		}
	}
	// By hand, for the Homs compartment (see testScopeByHand).
	got, err := f.store.Counts(t.Context(), ringleader.CasesScope(caseHoms))
	if err != nil {
		t.Fatal(err)
	}
	want := ringleader.Counts{
		Entities: map[ringleader.Kind]int{ringleader.KindPerson: 4, ringleader.KindOrganisation: 1,
			ringleader.KindShipment: 1, ringleader.KindLocation: 1, ringleader.KindCase: 1},
		Links: map[ringleader.LinkType]int{ringleader.LinkAssociate: 3, ringleader.LinkMemberOf: 1, ringleader.LinkOrganised: 1,
			ringleader.LinkTransported: 1, ringleader.LinkOrigin: 1, ringleader.LinkInvolvedIn: 1},
	}
	if !equalCounts(got, want) {
		t.Errorf("Counts(homs) = %+v, want %+v", got, want)
	}
	all, err := f.store.Counts(t.Context(), ringleader.AllCases())
	if err != nil || all.TotalEntities() != 18 || all.TotalLinks() != 19 {
		t.Errorf("Counts(all) = %+v, %v; want 18 entities and 19 links", all, err)
	}
}

// testCountsBoundNetwork checks that Counts, which analyses weigh a network read by before making it
// (NetworkReader), is the size of that read in every scope: exactly without a time window, an upper bound with
// one.
func testCountsBoundNetwork(t *testing.T, open func(t *testing.T) ringleader.Store) {
	f := newFixture(t, open)
	for _, scope := range scopes {
		c, err := f.store.Counts(t.Context(), scope)
		if err != nil {
			t.Fatalf("Counts(%s): %v", scopeName(scope), err)
		}
		for _, filter := range filters {
			n, err := f.store.Network(t.Context(), scope, filter)
			if err != nil {
				t.Fatalf("Network(%s, %+v): %v", scopeName(scope), filter, err)
			}
			ents, links := len(n.Entities), len(n.Links)
			switch {
			case filter == ringleader.NetworkFilter{} && (ents != c.TotalEntities() || links != c.TotalLinks()):
				t.Errorf("%s: Network has %d entities and %d links, Counts %d and %d", scopeName(scope), ents, links,
					c.TotalEntities(), c.TotalLinks())
			case ents != c.TotalEntities() || links > c.TotalLinks():
				t.Errorf("%s, %+v: Network has %d entities and %d links, above Counts' %d and %d", scopeName(scope), filter,
					ents, links, c.TotalEntities(), c.TotalLinks())
			}
		}
	}
}
