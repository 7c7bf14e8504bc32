package ringleader

import (
	"maps"
	"slices"
	"strings"
)

// LinkType is the type of a link; in Neo4j it is the relationship type.
type LinkType string

// The link types of the data model (DESIGN.md §2).
const (
	// LinkAssociate ties two people; Subtype says how (see Association subtypes).
	LinkAssociate LinkType = "ASSOCIATE"
	// LinkMemberOf runs person → organisation; Role says as what.
	LinkMemberOf LinkType = "MEMBER_OF"
	// LinkInvolvedIn runs any entity → case; Role says how (suspect, arrested, seized, ...).
	LinkInvolvedIn LinkType = "INVOLVED_IN"
	// LinkOrganised runs person or organisation → shipment.
	LinkOrganised LinkType = "ORGANISED"
	// LinkTransported runs person or vehicle → shipment.
	LinkTransported LinkType = "TRANSPORTED"
	// LinkOrigin, LinkDestination, LinkRoutedVia and LinkSeizedAt run shipment → location.
	LinkOrigin      LinkType = "ORIGIN"
	LinkDestination LinkType = "DESTINATION"
	LinkRoutedVia   LinkType = "ROUTED_VIA"
	LinkSeizedAt    LinkType = "SEIZED_AT"
	// LinkPaid runs party → party (person, organisation or account); it has its own ID.
	LinkPaid LinkType = "PAID"
	// LinkHolds runs person or organisation → account, phone or vehicle.
	LinkHolds LinkType = "HOLDS"
	// LinkSameAs ties two records that entity resolution judged to be one identity.
	LinkSameAs LinkType = "SAME_AS"
)

// LinkTypes lists every link type, in a fixed order. Adapters use it as the allow-list of
// relationship types.
var LinkTypes = []LinkType{LinkAssociate, LinkMemberOf, LinkInvolvedIn, LinkOrganised, LinkTransported,
	LinkOrigin, LinkDestination, LinkRoutedVia, LinkSeizedAt, LinkPaid, LinkHolds, LinkSameAs}

// Valid reports whether t is one of LinkTypes.
func (t LinkType) Valid() bool { return slices.Contains(LinkTypes, t) }

// ParseLinkType returns the link type named s, ignoring case ("member_of" is LinkMemberOf).
func ParseLinkType(s string) (LinkType, bool) {
	for _, t := range LinkTypes {
		if strings.EqualFold(string(t), s) {
			return t, true
		}
	}
	return "", false
}

// Association subtypes: how two people are tied by an ASSOCIATE link. A call is directed
// (caller → receiver); the others are undirected.
const (
	AssocCall       = "call"
	AssocMeeting    = "meeting"
	AssocFamily     = "family"
	AssocAssociate  = "associate"
	AssocCoArrested = "co_arrested"
	AssocTravel     = "travel"
	AssocOther      = "other"
)

// AssociationSubtypes lists the association subtypes.
var AssociationSubtypes = []string{AssocCall, AssocMeeting, AssocFamily, AssocAssociate, AssocCoArrested, AssocTravel, AssocOther}

// Payment channels.
const (
	ChannelBank   = "bank"
	ChannelHawala = "hawala"
	ChannelCrypto = "crypto"
	ChannelCash   = "cash"
	ChannelTrade  = "trade"
)

// Channels lists the payment channels.
var Channels = []string{ChannelBank, ChannelHawala, ChannelCrypto, ChannelCash, ChannelTrade}

// Resolution decisions on SAME_AS links.
const (
	DecisionAuto      = "auto"
	DecisionConfirmed = "confirmed"
	DecisionRejected  = "rejected"
)

// Link is an edge of the network. Dates are ISO 8601 calendar dates ("2026-02-22"), which
// compare correctly as strings.
type Link struct {
	// ID is the link's own id where the input gives one (payments); otherwise empty.
	ID     string   `json:"id,omitempty"`
	Type   LinkType `json:"type"`
	Source string   `json:"source"`
	Target string   `json:"target"`
	// Subtype is the association subtype of an ASSOCIATE link (call, meeting, ...).
	Subtype string `json:"subtype,omitempty"`
	// Role qualifies MEMBER_OF and INVOLVED_IN links (leader, courier, suspect, ...).
	Role string `json:"role,omitempty"`
	// Weight is a strength such as a count of calls; 0 means 1. Rows with the link's identity add their weights
	// up (see observation.go).
	Weight float64 `json:"weight,omitempty"`
	// Amount, Currency, Date and Channel describe a payment.
	Amount   float64 `json:"amount,omitempty"`
	Currency string  `json:"currency,omitempty"`
	Date     string  `json:"date,omitempty"`
	Channel  string  `json:"channel,omitempty"`
	// FirstSeen and LastSeen bound when the tie was observed: the earliest and the latest of its rows'.
	FirstSeen string `json:"first_seen,omitempty"`
	LastSeen  string `json:"last_seen,omitempty"`
	// Cases are the cases that assert the link; they decide who may see it (see Scope).
	Cases   []string `json:"cases,omitempty"`
	Sources []string `json:"sources,omitempty"`
	// SourceCases holds, for each of Sources, the cases of the row that asserted it (see provenance.go).
	SourceCases [][]string `json:"-"`
	// Props holds the remaining attributes (concealment, score, reasons, decision, ...).
	Props map[string]string `json:"properties,omitempty"`
	// Observations are the rows whose weights make up Weight, which the store keeps so that a row loaded again is
	// not counted twice (see observation.go). Nil on a record to write means the record is one observation.
	// Sorted by ID on stored and merged records; never shown: an ID is a hash of a row.
	Observations []Observation `json:"-"`
}

// Directed reports whether the link has a direction that matters to its identity and to
// directed analyses. Calls are directed; other associations and SAME_AS are not; every
// other type is a directed relation (person → organisation, shipment → location, ...).
func (l *Link) Directed() bool {
	switch l.Type {
	case LinkAssociate:
		return l.Subtype == AssocCall
	case LinkSameAs:
		return false
	}
	return true
}

// Key is the link's identity: its ID when it has one, otherwise type, subtype, source and
// target, unordered for undirected links. Two writes with one key are observations of one
// link (see MergeLink).
func (l *Link) Key() string {
	if l.ID != "" {
		return "id:" + l.ID
	}
	s, t := l.Source, l.Target
	if !l.Directed() && t < s {
		s, t = t, s
	}
	return string(l.Type) + "|" + l.Subtype + "|" + s + "|" + t
}

// Canonical returns l with the endpoints of an undirected link in sorted order, so that
// both stores keep one orientation for it.
func (l Link) Canonical() Link {
	if !l.Directed() && l.Target < l.Source {
		l.Source, l.Target = l.Target, l.Source
	}
	return l
}

// W returns the link's weight, where 0 stands for 1.
func (l *Link) W() float64 {
	if l.Weight == 0 {
		return 1
	}
	return l.Weight
}

// Start and End bound the time the link was observed: its payment date, or its first and
// last seen dates. Either may be "" when unknown.
func (l *Link) Start() string {
	if l.Date != "" {
		return l.Date
	}
	if l.FirstSeen != "" {
		return l.FirstSeen
	}
	return l.LastSeen
}

// End is the last date on which the link was observed; see Start.
func (l *Link) End() string {
	if l.Date != "" {
		return l.Date
	}
	if l.LastSeen != "" {
		return l.LastSeen
	}
	return l.FirstSeen
}

// MergeLink returns what the store keeps when next is written over prev (prev may be nil). next is an
// observation of the tie prev holds (see observation.go): their weights add up unless next is an observation
// prev already holds, first and last seen widen, cases and sources unite; next's other fields win. Both stores
// and the loaders call it, so that all agree on every update.
func MergeLink(prev *Link, next Link) Link {
	next = next.Canonical()
	obs := next.observed()
	if prev == nil {
		next.Cases = union(nil, next.Cases)
		next.Sources, next.SourceCases = mergeProvenance(nil, nil, nil, next.Sources, next.SourceCases, next.Cases)
		next.Observations = mergeObservations(nil, obs)
		next.Weight = sumWeights(next.Observations)
		return next
	}
	out := next
	out.Props = mergeGrading(maps.Clone(next.Props), prev.Props)
	out.Cases = union(prev.Cases, next.Cases)
	out.Sources, out.SourceCases = mergeProvenance(prev.Sources, prev.SourceCases, prev.Cases, next.Sources, next.SourceCases, next.Cases)
	out.Observations = mergeObservations(prev.observed(), obs)
	out.Weight = sumWeights(out.Observations)
	out.FirstSeen = earliest(prev.FirstSeen, next.FirstSeen)
	out.LastSeen = latest(prev.LastSeen, next.LastSeen)
	return out
}

// EqualLink reports whether a and b hold the same content, observations included.
func EqualLink(a, b Link) bool {
	return a.ID == b.ID && a.Type == b.Type && a.Source == b.Source && a.Target == b.Target &&
		a.Subtype == b.Subtype && a.Role == b.Role && a.W() == b.W() && a.Amount == b.Amount &&
		a.Currency == b.Currency && a.Date == b.Date && a.Channel == b.Channel &&
		a.FirstSeen == b.FirstSeen && a.LastSeen == b.LastSeen &&
		setEqual(a.Cases, b.Cases) && setEqual(a.Sources, b.Sources) &&
		provenanceEqual(a.Sources, a.SourceCases, a.Cases, b.Sources, b.SourceCases, b.Cases) && propsEqual(a.Props, b.Props) &&
		observationsEqual(&a, &b)
}
