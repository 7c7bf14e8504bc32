package loaders

import (
	"strings"

	"github.com/ringleader/ringleader"
)

// kindSet is a set of entity kinds, one bit per position in ringleader.Kinds.
type kindSet uint16

func kindsOf(ks ...ringleader.Kind) kindSet {
	var s kindSet
	for _, k := range ks {
		for i, kk := range ringleader.Kinds {
			if k == kk {
				s |= 1 << i
			}
		}
	}
	return s
}

var anyKind = kindsOf(ringleader.Kinds...)

func (s kindSet) has(k ringleader.Kind) bool { return s&kindsOf(k) != 0 }

// String names the kinds for a problem: "a Person or an Organisation".
func (s kindSet) String() string {
	var names []string
	for i, k := range ringleader.Kinds {
		if s&(1<<i) != 0 {
			names = append(names, article(k))
		}
	}
	switch len(names) {
	case 0:
		return "nothing"
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}

func article(k ringleader.Kind) string {
	if strings.ContainsRune("AEIOU", rune(k[0])) {
		return "an " + string(k)
	}
	return "a " + string(k)
}

// endKinds are the kinds a link of each type may run from and to (DESIGN.md §2). A
// reference to an entity of another kind is a problem of the referring row.
var endKinds = map[ringleader.LinkType][2]kindSet{
	ringleader.LinkAssociate:   {kindsOf(ringleader.KindPerson), kindsOf(ringleader.KindPerson)},
	ringleader.LinkMemberOf:    {kindsOf(ringleader.KindPerson), kindsOf(ringleader.KindOrganisation)},
	ringleader.LinkInvolvedIn:  {anyKind, kindsOf(ringleader.KindCase)},
	ringleader.LinkOrganised:   {kindsOf(ringleader.KindPerson, ringleader.KindOrganisation), kindsOf(ringleader.KindShipment)},
	ringleader.LinkTransported: {kindsOf(ringleader.KindPerson, ringleader.KindVehicle), kindsOf(ringleader.KindShipment)},
	ringleader.LinkOrigin:      {kindsOf(ringleader.KindShipment), kindsOf(ringleader.KindLocation)},
	ringleader.LinkDestination: {kindsOf(ringleader.KindShipment), kindsOf(ringleader.KindLocation)},
	ringleader.LinkRoutedVia:   {kindsOf(ringleader.KindShipment), kindsOf(ringleader.KindLocation)},
	ringleader.LinkSeizedAt:    {kindsOf(ringleader.KindShipment), kindsOf(ringleader.KindLocation)},
	ringleader.LinkPaid: {kindsOf(ringleader.KindPerson, ringleader.KindOrganisation, ringleader.KindAccount),
		kindsOf(ringleader.KindPerson, ringleader.KindOrganisation, ringleader.KindAccount)},
	ringleader.LinkHolds: {kindsOf(ringleader.KindPerson, ringleader.KindOrganisation),
		kindsOf(ringleader.KindAccount, ringleader.KindPhone, ringleader.KindVehicle)},
	ringleader.LinkSameAs: {anyKind, anyKind},
}

// The enumerations of DESIGN.md §3, matched ignoring case and stored in lower case.
var (
	caseTypes       = []string{"drugs", "weapons", "money_laundering", "human_smuggling", "other"}
	suspectStatuses = []string{"at_large", "arrested", "convicted", "deceased"}
	orgTypes        = []string{"cartel", "militia", "gang", "front_company", "company", "hawala", "other"}
	commodities     = []string{"captagon", "hashish", "cocaine", "heroin", "methamphetamine", "weapons",
		"ammunition", "precursors", "cash", "other"}
	shipmentStatuses = []string{"seized", "delivered", "intercepted", "planned"}
	decisions        = []string{ringleader.DecisionAuto, ringleader.DecisionConfirmed, ringleader.DecisionRejected}

	checkAssocType = enum(ringleader.AssociationSubtypes)
	checkChannel   = enum(ringleader.Channels)
)

// propRule checks one property of an entity kind. CSV columns and JSON Lines properties
// of the same name go through the same rule.
type propRule struct {
	name     string
	required bool
	check    func(string) (string, string)
}

// entityRules are the properties with a format, per kind.
var entityRules = map[ringleader.Kind][]propRule{
	ringleader.KindCase: {
		{name: "type", required: true, check: enum(caseTypes)},
		{name: "opened", check: checkDate},
	},
	ringleader.KindPerson: {
		{name: "birth_date", check: checkDate},
		{name: "status", check: enum(suspectStatuses)},
	},
	ringleader.KindOrganisation: {
		{name: "type", check: enum(orgTypes)},
	},
	ringleader.KindShipment: {
		{name: "commodity", required: true, check: enum(commodities)},
		{name: "quantity", check: checkNonNegative},
		{name: "weight_kg", check: checkNonNegative},
		{name: "date", check: checkDate},
		{name: "status", check: enum(shipmentStatuses)},
	},
}

// named reports whether entities of kind k need a name of their own; the others are
// named after their id when the input gives no name.
func named(k ringleader.Kind) bool {
	return k == ringleader.KindPerson || k == ringleader.KindOrganisation || k == ringleader.KindCase
}
