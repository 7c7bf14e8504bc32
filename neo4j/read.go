package neo4j

import (
	"cmp"
	"context"
	"slices"

	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/names"
)

// defaultFindLimit is the number of matches FindEntities returns when the query gives no limit.
const defaultFindLimit = 50

// Entity returns the entity with the given id; ENOTFOUND when it is not stored or not visible in scope, with the
// same message either way so that the answer reveals nothing.
func (s *Store) Entity(ctx context.Context, scope ringleader.Scope, id string) (ringleader.Entity, error) {
	e, found, err := readTx3(ctx, s, func(tx neo4jdrv.ManagedTransaction) (ringleader.Entity, bool, error) {
		return entity(ctx, tx, scope, id)
	})
	switch {
	case err != nil:
		return ringleader.Entity{}, wrap(err, "read entity %s", id)
	case !found:
		return ringleader.Entity{}, ringleader.Errorf(ringleader.ENOTFOUND, "entity %q not found", id)
	}
	return e, nil
}

// entity reads one entity visible in scope; found is false when there is none.
func entity(ctx context.Context, tx neo4jdrv.ManagedTransaction, scope ringleader.Scope, id string) (ringleader.Entity, bool, error) {
	rows, err := run(ctx, tx, qEntity, with(scopeParams(scope), "id", id))
	if err != nil || len(rows) == 0 {
		return ringleader.Entity{}, false, err
	}
	e, err := decodeEntity(rows[0].Values[0])
	return e, err == nil, err
}

// readTx3 is readTx for work that returns two values.
func readTx3[A, B any](ctx context.Context, s *Store, work func(tx neo4jdrv.ManagedTransaction) (A, B, error)) (A, B, error) {
	type pair struct {
		a A
		b B
	}
	p, err := readTx(ctx, s, func(tx neo4jdrv.ManagedTransaction) (pair, error) {
		a, b, err := work(tx)
		return pair{a, b}, err
	})
	return p.a, p.b, err
}

// FindEntities returns the entities in scope whose name or one of whose aliases contains the query text once both
// are folded by names.Fold. An entity ranks by its best-matching name or alias: the whole key equal to the query
// first, then the key starting with it, then containing it; ties go by name, then id, compared as Go compares
// strings. Limit 0 means 50.
func (s *Store) FindEntities(ctx context.Context, scope ringleader.Scope, q ringleader.EntityQuery) ([]ringleader.Entity, error) {
	limit := q.Limit
	if limit <= 0 {
		limit = defaultFindLimit
	}
	var kind any
	if q.Kind != "" {
		kind = string(q.Kind)
	}
	params := with(scopeParams(scope), "text", names.Fold(q.Text), "kind", kind)
	type match struct {
		id, name string
		rank     int64
	}
	out, err := readTx(ctx, s, func(tx neo4jdrv.ManagedTransaction) ([]ringleader.Entity, error) {
		var matches []match
		err := each(ctx, tx, qSearch, params, func(r *neo4jdrv.Record) error {
			rank, _ := r.Values[2].(int64)
			matches = append(matches, match{asString(r.Values[0]), asString(r.Values[1]), rank})
			return nil
		})
		if err != nil || len(matches) == 0 {
			return nil, err
		}
		slices.SortFunc(matches, func(a, b match) int {
			return cmp.Or(cmp.Compare(a.rank, b.rank), cmp.Compare(a.name, b.name), cmp.Compare(a.id, b.id))
		})
		matches = matches[:min(limit, len(matches))]
		ids := make([]string, len(matches))
		for i, m := range matches {
			ids[i] = m.id
		}
		byID, err := entitiesByID(ctx, tx, scope, ids)
		if err != nil {
			return nil, err
		}
		out := make([]ringleader.Entity, 0, len(ids))
		for _, id := range ids {
			if e, ok := byID[id]; ok {
				out = append(out, e)
			}
		}
		return out, nil
	})
	if err != nil {
		return nil, wrap(err, "find entities")
	}
	return out, nil
}

// entitiesByID reads the entities among ids that are visible in scope.
func entitiesByID(ctx context.Context, tx neo4jdrv.ManagedTransaction, scope ringleader.Scope, ids []string) (map[string]ringleader.Entity, error) {
	out := make(map[string]ringleader.Entity, len(ids))
	err := each(ctx, tx, qEntitiesByID, with(scopeParams(scope), "ids", ids), func(r *neo4jdrv.Record) error {
		e, err := decodeEntity(r.Values[0])
		if err != nil {
			return err
		}
		out[e.ID] = e
		return nil
	})
	return out, err
}

// Counts returns how many entities of each kind and links of each type are visible in scope. Kinds and types with
// none are absent from the maps.
func (s *Store) Counts(ctx context.Context, scope ringleader.Scope) (ringleader.Counts, error) {
	c, err := readTx(ctx, s, func(tx neo4jdrv.ManagedTransaction) (ringleader.Counts, error) {
		c := ringleader.Counts{Entities: map[ringleader.Kind]int{}, Links: map[ringleader.LinkType]int{}}
		params := scopeParams(scope)
		err := each(ctx, tx, qCountsEntities, params, func(r *neo4jdrv.Record) error {
			n, _ := r.Values[1].(int64)
			c.Entities[ringleader.Kind(asString(r.Values[0]))] = int(n)
			return nil
		})
		if err != nil {
			return c, err
		}
		err = each(ctx, tx, qCountsLinks, params, func(r *neo4jdrv.Record) error {
			n, _ := r.Values[1].(int64)
			c.Links[ringleader.LinkType(asString(r.Values[0]))] = int(n)
			return nil
		})
		return c, err
	})
	if err != nil {
		return ringleader.Counts{}, wrap(err, "count")
	}
	return c, nil
}
