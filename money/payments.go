package money

import (
	"cmp"
	"slices"
	"sort"

	"github.com/ringleader/ringleader"
)

// Payment is one PAID link as the money analyses read it.
type Payment struct {
	ID       string  `json:"id"`
	From     string  `json:"from"`
	To       string  `json:"to"`
	Amount   float64 `json:"amount"`
	Currency string  `json:"currency"`
	// Date is the payment's date (YYYY-MM-DD), or "" when the record gives none.
	Date    string `json:"date,omitempty"`
	Channel string `json:"channel,omitempty"`
	// FromAccount and ToAccount name the accounts AttributeToHolders moved the payment
	// away from: it left From's account FromAccount, or reached To's account ToAccount.
	FromAccount string `json:"from_account,omitempty"`
	ToAccount   string `json:"to_account,omitempty"`
}

// payment is a Payment with its date as a day number, for date arithmetic.
type payment struct {
	Payment
	day   int
	dated bool
}

// Payments returns the PAID links of net as payments, dated ones first in date order,
// ties and undated ones by id. A payment without an id (none of the loaders makes one)
// is named by its link key.
func Payments(net *ringleader.Network) []Payment {
	ps := readPayments(net)
	out := make([]Payment, len(ps))
	for i, p := range ps {
		out[i] = p.Payment
	}
	return out
}

func readPayments(net *ringleader.Network) []payment {
	var out []payment
	for i := range net.Links {
		l := &net.Links[i]
		if l.Type != ringleader.LinkPaid {
			continue
		}
		p := payment{Payment: Payment{ID: l.ID, From: l.Source, To: l.Target, Amount: l.Amount,
			Currency: l.Currency, Date: l.Date, Channel: l.Channel,
			FromAccount: l.Props[fromAccountProp], ToAccount: l.Props[toAccountProp]}}
		if p.ID == "" {
			p.ID = l.Key()
		}
		p.day, p.dated = ringleader.DayNumber(l.Date)
		if !p.dated {
			p.Date = ""
		}
		out = append(out, p)
	}
	slices.SortFunc(out, comparePayments)
	return out
}

// comparePayments orders dated payments before undated ones, by day, then by id.
func comparePayments(a, b payment) int {
	if a.dated != b.dated {
		if a.dated {
			return -1
		}
		return 1
	}
	return cmp.Or(cmp.Compare(a.day, b.day), cmp.Compare(a.ID, b.ID))
}

// outIndex lists each party's dated payments to others in date order: the moves a
// time-ordered walk can make. Undated payments cannot be placed in a sequence, and a
// payment to oneself moves no money on.
type outIndex map[string][]payment

func datedOut(ps []payment) outIndex {
	ix := outIndex{}
	for _, p := range ps {
		if p.dated && p.From != p.To {
			ix[p.From] = append(ix[p.From], p)
		}
	}
	return ix
}

// from returns the payments of party dated on day or later (ps is in date order).
func (ix outIndex) from(party string, day int) []payment {
	ps := ix[party]
	i := sort.Search(len(ps), func(i int) bool { return ps[i].day >= day })
	return ps[i:]
}

// maxWalkSteps bounds the payments a trail or cycle search examines, so that a request
// on a dense payment graph ends; the result says when it was cut short.
const maxWalkSteps = 4_000_000
