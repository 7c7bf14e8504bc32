package money

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"slices"

	"github.com/ringleader/ringleader"
)

// EdgeFlow is the money one party's payments to another can carry, and carry in a
// maximum flow.
type EdgeFlow struct {
	From Party `json:"from"`
	To   Party `json:"to"`
	// Capacity is the sum of the payments from From to To in the flow's currency.
	Capacity float64 `json:"capacity"`
	Flow     float64 `json:"flow"`
	// Payments counts the payments that make up the capacity.
	Payments int `json:"payments"`
}

// MaxFlowResult is a maximum flow of money from one party (the source) to another (the
// sink), and a minimum cut that proves it.
type MaxFlowResult struct {
	From     Party   `json:"from"`
	To       Party   `json:"to"`
	Currency string  `json:"currency"`
	Value    float64 `json:"value"`
	// Flows are the edges that carry money in the flow, largest first (ties by payer and
	// payee).
	Flows []EdgeFlow `json:"flows"`
	// Cut is a minimum cut: the edges from the parties the source can still reach in the
	// residual network to the others. Their capacities sum to Value, so that stopping
	// these payments stops all the money, and no cheaper set would.
	Cut []EdgeFlow `json:"cut"`
}

// ErrSameParty is MaxFlow's error when the source is the sink.
var ErrSameParty = errors.New("the sink is the source")

// AmbiguousCurrencyError is MaxFlow's error when no currency is named and the payments
// use several, whose amounts do not add up.
type AmbiguousCurrencyError struct{ Currencies []string }

func (e *AmbiguousCurrencyError) Error() string {
	return fmt.Sprintf("the payments are in %v; name one, since amounts in different currencies do not add up", e.Currencies)
}

// MaxFlow returns the most money that could have gone from source to sink through the
// payments of net in one currency, each payer→payee pair carrying at most the sum of its
// payments (a network-flow reading of "how much of A's money can have reached B"). It
// ignores dates; narrow the network to a window first to ask about one period. An empty
// currency stands for the only currency of the payments; when there are several the
// error is an *AmbiguousCurrencyError, and ErrSameParty when source == sink.
//
// The kernel is Dinic's algorithm (E. A. Dinic 1970, "Algorithm for solution of a
// problem of maximum flow in networks with power estimation", Soviet Math. Doklady
// 11:1277–1280) on edge arrays. gonum's network.MaxFlowDinic computes the same value
// (the tests check that it does) but returns only the value, not the flow on each edge
// or the cut an investigator acts on, and in v0.17.0 augments a single path per level
// graph.
func MaxFlow(net *ringleader.Network, source, sink, currency string) (MaxFlowResult, error) {
	if source == sink {
		return MaxFlowResult{}, ErrSameParty
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
			return MaxFlowResult{}, &AmbiguousCurrencyError{Currencies: currencies}
		}
		if len(currencies) == 1 {
			currency = currencies[0]
		}
	}
	dir := newDirectory(net)
	res := MaxFlowResult{From: dir.party(source), To: dir.party(sink), Currency: currency,
		Flows: []EdgeFlow{}, Cut: []EdgeFlow{}}
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
		ef := EdgeFlow{From: dir.party(fn.ids[u]), To: dir.party(fn.ids[v]), Capacity: roundAmount(fn.capacity[e]),
			Flow: roundAmount(fn.flow(e)), Payments: fn.payments[e/2]}
		if ef.Flow > 0 {
			res.Flows = append(res.Flows, ef)
		}
		if reach[u] && !reach[v] {
			res.Cut = append(res.Cut, ef)
		}
	}
	byFlow := func(a, b EdgeFlow) int {
		return cmp.Or(cmp.Compare(b.Flow, a.Flow), cmp.Compare(a.From.ID, b.From.ID), cmp.Compare(a.To.ID, b.To.ID))
	}
	slices.SortFunc(res.Flows, byFlow)
	slices.SortFunc(res.Cut, byFlow)
	return res, nil
}

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
