package ringleader

import (
	"maps"
	"slices"
	"strings"
)

// Kind is the kind of an entity; in Neo4j it is the node's second label after Entity.
type Kind string

// The kinds of entity Ringleader knows.
const (
	KindPerson       Kind = "Person"
	KindOrganisation Kind = "Organisation"
	KindShipment     Kind = "Shipment"
	KindCase         Kind = "Case"
	KindAccount      Kind = "Account"
	KindPhone        Kind = "Phone"
	KindLocation     Kind = "Location"
	KindVehicle      Kind = "Vehicle"
)

// Kinds lists every kind, in a fixed order. Adapters use it as the allow-list of labels.
var Kinds = []Kind{KindPerson, KindOrganisation, KindShipment, KindCase, KindAccount, KindPhone, KindLocation, KindVehicle}

// Valid reports whether k is one of Kinds.
func (k Kind) Valid() bool { return slices.Contains(Kinds, k) }

// ParseKind returns the kind named s, ignoring case ("person" is KindPerson).
func ParseKind(s string) (Kind, bool) {
	for _, k := range Kinds {
		if strings.EqualFold(string(k), s) {
			return k, true
		}
	}
	return "", false
}

// Entity is a node of the network. ID is globally unique: the input's own id, or for an
// entity implied by a column (a phone number, an account, a place) a derived id such as
// "phone:+963944123456".
type Entity struct {
	ID      string   `json:"id"`
	Kind    Kind     `json:"kind"`
	Name    string   `json:"name"`
	Aliases []string `json:"aliases,omitempty"`
	// Cases are the ids of the cases the entity is involved in. They decide who may see
	// it (see Scope).
	Cases []string `json:"cases,omitempty"`
	// Sources is provenance: "suspects.csv:7" or a record id that asserted the entity.
	Sources []string `json:"sources,omitempty"`
	// SourceCases holds, for each of Sources, the cases of the row that asserted it, which decide who may see
	// the source (see provenance.go). Nil means the entity's own Cases for each.
	SourceCases [][]string `json:"-"`
	// Props holds the remaining attributes (nationality, birth_date, status, commodity,
	// weight_kg, ...) and unknown input columns, as text.
	Props map[string]string `json:"properties,omitempty"`
	// Implicit marks an entity that no row declared on its own: it was implied by a column
	// of another row. An implicit record never overwrites an existing entity's fields; it
	// only adds cases and sources.
	Implicit bool `json:"implicit,omitempty"`
	// Seq is the store's order of first creation, 1-based; 0 before the entity is stored.
	// Analyses that must break ties the way a study did (first or last loaded) use it. It is never shown: a
	// global counter would tell a compartmented caller how much lies outside its cases.
	Seq int64 `json:"-"`
}

// Prop returns the named property, or "".
func (e *Entity) Prop(name string) string { return e.Props[name] }

// MergeEntity returns what the store keeps when next is written over prev (prev may be
// nil): the newer record's fields win, except that an implicit record never overwrites
// fields; cases, sources (each with the cases of its row) and aliases accumulate. Seq stays that of prev. Both
// stores call it so that they agree on every update.
func MergeEntity(prev *Entity, next Entity) Entity {
	if prev == nil {
		next.Cases = union(nil, next.Cases)
		next.Sources, next.SourceCases = mergeProvenance(nil, nil, nil, next.Sources, next.SourceCases, next.Cases)
		next.Aliases = union(nil, next.Aliases)
		return next
	}
	out := *prev
	if !next.Implicit {
		out.Kind = next.Kind
		out.Name = next.Name
		out.Props = maps.Clone(next.Props)
		out.Implicit = false
	}
	out.Aliases = union(prev.Aliases, next.Aliases)
	out.Cases = union(prev.Cases, next.Cases)
	out.Sources, out.SourceCases = mergeProvenance(prev.Sources, prev.SourceCases, prev.Cases, next.Sources, next.SourceCases, next.Cases)
	return out
}

// EqualEntity reports whether a and b hold the same content, ignoring Seq.
func EqualEntity(a, b Entity) bool {
	return a.ID == b.ID && a.Kind == b.Kind && a.Name == b.Name && a.Implicit == b.Implicit &&
		setEqual(a.Aliases, b.Aliases) && setEqual(a.Cases, b.Cases) && setEqual(a.Sources, b.Sources) &&
		provenanceEqual(a.Sources, a.SourceCases, a.Cases, b.Sources, b.SourceCases, b.Cases) && propsEqual(a.Props, b.Props)
}

// union returns the sorted, de-duplicated union of a and b, without empty strings.
// Sorted lists make stored values canonical, so that a reload compares equal.
func union(a, b []string) []string {
	if len(a) == 0 && len(b) == 0 {
		return nil
	}
	out := make([]string, 0, len(a)+len(b))
	for _, s := range a {
		if s != "" {
			out = append(out, s)
		}
	}
	for _, s := range b {
		if s != "" {
			out = append(out, s)
		}
	}
	slices.Sort(out)
	out = slices.Compact(out)
	if len(out) == 0 {
		return nil
	}
	return out
}

func setEqual(a, b []string) bool {
	return slices.Equal(union(nil, a), union(nil, b))
}

func propsEqual(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}
