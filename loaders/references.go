package loaders

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"slices"

	"github.com/ringleader/ringleader"
)

// site is a place that refers to an id: a row and the field that holds the id.
type site struct {
	row   int32
	field uint16
}

// resolve checks every reference of the load: ids the load provides must be of a kind
// the referring field allows, and ids it does not provide must be in the store, which
// is asked once for all of them. It also reports ids that two rows give different kinds.
func (l *loader) resolve(missing MissingFunc) error {
	l.defs = make(map[string]def, l.ents.len())
	for i := range l.ents.len() {
		e := l.ents.at(i)
		d, ok := l.defs[e.ID]
		if !ok {
			l.defs[e.ID] = def{kind: e.Kind, row: l.entRow[i]}
			continue
		}
		if d.kind != e.Kind {
			l.problemAt(l.entRow[i], l.fieldNames[l.entField[i]],
				fmt.Sprintf("%q is already %s (%s)", e.ID, article(d.kind), l.where(d.row)))
		}
	}
	unresolved := map[string][]site{}
	check := func(id string, s site, kinds kindSet) {
		d, ok := l.defs[id]
		switch {
		case !ok:
			unresolved[id] = append(unresolved[id], s)
		case !kinds.has(d.kind):
			l.problemAt(s.row, l.fieldNames[s.field], fmt.Sprintf("%q is %s, not %s", id, article(d.kind), kinds))
		}
	}
	for i := range l.links.len() {
		k, m := l.links.at(i), l.linkMeta[i]
		ends := endKinds[k.Type]
		if m.src != 0 {
			check(k.Source, site{m.row, m.src}, ends[0])
		}
		if m.dst != 0 {
			check(k.Target, site{m.row, m.dst}, ends[1])
		}
	}
	for _, r := range l.refs {
		check(r.id, site{r.row, r.field}, r.kinds)
	}
	if len(unresolved) == 0 {
		return nil
	}
	absent := slices.Sorted(maps.Keys(unresolved))
	if missing != nil {
		var err error
		if absent, err = missing(l.ctx, absent); err != nil {
			return fmt.Errorf("loaders: look up stored ids: %w", err)
		}
	}
	for _, id := range absent {
		for _, s := range unresolved[id] {
			l.problemAt(s.row, l.fieldNames[s.field], ringleader.NotDefined(id))
		}
	}
	return nil
}

// cascade rejects, under SkipInvalid, the rows that refer to an id whose every providing
// row was rejected, and then the rows that refer to what those provided, and so on. An
// id that a rejected row provides is not looked up in the store: the row that should
// have defined it is broken, so links to it wait for the fixed row.
func (l *loader) cascade() {
	providers := make(map[string]int32, len(l.defs))
	for i := range l.ents.len() {
		providers[l.ents.at(i).ID]++
	}
	sites := make(map[string][]site, len(l.defs))
	for i := range l.links.len() {
		k, m := l.links.at(i), l.linkMeta[i]
		if m.src != 0 {
			sites[k.Source] = append(sites[k.Source], site{m.row, m.src})
		}
		if m.dst != 0 {
			sites[k.Target] = append(sites[k.Target], site{m.row, m.dst})
		}
	}
	for _, r := range l.refs {
		sites[r.id] = append(sites[r.id], site{r.row, r.field})
	}
	var queue []int32
	for i := range l.rows {
		if l.rows[i].flags&rowBad != 0 {
			queue = append(queue, int32(i))
		}
	}
	for len(queue) > 0 {
		ri := queue[len(queue)-1]
		queue = queue[:len(queue)-1]
		from, to := l.entRange(ri)
		for i := from; i < to; i++ {
			id := l.ents.at(int(i)).ID
			if providers[id]--; providers[id] != 0 {
				continue
			}
			for _, s := range sites[id] {
				if l.rows[s.row].flags&rowBad != 0 {
					continue
				}
				l.problemAt(s.row, l.fieldNames[s.field], fmt.Sprintf("%q was rejected (%s)", id, l.where(l.defs[id].row)))
				queue = append(queue, s.row)
			}
		}
	}
}

// compartment checks a load limited to scope's cases before anything is written: references resolve only to
// entities the writer sees (others read as not defined, whether they exist or not), and every record must lie in
// its cases (ringleader.Scope.CheckEntityWrite and CheckLinkWrite, against the stored records it would merge
// over). The store is asked once, for every id and link key of the load.
func (l *loader) compartment(scope ringleader.Scope, stored func(ctx context.Context, ids, keys []string) (*ringleader.Network, error)) error {
	if stored == nil {
		return fmt.Errorf("loaders: a load limited to some cases needs the store it writes to")
	}
	idSet := make(map[string]bool, l.ents.len())
	for i := range l.ents.len() {
		idSet[l.ents.at(i).ID] = true
	}
	keySet := make(map[string]bool, l.links.len())
	for i := range l.links.len() {
		k := l.links.at(i)
		idSet[k.Source], idSet[k.Target] = true, true
		keySet[k.Key()] = true
	}
	for _, r := range l.refs {
		idSet[r.id] = true
	}
	net, err := stored(l.ctx, slices.Sorted(maps.Keys(idSet)), slices.Sorted(maps.Keys(keySet)))
	if err != nil {
		return fmt.Errorf("loaders: look up stored records: %w", err)
	}
	ents := make(map[string]*ringleader.Entity, len(net.Entities))
	for i := range net.Entities {
		ents[net.Entities[i].ID] = &net.Entities[i]
	}
	links := make(map[string]*ringleader.Link, len(net.Links))
	for i := range net.Links {
		links[net.Links[i].Key()] = &net.Links[i]
	}
	// An entity the writer cannot see is, to this load, one that does not exist.
	visible := func(_ context.Context, ids []string) ([]string, error) {
		var absent []string
		for _, id := range ids {
			if e := ents[id]; e == nil || !scope.SeesEntity(e) {
				absent = append(absent, id)
			}
		}
		return absent, nil
	}
	if err := l.resolve(visible); err != nil {
		return err
	}
	for i := range l.ents.len() {
		e := l.ents.at(i)
		r, v := scope.CheckEntityWrite(ents[e.ID], e)
		if r == ringleader.RefusalNone {
			continue
		}
		field := l.fieldNames[l.entField[i]]
		if (r == ringleader.RefusalOutsideCase || r == ringleader.RefusalNoCase) && e.Kind != ringleader.KindCase {
			field = "cases"
		}
		l.problemAt(l.entRow[i], field, r.Reason(v))
	}
	for i := range l.links.len() {
		k, m := l.links.at(i), l.linkMeta[i]
		r, v := scope.CheckLinkWrite(links[k.Key()], k, ents[k.Source], ents[k.Target])
		if r == ringleader.RefusalNone {
			continue
		}
		field := "cases"
		if r == ringleader.RefusalTaken {
			field = cmp.Or(l.fieldNames[m.src], l.fieldNames[m.dst], "id")
			if k.ID != "" {
				field = "id"
			}
		}
		l.problemAt(m.row, field, r.Reason(v))
	}
	return nil
}
