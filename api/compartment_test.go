package api_test

import (
	"context"
	"encoding/json"
	"math"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/api"
	"github.com/ringleader/ringleader/demo"
	"github.com/ringleader/ringleader/insights"
	"github.com/ringleader/ringleader/loaders"
	"github.com/ringleader/ringleader/sqlite"
	"github.com/ringleader/ringleader/testing/openapitest"
)

// compartment serves the demo ring to a token cleared only for the Captagon case, and the
// same visible subgraph, stored on its own, to an all-cases token.
type compartment struct {
	truth             demo.GroundTruth
	full, visibleOnly *secured
	drugsToken        string // on full: analyst, drugs case only
	allToken          string // on visibleOnly: analyst, all cases
}

func newCompartment(t *testing.T) *compartment {
	t.Helper()
	ctx := context.Background()
	c := &compartment{truth: demo.Truth()}
	c.full = newSecured(t, nil)
	if _, err := loaders.LoadFS(ctx, c.full.store, demo.Bundle(), loaders.Options{}); err != nil {
		t.Fatal(err)
	}
	c.drugsToken = addToken(t, c.full.store, "captagon-desk", false, c.truth.DrugsCase)

	all, err := c.full.store.Network(ctx, ringleader.AllCases(), ringleader.NetworkFilter{})
	if err != nil {
		t.Fatal(err)
	}
	visible := ringleader.FilterNetwork(all, ringleader.CasesScope(c.truth.DrugsCase), ringleader.NetworkFilter{})
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "visible.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if _, err := st.Write(ctx, &ringleader.Batch{Entities: visible.Entities, Links: visible.Links}); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(openapitest.Wrap(t, api.NewHandler(api.Deps{Store: st, Tokens: st})))
	t.Cleanup(srv.Close)
	c.visibleOnly = &secured{srv: srv, store: st, tokens: map[string]string{}}
	c.allToken = addToken(t, st, "everything", true)
	return c
}

func addToken(t *testing.T, st *sqlite.Store, name string, all bool, cases ...string) string {
	t.Helper()
	secret, tok, err := ringleader.NewToken(name, ringleader.RoleAnalyst, all, cases, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if err := st.CreateToken(context.Background(), tok); err != nil {
		t.Fatal(err)
	}
	return secret
}

func TestCompartmentHidesOtherCases(t *testing.T) {
	c := newCompartment(t)
	if len(c.truth.WeaponsOnly) == 0 {
		t.Fatal("the demo has no weapons-only people to hide")
	}
	ctx := context.Background()
	hidden := map[string]string{} // id → name
	for _, id := range c.truth.WeaponsOnly {
		e, err := c.full.store.Entity(ctx, ringleader.AllCases(), id)
		if err != nil {
			t.Fatal(err)
		}
		hidden[id] = e.Name
	}
	get := func(path string) (int, string) {
		status, _, body := c.full.do(t, "GET", path, c.drugsToken, nil, "")
		return status, string(body)
	}
	_, missing := get("/api/v1/entities/no-such-person")
	for id, name := range hidden {
		status, body := get("/api/v1/entities/" + id)
		if status != 404 {
			t.Fatalf("hidden %s: %d, want 404", id, status)
		}
		// Byte for byte the answer for an id that does not exist, but for the id itself.
		if strings.ReplaceAll(body, id, "no-such-person") != missing {
			t.Errorf("hidden entity's 404 differs from a missing one's:\n%s\n%s", body, missing)
		}
		if _, body := get("/api/v1/entities?q=" + strings.ReplaceAll(name, " ", "+")); strings.Contains(body, `"`+id+`"`) {
			t.Errorf("search for %q shows hidden %s", name, id)
		}
		if status, _ := get("/api/v1/paths?from=" + c.truth.Brokers[0].ID + "&to=" + id); status != 404 {
			t.Errorf("path to hidden %s: %d, want 404", id, status)
		}
		if status, _ := get("/api/v1/entities/" + id + "/neighbourhood"); status != 404 {
			t.Errorf("neighbourhood of hidden %s: %d, want 404", id, status)
		}
	}
	// Nothing visible leads to them either.
	check := func(what, body string) {
		for id := range hidden {
			if strings.Contains(body, `"`+id+`"`) {
				t.Errorf("%s reveals hidden %s", what, id)
			}
		}
	}
	for _, b := range c.truth.Brokers {
		status, body := get("/api/v1/entities/" + b.ID + "/neighbourhood?depth=3")
		if status == 200 {
			check("neighbourhood of "+b.ID, body)
		}
	}
	for _, path := range []string{"/api/v1/insights/centrality?top=0", "/api/v1/insights/centrality?top=0&view=full",
		"/api/v1/insights/communities?view=full", "/api/v1/insights/case-bridges", "/api/v1/stats"} {
		status, body := get(path)
		if status != 200 {
			t.Fatalf("%s: %d %s", path, status, body)
		}
		check(path, body)
		if strings.Contains(body, `"`+c.truth.WeaponsCase+`"`) {
			t.Errorf("%s names the weapons case", path)
		}
	}
}

// TestCompartmentScoresEqualVisibleSubgraph compares every measure both ways: the drugs
// token on the whole store against an all-cases token on a store holding only what the
// drugs token sees. Same nodes, same scores.
func TestCompartmentScoresEqualVisibleSubgraph(t *testing.T) {
	c := newCompartment(t)
	for _, measure := range insights.Measures() {
		for _, extra := range []string{"", "&view=full", "&directed=true&weighted=true"} {
			path := "/api/v1/insights/centrality?top=0&measure=" + measure + extra
			a := scores(t, c.full, path, c.drugsToken)
			b := scores(t, c.visibleOnly, path, c.allToken)
			if len(a) == 0 {
				t.Fatalf("%s: no results", path)
			}
			for id, s := range a {
				if w, ok := b[id]; !ok || math.Abs(s-w) > 1e-12 {
					t.Errorf("%s: %s scores %v in the compartment, %v (present %v) on the visible subgraph", path, id, s, w, ok)
				}
			}
			for id := range b {
				if _, ok := a[id]; !ok {
					t.Errorf("%s: %s is on the visible subgraph but not in the compartment's results", path, id)
				}
			}
		}
	}
}

func scores(t *testing.T, s *secured, path, token string) map[string]float64 {
	t.Helper()
	status, _, body := s.do(t, "GET", path, token, nil, "")
	if status != 200 {
		t.Fatalf("%s: %d %s", path, status, body)
	}
	var res struct {
		Results []struct {
			ID    string
			Score float64
		}
	}
	if err := json.Unmarshal(body, &res); err != nil {
		t.Fatal(err)
	}
	out := map[string]float64{}
	for _, r := range res.Results {
		out[r.ID] = r.Score
	}
	if len(out) != len(res.Results) {
		t.Fatalf("%s: duplicate ids", path)
	}
	return out
}
