package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/names"
)

// progressEvery is how many records pass between calls of Batch.Progress: often enough
// for a progress bar, rarely enough to cost nothing.
const progressEvery = 1000

// maxProblems caps the problems one failed write lists; the message still gives the total.
const maxProblems = 50

// Write upserts the batch in one transaction: entities first, in batch order, then links.
// Each record is merged over the stored one with ringleader.MergeEntity or MergeLink and
// counted as created, updated or unchanged by ringleader.EqualEntity or EqualLink; a
// record that appears twice in a batch is merged twice. New entities get Seq numbers in
// batch order. A write that changes anything advances Version by one.
//
// A link that names an entity neither in the batch nor stored fails the write with
// EINVALID listing every such link, and nothing of the batch is written.
func (s *Store) Write(ctx context.Context, b *ringleader.Batch) (ringleader.WriteResult, error) {
	var res ringleader.WriteResult
	if b == nil {
		return res, nil
	}
	if err := validate(b); err != nil {
		return res, err
	}
	tx, err := s.write.BeginTx(ctx, nil)
	if err != nil {
		return res, wrap(err, "begin write")
	}
	defer tx.Rollback()
	w, err := newBatchWriter(ctx, tx)
	if err != nil {
		return res, err
	}
	defer w.close()

	progress := progressReporter{report: b.Progress, total: len(b.Entities) + len(b.Links)}
	for i := range b.Entities {
		if err := w.entity(&b.Entities[i], &res); err != nil {
			return ringleader.WriteResult{}, err
		}
		progress.step()
	}
	if err := w.checkEndpoints(b); err != nil {
		return ringleader.WriteResult{}, err
	}
	for i := range b.Links {
		if err := w.link(&b.Links[i], &res); err != nil {
			return ringleader.WriteResult{}, err
		}
		progress.step()
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

// validate rejects records that no store could keep: an entity without an id or with an
// unknown kind, a link of unknown type or without endpoints.
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
	return invalid(problems, "sqlite: %d invalid records in batch")
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

// progressReporter calls Batch.Progress every progressEvery records and once at the end.
type progressReporter struct {
	report      func(done, total int)
	done, total int
}

func (p *progressReporter) step() {
	p.done++
	if p.report != nil && p.done%progressEvery == 0 && p.done < p.total {
		p.report(p.done, p.total)
	}
}

func (p *progressReporter) finish() {
	if p.report != nil {
		p.report(p.done, p.total)
	}
}

// batchWriter holds one write transaction's prepared statements.
type batchWriter struct {
	ctx     context.Context
	tx      *sql.Tx
	nextSeq int64
	stmts   []*sql.Stmt

	selectEntity, insertEntity, updateEntity *sql.Stmt
	deleteNames, insertName                  *sql.Stmt
	deleteEntityCases, insertEntityCase      *sql.Stmt
	selectLink, insertLink, updateLink       *sql.Stmt
	deleteLinkCases, insertLinkCase          *sql.Stmt
}

func newBatchWriter(ctx context.Context, tx *sql.Tx) (*batchWriter, error) {
	w := &batchWriter{ctx: ctx, tx: tx}
	if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(seq), 0) + 1 FROM entities`).Scan(&w.nextSeq); err != nil {
		return nil, wrap(err, "read next seq")
	}
	prepare := []struct {
		stmt **sql.Stmt
		sql  string
	}{
		{&w.selectEntity, `SELECT ` + entityColumns + ` FROM entities e WHERE e.id = ?`},
		{&w.insertEntity, `INSERT INTO entities (id, seq, kind, name, name_key, aliases, cases, sources, props, implicit)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&w.updateEntity, `UPDATE entities SET kind = ?, name = ?, name_key = ?, aliases = ?, cases = ?, sources = ?,
			props = ?, implicit = ? WHERE id = ?`},
		{&w.deleteNames, `DELETE FROM entity_names WHERE entity_id = ?`},
		{&w.insertName, `INSERT OR IGNORE INTO entity_names (entity_id, name_key) VALUES (?, ?)`},
		{&w.deleteEntityCases, `DELETE FROM entity_cases WHERE entity_id = ?`},
		{&w.insertEntityCase, `INSERT OR IGNORE INTO entity_cases (entity_id, case_id) VALUES (?, ?)`},
		{&w.selectLink, `SELECT ` + linkColumns + ` FROM links l WHERE l.key = ?`},
		{&w.insertLink, `INSERT INTO links (key, id, type, source, target, subtype, role, weight, amount, currency,
			date, channel, first_seen, last_seen, cases, sources, props)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&w.updateLink, `UPDATE links SET id = ?, type = ?, source = ?, target = ?, subtype = ?, role = ?, weight = ?,
			amount = ?, currency = ?, date = ?, channel = ?, first_seen = ?, last_seen = ?, cases = ?, sources = ?,
			props = ? WHERE key = ?`},
		{&w.deleteLinkCases, `DELETE FROM link_cases WHERE link_key = ?`},
		{&w.insertLinkCase, `INSERT OR IGNORE INTO link_cases (link_key, case_id) VALUES (?, ?)`},
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
	return w, nil
}

func (w *batchWriter) close() {
	for _, s := range w.stmts {
		s.Close()
	}
}

// entity merges e over the stored entity of its id.
func (w *batchWriter) entity(e *ringleader.Entity, res *ringleader.WriteResult) error {
	prev, err := scanEntity(w.selectEntity.QueryRowContext(w.ctx, e.ID))
	switch {
	case errors.Is(err, sql.ErrNoRows):
		merged := ringleader.MergeEntity(nil, *e)
		merged.Seq = w.nextSeq
		w.nextSeq++
		res.EntitiesCreated++
		return w.insertEntityRow(&merged)
	case err != nil:
		return wrap(err, "read entity %s", e.ID)
	}
	merged := ringleader.MergeEntity(&prev, *e)
	if ringleader.EqualEntity(prev, merged) {
		res.EntitiesUnchanged++
		return nil
	}
	res.EntitiesUpdated++
	return w.updateEntityRow(&prev, &merged)
}

func (w *batchWriter) insertEntityRow(e *ringleader.Entity) error {
	cols, err := entityValues(e)
	if err != nil {
		return wrap(err, "encode entity %s", e.ID)
	}
	args := append([]any{e.ID, e.Seq}, cols...)
	if _, err := w.insertEntity.ExecContext(w.ctx, args...); err != nil {
		return wrap(err, "insert entity %s", e.ID)
	}
	if err := w.writeNames(e); err != nil {
		return err
	}
	return w.writeCases(w.insertEntityCase, e.ID, e.Cases)
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
		return w.writeCases(w.insertEntityCase, e.ID, e.Cases)
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
	return []any{string(e.Kind), e.Name, names.Fold(e.Name), aliases, cases, sources, props, e.Implicit}, nil
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
		if _, err := w.insertName.ExecContext(w.ctx, e.ID, k); err != nil {
			return wrap(err, "index name of %s", e.ID)
		}
	}
	return nil
}

func (w *batchWriter) writeCases(insert *sql.Stmt, key string, cases []string) error {
	for _, c := range cases {
		if _, err := insert.ExecContext(w.ctx, key, c); err != nil {
			return wrap(err, "index case %s of %s", c, key)
		}
	}
	return nil
}

// checkEndpoints fails with EINVALID when a link names an entity that is neither in the
// batch nor stored. It runs after the batch's entities are written, so one query over
// the distinct endpoints answers for both.
func (w *batchWriter) checkEndpoints(b *ringleader.Batch) error {
	seen := make(map[string]bool, 2*len(b.Links))
	var endpoints []string
	for _, l := range b.Links {
		for _, id := range []string{l.Source, l.Target} {
			if !seen[id] {
				seen[id] = true
				endpoints = append(endpoints, id)
			}
		}
	}
	missing, err := missing(w.ctx, w.tx, endpoints)
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
	return invalid(problems, "sqlite: %d link endpoints name unknown entities; nothing was written")
}

// link merges l over the stored link of its key.
func (w *batchWriter) link(l *ringleader.Link, res *ringleader.WriteResult) error {
	key := l.Key()
	prev, err := scanLink(w.selectLink.QueryRowContext(w.ctx, key))
	switch {
	case errors.Is(err, sql.ErrNoRows):
		merged := ringleader.MergeLink(nil, *l)
		res.LinksCreated++
		cols, err := linkValues(&merged)
		if err != nil {
			return wrap(err, "encode link %s", key)
		}
		if _, err := w.insertLink.ExecContext(w.ctx, append([]any{key}, cols...)...); err != nil {
			return wrap(err, "insert link %s", key)
		}
		return w.writeCases(w.insertLinkCase, key, merged.Cases)
	case err != nil:
		return wrap(err, "read link %s", key)
	}
	merged := ringleader.MergeLink(&prev, *l)
	if ringleader.EqualLink(prev, merged) {
		res.LinksUnchanged++
		return nil
	}
	res.LinksUpdated++
	cols, err := linkValues(&merged)
	if err != nil {
		return wrap(err, "encode link %s", key)
	}
	if _, err := w.updateLink.ExecContext(w.ctx, append(cols, key)...); err != nil {
		return wrap(err, "update link %s", key)
	}
	if slices.Equal(prev.Cases, merged.Cases) {
		return nil
	}
	if _, err := w.deleteLinkCases.ExecContext(w.ctx, key); err != nil {
		return wrap(err, "update cases of link %s", key)
	}
	return w.writeCases(w.insertLinkCase, key, merged.Cases)
}

// linkValues are the link's columns from id to props, as the statements bind them.
func linkValues(l *ringleader.Link) ([]any, error) {
	cases, err1 := jsonList(l.Cases)
	sources, err2 := jsonList(l.Sources)
	props, err3 := jsonProps(l.Props)
	if err := errors.Join(err1, err2, err3); err != nil {
		return nil, err
	}
	return []any{l.ID, string(l.Type), l.Source, l.Target, l.Subtype, l.Role, l.Weight, l.Amount, l.Currency,
		l.Date, l.Channel, l.FirstSeen, l.LastSeen, cases, sources, props}, nil
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
