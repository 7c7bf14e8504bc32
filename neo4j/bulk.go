package neo4j

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"sync"
	"time"

	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/ringleader/ringleader"
)

// BulkTxRows caps the records of one concurrent transaction (see writeBulk). On the 2-core reference machine a
// first load of 100,000 people and a million links took 34 s and 49 s of server CPU in transactions of 10,000
// records, 45-48 s and 68-77 s in transactions of 20,000, 40-49 s and 63-79 s in transactions of 50,000 (two at
// once each time).
const BulkTxRows = 10_000

// bulkRows is the size of writeBulk's transactions.
func (s *Store) bulkRows() int { return min(s.txRows, BulkTxRows) }

// finishTimeout bounds the coordinator's commit after its workers are done, also when the write was cancelled:
// it releases the metadata lock that every other writer waits for.
const finishTimeout = 30 * time.Second

// mayBulk reports, without asking the server, whether writeBulk might write the records from start on: at least
// two of its transactions' worth, and either entities not yet tried or a run of links that newRun finds new.
func (st *writeState) mayBulk(b *ringleader.Batch, start, step int) bool {
	total := len(b.Entities) + len(b.Links)
	if total-start <= step {
		return false
	}
	if start < len(b.Entities) {
		return !st.entitiesTried
	}
	return st.newRun(b, start, step, st.version >= 0, nothing)-start > step
}

func nothing(string) bool { return false }

// writeBulk writes what it can of the records from start on in transactions of bulkRows records of which up to
// Config.WriteConcurrency run at once, and returns where it stopped (start when it wrote nothing). A server with
// several cores then works on several transactions, where one at a time keeps one core busy (a first load of
// 100,000 people and a million links, bench/load). What it writes is what needs no read-merge-write: the entities
// from start on when none of them is stored and none repeats (all or nothing), then the run of links that
// writeState.newRun finds new, given those entities.
//
// The transactions cannot take the metadata lock each, as writeWindow does: they would queue on it. A coordinator
// transaction holds it instead while they run, so that no other writer reads or writes in between; it looks the
// entities up under the lock, and trusts what this write created before only if no one wrote since its last
// transaction. Each transaction that writes something also creates a tick node, which Version counts, so that the
// version moves with the data, one step per transaction, as it does in writeWindow; a new entity's tick carries
// the last Seq it gave. The next meta-lock folds the ticks into the version and the Seq. The coordinator runs
// nothing after its lock: a second statement on the metadata node while another writer waits for it is a deadlock
// to Neo4j.
//
// A failed transaction stops the ones not yet begun; those already running finish. The error names the first
// failed one.
func (s *Store) writeBulk(ctx context.Context, b *ringleader.Batch, start int, st *writeState, prog *progress) (res ringleader.WriteResult, next int, err error) {
	session := s.session(ctx, neo4jdrv.AccessModeWrite)
	defer session.Close(context.WithoutCancel(ctx))
	coord, version, seq, err := s.lockMeta(ctx, session)
	if err != nil {
		return res, start, wrap(err, "write: lock")
	}
	finish := func(commit bool) error {
		fctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), finishTimeout)
		defer cancel()
		if commit {
			return coord.Commit(fctx)
		}
		return coord.Rollback(fctx)
	}
	step, nEnt := s.bulkRows(), len(b.Entities)
	entEnd := start
	inRun := nothing
	if start < nEnt {
		st.entitiesTried = true
		ids, ok, err := s.allNew(ctx, coord, b.Entities[start:nEnt])
		if err != nil || !ok {
			return res, start, wrapIf(errors.Join(err, finish(false)), "write: look up entities")
		}
		entEnd, inRun = nEnt, func(id string) bool { return ids[id] }
	}
	trust := version == st.version
	linkEnd := entEnd
	if entEnd == nEnt || start >= nEnt {
		linkEnd = st.newRun(b, max(entEnd, start), step, trust, inRun)
	}
	if chunks(start, entEnd, step)+chunks(entEnd, linkEnd, step) < 2 {
		return res, start, wrapIf(finish(false), "write: unlock")
	}

	w := &bulkWork{s: s, ctx: ctx, step: step, start: start, prog: prog, total: len(b.Entities) + len(b.Links)}
	eids := make(map[string]string)
	var mu sync.Mutex
	w.run(start, entEnd, func(tx neo4jdrv.ManagedTransaction, lo, hi int) (ringleader.WriteResult, func(), error) {
		// Every entity of the run is new and there once: the run's i-th record gets Seq seq+1+i.
		r, got, err := s.writeNewEntities(ctx, tx, b.Entities[lo:hi], seq+int64(lo-start))
		return r, func() { mu.Lock(); defer mu.Unlock(); maps.Copy(eids, got) }, err
	})
	if w.failed == nil && entEnd > start {
		if !trust {
			clear(st.created) // someone else wrote since: only this run's entities are sure to have no links
		}
		for _, e := range b.Entities[start:entEnd] {
			st.created[e.ID] = true
		}
		maps.Copy(st.eids, eids)
		trust = true
	}
	if w.failed == nil {
		w.run(entEnd, linkEnd, func(tx neo4jdrv.ManagedTransaction, lo, hi int) (ringleader.WriteResult, func(), error) {
			r, err := s.writeNewLinks(ctx, tx, b.Links[lo-nEnt:hi-nEnt], st.distinct(lo, hi, nEnt), st.eids)
			return r, nil, err
		})
	}
	// The commit only releases the lock (and keeps the ticks that the lock folded): every transaction of the run
	// has committed or failed by now.
	ferr := finish(true)
	if w.failed != nil {
		return w.res, start, wrap(errors.Join(w.failed.err, ferr),
			"write records %d to %d of %d (the %d before are written, and some after may be)",
			w.failed.start+1, min(w.failed.start+step, w.total), w.total, w.failed.start)
	}
	if ferr != nil {
		return w.res, start, wrap(ferr, "write: release the lock")
	}
	if !trust {
		clear(st.created)
	}
	st.version = version + int64(w.changing)
	return w.res, linkEnd, nil
}

// chunks is the number of transactions of step records that [lo, hi) takes.
func chunks(lo, hi, step int) int { return (hi - lo + step - 1) / step }

// bulkWork runs the transactions of a bulk run, Config.WriteConcurrency at a time, and gathers what they did.
type bulkWork struct {
	s           *Store
	ctx         context.Context
	step, start int
	total       int
	prog        *progress

	mu       sync.Mutex
	res      ringleader.WriteResult
	changing int // transactions that changed something: each ticked the version
	done     int // records of the transactions done
	failed   *bulkFailure
}

type bulkFailure struct {
	start int
	err   error
}

// run writes records [lo, hi) in transactions of step records, each by write in a managed transaction (retried by
// the driver), and waits for them. write returns what its transaction did and, optionally, what to do once it has
// committed. The first failure, by position, is kept; no transaction begins after one.
func (w *bulkWork) run(lo, hi int, write func(tx neo4jdrv.ManagedTransaction, lo, hi int) (ringleader.WriteResult, func(), error)) {
	var wg sync.WaitGroup
	slots := make(chan struct{}, w.s.concurrency)
	for at := lo; at < hi; at += w.step {
		w.mu.Lock()
		stop := w.failed != nil
		if !stop && w.ctx.Err() != nil {
			w.failed, stop = &bulkFailure{at, w.ctx.Err()}, true
		}
		w.mu.Unlock()
		if stop {
			break
		}
		slots <- struct{}{}
		wg.Add(1)
		go func(lo, hi int) {
			defer func() { <-slots; wg.Done() }()
			var after func()
			r, err := writeTx(w.ctx, w.s, func(tx neo4jdrv.ManagedTransaction) (ringleader.WriteResult, error) {
				r, a, err := write(tx, lo, hi)
				after = a
				return r, err
			})
			if err == nil && after != nil {
				after()
			}
			w.mu.Lock()
			defer w.mu.Unlock()
			if err != nil {
				if w.failed == nil || lo < w.failed.start {
					w.failed = &bulkFailure{lo, err}
				}
				return
			}
			w.res.Add(r)
			if r != (ringleader.WriteResult{EntitiesUnchanged: r.EntitiesUnchanged, LinksUnchanged: r.LinksUnchanged}) {
				w.changing++
			}
			// Transactions end in any order: progress counts the records of those done.
			w.done += hi - lo
			w.prog.at(w.start + w.done)
		}(at, min(at+w.step, hi))
	}
	wg.Wait()
}

// allNew reports whether none of ents is stored and no id repeats, asking in tx; it returns their ids. When the
// store holds no entity at all it asks no more (a first load of 100,000 entities saved 0.2-0.45 s of lookups).
func (s *Store) allNew(ctx context.Context, tx neo4jdrv.ExplicitTransaction, ents []ringleader.Entity) (map[string]bool, bool, error) {
	ids := make(map[string]bool, len(ents))
	list := make([]string, 0, len(ents))
	for _, e := range ents {
		if ids[e.ID] {
			return nil, false, nil
		}
		ids[e.ID] = true
		list = append(list, e.ID)
	}
	rows, err := coordRun(ctx, tx, qEntitiesStored, nil)
	if err != nil {
		return nil, false, err
	}
	if n, _ := rows[0].Values[0].(int64); n == 0 {
		return ids, true, nil
	}
	for lo := 0; lo < len(list); lo += s.batchSize {
		rows, err := coordRun(ctx, tx, qMissing, map[string]any{"ids": list[lo:min(lo+s.batchSize, len(list))]})
		if err != nil || len(rows) > 0 {
			return nil, false, err
		}
	}
	return ids, true, nil
}

// writeNewEntities creates entities that allNew found new, numbering them from seq+1 on, and ticks the version
// with the last Seq given. It returns their element ids.
func (s *Store) writeNewEntities(ctx context.Context, tx neo4jdrv.ManagedTransaction, ents []ringleader.Entity, seq int64) (ringleader.WriteResult, map[string]string, error) {
	var res ringleader.WriteResult
	eids := make(map[string]string, len(ents))
	creates, _, err := mergeEntities(ents, nil, &seq, &res)
	if err != nil {
		return res, nil, err
	}
	for lo := 0; lo < len(creates); lo += s.batchSize {
		if err := s.runWrite(ctx, tx, qEntitiesCreate, "rows", creates[lo:min(lo+s.batchSize, len(creates))], nil, eids); err != nil {
			return res, nil, err
		}
	}
	if _, err := run(ctx, tx, qMetaTick, map[string]any{"seq": seq}); err != nil {
		return res, nil, err
	}
	return res, eids, nil
}

// writeNewLinks creates links that writeState.newRun found new, merging repeats among them (distinct says there
// are none: each link is then its own row), and ticks the version when it creates something.
func (s *Store) writeNewLinks(ctx context.Context, tx neo4jdrv.ManagedTransaction, links []ringleader.Link, distinct bool, eids map[string]string) (ringleader.WriteResult, error) {
	var res ringleader.WriteResult
	eid := func(id string) string { return eids[id] }
	var creates []any
	var err error
	if distinct {
		creates, err = newLinkRows(links, &res)
	} else {
		creates, _, _, err = mergeLinks(links, nil, &res)
	}
	if err != nil {
		return res, err
	}
	for lo := 0; lo < len(creates); lo += s.batchSize {
		if err := s.runWrite(ctx, tx, qLinksCreate, "rows", creates[lo:min(lo+s.batchSize, len(creates))], eid, nil); err != nil {
			return res, err
		}
	}
	if len(creates) > 0 {
		if _, err := run(ctx, tx, qMetaTick, map[string]any{"seq": nil}); err != nil {
			return res, err
		}
	}
	return res, nil
}

// newLinkRows is mergeLinks for new links whose keys are distinct: the links-create rows, without the maps that
// merge repeats (a million links spent 2 of their 9 s of client CPU in mergeLinks).
func newLinkRows(links []ringleader.Link, res *ringleader.WriteResult) ([]any, error) {
	rows := make([]any, len(links))
	for i := range links {
		l := ringleader.MergeLink(nil, links[i])
		props, err := linkProps(&l, nil)
		if err != nil {
			return nil, err
		}
		rows[i] = linkCreate(&l, props)
	}
	res.LinksCreated += len(links)
	return rows, nil
}

// distinct reports whether links [lo, hi) of the batch (positions, entities first) have distinct keys.
func (st *writeState) distinct(lo, hi, nEnt int) bool {
	if st.firstPos == nil {
		return false
	}
	for i := lo; i < hi; i++ {
		if int(st.firstPos[i-nEnt]) != i {
			return false
		}
	}
	return true
}

// lockMeta begins the coordinator's transaction and takes the metadata lock in it, returning the version and the
// last Seq given. It retries as the driver retries managed transactions: a writer waiting for the lock is the one
// Neo4j picks to fail when the holder touches the metadata node again (writeWindow's meta-advance).
func (s *Store) lockMeta(ctx context.Context, session neo4jdrv.SessionWithContext) (neo4jdrv.ExplicitTransaction, int64, int64, error) {
	deadline := time.Now().Add(s.retryTime)
	for wait := 10 * time.Millisecond; ; wait = min(2*wait, time.Second) {
		tx, err := session.BeginTransaction(ctx)
		if err != nil {
			return nil, 0, 0, err
		}
		rows, err := coordRun(ctx, tx, qMetaLock, nil)
		if err == nil && len(rows) != 1 {
			err = fmt.Errorf("meta-lock returned %d rows", len(rows))
		}
		if err == nil {
			version, _ := rows[0].Values[0].(int64)
			seq, _ := rows[0].Values[1].(int64)
			return tx, version, seq, nil
		}
		_ = tx.Rollback(context.WithoutCancel(ctx))
		if !neo4jdrv.IsRetryable(err) || time.Now().After(deadline) {
			return nil, 0, 0, err
		}
		select {
		case <-ctx.Done():
			return nil, 0, 0, ctx.Err()
		case <-time.After(wait):
		}
	}
}

// coordRun runs stmt in an explicit transaction and collects its records.
func coordRun(ctx context.Context, tx neo4jdrv.ExplicitTransaction, stmt string, params map[string]any) ([]*neo4jdrv.Record, error) {
	res, err := tx.Run(ctx, stmt, params)
	if err != nil {
		return nil, err
	}
	return res.Collect(ctx)
}

// wrapIf is wrap for an error that may be nil.
func wrapIf(err error, format string, args ...any) error {
	if err == nil {
		return nil
	}
	return wrap(err, format, args...)
}
