package insights

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/graph"
)

// MoneyOptions choose the payments a money analysis reads. The payment window is named
// since and until, not from and to, because in the money questions from and to name the
// parties ("money flows --from p012 --to p087").
type MoneyOptions struct {
	// Case limits the analysis to one case's payments.
	Case string `json:"case,omitempty"`
	// Since and Until bound the payment dates, inclusive. When either is given, a payment
	// without a date is left out: it cannot be placed in the window.
	Since string `json:"since,omitempty"`
	Until string `json:"until,omitempty"`
	// Accounts keeps bank accounts as parties of their own. By default a payment from or
	// to an account with a single holder is attributed to the holder
	// (graph.AttributeToHolders), so that a man's money is followed whether he paid in
	// cash or from his account.
	Accounts bool `json:"accounts,omitempty"`
}

// Limits of the money questions: each bounds a search that grows quickly with its
// parameter.
const (
	DefaultTrailDepth = 4
	MaxTrailDepth     = 8
	DefaultCycleLen   = 6
	MaxCycleLen       = 10
	DefaultMoneyLimit = 100
	MaxMoneyLimit     = 1000
)

// MoneyHeader describes the payments a money result was computed on.
type MoneyHeader struct {
	Case     string `json:"case,omitempty"`
	Since    string `json:"since,omitempty"`
	Until    string `json:"until,omitempty"`
	Accounts bool   `json:"accounts"`
	// Payments counts the payments read.
	Payments int `json:"payments"`
}

// Money is an amount in one currency. Sums are kept per currency, never added across.
type Money struct {
	Currency string  `json:"currency"`
	Amount   float64 `json:"amount"`
}

// PaymentRecord is one payment in a result.
type PaymentRecord struct {
	ID       string  `json:"id"`
	From     string  `json:"from"`
	To       string  `json:"to"`
	Amount   float64 `json:"amount"`
	Currency string  `json:"currency"`
	Date     string  `json:"date,omitempty"`
	Channel  string  `json:"channel,omitempty"`
	// FromAccount and ToAccount name the accounts a payment was attributed away from.
	FromAccount string `json:"from_account,omitempty"`
	ToAccount   string `json:"to_account,omitempty"`
}

// moneyView is the payments of one scope and MoneyOptions, ready for the graph kernels.
type moneyView struct {
	p   *Projection
	opt MoneyOptions
	net *ringleader.Network
	// accounts maps a payment id to the accounts attribution moved aside.
	accounts map[string][2]string
	count    int
}

func (opt *MoneyOptions) validate() error {
	if opt.Since != "" && !ringleader.ValidDate(opt.Since) {
		return ringleader.Errorf(ringleader.EINVALID, "since: %q is not a date (YYYY-MM-DD)", opt.Since)
	}
	if opt.Until != "" && !ringleader.ValidDate(opt.Until) {
		return ringleader.Errorf(ringleader.EINVALID, "until: %q is not a date (YYYY-MM-DD)", opt.Until)
	}
	if opt.Since != "" && opt.Until != "" && opt.Since > opt.Until {
		return ringleader.Errorf(ringleader.EINVALID, "since: %s is after until %s", opt.Since, opt.Until)
	}
	return nil
}

// money reads the payments for opt through the cached full projection, so that scope is
// enforced by the store's Network read and repeated questions read the store once.
func (e *Engine) money(ctx context.Context, scope ringleader.Scope, opt MoneyOptions) (*moneyView, error) {
	if err := opt.validate(); err != nil {
		return nil, err
	}
	p, err := e.Project(ctx, scope, ringleader.ProjectionOptions{View: ringleader.ViewFull, Case: opt.Case,
		From: opt.Since, To: opt.Until})
	if err != nil {
		return nil, err
	}
	v, err := e.cached(ctx, resultKey(p, "money|accounts="+strconv.FormatBool(opt.Accounts)), func(ctx context.Context) (any, error) {
		net := p.Network
		if !opt.Accounts {
			net = graph.AttributeToHolders(net)
		}
		if opt.Since != "" || opt.Until != "" {
			// The store keeps undated links in any window; a payment needs its date to be in one.
			kept := &ringleader.Network{Entities: net.Entities}
			for _, l := range net.Links {
				if l.Type != ringleader.LinkPaid || ringleader.ValidDate(l.Date) {
					kept.Links = append(kept.Links, l)
				}
			}
			net = kept
		}
		mv := &moneyView{p: p, opt: opt, net: net, accounts: map[string][2]string{}}
		for _, l := range net.Links {
			if l.Type != ringleader.LinkPaid {
				continue
			}
			mv.count++
			if a, b := l.Props["from_account"], l.Props["to_account"]; (a != "" || b != "") && !opt.Accounts {
				mv.accounts[l.ID] = [2]string{a, b}
			}
		}
		return mv, nil
	})
	if err != nil {
		return nil, err
	}
	return v.(*moneyView), nil
}

func (m *moneyView) header() MoneyHeader {
	return MoneyHeader{Case: m.opt.Case, Since: m.opt.Since, Until: m.opt.Until, Accounts: m.opt.Accounts, Payments: m.count}
}

// party describes a party by id; an id the network does not hold (which a payment
// cannot name) is described by the id alone.
func (m *moneyView) party(id string) Member {
	if ent := m.p.Entity(id); ent != nil {
		return Member{ID: ent.ID, Name: ent.Name, Kind: ent.Kind}
	}
	return Member{ID: id, Name: id}
}

func (m *moneyView) name(id string) string {
	if ent := m.p.Entity(id); ent != nil && ent.Name != "" {
		return ent.Name
	}
	return id
}

// check reports a party id that the scope does not hold as ENOTFOUND, like a missing one.
func (m *moneyView) check(field, id string) error {
	if id == "" {
		return ringleader.Errorf(ringleader.EINVALID, "%s: a party id is required", field)
	}
	if m.p.Entity(id) == nil {
		return ringleader.Errorf(ringleader.ENOTFOUND, "%s: no entity %q", field, id)
	}
	return nil
}

func (m *moneyView) payment(p graph.Payment) PaymentRecord {
	r := PaymentRecord{ID: p.ID, From: p.From, To: p.To, Amount: p.Amount, Currency: p.Currency, Date: p.Date, Channel: p.Channel}
	if acc, ok := m.accounts[p.ID]; ok {
		r.FromAccount, r.ToAccount = acc[0], acc[1]
	}
	return r
}

func (m *moneyView) payments(ps []graph.Payment) []PaymentRecord {
	out := make([]PaymentRecord, len(ps))
	for i, p := range ps {
		out[i] = m.payment(p)
	}
	return out
}

func moneyList(ms []graph.Money) []Money {
	out := make([]Money, len(ms))
	for i, x := range ms {
		out[i] = Money{Currency: x.Currency, Amount: x.Amount}
	}
	return out
}

func moneyLimit(limit int) (int, error) {
	switch {
	case limit == 0:
		return DefaultMoneyLimit, nil
	case limit < 0 || limit > MaxMoneyLimit:
		return 0, ringleader.Errorf(ringleader.EINVALID, "limit: must be between 1 and %d, not %d", MaxMoneyLimit, limit)
	}
	return limit, nil
}

func checkWithin(within int) error {
	if within < 0 {
		return ringleader.Errorf(ringleader.EINVALID, "within: must be a number of days (0 for no bound), not %d", within)
	}
	return nil
}

// FlowQuery narrows a flows question. Every field is optional.
type FlowQuery struct {
	// From and To keep the flows paid by, or to, one party.
	From string `json:"from,omitempty"`
	To   string `json:"to,omitempty"`
	// Currency keeps one currency.
	Currency string `json:"currency,omitempty"`
	// Top keeps the largest flows of each currency (0: all).
	Top int `json:"top,omitempty"`
}

// FlowRecord is the money one party paid another in one currency.
type FlowRecord struct {
	From     Member   `json:"from"`
	To       Member   `json:"to"`
	Currency string   `json:"currency"`
	Total    float64  `json:"total"`
	Count    int      `json:"count"`
	First    string   `json:"first,omitempty"`
	Last     string   `json:"last,omitempty"`
	Channels []string `json:"channels"`
}

// FlowsResult lists aggregated flows.
type FlowsResult struct {
	MoneyHeader
	Query FlowQuery    `json:"query"`
	Flows []FlowRecord `json:"flows"`
}

// Flows aggregates the payments in scope into flows between parties, one per payer,
// payee and currency, in currency order and largest first within a currency
// (graph.Flows).
func (e *Engine) Flows(ctx context.Context, scope ringleader.Scope, opt MoneyOptions, q FlowQuery) (*FlowsResult, error) {
	if q.Top < 0 {
		return nil, ringleader.Errorf(ringleader.EINVALID, "top: must not be negative, not %d", q.Top)
	}
	m, err := e.money(ctx, scope, opt)
	if err != nil {
		return nil, err
	}
	for _, f := range []struct{ field, id string }{{"from", q.From}, {"to", q.To}} {
		if f.id != "" {
			if err := m.check(f.field, f.id); err != nil {
				return nil, err
			}
		}
	}
	flows, err := e.cached(ctx, resultKey(m.p, "money|flows|"+strconv.FormatBool(opt.Accounts)), func(ctx context.Context) (any, error) {
		return graph.Flows(m.net, opt.Since, opt.Until), nil
	})
	if err != nil {
		return nil, err
	}
	res := &FlowsResult{MoneyHeader: m.header(), Query: q, Flows: []FlowRecord{}}
	perCurrency := map[string]int{}
	for _, f := range flows.([]graph.Flow) {
		if (q.From != "" && f.From != q.From) || (q.To != "" && f.To != q.To) || (q.Currency != "" && f.Currency != q.Currency) {
			continue
		}
		if q.Top > 0 && perCurrency[f.Currency] >= q.Top {
			continue
		}
		perCurrency[f.Currency]++
		res.Flows = append(res.Flows, FlowRecord{From: m.party(f.From), To: m.party(f.To), Currency: f.Currency,
			Total: f.Total, Count: f.Count, First: f.First, Last: f.Last, Channels: f.Channels})
	}
	return res, nil
}

// TrailPath is one route the money took.
type TrailPath struct {
	// Parties are the parties in the order the money reached them, the start first.
	Parties  []Member        `json:"parties"`
	Payments []PaymentRecord `json:"payments"`
	// Total sums the path's payments per currency: the volume moved along it.
	Total []Money `json:"total"`
}

// TrailStop is a party the money reached.
type TrailStop struct {
	Member
	Hops  int    `json:"hops"`
	First string `json:"first"`
}

// TrailResult is where the money from one party went.
type TrailResult struct {
	MoneyHeader
	Start      Member      `json:"start"`
	WithinDays int         `json:"within_days"`
	MaxDepth   int         `json:"max_depth"`
	Reached    []TrailStop `json:"reached"`
	Paths      []TrailPath `json:"paths"`
	Truncated  bool        `json:"truncated"`
}

// Trail follows the money from party start through payments in time order, each within
// within days of the previous one (0: no bound), at most maxDepth payments deep
// (0: DefaultTrailDepth), listing at most limit paths (0: DefaultMoneyLimit); see
// graph.Trail.
func (e *Engine) Trail(ctx context.Context, scope ringleader.Scope, opt MoneyOptions, start string, within, maxDepth, limit int) (*TrailResult, error) {
	if err := checkWithin(within); err != nil {
		return nil, err
	}
	if maxDepth == 0 {
		maxDepth = DefaultTrailDepth
	}
	if maxDepth < 1 || maxDepth > MaxTrailDepth {
		return nil, ringleader.Errorf(ringleader.EINVALID, "depth: must be between 1 and %d, not %d", MaxTrailDepth, maxDepth)
	}
	limit, err := moneyLimit(limit)
	if err != nil {
		return nil, err
	}
	m, err := e.money(ctx, scope, opt)
	if err != nil {
		return nil, err
	}
	if err := m.check("from", start); err != nil {
		return nil, err
	}
	what := fmt.Sprintf("money|trail|%v|%s|%d|%d|%d", opt.Accounts, start, within, maxDepth, limit)
	v, err := e.cached(ctx, resultKey(m.p, what), func(ctx context.Context) (any, error) {
		t := graph.Trail(m.net, start, within, maxDepth, limit)
		res := &TrailResult{MoneyHeader: m.header(), Start: m.party(start), WithinDays: within, MaxDepth: maxDepth,
			Truncated: t.Truncated, Reached: []TrailStop{}, Paths: []TrailPath{}}
		for _, s := range t.Reached {
			res.Reached = append(res.Reached, TrailStop{Member: m.party(s.Party), Hops: s.Hops, First: s.First})
		}
		for _, tp := range t.Paths {
			path := TrailPath{Parties: []Member{m.party(start)}, Payments: m.payments(tp.Payments), Total: moneyList(tp.Totals)}
			for _, p := range tp.Payments {
				path.Parties = append(path.Parties, m.party(p.To))
			}
			res.Paths = append(res.Paths, path)
		}
		return res, nil
	})
	if err != nil {
		return nil, err
	}
	return v.(*TrailResult), nil
}

// EdgeFlow is the money carried from one party to another in a maximum flow.
type EdgeFlow struct {
	From     Member  `json:"from"`
	To       Member  `json:"to"`
	Capacity float64 `json:"capacity"`
	Flow     float64 `json:"flow"`
	Payments int     `json:"payments"`
}

// MaxFlowResult is the most money that can have gone from one party to another.
type MaxFlowResult struct {
	MoneyHeader
	From     Member  `json:"from"`
	To       Member  `json:"to"`
	Currency string  `json:"currency"`
	Value    float64 `json:"value"`
	// Flows are the payer→payee links that carry the flow, largest first.
	Flows []EdgeFlow `json:"flows"`
	// Cut is a minimum cut: the payer→payee links whose stopping would stop all of it.
	Cut         []EdgeFlow `json:"cut"`
	Explanation string     `json:"explanation"`
}

// MaxFlow returns the maximum flow of money in one currency from party from to party to
// through the payments in scope, with the flow on each link and a minimum cut; see
// graph.MaxFlow. An empty currency stands for the only one the payments use.
func (e *Engine) MaxFlow(ctx context.Context, scope ringleader.Scope, opt MoneyOptions, from, to, currency string) (*MaxFlowResult, error) {
	m, err := e.money(ctx, scope, opt)
	if err != nil {
		return nil, err
	}
	if err := m.check("from", from); err != nil {
		return nil, err
	}
	if err := m.check("to", to); err != nil {
		return nil, err
	}
	what := fmt.Sprintf("money|maxflow|%v|%s|%s|%s", opt.Accounts, from, to, currency)
	v, err := e.cached(ctx, resultKey(m.p, what), func(ctx context.Context) (any, error) {
		mf, err := graph.MaxFlow(m.net, from, to, currency)
		if err != nil {
			return nil, err
		}
		res := &MaxFlowResult{MoneyHeader: m.header(), From: m.party(from), To: m.party(to), Currency: mf.Currency,
			Value: mf.Value, Flows: []EdgeFlow{}, Cut: []EdgeFlow{}}
		edge := func(f graph.EdgeFlow) EdgeFlow {
			return EdgeFlow{From: m.party(f.From), To: m.party(f.To), Capacity: f.Capacity, Flow: f.Flow, Payments: f.Payments}
		}
		for _, f := range mf.Flows {
			res.Flows = append(res.Flows, edge(f))
		}
		for _, f := range mf.Cut {
			res.Cut = append(res.Cut, edge(f))
		}
		res.Explanation = maxFlowExplanation(m, res)
		return res, nil
	})
	if err != nil {
		return nil, err
	}
	return v.(*MaxFlowResult), nil
}

func maxFlowExplanation(m *moneyView, r *MaxFlowResult) string {
	if r.Value == 0 {
		return fmt.Sprintf("no chain of %s payments leads from %s to %s", r.Currency, r.From.Name, r.To.Name)
	}
	var cut []string
	for _, c := range r.Cut {
		cut = append(cut, m.name(c.From.ID)+" → "+m.name(c.To.ID))
	}
	return fmt.Sprintf("at most %s of the money %s paid out can have reached %s; stopping the payments %s would have cut it off",
		formatMoney(r.Currency, r.Value), r.From.Name, r.To.Name, joinAnd(cut))
}

// CycleRecord is a round trip of money.
type CycleRecord struct {
	// Parties are the parties in the order the money passed them; it left the first and
	// came back to it.
	Parties  []Member        `json:"parties"`
	Payments []PaymentRecord `json:"payments"`
	// Total sums the cycle's payments per currency: the volume moved round the loop.
	Total       []Money `json:"total"`
	First       string  `json:"first"`
	Last        string  `json:"last"`
	Days        int     `json:"days"`
	Explanation string  `json:"explanation"`
}

// CyclesResult lists round trips.
type CyclesResult struct {
	MoneyHeader
	// Party, when set, keeps the cycles that pass through it.
	Party      string        `json:"party,omitempty"`
	WithinDays int           `json:"within_days"`
	MaxLength  int           `json:"max_length"`
	Cycles     []CycleRecord `json:"cycles"`
	Truncated  bool          `json:"truncated"`
}

// maxCycleSearch bounds the cycles one search collects before a party filter and the
// caller's limit are applied.
const maxCycleSearch = 10_000

// Cycles finds round trips A→B→…→A whose payments run in time order within within days
// of the first (0: no bound), of at most maxLen payments (0: DefaultCycleLen), through
// party when one is given, at most limit of them (0: DefaultMoneyLimit); see
// graph.Cycles.
func (e *Engine) Cycles(ctx context.Context, scope ringleader.Scope, opt MoneyOptions, party string, within, maxLen, limit int) (*CyclesResult, error) {
	if err := checkWithin(within); err != nil {
		return nil, err
	}
	if maxLen == 0 {
		maxLen = DefaultCycleLen
	}
	if maxLen < 2 || maxLen > MaxCycleLen {
		return nil, ringleader.Errorf(ringleader.EINVALID, "length: must be between 2 and %d, not %d", MaxCycleLen, maxLen)
	}
	limit, err := moneyLimit(limit)
	if err != nil {
		return nil, err
	}
	m, err := e.money(ctx, scope, opt)
	if err != nil {
		return nil, err
	}
	if party != "" {
		if err := m.check("party", party); err != nil {
			return nil, err
		}
	}
	what := fmt.Sprintf("money|cycles|%v|%d|%d", opt.Accounts, within, maxLen)
	v, err := e.cached(ctx, resultKey(m.p, what), func(ctx context.Context) (any, error) {
		return graph.Cycles(m.net, within, maxLen, maxCycleSearch), nil
	})
	if err != nil {
		return nil, err
	}
	found := v.(graph.CyclesResult)
	res := &CyclesResult{MoneyHeader: m.header(), Party: party, WithinDays: within, MaxLength: maxLen,
		Truncated: found.Truncated, Cycles: []CycleRecord{}}
	for _, c := range found.Cycles {
		if party != "" && !slices.Contains(c.Parties, party) {
			continue
		}
		if len(res.Cycles) == limit {
			res.Truncated = true
			break
		}
		res.Cycles = append(res.Cycles, m.cycle(c))
	}
	return res, nil
}

func (m *moneyView) cycle(c graph.Cycle) CycleRecord {
	r := CycleRecord{Payments: m.payments(c.Payments), Total: moneyList(c.Totals), Days: c.Days,
		First: c.Payments[0].Date, Last: c.Payments[len(c.Payments)-1].Date}
	var via []string
	for i, id := range c.Parties {
		r.Parties = append(r.Parties, m.party(id))
		if i > 0 {
			via = append(via, m.name(id))
		}
	}
	first, last := c.Payments[0], c.Payments[len(c.Payments)-1]
	r.Explanation = fmt.Sprintf("%s left %s on %s and %s came back on %s through %s (%d days)",
		formatMoney(first.Currency, first.Amount), m.name(c.Parties[0]), first.Date,
		formatMoney(last.Currency, last.Amount), last.Date, joinAnd(via), c.Days)
	return r
}

// FanRecord is a fan-in or fan-out: many payments into or out of one party within a
// short window.
type FanRecord struct {
	Party     Member `json:"party"`
	Direction string `json:"direction"`
	Currency  string `json:"currency"`
	// Structuring reports that every payment counted is below the currency's reporting
	// threshold.
	Structuring    bool            `json:"structuring"`
	Threshold      float64         `json:"threshold,omitempty"`
	Count          int             `json:"count"`
	Total          float64         `json:"total"`
	First          string          `json:"first"`
	Last           string          `json:"last"`
	Counterparties []Member        `json:"counterparties"`
	Payments       []PaymentRecord `json:"payments"`
	Explanation    string          `json:"explanation"`
}

// FansResult lists fan-in and fan-out patterns.
type FansResult struct {
	MoneyHeader
	WindowDays        int                `json:"window_days"`
	MinPayments       int                `json:"min_payments"`
	MinCounterparties int                `json:"min_counterparties"`
	Thresholds        map[string]float64 `json:"thresholds"`
	Fans              []FanRecord        `json:"fans"`
}

// FanPatterns finds fan-in and fan-out, and structuring where a currency has a reporting
// threshold; see graph.FanPatterns for the rule and fan's defaults.
func (e *Engine) FanPatterns(ctx context.Context, scope ringleader.Scope, opt MoneyOptions, fan graph.FanOptions) (*FansResult, error) {
	if fan.Window < 0 || fan.MinPayments < 0 || fan.MinCounterparties < 0 {
		return nil, ringleader.Errorf(ringleader.EINVALID, "window, min_payments and min_counterparties must not be negative")
	}
	m, err := e.money(ctx, scope, opt)
	if err != nil {
		return nil, err
	}
	fans := graph.FanPatterns(m.net, fan)
	// Report the options as applied, defaults filled in as graph.FanOptions documents.
	res := &FansResult{MoneyHeader: m.header(), WindowDays: cmpOr(fan.Window, 30), MinPayments: cmpOr(fan.MinPayments, 5),
		MinCounterparties: cmpOr(fan.MinCounterparties, 3), Thresholds: fan.Thresholds, Fans: []FanRecord{}}
	if res.Thresholds == nil {
		res.Thresholds = graph.DefaultThresholds
	}
	for _, f := range fans {
		r := FanRecord{Party: m.party(f.Party), Direction: f.Direction, Currency: f.Currency, Structuring: f.Structuring,
			Threshold: f.Threshold, Count: len(f.Payments), Total: f.Total, First: f.First, Last: f.Last,
			Payments: m.payments(f.Payments)}
		for _, c := range f.Counterparties {
			r.Counterparties = append(r.Counterparties, m.party(c))
		}
		r.Explanation = fanExplanation(r)
		res.Fans = append(res.Fans, r)
	}
	return res, nil
}

func cmpOr(v, def int) int {
	if v == 0 {
		return def
	}
	return v
}

func fanExplanation(r FanRecord) string {
	verb, who := "received", "payers"
	if r.Direction == "out" {
		verb, who = "sent", "payees"
	}
	size := ""
	if r.Structuring {
		size = " each under " + formatMoney(r.Currency, r.Threshold)
	}
	return fmt.Sprintf("%s %d payments%s, %d %s, between %s and %s: %s in all",
		verb, r.Count, size, len(r.Counterparties), who, r.First, r.Last, formatMoney(r.Currency, r.Total))
}

// HawalaHub is a party that acts as a hawala operator.
type HawalaHub struct {
	Member
	// Registered reports an organisation whose type is hawala.
	Registered     bool    `json:"registered"`
	In             int     `json:"in"`
	Out            int     `json:"out"`
	InTotal        []Money `json:"in_total"`
	OutTotal       []Money `json:"out_total"`
	Counterparties int     `json:"counterparties"`
	Explanation    string  `json:"explanation"`
}

// HawalaResult lists hawala hubs.
type HawalaResult struct {
	MoneyHeader
	MinIn  int         `json:"min_in"`
	MinOut int         `json:"min_out"`
	Hubs   []HawalaHub `json:"hubs"`
}

// HawalaHubs lists the parties that look like hawala operators, busiest first; see
// graph.HawalaHubs for the rule and hw's defaults.
func (e *Engine) HawalaHubs(ctx context.Context, scope ringleader.Scope, opt MoneyOptions, hw graph.HawalaOptions) (*HawalaResult, error) {
	if hw.MinIn < 0 || hw.MinOut < 0 {
		return nil, ringleader.Errorf(ringleader.EINVALID, "min_in and min_out must not be negative")
	}
	m, err := e.money(ctx, scope, opt)
	if err != nil {
		return nil, err
	}
	res := &HawalaResult{MoneyHeader: m.header(), MinIn: cmpOr(hw.MinIn, 2), MinOut: cmpOr(hw.MinOut, 2), Hubs: []HawalaHub{}}
	for _, h := range graph.HawalaHubs(m.net, hw) {
		r := HawalaHub{Member: m.party(h.Party), Registered: h.Registered, In: h.In, Out: h.Out,
			InTotal: moneyList(h.InTotals), OutTotal: moneyList(h.OutTotals), Counterparties: h.Counterparties}
		var why []string
		if h.Registered {
			why = append(why, "a registered hawala office")
		}
		if h.In > 0 || h.Out > 0 {
			why = append(why, fmt.Sprintf("received %d and sent %d hawala payments, dealing with %d parties", h.In, h.Out, h.Counterparties))
		}
		r.Explanation = strings.Join(why, "; ")
		res.Hubs = append(res.Hubs, r)
	}
	return res, nil
}

// formatMoney writes an amount as a person reads it: "USD 1,250,000", "USD 12.50".
func formatMoney(currency string, amount float64) string {
	neg := amount < 0
	amount = math.Abs(amount)
	whole := math.Floor(amount)
	cents := math.Round((amount - whole) * 100)
	if cents == 100 {
		whole, cents = whole+1, 0
	}
	digits := strconv.FormatFloat(whole, 'f', 0, 64)
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, d := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(d)
	}
	if cents != 0 {
		fmt.Fprintf(&b, ".%02d", int(cents))
	}
	if currency == "" {
		return b.String()
	}
	return currency + " " + b.String()
}
