package sqlite

import (
	"context"
	"database/sql"
	"slices"

	"github.com/ringleader/ringleader"
)

var _ ringleader.NetworkStreamer = (*Store)(nil)

// Network returns ringleader.FilterNetwork(stored, scope, f): the entities visible in
// scope in Seq order and the visible links among them that f keeps, in key order. Both
// are read in one read transaction, so that they come from one snapshot.
//
// The entities' scope is applied in SQL. For the links it depends on the share of the
// store the scope sees (see smallScope): a small compartment seeks the links of its
// entities by index, with the links' own scope in SQL; a scope that sees much of the
// store scans every link in key order and keeps a row when scope.SeesLink accepts it and
// both its endpoints are among the entities just read. Seeking every link of a large
// scope would sort them all; scanning for a small one would read every link.
func (s *Store) Network(ctx context.Context, scope ringleader.Scope, f ringleader.NetworkFilter) (*ringleader.Network, error) {
	net := &ringleader.Network{}
	var entities chunks[ringleader.Entity]
	var links chunks[ringleader.Link]
	// Counting is cheap (SQLite counts the smallest index); the counts let each list be
	// allocated once when reading everything, and a large scope's links in proportion to
	// the entities it sees (exact when it sees everything; append grows the list if the
	// guess falls short). A small scope's are collected in chunks (see readRows).
	sized := func(plan networkPlan) {
		switch {
		case plan.links < 0 && scope.All():
			net.Entities = make([]ringleader.Entity, 0, plan.storedEntities)
		case plan.links == 0 && scope.All():
			net.Links = make([]ringleader.Link, 0, plan.storedLinks)
		case plan.links == 0 && !plan.seek:
			net.Links = make([]ringleader.Link, 0, max(1, plan.storedLinks*plan.entities/max(plan.storedEntities, 1)))
		}
	}
	err := s.streamNetwork(ctx, scope, f, sized, func(e *ringleader.Entity) error {
		if net.Entities != nil {
			net.Entities = append(net.Entities, *e)
		} else {
			entities.add(*e)
		}
		return nil
	}, func(l *ringleader.Link) error {
		if net.Links != nil {
			net.Links = append(net.Links, *l)
		} else {
			links.add(*l)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if net.Entities == nil {
		net.Entities = entities.all()
	}
	if net.Links == nil {
		net.Links = links.all()
	}
	return net, nil
}

// StreamNetwork calls entity and link with the records Network returns, in its order and from one snapshot,
// each decoded into one reused struct (see ringleader.NetworkStreamer).
func (s *Store) StreamNetwork(ctx context.Context, scope ringleader.Scope, f ringleader.NetworkFilter,
	entity func(*ringleader.Entity) error, link func(*ringleader.Link) error) error {
	return s.streamNetwork(ctx, scope, f, nil, entity, link)
}

// networkPlan is what streamNetwork tells its caller before the entities (links < 0) and before the links
// (links == 0), so that a caller collecting them can size its lists.
type networkPlan struct {
	storedEntities, storedLinks int
	entities                    int  // visible entities, once read
	links                       int  // -1 before the entities, 0 before the links
	seek                        bool // the links are sought from a small scope's entities
}

func (s *Store) streamNetwork(ctx context.Context, scope ringleader.Scope, f ringleader.NetworkFilter, plan func(networkPlan),
	entity func(*ringleader.Entity) error, link func(*ringleader.Link) error) error {
	tx, err := s.read.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return wrap(err, "begin read")
	}
	defer tx.Rollback()
	var stored networkPlan
	err = tx.QueryRowContext(ctx, `SELECT (SELECT COUNT(*) FROM entities), (SELECT COUNT(*) FROM links)`).
		Scan(&stored.storedEntities, &stored.storedLinks)
	if err != nil {
		return wrap(err, "count network")
	}
	if plan == nil {
		plan = func(networkPlan) {}
	}
	args := scopeArgs(scope)

	// Seq is unique, so ORDER BY seq is Network.Sort's order; key is the primary key and
	// SQLite's BINARY collation compares bytes as Go compares strings, so ORDER BY key is
	// the order of Link.Key.
	entitySQL := query(`SELECT `+entityColumns+` FROM entities e WHERE {visible} ORDER BY e.seq`,
		"{visible}", entityVisible(scope, "e.id"))
	stored.links = -1
	plan(stored)
	if scope.All() {
		if err := eachRow(ctx, tx, "read entities", entitySQL, nil, scanEntityInto, entity); err != nil {
			return err
		}
		stored.links = 0
		plan(stored)
		keep := func(l *ringleader.Link) error {
			if !f.KeepsLink(l) {
				return nil
			}
			return link(l)
		}
		return eachRow(ctx, tx, "read links", `SELECT `+linkColumns+` FROM links l ORDER BY l.key`, nil, scanLinkInto, keep)
	}

	visible := map[string]bool{}
	var ids []string
	err = eachRow(ctx, tx, "read entities", entitySQL, args, scanEntityInto, func(e *ringleader.Entity) error {
		visible[e.ID] = true
		ids = append(ids, e.ID)
		return entity(e)
	})
	if err != nil {
		return err
	}
	stored.entities, stored.links = len(ids), 0
	keep := func(l *ringleader.Link) error {
		if !visible[l.Source] || !visible[l.Target] || !f.KeepsLink(l) {
			return nil
		}
		return link(l)
	}
	var linkSQL string
	if smallScope(len(ids), stored.storedEntities) {
		stored.seek = true
		// The unary + keeps SQLite from probing the index for every pair of visible
		// entities; it walks each visible source's links instead.
		linkSQL = query(`SELECT `+linkColumns+` FROM links l
			WHERE l.source IN (SELECT value FROM json_each(:visible)) AND +l.target IN (SELECT value FROM json_each(:visible))
				AND {link}
			ORDER BY l.key`, "{link}", linkVisible(scope))
		args = append(args, sql.Named("visible", jsonArray(ids)))
	} else {
		// Each row carries its cases, so the link's own scope check is scope.SeesLink on
		// the row read rather than a correlated subquery per link.
		linkSQL = `SELECT ` + linkColumns + ` FROM links l ORDER BY l.key`
		args = nil
		sees := keep
		keep = func(l *ringleader.Link) error {
			if !scope.SeesLink(l) {
				return nil
			}
			return sees(l)
		}
	}
	ids = nil
	plan(stored)
	return eachRow(ctx, tx, "read links", linkSQL, args, scanLinkInto, keep)
}

// smallScope reports whether a scope that sees visible of stored entities reads its links
// faster by seeking them from its entities than by scanning every link. Seeking costs an
// index probe per link of a visible entity plus a sort, scanning a row per stored link.
// On the 20k benchmark network (100k links) seeking took 39, 70, 185 and 1050 ms for
// scopes seeing 2, 10, 25 and 50% of the entities, scanning 470 to 670 ms throughout:
// the break-even lies between a quarter and a half, so seek below a third.
func smallScope(visible, stored int) bool { return 3*visible < stored }

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
		[]any{keep}, len(order))
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
	net.Links, err = readLinks(ctx, tx, linkSQL, append(args, keep), 0, nil)
	if err != nil {
		return nil, err
	}
	return net, nil
}

// readEntities reads the entities a query returns; hint, when positive, is their number.
func readEntities(ctx context.Context, tx *sql.Tx, sqlText string, args []any, hint int) ([]ringleader.Entity, error) {
	out, err := readRows(ctx, tx, sqlText, args, hint, scanEntity, nil)
	if err != nil {
		return nil, wrap(err, "read entities")
	}
	return out, nil
}

// readLinks reads the links a query returns, keeping those keep accepts (all when nil);
// hint, when positive, is their expected number.
func readLinks(ctx context.Context, tx *sql.Tx, sqlText string, args []any, hint int, keep func(*ringleader.Link) bool) ([]ringleader.Link, error) {
	out, err := readRows(ctx, tx, sqlText, args, hint, scanLink, keep)
	if err != nil {
		return nil, wrap(err, "read links")
	}
	return out, nil
}

// readRows scans every row of a query with scan. With a positive hint it appends to one
// slice of that capacity; without, it collects the rows in chunks and copies them once at
// the end. Appending 100,000 links to a growing slice instead spent a third of a network read
// copying, and copying once from chunks still a sixth (write barriers while the garbage
// collector runs), hence the hint where a count is cheap.
func readRows[T any](ctx context.Context, tx *sql.Tx, sqlText string, args []any, hint int,
	scan func(scanner) (T, error), keep func(*T) bool) ([]T, error) {
	rows, err := tx.QueryContext(ctx, sqlText, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var sized []T
	var chunked chunks[T]
	if hint > 0 {
		sized = make([]T, 0, hint)
	}
	for rows.Next() {
		v, err := scan(rows)
		if err != nil {
			return nil, err
		}
		switch {
		case keep != nil && !keep(&v):
		case hint > 0:
			sized = append(sized, v)
		default:
			chunked.add(v)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if hint > 0 {
		return sized, nil
	}
	return chunked.all(), nil
}

// eachRow decodes every row of a query into one reused value with scan and calls fn with it. Errors of the
// query and of decoding are wrapped as what; fn's are returned as they are.
func eachRow[T any](ctx context.Context, tx *sql.Tx, what, sqlText string, args []any,
	scan func(scanner, *T) error, fn func(*T) error) error {
	rows, err := tx.QueryContext(ctx, sqlText, args...)
	if err != nil {
		return wrap(err, "%s", what)
	}
	defer rows.Close()
	var v T
	for rows.Next() {
		var zero T
		v = zero
		if err := scan(rows, &v); err != nil {
			return wrap(err, "%s", what)
		}
		if err := fn(&v); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return wrap(err, "%s", what)
	}
	return nil
}

// chunks collects values of unknown number in fixed-size blocks, to be copied once into
// one slice by all.
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
