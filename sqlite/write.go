package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/names"
)

// progressEvery is how many records pass between calls of Batch.Progress: often enough
// for a progress bar, rarely enough to cost nothing.
const progressEvery = 1000

// Write upserts the batch in one transaction: entities first, in batch order, then links.
// Each record is merged over the stored one with ringleader.MergeEntity or MergeLink and
// counted as created, updated or unchanged by ringleader.EqualEntity or EqualLink; a
// record that appears twice in a batch is merged twice. New entities get Seq numbers in
// batch order. A write that changes anything advances Version by one.
//
// A link that names an entity neither in the batch nor stored fails the write with
// EINVALID listing every such link, and nothing of the batch is written.
//
// Records go in chunks of progressEvery: one query reads the stored versions of a chunk's
// records, the merge runs in memory, and the new rows go in multi-row INSERTs. Row by row,
// a SELECT and an INSERT per record, a 120k-record load took twice the CPU time. Links go
// in key order, and a large write into an empty table builds its indexes after its rows:
// together they took the write of a million people (7.0M records) from 450 s to 110 s.
func (s *Store) Write(ctx context.Context, b *ringleader.Batch) (ringleader.WriteResult, error) {
	var res ringleader.WriteResult
	if b == nil {
		return res, nil
	}
	if err := b.Validate(); err != nil {
		return res, fmt.Errorf("sqlite: %w", err)
	}
	tx, err := s.write.BeginTx(ctx, nil)
	if err != nil {
		return res, wrap(err, "begin write")
	}
	defer tx.Rollback()
	// Bulk inserts send a table's rows when its buffer fills, so an index row may reach
	// SQLite before the entity or link it names: check foreign keys at commit instead.
	// The setting ends with the transaction.
	if _, err := tx.ExecContext(ctx, `PRAGMA defer_foreign_keys = ON`); err != nil {
		return res, wrap(err, "defer foreign keys")
	}
	if b.Compartment != nil {
		if err := checkCompartment(ctx, tx, b); err != nil {
			return res, err
		}
	}
	w, err := newBatchWriter(ctx, tx)
	if err != nil {
		return res, err
	}
	defer w.close()

	progress := progressReporter{report: b.Progress, total: len(b.Entities) + len(b.Links)}
	rebuild, err := dropIndexesForBulk(ctx, tx, len(b.Entities), "entities", "entity_names", "entity_cases")
	if err != nil {
		return res, err
	}
	last := lastOccurrences(b.Entities)
	for start := 0; start < len(b.Entities); start += progressEvery {
		end := min(start+progressEvery, len(b.Entities))
		if err := w.writeEntities(b.Entities[start:end], &res); err != nil {
			return ringleader.WriteResult{}, err
		}
		for i := start; i < end; i++ {
			if last[i] {
				delete(w.entities, b.Entities[i].ID)
			}
		}
		progress.advance(end - start)
	}
	if err := w.checkEndpoints(b); err != nil {
		return ringleader.WriteResult{}, err
	}
	linkIndexes, err := dropIndexesForBulk(ctx, tx, len(b.Links), "links", "link_cases")
	if err != nil {
		return res, err
	}
	rebuild = append(rebuild, linkIndexes...)
	order, keys := byKey(b.Links)
	chunk := make([]ringleader.Link, 0, progressEvery)
	for start := 0; start < len(order); start += progressEvery {
		end := min(start+progressEvery, len(order))
		chunk = chunk[:0]
		for _, i := range order[start:end] {
			chunk = append(chunk, b.Links[i])
		}
		if err := w.writeLinks(chunk, keys[start:end], &res); err != nil {
			return ringleader.WriteResult{}, err
		}
		w.forgetLinks(keys[start:end])
		clear(keys[start : end-1])
		progress.advance(len(chunk))
	}
	for _, create := range rebuild {
		if _, err := tx.ExecContext(ctx, create); err != nil {
			return ringleader.WriteResult{}, wrap(err, "rebuild index")
		}
	}
	if res.EntitiesCreated+res.EntitiesUpdated+res.LinksCreated+res.LinksUpdated > 0 {
		if _, err := tx.ExecContext(ctx, `UPDATE meta SET value = value + 1 WHERE key = 'version'`); err != nil {
			return ringleader.WriteResult{}, wrap(err, "advance version")
		}
	}
	if err := tx.Commit(); err != nil {
		return ringleader.WriteResult{}, wrap(err, "commit write")
	}
	progress.finish()
	return res, nil
}

// progressReporter calls Batch.Progress after each chunk but the last, and once at the
// end, after the commit.
type progressReporter struct {
	report      func(done, total int)
	done, total int
}

func (p *progressReporter) advance(n int) {
	p.done += n
	if p.report != nil && p.done < p.total {
		p.report(p.done, p.total)
	}
}

func (p *progressReporter) finish() {
	if p.report != nil {
		p.report(p.done, p.total)
	}
}

// batchWriter holds one write transaction's statements and what it has written so far.
type batchWriter struct {
	ctx     context.Context
	tx      *sql.Tx
	nextSeq int64
	stmts   []*sql.Stmt

	// entities and links hold the current state of every record the batch has touched,
	// so that a record repeated in a later chunk merges over the earlier one.
	entities map[string]*ringleader.Entity
	links    map[string]*ringleader.Link
	kept     string // the last link key of the chunk written last, still in links

	updateEntity, deleteNames, deleteEntityCases *sql.Stmt
	updateLink, deleteLinkCases                  *sql.Stmt

	insertEntities, insertNames, insertEntityCases *bulkInsert
	insertLinks, insertLinkCases                   *bulkInsert
}

func newBatchWriter(ctx context.Context, tx *sql.Tx) (*batchWriter, error) {
	w := &batchWriter{ctx: ctx, tx: tx,
		entities: map[string]*ringleader.Entity{}, links: map[string]*ringleader.Link{}}
	if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(seq), 0) + 1 FROM entities`).Scan(&w.nextSeq); err != nil {
		return nil, wrap(err, "read next seq")
	}
	prepare := []struct {
		stmt **sql.Stmt
		sql  string
	}{
		{&w.updateEntity, `UPDATE entities SET kind = ?, name = ?, name_key = ?, aliases = ?, cases = ?, sources = ?,
			props = ?, implicit = ?, source_cases = ? WHERE id = ?`},
		{&w.deleteNames, `DELETE FROM entity_names WHERE entity_id = ?`},
		{&w.deleteEntityCases, `DELETE FROM entity_cases WHERE entity_id = ?`},
		{&w.updateLink, `UPDATE links SET id = ?, type = ?, source = ?, target = ?, subtype = ?, role = ?, weight = ?,
			amount = ?, currency = ?, date = ?, channel = ?, first_seen = ?, last_seen = ?, cases = ?, sources = ?,
			props = ?, source_cases = ?, observations = ? WHERE key = ?`},
		{&w.deleteLinkCases, `DELETE FROM link_cases WHERE link_key = ?`},
	}
	for _, p := range prepare {
		stmt, err := tx.PrepareContext(ctx, p.sql)
		if err != nil {
			w.close()
			return nil, wrap(err, "prepare write")
		}
		*p.stmt = stmt
		w.stmts = append(w.stmts, stmt)
	}
	w.insertEntities = &bulkInsert{tx: tx, insert: `INSERT INTO entities`,
		columns: `id, seq, kind, name, name_key, aliases, cases, sources, props, implicit, source_cases`, width: 11}
	w.insertNames = &bulkInsert{tx: tx, insert: `INSERT OR IGNORE INTO entity_names`, columns: `entity_id, name_key`, width: 2}
	w.insertEntityCases = &bulkInsert{tx: tx, insert: `INSERT OR IGNORE INTO entity_cases`, columns: `entity_id, case_id`, width: 2}
	w.insertLinks = &bulkInsert{tx: tx, insert: `INSERT INTO links`,
		columns: `key, id, type, source, target, subtype, role, weight, amount, currency, date, channel, first_seen,
			last_seen, cases, sources, props, source_cases, observations`, width: 19}
	w.insertLinkCases = &bulkInsert{tx: tx, insert: `INSERT OR IGNORE INTO link_cases`, columns: `link_key, case_id`, width: 2}
	return w, nil
}

func (w *batchWriter) close() {
	for _, s := range w.stmts {
		s.Close()
	}
	for _, b := range []*bulkInsert{w.insertEntities, w.insertNames, w.insertEntityCases, w.insertLinks, w.insertLinkCases} {
		if b != nil {
			b.close()
		}
	}
}

// writeEntities merges a chunk of entity records into the store.
func (w *batchWriter) writeEntities(chunk []ringleader.Entity, res *ringleader.WriteResult) error {
	if err := w.loadEntities(chunk); err != nil {
		return err
	}
	// Each id is written once per chunk, in its final state: inserted if the batch
	// created it in this chunk, updated from what was stored or written before otherwise.
	type write struct {
		before *ringleader.Entity // nil: created in this chunk
		after  *ringleader.Entity
	}
	var order []string
	writes := map[string]*write{}
	for _, e := range chunk {
		prev := w.entities[e.ID]
		var merged ringleader.Entity
		switch {
		case prev == nil:
			merged = ringleader.MergeEntity(nil, e)
			merged.Seq = w.nextSeq
			w.nextSeq++
			res.EntitiesCreated++
			writes[e.ID] = &write{}
			order = append(order, e.ID)
		default:
			merged = ringleader.MergeEntity(prev, e)
			if ringleader.EqualEntity(*prev, merged) {
				res.EntitiesUnchanged++
				continue
			}
			res.EntitiesUpdated++
			if writes[e.ID] == nil {
				writes[e.ID] = &write{before: prev}
				order = append(order, e.ID)
			}
		}
		w.entities[e.ID] = &merged
		writes[e.ID].after = &merged
	}
	for _, id := range order {
		wr := writes[id]
		var err error
		if wr.before == nil {
			err = w.insertEntityRow(wr.after)
		} else {
			err = w.updateEntityRow(wr.before, wr.after)
		}
		if err != nil {
			return err
		}
	}
	return w.flush(w.insertEntities, w.insertNames, w.insertEntityCases)
}

// loadEntities reads the stored versions of the chunk's entities that the batch has not
// touched yet into w.entities.
func (w *batchWriter) loadEntities(chunk []ringleader.Entity) error {
	var ids []string
	for _, e := range chunk {
		if _, ok := w.entities[e.ID]; !ok {
			ids = append(ids, e.ID)
		}
	}
	if len(ids) == 0 {
		return nil
	}
	found, err := readEntities(w.ctx, w.tx,
		`SELECT `+entityColumns+` FROM entities e WHERE e.id IN (SELECT value FROM json_each(?))`,
		[]any{jsonArray(ids)}, 0)
	if err != nil {
		return err
	}
	for i := range found {
		w.entities[found[i].ID] = &found[i]
	}
	return nil
}

func (w *batchWriter) insertEntityRow(e *ringleader.Entity) error {
	cols, err := entityValues(e)
	if err != nil {
		return wrap(err, "encode entity %s", e.ID)
	}
	if err := w.insertEntities.add(w.ctx, append([]any{e.ID, e.Seq}, cols...)...); err != nil {
		return wrap(err, "insert entities")
	}
	if err := w.writeNames(e); err != nil {
		return err
	}
	return w.writeCases(w.insertEntityCases, e.ID, e.Cases)
}

func (w *batchWriter) updateEntityRow(prev, e *ringleader.Entity) error {
	cols, err := entityValues(e)
	if err != nil {
		return wrap(err, "encode entity %s", e.ID)
	}
	if _, err := w.updateEntity.ExecContext(w.ctx, append(cols, e.ID)...); err != nil {
		return wrap(err, "update entity %s", e.ID)
	}
	if prev.Name != e.Name || !slices.Equal(prev.Aliases, e.Aliases) {
		if _, err := w.deleteNames.ExecContext(w.ctx, e.ID); err != nil {
			return wrap(err, "update names of %s", e.ID)
		}
		if err := w.writeNames(e); err != nil {
			return err
		}
	}
	if !slices.Equal(prev.Cases, e.Cases) {
		if _, err := w.deleteEntityCases.ExecContext(w.ctx, e.ID); err != nil {
			return wrap(err, "update cases of %s", e.ID)
		}
		return w.writeCases(w.insertEntityCases, e.ID, e.Cases)
	}
	return nil
}

// entityValues are the entity's columns from kind to implicit, as the statements bind them.
func entityValues(e *ringleader.Entity) ([]any, error) {
	aliases, err1 := jsonList(e.Aliases)
	cases, err2 := jsonList(e.Cases)
	sources, err3 := jsonList(e.Sources)
	props, err4 := jsonProps(e.Props)
	if err := errors.Join(err1, err2, err3, err4); err != nil {
		return nil, err
	}
	return []any{string(e.Kind), e.Name, names.Fold(e.Name), aliases, cases, sources, props, e.Implicit,
		sourceCasesValue(e.Sources, e.SourceCases, e.Cases)}, nil
}

// writeNames indexes the folded keys of e's name and aliases. The name's key is kept even
// when empty, so that every entity has at least one row to search.
func (w *batchWriter) writeNames(e *ringleader.Entity) error {
	keys := []string{names.Fold(e.Name)}
	for _, a := range e.Aliases {
		if k := names.Fold(a); k != "" {
			keys = append(keys, k)
		}
	}
	for _, k := range keys {
		if err := w.insertNames.add(w.ctx, e.ID, k); err != nil {
			return wrap(err, "index names")
		}
	}
	return nil
}

func (w *batchWriter) writeCases(insert *bulkInsert, key string, cases []string) error {
	for _, c := range cases {
		if err := insert.add(w.ctx, key, c); err != nil {
			return wrap(err, "index cases")
		}
	}
	return nil
}

// flush sends what the bulk inserts hold, in order.
func (w *batchWriter) flush(inserts ...*bulkInsert) error {
	for _, b := range inserts {
		if err := b.flush(w.ctx); err != nil {
			return wrap(err, "insert")
		}
	}
	return nil
}

// checkEndpoints fails with EINVALID when a link names an entity that is neither in the
// batch nor stored: one query over the endpoints outside the batch answers.
func (w *batchWriter) checkEndpoints(b *ringleader.Batch) error {
	missing, err := missing(w.ctx, w.tx, b.OutsideEndpoints())
	if err != nil || len(missing) == 0 {
		return err
	}
	unknown := make(map[string]bool, len(missing))
	for _, id := range missing {
		unknown[id] = true
	}
	return b.CheckEndpoints("sqlite", unknown)
}

// byKey returns the order of links by key, and the keys in that order. The order is
// stable, so that a link repeated in the batch merges in batch order. Written by key, the
// links table (keyed by it) grows at its end: in batch order, a million people's links
// went to random places in a B-tree larger than the page cache, and the last tenth of
// the load took as long as the first half.
func byKey(links []ringleader.Link) ([]int32, []string) {
	order := make([]int32, len(links))
	for i := range order {
		order[i] = int32(i)
	}
	keys := make([]string, len(links))
	for i := range links {
		keys[i] = links[i].Key()
	}
	slices.SortStableFunc(order, func(a, b int32) int { return strings.Compare(keys[a], keys[b]) })
	sorted := make([]string, len(links))
	for i, j := range order {
		sorted[i] = keys[j]
	}
	return order, sorted
}

// lastOccurrences marks the entities whose id does not come again later in the batch:
// their merged state can be dropped once written, so that the write does not hold a
// second copy of every entity.
func lastOccurrences(entities []ringleader.Entity) []bool {
	order := make([]int32, len(entities))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortStableFunc(order, func(a, b int32) int { return strings.Compare(entities[a].ID, entities[b].ID) })
	last := make([]bool, len(entities))
	for k, i := range order {
		last[i] = k == len(order)-1 || entities[order[k+1]].ID != entities[i].ID
	}
	return last
}

// forgetLinks drops the merged state of a chunk's links, written in key order, but the
// last: only that one can repeat in the next chunk. The write then holds one chunk of
// merged links at a time, not a second copy of all of them. (Stored links read for the
// chunk go with them.)
func (w *batchWriter) forgetLinks(keys []string) {
	keep := keys[len(keys)-1]
	for _, k := range append(keys[:len(keys)-1:len(keys)-1], w.kept) {
		if k != keep {
			delete(w.links, k)
		}
	}
	w.kept = keep
}

// bulkRows is the size of a write into an empty table from which its secondary indexes
// are dropped and built again after the rows.
const bulkRows = 10_000

// dropIndexesForBulk drops the secondary indexes of tables when the first of them is
// empty and n rows are about to go in, and returns the statements that build them again,
// to run before the commit. SQLite builds an index from the sorted rows far faster than
// it inserts into it row by row: at a million people, inserting into the two endpoint
// indexes of links took most of a load's time. The indexes' own SQL, as the schema
// holds it, builds them again; a write that fails rolls the drop back with the rest.
func dropIndexesForBulk(ctx context.Context, tx *sql.Tx, n int, tables ...string) ([]string, error) {
	if n < bulkRows {
		return nil, nil
	}
	var stored int
	// The table's name is this package's own constant.
	err := tx.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM `+tables[0]+`)`).Scan(&stored)
	if err != nil {
		return nil, wrap(err, "count rows of %s", tables[0])
	}
	if stored == 1 {
		return nil, nil
	}
	rows, err := tx.QueryContext(ctx, `SELECT t.value, m.name, m.sql FROM json_each(?) t
		JOIN sqlite_schema m ON m.tbl_name = t.value AND m.type = 'index' AND m.sql IS NOT NULL`, jsonArray(tables))
	if err != nil {
		return nil, wrap(err, "read indexes")
	}
	var names, creates []string
	for rows.Next() {
		var table, name, create string
		if err := rows.Scan(&table, &name, &create); err != nil {
			rows.Close()
			return nil, wrap(err, "read indexes")
		}
		names, creates = append(names, name), append(creates, create)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, wrap(err, "read indexes")
	}
	for _, name := range names {
		// Index names come from the schema, not from input.
		if _, err := tx.ExecContext(ctx, `DROP INDEX "`+name+`"`); err != nil {
			return nil, wrap(err, "drop index %s", name)
		}
	}
	return creates, nil
}

// writeLinks merges a chunk of link records, whose keys are given, into the store, as
// writeEntities does for entities.
func (w *batchWriter) writeLinks(chunk []ringleader.Link, keys []string, res *ringleader.WriteResult) error {
	if err := w.loadLinks(keys); err != nil {
		return err
	}
	type write struct {
		before *ringleader.Link // nil: created in this chunk
		after  *ringleader.Link
	}
	var order []string
	writes := map[string]*write{}
	for i, l := range chunk {
		key := keys[i]
		prev := w.links[key]
		var merged ringleader.Link
		switch {
		case prev == nil:
			merged = ringleader.MergeLink(nil, l)
			res.LinksCreated++
			writes[key] = &write{}
			order = append(order, key)
		default:
			merged = ringleader.MergeLink(prev, l)
			if ringleader.EqualLink(*prev, merged) {
				res.LinksUnchanged++
				continue
			}
			res.LinksUpdated++
			if writes[key] == nil {
				writes[key] = &write{before: prev}
				order = append(order, key)
			}
		}
		w.links[key] = &merged
		writes[key].after = &merged
	}
	for _, key := range order {
		wr := writes[key]
		cols, err := linkValues(wr.after)
		if err != nil {
			return wrap(err, "encode link %s", key)
		}
		if wr.before == nil {
			if err := w.insertLinks.add(w.ctx, append([]any{key}, cols...)...); err != nil {
				return wrap(err, "insert links")
			}
			if err := w.writeCases(w.insertLinkCases, key, wr.after.Cases); err != nil {
				return err
			}
			continue
		}
		if _, err := w.updateLink.ExecContext(w.ctx, append(cols, key)...); err != nil {
			return wrap(err, "update link %s", key)
		}
		if !slices.Equal(wr.before.Cases, wr.after.Cases) {
			if _, err := w.deleteLinkCases.ExecContext(w.ctx, key); err != nil {
				return wrap(err, "update cases of link %s", key)
			}
			if err := w.writeCases(w.insertLinkCases, key, wr.after.Cases); err != nil {
				return err
			}
		}
	}
	return w.flush(w.insertLinks, w.insertLinkCases)
}

// loadLinks reads the stored versions of the links of keys that the batch has not
// touched yet into w.links.
func (w *batchWriter) loadLinks(keys []string) error {
	var load []string
	for _, k := range keys {
		if _, ok := w.links[k]; !ok {
			load = append(load, k)
		}
	}
	if len(load) == 0 {
		return nil
	}
	rows, err := w.tx.QueryContext(w.ctx,
		`SELECT l.key, `+linkColumns+` FROM links l WHERE l.key IN (SELECT value FROM json_each(?))`, jsonArray(load))
	if err != nil {
		return wrap(err, "read links")
	}
	defer rows.Close()
	for rows.Next() {
		var key string
		l, err := scanLink(keyedRow{rows, &key})
		if err != nil {
			return wrap(err, "read links")
		}
		w.links[key] = &l
	}
	if err := rows.Err(); err != nil {
		return wrap(err, "read links")
	}
	return nil
}

// keyedRow scans a row whose first column precedes the columns the scanner reads.
type keyedRow struct {
	rows  *sql.Rows
	first any
}

func (r keyedRow) Scan(dest ...any) error { return r.rows.Scan(append([]any{r.first}, dest...)...) }

// linkValues are the link's columns from id to observations, as the statements bind them.
func linkValues(l *ringleader.Link) ([]any, error) {
	cases, err1 := jsonList(l.Cases)
	sources, err2 := jsonList(l.Sources)
	props, err3 := jsonProps(l.Props)
	if err := errors.Join(err1, err2, err3); err != nil {
		return nil, err
	}
	return []any{l.ID, string(l.Type), l.Source, l.Target, l.Subtype, l.Role, l.Weight, l.Amount, l.Currency,
		l.Date, l.Channel, l.FirstSeen, l.LastSeen, cases, sources, props,
		sourceCasesValue(l.Sources, l.SourceCases, l.Cases), observationsValue(l.Observations)}, nil
}

// queryer is what missing needs of a *sql.DB or *sql.Tx.
type queryer interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// missing returns those of ids that are not stored, in the order given.
func missing(ctx context.Context, q queryer, ids []string) ([]string, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	rows, err := q.QueryContext(ctx, `SELECT j.value FROM json_each(?) j
		WHERE NOT EXISTS (SELECT 1 FROM entities e WHERE e.id = j.value) ORDER BY j.key`, jsonArray(ids))
	if err != nil {
		return nil, wrap(err, "look up ids")
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, wrap(err, "look up ids")
		}
		out = append(out, id)
	}
	if err := rows.Err(); err != nil {
		return nil, wrap(err, "look up ids")
	}
	return out, nil
}

// Missing returns those of ids that the store does not hold, in the order given.
func (s *Store) Missing(ctx context.Context, ids []string) ([]string, error) {
	return missing(ctx, s.read, ids)
}

// Stored returns the stored entities among ids and the stored links among keys, whatever their cases.
func (s *Store) Stored(ctx context.Context, ids, keys []string) (*ringleader.Network, error) {
	tx, err := s.read.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, wrap(err, "begin read")
	}
	defer tx.Rollback()
	return stored(ctx, tx, ids, keys)
}

func stored(ctx context.Context, q *sql.Tx, ids, keys []string) (*ringleader.Network, error) {
	net := &ringleader.Network{}
	var err error
	if len(ids) > 0 {
		net.Entities, err = readEntities(ctx, q,
			`SELECT `+entityColumns+` FROM entities e WHERE e.id IN (SELECT value FROM json_each(?)) ORDER BY e.seq`,
			[]any{jsonArray(ids)}, 0)
		if err != nil {
			return nil, err
		}
	}
	if len(keys) > 0 {
		net.Links, err = readLinks(ctx, q,
			`SELECT `+linkColumns+` FROM links l WHERE l.key IN (SELECT value FROM json_each(?)) ORDER BY l.key`,
			[]any{jsonArray(keys)}, 0, nil)
		if err != nil {
			return nil, err
		}
	}
	return net, nil
}

// checkCompartment refuses a batch that a writer limited to b.Compartment may not write, given what it would
// merge over (ringleader.Scope.CheckBatch), inside the write's transaction.
func checkCompartment(ctx context.Context, tx *sql.Tx, b *ringleader.Batch) error {
	ids, keys := b.StoredRefs()
	net, err := stored(ctx, tx, ids, keys)
	if err != nil {
		return err
	}
	return b.Compartment.CheckStored(b, net)
}
