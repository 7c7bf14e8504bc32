package money

import (
	"cmp"
	"slices"

	"github.com/ringleader/ringleader"
)

// DefaultThresholds are the reporting thresholds below which structured payments are
// sought: 10,000 US dollars, the currency transaction report threshold of the US Bank
// Secrecy Act (31 CFR 1010.311), and 10,000 euros, the EU cash declaration threshold
// (Regulation (EU) 2018/1672). Iraq and Syria publish no single figure that investigators
// agree on, so other currencies have no default.
var DefaultThresholds = map[string]float64{"USD": 10_000, "EUR": 10_000}

// FanOptions tune FanPatterns. Zero fields take the defaults given.
type FanOptions struct {
	// Window is the span of days the payments must fall within (default 30).
	Window int
	// MinPayments is the fewest payments that make a fan (default 5).
	MinPayments int
	// MinCounterparties is the fewest distinct payers (fan-in) or payees (fan-out)
	// among them (default 3).
	MinCounterparties int
	// Thresholds are the reporting thresholds by currency (nil: DefaultThresholds).
	Thresholds map[string]float64
}

// FanPattern is many payments into one party (fan-in) or out of it (fan-out) within a
// short window.
type FanPattern struct {
	Party Party `json:"party"`
	// Direction is "in" for a fan-in, "out" for a fan-out.
	Direction string `json:"direction"`
	Currency  string `json:"currency"`
	// Structuring reports that the currency has a threshold and every payment counted is
	// below it: the classic pattern of splitting a sum to stay under reporting.
	Structuring bool    `json:"structuring"`
	Threshold   float64 `json:"threshold,omitempty"`
	// Count is the number of Payments.
	Count int     `json:"count"`
	Total float64 `json:"total"`
	First string  `json:"first"`
	Last  string  `json:"last"`
	// Counterparties are the distinct payers (fan-in) or payees (fan-out), in order of id.
	Counterparties []Party   `json:"counterparties"`
	Payments       []Payment `json:"payments"`
	// Explanation says in words what the pattern is. FanPatterns leaves it empty: package
	// insights writes it.
	Explanation string `json:"explanation"`
}

// FansResult lists fan-in and fan-out patterns, with the options they were sought with,
// defaults filled in.
type FansResult struct {
	WindowDays        int                `json:"window_days"`
	MinPayments       int                `json:"min_payments"`
	MinCounterparties int                `json:"min_counterparties"`
	Thresholds        map[string]float64 `json:"thresholds"`
	Fans              []FanPattern       `json:"fans"`
}

// FanPatterns finds fan-in and fan-out: a party that, within opt.Window days, received
// from (or sent to) at least opt.MinCounterparties others at least opt.MinPayments
// dated payments in one currency. Where the currency has a reporting threshold only
// payments below it count, and the pattern is structuring (smurfing); in a currency
// without one every payment counts and the pattern is a plain fan. For each party,
// direction and currency the window with the most payments is reported (ties: most
// counterparties, then earliest). Patterns come most payments first, then by party,
// direction and currency.
func FanPatterns(net *ringleader.Network, opt FanOptions) FansResult {
	opt = opt.withDefaults()
	type key struct{ party, direction, currency string }
	groups := map[key][]payment{}
	for _, p := range readPayments(net) {
		if !p.dated || p.From == p.To {
			continue
		}
		if limit, ok := opt.Thresholds[p.Currency]; ok && p.Amount >= limit {
			continue
		}
		groups[key{p.To, "in", p.Currency}] = append(groups[key{p.To, "in", p.Currency}], p)
		groups[key{p.From, "out", p.Currency}] = append(groups[key{p.From, "out", p.Currency}], p)
	}
	dir := newDirectory(net)
	res := FansResult{WindowDays: opt.Window, MinPayments: opt.MinPayments, MinCounterparties: opt.MinCounterparties,
		Thresholds: opt.Thresholds, Fans: []FanPattern{}}
	for k, ps := range groups {
		if len(ps) < opt.MinPayments {
			continue
		}
		other := func(p payment) string {
			if k.direction == "in" {
				return p.From
			}
			return p.To
		}
		lo, hi := bestFanWindow(ps, opt, other)
		if hi-lo < opt.MinPayments {
			continue
		}
		fp := FanPattern{Party: dir.party(k.party), Direction: k.direction, Currency: k.currency,
			Count: hi - lo, First: ps[lo].Date, Last: ps[hi-1].Date}
		fp.Threshold, fp.Structuring = opt.Thresholds[k.currency]
		var counterparties []string
		for _, p := range ps[lo:hi] {
			fp.Payments = append(fp.Payments, p.Payment)
			fp.Total += p.Amount
			if c := other(p); !slices.Contains(counterparties, c) {
				counterparties = append(counterparties, c)
			}
		}
		slices.Sort(counterparties)
		fp.Counterparties = dir.parties(counterparties)
		res.Fans = append(res.Fans, fp)
	}
	slices.SortFunc(res.Fans, func(a, b FanPattern) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Party.ID, b.Party.ID),
			cmp.Compare(a.Direction, b.Direction), cmp.Compare(a.Currency, b.Currency))
	})
	return res
}

func (o FanOptions) withDefaults() FanOptions {
	if o.Window <= 0 {
		o.Window = 30
	}
	if o.MinPayments <= 0 {
		o.MinPayments = 5
	}
	if o.MinCounterparties <= 0 {
		o.MinCounterparties = 3
	}
	if o.Thresholds == nil {
		o.Thresholds = DefaultThresholds
	}
	return o
}

// bestFanWindow returns the bounds [lo, hi) of the window of ps (in date order) with the
// most payments within opt.Window days that has enough counterparties; hi == lo when
// none has. The window ending at each payment and starting as early as the span allows
// holds the most payments and counterparties of any window ending there, so only those
// are tried.
func bestFanWindow(ps []payment, opt FanOptions, other func(payment) string) (int, int) {
	count := map[string]int{}
	bestLo, bestHi, bestParties := 0, 0, 0
	lo := 0
	for hi := range ps {
		count[other(ps[hi])]++
		for ps[hi].day-ps[lo].day > opt.Window {
			c := other(ps[lo])
			if count[c]--; count[c] == 0 {
				delete(count, c)
			}
			lo++
		}
		n, parties := hi+1-lo, len(count)
		if parties < opt.MinCounterparties {
			continue
		}
		if n > bestHi-bestLo || (n == bestHi-bestLo && parties > bestParties) {
			bestLo, bestHi, bestParties = lo, hi+1, parties
		}
	}
	return bestLo, bestHi
}
