package sqlite

import (
	"context"
	"database/sql"
	"slices"

	"github.com/ringleader/ringleader"
)

// Network returns ringleader.FilterNetwork(stored, scope, f): the entities visible in
// scope in Seq order and the visible links among them that f keeps, in key order. Scope
// is applied in SQL, the time filter with f.KeepsLink, in one read transaction.
func (s *Store) Network(ctx context.Context, scope ringleader.Scope, f ringleader.NetworkFilter) (*ringleader.Network, error) {
	tx, err := s.read.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, wrap(err, "begin read")
	}
	defer tx.Rollback()
	args := scopeArgs(scope)
	net := &ringleader.Network{}

	// Seq is unique, so ORDER BY seq is Network.Sort's order; key is the primary key and
	// SQLite's BINARY collation compares bytes as Go compares strings, so ORDER BY key is
	// the order of Link.Key.
	entitySQL := query(`SELECT `+entityColumns+` FROM entities e WHERE {visible} ORDER BY e.seq`,
		"{visible}", entityVisible(scope, "e.id"))
	net.Entities, err = readEntities(ctx, tx, entitySQL, args)
	if err != nil {
		return nil, err
	}
	linkSQL := query(`SELECT `+linkColumns+` FROM links l WHERE {source} AND {target} AND {link} ORDER BY l.key`,
		"{source}", entityVisible(scope, "l.source"), "{target}", entityVisible(scope, "l.target"),
		"{link}", linkVisible(scope))
	net.Links, err = readLinks(ctx, tx, linkSQL, args, f.KeepsLink)
	if err != nil {
		return nil, err
	}
	return net, nil
}

// Neighbourhood returns what ringleader.Neighbourhood returns on the network visible in
// scope: the entities within depth hops of id, nearest first and ties by id, at most
// limit of them when limit > 0, and the visible links among them. It walks the graph one
// level per query, so that it reads only the neighbourhood, never the whole network.
// ENOTFOUND when id is not visible.
func (s *Store) Neighbourhood(ctx context.Context, scope ringleader.Scope, id string, depth, limit int) (*ringleader.Network, error) {
	tx, err := s.read.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, wrap(err, "begin read")
	}
	defer tx.Rollback()
	if _, err := entity(ctx, tx, scope, id); err != nil {
		return nil, err
	}

	args := scopeArgs(scope)
	// Both directions: links are walked as undirected ties, and the far end must be
	// visible too.
	neighboursSQL := query(`
		SELECT l.target FROM links l
		WHERE l.source IN (SELECT value FROM json_each(:frontier)) AND {target} AND {link}
		UNION ALL
		SELECT l.source FROM links l
		WHERE l.target IN (SELECT value FROM json_each(:frontier)) AND {source} AND {link}`,
		"{source}", entityVisible(scope, "l.source"), "{target}", entityVisible(scope, "l.target"),
		"{link}", linkVisible(scope))
	seen := map[string]bool{id: true}
	order := []string{id}
	frontier := []string{id}
	// Once a level fills the limit, deeper levels would only be cut off again.
	for d := 1; d <= depth && len(frontier) > 0 && (limit <= 0 || len(order) < limit); d++ {
		found, err := readStrings(ctx, tx, neighboursSQL, append(args, sql.Named("frontier", jsonArray(frontier))))
		if err != nil {
			return nil, err
		}
		var next []string
		for _, v := range found {
			if !seen[v] {
				seen[v] = true
				next = append(next, v)
			}
		}
		slices.Sort(next)
		order = append(order, next...)
		frontier = next
	}
	if limit > 0 && len(order) > limit {
		order = order[:limit]
	}

	keep := sql.Named("keep", jsonArray(order))
	entities, err := readEntities(ctx, tx,
		`SELECT `+entityColumns+` FROM entities e WHERE e.id IN (SELECT value FROM json_each(:keep))`,
		[]any{keep})
	if err != nil {
		return nil, err
	}
	byID := make(map[string]ringleader.Entity, len(entities))
	for _, e := range entities {
		byID[e.ID] = e
	}
	net := &ringleader.Network{Entities: make([]ringleader.Entity, 0, len(order))}
	for _, v := range order {
		net.Entities = append(net.Entities, byID[v])
	}
	// Every kept entity is visible, so only the link's own cases remain to check. The unary
	// + keeps SQLite from probing the index for every (source, target) pair of kept
	// entities, k² lookups; it walks each kept source's links instead.
	linkSQL := query(`SELECT `+linkColumns+` FROM links l
		WHERE l.source IN (SELECT value FROM json_each(:keep)) AND +l.target IN (SELECT value FROM json_each(:keep))
			AND {link}
		ORDER BY l.key`,
		"{link}", linkVisible(scope))
	net.Links, err = readLinks(ctx, tx, linkSQL, append(args, keep), nil)
	if err != nil {
		return nil, err
	}
	return net, nil
}

func readEntities(ctx context.Context, tx *sql.Tx, sqlText string, args []any) ([]ringleader.Entity, error) {
	rows, err := tx.QueryContext(ctx, sqlText, args...)
	if err != nil {
		return nil, wrap(err, "read entities")
	}
	defer rows.Close()
	var out chunks[ringleader.Entity]
	for rows.Next() {
		e, err := scanEntity(rows)
		if err != nil {
			return nil, wrap(err, "read entities")
		}
		out.add(e)
	}
	if err := rows.Err(); err != nil {
		return nil, wrap(err, "read entities")
	}
	return out.all(), nil
}

// readLinks reads the links a query returns, keeping those keep accepts (all when nil).
func readLinks(ctx context.Context, tx *sql.Tx, sqlText string, args []any, keep func(*ringleader.Link) bool) ([]ringleader.Link, error) {
	rows, err := tx.QueryContext(ctx, sqlText, args...)
	if err != nil {
		return nil, wrap(err, "read links")
	}
	defer rows.Close()
	var out chunks[ringleader.Link]
	for rows.Next() {
		l, err := scanLink(rows)
		if err != nil {
			return nil, wrap(err, "read links")
		}
		if keep == nil || keep(&l) {
			out.add(l)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, wrap(err, "read links")
	}
	return out.all(), nil
}

// chunks collects rows of unknown number in fixed-size blocks and copies them once into
// one slice at the end; appending 100,000 links to one slice would copy each about twice
// and leave the garbage collector the discarded arrays to scan.
type chunks[T any] struct {
	full [][]T
	last []T
	n    int
}

const chunkSize = 4096

func (c *chunks[T]) add(v T) {
	if len(c.last) == cap(c.last) {
		if c.last != nil {
			c.full = append(c.full, c.last)
		}
		c.last = make([]T, 0, chunkSize)
	}
	c.last = append(c.last, v)
	c.n++
}

func (c *chunks[T]) all() []T {
	if c.n == 0 {
		return nil
	}
	if len(c.full) == 0 {
		return c.last
	}
	out := make([]T, 0, c.n)
	for _, chunk := range c.full {
		out = append(out, chunk...)
	}
	return append(out, c.last...)
}

func readStrings(ctx context.Context, tx *sql.Tx, sqlText string, args []any) ([]string, error) {
	rows, err := tx.QueryContext(ctx, sqlText, args...)
	if err != nil {
		return nil, wrap(err, "read neighbours")
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, wrap(err, "read neighbours")
		}
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		return nil, wrap(err, "read neighbours")
	}
	return out, nil
}
