package neo4j

import (
	"cmp"
	"context"
	"slices"

	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/ringleader/ringleader"
)

// Network returns ringleader.FilterNetwork(stored, scope, f): the entities visible in scope in Seq order and the
// visible links among them that f keeps, in key order. Scope and time window are applied in Cypher, in one read
// transaction; records are decoded as they stream in.
func (s *Store) Network(ctx context.Context, scope ringleader.Scope, f ringleader.NetworkFilter) (*ringleader.Network, error) {
	net, err := readTx(ctx, s, func(tx neo4jdrv.ManagedTransaction) (*ringleader.Network, error) {
		net := &ringleader.Network{}
		params := scopeParams(scope)
		err := each(ctx, tx, qNetworkEntities, params, func(r *neo4jdrv.Record) error {
			e, err := decodeEntity(r.Values[0])
			net.Entities = append(net.Entities, e)
			return err
		})
		if err != nil {
			return nil, err
		}
		err = each(ctx, tx, qNetworkLinks, with(params, "from", str(f.From), "to", str(f.To)), func(r *neo4jdrv.Record) error {
			l, err := decodeLink(r.Values[0])
			net.Links = append(net.Links, l)
			return err
		})
		return net, err
	})
	if err != nil {
		return nil, wrap(err, "read network")
	}
	// Keys sort as Go compares strings, which Cypher's ORDER BY (UTF-16) does not always match.
	net.Sort()
	return net, nil
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
