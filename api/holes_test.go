package api_test

// Regression tests for the compartment holes of issue 15, one per observation: each failed on the code before
// the fix and passes after it.

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/api"
	"github.com/ringleader/ringleader/demo"
	"github.com/ringleader/ringleader/loaders"
	"github.com/ringleader/ringleader/sqlite"
	"github.com/ringleader/ringleader/testing/fixtures"
	"github.com/ringleader/ringleader/testing/openapitest"
)

// bundleServer serves a bundle loaded into a fresh sqlite store that keeps tokens and audit.
func bundleServer(t *testing.T, bundle fs.FS, mod func(*api.Deps)) *secured {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "holes.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if _, err := loaders.LoadFS(ctx, st, bundle, loaders.Options{}); err != nil {
		t.Fatal(err)
	}
	d := api.Deps{Store: st, Tokens: st, Audit: st}
	if mod != nil {
		mod(&d)
	}
	s := &secured{store: st, tokens: map[string]string{}}
	s.srv = httptest.NewServer(openapitest.Wrap(t, api.NewHandler(d)))
	t.Cleanup(s.srv.Close)
	return s
}

// token creates a token on s and returns its secret.
func (s *secured) token(t *testing.T, name string, role ringleader.Role, cases ...string) string {
	t.Helper()
	secret, tok, err := ringleader.NewToken(name, role, len(cases) == 0, cases, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if err := s.store.CreateToken(context.Background(), tok); err != nil {
		t.Fatal(err)
	}
	s.tokens[name] = secret
	return secret
}

// Observation 1: provenance and sequence numbers.
func TestProvenanceStaysInTheCompartment(t *testing.T) {
	truth := demo.Truth()
	bundle := demo.Bundle()
	s := bundleServer(t, bundle, nil)
	weapons := s.token(t, "weapons-desk", ringleader.RoleViewer, truth.WeaponsCase)
	rows, err := fixtures.RowCases(bundle)
	if err != nil {
		t.Fatal(err)
	}
	scope := ringleader.CasesScope(truth.WeaponsCase)

	all, err := s.store.Network(context.Background(), scope, ringleader.NetworkFilter{})
	if err != nil {
		t.Fatal(err)
	}
	checked, cut := 0, 0
	for _, e := range all.Entities {
		status, _, body := s.do(t, "GET", "/api/v1/entities/"+escapeID(e.ID), weapons, nil, "")
		if status != http.StatusOK {
			t.Fatalf("%s: %d %s", e.ID, status, body)
		}
		if bytes.Contains(body, []byte(`"seq"`)) {
			t.Fatalf("%s shows its store sequence number: %s", e.ID, body)
		}
		var got ringleader.Entity
		if err := json.Unmarshal(body, &got); err != nil {
			t.Fatal(err)
		}
		for _, src := range got.Sources {
			cases, ok := rows[src]
			if !ok {
				t.Fatalf("%s: source %s is no row of the bundle", e.ID, src)
			}
			if !scope.Allows(cases) {
				t.Errorf("%s shows source %s, a row of cases %v outside the token's", e.ID, src, cases)
			}
		}
		// Every row of the token's cases that asserted the entity is still shown.
		for _, src := range e.Sources {
			if scope.Allows(rows[src]) && !slices.Contains(got.Sources, src) {
				t.Errorf("%s hides %s, a row of the token's case", e.ID, src)
			}
		}
		cut += len(e.Sources) - len(got.Sources)
		checked++
	}
	if cut == 0 {
		t.Fatalf("no source was cut from the %d entities the weapons token sees: the test does not exercise the rule", checked)
	}
	// The phone the issue names: a weapons row and a drugs-only row assert it.
	_, _, body := s.do(t, "GET", "/api/v1/entities/phone:%2B9647700101207", weapons, nil, "")
	if bytes.Contains(body, []byte("suspects.csv:90")) {
		t.Errorf("the weapons token learns of the drugs-only row 90: %s", body)
	}
}

func escapeID(id string) string { return strings.NewReplacer("+", "%2B", "/", "%2F").Replace(id) }

// Observation 2: the audit log.
func TestAuditStaysInTheCompartment(t *testing.T) {
	truth := demo.Truth()
	s := bundleServer(t, demo.Bundle(), nil)
	all := s.token(t, "chief", ringleader.RoleAdmin)
	drugsAdmin := s.token(t, "drugs-admin", ringleader.RoleAdmin, truth.DrugsCase)
	drugsAnalyst := s.token(t, "drugs-analyst", ringleader.RoleAnalyst, truth.DrugsCase)
	weapons := s.token(t, "weapons-desk", ringleader.RoleViewer, truth.WeaponsCase)
	hidden := truth.WeaponsOnly[0]

	// Requests of every kind: the chief reads a weapons-only person, the weapons desk reads its own, a drugs
	// analyst asks for a weapons-only id (404) and for a path, someone without a token knocks.
	s.do(t, "GET", "/api/v1/entities/"+hidden, all, nil, "")
	s.do(t, "GET", "/api/v1/entities/"+hidden, weapons, nil, "")
	s.do(t, "GET", "/api/v1/entities/"+hidden, drugsAnalyst, nil, "")
	s.do(t, "GET", "/api/v1/paths?from="+truth.Brokers[0].ID+"&to="+hidden, drugsAnalyst, nil, "")
	s.do(t, "GET", "/api/v1/insights/centrality?case="+truth.WeaponsCase, drugsAnalyst, nil, "")
	s.do(t, "GET", "/api/v1/stats", "", nil, "")

	status, _, body := s.do(t, "GET", "/api/v1/audit?limit=1000", drugsAdmin, nil, "")
	if status != http.StatusOK {
		t.Fatalf("audit: %d %s", status, body)
	}
	var got struct {
		Records []ringleader.AuditRecord `json:"records"`
	}
	if err := json.Unmarshal(body, &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Records) < 3 {
		t.Fatalf("the drugs admin reads %d records, want its compartment's (at least the analyst's three)", len(got.Records))
	}
	for _, r := range got.Records {
		if r.Token != "drugs-admin" && r.Token != "drugs-analyst" {
			t.Errorf("the drugs admin reads a record of %q (auth %s)", r.Token, r.Auth)
		}
	}
	for _, leak := range []string{hidden, truth.WeaponsCase, "chief", "weapons-desk"} {
		if bytes.Contains(body, []byte(leak)) {
			t.Errorf("the drugs admin's audit read names %q", leak)
		}
	}
	if !bytes.Contains(body, []byte("/api/v1/entities/(hidden)")) || !bytes.Contains(body, []byte("to=%28hidden%29")) {
		t.Errorf("hidden ids are not redacted as (hidden):\n%s", body)
	}
	// The all-cases admin reads every record, ids and all.
	_, _, body = s.do(t, "GET", "/api/v1/audit?limit=1000", all, nil, "")
	for _, want := range []string{hidden, "weapons-desk", `"auth":"none"`} {
		if !bytes.Contains(body, []byte(want)) {
			t.Errorf("the all-cases admin's audit read lacks %q", want)
		}
	}
}

// overlapLoad posts a bundle of CSV files (name → text) to /api/v1/load.
func overlapLoad(t *testing.T, s *secured, token string, files map[string]string) (int, []byte) {
	t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	for _, name := range slices.Sorted(func(yield func(string) bool) {
		for k := range files {
			if !yield(k) {
				return
			}
		}
	}) {
		w, _ := mw.CreateFormFile("file", name)
		io.WriteString(w, files[name])
	}
	mw.Close()
	status, _, body := s.do(t, "POST", "/api/v1/load", token, &buf, mw.FormDataContentType())
	return status, body
}

// storeDump is every record of the store, as all cases see it: what a refused write must leave unchanged.
func storeDump(t *testing.T, st ringleader.Store) string {
	t.Helper()
	net, err := st.Network(context.Background(), ringleader.AllCases(), ringleader.NetworkFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, e := range net.Entities {
		fmt.Fprintf(&b, "%+v\n", e)
	}
	for _, l := range net.Links {
		fmt.Fprintf(&b, "%+v\n", l)
	}
	return b.String()
}

// Observation 3: writes.
func TestWritesStayInTheCompartment(t *testing.T) {
	s := bundleServer(t, fixtures.Overlap(), nil)
	drugsAdmin := s.token(t, "drugs-admin", ringleader.RoleAdmin, fixtures.OverlapDrugs)
	ctx := context.Background()
	all, err := s.store.Network(ctx, ringleader.AllCases(), ringleader.NetworkFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var mlOnly string
	var drugsOnly []string
	for _, e := range all.Entities {
		if e.Kind != ringleader.KindPerson {
			continue
		}
		switch {
		case slices.Equal(e.Cases, []string{fixtures.OverlapML}) && mlOnly == "":
			mlOnly = e.ID
		case slices.Equal(e.Cases, []string{fixtures.OverlapDrugs}):
			drugsOnly = append(drugsOnly, e.ID)
		}
	}
	if mlOnly == "" || len(drugsOnly) < 2 {
		t.Fatal("the Overlap bundle lacks people of one case only")
	}
	payment := func(to string) map[string]string {
		return map[string]string{"financial_links.csv": "id,from,to,amount,currency,date,channel,cases\n" +
			"fx-1," + drugsOnly[0] + "," + to + ",5000,USD,2026-01-03,cash," + fixtures.OverlapDrugs + "\n"}
	}
	problemsOf := func(body []byte) []ringleader.Problem {
		var p api.Problem
		_ = json.Unmarshal(body, &p)
		return p.Problems
	}
	before := storeDump(t, s.store)

	// A payment to a person of the money-laundering case only: refused in the very words of a payment to no one.
	status, hiddenBody := overlapLoad(t, s, drugsAdmin, payment(mlOnly))
	_, missingBody := overlapLoad(t, s, drugsAdmin, payment("nobody-at-all"))
	if status != http.StatusBadRequest {
		t.Fatalf("payment to a hidden person: %d, want 400: %s", status, hiddenBody)
	}
	hp, mp := problemsOf(hiddenBody), problemsOf(missingBody)
	if len(hp) != 1 || len(mp) != 1 || strings.ReplaceAll(hp[0].Reason, mlOnly, "X") != strings.ReplaceAll(mp[0].Reason, "nobody-at-all", "X") ||
		hp[0].Field != mp[0].Field || hp[0].Line != mp[0].Line {
		t.Errorf("a hidden id and a missing one are refused differently:\n%s\n%s", hiddenBody, missingBody)
	}

	refused := []struct {
		name  string
		files map[string]string
		want  string // in the problem's reason
	}{
		{"rename of a hidden person", map[string]string{"suspects.csv": "id,name,cases\n" + mlOnly + ",Overwritten By Drugs Admin," +
			fixtures.OverlapDrugs + "\n"}, "already recorded outside your cases"},
		{"a new person in another case", map[string]string{"suspects.csv": "id,name,cases\nnew-1,Someone," + fixtures.OverlapML + "\n"},
			ringleader.NotDefined(fixtures.OverlapML)},
		{"a new person in no case", map[string]string{"suspects.csv": "id,name\nnew-2,Someone\n"}, "name one of them"},
		{"a new case", map[string]string{"cases.csv": "id,title,type\nc-new,New case,drugs\n"}, ringleader.NotDefined("c-new")},
		{"a link in another case", map[string]string{"associations.csv": "source,target,type,cases\n" + drugsOnly[0] + "," + drugsOnly[1] +
			",call," + fixtures.OverlapML + "\n"}, ringleader.NotDefined(fixtures.OverlapML)},
	}
	for _, tt := range refused {
		status, body := overlapLoad(t, s, drugsAdmin, tt.files)
		if status != http.StatusBadRequest || !bytes.Contains(body, []byte(strings.ReplaceAll(tt.want, `"`, `\"`))) {
			t.Errorf("%s: %d %s; want 400 with %q", tt.name, status, body, tt.want)
		}
	}
	if after := storeDump(t, s.store); after != before {
		t.Errorf("refused loads changed the store")
	}

	// Inside the compartment, the same admin loads.
	ok := map[string]string{"suspects.csv": "id,name,cases\nnew-3,Ahmad Saleh," + fixtures.OverlapDrugs + "\n",
		"financial_links.csv": "id,from,to,amount,currency,date,channel,cases\nfx-2," + drugsOnly[0] + ",new-3,700,USD,2026-01-04,hawala," +
			fixtures.OverlapDrugs + "\n"}
	if status, body := overlapLoad(t, s, drugsAdmin, ok); status != http.StatusOK {
		t.Errorf("a load inside the compartment: %d %s", status, body)
	}
}

// Observation 4: /cypher needs an all-cases token, whatever the role.
func TestCypherNeedsAllCases(t *testing.T) {
	s := bundleServer(t, fixtures.Overlap(), nil)
	limitedAdmin := s.token(t, "drugs-admin", ringleader.RoleAdmin, fixtures.OverlapDrugs)
	body := strings.NewReader(`{"statement":"MATCH (n) RETURN count(n)"}`)
	if status, _, b := s.do(t, "POST", "/api/v1/cypher", limitedAdmin, body, "application/json"); status != http.StatusForbidden {
		t.Errorf("case-limited admin on /cypher: %d %s, want 403", status, b)
	}
}

// Observation 5: limits, query strings, rate limits, audit of names, headers.
func TestRequestLimitsAndHeaders(t *testing.T) {
	s := bundleServer(t, fixtures.Overlap(), nil)
	admin := s.token(t, "chief", ringleader.RoleAdmin)

	t.Run("a load over 1 MiB", func(t *testing.T) {
		var b strings.Builder
		b.WriteString("id,name,cases,notes\n")
		for i := 0; b.Len() < 3<<20; i++ {
			fmt.Fprintf(&b, "big-%d,Person %d,%s,%s\n", i, i, fixtures.OverlapDrugs, strings.Repeat("n", 200))
		}
		if status, body := overlapLoad(t, s, admin, map[string]string{"suspects.csv": b.String()}); status != http.StatusOK {
			t.Errorf("3 MiB bundle: %d %.300s", status, body)
		}
	})
	t.Run("a field over 64 KiB", func(t *testing.T) {
		before := storeDump(t, s.store)
		row := "huge-1,Huge," + fixtures.OverlapDrugs + "," + strings.Repeat("x", 70<<10) + "\n"
		status, body := overlapLoad(t, s, admin, map[string]string{"suspects.csv": "id,name,cases,notes\nok-1,Fine," +
			fixtures.OverlapDrugs + ",short\n" + row})
		if status != http.StatusBadRequest || !bytes.Contains(body, []byte(`suspects.csv:3: notes: longer than 64 KiB`)) {
			t.Errorf("70 KiB field: %d %.300s", status, body)
		}
		if storeDump(t, s.store) != before {
			t.Error("the refused load wrote something")
		}
	})
	t.Run("a row over 1 MiB", func(t *testing.T) {
		row := "huge-2,Huge," + fixtures.OverlapDrugs + ",\"" + strings.Repeat("x\n", 600<<10) + "\"\n"
		status, body := overlapLoad(t, s, admin, map[string]string{"suspects.csv": "id,name,cases,notes\n" + row})
		if status != http.StatusBadRequest || !bytes.Contains(body, []byte(`suspects.csv:2: the row is longer than 1 MiB`)) {
			t.Errorf("1.2 MB row: %d %.300s", status, body)
		}
	})
	t.Run("semicolons", func(t *testing.T) {
		for _, q := range []string{"/api/v1/insights/centrality?types=call;x", "/api/v1/insights/centrality?case=" + fixtures.OverlapDrugs + ";"} {
			if status, _, body := s.do(t, "GET", q, admin, nil, ""); status != http.StatusBadRequest {
				t.Errorf("%s: %d %.200s, want 400", q, status, body)
			}
		}
	})
	t.Run("headers", func(t *testing.T) {
		for _, path := range []string{"/api/v1/stats", "/api/v1/no-such-route", "/"} {
			_, h, _ := s.do(t, "GET", path, admin, nil, "")
			for name, want := range map[string]string{"X-Content-Type-Options": "nosniff", "Cache-Control": "no-store",
				"Referrer-Policy": "no-referrer"} {
				if got := h.Get(name); got != want {
					t.Errorf("%s: %s = %q, want %q", path, name, got, want)
				}
			}
		}
	})
	t.Run("audit names the token and tells a bad one from none", func(t *testing.T) {
		s.do(t, "GET", "/api/v1/no-such-route", admin, nil, "")
		s.do(t, "GET", "/api/v1/stats", "rl_bad_secret", nil, "")
		s.do(t, "GET", "/api/v1/stats", "", nil, "")
		recs, err := s.store.Audit(context.Background(), ringleader.AuditQuery{Limit: 3})
		if err != nil {
			t.Fatal(err)
		}
		if len(recs) != 3 || recs[2].Token != "chief" || recs[2].Auth != ringleader.AuthToken ||
			recs[1].Auth != ringleader.AuthInvalid || recs[0].Auth != ringleader.AuthNone {
			t.Errorf("audit records: %+v", recs)
		}
	})
}

// Bad tokens are limited per client address before anything is written.
func TestBadTokensAreRateLimited(t *testing.T) {
	s := bundleServer(t, fixtures.Overlap(), nil)
	admin := s.token(t, "chief", ringleader.RoleAdmin)
	before, err := s.store.Audit(context.Background(), ringleader.AuditQuery{Limit: 10000})
	if err != nil {
		t.Fatal(err)
	}
	statuses := map[int]int{}
	for range 150 {
		status, _, _ := s.do(t, "GET", "/api/v1/stats", "rl_guess_"+strconv.Itoa(len(statuses)), nil, "")
		statuses[status]++
	}
	if statuses[http.StatusTooManyRequests] < 100 {
		t.Errorf("150 bad tokens: %v, want most refused with 429", statuses)
	}
	after, _ := s.store.Audit(context.Background(), ringleader.AuditQuery{Limit: 10000})
	if written := len(after) - len(before); written > 30 {
		t.Errorf("150 bad tokens wrote %d audit records, want no more than the burst", written)
	}
	// A valid token from the same address still passes.
	if status, _, _ := s.do(t, "GET", "/api/v1/stats", admin, nil, ""); status != http.StatusOK {
		t.Errorf("a valid token after the flood: %d", status)
	}
}
