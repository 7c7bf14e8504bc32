package neo4j

import (
	"cmp"
	"context"
	"slices"
	"strings"

	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/ringleader/ringleader"
)

// Network returns ringleader.FilterNetwork(stored, scope, f): the entities visible in scope in Seq order and the
// visible links among them that f keeps, in key order. Scope and time window are applied in Cypher, in one read
// transaction; records are decoded as they stream in (see readNetwork).
func (s *Store) Network(ctx context.Context, scope ringleader.Scope, f ringleader.NetworkFilter) (*ringleader.Network, error) {
	net, err := readTx(ctx, s, func(tx neo4jdrv.ManagedTransaction) (*ringleader.Network, error) {
		net := &ringleader.Network{} // afresh on each try of the managed transaction
		err := readNetwork(ctx, tx, scope, f,
			func(e *ringleader.Entity) error { net.Entities = append(net.Entities, *e); return nil },
			func(l *ringleader.Link) error { net.Links = append(net.Links, *l); return nil })
		return net, err
	})
	if err != nil {
		return nil, wrap(err, "read network")
	}
	return net, nil
}

// StreamNetwork calls entity and link with the records Network returns, in its order, decoding each as it
// arrives, from one read transaction: a projection of a million people then never holds their records. The
// transaction is explicit, not managed: the driver retries a managed one from its start, and no callback may see
// a record twice. A callback's error is returned as it is.
func (s *Store) StreamNetwork(ctx context.Context, scope ringleader.Scope, f ringleader.NetworkFilter,
	entity func(*ringleader.Entity) error, link func(*ringleader.Link) error) error {
	session := s.session(ctx, neo4jdrv.AccessModeRead)
	defer session.Close(context.WithoutCancel(ctx))
	tx, err := session.BeginTransaction(ctx)
	if err != nil {
		return wrap(err, "read network")
	}
	defer tx.Close(context.WithoutCancel(ctx))
	var stop error // a callback's
	err = readNetwork(ctx, tx, scope, f,
		func(e *ringleader.Entity) error { stop = entity(e); return stop },
		func(l *ringleader.Link) error { stop = link(l); return stop })
	switch {
	case stop != nil:
		return stop
	case err != nil:
		return wrap(err, "read network")
	}
	return nil
}

// readNetwork runs the network's two queries in tx and calls entity and link with each record, decoded into a
// struct reused from one call to the next. The links come in key order from Cypher, but for runs of keys holding
// a character from U+E000 up, where Cypher's order (UTF-16) and Go's (code points) can differ: such a run lies
// between the same two other keys in both orders, so it is held and sorted alone.
func readNetwork(ctx context.Context, tx statementRunner, scope ringleader.Scope, f ringleader.NetworkFilter,
	entity func(*ringleader.Entity) error, link func(*ringleader.Link) error) error {
	params := scopeParams(scope)
	var e ringleader.Entity
	err := each(ctx, tx, qNetworkEntities, params, func(r *neo4jdrv.Record) error {
		var err error
		if e, err = decodeEntity(r.Values[0]); err != nil {
			return err
		}
		return entity(&e)
	})
	if err != nil {
		return err
	}
	var l ringleader.Link
	var last string
	emit := func(x *ringleader.Link) error {
		key := x.Key()
		if key < last {
			return ringleader.Errorf(ringleader.EINTERNAL, "link %q came after %q", key, last)
		}
		last, l = key, *x
		return link(&l)
	}
	var run []ringleader.Link // links whose keys Cypher may order otherwise, since the last other link
	flush := func() error {
		slices.SortStableFunc(run, func(a, b ringleader.Link) int { return strings.Compare(a.Key(), b.Key()) })
		for i := range run {
			if err := emit(&run[i]); err != nil {
				return err
			}
		}
		run = run[:0]
		return nil
	}
	err = each(ctx, tx, qNetworkLinks, with(params, "from", str(f.From), "to", str(f.To)), func(r *neo4jdrv.Record) error {
		x, err := decodeLink(r.Values[0])
		if err != nil {
			return err
		}
		if ordersApart(x.Key()) {
			run = append(run, x)
			return nil
		}
		if err := flush(); err != nil {
			return err
		}
		return emit(&x)
	})
	if err != nil {
		return err
	}
	return flush()
}

// ordersApart reports whether s holds a character from U+E000 up, where UTF-16 order, Cypher's, and code point
// order, Go's, can differ: below it the two orders are the same.
func ordersApart(s string) bool {
	for _, r := range s {
		if r >= 0xE000 {
			return true
		}
	}
	return false
}

// Neighbourhood returns what ringleader.Neighbourhood returns on the network visible in scope: the entities within
// depth hops of id, nearest first and ties by id, at most limit of them when limit > 0, and the visible links
// among them. It walks the graph one level per query, so that it reads only the neighbourhood, never the whole
// network. ENOTFOUND when id is not visible.
func (s *Store) Neighbourhood(ctx context.Context, scope ringleader.Scope, id string, depth, limit int) (*ringleader.Network, error) {
	net, found, err := readTx3(ctx, s, func(tx neo4jdrv.ManagedTransaction) (*ringleader.Network, bool, error) {
		if _, found, err := entity(ctx, tx, scope, id); err != nil || !found {
			return nil, found, err
		}
		params := scopeParams(scope)
		seen := map[string]bool{id: true}
		order := []string{id}
		frontier := []string{id}
		// Once a level fills the limit, deeper levels would only be cut off again.
		for d := 1; d <= depth && len(frontier) > 0 && (limit <= 0 || len(order) < limit); d++ {
			var next []string
			err := each(ctx, tx, qNeighbours, with(params, "frontier", frontier), func(r *neo4jdrv.Record) error {
				if v := asString(r.Values[0]); !seen[v] {
					seen[v] = true
					next = append(next, v)
				}
				return nil
			})
			if err != nil {
				return nil, true, err
			}
			slices.Sort(next)
			order = append(order, next...)
			frontier = next
		}
		if limit > 0 && len(order) > limit {
			order = order[:limit]
		}
		byID, err := entitiesByID(ctx, tx, scope, order)
		if err != nil {
			return nil, true, err
		}
		net := &ringleader.Network{Entities: make([]ringleader.Entity, 0, len(order))}
		for _, v := range order {
			net.Entities = append(net.Entities, byID[v])
		}
		err = each(ctx, tx, qLinksAmong, with(params, "ids", order), func(r *neo4jdrv.Record) error {
			l, err := decodeLink(r.Values[0])
			net.Links = append(net.Links, l)
			return err
		})
		return net, true, err
	})
	switch {
	case err != nil:
		return nil, wrap(err, "read neighbourhood of %s", id)
	case !found:
		return nil, ringleader.Errorf(ringleader.ENOTFOUND, "entity %q not found", id)
	}
	slices.SortFunc(net.Links, func(a, b ringleader.Link) int { return cmp.Compare(a.Key(), b.Key()) })
	return net, nil
}
