package neo4j

import (
	"context"
	"fmt"
	"hash/fnv"
	"maps"
	"slices"
	"sync"

	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/ringleader/ringleader"
)

// maxProblems caps the problems one failed write lists; the message still gives the total.
const maxProblems = 50

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

// invalid returns an EINVALID error listing problems (at most maxProblems), or nil.
func invalid(problems []ringleader.Problem, format string) error {
	if len(problems) == 0 {
		return nil
	}
	err := ringleader.Errorf(ringleader.EINVALID, format, len(problems))
	err.Problems = problems[:min(len(problems), maxProblems)]
	return err
}

// checkEndpoints fails with EINVALID when a link names an entity that is neither in the batch nor stored. Entities
// are never deleted, so what it finds stored stays so while the batch is written; their element ids go to st.
func (s *Store) checkEndpoints(ctx context.Context, b *ringleader.Batch, st *writeState) error {
	inBatch := make(map[string]bool, len(b.Entities))
	for _, e := range b.Entities {
		inBatch[e.ID] = true
	}
	var outside []string
	for _, l := range b.Links {
		for _, id := range []string{l.Source, l.Target} {
			if !inBatch[id] {
				inBatch[id] = true // asked once
				outside = append(outside, id)
			}
		}
	}
	found, err := s.lookUp(ctx, outside)
	if err != nil {
		return err
	}
	unknown := make(map[string]bool)
	for _, id := range outside {
		if _, stored := found[id]; !stored {
			unknown[id] = true
		}
	}
	var problems []ringleader.Problem
	for _, l := range b.Links {
		for _, end := range []struct{ field, id string }{{"source", l.Source}, {"target", l.Target}} {
			if unknown[end.id] {
				problems = append(problems, ringleader.Problem{Field: end.field,
					Reason: fmt.Sprintf("link %s: no entity %q in the batch or the store", l.Key(), end.id)})
			}
		}
	}
	if err := invalid(problems, "neo4j: %d link endpoints name unknown entities; nothing was written"); err != nil {
		return err
	}
	maps.Copy(st.eids, found)
	return nil
}

// checkCompartment refuses a batch that a writer limited to b.Compartment may not write, given what it would
// merge over (ringleader.Scope.CheckBatch).
func (s *Store) checkCompartment(ctx context.Context, b *ringleader.Batch) error {
	var ids, keys []string
	for _, e := range b.Entities {
		ids = append(ids, e.ID)
	}
	for i := range b.Links {
		ids = append(ids, b.Links[i].Source, b.Links[i].Target)
		keys = append(keys, b.Links[i].Key())
	}
	net, err := s.Stored(ctx, ids, keys)
	if err != nil {
		return err
	}
	ents := make(map[string]*ringleader.Entity, len(net.Entities))
	for i := range net.Entities {
		ents[net.Entities[i].ID] = &net.Entities[i]
	}
	links := make(map[string]*ringleader.Link, len(net.Links))
	for i := range net.Links {
		links[net.Links[i].Key()] = &net.Links[i]
	}
	return b.Compartment.CheckBatch(b, ents, links)
}

// recheckCompartment applies the compartment's rules to one window's records, against what it merges over and
// the links' stored endpoints.
func (s *Store) recheckCompartment(ctx context.Context, tx neo4jdrv.ManagedTransaction, scope ringleader.Scope, ents []ringleader.Entity, links []ringleader.Link, storedEnts map[string]storedEntity, storedLinks map[string]storedLink) error {
	var ends []ringleader.Entity
	for _, l := range links {
		ends = append(ends, ringleader.Entity{ID: l.Source}, ringleader.Entity{ID: l.Target})
	}
	storedEnds, err := s.storedEntities(ctx, tx, ends)
	if err != nil {
		return err
	}
	for i := range ents {
		var prev *ringleader.Entity
		if st, ok := storedEnts[ents[i].ID]; ok {
			prev = &st.entity
		}
		if r, v := scope.CheckEntityWrite(prev, &ents[i]); r != ringleader.RefusalNone {
			return ringleader.Errorf(ringleader.EINVALID, "neo4j: %s; nothing of this transaction was written", r.Reason(v))
		}
	}
	for i := range links {
		var prev *ringleader.Link
		if st, ok := storedLinks[links[i].Key()]; ok {
			prev = &st.link
		}
		if r, v := scope.CheckLinkWrite(prev, &links[i], endpoint(storedEnds, links[i].Source), endpoint(storedEnds, links[i].Target)); r != ringleader.RefusalNone {
			return ringleader.Errorf(ringleader.EINVALID, "neo4j: %s; nothing of this transaction was written", r.Reason(v))
		}
	}
	return nil
}

func endpoint(stored map[string]storedEntity, id string) *ringleader.Entity {
	if st, ok := stored[id]; ok {
		return &st.entity
	}
	return nil
}

// Stored returns the stored entities among ids and the stored links among keys, whatever their cases.
func (s *Store) Stored(ctx context.Context, ids, keys []string) (*ringleader.Network, error) {
	net, err := readTx(ctx, s, func(tx neo4jdrv.ManagedTransaction) (*ringleader.Network, error) {
		net := &ringleader.Network{}
		ents := make([]ringleader.Entity, 0, len(ids))
		for i := range ids {
			ents = append(ents, ringleader.Entity{ID: ids[i]})
		}
		found, err := s.storedEntities(ctx, tx, ents)
		if err != nil {
			return nil, err
		}
		for _, e := range found {
			net.Entities = append(net.Entities, e.entity)
		}
		stored, _, err := s.linksByKey(ctx, tx, slices.Compact(slices.Sorted(slices.Values(keys))))
		if err != nil {
			return nil, err
		}
		for _, l := range stored {
			net.Links = append(net.Links, l.link)
		}
		net.Sort()
		return net, nil
	})
	if err != nil {
		return nil, wrap(err, "read stored records")
	}
	return net, nil
}

// Missing returns those of ids that the store does not hold, in the order given.
func (s *Store) Missing(ctx context.Context, ids []string) ([]string, error) {
	found, err := s.lookUp(ctx, ids)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, id := range ids {
		if _, ok := found[id]; !ok {
			out = append(out, id)
		}
	}
	return out, nil
}

// lookUp returns the element ids of those of ids that the store holds.
func (s *Store) lookUp(ctx context.Context, ids []string) (map[string]string, error) {
	if len(ids) == 0 {
		return map[string]string{}, nil
	}
	found, err := readTx(ctx, s, func(tx neo4jdrv.ManagedTransaction) (map[string]string, error) {
		found := make(map[string]string)
		for start := 0; start < len(ids); start += s.batchSize {
			chunk := ids[start:min(start+s.batchSize, len(ids))]
			err := each(ctx, tx, qMissing, map[string]any{"ids": chunk}, func(r *neo4jdrv.Record) error {
				found[asString(r.Values[0])] = asString(r.Values[1])
				return nil
			})
			if err != nil {
				return nil, err
			}
		}
		return found, nil
	})
	if err != nil {
		return nil, wrap(err, "look up ids")
	}
	return found, nil
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

// storedEntity is an entity as read in the write transaction, with its node's element id.
type storedEntity struct {
	eid    string
	entity ringleader.Entity
}

// storedEntities reads the stored entities that ents name, by id.
func (s *Store) storedEntities(ctx context.Context, tx neo4jdrv.ManagedTransaction, ents []ringleader.Entity) (map[string]storedEntity, error) {
	ids := make([]string, 0, len(ents))
	seen := make(map[string]bool, len(ents))
	for _, e := range ents {
		if !seen[e.ID] {
			seen[e.ID] = true
			ids = append(ids, e.ID)
		}
	}
	stored := make(map[string]storedEntity)
	for lo := 0; lo < len(ids); lo += s.batchSize {
		chunk := ids[lo:min(lo+s.batchSize, len(ids))]
		err := each(ctx, tx, qEntitiesExisting, map[string]any{"ids": chunk}, func(r *neo4jdrv.Record) error {
			e, err := decodeEntity(r.Values[1])
			if err != nil {
				return err
			}
			stored[e.ID] = storedEntity{eid: asString(r.Values[0]), entity: e}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return stored, nil
}

// mergeEntities merges ents, in order, over the stored entities and what earlier records of ents made of them,
// counts each record in res, numbers new entities from seq on, and returns the rows of entities-create and
// entities-update that bring the store to the final state.
func mergeEntities(ents []ringleader.Entity, stored map[string]storedEntity, seq *int64, res *ringleader.WriteResult) (creates, updates []any, err error) {
	current := make(map[string]*ringleader.Entity, len(ents))
	var order []string
	inOrder := make(map[string]bool, len(ents))
	for id, st := range stored {
		e := st.entity
		current[id] = &e
	}
	for _, e := range ents {
		prev := current[e.ID]
		merged := ringleader.MergeEntity(prev, e)
		switch {
		case prev == nil:
			*seq++
			merged.Seq = *seq
			res.EntitiesCreated++
		case ringleader.EqualEntity(*prev, merged):
			res.EntitiesUnchanged++
		default:
			res.EntitiesUpdated++
		}
		current[e.ID] = &merged
		if !inOrder[e.ID] {
			inOrder[e.ID] = true
			order = append(order, e.ID)
		}
	}
	for _, id := range order {
		e := current[id]
		st, exists := stored[id]
		switch {
		case !exists:
			props, err := entityProps(e, nil)
			if err != nil {
				return nil, nil, err
			}
			creates = append(creates, map[string]any{"kind": string(e.Kind), "props": props})
		case !ringleader.EqualEntity(st.entity, *e):
			props, err := entityProps(e, &st.entity)
			if err != nil {
				return nil, nil, err
			}
			updates = append(updates, map[string]any{"eid": st.eid, "old_kind": string(st.entity.Kind),
				"kind": string(e.Kind), "props": props})
		}
	}
	return creates, updates, nil
}

// storedLink is a link as read in the write transaction, with its relationship's element id.
type storedLink struct {
	eid  string
	link ringleader.Link
}

// storedLinks reads the stored links that links name, by key, except those for which isNew says that they cannot
// be stored. strays are the element ids of further
// relationships with a key already found, which only a writer outside this store can have made: they are
// deleted, so that a key names one relationship again.
func (s *Store) storedLinks(ctx context.Context, tx neo4jdrv.ManagedTransaction, links []ringleader.Link, isNew func(i int) bool) (map[string]storedLink, []any, error) {
	keys := make([]string, 0, len(links))
	seen := make(map[string]bool, len(links))
	for i := range links {
		if k := links[i].Key(); !seen[k] && !isNew(i) {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	return s.linksByKey(ctx, tx, keys)
}

// linksByKey reads the stored links of keys, each key once, and the element ids of stray duplicates (see
// storedLinks).
func (s *Store) linksByKey(ctx context.Context, tx neo4jdrv.ManagedTransaction, keys []string) (map[string]storedLink, []any, error) {
	stored := make(map[string]storedLink)
	var strays []any
	for lo := 0; lo < len(keys); lo += s.batchSize {
		chunk := keys[lo:min(lo+s.batchSize, len(keys))]
		err := each(ctx, tx, qLinksExisting, map[string]any{"keys": chunk}, func(r *neo4jdrv.Record) error {
			m, _ := r.Values[4].(map[string]any)
			if m == nil {
				return fmt.Errorf("links-existing: link is %T", r.Values[4])
			}
			m["type"], m["source"], m["target"] = r.Values[1], r.Values[2], r.Values[3]
			l, err := decodeLink(m)
			if err != nil {
				return err
			}
			eid := asString(r.Values[0])
			if _, dup := stored[l.Key()]; dup {
				strays = append(strays, eid)
				return nil
			}
			stored[l.Key()] = storedLink{eid: eid, link: l}
			return nil
		})
		if err != nil {
			return nil, nil, err
		}
	}
	return stored, strays, nil
}

// mergeLinks merges links, in order, over the stored links and what earlier records of links made of them,
// counts each record in res, and returns the rows of links-create and links-update and the element ids for
// links-delete that bring the store to the final state.
func mergeLinks(links []ringleader.Link, stored map[string]storedLink, res *ringleader.WriteResult) (creates, updates, deletes []any, err error) {
	current := make(map[string]*ringleader.Link, len(links))
	var order []string
	inOrder := make(map[string]bool, len(links))
	for k, st := range stored {
		l := st.link
		current[k] = &l
	}
	for i := range links {
		k := links[i].Key()
		prev := current[k]
		merged := ringleader.MergeLink(prev, links[i])
		switch {
		case prev == nil:
			res.LinksCreated++
		case ringleader.EqualLink(*prev, merged):
			res.LinksUnchanged++
		default:
			res.LinksUpdated++
		}
		current[k] = &merged
		if !inOrder[k] {
			inOrder[k] = true
			order = append(order, k)
		}
	}
	for _, k := range order {
		l := current[k]
		st, exists := stored[k]
		switch {
		case exists && ringleader.EqualLink(st.link, *l):
			continue
		case exists && st.link.Type == l.Type && st.link.Source == l.Source && st.link.Target == l.Target:
			props, err := linkProps(l, &st.link)
			if err != nil {
				return nil, nil, nil, err
			}
			updates = append(updates, map[string]any{"eid": st.eid, "props": props})
			continue
		case exists:
			// A link id now names other endpoints or another type: a relationship cannot change either.
			deletes = append(deletes, st.eid)
		}
		props, err := linkProps(l, nil)
		if err != nil {
			return nil, nil, nil, err
		}
		creates = append(creates, linkCreate(l, props))
	}
	return creates, updates, deletes, nil
}

// linkColumns turns links-create rows (linkCreate) into the statement's columns, finding the endpoints' element
// ids by eid.
func linkColumns(rows []any, eid func(string) string) (map[string]any, error) {
	a, b, types := make([]string, len(rows)), make([]string, len(rows)), make([]string, len(rows))
	for i, r := range rows {
		row := r.(map[string]any)
		src, dst := row["source"].(string), row["target"].(string)
		if a[i], b[i] = eid(src), eid(dst); a[i] == "" || b[i] == "" {
			return nil, fmt.Errorf("links-create: no element id for %q or %q", src, dst)
		}
		types[i] = row["type"].(string)
	}
	params := propColumns(rows, linkFieldNames, linkFields)
	params["a"], params["b"], params["type"] = a, b, types
	return params, nil
}

// entityColumns turns entities-create rows into the statement's columns.
func entityColumns(rows []any) map[string]any {
	kinds := make([]string, len(rows))
	for i, r := range rows {
		kinds[i] = r.(map[string]any)["kind"].(string)
	}
	params := propColumns(rows, entityFieldNames, entityFields)
	params["label"] = kinds
	return params
}

// propColumns splits the property maps of new records' rows (row["props"]) into one column per field the store
// owns and a column "extra" of maps of the other properties (null for a row without any). A column without a
// value is sent empty: the create statements read an index past its end as null, and set no null property.
func propColumns(rows []any, fields []string, owned map[string]bool) map[string]any {
	cols := make(map[string][]any, len(fields)+1)
	column := func(name string) []any {
		c := cols[name]
		if c == nil {
			c = make([]any, len(rows))
			cols[name] = c
		}
		return c
	}
	for i, r := range rows {
		var extra map[string]any
		for k, v := range r.(map[string]any)["props"].(map[string]any) {
			switch {
			case v == nil: // a new record has no property to remove
			case owned[k]:
				column(k)[i] = v
			default:
				if extra == nil {
					extra = make(map[string]any)
				}
				extra[k] = v
			}
		}
		if extra != nil {
			column("extra")[i] = extra
		}
	}
	params := make(map[string]any, len(fields)+4)
	for _, name := range fields {
		params[name] = orEmpty(cols[name])
	}
	params["extra"] = orEmpty(cols["extra"])
	return params
}

func orEmpty(col []any) []any {
	if col == nil {
		return []any{}
	}
	return col
}

// linkCreate is the links-create row of l (linkColumns puts it in the statement's columns).
func linkCreate(l *ringleader.Link, props map[string]any) map[string]any {
	return map[string]any{"type": string(l.Type), "source": l.Source, "target": l.Target, "props": props}
}
