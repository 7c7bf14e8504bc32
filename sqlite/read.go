package sqlite

import (
	"context"
	"database/sql"
	"errors"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/names"
)

// defaultFindLimit is the number of matches FindEntities returns when the query gives no
// limit.
const defaultFindLimit = 50

// Entity returns the entity with the given id; ENOTFOUND when it is not stored or not
// visible in scope, with the same message either way so that the answer reveals nothing.
func (s *Store) Entity(ctx context.Context, scope ringleader.Scope, id string) (ringleader.Entity, error) {
	return entity(ctx, s.read, scope, id)
}

// rowQueryer is what entity needs of a *sql.DB or *sql.Tx.
type rowQueryer interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

func entity(ctx context.Context, q rowQueryer, scope ringleader.Scope, id string) (ringleader.Entity, error) {
	sqlText := query(`SELECT `+entityColumns+` FROM entities e WHERE e.id = :id AND {visible}`,
		"{visible}", entityVisible(scope, "e.id"))
	args := append(scopeArgs(scope), sql.Named("id", id))
	e, err := scanEntity(q.QueryRowContext(ctx, sqlText, args...))
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return ringleader.Entity{}, ringleader.Errorf(ringleader.ENOTFOUND, "entity %q not found", id)
	case err != nil:
		return ringleader.Entity{}, wrap(err, "read entity %s", id)
	}
	return e, nil
}

// FindEntities returns the entities in scope whose name or one of whose aliases contains
// the query text once both are folded by names.Fold. An entity ranks by its best-matching
// name or alias: the whole key equal to the query first, then the key starting with it,
// then containing it; ties go by name, then id. Limit 0 means 50.
func (s *Store) FindEntities(ctx context.Context, scope ringleader.Scope, q ringleader.EntityQuery) ([]ringleader.Entity, error) {
	limit := q.Limit
	if limit <= 0 {
		limit = defaultFindLimit
	}
	// instr rather than LIKE: the key is matched literally, so '%' and '_' in a query are
	// plain characters, and a folded key needs no case-insensitive collation.
	sqlText := query(`
		SELECT `+entityColumns+`,
			MIN(CASE WHEN n.name_key = :text THEN 0 WHEN instr(n.name_key, :text) = 1 THEN 1 ELSE 2 END) AS rank
		FROM entity_names n JOIN entities e ON e.id = n.entity_id
		WHERE instr(n.name_key, :text) > 0 AND (:kind = '' OR e.kind = :kind) AND {visible}
		GROUP BY e.id
		ORDER BY rank, e.name, e.id
		LIMIT :limit`,
		"{visible}", entityVisible(scope, "e.id"))
	args := append(scopeArgs(scope),
		sql.Named("text", names.Fold(q.Text)), sql.Named("kind", string(q.Kind)), sql.Named("limit", limit))
	rows, err := s.read.QueryContext(ctx, sqlText, args...)
	if err != nil {
		return nil, wrap(err, "find entities")
	}
	defer rows.Close()
	var out []ringleader.Entity
	for rows.Next() {
		var rank int
		e, err := scanEntity(rankedRow{rows, &rank})
		if err != nil {
			return nil, wrap(err, "find entities")
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, wrap(err, "find entities")
	}
	return out, nil
}

// rankedRow scans an entity row followed by one extra column.
type rankedRow struct {
	rows  *sql.Rows
	extra any
}

func (r rankedRow) Scan(dest ...any) error { return r.rows.Scan(append(dest, r.extra)...) }

// Counts returns how many entities of each kind and links of each type are visible in
// scope. Kinds and types with none are absent from the maps.
func (s *Store) Counts(ctx context.Context, scope ringleader.Scope) (ringleader.Counts, error) {
	c := ringleader.Counts{Entities: map[ringleader.Kind]int{}, Links: map[ringleader.LinkType]int{}}
	tx, err := s.read.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return c, wrap(err, "begin read")
	}
	defer tx.Rollback()
	args := scopeArgs(scope)
	entityCounts := query(`SELECT e.kind, COUNT(*) FROM entities e WHERE {visible} GROUP BY e.kind`,
		"{visible}", entityVisible(scope, "e.id"))
	if err := countInto(ctx, tx, entityCounts, args, func(k string, n int) { c.Entities[ringleader.Kind(k)] = n }); err != nil {
		return c, err
	}
	linkCounts := query(`SELECT l.type, COUNT(*) FROM links l
		WHERE {source} AND {target} AND {link} GROUP BY l.type`,
		"{source}", entityVisible(scope, "l.source"), "{target}", entityVisible(scope, "l.target"),
		"{link}", linkVisible(scope))
	if err := countInto(ctx, tx, linkCounts, args, func(t string, n int) { c.Links[ringleader.LinkType(t)] = n }); err != nil {
		return c, err
	}
	return c, nil
}

func countInto(ctx context.Context, tx *sql.Tx, sqlText string, args []any, put func(string, int)) error {
	rows, err := tx.QueryContext(ctx, sqlText, args...)
	if err != nil {
		return wrap(err, "count")
	}
	defer rows.Close()
	for rows.Next() {
		var name string
		var n int
		if err := rows.Scan(&name, &n); err != nil {
			return wrap(err, "count")
		}
		put(name, n)
	}
	if err := rows.Err(); err != nil {
		return wrap(err, "count")
	}
	return nil
}
