package money

import (
	"cmp"
	"math"
	"slices"

	"github.com/ringleader/ringleader"
)

// TrailPath is one route the money took: payments in time order, each from the party
// the previous one paid.
type TrailPath struct {
	// Parties are the parties in the order the money reached them, the start first.
	Parties  []Party   `json:"parties"`
	Payments []Payment `json:"payments"`
	// Total sums the path's payments per currency: the volume moved along it.
	Total []Money `json:"total"`
}

// TrailStop is a party the money reached.
type TrailStop struct {
	Party
	// Hops is the fewest payments from the start to the party.
	Hops int `json:"hops"`
	// First is the earliest date at which the money reached the party.
	First string `json:"first"`
}

// TrailResult is where the money from one party went.
type TrailResult struct {
	Start      Party `json:"start"`
	WithinDays int   `json:"within_days"`
	MaxDepth   int   `json:"max_depth"`
	// Reached lists the parties the trails reach, fewest hops first, then by date and id.
	Reached []TrailStop `json:"reached"`
	// Paths are the maximal trails, in the order of a depth-first walk over payments in
	// date order: every trail that can be extended within the limits is extended, so each
	// shorter trail is a prefix of one listed.
	Paths []TrailPath `json:"paths"`
	// Truncated reports that the limit on paths, or on the work done, cut the search
	// short: Paths and Reached are then incomplete.
	Truncated bool `json:"truncated"`
}

// Trail follows the money from party start: directed paths of payments in which each
// payment leaves the party the previous one paid, on the same day or later and, when
// within > 0, at most within days after the previous one. A path visits a party at most
// once and holds at most maxDepth payments; at most limit paths are returned (limit <= 0
// means no limit). Undated payments are skipped: they cannot be put in time order.
func Trail(net *ringleader.Network, start string, within, maxDepth, limit int) TrailResult {
	dir := newDirectory(net)
	res := TrailResult{Start: dir.party(start), WithinDays: within, MaxDepth: maxDepth,
		Reached: []TrailStop{}, Paths: []TrailPath{}}
	if maxDepth < 1 {
		return res
	}
	ix := datedOut(readPayments(net))
	w := &trailWalk{ix: ix, dir: dir, within: within, maxDepth: maxDepth, limit: limit,
		onPath: map[string]bool{start: true}, reached: map[string]*TrailStop{}, res: &res}
	w.walk(start, math.MinInt, false)
	for _, s := range w.reached {
		s.Party = dir.party(s.ID)
		res.Reached = append(res.Reached, *s)
	}
	slices.SortFunc(res.Reached, func(a, b TrailStop) int {
		return cmp.Or(cmp.Compare(a.Hops, b.Hops), cmp.Compare(a.First, b.First), cmp.Compare(a.ID, b.ID))
	})
	return res
}

type trailWalk struct {
	ix               outIndex
	dir              directory
	within, maxDepth int
	limit, steps     int
	stack            []Payment
	onPath           map[string]bool
	reached          map[string]*TrailStop
	res              *TrailResult
}

// walk extends the current path from party, whose money arrived on day (started is
// false at the start party, where any dated payment may begin the trail).
func (w *trailWalk) walk(party string, day int, started bool) {
	extended := false
	if len(w.stack) < w.maxDepth {
		next := w.ix[party]
		if started {
			next = w.ix.from(party, day)
		}
		for _, p := range next {
			if w.res.Truncated {
				return
			}
			if started && w.within > 0 && p.day-day > w.within {
				break
			}
			if w.onPath[p.To] {
				continue
			}
			if w.steps++; w.steps > maxWalkSteps {
				w.res.Truncated = true
				return
			}
			extended = true
			w.reach(p, len(w.stack)+1)
			w.stack = append(w.stack, p.Payment)
			w.onPath[p.To] = true
			w.walk(p.To, p.day, true)
			delete(w.onPath, p.To)
			w.stack = w.stack[:len(w.stack)-1]
		}
	}
	if extended || len(w.stack) == 0 || w.res.Truncated {
		return
	}
	if w.limit > 0 && len(w.res.Paths) >= w.limit {
		w.res.Truncated = true
		return
	}
	ps := slices.Clone(w.stack)
	parties := []Party{w.res.Start}
	for _, p := range ps {
		parties = append(parties, w.dir.party(p.To))
	}
	w.res.Paths = append(w.res.Paths, TrailPath{Parties: parties, Payments: ps, Total: totalsOf(ps)})
}

// reach records that payment p took the money to its payee in hops payments; the payee
// is described once the walk is done.
func (w *trailWalk) reach(p payment, hops int) {
	s := w.reached[p.To]
	if s == nil {
		w.reached[p.To] = &TrailStop{Party: Party{ID: p.To}, Hops: hops, First: p.Date}
		return
	}
	s.Hops = min(s.Hops, hops)
	if p.Date < s.First {
		s.First = p.Date
	}
}
