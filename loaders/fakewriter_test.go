package loaders_test

import (
	"context"
	"fmt"

	"github.com/ringleader/ringleader"
)

// memStore is a map-backed ringleader.Writer, a real fake in the manner of
// database/sql's fakedb: it applies MergeEntity and MergeLink the way the stores do,
// refuses a batch whose links name unknown entities, and counts what each write changed.
type memStore struct {
	ents         map[string]ringleader.Entity
	links        map[string]ringleader.Link
	seq          int64
	writes       int // calls to Write
	missingCalls int // calls to Missing
	progress     [][2]int
}

var _ ringleader.Writer = (*memStore)(nil)

func newMemStore() *memStore {
	return &memStore{ents: map[string]ringleader.Entity{}, links: map[string]ringleader.Link{}}
}

func (s *memStore) Write(ctx context.Context, b *ringleader.Batch) (ringleader.WriteResult, error) {
	s.writes++
	var res ringleader.WriteResult
	inBatch := make(map[string]bool, len(b.Entities))
	for _, e := range b.Entities {
		inBatch[e.ID] = true
	}
	for _, l := range b.Links {
		for _, id := range []string{l.Source, l.Target} {
			if _, stored := s.ents[id]; !stored && !inBatch[id] {
				return res, ringleader.Errorf(ringleader.EINVALID, "link %s names unknown entity %q", l.Key(), id)
			}
		}
	}
	if b.Compartment != nil {
		ents, links := map[string]*ringleader.Entity{}, map[string]*ringleader.Link{}
		for id, e := range s.ents {
			ents[id] = &e
		}
		for k, l := range s.links {
			links[k] = &l
		}
		if err := b.Compartment.CheckBatch(b, ents, links); err != nil {
			return res, err
		}
	}
	total, done := len(b.Entities)+len(b.Links), 0
	step := func() {
		done++
		if b.Progress != nil {
			b.Progress(done, total)
			s.progress = append(s.progress, [2]int{done, total})
		}
	}
	for _, e := range b.Entities {
		prev, ok := s.ents[e.ID]
		var p *ringleader.Entity
		if ok {
			p = &prev
		}
		next := ringleader.MergeEntity(p, e)
		switch {
		case !ok:
			s.seq++
			next.Seq = s.seq
			res.EntitiesCreated++
		case ringleader.EqualEntity(prev, next):
			res.EntitiesUnchanged++
		default:
			res.EntitiesUpdated++
		}
		s.ents[e.ID] = next
		step()
	}
	for _, l := range b.Links {
		key := l.Key()
		prev, ok := s.links[key]
		var p *ringleader.Link
		if ok {
			p = &prev
		}
		next := ringleader.MergeLink(p, l)
		switch {
		case !ok:
			res.LinksCreated++
		case ringleader.EqualLink(prev, next):
			res.LinksUnchanged++
		default:
			res.LinksUpdated++
		}
		s.links[key] = next
		step()
	}
	return res, nil
}

func (s *memStore) Missing(ctx context.Context, ids []string) ([]string, error) {
	s.missingCalls++
	var out []string
	for _, id := range ids {
		if _, ok := s.ents[id]; !ok {
			out = append(out, id)
		}
	}
	return out, nil
}

func (s *memStore) Stored(ctx context.Context, ids, keys []string) (*ringleader.Network, error) {
	net := &ringleader.Network{}
	for _, id := range ids {
		if e, ok := s.ents[id]; ok {
			net.Entities = append(net.Entities, e)
		}
	}
	for _, k := range keys {
		if l, ok := s.links[k]; ok {
			net.Links = append(net.Links, l)
		}
	}
	return net, nil
}

// kinds counts the stored entities per kind, links per type.
func (s *memStore) counts() (map[ringleader.Kind]int, map[ringleader.LinkType]int) {
	ek, lt := map[ringleader.Kind]int{}, map[ringleader.LinkType]int{}
	for _, e := range s.ents {
		ek[e.Kind]++
	}
	for _, l := range s.links {
		lt[l.Type]++
	}
	return ek, lt
}

// link returns the stored link with the given key, or fails.
func (s *memStore) link(key string) (ringleader.Link, error) {
	l, ok := s.links[key]
	if !ok {
		return l, fmt.Errorf("no link %s", key)
	}
	return l, nil
}
