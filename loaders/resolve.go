package loaders

import (
	"fmt"
	"maps"
	"slices"
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
			l.problemAt(s.row, l.fieldNames[s.field], fmt.Sprintf("%q is not defined in this load or in the store", id))
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
