package resolve

import (
	"cmp"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/ringleader/ringleader"
)

// MergedIDsProp is the property of a resolved entity that lists, separated by ";", the
// ids of all the records it stands for, its own included.
const MergedIDsProp = "merged_ids"

// Merge returns net with each identity that entity resolution found merged into one
// entity: the records joined by SAME_AS links decided auto or confirmed become the
// record with the lowest Seq (then id), which keeps its name and gains the others'
// names as aliases, the union of their aliases, cases and sources, the properties it
// lacks from them, and MergedIDsProp. Links are re-pointed to the merged entities, and
// links that then coincide (both records held one phone) are merged as a store merges
// them, association weights added up; SAME_AS links are dropped, whatever their
// decision. net is not modified, and a network without SAME_AS links comes back as an
// equal copy.
//
// A rejected SAME_AS link is a cannot-link constraint: links are applied confirmed
// first, then auto by score, and one that would put a rejected pair into one identity
// is skipped. SAME_AS links between entities of different kinds are ignored.
func Merge(net *ringleader.Network) *ringleader.Network {
	rep := Identities(net)
	out := &ringleader.Network{Entities: make([]ringleader.Entity, 0, len(net.Entities))}
	members := map[string][]*ringleader.Entity{}
	for i := range net.Entities {
		e := &net.Entities[i]
		if r, ok := rep[e.ID]; ok {
			members[r] = append(members[r], e)
		}
	}
	for i := range net.Entities {
		e := net.Entities[i]
		r, merged := rep[e.ID]
		switch {
		case !merged:
			out.Entities = append(out.Entities, e)
		case r == e.ID:
			out.Entities = append(out.Entities, mergeIdentity(members[r]))
		}
	}
	at := map[string]int{}
	for _, l := range net.Links {
		if l.Type == ringleader.LinkSameAs {
			continue
		}
		rs, movedS := rep[l.Source]
		rt, movedT := rep[l.Target]
		if movedS || movedT {
			if movedS {
				l.Source = rs
			}
			if movedT {
				l.Target = rt
			}
			l = l.Canonical()
		}
		k := l.Key()
		if i, dup := at[k]; dup {
			out.Links[i] = mergeParallel(out.Links[i], l)
			continue
		}
		at[k] = len(out.Links)
		l.Cases, l.Sources, l.Props = slices.Clone(l.Cases), slices.Clone(l.Sources), maps.Clone(l.Props)
		out.Links = append(out.Links, l)
	}
	out.Sort()
	return out
}

// Identities returns, for every record of net that Merge merges with another, the id
// of the entity that stands for it (a representative maps to itself). Records that
// stay alone are absent.
func Identities(net *ringleader.Network) map[string]string {
	byID := make(map[string]*ringleader.Entity, len(net.Entities))
	for i := range net.Entities {
		byID[net.Entities[i].ID] = &net.Entities[i]
	}
	var accepted []ringleader.Link
	rejected := map[[2]string]bool{}
	for _, l := range net.Links {
		if l.Type != ringleader.LinkSameAs || l.Source == l.Target {
			continue
		}
		a, b := byID[l.Source], byID[l.Target]
		if a == nil || b == nil || a.Kind != b.Kind {
			continue
		}
		switch l.Props["decision"] {
		case ringleader.DecisionConfirmed, ringleader.DecisionAuto:
			accepted = append(accepted, l)
		case ringleader.DecisionRejected:
			rejected[idPair(l.Source, l.Target)] = true
		}
	}
	slices.SortStableFunc(accepted, func(x, y ringleader.Link) int {
		return cmp.Or(cmp.Compare(decisionRank(x), decisionRank(y)), cmp.Compare(sameAsScore(y), sameAsScore(x)), cmp.Compare(x.Key(), y.Key()))
	})
	cluster := map[string][]string{} // representative -> members
	find := map[string]string{}      // member -> representative
	root := func(id string) string {
		if r, ok := find[id]; ok {
			return r
		}
		find[id] = id
		cluster[id] = []string{id}
		return id
	}
	for _, l := range accepted {
		ra, rb := root(l.Source), root(l.Target)
		if ra == rb || cannotLink(cluster[ra], cluster[rb], rejected) {
			continue
		}
		keep, drop := ra, rb
		if representsBefore(byID[rb], byID[ra]) {
			keep, drop = rb, ra
		}
		for _, m := range cluster[drop] {
			find[m] = keep
		}
		cluster[keep] = append(cluster[keep], cluster[drop]...)
		delete(cluster, drop)
	}
	out := map[string]string{}
	for r, ms := range cluster {
		if len(ms) > 1 {
			for _, m := range ms {
				out[m] = r
			}
		}
	}
	return out
}

// decisionRank puts a person's confirmation before an automatic link.
func decisionRank(l ringleader.Link) int {
	if l.Props["decision"] == ringleader.DecisionConfirmed {
		return 0
	}
	return 1
}

func sameAsScore(l ringleader.Link) float64 {
	s, err := strconv.ParseFloat(l.Props["score"], 64)
	if err != nil || math.IsNaN(s) {
		return 0
	}
	return s
}

func cannotLink(a, b []string, rejected map[[2]string]bool) bool {
	if len(rejected) == 0 {
		return false
	}
	for _, x := range a {
		for _, y := range b {
			if rejected[idPair(x, y)] {
				return true
			}
		}
	}
	return false
}

func idPair(a, b string) [2]string {
	if b < a {
		a, b = b, a
	}
	return [2]string{a, b}
}

// representsBefore reports whether a stands for an identity before b: the record stored
// first (lowest Seq; records not yet stored, Seq 0, last), then the lowest id.
func representsBefore(a, b *ringleader.Entity) bool {
	seq := func(e *ringleader.Entity) int64 {
		if e.Seq <= 0 {
			return math.MaxInt64
		}
		return e.Seq
	}
	return cmp.Or(cmp.Compare(seq(a), seq(b)), cmp.Compare(a.ID, b.ID)) < 0
}

// mergeIdentity merges the records of one identity into its representative.
func mergeIdentity(ms []*ringleader.Entity) ringleader.Entity {
	slices.SortFunc(ms, func(a, b *ringleader.Entity) int {
		if representsBefore(a, b) {
			return -1
		}
		return 1
	})
	out := *ms[0]
	out.Props = maps.Clone(out.Props)
	if out.Props == nil {
		out.Props = map[string]string{}
	}
	var aliases, cases, sources, ids []string
	for _, m := range ms {
		aliases = append(aliases, m.Aliases...)
		if !strings.EqualFold(strings.TrimSpace(m.Name), strings.TrimSpace(out.Name)) {
			aliases = append(aliases, m.Name)
		}
		cases = append(cases, m.Cases...)
		sources = append(sources, m.Sources...)
		ids = append(ids, m.ID)
		for k, v := range m.Props {
			if _, ok := out.Props[k]; !ok {
				out.Props[k] = v
			}
		}
		out.Implicit = out.Implicit && m.Implicit
	}
	out.Aliases, out.Cases, out.Sources = uniqueSorted(aliases), uniqueSorted(cases), uniqueSorted(sources)
	out.Props[MergedIDsProp] = strings.Join(uniqueSorted(ids), ";")
	return out
}

// mergeParallel merges two links that re-pointing made one: cases and sources add up,
// an association's weight is the sum (the calls of both records), observed dates widen.
func mergeParallel(a, b ringleader.Link) ringleader.Link {
	if a.Type == ringleader.LinkAssociate {
		a.Weight = a.W() + b.W()
	}
	a.Cases = uniqueSorted(append(a.Cases, b.Cases...))
	a.Sources = uniqueSorted(append(a.Sources, b.Sources...))
	a.FirstSeen = earliestDate(a.FirstSeen, b.FirstSeen)
	a.LastSeen = latestDate(a.LastSeen, b.LastSeen)
	for k, v := range b.Props {
		if _, ok := a.Props[k]; !ok {
			if a.Props == nil {
				a.Props = map[string]string{}
			}
			a.Props[k] = v
		}
	}
	if a.Role == "" {
		a.Role = b.Role
	}
	return a
}

func earliestDate(a, b string) string {
	if a == "" || (b != "" && b < a) {
		return b
	}
	return a
}

func latestDate(a, b string) string {
	if b > a {
		return b
	}
	return a
}

func uniqueSorted(s []string) []string {
	out := make([]string, 0, len(s))
	for _, v := range s {
		if v != "" {
			out = append(out, v)
		}
	}
	slices.Sort(out)
	out = slices.Compact(out)
	if len(out) == 0 {
		return nil
	}
	return out
}
