package ringleader

import (
	"cmp"
	"slices"
)

// Network is a set of entities and the links among them, as a store returns it for one
// scope and filter. Entities come in store order (Seq), links in key order.
type Network struct {
	Entities []Entity `json:"entities"`
	Links    []Link   `json:"links"`
}

// NetworkFilter narrows a network read by time. A link is kept when it carries no date or
// when its observed interval [Start, End] overlaps [From, To]; empty bounds are open.
// Entities are not filtered by time: isolated people still count.
type NetworkFilter struct {
	From string `json:"from,omitempty"`
	To   string `json:"to,omitempty"`
}

// KeepsLink reports whether the filter keeps l.
func (f NetworkFilter) KeepsLink(l *Link) bool {
	start, end := l.Start(), l.End()
	if start == "" && end == "" {
		return true
	}
	if f.To != "" && start != "" && start > f.To {
		return false
	}
	if f.From != "" && end != "" && end < f.From {
		return false
	}
	return true
}

// FilterNetwork is the reference meaning of a scoped, filtered read: what every store's
// Network must return for the stored data all. It is used by the conformance suite and by
// stores that filter in memory.
func FilterNetwork(all *Network, scope Scope, f NetworkFilter) *Network {
	out := &Network{}
	visible := make(map[string]bool, len(all.Entities))
	for _, e := range all.Entities {
		if scope.SeesEntity(&e) {
			visible[e.ID] = true
			out.Entities = append(out.Entities, e)
		}
	}
	for _, l := range all.Links {
		if visible[l.Source] && visible[l.Target] && scope.SeesLink(&l) && f.KeepsLink(&l) {
			out.Links = append(out.Links, l)
		}
	}
	out.Sort()
	return out
}

// Sort puts entities in store order (Seq, then id) and links in key order, the order in
// which stores return them.
func (n *Network) Sort() {
	slices.SortFunc(n.Entities, func(a, b Entity) int {
		return cmp.Or(cmp.Compare(a.Seq, b.Seq), cmp.Compare(a.ID, b.ID))
	})
	slices.SortFunc(n.Links, func(a, b Link) int { return cmp.Compare(a.Key(), b.Key()) })
}

// Neighbourhood is the reference meaning of a neighbourhood read: the entities within
// depth hops of id over links of n in either direction, nearest first (ties by id), at
// most limit of them, and every link of n among them. n must already be scoped. It
// returns nil when id is not in n.
func Neighbourhood(n *Network, id string, depth, limit int) *Network {
	byID := make(map[string]*Entity, len(n.Entities))
	for i := range n.Entities {
		byID[n.Entities[i].ID] = &n.Entities[i]
	}
	if byID[id] == nil {
		return nil
	}
	adj := make(map[string][]string)
	for _, l := range n.Links {
		adj[l.Source] = append(adj[l.Source], l.Target)
		adj[l.Target] = append(adj[l.Target], l.Source)
	}
	dist := map[string]int{id: 0}
	order := []string{id}
	frontier := []string{id}
	for d := 1; d <= depth && len(frontier) > 0; d++ {
		var next []string
		for _, u := range frontier {
			for _, v := range adj[u] {
				if _, seen := dist[v]; !seen {
					dist[v] = d
					next = append(next, v)
				}
			}
		}
		slices.Sort(next)
		order = append(order, next...)
		frontier = next
	}
	if limit > 0 && len(order) > limit {
		order = order[:limit]
	}
	keep := make(map[string]bool, len(order))
	out := &Network{}
	for _, v := range order {
		keep[v] = true
		out.Entities = append(out.Entities, *byID[v])
	}
	for _, l := range n.Links {
		if keep[l.Source] && keep[l.Target] {
			out.Links = append(out.Links, l)
		}
	}
	slices.SortFunc(out.Links, func(a, b Link) int { return cmp.Compare(a.Key(), b.Key()) })
	return out
}
