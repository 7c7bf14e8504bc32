package storetest

import (
	"github.com/ringleader/ringleader"
)

// Case ids of the ring. caseHidden holds one person that no tested compartment sees.
const (
	caseHoms   = "c-homs"   // captagon through Homs and Latakia
	caseAnbar  = "c-anbar"  // weapons through Anbar
	caseMoney  = "c-money"  // the payments
	caseHidden = "c-hidden" // a compartment of its own
)

// ringEntities is the first batch: every entity of the ring, in the order they are first
// created (which is not id order, so that Seq order shows).
func ringEntities() []ringleader.Entity {
	person := ringleader.KindPerson
	return []ringleader.Entity{
		{ID: "p-khalil", Kind: person, Name: "أبو خليل", Aliases: []string{"Abu Khalil", "خليل الحمصي"},
			Cases: []string{caseHoms, caseAnbar}, Sources: []string{"suspects.csv:2"},
			Props: map[string]string{"nationality": "SY", "status": "at_large"}},
		{ID: "p-rami", Kind: person, Name: "Rami Haddad", Cases: []string{caseHoms}, Sources: []string{"suspects.csv:3"}},
		{ID: "p-rami-x", Kind: person, Name: "Rami", Cases: []string{caseHoms}},
		{ID: "p-jose", Kind: person, Name: "José Ramírez", Aliases: []string{"El Flaco"}, Cases: []string{caseHoms}},
		{ID: "p-jose2", Kind: person, Name: "Jose Ramirez", Cases: []string{caseAnbar}},
		{ID: "p-muller", Kind: person, Name: "Jürgen Müller", Cases: []string{caseAnbar}},
		{ID: "p-fatima", Kind: person, Name: "فاطمة الزهراء", Cases: []string{caseMoney}},
		{ID: "p-samir", Kind: person, Name: "Samir Nasser", Cases: []string{caseHidden}},
		{ID: "o-cartel", Kind: ringleader.KindOrganisation, Name: "Homs Cartel", Cases: []string{caseHoms}},
		{ID: "o-front", Kind: ringleader.KindOrganisation, Name: "Müller Trading GmbH", Cases: []string{caseAnbar, caseMoney}},
		{ID: "acct:1", Kind: ringleader.KindAccount, Name: "SY-0001", Cases: []string{caseMoney}},
		{ID: "acct:2", Kind: ringleader.KindAccount, Name: "DE-0002", Cases: []string{caseMoney}},
		{ID: "s-1", Kind: ringleader.KindShipment, Name: "Captagon, Latakia", Cases: []string{caseHoms},
			Props: map[string]string{"commodity": "captagon", "weight_kg": "1200"}},
		{ID: "loc:latakia", Kind: ringleader.KindLocation, Name: "Latakia", Cases: []string{caseHoms, caseAnbar}, Implicit: true},
		{ID: caseHoms, Kind: ringleader.KindCase, Name: "Operation Homs", Cases: []string{caseHoms}},
		// An implicit phone in no case: only AllCases sees it.
		{ID: "phone:+963944123456", Kind: ringleader.KindPhone, Name: "+963944123456", Implicit: true},
		// An alias equal to another's name: an exact match that sorts after a prefix match by name.
		{ID: "p-zaki", Kind: person, Name: "Zaki Tariq", Aliases: []string{"Rami"}, Cases: []string{caseHidden}},
	}
}

// ringLinks is the second batch: links between entities written in the first batch, plus
// one new entity (the Anbar case) that a link of the same batch names.
func ringLinks() ([]ringleader.Entity, []ringleader.Link) {
	entities := []ringleader.Entity{
		{ID: caseAnbar, Kind: ringleader.KindCase, Name: "Operation Anbar", Cases: []string{caseAnbar}},
	}
	call := func(from, to string) ringleader.Link {
		return ringleader.Link{Type: ringleader.LinkAssociate, Subtype: ringleader.AssocCall, Source: from, Target: to}
	}
	khalilToRami := call("p-khalil", "p-rami")
	khalilToRami.Weight, khalilToRami.FirstSeen, khalilToRami.LastSeen = 12, "2024-01-10", "2024-03-01"
	khalilToRami.Cases = []string{caseHoms}
	ramiToKhalil := call("p-rami", "p-khalil")
	ramiToKhalil.Weight, ramiToKhalil.FirstSeen = 3, "2024-05-01"
	ramiToKhalil.Cases = []string{caseHoms}
	links := []ringleader.Link{
		khalilToRami,
		ramiToKhalil,
		// Undirected, given against id order, so that a store must turn it around.
		{Type: ringleader.LinkAssociate, Subtype: ringleader.AssocMeeting, Source: "p-khalil", Target: "p-jose",
			FirstSeen: "2023-06-01", LastSeen: "2023-06-01", Cases: []string{caseHoms}, Sources: []string{"associations.csv:4"}},
		// No case: visible wherever both ends are.
		{Type: ringleader.LinkAssociate, Subtype: ringleader.AssocFamily, Source: "p-muller", Target: "p-khalil"},
		{Type: ringleader.LinkMemberOf, Source: "p-khalil", Target: "o-cartel", Role: "leader", Cases: []string{caseHoms}},
		{Type: ringleader.LinkMemberOf, Source: "p-muller", Target: "o-front", Role: "financier", Cases: []string{caseAnbar}},
		{ID: "pay-1", Type: ringleader.LinkPaid, Source: "acct:1", Target: "acct:2", Amount: 50000, Currency: "USD",
			Date: "2024-02-15", Channel: ringleader.ChannelHawala, Cases: []string{caseMoney}},
		{ID: "pay-2", Type: ringleader.LinkPaid, Source: "o-front", Target: "p-fatima", Amount: 1200.5, Currency: "EUR",
			Date: "2025-01-05", Channel: ringleader.ChannelBank, Cases: []string{caseMoney}},
		{Type: ringleader.LinkHolds, Source: "p-fatima", Target: "acct:1", Cases: []string{caseMoney}},
		// Müller is in Anbar, the account in Money: only a scope with both sees this link.
		{Type: ringleader.LinkHolds, Source: "p-muller", Target: "acct:2", Cases: []string{caseAnbar}},
		{Type: ringleader.LinkHolds, Source: "p-khalil", Target: "phone:+963944123456"},
		{Type: ringleader.LinkOrganised, Source: "o-cartel", Target: "s-1", Cases: []string{caseHoms}},
		{Type: ringleader.LinkTransported, Source: "p-jose", Target: "s-1", Cases: []string{caseHoms}},
		{Type: ringleader.LinkOrigin, Source: "s-1", Target: "loc:latakia", Cases: []string{caseHoms}},
		// Both ends are in Homs, the link only in Anbar: Homs does not see it.
		{Type: ringleader.LinkSeizedAt, Source: "s-1", Target: "loc:latakia", Cases: []string{caseAnbar}},
		{Type: ringleader.LinkInvolvedIn, Source: "p-khalil", Target: caseHoms, Role: "suspect", Cases: []string{caseHoms}},
		{Type: ringleader.LinkInvolvedIn, Source: "p-muller", Target: caseAnbar, Role: "arrested", Cases: []string{caseAnbar}},
		// Samir is hidden from Homs, so this link is too, though Homs asserts it.
		{Type: ringleader.LinkAssociate, Subtype: ringleader.AssocAssociate, Source: "p-samir", Target: "p-khalil",
			Cases: []string{caseHoms}},
		{Type: ringleader.LinkSameAs, Source: "p-jose2", Target: "p-jose",
			Props: map[string]string{"score": "0.93", "decision": ringleader.DecisionAuto}},
	}
	return entities, links
}

// ringBatches are the batches that write the ring, in order.
func ringBatches() []*ringleader.Batch {
	entities, links := ringLinks()
	return []*ringleader.Batch{{Entities: ringEntities()}, {Entities: entities, Links: links}}
}

// model is the reference store: what a store must hold after a sequence of writes,
// computed with MergeEntity and MergeLink alone.
type model struct {
	entities map[string]ringleader.Entity
	links    map[string]ringleader.Link
	created  []string // entity ids in order of first creation
}

func newModel() *model {
	return &model{entities: map[string]ringleader.Entity{}, links: map[string]ringleader.Link{}}
}

// write applies b and returns the counts a store must report for it.
func (m *model) write(b *ringleader.Batch) ringleader.WriteResult {
	var r ringleader.WriteResult
	for _, e := range b.Entities {
		prev, ok := m.entities[e.ID]
		if !ok {
			m.entities[e.ID] = ringleader.MergeEntity(nil, e)
			m.created = append(m.created, e.ID)
			r.EntitiesCreated++
			continue
		}
		// An unchanged record is not written, so the model keeps prev.
		if next := ringleader.MergeEntity(&prev, e); ringleader.EqualEntity(prev, next) {
			r.EntitiesUnchanged++
		} else {
			r.EntitiesUpdated++
			m.entities[e.ID] = next
		}
	}
	for _, l := range b.Links {
		key := l.Key()
		prev, ok := m.links[key]
		if !ok {
			m.links[key] = ringleader.MergeLink(nil, l)
			r.LinksCreated++
			continue
		}
		if next := ringleader.MergeLink(&prev, l); ringleader.EqualLink(prev, next) {
			r.LinksUnchanged++
		} else {
			r.LinksUpdated++
			m.links[key] = next
		}
	}
	return r
}

// network returns the modelled store as a network, with Seq numbered in creation order
// from 1. Stores need not number the same way; compare with seqFrom first.
func (m *model) network() *ringleader.Network {
	n := &ringleader.Network{}
	for i, id := range m.created {
		e := m.entities[id]
		e.Seq = int64(i + 1)
		n.Entities = append(n.Entities, e)
	}
	for _, l := range m.links {
		n.Links = append(n.Links, l)
	}
	n.Sort()
	return n
}
