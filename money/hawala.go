package money

import (
	"cmp"
	"slices"

	"github.com/ringleader/ringleader"
)

// HawalaOptions tune HawalaHubs. Zero fields take the defaults given.
type HawalaOptions struct {
	// MinIn and MinOut are the fewest hawala payments a party must have received and
	// sent to count as a hub by its payments (default 2 each).
	MinIn, MinOut int
}

// HawalaHub is a party that looks like a hawala operator.
type HawalaHub struct {
	Party
	// Registered reports that the party is an organisation whose type is hawala.
	Registered bool `json:"registered"`
	// In and Out count the hawala payments received and sent.
	In  int `json:"in"`
	Out int `json:"out"`
	// InTotal and OutTotal sum them per currency.
	InTotal  []Money `json:"in_total"`
	OutTotal []Money `json:"out_total"`
	// Counterparties counts the distinct parties it received hawala money from or sent
	// it to.
	Counterparties int `json:"counterparties"`
	// Explanation says in words why the party is a hub. HawalaHubs leaves it empty:
	// package insights writes it.
	Explanation string `json:"explanation"`
}

// HawalaResult lists hawala hubs, with the options they were sought with, defaults
// filled in.
type HawalaResult struct {
	MinIn  int         `json:"min_in"`
	MinOut int         `json:"min_out"`
	Hubs   []HawalaHub `json:"hubs"`
}

// HawalaHubs finds parties that act as hawala operators. A hawaladar both takes money
// in and pays it out through the informal channel, on behalf of many clients, so the
// rule is: a party is a hub when it received at least MinIn and sent at least MinOut
// payments whose channel is hawala, or when it is an organisation of type hawala (a
// known exchange office), whatever its payments. Hubs come busiest first (most hawala
// payments in and out), then by id.
func HawalaHubs(net *ringleader.Network, opt HawalaOptions) HawalaResult {
	if opt.MinIn <= 0 {
		opt.MinIn = 2
	}
	if opt.MinOut <= 0 {
		opt.MinOut = 2
	}
	dir := newDirectory(net)
	hubs := map[string]*HawalaHub{}
	others := map[string]map[string]bool{}
	hub := func(id string) *HawalaHub {
		h := hubs[id]
		if h == nil {
			h = &HawalaHub{Party: dir.party(id), InTotal: []Money{}, OutTotal: []Money{}}
			hubs[id] = h
			others[id] = map[string]bool{}
		}
		return h
	}
	for i := range net.Entities {
		e := &net.Entities[i]
		if e.Kind == ringleader.KindOrganisation && e.Prop("type") == "hawala" {
			hub(e.ID).Registered = true
		}
	}
	for _, p := range readPayments(net) {
		if p.Channel != ringleader.ChannelHawala || p.From == p.To {
			continue
		}
		out, in := hub(p.From), hub(p.To)
		out.Out++
		out.OutTotal = addMoney(out.OutTotal, p.Currency, p.Amount)
		others[p.From][p.To] = true
		in.In++
		in.InTotal = addMoney(in.InTotal, p.Currency, p.Amount)
		others[p.To][p.From] = true
	}
	res := HawalaResult{MinIn: opt.MinIn, MinOut: opt.MinOut, Hubs: []HawalaHub{}}
	for id, h := range hubs {
		if h.Registered || (h.In >= opt.MinIn && h.Out >= opt.MinOut) {
			h.Counterparties = len(others[id])
			res.Hubs = append(res.Hubs, *h)
		}
	}
	slices.SortFunc(res.Hubs, func(a, b HawalaHub) int {
		return cmp.Or(cmp.Compare(b.In+b.Out, a.In+a.Out), cmp.Compare(a.ID, b.ID))
	})
	return res
}
