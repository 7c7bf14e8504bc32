package neo4j

import (
	"context"
	"maps"
	"slices"

	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/ringleader/ringleader"
)

// checkEndpoints fails with EINVALID when a link names an entity that is neither in the batch nor stored. Entities
// are never deleted, so what it finds stored stays so while the batch is written; their element ids go to st.
func (s *Store) checkEndpoints(ctx context.Context, b *ringleader.Batch, st *writeState) error {
	outside := b.OutsideEndpoints()
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
	if err := b.CheckEndpoints("neo4j", unknown); err != nil {
		return err
	}
	maps.Copy(st.eids, found)
	return nil
}

// checkCompartment refuses a batch that a writer limited to b.Compartment may not write, given what it would
// merge over (ringleader.Scope.CheckBatch).
func (s *Store) checkCompartment(ctx context.Context, b *ringleader.Batch) error {
	ids, keys := b.StoredRefs()
	net, err := s.Stored(ctx, ids, keys)
	if err != nil {
		return err
	}
	return b.Compartment.CheckStored(b, net)
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
