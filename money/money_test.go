package money_test

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/simple"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/demo"
	"github.com/ringleader/ringleader/money"
	"github.com/ringleader/ringleader/testing/fixtures"
)

func moneyPay(id, from, to string, amount float64, currency, date, channel string) ringleader.Link {
	return ringleader.Link{ID: id, Type: ringleader.LinkPaid, Source: from, Target: to, Amount: amount,
		Currency: currency, Date: date, Channel: channel}
}

// moneyParty describes a party of moneyNet as the analyses do.
func moneyParty(id string) money.Party {
	return money.Party{ID: id, Name: id, Kind: ringleader.KindPerson}
}

func partyIDs(ps []money.Party) []string {
	ids := make([]string, len(ps))
	for i, p := range ps {
		ids[i] = p.ID
	}
	return ids
}

func paymentIDs(ps []money.Payment) string {
	ids := make([]string, len(ps))
	for i, p := range ps {
		ids[i] = p.ID
	}
	return strings.Join(ids, ",")
}

// hawalaRing plants the round trip of the acceptance test, A→B→C→A within 30 days, among
// decoys: a loop whose dates run backwards, one that takes 45 days, and a payment to a
// fourth party that closes nothing.
func hawalaRing() *ringleader.Network {
	return fixtures.PersonsNetwork(
		moneyPay("h1", "A", "B", 50_000, "USD", "2026-01-05", "hawala"),
		moneyPay("h2", "B", "C", 48_000, "USD", "2026-01-12", "hawala"),
		moneyPay("h3", "C", "A", 47_000, "USD", "2026-01-30", "cash"),
		moneyPay("h4", "C", "Z", 1_000, "USD", "2026-01-20", "cash"),
		// Backwards: E pays F before D pays E.
		moneyPay("b1", "D", "E", 10_000, "USD", "2026-03-10", "hawala"),
		moneyPay("b2", "E", "F", 10_000, "USD", "2026-03-01", "hawala"),
		moneyPay("b3", "F", "D", 10_000, "USD", "2026-03-20", "hawala"),
		// Slow: 45 days from first to last.
		moneyPay("s1", "X", "Y", 7_000, "USD", "2026-01-01", "bank"),
		moneyPay("s2", "Y", "W", 7_000, "USD", "2026-01-20", "bank"),
		moneyPay("s3", "W", "X", 7_000, "USD", "2026-02-15", "bank"),
	)
}

func TestCyclesFindPlantedRoundTrip(t *testing.T) {
	tests := []struct {
		name   string
		within int
		want   []string // payment ids of each cycle, in time order
	}{
		{"within 30 days", 30, []string{"h1,h2,h3"}},
		{"within 25 days is exactly enough", 25, []string{"h1,h2,h3"}},
		{"within 24 days is too short", 24, nil},
		{"within 60 days adds the slow loop", 60, []string{"s1,s2,s3", "h1,h2,h3"}},
		{"no bound", 0, []string{"s1,s2,s3", "h1,h2,h3"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := money.Cycles(hawalaRing(), tt.within, 6, 0)
			var got []string
			for _, c := range res.Cycles {
				got = append(got, paymentIDs(c.Payments))
			}
			if !slices.Equal(got, tt.want) || res.Truncated {
				t.Fatalf("cycles = %v (truncated %v), want %v", got, res.Truncated, tt.want)
			}
		})
	}
	res := money.Cycles(hawalaRing(), 30, 6, 0)
	c := res.Cycles[0]
	if !slices.Equal(partyIDs(c.Parties), []string{"A", "B", "C"}) || c.Days != 25 {
		t.Errorf("parties %v over %d days, want [A B C] over 25 (5 Jan to 30 Jan)", c.Parties, c.Days)
	}
	if len(c.Total) != 1 || c.Total[0] != (money.Money{Currency: "USD", Amount: 145_000}) {
		t.Errorf("totals %v, want USD 145000", c.Total)
	}
	if c.Payments[0].Date != "2026-01-05" || c.Payments[2].Amount != 47_000 || c.Payments[2].Channel != "cash" {
		t.Errorf("payments lost their dates or amounts: %+v", c.Payments)
	}
	if short := money.Cycles(hawalaRing(), 30, 2, 0); len(short.Cycles) != 0 {
		t.Errorf("maxLen 2 still found %d cycles of three payments", len(short.Cycles))
	}
}

func TestCyclesSameDayReportedOnce(t *testing.T) {
	net := fixtures.PersonsNetwork(
		moneyPay("p3", "A", "B", 1, "USD", "2026-02-01", "cash"),
		moneyPay("p1", "B", "C", 1, "USD", "2026-02-01", "cash"),
		moneyPay("p2", "C", "A", 1, "USD", "2026-02-01", "cash"),
		// A second A→B payment makes a second round trip through the same parties.
		moneyPay("p4", "A", "B", 2, "USD", "2026-02-01", "cash"),
	)
	res := money.Cycles(net, 0, 5, 0)
	var got []string
	for _, c := range res.Cycles {
		got = append(got, paymentIDs(c.Payments))
	}
	// Every rotation is in time order; each loop starts at its smallest id.
	want := []string{"p1,p2,p3", "p1,p2,p4"}
	if !slices.Equal(got, want) {
		t.Errorf("cycles = %v, want %v", got, want)
	}
	if res.Cycles[0].Parties[0].ID != "B" {
		t.Errorf("cycle starts at %s, want B (the payer of p1)", res.Cycles[0].Parties[0].ID)
	}
}

// bruteCycles enumerates every sequence of distinct payments that forms a simple,
// time-ordered loop, and returns each loop once as its sorted payment ids.
func bruteCycles(ps []money.Payment, within, maxLen int) map[string]bool {
	day := func(s string) int {
		var y, m, d int
		fmt.Sscanf(s, "%d-%d-%d", &y, &m, &d)
		return (y*12+m)*31 + d // enough for dates within one month
	}
	out := map[string]bool{}
	var seq []money.Payment
	var extend func()
	extend = func() {
		last := seq[len(seq)-1]
		if len(seq) >= 2 && last.To == seq[0].From {
			ids := make([]string, len(seq))
			for i, p := range seq {
				ids[i] = p.ID
			}
			slices.Sort(ids)
			out[strings.Join(ids, ",")] = true
			return
		}
		if len(seq) == maxLen {
			return
		}
		for _, p := range ps {
			if p.From != last.To || p.Date < last.Date || (within > 0 && day(p.Date)-day(seq[0].Date) > within) {
				continue
			}
			revisit := p.To != seq[0].From && slices.ContainsFunc(seq, func(q money.Payment) bool { return q.From == p.To })
			if revisit || p.From == p.To {
				continue
			}
			seq = append(seq, p)
			extend()
			seq = seq[:len(seq)-1]
		}
	}
	for _, p := range ps {
		if p.From != p.To {
			seq = []money.Payment{p}
			extend()
		}
	}
	return out
}

func TestCyclesAgainstBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	parties := []string{"a", "b", "c", "d", "e"}
	for trial := range 40 {
		var links []ringleader.Link
		for i := range 14 {
			from, to := parties[rng.IntN(5)], parties[rng.IntN(5)]
			if from == to {
				continue
			}
			date := fmt.Sprintf("2026-01-%02d", 1+rng.IntN(12))
			links = append(links, moneyPay(fmt.Sprintf("p%02d", i), from, to, float64(1+rng.IntN(9)), "USD", date, "hawala"))
		}
		net := fixtures.PersonsNetwork(links...)
		within := []int{0, 3, 6}[trial%3]
		want := bruteCycles(money.Payments(net), within, 4)
		res := money.Cycles(net, within, 4, 0)
		got := map[string]bool{}
		for _, c := range res.Cycles {
			ids := strings.Split(paymentIDs(c.Payments), ",")
			slices.Sort(ids)
			key := strings.Join(ids, ",")
			if got[key] {
				t.Fatalf("trial %d: cycle %s reported twice", trial, key)
			}
			got[key] = true
			for i := 1; i < len(c.Payments); i++ {
				if c.Payments[i].Date < c.Payments[i-1].Date || c.Payments[i].From != c.Payments[i-1].To {
					t.Fatalf("trial %d: cycle %s is not a time-ordered loop", trial, key)
				}
			}
		}
		if len(got) != len(want) {
			t.Fatalf("trial %d (within %d): %d cycles, brute force finds %d", trial, within, len(got), len(want))
		}
		for k := range want {
			if !got[k] {
				t.Fatalf("trial %d: missed cycle %s", trial, k)
			}
		}
	}
}

func TestCyclesLimit(t *testing.T) {
	res := money.Cycles(hawalaRing(), 0, 6, 1)
	if len(res.Cycles) != 1 || !res.Truncated {
		t.Errorf("limit 1 gave %d cycles, truncated %v; want 1, true", len(res.Cycles), res.Truncated)
	}
}

func TestTrail(t *testing.T) {
	net := fixtures.PersonsNetwork(
		moneyPay("t1", "A", "B", 100, "USD", "2026-01-01", "hawala"),
		moneyPay("t2", "B", "C", 90, "USD", "2026-01-05", "cash"),
		moneyPay("t3", "B", "D", 80, "USD", "2025-12-31", "cash"), // before A paid B
		moneyPay("t4", "C", "E", 1_000_000, "SYP", "2026-01-20", "cash"),
		moneyPay("t5", "C", "F", 70, "USD", "2026-03-01", "bank"), // 55 days after t2
		moneyPay("t6", "E", "A", 5, "USD", "2026-01-25", "cash"),  // back to the start
		moneyPay("t7", "A", "G", 10, "USD", "", "cash"),           // undated
	)
	tests := []struct {
		name             string
		within, maxDepth int
		want             []string
		reached          []string
	}{
		{"no time bound", 0, 5, []string{"t1,t2,t4", "t1,t2,t5"}, []string{"B", "C", "E", "F"}},
		{"within 30 days", 30, 5, []string{"t1,t2,t4"}, []string{"B", "C", "E"}},
		{"depth 2", 0, 2, []string{"t1,t2"}, []string{"B", "C"}},
		{"within 3 days", 3, 5, []string{"t1"}, []string{"B"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := money.Trail(net, "A", tt.within, tt.maxDepth, 0)
			var got, reached []string
			for _, p := range res.Paths {
				got = append(got, paymentIDs(p.Payments))
			}
			for _, s := range res.Reached {
				reached = append(reached, s.ID)
			}
			if !slices.Equal(got, tt.want) || !slices.Equal(reached, tt.reached) {
				t.Errorf("paths %v reaching %v; want %v reaching %v", got, reached, tt.want, tt.reached)
			}
		})
	}
	res := money.Trail(net, "A", 30, 5, 0)
	want := []money.Money{{Currency: "SYP", Amount: 1_000_000}, {Currency: "USD", Amount: 190}}
	if !slices.Equal(res.Paths[0].Total, want) {
		t.Errorf("totals %v, want %v (currencies kept apart)", res.Paths[0].Total, want)
	}
	if s := res.Reached[2]; s.ID != "E" || s.Hops != 3 || s.First != "2026-01-20" {
		t.Errorf("E reached as %+v, want 3 hops on 2026-01-20", s)
	}
	if lim := money.Trail(net, "A", 0, 5, 1); len(lim.Paths) != 1 || !lim.Truncated {
		t.Errorf("limit 1: %d paths, truncated %v", len(lim.Paths), lim.Truncated)
	}
}

func TestFlows(t *testing.T) {
	net := fixtures.PersonsNetwork(
		moneyPay("f1", "A", "B", 100, "USD", "2026-01-01", "hawala"),
		moneyPay("f2", "A", "B", 300, "USD", "2026-02-01", "cash"),
		moneyPay("f3", "A", "B", 5_000_000, "SYP", "2026-01-15", "cash"),
		moneyPay("f4", "C", "B", 1_000, "USD", "2026-01-10", "bank"),
		moneyPay("f5", "A", "B", 50, "USD", "", "cash"),
	)
	all := money.Flows(net, "", "")
	a, b, c := moneyParty("A"), moneyParty("B"), moneyParty("C")
	want := []money.Flow{
		{From: a, To: b, Currency: "SYP", Total: 5_000_000, Count: 1, First: "2026-01-15", Last: "2026-01-15", Channels: []string{"cash"}},
		{From: c, To: b, Currency: "USD", Total: 1_000, Count: 1, First: "2026-01-10", Last: "2026-01-10", Channels: []string{"bank"}},
		{From: a, To: b, Currency: "USD", Total: 450, Count: 3, First: "2026-01-01", Last: "2026-02-01", Channels: []string{"cash", "hawala"}},
	}
	if fmt.Sprint(all) != fmt.Sprint(want) {
		t.Errorf("flows\n got %v\nwant %v", all, want)
	}
	january := money.Flows(net, "2026-01-01", "2026-01-31")
	for _, f := range january {
		if f.From.ID == "A" && f.Currency == "USD" && (f.Total != 100 || f.Count != 1) {
			t.Errorf("January A→B USD = %v over %d payments, want 100 over 1 (undated and February left out)", f.Total, f.Count)
		}
	}
	if len(january) != 3 {
		t.Errorf("January has %d flows, want 3", len(january))
	}
}

// clrsNetwork is the flow network of Cormen et al., Introduction to Algorithms (3rd ed.),
// Figure 26.1, whose maximum flow is 23; some capacities are split over two payments.
func clrsNetwork() *ringleader.Network {
	edges := []struct {
		from, to string
		amounts  []float64
	}{
		{"s", "v1", []float64{10, 6}}, {"s", "v2", []float64{13}}, {"v1", "v3", []float64{12}},
		{"v2", "v1", []float64{4}}, {"v2", "v4", []float64{7, 7}}, {"v3", "v2", []float64{9}},
		{"v3", "t", []float64{20}}, {"v4", "v3", []float64{7}}, {"v4", "t", []float64{4}},
	}
	var links []ringleader.Link
	for _, e := range edges {
		for i, a := range e.amounts {
			links = append(links, moneyPay(fmt.Sprintf("%s-%s-%d", e.from, e.to, i), e.from, e.to, a, "USD", "2026-01-01", "bank"))
		}
	}
	// A payment in another currency must not add capacity.
	links = append(links, moneyPay("syp", "v4", "t", 1e9, "SYP", "2026-01-01", "cash"))
	return fixtures.PersonsNetwork(links...)
}

// capacities sums the payments of one currency per payer and payee.
func capacities(net *ringleader.Network, currency string) map[[2]string]float64 {
	c := map[[2]string]float64{}
	for _, p := range money.Payments(net) {
		if p.Currency == currency && p.From != p.To {
			c[[2]string{p.From, p.To}] += p.Amount
		}
	}
	return c
}

// bruteMinCut tries every split of the parties with the source on one side and the
// sink on the other and returns the least capacity crossing from source side to sink
// side: the max-flow min-cut theorem says it equals the maximum flow.
func bruteMinCut(capacity map[[2]string]float64, source, sink string) float64 {
	seen := map[string]bool{source: true, sink: true}
	var others []string
	for e := range capacity {
		for _, v := range e {
			if !seen[v] {
				seen[v] = true
				others = append(others, v)
			}
		}
	}
	best := math.Inf(1)
	for mask := range 1 << len(others) {
		side := map[string]bool{source: true}
		for i, v := range others {
			if mask&(1<<i) != 0 {
				side[v] = true
			}
		}
		var cut float64
		for e, c := range capacity {
			if side[e[0]] && !side[e[1]] {
				cut += c
			}
		}
		best = min(best, cut)
	}
	return best
}

// gonumMaxFlow runs gonum's Dinic on the same capacities.
func gonumMaxFlow(capacity map[[2]string]float64, source, sink string) float64 {
	ids := map[string]int64{}
	id := func(s string) int64 {
		if v, ok := ids[s]; ok {
			return v
		}
		ids[s] = int64(len(ids))
		return ids[s]
	}
	g := simple.NewWeightedDirectedGraph(0, 0)
	g.AddNode(simple.Node(id(source)))
	g.AddNode(simple.Node(id(sink)))
	for e, c := range capacity {
		u, v := id(e[0]), id(e[1])
		if g.Node(u) == nil {
			g.AddNode(simple.Node(u))
		}
		if g.Node(v) == nil {
			g.AddNode(simple.Node(v))
		}
		g.SetWeightedEdge(simple.WeightedEdge{F: simple.Node(u), T: simple.Node(v), W: c})
	}
	return network.MaxFlowDinic(g, simple.Node(id(source)), simple.Node(id(sink)), -1)
}

// checkFlow checks that res is a feasible flow of its value: within capacities and
// conserved at every party but the source and sink, with a cut of the same value.
func checkFlow(t *testing.T, res money.MaxFlowResult, capacity map[[2]string]float64) {
	t.Helper()
	balance := map[string]float64{}
	for _, f := range res.Flows {
		c := capacity[[2]string{f.From.ID, f.To.ID}]
		if f.Flow > c+1e-6 || f.Flow <= 0 || math.Abs(f.Capacity-c) > 1e-6 {
			t.Errorf("edge %s→%s carries %v of capacity %v (reported %v)", f.From.ID, f.To.ID, f.Flow, c, f.Capacity)
		}
		balance[f.From.ID] -= f.Flow
		balance[f.To.ID] += f.Flow
	}
	for v, b := range balance {
		want := 0.0
		switch v {
		case res.From.ID:
			want = -res.Value
		case res.To.ID:
			want = res.Value
		}
		if math.Abs(b-want) > 1e-6 {
			t.Errorf("flow not conserved at %s: net inflow %v, want %v", v, b, want)
		}
	}
	var cut float64
	for _, e := range res.Cut {
		cut += e.Capacity
		if math.Abs(e.Flow-e.Capacity) > 1e-6 {
			t.Errorf("cut edge %s→%s is not saturated: %v of %v", e.From.ID, e.To.ID, e.Flow, e.Capacity)
		}
	}
	if math.Abs(cut-res.Value) > 1e-6 {
		t.Errorf("cut capacity %v differs from the flow %v", cut, res.Value)
	}
}

func TestMaxFlowCLRS(t *testing.T) {
	net := clrsNetwork()
	res, err := money.MaxFlow(net, "s", "t", "USD")
	if err != nil {
		t.Fatal(err)
	}
	capacity := capacities(net, "USD")
	if res.Value != 23 {
		t.Errorf("max flow = %v, want 23 (CLRS Figure 26.1)", res.Value)
	}
	if cut := bruteMinCut(capacity, "s", "t"); cut != res.Value {
		t.Errorf("brute-force min cut %v, max flow %v", cut, res.Value)
	}
	if g := gonumMaxFlow(capacity, "s", "t"); math.Abs(g-res.Value) > 1e-9 {
		t.Errorf("gonum MaxFlowDinic = %v, ours %v", g, res.Value)
	}
	checkFlow(t, res, capacity)
	// The cut of CLRS: {s, v1, v2, v4} | {v3, t}, crossing v1→v3, v4→v3 and v4→t.
	var cut []string
	for _, e := range res.Cut {
		cut = append(cut, e.From.ID+"→"+e.To.ID)
	}
	slices.Sort(cut)
	if want := []string{"v1→v3", "v4→t", "v4→v3"}; !slices.Equal(cut, want) {
		t.Errorf("cut %v, want %v", cut, want)
	}
	syp, err := money.MaxFlow(net, "s", "t", "SYP")
	if err != nil || syp.Value != 0 {
		t.Errorf("SYP flow from s = %v, %v; want 0 (s pays no SYP)", syp.Value, err)
	}
}

func TestMaxFlowRandomAgainstMinCutAndGonum(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 5))
	parties := []string{"s", "a", "b", "c", "d", "e", "t"}
	for trial := range 60 {
		var links []ringleader.Link
		for i := range 16 {
			from, to := parties[rng.IntN(7)], parties[rng.IntN(7)]
			if from == to {
				continue
			}
			amount := math.Round(rng.Float64()*100_000) / 100 // cents
			links = append(links, moneyPay(fmt.Sprintf("r%d", i), from, to, amount, "USD", "", "bank"))
		}
		net := fixtures.PersonsNetwork(links...)
		res, err := money.MaxFlow(net, "s", "t", "")
		if err != nil {
			t.Fatal(err)
		}
		capacity := capacities(net, "USD")
		cut := bruteMinCut(capacity, "s", "t")
		if math.Abs(cut-res.Value) > 1e-6 {
			t.Fatalf("trial %d: max flow %v, brute-force min cut %v", trial, res.Value, cut)
		}
		if g := gonumMaxFlow(capacity, "s", "t"); math.Abs(g-res.Value) > 1e-6 {
			t.Fatalf("trial %d: max flow %v, gonum %v", trial, res.Value, g)
		}
		if res.Value > 0 {
			checkFlow(t, res, capacity)
		}
	}
}

func TestMaxFlowErrors(t *testing.T) {
	net := clrsNetwork()
	if _, err := money.MaxFlow(net, "s", "s", "USD"); !errors.Is(err, money.ErrSameParty) {
		t.Errorf("source == sink: %v, want ErrSameParty", err)
	}
	var ambiguous *money.AmbiguousCurrencyError
	if _, err := money.MaxFlow(net, "s", "t", ""); !errors.As(err, &ambiguous) || len(ambiguous.Currencies) != 2 {
		t.Errorf("two currencies and none named: %v, want an *AmbiguousCurrencyError naming two", err)
	}
	res, err := money.MaxFlow(net, "s", "nobody", "USD")
	if err != nil || res.Value != 0 || len(res.Flows) != 0 {
		t.Errorf("sink with no payments: %+v, %v; want an empty flow", res, err)
	}
}

func TestAttributeToHolders(t *testing.T) {
	net := &ringleader.Network{
		Entities: []ringleader.Entity{
			{ID: "p1", Kind: ringleader.KindPerson}, {ID: "p2", Kind: ringleader.KindPerson},
			{ID: "p3", Kind: ringleader.KindPerson},
			{ID: "acc:1", Kind: ringleader.KindAccount}, {ID: "acc:joint", Kind: ringleader.KindAccount},
		},
		Links: []ringleader.Link{
			{Type: ringleader.LinkHolds, Source: "p1", Target: "acc:1"},
			{Type: ringleader.LinkHolds, Source: "p2", Target: "acc:joint"},
			{Type: ringleader.LinkHolds, Source: "p3", Target: "acc:joint"},
			moneyPay("x1", "acc:1", "acc:joint", 10, "USD", "2026-01-01", "bank"),
			moneyPay("x2", "p2", "acc:1", 5, "USD", "2026-01-02", "bank"),
		},
	}
	got := money.Payments(money.AttributeToHolders(net))
	if got[0].From != "p1" || got[0].To != "acc:joint" {
		t.Errorf("x1 runs %s→%s, want p1→acc:joint (a joint account stays itself)", got[0].From, got[0].To)
	}
	if got[1].From != "p2" || got[1].To != "p1" {
		t.Errorf("x2 runs %s→%s, want p2→p1", got[1].From, got[1].To)
	}
	if net.Links[3].Source != "acc:1" || net.Links[3].Props != nil {
		t.Error("AttributeToHolders modified its input")
	}
	if money.AttributeToHolders(net).Links[3].Props["from_account"] != "acc:1" {
		t.Error("the account moved aside is not recorded in from_account")
	}
}

func TestFanPatterns(t *testing.T) {
	var links []ringleader.Link
	// Six deposits of 9,000 dollars from four couriers into X within 20 days, and one of
	// 15,000 that is over the threshold.
	for i, from := range []string{"c1", "c2", "c3", "c4", "c1", "c2"} {
		links = append(links, moneyPay(fmt.Sprintf("in%d", i), from, "X", 9_000, "USD", fmt.Sprintf("2026-01-%02d", 1+4*i), "cash"))
	}
	links = append(links, moneyPay("big", "c3", "X", 15_000, "USD", "2026-01-03", "cash"))
	// The same deposits into Y, spread over five months: no fan.
	for i, from := range []string{"c1", "c2", "c3", "c4", "c1", "c2"} {
		links = append(links, moneyPay(fmt.Sprintf("slow%d", i), from, "Y", 9_000, "USD", fmt.Sprintf("2026-%02d-01", 1+i), "cash"))
	}
	// Z pays five drivers in Syrian pounds within a week: a plain fan-out (no threshold).
	for i := range 5 {
		links = append(links, moneyPay(fmt.Sprintf("out%d", i), "Z", fmt.Sprintf("d%d", i), 2_000_000, "SYP", fmt.Sprintf("2026-02-%02d", 1+i), "cash"))
	}
	// W pays one man five times: many payments but one counterparty.
	for i := range 5 {
		links = append(links, moneyPay(fmt.Sprintf("one%d", i), "W", "V", 100, "USD", fmt.Sprintf("2026-02-%02d", 1+i), "cash"))
	}
	res := money.FanPatterns(fixtures.PersonsNetwork(links...), money.FanOptions{}).Fans
	if len(res) != 2 {
		t.Fatalf("found %d patterns, want 2: %+v", len(res), res)
	}
	x := res[0]
	if x.Party.ID != "X" || x.Direction != "in" || !x.Structuring || len(x.Payments) != 6 || x.Total != 54_000 ||
		!slices.Equal(partyIDs(x.Counterparties), []string{"c1", "c2", "c3", "c4"}) || x.First != "2026-01-01" || x.Last != "2026-01-21" {
		t.Errorf("X fan-in = %+v", x)
	}
	z := res[1]
	if z.Party.ID != "Z" || z.Direction != "out" || z.Structuring || len(z.Payments) != 5 || z.Currency != "SYP" {
		t.Errorf("Z fan-out = %+v", z)
	}
	if wide := money.FanPatterns(fixtures.PersonsNetwork(links...), money.FanOptions{Window: 200}).Fans; len(wide) != 3 {
		t.Errorf("a 200-day window finds %d patterns, want 3 (Y's slow deposits too)", len(wide))
	}
}

func TestHawalaHubs(t *testing.T) {
	net := fixtures.PersonsNetwork(
		moneyPay("1", "c1", "H", 100, "USD", "2026-01-01", "hawala"),
		moneyPay("2", "c2", "H", 100, "USD", "2026-01-02", "hawala"),
		moneyPay("3", "c3", "H", 100, "IQD", "2026-01-03", "hawala"),
		moneyPay("4", "H", "r1", 90, "USD", "2026-01-04", "hawala"),
		moneyPay("5", "H", "r2", 90, "USD", "2026-01-05", "hawala"),
		moneyPay("6", "c1", "S", 10, "USD", "2026-01-01", "hawala"),
		moneyPay("7", "c2", "S", 10, "USD", "2026-01-01", "hawala"),
		moneyPay("8", "S", "r1", 10, "USD", "2026-01-01", "bank"), // not hawala
	)
	net.Entities = append(net.Entities, ringleader.Entity{ID: "org-office", Kind: ringleader.KindOrganisation,
		Props: map[string]string{"type": "hawala"}})
	hubs := money.HawalaHubs(net, money.HawalaOptions{}).Hubs
	if len(hubs) != 2 || hubs[0].ID != "H" || hubs[1].ID != "org-office" || !hubs[1].Registered {
		t.Fatalf("hubs = %+v, want H then the registered office", hubs)
	}
	h := hubs[0]
	wantIn := []money.Money{{Currency: "IQD", Amount: 100}, {Currency: "USD", Amount: 200}}
	if h.In != 3 || h.Out != 2 || h.Counterparties != 5 || !slices.Equal(h.InTotal, wantIn) {
		t.Errorf("H = %+v", h)
	}
}

func TestMoneyOnDemo(t *testing.T) {
	net := money.AttributeToHolders(fixtures.DemoNetwork(t))
	truth := demo.Truth()
	var hawaladar, financier string
	for _, b := range truth.Brokers {
		switch {
		case strings.Contains(b.Role, "hawala"):
			hawaladar = b.ID
		case strings.Contains(b.Role, "financier"):
			financier = b.ID
		}
	}
	if hawaladar == "" || financier == "" {
		t.Fatal("the demo's ground truth names no hawala operator or financier")
	}

	hubs := money.HawalaHubs(net, money.HawalaOptions{}).Hubs
	var hubIDs []string
	for _, h := range hubs {
		hubIDs = append(hubIDs, h.ID)
	}
	for _, want := range []string{hawaladar, "org-amana-exchange", "org-wafa-transfer"} {
		if !slices.Contains(hubIDs, want) {
			t.Errorf("hawala hubs %v miss %s", hubIDs, want)
		}
	}
	if hubs[0].ID != hawaladar {
		t.Errorf("busiest hawala hub is %s, want the planted hawaladar %s", hubs[0].ID, hawaladar)
	}

	// The generator sends proceeds from the hawaladar to the financier directly and
	// through Al-Wafa, so money must flow between them.
	mf, err := money.MaxFlow(net, hawaladar, financier, "USD")
	if err != nil {
		t.Fatal(err)
	}
	if cut := bruteCutValue(mf); mf.Value <= 0 || math.Abs(cut-mf.Value) > 1e-6 {
		t.Errorf("hawaladar→financier max flow %v, cut %v", mf.Value, cut)
	}
	checkFlow(t, mf, capacities(net, "USD"))

	trail := money.Trail(net, hawaladar, 0, 4, 0)
	if !slices.ContainsFunc(trail.Reached, func(s money.TrailStop) bool { return s.ID == financier }) {
		t.Errorf("the money trail from the hawaladar never reaches the financier")
	}

	cycles := money.Cycles(net, 30, 6, 0)
	for _, c := range cycles.Cycles {
		last := c.Payments[len(c.Payments)-1]
		if last.To != c.Parties[0].ID || c.Days > 30 {
			t.Errorf("cycle %v is not a round trip within 30 days", partyIDs(c.Parties))
		}
	}
	t.Logf("demo: %d payments, %d hawala hubs (top %s), max flow hawaladar→financier USD %.0f, "+
		"trail reaches %d parties in %d paths, %d cycles within 30 days, %d fan patterns",
		len(money.Payments(net)), len(hubs), hubs[0].ID, mf.Value, len(trail.Reached), len(trail.Paths),
		len(cycles.Cycles), len(money.FanPatterns(net, money.FanOptions{}).Fans))
	for _, c := range cycles.Cycles {
		t.Logf("demo cycle %v: payments %s, %v, %d days", partyIDs(c.Parties), paymentIDs(c.Payments), c.Total, c.Days)
	}
}

func bruteCutValue(res money.MaxFlowResult) float64 {
	var v float64
	for _, e := range res.Cut {
		v += e.Capacity
	}
	return v
}
