package ringleader

import (
	"slices"
	"strconv"
	"strings"
)

// View chooses which entities a projection holds.
type View string

const (
	// ViewPeople holds persons, tied by associations and by derived ties: co-membership of
	// an organisation, a shared shipment, a shared phone, account or vehicle, payments.
	ViewPeople View = "people"
	// ViewFull holds every entity and every link.
	ViewFull View = "full"
)

// WeightAs says how a weighted path measure reads a link weight.
type WeightAs string

const (
	// WeightStrength reads the weight as a strength (a count of calls): distance 1/w.
	WeightStrength WeightAs = "strength"
	// WeightDistance reads the weight as a distance, as given.
	WeightDistance WeightAs = "distance"
)

// ProjectionOptions choose the analytic projection of the stored network. The CLI and the
// API take the same options under the same names.
type ProjectionOptions struct {
	View View `json:"view"`
	// Case limits the projection to one case's entities and links.
	Case string `json:"case,omitempty"`
	// From and To keep links observed in the window (see NetworkFilter).
	From string `json:"from,omitempty"`
	To   string `json:"to,omitempty"`
	// Types keeps only links of these types or association subtypes (ASSOCIATE, PAID,
	// call, meeting, ...); empty keeps all.
	Types    []string `json:"types,omitempty"`
	Directed bool     `json:"directed"`
	Weighted bool     `json:"weighted"`
	WeightAs WeightAs `json:"weight_as,omitempty"`
	// Resolved merges records that entity resolution linked by SAME_AS (auto or confirmed)
	// into one node; false analyses the raw records.
	Resolved bool `json:"resolved,omitempty"`
	// MinCore, when above 0, keeps only the projection's k-core for k = MinCore: what is
	// left after removing, again and again, every node with fewer than k ties (in and out
	// counted together when directed): the ring's dense centre.
	MinCore int `json:"min_core,omitempty"`
	// MinGrade and ConfirmedOnly restrict the projection to trusted intelligence (see GradeFilter).
	MinGrade      string `json:"min_grade,omitempty"`
	ConfirmedOnly bool   `json:"confirmed_only,omitempty"`
}

// Normalize fills defaults and validates o, naming the offending field in an EINVALID
// error.
func (o *ProjectionOptions) Normalize() error {
	if o.View == "" {
		o.View = ViewPeople
	}
	if o.View != ViewPeople && o.View != ViewFull {
		return Errorf(EINVALID, "view: must be people or full, not %q", o.View)
	}
	if o.WeightAs == "" {
		o.WeightAs = WeightStrength
	}
	if o.WeightAs != WeightStrength && o.WeightAs != WeightDistance {
		return Errorf(EINVALID, "weight_as: must be strength or distance, not %q", o.WeightAs)
	}
	if o.MinCore < 0 {
		return Errorf(EINVALID, "min_core: must be 0 or more, not %d", o.MinCore)
	}
	g, err := ParseMinGrade(o.MinGrade)
	if err != nil {
		return err
	}
	o.MinGrade = g
	if o.From != "" && !ValidDate(o.From) {
		return Errorf(EINVALID, "from: %q is not a date (YYYY-MM-DD)", o.From)
	}
	if o.To != "" && !ValidDate(o.To) {
		return Errorf(EINVALID, "to: %q is not a date (YYYY-MM-DD)", o.To)
	}
	if o.From != "" && o.To != "" && o.From > o.To {
		return Errorf(EINVALID, "from: %s is after to %s", o.From, o.To)
	}
	for i, t := range o.Types {
		t = strings.TrimSpace(t)
		if lt, ok := ParseLinkType(t); ok {
			o.Types[i] = string(lt)
			continue
		}
		if s := strings.ToLower(t); slices.Contains(AssociationSubtypes, s) {
			o.Types[i] = s
			continue
		}
		return Errorf(EINVALID, "types: unknown link type %q", t)
	}
	slices.Sort(o.Types)
	o.Types = slices.Compact(o.Types)
	return nil
}

// Filter is the store-side part of the options.
func (o *ProjectionOptions) Filter() NetworkFilter { return NetworkFilter{From: o.From, To: o.To} }

// Grades is the grading part of the options.
func (o *ProjectionOptions) Grades() GradeFilter {
	return GradeFilter{MinGrade: o.MinGrade, ConfirmedOnly: o.ConfirmedOnly}
}

// KeepsType reports whether the type filter keeps l.
func (o *ProjectionOptions) KeepsType(l *Link) bool {
	if len(o.Types) == 0 {
		return true
	}
	return slices.Contains(o.Types, string(l.Type)) || (l.Subtype != "" && slices.Contains(o.Types, l.Subtype))
}

// Key identifies the projection in cache keys. Call Normalize first.
func (o *ProjectionOptions) Key() string {
	return strings.Join([]string{string(o.View), o.Case, o.From, o.To, strings.Join(o.Types, ","),
		strconv.FormatBool(o.Directed), strconv.FormatBool(o.Weighted), string(o.WeightAs),
		strconv.FormatBool(o.Resolved), strconv.Itoa(o.MinCore), o.MinGrade, strconv.FormatBool(o.ConfirmedOnly)}, "|")
}
