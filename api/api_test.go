package api_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/api"
	"github.com/ringleader/ringleader/sqlite"
	"github.com/ringleader/ringleader/testing/openapitest"
)

// newServer serves the API over a fresh SQLite store holding a small ring.
func newServer(t *testing.T) *httptest.Server {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "api.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	p := func(id, name string) ringleader.Entity {
		return ringleader.Entity{ID: id, Kind: ringleader.KindPerson, Name: name, Cases: []string{"C1"}}
	}
	call := func(a, b string, w float64) ringleader.Link {
		return ringleader.Link{Type: ringleader.LinkAssociate, Subtype: ringleader.AssocCall, Source: a, Target: b, Weight: w}
	}
	batch := &ringleader.Batch{
		Entities: []ringleader.Entity{
			p("p1", "Abu Khalil"), p("p2", "Bilal Haddad"), p("p3", "Cemal Ozturk"), p("p4", "Dawud Rashid"),
			p("p5", "Eyad Najjar"), p("p6", "Fadi Aziz"),
			{ID: "phone:+963944123456", Kind: ringleader.KindPhone, Name: "+963944123456", Cases: []string{"C1"}},
			{ID: "C1", Kind: ringleader.KindCase, Name: "Homs Captagon seizure", Cases: []string{"C1"}, Props: map[string]string{"type": "drugs"}},
		},
		Links: []ringleader.Link{
			call("p1", "p2", 3), call("p2", "p1", 1), call("p1", "p3", 2), call("p3", "p4", 5), call("p4", "p5", 1),
			{Type: ringleader.LinkAssociate, Subtype: ringleader.AssocCall, Source: "p5", Target: "p6", Weight: 4,
				Props: map[string]string{ringleader.PropSourceGrade: "C", ringleader.PropInfoGrade: "3", ringleader.PropConfidence: ringleader.ConfidenceTentative}},
			{Type: ringleader.LinkHolds, Source: "p6", Target: "phone:+963944123456"},
			{Type: ringleader.LinkHolds, Source: "p2", Target: "phone:+963944123456"},
		},
	}
	if _, err := st.Write(ctx, batch); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(openapitest.Wrap(t, api.NewHandler(api.Deps{Store: st, NoAuth: true})))
	t.Cleanup(srv.Close)
	return srv
}

func get(t *testing.T, srv *httptest.Server, path string) (int, http.Header, []byte) {
	t.Helper()
	resp, err := http.Get(srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, resp.Header, body
}

func TestRoutes(t *testing.T) {
	srv := newServer(t)
	tests := []struct {
		name       string
		path       string
		status     int
		wantInBody string
	}{
		{"health", "/healthz", 200, `"ok"`},
		{"ready", "/readyz", 200, `"ready"`},
		{"entity", "/api/v1/entities/p1", 200, `"Abu Khalil"`},
		{"entity id with reserved characters", "/api/v1/entities/" + url.PathEscape("phone:+963944123456"), 200, `"Phone"`},
		{"unknown entity", "/api/v1/entities/nobody", 404, `"not_found"`},
		{"search ignores case", "/api/v1/entities?q=ABU", 200, `"p1"`},
		{"search needs q", "/api/v1/entities", 400, `"q"`},
		{"search bad kind", "/api/v1/entities?q=a&kind=Alien", 400, `unknown kind Alien`},
		{"neighbourhood", "/api/v1/entities/p3/neighbourhood?depth=1", 200, `"p4"`},
		{"neighbourhood too deep", "/api/v1/entities/p3/neighbourhood?depth=9", 400, `depth`},
		{"neighbourhood unknown", "/api/v1/entities/nobody/neighbourhood", 404, `not_found`},
		{"centrality", "/api/v1/insights/centrality?measure=degree&top=2", 200, `"measure":"degree"`},
		{"centrality core", "/api/v1/insights/centrality?measure=core&top=2", 200, `-core: a group where everyone is tied to at least`},
		{"centrality in the 2-core", "/api/v1/insights/centrality?measure=degree&min_core=2", 200, `"min_core":2`},
		{"centrality negative k-core", "/api/v1/insights/centrality?min_core=-1", 400, `min_core`},
		{"communities in the 1-core", "/api/v1/insights/communities?min_core=1", 200, `"min_core":1`},
		{"centrality of confirmed links", "/api/v1/insights/centrality?confirmed_only=true", 200, `"restriction":{"confirmed_only":true,"entities_left_out":0,"links_left_out":1}`},
		{"case links graded", "/api/v1/cases/C1/links?min_grade=B2", 200, `"restriction":{"min_grade":"B2","entities_left_out":0,"links_left_out":`},
		{"case links bad grade", "/api/v1/cases/C1/links?min_grade=Z", 400, `min_grade`},
		{"centrality graded B2", "/api/v1/insights/centrality?min_grade=b2", 200, `"restriction":{"min_grade":"B2"`},
		{"centrality bad grade", "/api/v1/insights/centrality?min_grade=F2", 400, `min_grade`},
		{"brokers graded", "/api/v1/insights/brokers?min_grade=A&confirmed_only=true", 200, `"restriction":{"min_grade":"A","confirmed_only":true`},
		{"money graded", "/api/v1/money/hawala?min_grade=C3", 200, `"restriction":{"min_grade":"C3"`},
		{"drawing of confirmed links", "/api/v1/network?confirmed_only=true", 200, `"restriction":{"confirmed_only":true,"entities_left_out":0,"links_left_out":1}`},
		{"money bad grade", "/api/v1/money/hawala?min_grade=B0", 400, `min_grade`},
		{"centrality unknown measure", "/api/v1/insights/centrality?measure=charisma", 400, `charisma`},
		{"centrality approximate", "/api/v1/insights/centrality?epsilon=0.05&top=2", 200, `"approximation":{"method":"Riondato`},
		{"centrality approximate degree", "/api/v1/insights/centrality?measure=degree&epsilon=0.05", 400, `only betweenness`},
		{"centrality epsilon too small", "/api/v1/insights/centrality?epsilon=0.0001", 400, `epsilon`},
		{"centrality delta alone", "/api/v1/insights/centrality?delta=0.05", 400, `give epsilon too`},
		{"centrality unknown parameter", "/api/v1/insights/centrality?measur=degree", 400, `measur: unknown parameter`},
		{"centrality repeated parameter", "/api/v1/insights/centrality?top=1&top=2", 400, `given more than once`},
		{"centrality bad bool", "/api/v1/insights/centrality?directed=maybe", 400, `directed`},
		{"centrality bad date", "/api/v1/insights/centrality?from=2026-02-31", 400, `is not a date`},
		{"centrality robustness", "/api/v1/insights/centrality?measure=degree&top=2&robustness=true&runs=5&perturb=20&seed=3", 200, `"robustness":{"k":2,"runs":5,"perturb":20,"seed":3,`},
		{"centrality robustness, default top", "/api/v1/insights/centrality?top=0&robustness=true&runs=3", 200, `"scenarios":[{"name":"confirmed_only"`},
		{"centrality runs without robustness", "/api/v1/insights/centrality?runs=5", 400, `give robustness=true too`},
		{"centrality robustness of an estimate", "/api/v1/insights/centrality?epsilon=0.05&robustness=true", 400, `drop epsilon`},
		{"centrality perturb above half", "/api/v1/insights/centrality?robustness=true&perturb=80", 400, `perturb`},
		{"centrality too many runs", "/api/v1/insights/centrality?robustness=true&runs=1001", 400, `runs`},
		{"brokers robustness", "/api/v1/insights/brokers?top=3&robustness=true&runs=4", 200, `"robustness":{"k":3,"runs":4,"perturb":10,"seed":42,`},
		{"brokers seed without robustness", "/api/v1/insights/brokers?seed=4", 400, `give robustness=true too`},
		{"communities", "/api/v1/insights/communities", 200, `"algorithm":"leiden","objective":"modularity"`},
		{"communities by Louvain", "/api/v1/insights/communities?method=louvain", 200, `"algorithm":"louvain"`},
		{"communities by CPM", "/api/v1/insights/communities?objective=cpm&resolution=0.1", 200, `"objective":"cpm"`},
		{"communities unknown method", "/api/v1/insights/communities?method=infomap", 400, `method: must be one of leiden, louvain`},
		{"communities unknown objective", "/api/v1/insights/communities?objective=surprise", 400, `objective`},
		{"communities CPM by Louvain", "/api/v1/insights/communities?method=louvain&objective=cpm", 400, `needs method leiden`},
		{"case bridges", "/api/v1/insights/case-bridges", 200, `"results"`},
		{"paths", "/api/v1/paths?from=p1&to=p6&k=2", 200, `"paths"`},
		{"paths unknown end", "/api/v1/paths?from=p1&to=nobody", 404, `nobody`},
		{"paths missing end", "/api/v1/paths?from=p1", 400, `"to"`},
		{"paths bad window", "/api/v1/paths?from=p1&to=p2&from_date=yesterday", 400, `from_date`},
		{"stats", "/api/v1/stats", 200, `"total_entities":8`},
		{"no route", "/api/v2/nothing", 404, `no route`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, hdr, body := get(t, srv, tt.path)
			if status != tt.status {
				t.Fatalf("GET %s = %d, want %d: %s", tt.path, status, tt.status, body)
			}
			if !strings.Contains(string(body), tt.wantInBody) {
				t.Errorf("GET %s body lacks %s: %s", tt.path, tt.wantInBody, body)
			}
			if status >= 400 {
				if ct := hdr.Get("Content-Type"); !strings.HasPrefix(ct, "application/problem+json") {
					t.Errorf("error content type = %q, want application/problem+json", ct)
				}
				var p api.Problem
				if err := json.Unmarshal(body, &p); err != nil || p.Status != status || p.Code == "" || p.Title == "" {
					t.Errorf("not an RFC 9457 problem: %s", body)
				}
			}
		})
	}
}

func TestCentralityShape(t *testing.T) {
	srv := newServer(t)
	status, _, body := get(t, srv, "/api/v1/insights/centrality?measure=betweenness&top=5&directed=true&weighted=true")
	if status != 200 {
		t.Fatalf("status %d: %s", status, body)
	}
	var res struct {
		Measure    string `json:"measure"`
		View       string `json:"view"`
		Directed   bool   `json:"directed"`
		Weighted   bool   `json:"weighted"`
		Normalized bool   `json:"normalized"`
		Nodes      int    `json:"nodes"`
		Links      int    `json:"links"`
		Results    []struct {
			Rank  int     `json:"rank"`
			ID    string  `json:"id"`
			Name  string  `json:"name"`
			Kind  string  `json:"kind"`
			Score float64 `json:"score"`
		} `json:"results"`
	}
	if err := json.Unmarshal(body, &res); err != nil {
		t.Fatal(err)
	}
	if res.Measure != "betweenness" || res.View != "people" || !res.Directed || !res.Weighted || !res.Normalized {
		t.Errorf("header = %+v", res)
	}
	// six people; arcs p1→p2, p2→p1, p1→p3, p3→p4, p4→p5, p5→p6, plus the shared phone
	// p2–p6 as two arcs: 8 arcs.
	if res.Nodes != 6 || res.Links != 8 || len(res.Results) != 5 {
		t.Fatalf("nodes %d links %d results %d; want 6, 8, 5", res.Nodes, res.Links, len(res.Results))
	}
	for i, r := range res.Results {
		if r.Rank != i+1 || r.Kind != "Person" || r.Name == "" {
			t.Errorf("result %d = %+v", i, r)
		}
	}
}

func TestMethodNotAllowed(t *testing.T) {
	srv := newServer(t)
	resp, err := http.Post(srv.URL+"/api/v1/insights/centrality", "application/json", strings.NewReader("{}"))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST to a GET route = %d, want 405", resp.StatusCode)
	}
}

// TestOpenAPIDescribesEveryRoute checks the document against the router both ways, and
// each operation's query parameters against those the handler accepts (which it lists
// when it refuses an unknown one).
func TestOpenAPIDescribesEveryRoute(t *testing.T) {
	srv := newServer(t)
	status, _, body := get(t, srv, "/api/v1/openapi.json")
	if status != 200 {
		t.Fatalf("openapi.json: %d", status)
	}
	var doc struct {
		OpenAPI string `json:"openapi"`
		Paths   map[string]map[string]struct {
			Parameters []struct {
				Name string `json:"name"`
				In   string `json:"in"`
			} `json:"parameters"`
			Responses map[string]any `json:"responses"`
		} `json:"paths"`
	}
	if err := json.Unmarshal(body, &doc); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(doc.OpenAPI, "3.") {
		t.Errorf("openapi version %q", doc.OpenAPI)
	}
	routes := api.Routes()
	documented := map[string]bool{}
	for path, ops := range doc.Paths {
		for method := range ops {
			documented[strings.ToUpper(method)+" "+path] = true
		}
	}
	for _, r := range routes {
		if !documented[r] {
			t.Errorf("route %s is not in openapi.json", r)
		}
		delete(documented, r)
	}
	for r := range documented {
		t.Errorf("openapi.json documents %s, which the router does not serve", r)
	}
	for path, ops := range doc.Paths {
		op, ok := ops["get"]
		if !ok || strings.Contains(path, "{") {
			continue
		}
		var want []string
		for _, p := range op.Parameters {
			if p.In == "query" {
				want = append(want, p.Name)
			}
		}
		slices.Sort(want)
		_, _, body := get(t, srv, path+"?zz_unknown=1")
		var p api.Problem
		_ = json.Unmarshal(body, &p)
		got := []string{}
		if _, list, ok := strings.Cut(p.Detail, "(allowed: "); ok {
			for _, name := range strings.Split(strings.TrimSuffix(list, ")"), ", ") {
				if name != "" {
					got = append(got, name)
				}
			}
		} else if path != "/" && path != "/healthz" && path != "/readyz" && path != "/api/v1/openapi.json" && !strings.HasPrefix(path, "/browser/") {
			t.Errorf("%s did not refuse an unknown parameter: %s", path, body)
			continue
		} else {
			continue
		}
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("%s accepts %v, documents %v", path, got, want)
		}
	}
}

func TestBrokerRoutes(t *testing.T) {
	srv := newServer(t)
	status, _, body := get(t, srv, "/api/v1/insights/brokers?top=3&partition=organisation")
	if status != 200 || !strings.Contains(string(body), `"explanation"`) || !strings.Contains(string(body), `"formula"`) {
		t.Errorf("brokers: %d %s", status, body)
	}
	resp, err := http.Post(srv.URL+"/api/v1/insights/disruption", "application/json",
		strings.NewReader(`{"by":"degree","mode":"block","count":2,"block_size":1,"tie_break":"last-loaded"}`))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var got struct {
		Steps []struct {
			Removed     []string `json:"removed"`
			LCCFraction float64  `json:"lcc_fraction"`
		} `json:"steps"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&got); err != nil || resp.StatusCode != 200 {
		t.Fatalf("disruption: %d %v", resp.StatusCode, err)
	}
	if len(got.Steps) != 3 || got.Steps[0].LCCFraction != 1 || len(got.Steps[0].Removed) != 0 || len(got.Steps[1].Removed) != 1 {
		t.Errorf("disruption steps %+v", got.Steps)
	}
	resp2, err := http.Post(srv.URL+"/api/v1/insights/disruption", "application/json", strings.NewReader(`{"by":"degree","bogus":1}`))
	if err != nil {
		t.Fatal(err)
	}
	resp2.Body.Close()
	if resp2.StatusCode != 400 {
		t.Errorf("unknown body field: %d, want 400", resp2.StatusCode)
	}
	status, _, body = get(t, srv, "/api/v1/insights/centralization")
	if status != 200 || !strings.Contains(string(body), `"centralization":{"degree":`) {
		t.Errorf("centralization: %d %s", status, body)
	}
	status, _, _ = get(t, srv, "/api/v1/insights/key-players?k=2")
	if status != 200 {
		t.Errorf("key players: %d", status)
	}
}

// TestOpenAPIIsValid checks api/openapi.json with kin-openapi's validator: a document that tools can load. That
// the API keeps to it is checked on every request the API, workbench, compartment and end-to-end tests make
// (testing/openapitest).
func TestOpenAPIIsValid(t *testing.T) {
	doc, _, err := openapitest.Document()
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Paths.Map()) < 30 {
		t.Errorf("the document holds %d paths", len(doc.Paths.Map()))
	}
}
