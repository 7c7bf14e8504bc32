package insights_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/insights"
	"github.com/ringleader/ringleader/money"
)

func payment(id, from, to string, amount float64, currency, date, channel string, cases ...string) ringleader.Link {
	return ringleader.Link{ID: id, Type: ringleader.LinkPaid, Source: from, Target: to, Amount: amount,
		Currency: currency, Date: date, Channel: channel, Cases: cases}
}

// moneyRing plants a hawala round trip in case M: Ahmad pays Bilal from his bank
// account, Bilal pays Cemal, Cemal pays Ahmad back, within 25 days. Zaid, in case D
// only, pays Cemal; an undated payment and a December one sit outside January.
func moneyRing() *ringleader.Network {
	withAccount := payment("h1", "acc:ahmad", "b", 50_000, "USD", "2026-01-05", "hawala", "M")
	withAccount.Props = map[string]string{"note": "first leg"}
	return &ringleader.Network{
		Entities: []ringleader.Entity{
			person("a", "Ahmad", "M"), person("b", "Bilal", "M"), person("c", "Cemal", "M", "D"), person("z", "Zaid", "D"),
			{ID: "acc:ahmad", Kind: ringleader.KindAccount, Name: "SY00 1234", Cases: []string{"M"}},
			{ID: "org-wafa", Kind: ringleader.KindOrganisation, Name: "Al-Wafa Transfer", Cases: []string{"M"},
				Props: map[string]string{"type": "hawala"}},
		},
		Links: []ringleader.Link{
			{Type: ringleader.LinkHolds, Source: "a", Target: "acc:ahmad", Cases: []string{"M"}},
			withAccount,
			payment("h2", "b", "c", 48_000, "USD", "2026-01-12", "hawala", "M"),
			payment("h3", "c", "a", 47_000, "USD", "2026-01-30", "cash", "M"),
			payment("z1", "z", "c", 9_000, "USD", "2026-01-20", "cash", "D"),
			payment("u1", "b", "c", 1_000, "USD", "", "cash", "M"),
			payment("d1", "b", "c", 2_000, "USD", "2025-12-20", "cash", "M"),
		},
	}
}

func TestMoneyCyclesJSON(t *testing.T) {
	e := insights.New(&memReader{net: moneyRing(), version: 1})
	ctx := context.Background()
	res, err := e.Cycles(ctx, ringleader.AllCases(), insights.MoneyOptions{}, "", 30, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Cycles) != 1 {
		t.Fatalf("%d cycles, want the planted one", len(res.Cycles))
	}
	c := res.Cycles[0]
	var names []string
	for _, p := range c.Parties {
		names = append(names, p.Name)
	}
	if strings.Join(names, ",") != "Ahmad,Bilal,Cemal" || c.Days != 25 || c.First != "2026-01-05" || c.Last != "2026-01-30" {
		t.Errorf("cycle %v over %d days (%s..%s), want Ahmad,Bilal,Cemal over 25 days", names, c.Days, c.First, c.Last)
	}
	if c.Payments[0].FromAccount != "acc:ahmad" || c.Payments[0].From != "a" {
		t.Errorf("first payment %+v: want it from Ahmad, through his account", c.Payments[0])
	}
	if len(c.Total) != 1 || c.Total[0] != (money.Money{Currency: "USD", Amount: 145_000}) {
		t.Errorf("total %v, want USD 145,000", c.Total)
	}
	if want := "USD 50,000 left Ahmad on 2026-01-05 and USD 47,000 came back on 2026-01-30 through Bilal and Cemal (25 days)"; c.Explanation != want {
		t.Errorf("explanation %q,\nwant %q", c.Explanation, want)
	}
	raw, err := json.Marshal(res)
	if err != nil {
		t.Fatal(err)
	}
	var decoded struct {
		Cycles []struct {
			Parties  []map[string]any `json:"parties"`
			Payments []map[string]any `json:"payments"`
			Total    []map[string]any `json:"total"`
		} `json:"cycles"`
		WithinDays int `json:"within_days"`
	}
	if err := json.Unmarshal(raw, &decoded); err != nil {
		t.Fatal(err)
	}
	pay := decoded.Cycles[0].Payments[2]
	if pay["id"] != "h3" || pay["amount"] != 47_000.0 || pay["currency"] != "USD" || pay["date"] != "2026-01-30" ||
		decoded.WithinDays != 30 || decoded.Cycles[0].Total[0]["currency"] != "USD" || decoded.Cycles[0].Parties[0]["id"] != "a" {
		t.Errorf("JSON lost fields: %s", raw)
	}

	// Without attribution the loop is open: it leaves an account and returns to a man.
	raw2, err := e.Cycles(ctx, ringleader.AllCases(), insights.MoneyOptions{Accounts: true}, "", 30, 0, 0)
	if err != nil || len(raw2.Cycles) != 0 {
		t.Errorf("accounts kept apart: %d cycles, %v; want none", len(raw2.Cycles), err)
	}
	// A party filter keeps the cycles through it.
	through, err := e.Cycles(ctx, ringleader.AllCases(), insights.MoneyOptions{}, "z", 0, 0, 0)
	if err != nil || len(through.Cycles) != 0 {
		t.Errorf("cycles through Zaid: %d, %v; want none", len(through.Cycles), err)
	}
}

func TestMoneyScope(t *testing.T) {
	e := insights.New(&memReader{net: moneyRing(), version: 1})
	ctx := context.Background()
	d := ringleader.CasesScope("D")
	res, err := e.Cycles(ctx, d, insights.MoneyOptions{}, "", 0, 0, 0)
	if err != nil || len(res.Cycles) != 0 {
		t.Errorf("scope D sees %d cycles (%v); want none: the loop is in case M", len(res.Cycles), err)
	}
	if _, err := e.Trail(ctx, d, insights.MoneyOptions{}, "a", 0, 0, 0); ringleader.ErrorCode(err) != ringleader.ENOTFOUND {
		t.Errorf("trail from a party outside the scope: %v, want ENOTFOUND", err)
	}
	flows, err := e.Flows(ctx, d, insights.MoneyOptions{}, money.FlowQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(flows.Flows) != 1 || flows.Flows[0].From.ID != "z" || flows.Payments != 1 {
		t.Errorf("scope D flows = %+v, want only Zaid→Cemal", flows)
	}
}

func TestMoneyFlowsTrailMaxFlow(t *testing.T) {
	r := &memReader{net: moneyRing(), version: 1}
	e := insights.New(r)
	ctx := context.Background()
	january := insights.MoneyOptions{Since: "2026-01-01", Until: "2026-01-31"}

	flows, err := e.Flows(ctx, ringleader.AllCases(), january, money.FlowQuery{To: "c"})
	if err != nil {
		t.Fatal(err)
	}
	// Into Cemal in January: Bilal 48,000 (the undated 1,000 and December's 2,000 are
	// outside), then Zaid 9,000.
	if len(flows.Flows) != 2 || flows.Flows[0].From.ID != "b" || flows.Flows[0].Total != 48_000 || flows.Flows[0].Count != 1 ||
		flows.Flows[1].From.ID != "z" || flows.Payments != 4 {
		t.Errorf("January flows into c = %+v (payments read %d)", flows.Flows, flows.Payments)
	}
	all, err := e.Flows(ctx, ringleader.AllCases(), insights.MoneyOptions{}, money.FlowQuery{From: "b", To: "c"})
	if err != nil || len(all.Flows) != 1 || all.Flows[0].Total != 51_000 || all.Flows[0].Count != 3 {
		t.Errorf("all-time b→c = %+v, %v; want 51,000 in 3 payments", all.Flows, err)
	}

	trail, err := e.Trail(ctx, ringleader.AllCases(), insights.MoneyOptions{}, "a", 30, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(trail.Paths) != 1 || len(trail.Paths[0].Parties) != 3 || trail.Paths[0].Parties[2].Name != "Cemal" ||
		len(trail.Reached) != 2 || trail.MaxDepth != insights.DefaultTrailDepth {
		t.Errorf("trail from Ahmad = %+v", trail)
	}

	mf, err := e.MaxFlow(ctx, ringleader.AllCases(), insights.MoneyOptions{}, "a", "c", "")
	if err != nil {
		t.Fatal(err)
	}
	// Ahmad → Bilal carries 50,000 but Bilal → Cemal only 48,000 + 1,000 + 2,000.
	if mf.Value != 50_000 || mf.Currency != "USD" || len(mf.Cut) != 1 || mf.Cut[0].From.ID != "a" {
		t.Errorf("max flow a→c = %v %s, cut %+v; want USD 50,000 cut at a→b", mf.Value, mf.Currency, mf.Cut)
	}
	if !strings.Contains(mf.Explanation, "USD 50,000") || !strings.Contains(mf.Explanation, "Ahmad → Bilal") {
		t.Errorf("explanation %q", mf.Explanation)
	}
	if got := r.reads.Load(); got != 2 {
		t.Errorf("store read %d times, want 2 (one per payment window)", got)
	}
}

func TestMoneyPatterns(t *testing.T) {
	net := moneyRing()
	for i, from := range []string{"a", "b", "z", "a", "b"} {
		net.Links = append(net.Links, payment("s"+string(rune('0'+i)), from, "c", 9_500, "USD", "2026-02-0"+string(rune('1'+i)), "cash"))
	}
	e := insights.New(&memReader{net: net, version: 1})
	ctx := context.Background()
	fans, err := e.FanPatterns(ctx, ringleader.AllCases(), insights.MoneyOptions{}, money.FanOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(fans.Fans) != 1 || fans.Fans[0].Party.ID != "c" || !fans.Fans[0].Structuring || fans.Fans[0].Count != 6 ||
		fans.WindowDays != 30 || fans.Thresholds["USD"] != 10_000 {
		t.Fatalf("fans = %+v", fans)
	}
	// Zaid's 9,000 on 20 January falls within 30 days of the last deposit, so it counts.
	if want := "received 6 payments each under USD 10,000, 3 payers, between 2026-01-20 and 2026-02-05: USD 56,500 in all"; fans.Fans[0].Explanation != want {
		t.Errorf("explanation %q,\nwant %q", fans.Fans[0].Explanation, want)
	}
	hubs, err := e.HawalaHubs(ctx, ringleader.AllCases(), insights.MoneyOptions{}, money.HawalaOptions{MinIn: 1, MinOut: 1})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, h := range hubs.Hubs {
		ids = append(ids, h.ID)
	}
	// Bilal received hawala from Ahmad and sent it on to Cemal; Al-Wafa is registered.
	if strings.Join(ids, ",") != "b,org-wafa" || !hubs.Hubs[1].Registered {
		t.Errorf("hubs = %v", ids)
	}
}

func TestMoneyErrors(t *testing.T) {
	ctx := context.Background()
	e := insights.New(&memReader{net: moneyRing(), version: 1})
	all := ringleader.AllCases()
	tests := []struct {
		name string
		call func() error
		code string
	}{
		{"bad since", func() error {
			_, err := e.Flows(ctx, all, insights.MoneyOptions{Since: "January"}, money.FlowQuery{})
			return err
		}, ringleader.EINVALID},
		{"since after until", func() error {
			_, err := e.Flows(ctx, all, insights.MoneyOptions{Since: "2026-02-01", Until: "2026-01-01"}, money.FlowQuery{})
			return err
		}, ringleader.EINVALID},
		{"negative within", func() error {
			_, err := e.Cycles(ctx, all, insights.MoneyOptions{}, "", -1, 0, 0)
			return err
		}, ringleader.EINVALID},
		{"cycle too long", func() error {
			_, err := e.Cycles(ctx, all, insights.MoneyOptions{}, "", 0, insights.MaxCycleLen+1, 0)
			return err
		}, ringleader.EINVALID},
		{"trail too deep", func() error {
			_, err := e.Trail(ctx, all, insights.MoneyOptions{}, "a", 0, insights.MaxTrailDepth+1, 0)
			return err
		}, ringleader.EINVALID},
		{"limit too large", func() error {
			_, err := e.Trail(ctx, all, insights.MoneyOptions{}, "a", 0, 0, insights.MaxMoneyLimit+1)
			return err
		}, ringleader.EINVALID},
		{"unknown party", func() error {
			_, err := e.MaxFlow(ctx, all, insights.MoneyOptions{}, "a", "nobody", "USD")
			return err
		}, ringleader.ENOTFOUND},
		{"missing party", func() error {
			_, err := e.Trail(ctx, all, insights.MoneyOptions{}, "", 0, 0, 0)
			return err
		}, ringleader.EINVALID},
		{"same source and sink", func() error {
			_, err := e.MaxFlow(ctx, all, insights.MoneyOptions{}, "a", "a", "USD")
			return err
		}, ringleader.EINVALID},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ringleader.ErrorCode(tt.call()); got != tt.code {
				t.Errorf("code = %q, want %q", got, tt.code)
			}
		})
	}
}
