package api_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/api"
	"github.com/ringleader/ringleader/sqlite"
)

// FuzzQueryParams sends arbitrary query strings to every GET route: whatever the input,
// the answer is never a 5xx and always JSON (problem+json for a refusal).
func FuzzQueryParams(f *testing.F) {
	dir := f.TempDir()
	st, err := sqlite.Open(context.Background(), filepath.Join(dir, "fuzz.db"))
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { st.Close() })
	p := func(id string) ringleader.Entity {
		return ringleader.Entity{ID: id, Kind: ringleader.KindPerson, Name: "Abu " + id, Cases: []string{"C1"}}
	}
	if _, err := st.Write(context.Background(), &ringleader.Batch{
		Entities: []ringleader.Entity{p("p1"), p("p2"), p("p3")},
		Links: []ringleader.Link{
			{Type: ringleader.LinkAssociate, Subtype: ringleader.AssocCall, Source: "p1", Target: "p2", Weight: 2, FirstSeen: "2026-01-02"},
			{Type: ringleader.LinkAssociate, Subtype: ringleader.AssocMeeting, Source: "p2", Target: "p3", Weight: 1},
		}}); err != nil {
		f.Fatal(err)
	}
	h := api.NewHandler(api.Deps{Store: st, NoAuth: true})
	paths := []string{"/api/v1/entities", "/api/v1/entities/p1/neighbourhood", "/api/v1/paths",
		"/api/v1/insights/centrality", "/api/v1/insights/communities", "/api/v1/insights/case-bridges", "/api/v1/stats",
		"/api/v1/audit", "/api/v1/entities/p1"}
	for i, q := range []string{"q=abu&kind=Person&limit=5", "depth=2&limit=10", "from=p1&to=p3&k=3",
		"measure=betweenness&top=2&directed=true&weighted=true&weight_as=distance&from=2026-01-01&to=2026-12-31",
		"resolution=1.5&seed=7&view=full&types=call,meeting", "top=-1", "", "limit=99999999999999999999", "x=%zz"} {
		f.Add(uint8(i), q)
	}
	f.Fuzz(func(t *testing.T, route uint8, query string) {
		req := httptest.NewRequest(http.MethodGet, "/", nil)
		req.URL.Path = paths[int(route)%len(paths)]
		req.URL.RawQuery = query
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code >= 500 {
			t.Fatalf("%s?%s: %d %s", req.URL.Path, query, rec.Code, rec.Body)
		}
		if !json.Valid(rec.Body.Bytes()) {
			t.Fatalf("%s?%s: %d, body is not JSON: %q", req.URL.Path, query, rec.Code, rec.Body)
		}
	})
}
