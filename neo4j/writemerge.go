package neo4j

import (
	"context"
	"fmt"

	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/ringleader/ringleader"
)

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
func (s *Store) storedLinks(ctx context.Context, tx neo4jdrv.ManagedTransaction, links []ringleader.Link, isNew func(i int) bool) (map[string]storedLink, []any, error) {
	keys := make([]string, 0, len(links))
	seen := make(map[string]bool, len(links))
	for i := range links {
		if k := links[i].Key(); !seen[k] && !isNew(i) {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	return s.linksByKey(ctx, tx, keys)
}

// linksByKey reads the stored links of keys, each key once, and the element ids of stray duplicates (see
// storedLinks).
func (s *Store) linksByKey(ctx context.Context, tx neo4jdrv.ManagedTransaction, keys []string) (map[string]storedLink, []any, error) {
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
		creates = append(creates, linkCreate(l, props))
	}
	return creates, updates, deletes, nil
}
