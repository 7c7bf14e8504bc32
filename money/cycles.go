package money

import (
	"cmp"
	"maps"
	"slices"

	"github.com/ringleader/ringleader"
)

// Cycle is a round trip: payments in time order from a party, through others, back to
// it.
type Cycle struct {
	// Parties are the parties in the order the money passed them, starting with the one
	// it left first and returned to; each appears once.
	Parties  []Party   `json:"parties"`
	Payments []Payment `json:"payments"`
	// Total sums the cycle's payments per currency: the volume moved round the loop.
	Total []Money `json:"total"`
	// First and Last are the dates of the first and the last payment.
	First string `json:"first"`
	Last  string `json:"last"`
	// Days is the time from the first payment to the last.
	Days int `json:"days"`
	// Explanation says in words what the round trip was. Cycles leaves it empty: package
	// insights writes it.
	Explanation string `json:"explanation"`
}

// CyclesResult lists round trips.
type CyclesResult struct {
	// Party, when set, is the party every cycle passes through (see Through).
	Party      string  `json:"party,omitempty"`
	WithinDays int     `json:"within_days"`
	MaxLength  int     `json:"max_length"`
	Cycles     []Cycle `json:"cycles"`
	// Truncated reports that the limit on cycles, or on the work done, cut the search
	// short.
	Truncated bool `json:"truncated"`
}

// Cycles finds round trips A→B→…→A: simple cycles of at most maxLen payments (at least
// 2) whose dates never decrease along the loop and, when within > 0, all fall within
// within days of the first. Undated payments and payments to oneself are skipped.
//
// Each cycle is reported once, as a set of payments, starting from the payment that
// begins its time order. Dates that never decrease round a loop leave one place to start
// unless all its payments share one day; then the start is the payment with the smallest
// id. Two loops through the same parties with different payments are different round
// trips and are both reported. Cycles come in date order of their first payment, then by
// their payments' ids; at most limit of them (limit <= 0 means no limit).
func Cycles(net *ringleader.Network, within, maxLen, limit int) CyclesResult {
	res := CyclesResult{WithinDays: within, MaxLength: maxLen, Cycles: []Cycle{}}
	if maxLen < 2 {
		return res
	}
	ix := datedOut(readPayments(net))
	c := &cycleWalk{ix: ix, dir: newDirectory(net), within: within, maxLen: maxLen, limit: limit,
		onPath: map[string]bool{}, res: &res}
	parties := slices.Sorted(maps.Keys(ix))
	var starts []payment
	for _, party := range parties {
		starts = append(starts, ix[party]...)
	}
	slices.SortFunc(starts, comparePayments)
	for _, p0 := range starts {
		if res.Truncated {
			break
		}
		c.first = p0
		c.stack = append(c.stack[:0], p0.Payment)
		clear(c.onPath)
		c.onPath[p0.From], c.onPath[p0.To] = true, true
		c.walk(p0.To, p0.day)
	}
	slices.SortStableFunc(res.Cycles, func(a, b Cycle) int {
		if c := cmp.Compare(a.Payments[0].Date, b.Payments[0].Date); c != 0 {
			return c
		}
		return slices.CompareFunc(a.Payments, b.Payments, func(x, y Payment) int { return cmp.Compare(x.ID, y.ID) })
	})
	return res
}

// Through keeps the cycles of r that pass through party (all of them when party is ""),
// at most limit of them (limit <= 0 means no limit), and reports in Truncated when the
// limit left some out.
func (r CyclesResult) Through(party string, limit int) CyclesResult {
	out := r
	out.Party = party
	out.Cycles = []Cycle{}
	for _, c := range r.Cycles {
		if party != "" && !slices.ContainsFunc(c.Parties, func(p Party) bool { return p.ID == party }) {
			continue
		}
		if limit > 0 && len(out.Cycles) == limit {
			out.Truncated = true
			break
		}
		out.Cycles = append(out.Cycles, c)
	}
	return out
}

type cycleWalk struct {
	ix             outIndex
	dir            directory
	within, maxLen int
	limit, steps   int
	first          payment
	stack          []Payment
	onPath         map[string]bool
	res            *CyclesResult
}

func (c *cycleWalk) walk(party string, day int) {
	for _, p := range c.ix.from(party, day) {
		if c.res.Truncated {
			return
		}
		if c.within > 0 && p.day-c.first.day > c.within {
			break
		}
		if c.steps++; c.steps > maxWalkSteps {
			c.res.Truncated = true
			return
		}
		if p.To == c.first.From {
			c.close(p)
			continue
		}
		if c.onPath[p.To] || len(c.stack)+1 >= c.maxLen {
			continue
		}
		c.stack = append(c.stack, p.Payment)
		c.onPath[p.To] = true
		c.walk(p.To, p.day)
		delete(c.onPath, p.To)
		c.stack = c.stack[:len(c.stack)-1]
	}
}

// close records the cycle that payment p closes, unless it is a rotation of one
// recorded from another start (only possible when every payment falls on one day).
func (c *cycleWalk) close(p payment) {
	ps := append(slices.Clone(c.stack), p.Payment)
	if p.day == c.first.day {
		for _, q := range ps[1:] {
			if q.ID < c.first.ID {
				return
			}
		}
	}
	if c.limit > 0 && len(c.res.Cycles) >= c.limit {
		c.res.Truncated = true
		return
	}
	parties := make([]Party, len(ps))
	for i, q := range ps {
		parties[i] = c.dir.party(q.From)
	}
	c.res.Cycles = append(c.res.Cycles, Cycle{Parties: parties, Payments: ps, Total: totalsOf(ps),
		First: ps[0].Date, Last: p.Date, Days: p.day - c.first.day})
}
