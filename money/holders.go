package money

import (
	"maps"
	"slices"

	"github.com/ringleader/ringleader"
)

// The link properties in which AttributeToHolders keeps the accounts it moves aside.
const (
	fromAccountProp = "from_account"
	toAccountProp   = "to_account"
)

// AttributeToHolders returns a copy of net in which a payment from or to an account runs
// from or to the account's holder instead, when the account has exactly one: a HOLDS
// link from a person or organisation. The loaders turn a payment with from_account and
// to_account columns into a payment between accounts, so without this step the money
// of a person who pays through his bank account would not start at him. An account with
// several holders (a joint account, a company and its owner) stays a party of its own,
// since the money cannot be assigned to one of them. The account moved aside is kept in
// the link's "from_account" or "to_account" property, which Payment reports as
// FromAccount or ToAccount. net is not modified.
func AttributeToHolders(net *ringleader.Network) *ringleader.Network {
	kind := make(map[string]ringleader.Kind, len(net.Entities))
	for i := range net.Entities {
		kind[net.Entities[i].ID] = net.Entities[i].Kind
	}
	holders := map[string][]string{}
	for i := range net.Links {
		l := &net.Links[i]
		if l.Type != ringleader.LinkHolds || kind[l.Target] != ringleader.KindAccount {
			continue
		}
		if k := kind[l.Source]; k == ringleader.KindPerson || k == ringleader.KindOrganisation {
			if !slices.Contains(holders[l.Target], l.Source) {
				holders[l.Target] = append(holders[l.Target], l.Source)
			}
		}
	}
	holder := func(id string) (string, bool) {
		if hs := holders[id]; len(hs) == 1 {
			return hs[0], true
		}
		return "", false
	}
	out := &ringleader.Network{Entities: net.Entities, Links: slices.Clone(net.Links)}
	for i := range out.Links {
		l := &out.Links[i]
		if l.Type != ringleader.LinkPaid {
			continue
		}
		from, okFrom := holder(l.Source)
		to, okTo := holder(l.Target)
		if !okFrom && !okTo {
			continue
		}
		l.Props = maps.Clone(l.Props)
		if l.Props == nil {
			l.Props = map[string]string{}
		}
		if okFrom {
			l.Props[fromAccountProp] = l.Source
			l.Source = from
		}
		if okTo {
			l.Props[toAccountProp] = l.Target
			l.Target = to
		}
	}
	return out
}
