package storetest

import (
	"encoding/json"
	"slices"
	"testing"
	"time"

	"github.com/ringleader/ringleader"
)

// testStored checks Stored: the stored records among ids and keys, whatever their cases.
func testStored(t *testing.T, open func(t *testing.T) ringleader.Store) {
	f := newFixture(t, open)
	var khalilToRami ringleader.Link
	for _, l := range f.all.Links {
		if l.Source == "p-khalil" && l.Target == "p-rami" && l.Subtype == ringleader.AssocCall {
			khalilToRami = l
		}
	}
	got, err := f.store.Stored(t.Context(), []string{"p-samir", "ghost", "p-khalil", "p-samir"},
		[]string{khalilToRami.Key(), "ASSOCIATE|call|nobody|none"})
	if err != nil {
		t.Fatal(err)
	}
	if ids := sortedIDs(got.Entities); !slices.Equal(ids, []string{"p-khalil", "p-samir"}) {
		t.Errorf("Stored entities %v, want p-khalil and the hidden p-samir", ids)
	}
	if len(got.Links) != 1 || !ringleader.EqualLink(got.Links[0], khalilToRami) {
		t.Errorf("Stored links %+v, want %+v", got.Links, khalilToRami)
	}
	empty, err := f.store.Stored(t.Context(), nil, nil)
	if err != nil || len(empty.Entities)+len(empty.Links) != 0 {
		t.Errorf("Stored(nothing) = %+v, %v", empty, err)
	}
}

// testCompartmentWrite checks that a store refuses, by itself, a batch limited to some cases that reaches outside
// them, and writes nothing of it; and writes one that stays inside.
func testCompartmentWrite(t *testing.T, open func(t *testing.T) ringleader.Store) {
	f := newFixture(t, open)
	ctx := t.Context()
	homs := ringleader.CasesScope(caseHoms)
	refused := []struct {
		name  string
		batch ringleader.Batch
	}{
		{"rename of a hidden person", ringleader.Batch{Entities: []ringleader.Entity{
			{ID: "p-samir", Kind: ringleader.KindPerson, Name: "Overwritten", Cases: []string{caseHoms}}}}},
		{"rename of a shared person", ringleader.Batch{Entities: []ringleader.Entity{
			{ID: "p-khalil", Kind: ringleader.KindPerson, Name: "Overwritten", Cases: []string{caseHoms}}}}},
		{"a person in another case", ringleader.Batch{Entities: []ringleader.Entity{
			{ID: "p-new", Kind: ringleader.KindPerson, Name: "New", Cases: []string{caseAnbar}}}}},
		{"a new case", ringleader.Batch{Entities: []ringleader.Entity{
			{ID: "c-new", Kind: ringleader.KindCase, Name: "New", Cases: []string{caseHoms}}}}},
		{"a payment to a hidden person", ringleader.Batch{Links: []ringleader.Link{
			{ID: "pay-x", Type: ringleader.LinkPaid, Source: "p-rami", Target: "p-samir", Amount: 1, Currency: "USD", Cases: []string{caseHoms}}}}},
		{"a link in no case", ringleader.Batch{Links: []ringleader.Link{
			{Type: ringleader.LinkAssociate, Subtype: ringleader.AssocMeeting, Source: "p-rami", Target: "p-jose"}}}},
	}
	for _, tt := range refused {
		b := tt.batch
		b.Compartment = &homs
		_, err := f.store.Write(ctx, &b)
		wantCode(t, err, ringleader.EINVALID, tt.name)
	}
	stored, err := f.store.Network(ctx, ringleader.AllCases(), ringleader.NetworkFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if d := DiffNetworks(stored, f.all); d != "" {
		t.Errorf("refused compartment writes changed the store: %s", d)
	}
	inside := &ringleader.Batch{Compartment: &homs,
		Entities: []ringleader.Entity{{ID: "p-new", Kind: ringleader.KindPerson, Name: "New Courier", Cases: []string{caseHoms}}},
		Links: []ringleader.Link{{Type: ringleader.LinkAssociate, Subtype: ringleader.AssocCall, Source: "p-new", Target: "p-khalil",
			Cases: []string{caseHoms}}}}
	if res, err := f.store.Write(ctx, inside); err != nil || res.EntitiesCreated != 1 || res.LinksCreated != 1 {
		t.Errorf("a write inside the compartment: %+v, %v", res, err)
	}
}

// testAuditWithin checks the audit trail of a store: records read back as written, newest first, and a
// compartment reads only the records of tokens limited to some of its cases.
func testAuditWithin(t *testing.T, open func(t *testing.T) ringleader.Store) {
	st := open(t)
	log, ok := st.(ringleader.AuditLog)
	if !ok {
		t.Skip("the store keeps no audit trail")
	}
	ctx := t.Context()
	at := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
	recs := []ringleader.AuditRecord{
		{RequestID: "r1", Token: "chief", Auth: ringleader.AuthToken, Role: ringleader.RoleAdmin, AllCases: true, Path: "/a"},
		{RequestID: "r2", Token: "homs-desk", Auth: ringleader.AuthToken, Role: ringleader.RoleAnalyst, Cases: []string{caseHoms}, Path: "/b"},
		{RequestID: "r3", Token: "both", Auth: ringleader.AuthToken, Role: ringleader.RoleViewer, Cases: []string{caseAnbar, caseHoms}, Path: "/c"},
		{RequestID: "r4", Auth: ringleader.AuthInvalid, Path: "/d"},
		{RequestID: "r5", Auth: ringleader.AuthNone, Path: "/e"},
	}
	for i, r := range recs {
		r.Time, r.Method, r.Route, r.Status = at.Add(time.Duration(i)*time.Second), "GET", r.Path, 200
		if err := log.AppendAudit(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	ids := func(q ringleader.AuditQuery) []string {
		t.Helper()
		got, err := log.Audit(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, r := range got {
			if !q.Keeps(r) {
				t.Errorf("%s: record %s is outside the query", scopeName(*cmpOr(q.Within)), r.RequestID)
			}
			out = append(out, r.RequestID)
		}
		return out
	}
	homs, both, all := ringleader.CasesScope(caseHoms), ringleader.CasesScope(caseHoms, caseAnbar), ringleader.AllCases()
	tests := []struct {
		q    ringleader.AuditQuery
		want []string
	}{
		{ringleader.AuditQuery{}, []string{"r5", "r4", "r3", "r2", "r1"}},
		{ringleader.AuditQuery{Within: &all, Limit: 2}, []string{"r5", "r4"}},
		{ringleader.AuditQuery{Within: &homs}, []string{"r2"}},
		{ringleader.AuditQuery{Within: &both}, []string{"r3", "r2"}},
		{ringleader.AuditQuery{Within: &both, Token: "both"}, []string{"r3"}},
	}
	for _, tt := range tests {
		if got := ids(tt.q); !slices.Equal(got, tt.want) {
			t.Errorf("Audit(%+v) = %v, want %v", tt.q, got, tt.want)
		}
	}
	got, err := log.Audit(ctx, ringleader.AuditQuery{Token: "both"})
	if err != nil || len(got) != 1 || got[0].Auth != ringleader.AuthToken || got[0].AllCases ||
		!slices.Equal(got[0].Cases, []string{caseAnbar, caseHoms}) || got[0].Role != ringleader.RoleViewer {
		t.Errorf("record read back: %+v, %v", got, err)
	}
}

func cmpOr(s *ringleader.Scope) *ringleader.Scope {
	if s == nil {
		all := ringleader.AllCases()
		return &all
	}
	return s
}

// testCharts checks that a store keeps workbench charts: saved, read back with their state, listed newest first
// without it, and a second chart with a taken id refused.
func testCharts(t *testing.T, open func(t *testing.T) ringleader.Store) {
	st := open(t)
	charts, ok := st.(ringleader.ChartStore)
	if !ok {
		t.Skip("the store keeps no charts")
	}
	ctx := t.Context()
	at := time.Date(2026, 12, 2, 9, 30, 0, 0, time.UTC)
	first := ringleader.Chart{ID: "ch_1", Name: "Homs cell", CreatedAt: at, CreatedBy: "homs-desk", Entities: []string{"p-rami", "p-khalil"},
		Cases: []string{caseHoms}, State: json.RawMessage(`{"entities":["p-rami","p-khalil"],"positions":{"p-rami":[1,2]}}`)}
	second := ringleader.Chart{ID: "ch_2", Name: "خريطة الأموال", CreatedAt: at.Add(time.Hour), CreatedBy: "chief", Entities: []string{"acct:1"},
		AllCases: true, State: json.RawMessage(`{"entities":["acct:1"]}`)}
	for _, c := range []ringleader.Chart{first, second} {
		if err := charts.SaveChart(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	err := charts.SaveChart(ctx, ringleader.Chart{ID: "ch_1", Name: "again", CreatedAt: at, State: json.RawMessage(`{}`)})
	wantCode(t, err, ringleader.ECONFLICT, "a chart with a taken id")

	got, err := charts.Chart(ctx, "ch_1")
	if err != nil {
		t.Fatal(err)
	}
	if got.Name != first.Name || !got.CreatedAt.Equal(at) || got.CreatedBy != first.CreatedBy || got.AllCases ||
		!slices.Equal(got.Cases, first.Cases) || !slices.Equal(got.Entities, first.Entities) || string(got.State) != string(first.State) {
		t.Errorf("Chart(ch_1) = %+v, want %+v", got, first)
	}
	_, err = charts.Chart(ctx, "ch_nothing")
	wantCode(t, err, ringleader.ENOTFOUND, "an unknown chart")

	list, err := charts.Charts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 2 || list[0].ID != "ch_2" || list[1].ID != "ch_1" || !list[0].AllCases || list[0].State != nil ||
		!slices.Equal(list[1].Entities, first.Entities) {
		t.Errorf("Charts() = %+v, want ch_2 then ch_1, without states", list)
	}
}

// testTokens checks that a store keeps API tokens: created, found by id with a secret that verifies, listed by
// creation, refused under an active name already taken, revoked, and a revoked name free again.
func testTokens(t *testing.T, open func(t *testing.T) ringleader.Store) {
	st := open(t)
	tokens, ok := st.(ringleader.TokenStore)
	if !ok {
		t.Skip("the store keeps no tokens")
	}
	ctx := t.Context()
	at := time.Date(2026, 12, 3, 8, 0, 0, 0, time.UTC)
	secret, desk, err := ringleader.NewToken("homs-desk", ringleader.RoleAnalyst, false, []string{caseHoms, caseAnbar}, at)
	if err != nil {
		t.Fatal(err)
	}
	_, chief, _ := ringleader.NewToken("chief", ringleader.RoleAdmin, true, nil, at.Add(time.Minute))
	for _, tok := range []ringleader.Token{desk, chief} {
		if err := tokens.CreateToken(ctx, tok); err != nil {
			t.Fatal(err)
		}
	}
	_, again, _ := ringleader.NewToken("homs-desk", ringleader.RoleViewer, true, nil, at)
	wantCode(t, tokens.CreateToken(ctx, again), ringleader.ECONFLICT, "a second active token of one name")

	id, raw, _ := ringleader.SplitSecret(secret)
	got, err := tokens.TokenByID(ctx, id)
	if err != nil || !got.Verify(raw) || got.Role != ringleader.RoleAnalyst || got.AllCases ||
		!slices.Equal(got.Cases, []string{caseAnbar, caseHoms}) || !got.CreatedAt.Equal(at) || !got.Active() {
		t.Errorf("TokenByID = %+v, %v", got, err)
	}
	_, err = tokens.TokenByID(ctx, "nothing")
	wantCode(t, err, ringleader.ENOTFOUND, "an unknown token id")

	list, err := tokens.Tokens(ctx)
	if err != nil || len(list) != 2 || list[0].Name != "homs-desk" || list[1].Name != "chief" || !list[1].AllCases {
		t.Errorf("Tokens = %+v, %v", list, err)
	}
	if err := tokens.RevokeToken(ctx, "homs-desk", at.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	wantCode(t, tokens.RevokeToken(ctx, "homs-desk", at.Add(time.Hour)), ringleader.ENOTFOUND, "revoking a revoked token")
	if got, err := tokens.TokenByID(ctx, id); err != nil || got.Active() {
		t.Errorf("revoked token reads back as %+v, %v", got, err)
	}
	if err := tokens.CreateToken(ctx, again); err != nil {
		t.Errorf("a new token under a revoked token's name: %v", err)
	}
}
