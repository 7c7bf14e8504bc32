package ringleader

import (
	"slices"
	"strconv"
)

// Writes inside a compartment. A writer limited to some cases (a case-limited admin's load, a resolution
// decision) may create records in its cases and change records that lie wholly in them; it may add its own cases
// and rows to a record it sees that other cases share, as long as nothing another compartment sees changes (a
// record's name, aliases and properties are shared by every case that names it). Anything else is refused, and
// the refusal of a record it cannot see is worded as the refusal of one that does not exist, where the record is
// referred to rather than defined. See README, "Who sees what", for what this guarantees and what it does not.

// Refusal says why a compartmented write of a record is refused; RefusalNone allows it.
type Refusal int

const (
	RefusalNone Refusal = iota
	// RefusalOutsideCase: the record names a case outside the writer's (the value is the case id). Its words
	// are those of a reference to a case that does not exist.
	RefusalOutsideCase
	// RefusalNoCase: the record names no case, so it would lie outside every compartment.
	RefusalNoCase
	// RefusalNewCase: the record creates a case; only a writer cleared for all cases may.
	RefusalNewCase
	// RefusalTaken: the id (or, for a link, the tie) is already recorded outside the writer's cases, or shared
	// with them, and the write would change what other cases see.
	RefusalTaken
)

// NotDefined is how a load words a reference to an id that it does not define and the store does not hold, or
// holds outside the writer's cases: the same words for both, so that a refusal reveals nothing.
func NotDefined(id string) string { return quote(id) + " is not defined in this load or in the store" }

// Reason words a refusal for a person, naming the record's id or case.
func (r Refusal) Reason(value string) string {
	switch r {
	case RefusalOutsideCase:
		return NotDefined(value)
	case RefusalNoCase:
		return "a token limited to some cases writes only records that name one of them"
	case RefusalNewCase:
		return "creating case " + quote(value) + " needs a token cleared for all cases"
	case RefusalTaken:
		return quote(value) + " is already recorded outside your cases; only a token cleared for all cases can change it"
	}
	return ""
}

// quote quotes as the loaders' messages do (%q).
func quote(s string) string { return strconv.Quote(s) }

// Within reports whether every one of cases is in s (always, for AllCases), and there is at least one.
func (s Scope) Within(cases []string) bool {
	if s.all {
		return true
	}
	if len(cases) == 0 {
		return false
	}
	for _, c := range cases {
		if _, ok := slices.BinarySearch(s.cases, c); !ok {
			return false
		}
	}
	return true
}

// outsideCase returns the first of cases (and of the cases of each source) that is not in s.
func (s Scope) outsideCase(cases []string, sourceCases [][]string) (string, bool) {
	for _, c := range cases {
		if _, ok := slices.BinarySearch(s.cases, c); !ok {
			return c, true
		}
	}
	for _, sc := range sourceCases {
		if c, ok := s.outsideCase(sc, nil); ok {
			return c, true
		}
	}
	return "", false
}

// CheckEntityWrite says whether a writer limited to s may write next over prev (nil when the id is not stored),
// and names the offending value. AllCases may write anything.
func (s Scope) CheckEntityWrite(prev *Entity, next *Entity) (Refusal, string) {
	if s.all {
		return RefusalNone, ""
	}
	if len(next.Cases) == 0 {
		return RefusalNoCase, next.ID
	}
	if c, ok := s.outsideCase(next.Cases, next.SourceCases); ok {
		return RefusalOutsideCase, c
	}
	if prev == nil {
		if next.Kind == KindCase {
			return RefusalNewCase, next.ID
		}
		return RefusalNone, ""
	}
	if !s.SeesEntity(prev) {
		return RefusalTaken, next.ID
	}
	if !s.Within(prev.Cases) && !sameOutside(*prev, MergeEntity(prev, *next)) {
		return RefusalTaken, next.ID
	}
	return RefusalNone, ""
}

// CheckLinkWrite is CheckEntityWrite for a link; prev is the stored link with the same key (Link.Key), source
// and target its stored endpoints (nil for one not stored). That the endpoints are visible to the writer is
// checked apart, as a reference.
func (s Scope) CheckLinkWrite(prev *Link, next *Link, source, target *Entity) (Refusal, string) {
	if s.all {
		return RefusalNone, ""
	}
	id := next.ID
	if id == "" {
		id = next.Source + " – " + next.Target
	}
	if len(next.Cases) == 0 {
		return RefusalNoCase, id
	}
	if c, ok := s.outsideCase(next.Cases, next.SourceCases); ok {
		return RefusalOutsideCase, c
	}
	if prev == nil {
		return RefusalNone, ""
	}
	// A stored link in no case is seen by everyone who sees both its ends: it lies in the writer's cases when
	// they do (a SAME_AS link that resolution wrote between two of its records), and is outside them otherwise.
	if len(prev.Cases) == 0 {
		if source == nil || target == nil || !s.Within(source.Cases) || !s.Within(target.Cases) {
			return RefusalTaken, id
		}
		return RefusalNone, ""
	}
	if !s.Allows(prev.Cases) {
		return RefusalTaken, id
	}
	if !s.Within(prev.Cases) && !sameOutsideLink(*prev, MergeLink(prev, *next)) {
		return RefusalTaken, id
	}
	return RefusalNone, ""
}

// sameOutside reports whether merged differs from prev only in what Redact cuts for other compartments: cases
// and sources.
func sameOutside(prev, merged Entity) bool {
	return prev.Kind == merged.Kind && prev.Name == merged.Name && prev.Implicit == merged.Implicit &&
		setEqual(prev.Aliases, merged.Aliases) && propsEqual(prev.Props, merged.Props)
}

// sameOutsideLink is sameOutside for a link. Its weight and its first and last seen are what every compartment
// that sees it sees, so a row that adds to them changes what other compartments see: a writer limited to some
// cases may add its rows to a tie that other cases share only when they leave those as they were.
func sameOutsideLink(prev, merged Link) bool {
	prev.Cases, prev.Sources, prev.SourceCases, prev.Observations = nil, nil, nil, nil
	merged.Cases, merged.Sources, merged.SourceCases, merged.Observations = nil, nil, nil, nil
	return EqualLink(prev, merged)
}

// CheckStored is CheckBatch against stored, the records a store holds of b.StoredRefs (as Writer.Stored returns
// them).
func (s Scope) CheckStored(b *Batch, stored *Network) error {
	ents := make(map[string]*Entity, len(stored.Entities))
	for i := range stored.Entities {
		ents[stored.Entities[i].ID] = &stored.Entities[i]
	}
	links := make(map[string]*Link, len(stored.Links))
	for i := range stored.Links {
		links[stored.Links[i].Key()] = &stored.Links[i]
	}
	return s.CheckBatch(b, ents, links)
}

// CheckBatch applies CheckEntityWrite and CheckLinkWrite to a batch about to be merged over the stored records
// (by id and by link key), and checks that every link's ends are either in the batch or stored and visible. It
// is the stores' last check, inside the transaction that writes: loaders check the same first, and name the
// file and line. It returns an EINVALID error naming the first refused record, or nil.
func (s Scope) CheckBatch(b *Batch, storedEntities map[string]*Entity, storedLinks map[string]*Link) error {
	if s.all {
		return nil
	}
	inBatch := make(map[string]bool, len(b.Entities))
	for i := range b.Entities {
		e := &b.Entities[i]
		inBatch[e.ID] = true
		if r, v := s.CheckEntityWrite(storedEntities[e.ID], e); r != RefusalNone {
			return refused(e.Sources, "id", r.Reason(v))
		}
	}
	for i := range b.Links {
		l := &b.Links[i]
		for _, end := range [2]string{l.Source, l.Target} {
			if prev := storedEntities[end]; !inBatch[end] && (prev == nil || !s.SeesEntity(prev)) {
				return refused(l.Sources, "source", NotDefined(end))
			}
		}
		if r, v := s.CheckLinkWrite(storedLinks[l.Key()], l, storedEntities[l.Source], storedEntities[l.Target]); r != RefusalNone {
			return refused(l.Sources, "cases", r.Reason(v))
		}
	}
	return nil
}

func refused(sources []string, field, reason string) error {
	p := Problem{Field: field, Reason: reason}
	if len(sources) > 0 {
		p.File = sources[0]
	}
	return &Error{Code: EINVALID, Message: "invalid input: nothing was written", Problems: []Problem{p}}
}
