package ringleader

import (
	"slices"
	"strings"
)

// Scope is the set of cases a caller may see (need-to-know compartments). Every read from
// a store takes one, so that compartments are enforced inside the store queries.
//
// Visibility rules, the same in every store:
//   - an entity is visible when the scope is AllCases or one of its cases is in the scope;
//   - a link is visible when both its endpoints are visible and the scope is AllCases, or
//     the link names no case, or one of its cases is in the scope.
//
// The zero Scope sees nothing: a caller must say AllCases or CasesScope explicitly.
type Scope struct {
	all   bool
	cases []string
}

// AllCases is the scope that sees every entity and link, including those in no case.
func AllCases() Scope { return Scope{all: true} }

// CasesScope is the scope limited to the given case ids.
func CasesScope(ids ...string) Scope { return Scope{cases: union(nil, ids)} }

// All reports whether s sees everything.
func (s Scope) All() bool { return s.all }

// Cases returns the case ids of a limited scope (nil for AllCases).
func (s Scope) Cases() []string { return slices.Clone(s.cases) }

// Narrow limits s to one case: the analytic "case" filter. Narrowing to a case outside
// the scope gives a scope that sees nothing.
func (s Scope) Narrow(caseID string) Scope {
	if caseID == "" {
		return s
	}
	if s.all || slices.Contains(s.cases, caseID) {
		return Scope{cases: []string{caseID}}
	}
	return Scope{cases: []string{}}
}

// Allows reports whether one of cases is in the scope (always, for AllCases).
func (s Scope) Allows(cases []string) bool {
	if s.all {
		return true
	}
	for _, c := range cases {
		if _, ok := slices.BinarySearch(s.cases, c); ok {
			return true
		}
	}
	return false
}

// SeesEntity reports whether e is visible in s.
func (s Scope) SeesEntity(e *Entity) bool { return s.Allows(e.Cases) }

// SeesLink reports whether l is visible in s, given that both its endpoints are.
func (s Scope) SeesLink(l *Link) bool { return s.all || len(l.Cases) == 0 || s.Allows(l.Cases) }

// Key identifies the scope in cache keys and audit records.
func (s Scope) Key() string {
	if s.all {
		return "*"
	}
	return strings.Join(s.cases, ",")
}

// Redact narrows what a visible entity says about cases to those in the scope, and its provenance to the rows
// of those cases, so that a compartmented caller does not learn of a sealed case, or of a row in one, through a
// person or a phone both cases share. AllCases changes nothing. It returns a copy; e is not modified.
func (s Scope) Redact(e Entity) Entity {
	if s.all {
		return e
	}
	e.Sources, e.SourceCases = s.visibleSources(e.Sources, e.SourceCases, e.Cases, false)
	e.Cases = s.visibleCases(e.Cases)
	return e
}

// RedactLink is Redact for a link. A link's sources from rows in no case stay, as the link itself would (see
// SeesLink).
func (s Scope) RedactLink(l Link) Link {
	if s.all {
		return l
	}
	l.Sources, l.SourceCases = s.visibleSources(l.Sources, l.SourceCases, l.Cases, true)
	l.Cases = s.visibleCases(l.Cases)
	return l
}

// RedactNetwork returns n with every entity and link redacted; n itself is not modified.
func (s Scope) RedactNetwork(n *Network) *Network {
	if s.all || n == nil {
		return n
	}
	out := &Network{Entities: make([]Entity, len(n.Entities)), Links: make([]Link, len(n.Links))}
	for i := range n.Entities {
		out.Entities[i] = s.Redact(n.Entities[i])
	}
	for i := range n.Links {
		out.Links[i] = s.RedactLink(n.Links[i])
	}
	return out
}

func (s Scope) visibleCases(cases []string) []string {
	var out []string
	for _, c := range cases {
		if _, ok := slices.BinarySearch(s.cases, c); ok {
			out = append(out, c)
		}
	}
	return out
}
