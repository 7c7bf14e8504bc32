package storetest

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/ringleader/ringleader"
)

// DiffNetworks describes the first difference between got and want, or returns "" when
// they hold equal entities (with equal Seq) and equal links in the same order. Tests that
// compare what two stores hold use it too.
func DiffNetworks(got, want *ringleader.Network) string {
	if got == nil || want == nil {
		if got == want {
			return ""
		}
		return fmt.Sprintf("got network %v, want %v", got, want)
	}
	if len(got.Entities) != len(want.Entities) {
		return fmt.Sprintf("got %d entities %v, want %d %v", len(got.Entities), entityIDs(got.Entities),
			len(want.Entities), entityIDs(want.Entities))
	}
	for i := range got.Entities {
		g, w := got.Entities[i], want.Entities[i]
		if !ringleader.EqualEntity(g, w) || g.Seq != w.Seq {
			return fmt.Sprintf("entity %d: got %+v, want %+v", i, g, w)
		}
	}
	if len(got.Links) != len(want.Links) {
		return fmt.Sprintf("got %d links %v, want %d %v", len(got.Links), linkKeys(got.Links),
			len(want.Links), linkKeys(want.Links))
	}
	for i := range got.Links {
		if g, w := got.Links[i], want.Links[i]; !ringleader.EqualLink(g, w) {
			return fmt.Sprintf("link %d: got %+v, want %+v", i, g, w)
		}
	}
	return ""
}

func entityIDs(es []ringleader.Entity) []string {
	ids := make([]string, len(es))
	for i, e := range es {
		ids[i] = e.ID
	}
	return ids
}

func linkKeys(ls []ringleader.Link) []string {
	keys := make([]string, len(ls))
	for i, l := range ls {
		keys[i] = l.Key()
	}
	return keys
}

// countsOf counts n the way Store.Counts must.
func countsOf(n *ringleader.Network) ringleader.Counts {
	c := ringleader.Counts{Entities: map[ringleader.Kind]int{}, Links: map[ringleader.LinkType]int{}}
	for _, e := range n.Entities {
		c.Entities[e.Kind]++
	}
	for _, l := range n.Links {
		c.Links[l.Type]++
	}
	return c
}

// equalCounts compares counts, treating an absent kind or type as zero.
func equalCounts(a, b ringleader.Counts) bool {
	nonzero := func(m map[string]int) map[string]int {
		out := map[string]int{}
		for k, v := range m {
			if v != 0 {
				out[k] = v
			}
		}
		return out
	}
	ae, be, al, bl := map[string]int{}, map[string]int{}, map[string]int{}, map[string]int{}
	for k, v := range a.Entities {
		ae[string(k)] = v
	}
	for k, v := range b.Entities {
		be[string(k)] = v
	}
	for k, v := range a.Links {
		al[string(k)] = v
	}
	for k, v := range b.Links {
		bl[string(k)] = v
	}
	return maps.Equal(nonzero(ae), nonzero(be)) && maps.Equal(nonzero(al), nonzero(bl))
}

// wantCode fails t unless err carries the error code.
func wantCode(t *testing.T, err error, code string, what string) {
	t.Helper()
	if got := ringleader.ErrorCode(err); got != code {
		t.Errorf("%s: error code %q (%v), want %q", what, got, err, code)
	}
}

// scopeName names a scope in subtest names.
func scopeName(s ringleader.Scope) string {
	switch {
	case s.All():
		return "all"
	case len(s.Cases()) == 0:
		return "none"
	}
	return strings.Join(s.Cases(), "+")
}

// sortedIDs returns the ids of es, sorted, for comparisons that ignore order.
func sortedIDs(es []ringleader.Entity) []string {
	ids := entityIDs(es)
	slices.Sort(ids)
	return ids
}
