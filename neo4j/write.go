package neo4j

import (
	"context"
	"fmt"
	"hash/fnv"
	"maps"
	"sync"

	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/ringleader/ringleader"
)

// Write upserts the batch: entities first, in batch order, then links. Each record is merged over the stored one
// with ringleader.MergeEntity or MergeLink and counted as created, updated or unchanged by EqualEntity or
// EqualLink; a record that appears twice in a batch is merged twice. New entities get Seq numbers in batch order.
//
// Every link's endpoints are checked before anything is written: one that names an entity neither in the batch
// nor stored fails the write with EINVALID listing every such link. A batch of up to Config.TxRows records is
// written in one transaction; a larger one in several, each of which advances Version by one when it changes
// something. Should one of those fail, the ones before it stay written (and, when links were being written
// concurrently, possibly some after it); writing the batch again completes it.
func (s *Store) Write(ctx context.Context, b *ringleader.Batch) (ringleader.WriteResult, error) {
	var res ringleader.WriteResult
	if b == nil {
		return res, nil
	}
	if err := b.Validate(); err != nil {
		return res, fmt.Errorf("neo4j: %w", err)
	}
	st := newWriteState(b, s.txRows)
	if err := s.checkEndpoints(ctx, b, st); err != nil {
		return res, err
	}
	if b.Compartment != nil {
		if err := s.checkCompartment(ctx, b); err != nil {
			return res, err
		}
	}
	total := len(b.Entities) + len(b.Links)
	prog := &progress{report: b.Progress, total: total}
	for start := 0; start < total; {
		if s.concurrency > 1 && st.mayBulk(b, start, s.bulkRows()) {
			r, next, err := s.writeBulk(ctx, b, start, st, prog)
			res.Add(r)
			if err != nil {
				return res, err
			}
			if next > start {
				start = next
				continue
			}
			// Nothing to write concurrently from here (stored entities, or someone else wrote since this write's
			// last transaction): one transaction at a time, looking up what may be stored.
		}
		end := min(start+s.txRows, total)
		r, err := writeTx(ctx, s, func(tx neo4jdrv.ManagedTransaction) (windowResult, error) {
			return s.writeWindow(ctx, tx, b, start, end, st, prog)
		})
		if err != nil {
			if start > 0 {
				return res, wrap(err, "write records %d to %d of %d (the %d before are written)", start+1, end, total, start)
			}
			return res, wrap(err, "write")
		}
		st.committed(r)
		res.Add(r.res)
		start = end
	}
	if b.Progress != nil {
		b.Progress(total, total)
	}
	return res, nil
}

// progress reports records written to Batch.Progress. A retried transaction writes its records again; the
// report only ever moves forward.
type progress struct {
	mu          sync.Mutex
	report      func(done, total int)
	done, total int
}

func (p *progress) at(done int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.report != nil && done > p.done && done < p.total {
		p.done = done
		p.report(done, p.total)
	}
}

// writeState is what one Write carries from a transaction to the next, so that a link whose endpoint this write
// created, and whose key no earlier transaction of it wrote, needs no lookup: no one else can have stored it.
// That holds only while no one else writes in between, which the store's version tells: each transaction checks
// that the version it finds under the metadata lock is the one this write's last transaction left.
type writeState struct {
	// firstPos holds, for each link, the position (entities, then links) of the first record with its key; nil
	// when the batch fits one transaction. Keys are compared by hash: a collision only costs a lookup.
	firstPos []int32
	// created holds the entities this write has created, and version the store's version after its last commit
	// (-1 before the first).
	created map[string]bool
	version int64
	// entitiesTried says that writeBulk has looked at the entities: it does not look again.
	entitiesTried bool
	// eids holds the element ids of the entities the links name, as far as known from the endpoint check and the
	// committed transactions: links are created between nodes found by element id, which costs less than an
	// index seek. Entities are never deleted; a link whose endpoint is gone all the same is an error (runWrite).
	eids map[string]string
}

func newWriteState(b *ringleader.Batch, txRows int) *writeState {
	st := &writeState{created: make(map[string]bool), version: -1, eids: make(map[string]string)}
	if len(b.Entities)+len(b.Links) > txRows {
		first := make(map[uint64]int32, len(b.Links))
		st.firstPos = make([]int32, len(b.Links))
		h := fnv.New64a()
		for i := range b.Links {
			h.Reset()
			h.Write([]byte(b.Links[i].Key()))
			pos, seen := first[h.Sum64()]
			if !seen {
				pos = int32(len(b.Entities) + i)
				first[h.Sum64()] = pos
			}
			st.firstPos[i] = pos
		}
	}
	return st
}

// knownNew reports whether link i of the batch cannot be stored yet, for a transaction of the records from
// txStart on that creates the entities createdHere says: it has no id (its key names its endpoints), no earlier
// transaction of this write has its key, and one of its endpoints is new, made by this transaction or, when trust
// says that no one else has written since this write's last transaction, by an earlier one.
func (st *writeState) knownNew(b *ringleader.Batch, i, txStart int, trust bool, createdHere func(id string) bool) bool {
	l := &b.Links[i]
	if l.ID != "" || (st.firstPos != nil && int(st.firstPos[i]) < txStart) {
		return false
	}
	if createdHere(l.Source) || createdHere(l.Target) {
		return true
	}
	return trust && (st.created[l.Source] || st.created[l.Target])
}

// newRun returns the end of the run of transactions of step records from start (a link) on that hold only links
// knownNew for them: start when there is none. A key repeated in a later transaction ends the run there, so that
// no two transactions of a run create the same link.
func (st *writeState) newRun(b *ringleader.Batch, start, step int, trust bool, createdHere func(string) bool) int {
	nEnt, total := len(b.Entities), len(b.Entities)+len(b.Links)
	end := start
	for end < total {
		next := min(end+step, total)
		for i := end; i < next; i++ {
			if !st.knownNew(b, i-nEnt, end, trust, createdHere) {
				return end
			}
		}
		end = next
	}
	return end
}

// committed records a committed transaction's entities and the version it left.
func (st *writeState) committed(r windowResult) {
	if r.versionBefore != st.version {
		// Someone else wrote in between: what this write created may have links of theirs by now.
		clear(st.created)
	}
	for _, id := range r.created {
		st.created[id] = true
	}
	maps.Copy(st.eids, r.eids)
	st.version = r.versionAfter
}

// windowResult is what one transaction of a write did.
type windowResult struct {
	res ringleader.WriteResult
	// created are the entities it created; versionBefore is the version it found under the metadata lock and
	// versionAfter the one it left.
	created                     []string
	versionBefore, versionAfter int64
	// eids are the element ids of the entities it read or created.
	eids map[string]string
}

// writeWindow writes records [start, end) of the batch (entities, then links, counted together) in tx. It reads
// every stored record the window merges over before it writes anything, so that no lookup has to merge the
// transaction's own writes into its index results, and so that the links of entities this write creates need no
// lookup at all.
func (s *Store) writeWindow(ctx context.Context, tx neo4jdrv.ManagedTransaction, b *ringleader.Batch, start, end int, st *writeState, prog *progress) (windowResult, error) {
	wr := windowResult{eids: make(map[string]string)}
	res := &wr.res
	rows, err := run(ctx, tx, qMetaLock, nil)
	if err != nil {
		return wr, err
	}
	if len(rows) != 1 {
		return wr, fmt.Errorf("meta-lock returned %d rows", len(rows))
	}
	version, _ := rows[0].Values[0].(int64)
	seq, _ := rows[0].Values[1].(int64)
	lastSeq := seq

	nEnt := len(b.Entities)
	ents := b.Entities[min(start, nEnt):min(end, nEnt)]
	links := b.Links[max(start, nEnt)-nEnt : max(end, nEnt)-nEnt]
	storedEnts, err := s.storedEntities(ctx, tx, ents)
	if err != nil {
		return wr, err
	}
	for id, e := range storedEnts {
		wr.eids[id] = e.eid
	}
	eid := func(id string) string {
		if e, ok := wr.eids[id]; ok {
			return e
		}
		return st.eids[id]
	}
	inWindow := make(map[string]bool, len(ents))
	for _, e := range ents {
		if _, stored := storedEnts[e.ID]; !stored && !inWindow[e.ID] {
			wr.created = append(wr.created, e.ID)
		}
		inWindow[e.ID] = true
	}
	createdHere := func(id string) bool {
		_, stored := storedEnts[id]
		return !stored && inWindow[id]
	}
	first := max(start, nEnt) - nEnt // links[i] is b.Links[first+i]
	isNew := func(i int) bool { return st.knownNew(b, first+i, start, version == st.version, createdHere) }
	storedLinks, strays, err := s.storedLinks(ctx, tx, links, isNew)
	if err != nil {
		return wr, err
	}
	if b.Compartment != nil {
		// Checked before the first transaction; again here, against what this one merges over, in case another
		// writer shared a record with other cases since.
		if err := s.recheckCompartment(ctx, tx, *b.Compartment, ents, links, storedEnts, storedLinks); err != nil {
			return wr, err
		}
	}
	entCreates, entUpdates, err := mergeEntities(ents, storedEnts, &seq, res)
	if err != nil {
		return wr, err
	}
	linkCreates, linkUpdates, linkDeletes, err := mergeLinks(links, storedLinks, res)
	if err != nil {
		return wr, err
	}

	steps := []struct {
		stmt, param string
		rows        []any
	}{
		{qEntitiesCreate, "rows", entCreates},
		{qEntitiesUpdate, "rows", entUpdates},
		{qLinksDelete, "eids", append(strays, linkDeletes...)},
		{qLinksUpdate, "rows", linkUpdates},
		{qLinksCreate, "rows", linkCreates},
	}
	writes, written := 0, 0
	for _, step := range steps {
		writes += len(step.rows)
	}
	for _, step := range steps {
		for lo := 0; lo < len(step.rows); lo += s.batchSize {
			hi := min(lo+s.batchSize, len(step.rows))
			if err := s.runWrite(ctx, tx, step.stmt, step.param, step.rows[lo:hi], eid, wr.eids); err != nil {
				return wr, err
			}
			// Progress counts the window's records, of which only the changed ones are written.
			written += hi - lo
			prog.at(start + (end-start)*written/writes)
		}
	}
	wr.versionBefore, wr.versionAfter = version, version
	if res.EntitiesCreated+res.EntitiesUpdated+res.LinksCreated+res.LinksUpdated > 0 || seq != lastSeq {
		if _, err := run(ctx, tx, qMetaAdvance, map[string]any{"seq": seq}); err != nil {
			return wr, err
		}
		wr.versionAfter++
	}
	return wr, nil
}

// runWrite runs a write statement on rows. entities-create returns the element ids of the nodes it makes, which
// go to learned. links-create finds its endpoints by element id, which eid gives, and returns how many
// relationships it made: one per row, else an endpoint has gone since it was read (by a writer outside the store),
// and the link must not be counted as created.
func (s *Store) runWrite(ctx context.Context, tx neo4jdrv.ManagedTransaction, stmt, param string, rows []any, eid func(string) string, learned map[string]string) error {
	params := map[string]any{param: rows}
	switch stmt {
	case qEntitiesCreate:
		params = entityColumns(rows)
	case qLinksCreate:
		var err error
		if params, err = linkColumns(rows, eid); err != nil {
			return err
		}
	}
	recs, err := run(ctx, tx, stmt, params)
	if err != nil {
		return err
	}
	switch stmt {
	case qEntitiesCreate:
		var made, eids []any
		if len(recs) == 1 {
			made, _ = recs[0].Values[0].([]any)
			eids, _ = recs[0].Values[1].([]any)
		}
		if len(made) != len(rows) || len(eids) != len(rows) {
			return fmt.Errorf("entities-create made %d of %d entities", len(eids), len(rows))
		}
		ids := params["id"].([]any)
		for k, i := range made {
			learned[asString(ids[i.(int64)])] = asString(eids[k])
		}
	case qLinksCreate:
		if n, _ := recs[0].Values[0].(int64); len(recs) != 1 || n != int64(len(rows)) {
			return fmt.Errorf("links-create made %v of %d links: an endpoint is no longer stored", recs[0].Values[0], len(rows))
		}
	}
	return nil
}
