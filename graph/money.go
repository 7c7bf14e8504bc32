package graph

import (
	"cmp"
	"maps"
	"math"
	"slices"
	"sort"
	"time"

	"github.com/ringleader/ringleader"
)

// The money analyses read the PAID links of a network directly rather than a projection:
// a projection merges parallel payments into one edge and forgets amounts, currencies and
// dates, which are exactly what a money trail is made of.

// Money is an amount in one currency. Amounts in different currencies are never added:
// Ringleader holds no exchange rates, and a hawala ledger kept in Syrian pounds cannot be
// summed with dollar transfers without one. Totals are therefore lists of Money, one per
// currency, in currency order.
type Money struct {
	Currency string
	Amount   float64
}

// Payment is one PAID link as the money analyses read it.
type Payment struct {
	ID       string
	From, To string
	Amount   float64
	Currency string
	// Date is the payment's date (YYYY-MM-DD), or "" when the record gives none.
	Date    string
	Channel string
}

// payment is a Payment with its date as a day number, for date arithmetic.
type payment struct {
	Payment
	day   int
	dated bool
}

// dayNumber returns the days from 1970-01-01 to the date s, and whether s is a date.
func dayNumber(s string) (int, bool) {
	t, err := time.Parse(ringleader.DateLayout, s)
	if err != nil {
		return 0, false
	}
	return int(t.Unix() / 86400), true
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
			Currency: l.Currency, Date: l.Date, Channel: l.Channel}}
		if p.ID == "" {
			p.ID = l.Key()
		}
		p.day, p.dated = dayNumber(l.Date)
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

// AttributeToHolders returns a copy of net in which a payment from or to an account runs
// from or to the account's holder instead, when the account has exactly one: a HOLDS
// link from a person or organisation. The loaders turn a payment with from_account and
// to_account columns into a payment between accounts, so without this step the money
// of a person who pays through his bank account would not start at him. An account with
// several holders (a joint account, a company and its owner) stays a party of its own,
// since the money cannot be assigned to one of them. The account moved aside is kept in
// the link's "from_account" or "to_account" property. net is not modified.
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
			l.Props["from_account"] = l.Source
			l.Source = from
		}
		if okTo {
			l.Props["to_account"] = l.Target
			l.Target = to
		}
	}
	return out
}

// addMoney adds amount in currency to totals, keeping one entry per currency in
// currency order.
func addMoney(totals []Money, currency string, amount float64) []Money {
	i, found := slices.BinarySearchFunc(totals, currency, func(m Money, c string) int { return cmp.Compare(m.Currency, c) })
	if found {
		totals[i].Amount += amount
		return totals
	}
	return slices.Insert(totals, i, Money{Currency: currency, Amount: amount})
}

func totalsOf(ps []Payment) []Money {
	var t []Money
	for _, p := range ps {
		t = addMoney(t, p.Currency, p.Amount)
	}
	return t
}

// Flow is the money that went from one party to another in one currency.
type Flow struct {
	From, To string
	Currency string
	Total    float64
	Count    int
	// First and Last are the dates of the earliest and latest dated payment; "" when
	// none is dated.
	First, Last string
	// Channels are the channels used (bank, hawala, ...), in order; "" stands for a
	// payment that names none.
	Channels []string
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
	for _, p := range readPayments(net) {
		if window && (!p.dated || (from != "" && p.Date < from) || (to != "" && p.Date > to)) {
			continue
		}
		k := key{p.From, p.To, p.Currency}
		f := byKey[k]
		if f == nil {
			f = &Flow{From: p.From, To: p.To, Currency: p.Currency}
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
			cmp.Compare(a.From, b.From), cmp.Compare(a.To, b.To))
	})
	return out
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

// TrailPath is one route the money took: payments in time order, each from the party
// the previous one paid.
type TrailPath struct {
	Payments []Payment
	// Totals sums the path's payments per currency (the volume moved along it).
	Totals []Money
}

// TrailStop is a party the money reached.
type TrailStop struct {
	Party string
	// Hops is the fewest payments from the start to the party.
	Hops int
	// First is the earliest date at which the money reached the party.
	First string
}

// TrailResult is where the money from one party went.
type TrailResult struct {
	Start string
	// Paths are the maximal trails, in the order of a depth-first walk over payments in
	// date order: every trail that can be extended within the limits is extended, so each
	// shorter trail is a prefix of one listed.
	Paths []TrailPath
	// Reached lists the parties the trails reach, fewest hops first, then by date and id.
	Reached []TrailStop
	// Truncated reports that the limit on paths, or on the work done, cut the search
	// short: Paths and Reached are then incomplete.
	Truncated bool
}

// Trail follows the money from party start: directed paths of payments in which each
// payment leaves the party the previous one paid, on the same day or later and, when
// within > 0, at most within days after the previous one. A path visits a party at most
// once and holds at most maxDepth payments; at most limit paths are returned (limit <= 0
// means no limit). Undated payments are skipped: they cannot be put in time order.
func Trail(net *ringleader.Network, start string, within, maxDepth, limit int) TrailResult {
	res := TrailResult{Start: start}
	if maxDepth < 1 {
		return res
	}
	ix := datedOut(readPayments(net))
	w := &trailWalk{ix: ix, within: within, maxDepth: maxDepth, limit: limit,
		onPath: map[string]bool{start: true}, reached: map[string]*TrailStop{}, res: &res}
	w.walk(start, math.MinInt, false)
	for _, s := range w.reached {
		res.Reached = append(res.Reached, *s)
	}
	slices.SortFunc(res.Reached, func(a, b TrailStop) int {
		return cmp.Or(cmp.Compare(a.Hops, b.Hops), cmp.Compare(a.First, b.First), cmp.Compare(a.Party, b.Party))
	})
	return res
}

type trailWalk struct {
	ix               outIndex
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
	w.res.Paths = append(w.res.Paths, TrailPath{Payments: ps, Totals: totalsOf(ps)})
}

func (w *trailWalk) reach(p payment, hops int) {
	s := w.reached[p.To]
	if s == nil {
		w.reached[p.To] = &TrailStop{Party: p.To, Hops: hops, First: p.Date}
		return
	}
	s.Hops = min(s.Hops, hops)
	if p.Date < s.First {
		s.First = p.Date
	}
}

// Cycle is a round trip: payments in time order from a party, through others, back to
// it.
type Cycle struct {
	// Parties are the parties in the order the money passed them, starting with the one
	// it left first and returned to; each appears once.
	Parties  []string
	Payments []Payment
	// Totals sums the cycle's payments per currency: the volume moved round the loop.
	Totals []Money
	// Days is the time from the first payment to the last.
	Days int
}

// CyclesResult lists round trips.
type CyclesResult struct {
	Cycles []Cycle
	// Truncated reports that the limit on cycles, or on the work done, cut the search
	// short.
	Truncated bool
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
	var res CyclesResult
	if maxLen < 2 {
		return res
	}
	ix := datedOut(readPayments(net))
	c := &cycleWalk{ix: ix, within: within, maxLen: maxLen, limit: limit, onPath: map[string]bool{}, res: &res}
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

type cycleWalk struct {
	ix             outIndex
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
	parties := make([]string, len(ps))
	for i, q := range ps {
		parties[i] = q.From
	}
	c.res.Cycles = append(c.res.Cycles, Cycle{Parties: parties, Payments: ps, Totals: totalsOf(ps), Days: p.day - c.first.day})
}

// EdgeFlow is the money one party's payments to another can carry, and carry in a
// maximum flow.
type EdgeFlow struct {
	From, To string
	// Capacity is the sum of the payments from From to To in the flow's currency.
	Capacity float64
	Flow     float64
	// Payments counts the payments that make up the capacity.
	Payments int
}

// MaxFlowResult is a maximum flow of money between two parties, and a minimum cut that
// proves it.
type MaxFlowResult struct {
	Source, Sink, Currency string
	Value                  float64
	// Flows are the edges that carry money in the flow, largest first (ties by payer and
	// payee).
	Flows []EdgeFlow
	// Cut is a minimum cut: the edges from the parties the source can still reach in the
	// residual network to the others. Their capacities sum to Value, so that stopping
	// these payments stops all the money, and no cheaper set would.
	Cut []EdgeFlow
}

// MaxFlow returns the most money that could have gone from source to sink through the
// payments of net in one currency, each payer→payee pair carrying at most the sum of its
// payments (a network-flow reading of "how much of A's money can have reached B"). It
// ignores dates; narrow the network to a window first to ask about one period. An empty
// currency stands for the only currency of the payments; when there are several it is
// EINVALID, as is source == sink.
//
// The kernel is Dinic's algorithm (E. A. Dinic 1970, "Algorithm for solution of a
// problem of maximum flow in networks with power estimation", Soviet Math. Doklady
// 11:1277–1280) on edge arrays. gonum's network.MaxFlowDinic computes the same value
// (the tests check that it does) but returns only the value, not the flow on each edge
// or the cut an investigator acts on, and in v0.17.0 augments a single path per level
// graph.
func MaxFlow(net *ringleader.Network, source, sink, currency string) (MaxFlowResult, error) {
	if source == sink {
		return MaxFlowResult{}, ringleader.Errorf(ringleader.EINVALID, "to: the sink must differ from the source %q", source)
	}
	ps := readPayments(net)
	if currency == "" {
		var currencies []string
		for _, p := range ps {
			if p.From != p.To && !slices.Contains(currencies, p.Currency) {
				currencies = append(currencies, p.Currency)
			}
		}
		slices.Sort(currencies)
		if len(currencies) > 1 {
			return MaxFlowResult{}, ringleader.Errorf(ringleader.EINVALID,
				"currency: the payments are in %v; name one, since amounts in different currencies do not add up", currencies)
		}
		if len(currencies) == 1 {
			currency = currencies[0]
		}
	}
	res := MaxFlowResult{Source: source, Sink: sink, Currency: currency}
	fn := &flowNetwork{index: map[string]int{}}
	type pair struct{ from, to string }
	edgeOf := map[pair]int{}
	for _, p := range ps {
		if p.Currency != currency || p.From == p.To || !(p.Amount > 0) || math.IsInf(p.Amount, 1) {
			continue
		}
		k := pair{p.From, p.To}
		e, ok := edgeOf[k]
		if !ok {
			e = fn.addEdge(fn.node(p.From), fn.node(p.To))
			edgeOf[k] = e
		}
		fn.capacity[e] += p.Amount
		fn.payments[e/2]++
	}
	s, okS := fn.index[source]
	t, okT := fn.index[sink]
	if !okS || !okT {
		return res, nil
	}
	res.Value = roundAmount(fn.dinic(s, t))
	reach := fn.residualReach(s)
	for e := 0; e < len(fn.to); e += 2 {
		u, v := fn.to[e+1], fn.to[e]
		ef := EdgeFlow{From: fn.ids[u], To: fn.ids[v], Capacity: roundAmount(fn.capacity[e]),
			Flow: roundAmount(fn.flow(e)), Payments: fn.payments[e/2]}
		if ef.Flow > 0 {
			res.Flows = append(res.Flows, ef)
		}
		if reach[u] && !reach[v] {
			res.Cut = append(res.Cut, ef)
		}
	}
	byFlow := func(a, b EdgeFlow) int {
		return cmp.Or(cmp.Compare(b.Flow, a.Flow), cmp.Compare(a.From, b.From), cmp.Compare(a.To, b.To))
	}
	slices.SortFunc(res.Flows, byFlow)
	slices.SortFunc(res.Cut, byFlow)
	return res, nil
}

// roundAmount rounds away the float dust that sums of amounts leave (a flow of
// 149999.99999999997), at a hundred-millionth: the smallest unit of bitcoin, finer than
// any currency's.
func roundAmount(x float64) float64 { return math.Round(x*1e8) / 1e8 }

// flowNetwork is a residual network on edge arrays: edge e and its reverse e^1, the
// reverse of a payment edge starting at zero capacity.
type flowNetwork struct {
	ids      []string
	index    map[string]int
	adj      [][]int
	to       []int
	capacity []float64 // original capacity of forward edges; 0 for reverses
	residual []float64
	payments []int // per edge pair
	level    []int
	next     []int
}

func (f *flowNetwork) node(id string) int {
	if i, ok := f.index[id]; ok {
		return i
	}
	f.index[id] = len(f.ids)
	f.ids = append(f.ids, id)
	f.adj = append(f.adj, nil)
	return len(f.ids) - 1
}

func (f *flowNetwork) addEdge(u, v int) int {
	e := len(f.to)
	f.to = append(f.to, v, u)
	f.capacity = append(f.capacity, 0, 0)
	f.payments = append(f.payments, 0)
	f.adj[u] = append(f.adj[u], e)
	f.adj[v] = append(f.adj[v], e+1)
	return e
}

func (f *flowNetwork) flow(e int) float64 { return f.capacity[e] - f.residual[e] }

// dinic returns the value of a maximum flow from s to t, leaving the flow in residual.
func (f *flowNetwork) dinic(s, t int) float64 {
	f.residual = slices.Clone(f.capacity)
	// eps treats as empty an edge whose residual is rounding error of the largest
	// capacity, so that float dust cannot keep a phase alive.
	var largest float64
	for _, c := range f.capacity {
		largest = max(largest, c)
	}
	eps := largest * 1e-12
	f.level = make([]int, len(f.ids))
	f.next = make([]int, len(f.ids))
	var total float64
	for f.levels(s, t, eps) {
		clear(f.next)
		for {
			pushed := f.push(s, t, math.Inf(1), eps)
			if pushed <= eps {
				break
			}
			total += pushed
		}
	}
	return total
}

// levels labels nodes with their BFS distance from s over edges with residual capacity
// and reports whether t is reached.
func (f *flowNetwork) levels(s, t int, eps float64) bool {
	for i := range f.level {
		f.level[i] = -1
	}
	f.level[s] = 0
	queue := []int{s}
	for len(queue) > 0 {
		u := queue[0]
		queue = queue[1:]
		for _, e := range f.adj[u] {
			if v := f.to[e]; f.residual[e] > eps && f.level[v] < 0 {
				f.level[v] = f.level[u] + 1
				queue = append(queue, v)
			}
		}
	}
	return f.level[t] >= 0
}

// push sends up to limit along one path of the level graph from u to t and returns how
// much it sent; next[u] skips edges already found blocked in this phase.
func (f *flowNetwork) push(u, t int, limit, eps float64) float64 {
	if u == t {
		return limit
	}
	for ; f.next[u] < len(f.adj[u]); f.next[u]++ {
		e := f.adj[u][f.next[u]]
		v := f.to[e]
		if f.residual[e] <= eps || f.level[v] != f.level[u]+1 {
			continue
		}
		if d := f.push(v, t, min(limit, f.residual[e]), eps); d > eps {
			f.residual[e] -= d
			f.residual[e^1] += d
			return d
		}
	}
	return 0
}

// residualReach marks the nodes reachable from s over edges with residual capacity.
func (f *flowNetwork) residualReach(s int) []bool {
	var largest float64
	for _, c := range f.capacity {
		largest = max(largest, c)
	}
	eps := largest * 1e-12
	seen := make([]bool, len(f.ids))
	seen[s] = true
	stack := []int{s}
	for len(stack) > 0 {
		u := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, e := range f.adj[u] {
			if v := f.to[e]; f.residual[e] > eps && !seen[v] {
				seen[v] = true
				stack = append(stack, v)
			}
		}
	}
	return seen
}

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
	Party string
	// Direction is "in" for a fan-in, "out" for a fan-out.
	Direction string
	Currency  string
	// Structuring reports that the currency has a threshold and every payment counted is
	// below it: the classic pattern of splitting a sum to stay under reporting.
	Structuring bool
	Threshold   float64
	Payments    []Payment
	// Counterparties are the distinct payers (fan-in) or payees (fan-out), in order.
	Counterparties []string
	Total          float64
	First, Last    string
}

// FanPatterns finds fan-in and fan-out: a party that, within opt.Window days, received
// from (or sent to) at least opt.MinCounterparties others at least opt.MinPayments
// dated payments in one currency. Where the currency has a reporting threshold only
// payments below it count, and the pattern is structuring (smurfing); in a currency
// without one every payment counts and the pattern is a plain fan. For each party,
// direction and currency the window with the most payments is reported (ties: most
// counterparties, then earliest). Patterns come most payments first, then by party,
// direction and currency.
func FanPatterns(net *ringleader.Network, opt FanOptions) []FanPattern {
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
	var out []FanPattern
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
		fp := FanPattern{Party: k.party, Direction: k.direction, Currency: k.currency, First: ps[lo].Date, Last: ps[hi-1].Date}
		fp.Threshold, fp.Structuring = opt.Thresholds[k.currency]
		for _, p := range ps[lo:hi] {
			fp.Payments = append(fp.Payments, p.Payment)
			fp.Total += p.Amount
			if c := other(p); !slices.Contains(fp.Counterparties, c) {
				fp.Counterparties = append(fp.Counterparties, c)
			}
		}
		slices.Sort(fp.Counterparties)
		out = append(out, fp)
	}
	slices.SortFunc(out, func(a, b FanPattern) int {
		return cmp.Or(cmp.Compare(len(b.Payments), len(a.Payments)), cmp.Compare(a.Party, b.Party),
			cmp.Compare(a.Direction, b.Direction), cmp.Compare(a.Currency, b.Currency))
	})
	return out
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

// HawalaOptions tune HawalaHubs. Zero fields take the defaults given.
type HawalaOptions struct {
	// MinIn and MinOut are the fewest hawala payments a party must have received and
	// sent to count as a hub by its payments (default 2 each).
	MinIn, MinOut int
}

// HawalaHub is a party that looks like a hawala operator.
type HawalaHub struct {
	Party string
	// Registered reports that the party is an organisation whose type is hawala.
	Registered bool
	// In and Out count the hawala payments received and sent.
	In, Out int
	// InTotals and OutTotals sum them per currency.
	InTotals, OutTotals []Money
	// Counterparties counts the distinct parties it received hawala money from or sent
	// it to.
	Counterparties int
}

// HawalaHubs finds parties that act as hawala operators. A hawaladar both takes money
// in and pays it out through the informal channel, on behalf of many clients, so the
// rule is: a party is a hub when it received at least MinIn and sent at least MinOut
// payments whose channel is hawala, or when it is an organisation of type hawala (a
// known exchange office), whatever its payments. Hubs come busiest first (most hawala
// payments in and out), then by id.
func HawalaHubs(net *ringleader.Network, opt HawalaOptions) []HawalaHub {
	if opt.MinIn <= 0 {
		opt.MinIn = 2
	}
	if opt.MinOut <= 0 {
		opt.MinOut = 2
	}
	hubs := map[string]*HawalaHub{}
	others := map[string]map[string]bool{}
	hub := func(id string) *HawalaHub {
		h := hubs[id]
		if h == nil {
			h = &HawalaHub{Party: id}
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
		out.OutTotals = addMoney(out.OutTotals, p.Currency, p.Amount)
		others[p.From][p.To] = true
		in.In++
		in.InTotals = addMoney(in.InTotals, p.Currency, p.Amount)
		others[p.To][p.From] = true
	}
	var res []HawalaHub
	for id, h := range hubs {
		if h.Registered || (h.In >= opt.MinIn && h.Out >= opt.MinOut) {
			h.Counterparties = len(others[id])
			res = append(res, *h)
		}
	}
	slices.SortFunc(res, func(a, b HawalaHub) int {
		return cmp.Or(cmp.Compare(b.In+b.Out, a.In+a.Out), cmp.Compare(a.Party, b.Party))
	})
	return res
}
