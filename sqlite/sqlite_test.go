package sqlite_test

import (
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/sqlite"
	"github.com/ringleader/ringleader/testing/fixtures"
)

// stored returns what a store must hold after writing net into an empty store: each
// record merged once (canonical orientation, sorted lists), Seq in input order.
func stored(net *ringleader.Network) *ringleader.Network {
	out := &ringleader.Network{}
	for i, e := range net.Entities {
		e = ringleader.MergeEntity(nil, e)
		e.Seq = int64(i + 1)
		out.Entities = append(out.Entities, e)
	}
	for _, l := range net.Links {
		out.Links = append(out.Links, ringleader.MergeLink(nil, l))
	}
	out.Sort()
	return out
}

func equalNetworks(t *testing.T, got, want *ringleader.Network) {
	t.Helper()
	if len(got.Entities) != len(want.Entities) || len(got.Links) != len(want.Links) {
		t.Fatalf("got %d entities and %d links, want %d and %d",
			len(got.Entities), len(got.Links), len(want.Entities), len(want.Links))
	}
	for i := range got.Entities {
		if g, w := got.Entities[i], want.Entities[i]; !ringleader.EqualEntity(g, w) || g.Seq != w.Seq {
			t.Fatalf("entity %d: got %+v, want %+v", i, g, w)
		}
	}
	for i := range got.Links {
		if g, w := got.Links[i], want.Links[i]; !ringleader.EqualLink(g, w) {
			t.Fatalf("link %d: got %+v, want %+v", i, g, w)
		}
	}
}

func writeNetwork(tb testing.TB, s *sqlite.Store, net *ringleader.Network) ringleader.WriteResult {
	tb.Helper()
	r, err := s.Write(tb.Context(), &ringleader.Batch{Entities: net.Entities, Links: net.Links})
	if err != nil {
		tb.Fatalf("Write: %v", err)
	}
	return r
}

func TestReopenKeepsDataAndVersion(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ring.db")
	net := fixtures.SyntheticNetwork(300, 6, 7)
	s, err := sqlite.Open(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	writeNetwork(t, s, net)
	version, err := s.Version(t.Context())
	if err != nil || version == 0 {
		t.Fatalf("Version = %d, %v; want a write counted", version, err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	s = mustOpenPath(t, path)
	if v, err := s.Version(t.Context()); err != nil || v != version {
		t.Errorf("Version after reopening = %d, %v; want %d", v, err, version)
	}
	got, err := s.Network(t.Context(), ringleader.AllCases(), ringleader.NetworkFilter{})
	if err != nil {
		t.Fatal(err)
	}
	equalNetworks(t, got, stored(net))

	// Reloading after a reopen changes nothing, and new entities continue the Seq order.
	r := writeNetwork(t, s, net)
	if r != (ringleader.WriteResult{EntitiesUnchanged: len(net.Entities), LinksUnchanged: len(net.Links)}) {
		t.Errorf("reload after reopen: %+v", r)
	}
	if v, _ := s.Version(t.Context()); v != version {
		t.Errorf("Version after an unchanged reload = %d, want %d", v, version)
	}
	writeNetwork(t, s, &ringleader.Network{Entities: []ringleader.Entity{{ID: "late", Kind: ringleader.KindPerson, Name: "Late"}}})
	late, err := s.Entity(t.Context(), ringleader.AllCases(), "late")
	if err != nil || late.Seq != int64(len(net.Entities)+1) {
		t.Errorf("late entity = %+v, %v; want Seq %d", late, err, len(net.Entities)+1)
	}
	if v, _ := s.Version(t.Context()); v != version+1 {
		t.Errorf("Version after one more write = %d, want %d", v, version+1)
	}
}

// TestConcurrentReadsDuringWrite holds a write transaction open (inside its Progress
// callback) while readers run: they must neither block nor fail, and must see the data
// as it was before the write, whole.
func TestConcurrentReadsDuringWrite(t *testing.T) {
	s := mustOpen(t)
	// More than one chunk of entities, so that Progress runs while the write is open.
	base := fixtures.SyntheticNetwork(1500, 6, 3)
	writeNetwork(t, s, base)
	before, err := s.Version(t.Context())
	if err != nil {
		t.Fatal(err)
	}

	// The update marks every entity; a reader sees either no mark or every mark.
	update := &ringleader.Batch{}
	for _, e := range base.Entities {
		e.Props = map[string]string{"community": e.Props["community"], "mark": "new"}
		update.Entities = append(update.Entities, e)
	}
	const readers = 4
	var readsDuringWrite atomic.Int64
	inWrite := make(chan struct{})
	readsDone := make(chan struct{})
	var once sync.Once
	update.Progress = func(done, total int) {
		if done == total {
			return
		}
		once.Do(func() {
			close(inWrite)
			select {
			case <-readsDone:
			case <-time.After(2 * time.Minute): // generous: -race on a loaded machine is slow
				t.Error("readers did not finish while the write was open: reads block on the writer")
			}
		})
	}

	var wg sync.WaitGroup
	errs := make(chan error, readers*10)
	for r := range readers {
		wg.Go(func() {
			<-inWrite
			for i := range 2 {
				if err := checkSnapshot(t.Context(), s, len(base.Entities), before); err != nil {
					errs <- err
				}
				readsDuringWrite.Add(1)
				if r == 0 && i == 0 {
					if _, err := s.FindEntities(t.Context(), ringleader.AllCases(), ringleader.EntityQuery{Text: "person 12"}); err != nil {
						errs <- err
					}
				}
			}
		})
	}
	go func() { wg.Wait(); close(readsDone) }()
	res, err := s.Write(t.Context(), update)
	if err != nil {
		t.Fatal(err)
	}
	<-readsDone
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if n := readsDuringWrite.Load(); n != readers*2 {
		t.Errorf("%d reads completed during the write, want %d", n, readers*2)
	}
	if res.EntitiesUpdated != len(base.Entities) {
		t.Errorf("update: %+v", res)
	}
	// After the commit readers see the new data, whole.
	n, err := s.Network(t.Context(), ringleader.AllCases(), ringleader.NetworkFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range n.Entities {
		if e.Prop("mark") != "new" {
			t.Fatalf("entity %s unmarked after the write", e.ID)
		}
	}
}

// checkSnapshot reads the whole network and the version and fails unless both show the
// store as it was before the open write.
func checkSnapshot(ctx context.Context, s *sqlite.Store, entities int, version int64) error {
	n, err := s.Network(ctx, ringleader.AllCases(), ringleader.NetworkFilter{})
	if err != nil {
		return err
	}
	if len(n.Entities) != entities {
		return errors.New("read " + strconv.Itoa(len(n.Entities)) + " entities during the write")
	}
	for _, e := range n.Entities {
		if e.Prop("mark") != "" {
			return errors.New("a reader saw the uncommitted write: " + e.ID)
		}
	}
	v, err := s.Version(ctx)
	if err != nil {
		return err
	}
	if v != version {
		return errors.New("a reader saw the uncommitted version " + strconv.FormatInt(v, 10))
	}
	return nil
}

func TestConcurrentWriters(t *testing.T) {
	s := mustOpen(t)
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for w := range 8 {
		wg.Go(func() {
			var b ringleader.Batch
			for i := range 50 {
				b.Entities = append(b.Entities, ringleader.Entity{ID: "w" + strconv.Itoa(w) + "-" + strconv.Itoa(i),
					Kind: ringleader.KindPerson, Name: "Writer " + strconv.Itoa(w)})
			}
			if _, err := s.Write(t.Context(), &b); err != nil {
				errs <- err
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Errorf("concurrent write: %v", err)
	}
	c, err := s.Counts(t.Context(), ringleader.AllCases())
	if err != nil || c.TotalEntities() != 400 {
		t.Errorf("Counts = %+v, %v; want 400 entities", c, err)
	}
	if v, _ := s.Version(t.Context()); v != 8 {
		t.Errorf("Version = %d after 8 writes that changed something, want 8", v)
	}
}

func TestWriteDuplicatesInBatch(t *testing.T) {
	s := mustOpen(t)
	b := &ringleader.Batch{
		Entities: []ringleader.Entity{
			{ID: "a", Kind: ringleader.KindPerson, Name: "A", Cases: []string{"c1"}},
			{ID: "a", Kind: ringleader.KindPerson, Name: "A", Cases: []string{"c2"}},
			{ID: "a", Kind: ringleader.KindPerson, Name: "A", Cases: []string{"c2"}},
			{ID: "b", Kind: ringleader.KindPerson, Name: "B"},
		},
		Links: []ringleader.Link{
			{Type: ringleader.LinkAssociate, Subtype: ringleader.AssocMeeting, Source: "a", Target: "b"},
			{Type: ringleader.LinkAssociate, Subtype: ringleader.AssocMeeting, Source: "b", Target: "a", Weight: 4},
		},
	}
	got, err := s.Write(t.Context(), b)
	if err != nil {
		t.Fatal(err)
	}
	// Records are merged in batch order, each counted.
	want := ringleader.WriteResult{EntitiesCreated: 2, EntitiesUpdated: 1, EntitiesUnchanged: 1, LinksCreated: 1, LinksUpdated: 1}
	if got != want {
		t.Errorf("got %+v, want %+v", got, want)
	}
	a, err := s.Entity(t.Context(), ringleader.AllCases(), "a")
	if err != nil || len(a.Cases) != 2 || a.Seq != 1 {
		t.Errorf("a = %+v, %v; want cases c1 and c2, Seq 1", a, err)
	}
	if b, err := s.Entity(t.Context(), ringleader.AllCases(), "b"); err != nil || b.Seq != 2 {
		t.Errorf("b = %+v, %v; want Seq 2", b, err)
	}
}

func TestWriteRejectsInvalidRecords(t *testing.T) {
	tests := []struct {
		name  string
		batch ringleader.Batch
		field string
	}{
		{"empty id", ringleader.Batch{Entities: []ringleader.Entity{{Kind: ringleader.KindPerson, Name: "X"}}}, "id"},
		{"unknown kind", ringleader.Batch{Entities: []ringleader.Entity{{ID: "x", Kind: "Wizard"}}}, "kind"},
		{"unknown link type", ringleader.Batch{
			Entities: []ringleader.Entity{{ID: "x", Kind: ringleader.KindPerson}},
			Links:    []ringleader.Link{{Type: "KNOWS", Source: "x", Target: "x"}}}, "type"},
		{"empty target", ringleader.Batch{
			Entities: []ringleader.Entity{{ID: "x", Kind: ringleader.KindPerson}},
			Links:    []ringleader.Link{{Type: ringleader.LinkHolds, Source: "x"}}}, "target"},
		{"unknown target", ringleader.Batch{
			Entities: []ringleader.Entity{{ID: "x", Kind: ringleader.KindPerson}},
			Links:    []ringleader.Link{{Type: ringleader.LinkHolds, Source: "x", Target: "phone:1"}}}, "target"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := mustOpen(t)
			_, err := s.Write(t.Context(), &tt.batch)
			if code := ringleader.ErrorCode(err); code != ringleader.EINVALID {
				t.Fatalf("error %v (code %q), want EINVALID", err, code)
			}
			problems := ringleader.ErrorProblems(err)
			if len(problems) != 1 || problems[0].Field != tt.field {
				t.Errorf("problems %v, want one on field %s", problems, tt.field)
			}
			if missing, _ := s.Missing(t.Context(), []string{"x"}); len(missing) != 1 {
				t.Errorf("entity x written by a rejected batch")
			}
			if v, _ := s.Version(t.Context()); v != 0 {
				t.Errorf("Version = %d after a rejected batch, want 0", v)
			}
		})
	}
}

func TestWriteCancelled(t *testing.T) {
	s := mustOpen(t)
	ctx, cancel := context.WithCancel(t.Context())
	b := &ringleader.Batch{Entities: fixtures.SyntheticNetwork(3000, 4, 1).Entities}
	b.Progress = func(done, total int) { cancel() }
	_, err := s.Write(ctx, b)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Write with a context cancelled midway: %v, want context.Canceled", err)
	}
	if c, err := s.Counts(t.Context(), ringleader.AllCases()); err != nil || c.TotalEntities() != 0 {
		t.Errorf("Counts after a cancelled write = %+v, %v; want nothing written", c, err)
	}
}

func TestProgressEvery1000(t *testing.T) {
	s := mustOpen(t)
	var calls [][2]int
	b := &ringleader.Batch{Entities: fixtures.SyntheticNetwork(2500, 4, 1).Entities,
		Progress: func(done, total int) { calls = append(calls, [2]int{done, total}) }}
	if _, err := s.Write(t.Context(), b); err != nil {
		t.Fatal(err)
	}
	want := [][2]int{{1000, 2500}, {2000, 2500}, {2500, 2500}}
	if len(calls) != len(want) || calls[0] != want[0] || calls[1] != want[1] || calls[2] != want[2] {
		t.Errorf("Progress calls %v, want %v", calls, want)
	}
}

func TestOpen(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name string
		path string
		code string
	}{
		{"empty path", "", ringleader.EINVALID},
		{"memory", ":memory:", ringleader.EINVALID},
		{"uri", "file:x.db", ringleader.EINVALID},
		{"missing directory", filepath.Join(dir, "no", "such", "dir", "x.db"), ringleader.EUNAVAILABLE},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := sqlite.Open(t.Context(), tt.path)
			if err == nil {
				s.Close()
			}
			if code := ringleader.ErrorCode(err); code != tt.code {
				t.Errorf("Open(%q): %v (code %q), want %q", tt.path, err, code, tt.code)
			}
		})
	}
}

func TestOpenEscapesPath(t *testing.T) {
	// Characters that mean something in a file: URI must reach the file system as they are.
	path := filepath.Join(t.TempDir(), "ring?mode=ro#50%.db")
	s := mustOpenPath(t, path)
	writeNetwork(t, s, &ringleader.Network{Entities: []ringleader.Entity{{ID: "a", Kind: ringleader.KindPerson}}})
	if _, err := os.Stat(path); err != nil {
		t.Errorf("database not at %s: %v", path, err)
	}
}

func TestSchemaSettings(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ring.db")
	mustOpenPath(t, path)
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var version int
	var mode string
	// Each migration advances user_version by one; the first makes it 1.
	if err := db.QueryRow(`PRAGMA user_version`).Scan(&version); err != nil || version < 1 {
		t.Errorf("user_version = %d, %v; want a schema version", version, err)
	}
	if err := db.QueryRow(`PRAGMA journal_mode`).Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode = %q, %v; want wal", mode, err)
	}
}

func TestOpenRefusesNewerSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ring.db")
	s := mustOpenPath(t, path)
	s.Close()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`PRAGMA user_version = 99`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if s, err := sqlite.Open(t.Context(), path); ringleader.ErrorCode(err) != ringleader.EINVALID {
		if err == nil {
			s.Close()
		}
		t.Errorf("Open of a newer schema: %v, want EINVALID", err)
	}
}

func TestPingAfterClose(t *testing.T) {
	s, err := sqlite.Open(t.Context(), filepath.Join(t.TempDir(), "ring.db"))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Ping(t.Context()); err != nil {
		t.Fatalf("Ping: %v", err)
	}
	s.Close()
	if code := ringleader.ErrorCode(s.Ping(t.Context())); code != ringleader.EUNAVAILABLE {
		t.Errorf("Ping after Close: code %q, want EUNAVAILABLE", code)
	}
	_, err = s.Version(t.Context())
	if code := ringleader.ErrorCode(err); code != ringleader.EUNAVAILABLE {
		t.Errorf("Version after Close: code %q, want EUNAVAILABLE", code)
	}
}

// TestSyntheticRoundTrip writes a generated network and reads it back whole and by
// neighbourhood, against the reference functions.
func TestSyntheticRoundTrip(t *testing.T) {
	s := mustOpen(t)
	net := fixtures.SyntheticNetwork(2000, 8, 11)
	writeNetwork(t, s, net)
	want := stored(net)
	got, err := s.Network(t.Context(), ringleader.AllCases(), ringleader.NetworkFilter{})
	if err != nil {
		t.Fatal(err)
	}
	equalNetworks(t, got, want)
	for _, id := range []string{"p1", "p17", "p1999"} {
		n, err := s.Neighbourhood(t.Context(), ringleader.AllCases(), id, 2, 100)
		if err != nil {
			t.Fatal(err)
		}
		equalNetworks(t, n, ringleader.Neighbourhood(want, id, 2, 100))
	}
}

// TestNetworkScopePlans checks scoped reads of a generated network against the reference
// for scopes small enough to seek links by entity and large enough to scan them all (see
// Network), with links in no case, in cases of the scope and in others.
func TestNetworkScopePlans(t *testing.T) {
	s := mustOpen(t)
	net := fixtures.SyntheticNetwork(600, 6, 5)
	for i := range net.Entities {
		net.Entities[i].Cases = []string{"c" + strconv.Itoa(i%10)}
		if i%25 == 0 {
			net.Entities[i].Cases = nil // seen only by AllCases
		}
	}
	for i := range net.Links {
		switch i % 3 {
		case 0: // no case: visible wherever both ends are
		case 1:
			net.Links[i].Cases = []string{"c" + strconv.Itoa(i%7)}
		case 2:
			net.Links[i].Cases = []string{"c" + strconv.Itoa(i%10), "other"}
		}
		if i%4 == 0 {
			net.Links[i].FirstSeen = "2024-0" + strconv.Itoa(1+i%9) + "-01"
		}
	}
	writeNetwork(t, s, net)
	all := stored(net)
	scopes := []ringleader.Scope{
		ringleader.CasesScope("c0"),                               // a tenth: seeks
		ringleader.CasesScope("c0", "c1", "c2"),                   // under a third: seeks
		ringleader.CasesScope("c0", "c1", "c2", "c3", "c4", "c5"), // most: scans
		ringleader.CasesScope("other"),
		ringleader.AllCases(),
	}
	for _, scope := range scopes {
		for _, f := range []ringleader.NetworkFilter{{}, {From: "2024-03-01", To: "2024-06-30"}} {
			got, err := s.Network(t.Context(), scope, f)
			if err != nil {
				t.Fatal(err)
			}
			want := ringleader.FilterNetwork(all, scope, f)
			if len(want.Links) == 0 && !scope.All() && scope.Key() != "other" {
				t.Fatalf("scope %s sees no links: the test data is too thin", scope.Key())
			}
			t.Run(scope.Key()+"/"+f.From, func(t *testing.T) { equalNetworks(t, got, want) })
		}
	}
}

// TestWriteDuplicatesAcrossChunks repeats records far apart in one batch, so that the
// repeats fall in later chunks of the write than the records they update.
func TestWriteDuplicatesAcrossChunks(t *testing.T) {
	s := mustOpen(t)
	filler := fixtures.SyntheticNetwork(2400, 4, 9)
	a := ringleader.Entity{ID: "a", Kind: ringleader.KindPerson, Name: "A", Cases: []string{"c1"}}
	a2 := a
	a2.Cases, a2.Aliases = []string{"c2"}, []string{"Abu A"}
	entities := append([]ringleader.Entity{a}, filler.Entities...)
	entities = slices.Insert(entities, 1500, a2, a2)
	meeting := ringleader.Link{Type: ringleader.LinkAssociate, Subtype: ringleader.AssocMeeting, Source: "a", Target: "p1",
		Cases: []string{"c1"}}
	reversed := ringleader.Link{Type: ringleader.LinkAssociate, Subtype: ringleader.AssocMeeting, Source: "p1", Target: "a",
		Weight: 3}
	links := append([]ringleader.Link{meeting}, filler.Links...)
	links = append(links, reversed)
	got, err := s.Write(t.Context(), &ringleader.Batch{Entities: entities, Links: links})
	if err != nil {
		t.Fatal(err)
	}
	want := ringleader.WriteResult{EntitiesCreated: 2401, EntitiesUpdated: 1, EntitiesUnchanged: 1,
		LinksCreated: 1 + len(filler.Links), LinksUpdated: 1}
	if got != want {
		t.Errorf("got %+v, want %+v", got, want)
	}
	e, err := s.Entity(t.Context(), ringleader.CasesScope("c2"), "a")
	if err != nil || e.Seq != 1 || !slices.Equal(e.Cases, []string{"c1", "c2"}) || !slices.Equal(e.Aliases, []string{"Abu A"}) {
		t.Errorf("a = %+v, %v; want Seq 1, cases c1 and c2, alias Abu A", e, err)
	}
	if found, err := s.FindEntities(t.Context(), ringleader.CasesScope("c2"), ringleader.EntityQuery{Text: "abu a"}); err != nil || len(found) != 1 {
		t.Errorf("FindEntities(abu a) = %v, %v", found, err)
	}
	n, err := s.Neighbourhood(t.Context(), ringleader.CasesScope("c1"), "a", 1, 0)
	if err != nil || len(n.Links) != 0 {
		t.Errorf("Neighbourhood(c1, a) = %+v, %v; want a alone (p1 is in no case)", n, err)
	}
	all, err := s.Network(t.Context(), ringleader.AllCases(), ringleader.NetworkFilter{})
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(all.Links, func(l ringleader.Link) bool { return l.Key() == meeting.Key() })
	if i < 0 {
		t.Fatal("meeting not stored")
	}
	if l := all.Links[i]; l.Weight != 3 || l.Source != "a" || !slices.Equal(l.Cases, []string{"c1"}) {
		t.Errorf("meeting = %+v, want weight 3 from a with case c1", l)
	}
}

// TestBulkWriteIntoEmptyStore writes a batch large enough that its indexes are dropped
// and built again after its rows: the store must end with the same indexes, answer as a
// store written in small batches does, merge records repeated far apart, and keep
// everything, indexes included, when a bulk write fails.
func TestBulkWriteIntoEmptyStore(t *testing.T) {
	net := fixtures.SyntheticNetwork(12_000, 4, 3)
	for i := range net.Entities {
		net.Entities[i].Cases = []string{"c" + strconv.Itoa(i%5)}
	}
	if len(net.Links) < 20_000 {
		t.Fatalf("%d links: too few for a bulk write", len(net.Links))
	}
	first, repeat := net.Links[0], net.Links[0]
	// Another observation of the first link (another source), which adds its weight.
	repeat.Weight, repeat.Cases, repeat.Sources = 5, []string{"c9"}, []string{"later.csv:2"}
	links := append(slices.Clone(net.Links), repeat)

	path := filepath.Join(t.TempDir(), "bulk.db")
	s := mustOpenPath(t, path)
	indexes := func() []string {
		db, err := sql.Open("sqlite", path)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		rows, err := db.Query(`SELECT name || ': ' || sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL ORDER BY name`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var out []string
		for rows.Next() {
			var s string
			if err := rows.Scan(&s); err != nil {
				t.Fatal(err)
			}
			out = append(out, s)
		}
		return out
	}
	before := indexes()
	if len(before) < 5 {
		t.Fatalf("indexes before: %v", before)
	}

	// A bulk write that fails at its last link leaves the store as it was.
	bad := append(slices.Clone(links), ringleader.Link{Type: ringleader.LinkHolds, Source: "p1", Target: "phone:none"})
	if _, err := s.Write(t.Context(), &ringleader.Batch{Entities: net.Entities, Links: bad}); ringleader.ErrorCode(err) != ringleader.EINVALID {
		t.Fatalf("bulk write with an unknown endpoint: %v, want EINVALID", err)
	}
	if got := indexes(); !slices.Equal(got, before) {
		t.Fatalf("indexes after a failed bulk write:\n%v\nwant\n%v", got, before)
	}
	if c, err := s.Counts(t.Context(), ringleader.AllCases()); err != nil || c.TotalEntities() != 0 {
		t.Fatalf("Counts after a failed bulk write = %+v, %v; want nothing", c, err)
	}

	res, err := s.Write(t.Context(), &ringleader.Batch{Entities: net.Entities, Links: links})
	if err != nil {
		t.Fatal(err)
	}
	if want := (ringleader.WriteResult{EntitiesCreated: len(net.Entities), LinksCreated: len(net.Links), LinksUpdated: 1}); res != want {
		t.Errorf("WriteResult %+v, want %+v", res, want)
	}
	if got := indexes(); !slices.Equal(got, before) {
		t.Errorf("indexes after a bulk write:\n%v\nwant\n%v", got, before)
	}

	// The same records written in small batches, one store read against the other.
	small := mustOpen(t)
	for chunk := range slices.Chunk(net.Entities, 3000) {
		writeNetwork(t, small, &ringleader.Network{Entities: chunk})
	}
	for chunk := range slices.Chunk(links, 3000) {
		writeNetwork(t, small, &ringleader.Network{Links: chunk})
	}
	for _, scope := range []ringleader.Scope{ringleader.AllCases(), ringleader.CasesScope("c1"), ringleader.CasesScope("c1", "c2", "c9")} {
		want, err := small.Network(t.Context(), scope, ringleader.NetworkFilter{})
		if err != nil {
			t.Fatal(err)
		}
		got, err := s.Network(t.Context(), scope, ringleader.NetworkFilter{})
		if err != nil {
			t.Fatal(err)
		}
		t.Run(scope.Key(), func(t *testing.T) { equalNetworks(t, got, want) })
	}
	merged, err := s.Network(t.Context(), ringleader.AllCases(), ringleader.NetworkFilter{})
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(merged.Links, func(l ringleader.Link) bool { return l.Key() == first.Key() })
	if i < 0 || merged.Links[i].Weight != first.W()+5 || !slices.Contains(merged.Links[i].Cases, "c9") {
		t.Errorf("the link repeated at the batch's end: %+v; want its weights added (%g + 5) and case c9", merged.Links[max(i, 0)], first.W())
	}
	if found, err := s.FindEntities(t.Context(), ringleader.AllCases(), ringleader.EntityQuery{Text: net.Entities[11_999].Name}); err != nil || len(found) == 0 {
		t.Errorf("FindEntities(%q) = %v, %v; want the last entity found through the rebuilt name index", net.Entities[11_999].Name, found, err)
	}
}
