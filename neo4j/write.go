package neo4j

import (
	"context"
	"fmt"

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
// something. Should one of those fail, the ones before it stay written; writing the batch again completes it.
func (s *Store) Write(ctx context.Context, b *ringleader.Batch) (ringleader.WriteResult, error) {
	var res ringleader.WriteResult
	if b == nil {
		return res, nil
	}
	if err := validate(b); err != nil {
		return res, err
	}
	if err := s.checkEndpoints(ctx, b); err != nil {
		return res, err
	}
	total := len(b.Entities) + len(b.Links)
	prog := progress{report: b.Progress, total: total}
	for start := 0; start < total; start += s.txRows {
		end := min(start+s.txRows, total)
		r, err := writeTx(ctx, s, func(tx neo4jdrv.ManagedTransaction) (ringleader.WriteResult, error) {
			return s.writeWindow(ctx, tx, b, start, end, &prog)
		})
		if err != nil {
			if start > 0 {
				return res, wrap(err, "write records %d to %d of %d (the %d before are written)", start+1, end, total, start)
			}
			return res, wrap(err, "write")
		}
		res.Add(r)
	}
	if b.Progress != nil {
		b.Progress(total, total)
	}
	return res, nil
}

// validate rejects records that no store could keep, as the sqlite store does: an entity without an id or with
// an unknown kind, a link of unknown type or without endpoints. Kinds and types become labels and relationship
// types, so this check is also the allow-list that keeps them to ringleader.Kinds and LinkTypes.
func validate(b *ringleader.Batch) error {
	var problems []ringleader.Problem
	for i, e := range b.Entities {
		switch {
		case e.ID == "":
			problems = append(problems, ringleader.Problem{Field: "id", Reason: fmt.Sprintf("entity %d: empty id", i+1)})
		case !e.Kind.Valid():
			problems = append(problems, ringleader.Problem{Field: "kind", Reason: fmt.Sprintf("entity %s: unknown kind %q", e.ID, e.Kind)})
		}
	}
	for i, l := range b.Links {
		switch {
		case !l.Type.Valid():
			problems = append(problems, ringleader.Problem{Field: "type", Reason: fmt.Sprintf("link %d: unknown type %q", i+1, l.Type)})
		case l.Source == "":
			problems = append(problems, ringleader.Problem{Field: "source", Reason: fmt.Sprintf("link %d: empty source", i+1)})
		case l.Target == "":
			problems = append(problems, ringleader.Problem{Field: "target", Reason: fmt.Sprintf("link %d: empty target", i+1)})
		}
	}
	return invalid(problems, "neo4j: %d invalid records in batch")
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
// are never deleted, so what it finds stored stays so while the batch is written.
func (s *Store) checkEndpoints(ctx context.Context, b *ringleader.Batch) error {
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
	missing, err := s.Missing(ctx, outside)
	if err != nil || len(missing) == 0 {
		return err
	}
	unknown := make(map[string]bool, len(missing))
	for _, id := range missing {
		unknown[id] = true
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
	return invalid(problems, "neo4j: %d link endpoints name unknown entities; nothing was written")
}

// Missing returns those of ids that the store does not hold, in the order given.
func (s *Store) Missing(ctx context.Context, ids []string) ([]string, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	found, err := readTx(ctx, s, func(tx neo4jdrv.ManagedTransaction) (map[string]bool, error) {
		found := make(map[string]bool)
		for start := 0; start < len(ids); start += s.batchSize {
			chunk := ids[start:min(start+s.batchSize, len(ids))]
			err := each(ctx, tx, qMissing, map[string]any{"ids": chunk}, func(r *neo4jdrv.Record) error {
				found[asString(r.Values[0])] = true
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
	var out []string
	for _, id := range ids {
		if !found[id] {
			out = append(out, id)
		}
	}
	return out, nil
}

// progress reports records written to Batch.Progress. A retried transaction writes its records again; the
// report only ever moves forward.
type progress struct {
	report      func(done, total int)
	done, total int
}

func (p *progress) at(done int) {
	if p.report != nil && done > p.done && done < p.total {
		p.done = done
		p.report(done, p.total)
	}
}

// writeWindow writes records [start, end) of the batch (entities, then links, counted together) in tx. It reads
// every stored record the window merges over before it writes anything, so that no lookup has to merge the
// transaction's own writes into its index results, and so that the links of entities the window creates need no
// lookup at all.
func (s *Store) writeWindow(ctx context.Context, tx neo4jdrv.ManagedTransaction, b *ringleader.Batch, start, end int, prog *progress) (ringleader.WriteResult, error) {
	var res ringleader.WriteResult
	rows, err := run(ctx, tx, qMetaLock, nil)
	if err != nil {
		return res, err
	}
	if len(rows) != 1 {
		return res, fmt.Errorf("meta-lock returned %d rows", len(rows))
	}
	seq, _ := rows[0].Values[1].(int64)
	lastSeq := seq

	nEnt := len(b.Entities)
	ents := b.Entities[min(start, nEnt):min(end, nEnt)]
	links := b.Links[max(start, nEnt)-nEnt : max(end, nEnt)-nEnt]
	storedEnts, err := s.storedEntities(ctx, tx, ents)
	if err != nil {
		return res, err
	}
	inWindow := make(map[string]bool, len(ents))
	for _, e := range ents {
		inWindow[e.ID] = true
	}
	// A link without an id whose endpoint the window creates cannot be stored yet: its key names that endpoint.
	// On a first load this spares every lookup of the links that come with their entities.
	isNew := func(l *ringleader.Link) bool {
		if l.ID != "" {
			return false
		}
		_, srcStored := storedEnts[l.Source]
		_, dstStored := storedEnts[l.Target]
		return (!srcStored && inWindow[l.Source]) || (!dstStored && inWindow[l.Target])
	}
	storedLinks, strays, err := s.storedLinks(ctx, tx, links, isNew)
	if err != nil {
		return res, err
	}
	entCreates, entUpdates, err := mergeEntities(ents, storedEnts, &seq, &res)
	if err != nil {
		return res, err
	}
	linkCreates, linkUpdates, linkDeletes, err := mergeLinks(links, storedLinks, &res)
	if err != nil {
		return res, err
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
			if _, err := run(ctx, tx, step.stmt, map[string]any{step.param: step.rows[lo:hi]}); err != nil {
				return res, err
			}
			// Progress counts the window's records, of which only the changed ones are written.
			written += hi - lo
			prog.at(start + (end-start)*written/writes)
		}
	}
	if res.EntitiesCreated+res.EntitiesUpdated+res.LinksCreated+res.LinksUpdated > 0 || seq != lastSeq {
		if _, err := run(ctx, tx, qMetaAdvance, map[string]any{"seq": seq}); err != nil {
			return res, err
		}
	}
	return res, nil
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
func (s *Store) storedLinks(ctx context.Context, tx neo4jdrv.ManagedTransaction, links []ringleader.Link, isNew func(*ringleader.Link) bool) (map[string]storedLink, []any, error) {
	keys := make([]string, 0, len(links))
	seen := make(map[string]bool, len(links))
	for i := range links {
		if k := links[i].Key(); !seen[k] && !isNew(&links[i]) {
			seen[k] = true
			keys = append(keys, k)
		}
	}
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
		creates = append(creates, map[string]any{"type": string(l.Type), "source": l.Source, "target": l.Target,
			"props": props})
	}
	return creates, updates, deletes, nil
}
