package insights

import (
	"context"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/money"
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
	// (money.AttributeToHolders), so that a man's money is followed whether he paid in
	// cash or from his account.
	Accounts bool `json:"accounts,omitempty"`
	// MinGrade and ConfirmedOnly restrict the payments to trusted intelligence (see ringleader.GradeFilter).
	MinGrade      string `json:"min_grade,omitempty"`
	ConfirmedOnly bool   `json:"confirmed_only,omitempty"`
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
	// Restriction says which grading restriction was applied and what it left out; nil when none was.
	Restriction *ringleader.Restriction `json:"restriction,omitempty"`
	// Payments counts the payments read.
	Payments int `json:"payments"`
}

// moneyView is the payments of one scope and MoneyOptions, ready for package money.
type moneyView struct {
	p     *Projection
	opt   MoneyOptions
	net   *ringleader.Network
	count int
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
		From: opt.Since, To: opt.Until, MinGrade: opt.MinGrade, ConfirmedOnly: opt.ConfirmedOnly})
	if err != nil {
		return nil, err
	}
	v, err := e.result(ctx, p, "money|accounts="+strconv.FormatBool(opt.Accounts), func(ctx context.Context) (any, error) {
		net := p.Network
		if !opt.Accounts {
			net = money.AttributeToHolders(net)
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
		mv := &moneyView{p: p, opt: opt, net: net}
		for _, l := range net.Links {
			if l.Type == ringleader.LinkPaid {
				mv.count++
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
	h := MoneyHeader{Case: m.opt.Case, Since: m.opt.Since, Until: m.opt.Until, Accounts: m.opt.Accounts, Payments: m.count}
	if m.p.Restriction.Active() {
		r := m.p.Restriction
		h.Restriction = &r
	}
	return h
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

// partyName is how an explanation names a party: by its name, or by its id when it has
// none.
func partyName(p money.Party) string {
	if p.Name != "" {
		return p.Name
	}
	return p.ID
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

// FlowsResult lists aggregated flows.
type FlowsResult struct {
	MoneyHeader
	Query money.FlowQuery `json:"query"`
	Flows []money.Flow    `json:"flows"`
}

// Flows aggregates the payments in scope into flows between parties, one per payer,
// payee and currency, in currency order and largest first within a currency, and keeps
// those q asks for (money.Flows, money.FlowQuery).
func (e *Engine) Flows(ctx context.Context, scope ringleader.Scope, opt MoneyOptions, q money.FlowQuery) (*FlowsResult, error) {
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
	flows, err := e.result(ctx, m.p, "money|flows|"+strconv.FormatBool(opt.Accounts), func(ctx context.Context) (any, error) {
		return money.Flows(m.net, opt.Since, opt.Until), nil
	})
	if err != nil {
		return nil, err
	}
	return &FlowsResult{MoneyHeader: m.header(), Query: q, Flows: q.Select(flows.([]money.Flow))}, nil
}

// TrailResult is where the money from one party went.
type TrailResult struct {
	MoneyHeader
	money.TrailResult
}

// Trail follows the money from party start through payments in time order, each within
// within days of the previous one (0: no bound), at most maxDepth payments deep
// (0: DefaultTrailDepth), listing at most limit paths (0: DefaultMoneyLimit); see
// money.Trail.
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
	v, err := e.result(ctx, m.p, what, func(ctx context.Context) (any, error) {
		return &TrailResult{MoneyHeader: m.header(), TrailResult: money.Trail(m.net, start, within, maxDepth, limit)}, nil
	})
	if err != nil {
		return nil, err
	}
	return v.(*TrailResult), nil
}

// MaxFlowResult is the most money that can have gone from one party to another, with the
// flow on each payer→payee link and a minimum cut: the links whose stopping would stop
// all of it.
type MaxFlowResult struct {
	MoneyHeader
	money.MaxFlowResult
	Explanation string `json:"explanation"`
}

// MaxFlow returns the maximum flow of money in one currency from party from to party to
// through the payments in scope, with the flow on each link and a minimum cut; see
// money.MaxFlow. An empty currency stands for the only one the payments use.
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
	v, err := e.result(ctx, m.p, what, func(ctx context.Context) (any, error) {
		mf, err := money.MaxFlow(m.net, from, to, currency)
		var ambiguous *money.AmbiguousCurrencyError
		switch {
		case errors.Is(err, money.ErrSameParty):
			return nil, ringleader.Errorf(ringleader.EINVALID, "to: the sink must differ from the source %q", from)
		case errors.As(err, &ambiguous):
			return nil, ringleader.Errorf(ringleader.EINVALID, "currency: %s", ambiguous.Error())
		case err != nil:
			return nil, err
		}
		res := &MaxFlowResult{MoneyHeader: m.header(), MaxFlowResult: mf}
		res.Explanation = maxFlowExplanation(mf)
		return res, nil
	})
	if err != nil {
		return nil, err
	}
	return v.(*MaxFlowResult), nil
}

func maxFlowExplanation(r money.MaxFlowResult) string {
	if r.Value == 0 {
		return fmt.Sprintf("no chain of %s payments leads from %s to %s", r.Currency, r.From.Name, r.To.Name)
	}
	var cut []string
	for _, c := range r.Cut {
		cut = append(cut, partyName(c.From)+" → "+partyName(c.To))
	}
	return fmt.Sprintf("at most %s of the money %s paid out can have reached %s; stopping the payments %s would have cut it off",
		formatMoney(r.Currency, r.Value), r.From.Name, r.To.Name, joinAnd(cut))
}

// CyclesResult lists round trips.
type CyclesResult struct {
	MoneyHeader
	money.CyclesResult
}

// maxCycleSearch bounds the cycles one search collects before a party filter and the
// caller's limit are applied.
const maxCycleSearch = 10_000

// Cycles finds round trips A→B→…→A whose payments run in time order within within days
// of the first (0: no bound), of at most maxLen payments (0: DefaultCycleLen), through
// party when one is given, at most limit of them (0: DefaultMoneyLimit); see
// money.Cycles.
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
	v, err := e.result(ctx, m.p, what, func(ctx context.Context) (any, error) {
		return money.Cycles(m.net, within, maxLen, maxCycleSearch), nil
	})
	if err != nil {
		return nil, err
	}
	// Through copies the cycles it keeps, so the explanations are not written into the
	// cached search.
	res := &CyclesResult{MoneyHeader: m.header(), CyclesResult: v.(money.CyclesResult).Through(party, limit)}
	for i := range res.Cycles {
		res.Cycles[i].Explanation = cycleExplanation(res.Cycles[i])
	}
	return res, nil
}

func cycleExplanation(c money.Cycle) string {
	var via []string
	for _, p := range c.Parties[1:] {
		via = append(via, partyName(p))
	}
	first, last := c.Payments[0], c.Payments[len(c.Payments)-1]
	return fmt.Sprintf("%s left %s on %s and %s came back on %s through %s (%d days)",
		formatMoney(first.Currency, first.Amount), partyName(c.Parties[0]), first.Date,
		formatMoney(last.Currency, last.Amount), last.Date, joinAnd(via), c.Days)
}

// FansResult lists fan-in and fan-out patterns.
type FansResult struct {
	MoneyHeader
	money.FansResult
}

// FanPatterns finds fan-in and fan-out, and structuring where a currency has a reporting
// threshold; see money.FanPatterns for the rule and fan's defaults.
func (e *Engine) FanPatterns(ctx context.Context, scope ringleader.Scope, opt MoneyOptions, fan money.FanOptions) (*FansResult, error) {
	if fan.Window < 0 || fan.MinPayments < 0 || fan.MinCounterparties < 0 {
		return nil, ringleader.Errorf(ringleader.EINVALID, "window, min_payments and min_counterparties must not be negative")
	}
	m, err := e.money(ctx, scope, opt)
	if err != nil {
		return nil, err
	}
	res := &FansResult{MoneyHeader: m.header(), FansResult: money.FanPatterns(m.net, fan)}
	for i := range res.Fans {
		res.Fans[i].Explanation = fanExplanation(res.Fans[i])
	}
	return res, nil
}

func fanExplanation(r money.FanPattern) string {
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

// HawalaResult lists hawala hubs.
type HawalaResult struct {
	MoneyHeader
	money.HawalaResult
}

// HawalaHubs lists the parties that look like hawala operators, busiest first; see
// money.HawalaHubs for the rule and hw's defaults.
func (e *Engine) HawalaHubs(ctx context.Context, scope ringleader.Scope, opt MoneyOptions, hw money.HawalaOptions) (*HawalaResult, error) {
	if hw.MinIn < 0 || hw.MinOut < 0 {
		return nil, ringleader.Errorf(ringleader.EINVALID, "min_in and min_out must not be negative")
	}
	m, err := e.money(ctx, scope, opt)
	if err != nil {
		return nil, err
	}
	res := &HawalaResult{MoneyHeader: m.header(), HawalaResult: money.HawalaHubs(m.net, hw)}
	for i := range res.Hubs {
		res.Hubs[i].Explanation = hawalaExplanation(res.Hubs[i])
	}
	return res, nil
}

func hawalaExplanation(h money.HawalaHub) string {
	var why []string
	if h.Registered {
		why = append(why, "a registered hawala office")
	}
	if h.In > 0 || h.Out > 0 {
		why = append(why, fmt.Sprintf("received %d and sent %d hawala payments, dealing with %d parties", h.In, h.Out, h.Counterparties))
	}
	return strings.Join(why, "; ")
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
