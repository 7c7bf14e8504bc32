package money

import (
	"cmp"
	"slices"

	"github.com/ringleader/ringleader"
)

// Flow is the money that went from one party to another in one currency.
type Flow struct {
	From     Party   `json:"from"`
	To       Party   `json:"to"`
	Currency string  `json:"currency"`
	Total    float64 `json:"total"`
	Count    int     `json:"count"`
	// First and Last are the dates of the earliest and latest dated payment; "" when
	// none is dated.
	First string `json:"first,omitempty"`
	Last  string `json:"last,omitempty"`
	// Channels are the channels used (bank, hawala, ...), in order; "" stands for a
	// payment that names none.
	Channels []string `json:"channels"`
}

// Flows aggregates the payments of net into flows, one per payer, payee and currency,
// counting the payments dated in [from, to] (empty bounds are open). When a bound is
// given an undated payment is left out, since it cannot be placed in the window; with
// no bounds every payment counts.
//
// Flows come in currency order and, within a currency, largest total first (ties by
// payer and payee): amounts in different currencies are not comparable (see Money).
func Flows(net *ringleader.Network, from, to string) []Flow {
	window := from != "" || to != ""
	type key struct{ from, to, currency string }
	byKey := map[key]*Flow{}
	var order []*Flow
	dir := newDirectory(net)
	for _, p := range readPayments(net) {
		if window && (!p.dated || (from != "" && p.Date < from) || (to != "" && p.Date > to)) {
			continue
		}
		k := key{p.From, p.To, p.Currency}
		f := byKey[k]
		if f == nil {
			f = &Flow{From: dir.party(p.From), To: dir.party(p.To), Currency: p.Currency}
			byKey[k] = f
			order = append(order, f)
		}
		f.Total += p.Amount
		f.Count++
		if p.dated {
			if f.First == "" || p.Date < f.First {
				f.First = p.Date
			}
			if p.Date > f.Last {
				f.Last = p.Date
			}
		}
		if !slices.Contains(f.Channels, p.Channel) {
			f.Channels = append(f.Channels, p.Channel)
		}
	}
	out := make([]Flow, len(order))
	for i, f := range order {
		slices.Sort(f.Channels)
		out[i] = *f
	}
	slices.SortFunc(out, func(a, b Flow) int {
		return cmp.Or(cmp.Compare(a.Currency, b.Currency), cmp.Compare(b.Total, a.Total),
			cmp.Compare(a.From.ID, b.From.ID), cmp.Compare(a.To.ID, b.To.ID))
	})
	return out
}

// FlowQuery narrows a list of flows. Every field is optional.
type FlowQuery struct {
	// From and To keep the flows paid by, or to, one party.
	From string `json:"from,omitempty"`
	To   string `json:"to,omitempty"`
	// Currency keeps one currency.
	Currency string `json:"currency,omitempty"`
	// Top keeps the largest flows of each currency (0: all).
	Top int `json:"top,omitempty"`
}

// Select returns the flows that q keeps, in their order (that of Flows, so that Top keeps
// the largest).
func (q FlowQuery) Select(flows []Flow) []Flow {
	out := []Flow{}
	perCurrency := map[string]int{}
	for _, f := range flows {
		if (q.From != "" && f.From.ID != q.From) || (q.To != "" && f.To.ID != q.To) || (q.Currency != "" && f.Currency != q.Currency) {
			continue
		}
		if q.Top > 0 && perCurrency[f.Currency] >= q.Top {
			continue
		}
		perCurrency[f.Currency]++
		out = append(out, f)
	}
	return out
}
