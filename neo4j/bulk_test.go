package neo4j_test

import (
	"fmt"
	"slices"
	"sync"
	"testing"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/neo4j"
	"github.com/ringleader/ringleader/testing/fixtures"
	"github.com/ringleader/ringleader/testing/storetest"
)

// bulkBatch is a network whose links fill many transactions of 40 records, as a first load's do, optionally
// followed by repeats of its first links with other weights, which must update those links, not add new ones.
func bulkBatch(repeats int) *ringleader.Batch {
	net := fixtures.SyntheticNetwork(150, 6, 3)
	for i := range net.Entities {
		net.Entities[i].Seq = 0
	}
	links := slices.Clone(net.Links)
	for i := range repeats {
		l := net.Links[i]
		l.Weight++
		links = append(links, l)
	}
	return &ringleader.Batch{Entities: net.Entities, Links: links}
}

// TestConcurrentLinkWrites writes the links of a first load with one, two and four transactions at once: the
// counts, the stored network (against the sqlite store's), the version (one step per transaction) and progress
// must not depend on it, and writing the batch again must count as in sqlite and move the version only when
// something changed.
func TestConcurrentLinkWrites(t *testing.T) {
	const txRows = 40
	tests := []struct {
		name        string
		concurrency int
		repeats     int
	}{
		{"one at a time", 1, 0},
		{"two at once", 2, 0},
		{"four at once", 4, 0},
		// The repeats fall in the last transactions, which must look their keys up: the run of new links before
		// them goes concurrently, the rest one at a time.
		{"two at once, repeats at the end", 2, 30},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := bulkBatch(tt.repeats)
			total := len(b.Entities) + len(b.Links)
			lite := openSQLite(t)
			wantRes, err := lite.Write(t.Context(), b)
			if err != nil {
				t.Fatal(err)
			}
			want, err := lite.Network(t.Context(), ringleader.AllCases(), ringleader.NetworkFilter{})
			if err != nil {
				t.Fatal(err)
			}

			s := mustOpenConfig(t, func(c *neo4j.Config) { c.BatchSize, c.TxRows, c.WriteConcurrency = 7, txRows, tt.concurrency })
			var mu sync.Mutex
			var reports []int
			b.Progress = func(done, total int) {
				mu.Lock()
				reports = append(reports, done)
				mu.Unlock()
			}
			if res := write(t, s, b); res != wantRes {
				t.Errorf("Write = %+v, want %+v (sqlite)", res, wantRes)
			}
			got, err := s.Network(t.Context(), ringleader.AllCases(), ringleader.NetworkFilter{})
			if err != nil {
				t.Fatal(err)
			}
			if d := storetest.DiffNetworks(got, want); d != "" {
				t.Errorf("stored network: %s", d)
			}
			if n := cypher(t, `MATCH ()-[r]->() RETURN count(r)`, nil)[0].Values[0]; n != int64(len(want.Links)) {
				t.Errorf("%v relationships, want one per link key: %d", n, len(want.Links))
			}
			// Every transaction changes something: the version counts them (concurrent ones by their ticks). One at
			// a time, transactions take txRows records each; concurrently, the entities' and the links' transactions
			// take txRows of the one kind each. Repeats end the concurrent run early, with one more transaction.
			ceil := func(n int) int64 { return int64((n + txRows - 1) / txRows) }
			txs := ceil(total)
			if tt.concurrency > 1 {
				txs = ceil(len(b.Entities)) + ceil(len(b.Links))
			}
			v, err := s.Version(t.Context())
			if err != nil || v < txs || v > txs+1 || (v != txs && tt.repeats == 0) {
				t.Errorf("Version = %d, %v; want %d, one per transaction", v, err, txs)
			}
			txs = v
			if len(reports) == 0 || reports[len(reports)-1] != total || !slices.IsSorted(reports) {
				t.Errorf("progress %v: want it rising to %d", reports, total)
			}

			// Again: nothing changes, except that a repeat with another weight makes its link change twice
			// again, as in sqlite.
			b.Progress = nil
			wantRes, err = lite.Write(t.Context(), b)
			if err != nil {
				t.Fatal(err)
			}
			if res := write(t, s, b); res != wantRes {
				t.Errorf("writing the batch again: %+v, want %+v (sqlite)", res, wantRes)
			}
			v, err = s.Version(t.Context())
			if changed := wantRes.LinksUpdated > 0; err != nil || (v != txs) == !changed {
				t.Errorf("Version after writing the batch again = %d, %v; was %d, and links changed: %v", v, err, txs, changed)
			}
			// The second write's locks folded the first one's ticks into the version, which they leave as it was.
			if n := cypher(t, `MATCH (t:RingleaderTick) RETURN count(t)`, nil)[0].Values[0]; n != int64(0) {
				t.Errorf("%v ticks left after a second write", n)
			}
		})
	}
}

// TestConcurrentBulkWriters runs several writes of the same large batch at once. Whichever creates an entity or a
// link, each is stored once and counted as created once, and every Seq is given once: the coordinator of one
// write's concurrent transactions keeps the others out, and a write that finds that someone else wrote since its
// last transaction looks its links up instead.
func TestConcurrentBulkWriters(t *testing.T) {
	s := mustOpenConfig(t, func(c *neo4j.Config) { c.BatchSize, c.TxRows, c.WriteConcurrency = 9, 50, 3 })
	b := bulkBatch(0)
	const writers = 3
	var mu sync.Mutex
	var total ringleader.WriteResult
	var wg sync.WaitGroup
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res, err := s.Write(t.Context(), &ringleader.Batch{Entities: b.Entities, Links: b.Links})
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
	want := ringleader.WriteResult{EntitiesCreated: len(b.Entities), EntitiesUnchanged: (writers - 1) * len(b.Entities),
		LinksCreated: len(b.Links), LinksUnchanged: (writers - 1) * len(b.Links)}
	if total != want {
		t.Errorf("writers' results add up to %+v, want %+v", total, want)
	}
	n := int64(len(b.Entities))
	if got, want := fmt.Sprint(cypher(t, `MATCH (n:Entity) RETURN count(n), count(DISTINCT n.seq), min(n.seq), max(n.seq)`, nil)[0].Values),
		fmt.Sprint([]int64{n, n, 1, n}); got != want {
		t.Errorf("[entities, distinct Seq, min, max] = %s, want %s: each entity once, Seq 1..%d", got, want, n)
	}
	if got := cypher(t, `MATCH ()-[r]->() RETURN count(r), count(DISTINCT r.key)`, nil)[0].Values; got[0] != int64(len(b.Links)) || got[1] != got[0] {
		t.Errorf("[relationships, distinct keys] = %v, want %d of each", got, len(b.Links))
	}
	// Each transaction that changed something moved the version by one; a fold of ticks leaves it as it was.
	if v, err := s.Version(t.Context()); err != nil || v < int64((len(b.Entities)+len(b.Links))/50) {
		t.Errorf("Version = %d, %v; want at least one step per transaction of one write", v, err)
	}
}

// TestWriterBetweenTransactions lets another write slip in between a write's transactions: while the last
// transaction of a write's entities is open, a second write of some of the same links starts; it queues on the
// metadata lock and, whichever goes first, each link must end up stored once and counted as created once. A write
// that created the endpoints itself may skip the lookup of their links only while no one else has written. One
// entity is stored beforehand, so that the entities go one transaction at a time (writeBulk takes new ones only).
func TestWriterBetweenTransactions(t *testing.T) {
	for _, concurrency := range []int{1, 2} {
		t.Run(fmt.Sprintf("concurrency %d", concurrency), func(t *testing.T) {
			s := mustOpenConfig(t, func(c *neo4j.Config) { c.BatchSize, c.TxRows, c.WriteConcurrency = 10, 50, concurrency })
			b := bulkBatch(0)
			write(t, s, &ringleader.Batch{Entities: b.Entities[len(b.Entities)-1:]})
			// The second write's links join entities of the first transaction, committed by the time it starts.
			first := map[string]bool{}
			for _, e := range b.Entities[:50] {
				first[e.ID] = true
			}
			var other []ringleader.Link
			for _, l := range b.Links {
				if first[l.Source] && first[l.Target] {
					other = append(other, l)
				}
			}
			if len(other) < 5 {
				t.Fatalf("only %d links among the first 50 entities", len(other))
			}
			var once sync.Once
			var wg sync.WaitGroup
			var otherRes ringleader.WriteResult
			var otherErr error
			b.Progress = func(done, total int) {
				if done > 100 && done <= 150 { // inside the transaction of entities 101-150
					once.Do(func() {
						wg.Add(1)
						go func() {
							defer wg.Done()
							otherRes, otherErr = s.Write(t.Context(), &ringleader.Batch{Links: other})
						}()
					})
				}
			}
			res := write(t, s, b)
			wg.Wait()
			if otherErr != nil {
				t.Fatalf("the other write: %v", otherErr)
			}
			if got := res.LinksCreated + otherRes.LinksCreated; got != len(b.Links) || otherRes.LinksCreated+otherRes.LinksUnchanged != len(other) {
				t.Errorf("links created %d + %d (other: %+v), want %d in all", res.LinksCreated, otherRes.LinksCreated, otherRes, len(b.Links))
			}
			if got := cypher(t, `MATCH ()-[r]->() RETURN count(r), count(DISTINCT r.key)`, nil)[0].Values; got[0] != int64(len(b.Links)) || got[1] != got[0] {
				t.Errorf("[relationships, distinct keys] = %v, want %d of each", got, len(b.Links))
			}
			t.Logf("the other write created %d of its %d links", otherRes.LinksCreated, len(other))
		})
	}
}
