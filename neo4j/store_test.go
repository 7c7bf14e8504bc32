package neo4j_test

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/neo4j"
	"github.com/ringleader/ringleader/queries"
	"github.com/ringleader/ringleader/testing/faults"
	"github.com/ringleader/ringleader/testing/fixtures"
	"github.com/ringleader/ringleader/testing/storetest"
)

func TestOpenErrors(t *testing.T) {
	srv := server(t)
	tests := []struct {
		name string
		edit func(*neo4j.Config)
		code string
	}{
		{"not a URI", func(c *neo4j.Config) { c.URI = "::nope" }, ringleader.EINVALID},
		{"http is not bolt", func(c *neo4j.Config) { c.URI = "http://localhost:7474" }, ringleader.EINVALID},
		{"no host", func(c *neo4j.Config) { c.URI = "bolt://" }, ringleader.EINVALID},
		{"negative batch", func(c *neo4j.Config) { c.BatchSize = -1 }, ringleader.EINVALID},
		{"wrong password", func(c *neo4j.Config) { c.Password += "x" }, ringleader.EUNAUTHORIZED},
		{"nothing listens", func(c *neo4j.Config) { c.URI = "bolt://127.0.0.1:1" }, ringleader.EUNAVAILABLE},
		// Community Edition has one user database; any other name is unknown.
		{"unknown database", func(c *neo4j.Config) { c.Database = "nosuchdb" }, ringleader.EINVALID},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := config(srv)
			tt.edit(&cfg)
			s, err := neo4j.Open(t.Context(), cfg)
			if err == nil {
				s.Close()
			}
			if got := ringleader.ErrorCode(err); got != tt.code {
				t.Errorf("Open: code %q (%v), want %q", got, err, tt.code)
			}
		})
	}
}

var schemaName = regexp.MustCompile(`^CREATE (?:CONSTRAINT|(?:TEXT |FULLTEXT )?INDEX) (\w+) IF NOT EXISTS`)

// TestSchemaFromScratch drops everything, as a new server is, and checks that Open creates every constraint and
// index of schema.cypher and waits until they are online, and that opening again changes nothing.
func TestSchemaFromScratch(t *testing.T) {
	srv := server(t)
	srv.Reset(t)
	var want []string
	for _, stmt := range queries.Split(queries.Get("schema")) {
		m := schemaName.FindStringSubmatch(stmt)
		if m == nil {
			t.Fatalf("schema statement without a name: %q", stmt)
		}
		want = append(want, m[1])
	}
	slices.Sort(want)
	for round := 1; round <= 2; round++ {
		s, err := neo4j.Open(t.Context(), config(srv))
		if err != nil {
			t.Fatalf("Open %d: %v", round, err)
		}
		s.Close()
		var got []string
		for _, r := range cypher(t, `SHOW INDEXES YIELD name, type, state WHERE type <> 'LOOKUP' RETURN name, state`, nil) {
			if state := r.Values[1]; state != "ONLINE" {
				t.Errorf("Open %d: index %v is %v after Open", round, r.Values[0], state)
			}
			got = append(got, r.Values[0].(string))
		}
		slices.Sort(got)
		// A constraint owns an index of its own name.
		if !slices.Equal(got, want) {
			t.Errorf("Open %d: indexes %v, want %v", round, got, want)
		}
		constraints := cypher(t, `SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name`, nil)
		var names []any
		for _, c := range constraints {
			names = append(names, c.Values[0])
		}
		if !slices.Equal(names, []any{"entity_id", "ringleader_chart_id", "ringleader_meta_id"}) {
			t.Errorf("Open %d: constraints %v, want entity_id, ringleader_chart_id and ringleader_meta_id", round, names)
		}
	}
}

func TestPingAfterClose(t *testing.T) {
	s := mustOpen(t)
	if err := s.Ping(t.Context()); err != nil {
		t.Fatalf("Ping: %v", err)
	}
	s.Close()
	if code := ringleader.ErrorCode(s.Ping(t.Context())); code != ringleader.EUNAVAILABLE {
		t.Errorf("Ping after Close: code %q, want EUNAVAILABLE", code)
	}
	_, err := s.Version(t.Context())
	if code := ringleader.ErrorCode(err); code != ringleader.EUNAVAILABLE {
		t.Errorf("Version after Close: code %q (%v), want EUNAVAILABLE", code, err)
	}
}

// labels returns the labels of the node with the given id, sorted.
func labels(t *testing.T, id string) []string {
	t.Helper()
	rows := cypher(t, `MATCH (n:Entity {id: $id}) RETURN labels(n)`, map[string]any{"id": id})
	if len(rows) != 1 {
		t.Fatalf("%d nodes with id %s", len(rows), id)
	}
	var out []string
	for _, l := range rows[0].Values[0].([]any) {
		out = append(out, l.(string))
	}
	slices.Sort(out)
	return out
}

// nodeProps returns the properties of the node with the given id.
func nodeProps(t *testing.T, id string) map[string]any {
	t.Helper()
	rows := cypher(t, `MATCH (n:Entity {id: $id}) RETURN properties(n)`, map[string]any{"id": id})
	if len(rows) != 1 {
		t.Fatalf("%d nodes with id %s", len(rows), id)
	}
	return rows[0].Values[0].(map[string]any)
}

func write(t *testing.T, s *neo4j.Store, b *ringleader.Batch) ringleader.WriteResult {
	t.Helper()
	res, err := s.Write(t.Context(), b)
	if err != nil {
		t.Fatalf("Write: %v", err)
	}
	return res
}

// TestDataModel checks what Browser users see: labels, relationship types, the copied properties, and that
// updates keep the graph's shape (one node per id, one relationship per link key).
func TestDataModel(t *testing.T) {
	s := mustOpen(t)
	ctx := t.Context()
	p1 := ringleader.Entity{ID: "p1", Kind: ringleader.KindPerson, Name: "Abū Khalīl", Aliases: []string{"أبو خليل"},
		Cases: []string{"c1"}, Props: map[string]string{"nationality": "SY", "status": "at_large",
			"name": "shadowed", "rl_pagerank": "input", "seq": "7"}}
	o1 := ringleader.Entity{ID: "o1", Kind: ringleader.KindOrganisation, Name: "Qasr Exchange", Props: map[string]string{"type": "hawala"}}
	o2 := ringleader.Entity{ID: "o2", Kind: ringleader.KindOrganisation, Name: "Other"}
	pay := ringleader.Link{ID: "t1", Type: ringleader.LinkPaid, Source: "p1", Target: "o1", Amount: 5000, Currency: "USD",
		Date: "2026-01-06", Channel: "hawala", Props: map[string]string{"reference": "ref-771"}}
	write(t, s, &ringleader.Batch{Entities: []ringleader.Entity{p1, o1, o2}, Links: []ringleader.Link{pay}})

	if got, want := labels(t, "p1"), []string{"Entity", "Person"}; !slices.Equal(got, want) {
		t.Errorf("labels of p1 = %v, want %v", got, want)
	}
	props := nodeProps(t, "p1")
	for k, want := range map[string]any{"nationality": "SY", "status": "at_large", "name": "Abū Khalīl",
		"search_text": "abu khalil\nابو خليل", "seq": int64(1), "kind": "Person"} {
		if props[k] != want {
			t.Errorf("p1.%s = %#v, want %#v", k, props[k], want)
		}
	}
	if _, ok := props["rl_pagerank"]; ok {
		t.Error("a Props entry named rl_* became a property: it would pass for an analysis result")
	}
	if keys, _ := props["name_keys"].([]any); len(keys) != 2 || keys[0] != "abu khalil" || keys[1] != "ابو خليل" {
		t.Errorf("p1.name_keys = %v, want the folded name and alias", props["name_keys"])
	}
	rel := cypher(t, `MATCH (a)-[r]->(b) RETURN type(r), a.id, b.id, r.key, r.reference, r.amount`, nil)
	if len(rel) != 1 || fmt.Sprint(rel[0].Values) != "[PAID p1 o1 id:t1 ref-771 5000]" {
		t.Errorf("relationships = %v, want one PAID p1→o1 with key id:t1", rel)
	}

	// An analysis result on the node survives updates of the entity.
	if _, err := s.WriteScores(ctx, "rl_betweenness", map[string]float64{"p1": 0.5}); err != nil {
		t.Fatal(err)
	}
	// p1 becomes an organisation without status; t1 now runs from p1 to o2.
	p1b := p1
	p1b.Kind, p1b.Props = ringleader.KindOrganisation, map[string]string{"nationality": "SY"}
	pay2 := pay
	pay2.Target = "o2"
	res := write(t, s, &ringleader.Batch{Entities: []ringleader.Entity{p1b}, Links: []ringleader.Link{pay2}})
	if res.EntitiesUpdated != 1 || res.LinksUpdated != 1 {
		t.Errorf("second write = %+v, want one entity and one link updated", res)
	}
	if got, want := labels(t, "p1"), []string{"Entity", "Organisation"}; !slices.Equal(got, want) {
		t.Errorf("labels of p1 after a change of kind = %v, want %v", got, want)
	}
	props = nodeProps(t, "p1")
	if _, ok := props["status"]; ok {
		t.Error("p1.status stayed after the entity lost that property")
	}
	if props["rl_betweenness"] != 0.5 {
		t.Errorf("p1.rl_betweenness = %v after an update, want 0.5 kept", props["rl_betweenness"])
	}
	rel = cypher(t, `MATCH (a)-[r]->(b) RETURN type(r), a.id, b.id, r.key`, nil)
	if len(rel) != 1 || fmt.Sprint(rel[0].Values) != "[PAID p1 o2 id:t1]" {
		t.Errorf("relationships after t1 moved = %v, want one PAID p1→o2", rel)
	}

	// The same link id with another type replaces the relationship.
	held := ringleader.Link{ID: "t1", Type: ringleader.LinkHolds, Source: "p1", Target: "o2"}
	write(t, s, &ringleader.Batch{Links: []ringleader.Link{held}})
	rel = cypher(t, `MATCH (a)-[r]->(b) RETURN type(r), a.id, b.id, r.key, r.amount`, nil)
	if len(rel) != 1 || fmt.Sprint(rel[0].Values) != "[HOLDS p1 o2 id:t1 <nil>]" {
		t.Errorf("relationships after t1 changed type = %v, want one HOLDS p1→o2 without amount", rel)
	}
	net, err := s.Network(ctx, ringleader.AllCases(), ringleader.NetworkFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(net.Links) != 1 || net.Links[0].Type != ringleader.LinkHolds || net.Links[0].Props["reference"] != "" {
		t.Errorf("Network links = %+v, want the HOLDS link only", net.Links)
	}
	if got := net.Entities[0]; got.Props["name"] != "" || got.Kind != ringleader.KindOrganisation {
		t.Errorf("p1 = %+v", got)
	}
}

// TestPropsRoundTrip checks that Props named like the store's own properties come back as written.
func TestPropsRoundTrip(t *testing.T) {
	s := mustOpen(t)
	e := ringleader.Entity{ID: "x", Kind: ringleader.KindPerson, Name: "X",
		Props: map[string]string{"id": "other", "kind": "k", "seq": "9", "props": "{}", "rl_x": "1", "": "empty key", "ü": "ß"}}
	l := ringleader.Link{Type: ringleader.LinkAssociate, Subtype: "meeting", Source: "x", Target: "x",
		Props: map[string]string{"key": "k", "weight": "w", "type": "t"}}
	write(t, s, &ringleader.Batch{Entities: []ringleader.Entity{e}, Links: []ringleader.Link{l}})
	net, err := s.Network(t.Context(), ringleader.AllCases(), ringleader.NetworkFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(net.Entities) != 1 || !ringleader.EqualEntity(net.Entities[0], e) {
		t.Errorf("entity = %+v, want %+v", net.Entities, e)
	}
	if len(net.Links) != 1 || !ringleader.EqualLink(net.Links[0], l) {
		t.Errorf("link = %+v, want %+v", net.Links, l)
	}
}

func TestVersion(t *testing.T) {
	s := mustOpenConfig(t, func(c *neo4j.Config) { c.BatchSize, c.TxRows = 2, 4 })
	ctx := t.Context()
	version := func() int64 {
		t.Helper()
		v, err := s.Version(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	if v := version(); v != 0 {
		t.Errorf("Version of an empty store = %d, want 0", v)
	}
	var ents []ringleader.Entity
	for i := range 10 {
		ents = append(ents, ringleader.Entity{ID: fmt.Sprintf("e%02d", i), Kind: ringleader.KindPhone, Name: "n"})
	}
	write(t, s, &ringleader.Batch{Entities: ents})
	// 10 records in transactions of 4: three transactions, each changing something.
	if v := version(); v != 3 {
		t.Errorf("Version after 10 new records in transactions of 4 = %d, want 3", v)
	}
	write(t, s, &ringleader.Batch{Entities: ents})
	if v := version(); v != 3 {
		t.Errorf("Version after writing the same again = %d, want 3 (unchanged)", v)
	}
	changed := ents[9]
	changed.Name = "m"
	write(t, s, &ringleader.Batch{Entities: append(slices.Clone(ents[:8]), changed)})
	if v := version(); v != 4 {
		t.Errorf("Version after one change in the last transaction = %d, want 4", v)
	}
	net, err := s.Network(ctx, ringleader.AllCases(), ringleader.NetworkFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for i, e := range net.Entities {
		if e.Seq != int64(i+1) || e.ID != ents[i].ID {
			t.Errorf("entity %d = %s with Seq %d, want %s with Seq %d", i, e.ID, e.Seq, ents[i].ID, i+1)
		}
	}
}

// TestUnknownEndpointAcrossTransactions checks that a link to an unknown entity in the last of several
// transactions keeps the whole batch out: the check comes before the first transaction.
func TestUnknownEndpointAcrossTransactions(t *testing.T) {
	s := mustOpenConfig(t, func(c *neo4j.Config) { c.BatchSize, c.TxRows = 2, 3 })
	var ents []ringleader.Entity
	for i := range 7 {
		ents = append(ents, ringleader.Entity{ID: fmt.Sprintf("e%d", i), Kind: ringleader.KindPerson, Name: "n"})
	}
	links := []ringleader.Link{
		{Type: ringleader.LinkAssociate, Subtype: "call", Source: "e0", Target: "e1"},
		{Type: ringleader.LinkAssociate, Subtype: "call", Source: "e1", Target: "ghost"},
	}
	_, err := s.Write(t.Context(), &ringleader.Batch{Entities: ents, Links: links})
	if code := ringleader.ErrorCode(err); code != ringleader.EINVALID {
		t.Fatalf("Write: code %q (%v), want EINVALID", code, err)
	}
	if p := ringleader.ErrorProblems(err); len(p) != 1 || p[0].Field != "target" {
		t.Errorf("problems = %v, want one naming the target", p)
	}
	if n := cypher(t, `MATCH (n) RETURN count(n)`, nil)[0].Values[0]; n != int64(0) {
		t.Errorf("%v nodes after a refused write, want 0", n)
	}
}

// TestConcurrentWriters writes overlapping batches from several goroutines: every entity is created exactly once
// and every Seq is given once, because each transaction locks the metadata node before it reads.
func TestConcurrentWriters(t *testing.T) {
	s := mustOpenConfig(t, func(c *neo4j.Config) { c.BatchSize = 5 })
	const writers, perWriter = 4, 30
	var mu sync.Mutex
	var total ringleader.WriteResult
	var wg sync.WaitGroup
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var b ringleader.Batch
			for i := range perWriter {
				// Writers share ids: writer w writes ids w*10 ... w*10+29, overlapping its neighbours.
				id := fmt.Sprintf("e%03d", w*10+i)
				b.Entities = append(b.Entities, ringleader.Entity{ID: id, Kind: ringleader.KindPerson, Name: id,
					Cases: []string{fmt.Sprintf("c%d", w)}})
			}
			res, err := s.Write(t.Context(), &b)
			if err != nil {
				t.Errorf("writer %d: %v", w, err)
				return
			}
			mu.Lock()
			total.Add(res)
			mu.Unlock()
		}()
	}
	wg.Wait()
	distinct := (writers-1)*10 + perWriter
	if total.EntitiesCreated != distinct || total.EntitiesCreated+total.EntitiesUpdated != writers*perWriter {
		t.Errorf("writers' results add up to %+v, want %d created and %d updated", total, distinct, writers*perWriter-distinct)
	}
	net, err := s.Network(t.Context(), ringleader.AllCases(), ringleader.NetworkFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(net.Entities) != distinct {
		t.Fatalf("%d entities stored, want %d", len(net.Entities), distinct)
	}
	for i, e := range net.Entities {
		if e.Seq != int64(i+1) {
			t.Errorf("entity %s has Seq %d at position %d: want 1..%d without gaps or repeats", e.ID, e.Seq, i, distinct)
			break
		}
		// An id in two writers' ranges carries both writers' cases.
		n := 0
		fmt.Sscanf(e.ID, "e%d", &n)
		want := 0
		for w := range writers {
			if n >= w*10 && n < w*10+perWriter {
				want++
			}
		}
		if len(e.Cases) != want {
			t.Errorf("%s has cases %v, want %d", e.ID, e.Cases, want)
		}
	}
}

func TestWriteScores(t *testing.T) {
	s := mustOpenConfig(t, func(c *neo4j.Config) { c.BatchSize, c.TxRows = 2, 3 })
	ctx := t.Context()
	var ents []ringleader.Entity
	for i := range 6 {
		ents = append(ents, ringleader.Entity{ID: fmt.Sprintf("p%d", i), Kind: ringleader.KindPerson, Name: "n"})
	}
	write(t, s, &ringleader.Batch{Entities: ents})
	v0, _ := s.Version(ctx)
	before, _ := s.Network(ctx, ringleader.AllCases(), ringleader.NetworkFilter{})

	scores := map[string]float64{"p0": 0.25, "p1": 0, "p2": 1.5, "p3": -2, "p4": 0.125, "ghost": 9}
	n, err := s.WriteScores(ctx, "rl_betweenness", scores)
	if err != nil || n != 5 {
		t.Fatalf("WriteScores = %d, %v; want 5 written (ghost is not stored)", n, err)
	}
	read := func(property string) map[string]any {
		out := map[string]any{}
		for _, r := range cypher(t, `MATCH (n:Entity) WHERE n[$p] IS NOT NULL RETURN n.id, n[$p]`, map[string]any{"p": property}) {
			out[r.Values[0].(string)] = r.Values[1]
		}
		return out
	}
	got := read("rl_betweenness")
	if len(got) != 5 {
		t.Errorf("rl_betweenness on %d entities, want 5: %v", len(got), got)
	}
	for id, want := range scores {
		if id != "ghost" && got[id] != want {
			t.Errorf("%s.rl_betweenness = %v, want %v", id, got[id], want)
		}
	}
	// A second run replaces the first: p0 keeps no stale value.
	if n, err := s.WriteScores(ctx, "rl_betweenness", map[string]float64{"p5": 3}); err != nil || n != 1 {
		t.Fatalf("second WriteScores = %d, %v", n, err)
	}
	if got := read("rl_betweenness"); len(got) != 1 || got["p5"] != 3.0 {
		t.Errorf("after the second run rl_betweenness = %v, want only p5 = 3", got)
	}
	if n, err := s.WriteCommunities(ctx, "rl_community", map[string]int{"p0": 1, "p1": 2}); err != nil || n != 2 {
		t.Fatalf("WriteCommunities = %d, %v", n, err)
	}
	if got := read("rl_community"); got["p0"] != int64(1) || got["p1"] != int64(2) {
		t.Errorf("rl_community = %v, want integers p0 = 1, p1 = 2", got)
	}
	if got := read("rl_betweenness"); len(got) != 1 {
		t.Errorf("writing rl_community changed rl_betweenness: %v", got)
	}
	// Clearing with an empty map removes the property everywhere.
	if n, err := s.WriteScores(ctx, "rl_betweenness", nil); err != nil || n != 0 {
		t.Fatalf("WriteScores(nil) = %d, %v", n, err)
	}
	if got := read("rl_betweenness"); len(got) != 0 {
		t.Errorf("after clearing rl_betweenness = %v", got)
	}

	for _, bad := range []string{"betweenness", "rl_", "rl_Bad", "name", "rl_x y", "rl_a`b", "rl_" + string(make([]byte, 70))} {
		if _, err := s.WriteScores(ctx, bad, scores); ringleader.ErrorCode(err) != ringleader.EINVALID {
			t.Errorf("WriteScores(%q): %v, want EINVALID", bad, err)
		}
	}
	if v, _ := s.Version(ctx); v != v0 {
		t.Errorf("Version %d after writing scores, want %d: scores are not records", v, v0)
	}
	after, _ := s.Network(ctx, ringleader.AllCases(), ringleader.NetworkFilter{})
	if d := storetest.DiffNetworks(after, before); d != "" {
		t.Errorf("Network changed by writing scores: %s", d)
	}
}

// TestOutage puts a TCP proxy between the store and the server and cuts it: reads, writes and Ping fail with
// EUNAVAILABLE within the retry time, and work again once the proxy is back.
func TestOutage(t *testing.T) {
	srv := server(t)
	wipe(t, srv)
	p := faults.NewProxy(t, strings.TrimPrefix(srv.URI, "bolt://"))
	cfg := config(srv)
	cfg.URI = "bolt://" + p.Addr
	cfg.RetryTime = 2 * time.Second
	s, err := neo4j.Open(t.Context(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := t.Context()
	batch := &ringleader.Batch{Entities: []ringleader.Entity{{ID: "a", Kind: ringleader.KindPerson, Name: "A"}}}
	if _, err := s.Write(ctx, batch); err != nil {
		t.Fatal(err)
	}

	p.Cut()
	start := time.Now()
	checks := []struct {
		name string
		call func() error
	}{
		{"Ping", func() error { return s.Ping(ctx) }},
		{"Write", func() error { _, err := s.Write(ctx, batch); return err }},
		{"Network", func() error { _, err := s.Network(ctx, ringleader.AllCases(), ringleader.NetworkFilter{}); return err }},
		{"Version", func() error { _, err := s.Version(ctx); return err }},
	}
	for _, c := range checks {
		if code := ringleader.ErrorCode(c.call()); code != ringleader.EUNAVAILABLE {
			t.Errorf("%s while the server is cut off: code %q, want EUNAVAILABLE", c.name, code)
		}
	}
	if d := time.Since(start); d > 60*time.Second {
		t.Errorf("failing took %v", d)
	}

	p.Restore(t)
	if err := s.Ping(ctx); err != nil {
		t.Fatalf("Ping after the proxy is back: %v", err)
	}
	res, err := s.Write(ctx, batch)
	if err != nil || res.EntitiesUnchanged != 1 {
		t.Errorf("Write after the outage = %+v, %v; want the entity unchanged", res, err)
	}
}

// TestWriteCancelled cancels the context while a write is under way: the write fails with context.Canceled and
// its transaction leaves nothing behind.
func TestWriteCancelled(t *testing.T) {
	s := mustOpenConfig(t, func(c *neo4j.Config) { c.BatchSize = 100 })
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	b := &ringleader.Batch{Entities: fixtures.SyntheticNetwork(3000, 4, 1).Entities}
	for i := range b.Entities {
		b.Entities[i].Seq = 0
	}
	var calls int
	b.Progress = func(done, total int) {
		calls++
		cancel()
	}
	_, err := s.Write(ctx, b)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Write with a context cancelled midway: %v, want context.Canceled", err)
	}
	if calls == 0 {
		t.Fatal("no progress reported before the end of the write")
	}
	if c, err := s.Counts(t.Context(), ringleader.AllCases()); err != nil || c.TotalEntities() != 0 {
		t.Errorf("Counts after a cancelled write = %+v, %v; want nothing written", c, err)
	}
}
