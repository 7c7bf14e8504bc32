package compartments

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/api"
	"github.com/ringleader/ringleader/demo"
	"github.com/ringleader/ringleader/loaders"
	"github.com/ringleader/ringleader/testing/fixtures"
	"github.com/ringleader/ringleader/testing/openapitest"
)

// Config sets the size of a run.
type Config struct {
	// Seed seeds every random choice; the failing case names it.
	Seed uint64
	// Scopes is how many compartments (sets of cases) are drawn; Reads how many read requests are compared,
	// spread over them.
	Scopes, Reads int
}

// Open returns a new, empty store for the test; a store that cannot coexist with the one before it (one Neo4j
// server) may empty that one, after which it is not used again.
type Open func(t *testing.T) ringleader.Store

// Result counts what a run checked.
type Result struct {
	Scopes, Reads, HiddenIDs, Writes int
	// Answered counts the reads answered 200, which must be most of them for the comparison to mean much.
	Answered int
}

// Run runs the differential compartment test on the stores open returns: the demo and the Overlap bundle in one
// store, read under tokens for random sets of cases S, and each answer compared with the same request answered
// under an all-cases token on the network restricted to S, loaded alone into a fresh store. Hidden ids answer as
// ids that never existed, and writes that reach outside S are refused and change nothing. See README.md.
func Run(t *testing.T, open Open, cfg Config) Result {
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(cfg.Seed, 1))
	full := open(t)
	var bundles []*bundle
	for _, fsys := range []fs.FS{demo.Bundle(), fixtures.Overlap()} {
		b := readBundle(t, fsys)
		if _, err := loaders.LoadFS(ctx, full, fsys, loaders.Options{}); err != nil {
			t.Fatalf("load: %v", err)
		}
		bundles = append(bundles, b)
	}
	all, err := full.Network(ctx, ringleader.AllCases(), ringleader.NetworkFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var cases []string
	for _, e := range all.Entities {
		if e.Kind == ringleader.KindCase {
			cases = append(cases, e.ID)
		}
	}
	slices.Sort(cases)

	// The compartments: distinct random sets of cases, neither empty nor every case.
	var scopes []ringleader.Scope
	seen := map[string]bool{}
	for len(scopes) < cfg.Scopes {
		var pick []string
		for _, c := range cases {
			if rng.IntN(5) < 2 {
				pick = append(pick, c)
			}
		}
		s := ringleader.CasesScope(pick...)
		if len(pick) == 0 || len(pick) == len(cases) || seen[s.Key()] {
			continue
		}
		seen[s.Key()] = true
		scopes = append(scopes, s)
	}

	fullSrv := newServer(t, full)
	tokens := map[string]string{}
	restricted := map[string]*ringleader.Network{}
	for _, s := range scopes {
		tokens[s.Key()] = createToken(t, full, "s-"+s.Key(), s.Cases())
		restricted[s.Key()] = restrict(t, all, s.Cases(), bundles)
	}

	var res Result
	res.Scopes = len(scopes)
	// Hidden ids and refused writes first: they need the full store, which the references below replace on a
	// server that holds one database.
	for _, s := range scopes {
		res.HiddenIDs += checkHiddenIDs(t, fullSrv, tokens[s.Key()], all, restricted[s.Key()], rng)
		res.Writes += checkRefusedWrites(t, full, fullSrv, tokens[s.Key()], s, all, restricted[s.Key()], rng)
	}

	// Reads: each request answered under S on the full store...
	type sample struct {
		scope ringleader.Scope
		req   request
		want  answer
	}
	var samples []sample
	for i := range cfg.Reads {
		s := scopes[i%len(scopes)]
		req := randomRequest(rng, restricted[s.Key()])
		samples = append(samples, sample{scope: s, req: req, want: fullSrv.do(req, tokens[s.Key()])})
	}
	// ... and under an all-cases token on S's network loaded alone.
	for _, s := range scopes {
		ref := open(t)
		r := restricted[s.Key()]
		if _, err := ref.Write(ctx, &ringleader.Batch{Entities: r.Entities, Links: r.Links}); err != nil {
			t.Fatalf("%s: load the restricted network: %v", s.Key(), err)
		}
		refSrv := newServer(t, ref)
		allToken := createToken(t, ref, "all", nil)
		for _, sm := range samples {
			if sm.scope.Key() != s.Key() {
				continue
			}
			got := refSrv.do(sm.req, allToken)
			if sm.want.status == http.StatusOK {
				res.Answered++
			}
			if d := diffAnswers(sm.want, got); d != "" {
				t.Errorf("seed %d, cases %s: %s %s differs from the restricted network's answer: %s",
					cfg.Seed, s.Key(), sm.req.method, sm.req.target, d)
			}
			res.Reads++
		}
	}
	if res.Answered*10 < res.Reads*8 {
		t.Errorf("only %d of %d reads were answered 200: the requests drawn test little", res.Answered, res.Reads)
	}
	return res
}

// bundle is what the test reads of an input bundle by itself, without the code under test: the cases of each
// row ("suspects.csv:7"), and which entities and links the bundle asserts.
type bundle struct {
	rows  map[string][]string
	ids   map[string]bool
	links map[string]bool
}

func readBundle(t *testing.T, fsys fs.FS) *bundle {
	t.Helper()
	b := &bundle{ids: map[string]bool{}, links: map[string]bool{}}
	rows, err := fixtures.RowCases(fsys)
	if err != nil {
		t.Fatal(err)
	}
	b.rows = rows
	batch, _, _, err := loaders.ReadBundle(context.Background(), fsys, nil, loaders.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range batch.Entities {
		b.ids[e.ID] = true
	}
	for _, l := range batch.Links {
		b.links[l.Key()] = true
	}
	return b
}

// restrict is the network a caller limited to cases may know of, worked out here from the documented rules
// (README, "Who sees what") and the input rows themselves, not with the code under test: an entity is visible when
// one of its cases is in the set, a link when both ends are and it names no case or one in the set; each shows only
// the cases in the set and the sources whose rows name one of them (or, for a link, no case at all). Entities keep
// the store's relative order.
func restrict(t *testing.T, all *ringleader.Network, cases []string, bundles []*bundle) *ringleader.Network {
	t.Helper()
	in := func(cs []string) []string {
		var out []string
		for _, c := range cs {
			if slices.Contains(cases, c) {
				out = append(out, c)
			}
		}
		return out
	}
	rowsOf := func(has func(*bundle) bool, what string) map[string][]string {
		var found *bundle
		for _, b := range bundles {
			if has(b) {
				if found != nil {
					t.Fatalf("%s is asserted by both bundles: provenance would be ambiguous", what)
				}
				found = b
			}
		}
		if found == nil {
			t.Fatalf("%s is in no bundle", what)
		}
		return found.rows
	}
	out := &ringleader.Network{}
	visible := map[string]bool{}
	for _, e := range all.Entities {
		if len(in(e.Cases)) == 0 {
			continue
		}
		rows := rowsOf(func(b *bundle) bool { return b.ids[e.ID] }, e.ID)
		var sources []string
		for _, src := range e.Sources {
			if len(in(rows[src])) > 0 {
				sources = append(sources, src)
			}
		}
		e.Cases, e.Sources, e.SourceCases = in(e.Cases), sources, nil
		visible[e.ID] = true
		out.Entities = append(out.Entities, e)
	}
	for _, l := range all.Links {
		if !visible[l.Source] || !visible[l.Target] || (len(l.Cases) > 0 && len(in(l.Cases)) == 0) {
			continue
		}
		rows := rowsOf(func(b *bundle) bool { return b.links[l.Key()] }, l.Key())
		var sources []string
		for _, src := range l.Sources {
			if r := rows[src]; len(r) == 0 || len(in(r)) > 0 {
				sources = append(sources, src)
			}
		}
		l.Cases, l.Sources, l.SourceCases = in(l.Cases), sources, nil
		out.Links = append(out.Links, l)
	}
	return out
}

// server answers requests with the API's handler over one store.
type server struct {
	store   ringleader.Store
	handler http.Handler
}

// newServer serves st with the API, every request and answer checked against the OpenAPI document.
func newServer(t *testing.T, st ringleader.Store) *server {
	tokens, _ := st.(ringleader.TokenStore)
	h := api.NewHandler(api.Deps{Store: st, Tokens: tokens, RequestTimeout: 5 * time.Minute})
	return &server{store: st, handler: openapitest.Wrap(t, h)}
}

type request struct {
	method, target string
	body           []byte
	contentType    string
}

type answer struct {
	status int
	body   []byte
}

func (s *server) do(r request, token string) answer {
	var body io.Reader
	if r.body != nil {
		body = bytes.NewReader(r.body)
	}
	req := httptest.NewRequest(r.method, r.target, body)
	req.Header.Set("Authorization", "Bearer "+token)
	if r.contentType != "" {
		req.Header.Set("Content-Type", r.contentType)
	}
	rec := httptest.NewRecorder()
	s.handler.ServeHTTP(rec, req)
	return answer{status: rec.Code, body: rec.Body.Bytes()}
}

func createToken(t *testing.T, st ringleader.Store, name string, cases []string) string {
	t.Helper()
	tokens, ok := st.(ringleader.TokenStore)
	if !ok {
		t.Fatal("the store keeps no tokens")
	}
	secret, tok, err := ringleader.NewToken(name, ringleader.RoleAdmin, cases == nil, cases, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if err := tokens.CreateToken(context.Background(), tok); err != nil {
		t.Fatal(err)
	}
	return secret
}

// diffAnswers compares two answers: the same status and the same JSON, canonically encoded.
func diffAnswers(a, b answer) string {
	if a.status != b.status {
		return fmt.Sprintf("status %d, restricted %d\n%.400s\n%.400s", a.status, b.status, a.body, b.body)
	}
	ca, cb := canonical(a.body), canonical(b.body)
	if ca == cb {
		return ""
	}
	i := 0
	for i < len(ca) && i < len(cb) && ca[i] == cb[i] {
		i++
	}
	lo := max(0, i-200)
	return fmt.Sprintf("first difference at byte %d:\n  full:       …%.400s\n  restricted: …%.400s", i, ca[lo:], cb[lo:])
}

func canonical(b []byte) string {
	var v any
	if json.Unmarshal(b, &v) != nil {
		return string(b)
	}
	out, _ := json.Marshal(v)
	return string(out)
}

// ids of a restricted network by kind, for drawing requests.
type pool struct {
	people, accounts, cases, all []string
	names                        []string
}

func poolOf(n *ringleader.Network) pool {
	var p pool
	for _, e := range n.Entities {
		p.all = append(p.all, e.ID)
		switch e.Kind {
		case ringleader.KindPerson:
			p.people = append(p.people, e.ID)
			p.names = append(p.names, e.Name)
		case ringleader.KindAccount, ringleader.KindOrganisation:
			p.accounts = append(p.accounts, e.ID)
		case ringleader.KindCase:
			p.cases = append(p.cases, e.ID)
		}
	}
	return p
}

func pick(rng *rand.Rand, from []string, def string) string {
	if len(from) == 0 {
		return def
	}
	return from[rng.IntN(len(from))]
}

// randomRequest draws a read request over the ids of n (the compartment's network): every read route of the
// API, with random parameters.
func randomRequest(rng *rand.Rand, n *ringleader.Network) request {
	p := poolOf(n)
	q := url.Values{}
	get := func(path string) request {
		target := path
		if len(q) > 0 {
			target += "?" + q.Encode()
		}
		return request{method: "GET", target: target}
	}
	person, other := pick(rng, p.people, "nobody"), pick(rng, p.people, "nobody")
	projection := func() {
		q.Set("view", []string{"people", "full"}[rng.IntN(2)])
		if rng.IntN(3) == 0 {
			q.Set("case", pick(rng, p.cases, "c-none"))
		}
		if rng.IntN(3) == 0 {
			q.Set("from", "2025-10-01")
			q.Set("to", "2026-02-28")
		}
		if rng.IntN(4) == 0 {
			q.Set("directed", "true")
		}
		if rng.IntN(4) == 0 {
			q.Set("weighted", "true")
		}
	}
	measures := []string{"degree", "betweenness", "closeness", "harmonic", "eigenvector", "pagerank"}
	switch rng.IntN(24) {
	case 0:
		return get("/api/v1/stats")
	case 1:
		name := pick(rng, p.names, "x")
		if r := []rune(name); len(r) > 4 {
			name = string(r[:2+rng.IntN(len(r)-2)])
		}
		q.Set("q", name)
		return get("/api/v1/entities")
	case 2:
		return get("/api/v1/entities/" + url.PathEscape(pick(rng, p.all, "nobody")))
	case 3:
		q.Set("depth", strconv.Itoa(1+rng.IntN(3)))
		return get("/api/v1/entities/" + url.PathEscape(pick(rng, p.all, "nobody")) + "/neighbourhood")
	case 4:
		q.Set("from", person)
		q.Set("to", other)
		q.Set("k", strconv.Itoa(1+rng.IntN(4)))
		return get("/api/v1/paths")
	case 5:
		q.Set("from", person)
		q.Set("to", other)
		return get("/api/v1/paths/time")
	case 6, 7:
		projection()
		q.Set("measure", measures[rng.IntN(len(measures))])
		q.Set("top", "0")
		return get("/api/v1/insights/centrality")
	case 8:
		projection()
		return get("/api/v1/insights/communities")
	case 9:
		return get("/api/v1/insights/case-bridges")
	case 10:
		return get("/api/v1/cases/" + url.PathEscape(pick(rng, p.cases, "c-none")) + "/links")
	case 11:
		q.Set("top", "0")
		q.Set("partition", []string{"community", "organisation", "case_type", "country"}[rng.IntN(4)])
		return get("/api/v1/insights/brokers")
	case 12:
		q.Set("k", strconv.Itoa(1+rng.IntN(4)))
		return get("/api/v1/insights/key-players")
	case 13:
		body := fmt.Sprintf(`{"by":%q,"mode":"sequential","count":%d}`, measures[rng.IntN(2)], 1+rng.IntN(6))
		return request{method: "POST", target: "/api/v1/insights/disruption", body: []byte(body), contentType: "application/json"}
	case 14:
		return get("/api/v1/insights/centralization")
	case 15:
		q.Set("period", "month")
		q.Set("top", "5")
		return get("/api/v1/insights/centrality-over-time")
	case 16:
		return get("/api/v1/money/flows")
	case 17:
		q.Set("from", pick(rng, append(p.accounts, p.people...), "nobody"))
		return get("/api/v1/money/trail")
	case 18:
		q.Set("from", pick(rng, append(p.accounts, p.people...), "nobody"))
		q.Set("to", pick(rng, append(p.accounts, p.people...), "nobody"))
		return get("/api/v1/money/maxflow")
	case 19:
		return get("/api/v1/money/cycles")
	case 20:
		return get([]string{"/api/v1/money/fans", "/api/v1/money/hawala"}[rng.IntN(2)])
	case 21:
		return get("/api/v1/resolution/candidates")
	case 22:
		return get("/api/v1/cases")
	default:
		projection()
		return get("/api/v1/network")
	}
}

// checkHiddenIDs asks every route that takes an id about ids hidden from the compartment and about ids that
// never existed: the answers must be the same bytes but for the id itself. It returns how many ids it asked.
func checkHiddenIDs(t *testing.T, srv *server, token string, all, visible *ringleader.Network, rng *rand.Rand) int {
	t.Helper()
	seen := map[string]bool{}
	for _, e := range visible.Entities {
		seen[e.ID] = true
	}
	var hidden, hiddenCases []string
	for _, e := range all.Entities {
		if !seen[e.ID] {
			hidden = append(hidden, e.ID)
			if e.Kind == ringleader.KindCase {
				hiddenCases = append(hiddenCases, e.ID)
			}
		}
	}
	p := poolOf(visible)
	anchor := pick(rng, p.people, "nobody")
	routes := []func(id string) string{
		func(id string) string { return "/api/v1/entities/" + url.PathEscape(id) },
		func(id string) string { return "/api/v1/entities/" + url.PathEscape(id) + "/neighbourhood" },
		func(id string) string {
			return "/api/v1/paths?from=" + url.QueryEscape(anchor) + "&to=" + url.QueryEscape(id)
		},
		func(id string) string {
			return "/api/v1/paths?from=" + url.QueryEscape(id) + "&to=" + url.QueryEscape(anchor)
		},
		func(id string) string {
			return "/api/v1/paths/time?from=" + url.QueryEscape(id) + "&to=" + url.QueryEscape(anchor)
		},
		func(id string) string { return "/api/v1/money/trail?from=" + url.QueryEscape(id) },
		func(id string) string {
			return "/api/v1/money/maxflow?from=" + url.QueryEscape(id) + "&to=" + url.QueryEscape(anchor)
		},
		func(id string) string { return "/api/v1/money/cycles?from=" + url.QueryEscape(id) },
		func(id string) string { return "/api/v1/resolution/candidates?entity=" + url.QueryEscape(id) },
		func(id string) string { return "/api/v1/cases/" + url.PathEscape(id) + "/links" },
		func(id string) string { return "/api/v1/charts/" + url.PathEscape(id) },
	}
	caseRoutes := []func(id string) string{
		func(id string) string { return "/api/v1/insights/centrality?top=0&case=" + url.QueryEscape(id) },
		func(id string) string { return "/api/v1/network?case=" + url.QueryEscape(id) },
		func(id string) string { return "/api/v1/insights/communities?case=" + url.QueryEscape(id) },
		func(id string) string { return "/api/v1/money/flows?case=" + url.QueryEscape(id) },
	}
	n := 0
	try := func(route func(string) string, h string) {
		// An id that never existed, of the same length, so that nothing but the id itself may differ.
		x := strings.Repeat("z", len(h))
		a, b := srv.do(request{method: "GET", target: route(h)}, token), srv.do(request{method: "GET", target: route(x)}, token)
		ha := bytes.ReplaceAll(bytes.ReplaceAll(a.body, []byte(url.PathEscape(h)), []byte(x)), []byte(h), []byte(x))
		if a.status != b.status || !bytes.Equal(ha, b.body) {
			t.Errorf("hidden id %q answers unlike a missing one on %s:\n  hidden:  %d %.300s\n  missing: %d %.300s",
				h, route(h), a.status, a.body, b.status, b.body)
		}
		n++
	}
	for range 3 {
		if len(hidden) == 0 {
			break
		}
		h := hidden[rng.IntN(len(hidden))]
		for _, route := range routes {
			try(route, h)
		}
	}
	for _, c := range hiddenCases {
		for _, route := range caseRoutes {
			try(route, c)
		}
	}
	return n
}

// checkRefusedWrites attempts writes that reach outside the compartment: each must be refused, and the store
// must hold afterwards exactly what it held before. It returns how many it attempted.
func checkRefusedWrites(t *testing.T, st ringleader.Store, srv *server, token string, s ringleader.Scope, all, visible *ringleader.Network, rng *rand.Rand) int {
	t.Helper()
	before := dump(t, st)
	p := poolOf(visible)
	mine := s.Cases()[rng.IntN(len(s.Cases()))]
	var outside []string
	for _, e := range all.Entities {
		if e.Kind == ringleader.KindCase && !s.Allows([]string{e.ID}) {
			outside = append(outside, e.ID)
		}
	}
	var hiddenPerson, sharedPerson string
	seen := map[string]bool{}
	for _, e := range visible.Entities {
		seen[e.ID] = true
	}
	for _, e := range all.Entities {
		switch {
		case e.Kind != ringleader.KindPerson:
		case !seen[e.ID] && hiddenPerson == "":
			hiddenPerson = e.ID
		case seen[e.ID] && !s.Within(e.Cases) && sharedPerson == "":
			sharedPerson = e.ID
		}
	}
	a, b := pick(rng, p.people, ""), pick(rng, p.people, "")
	type attempt struct {
		name  string
		files map[string]string
		json  string // a POST to json's route instead of a load
		route string
	}
	var attempts []attempt
	if hiddenPerson != "" && a != "" {
		attempts = append(attempts,
			attempt{name: "payment to a hidden person", files: map[string]string{"financial_links.csv": "id,from,to,amount,currency,cases\n" +
				"wx-1," + a + "," + hiddenPerson + ",10,USD," + mine + "\n"}},
			attempt{name: "rename of a hidden person", files: map[string]string{"suspects.csv": "id,name,cases\n" + hiddenPerson +
				",Renamed," + mine + "\n"}},
			attempt{name: "decision on a hidden person", route: "/api/v1/resolution/decisions",
				json: fmt.Sprintf(`{"source":%q,"target":%q,"decision":"confirmed"}`, a, hiddenPerson)},
			attempt{name: "chart of a hidden person", route: "/api/v1/charts",
				json: fmt.Sprintf(`{"name":"x","state":{"entities":[%q,%q]}}`, a, hiddenPerson)})
	}
	if sharedPerson != "" {
		attempts = append(attempts, attempt{name: "rename of a shared person", files: map[string]string{"suspects.csv": "id,name,cases\n" +
			sharedPerson + ",Renamed," + mine + "\n"}})
	}
	if len(outside) > 0 {
		o := outside[rng.IntN(len(outside))]
		attempts = append(attempts,
			attempt{name: "person in a case outside", files: map[string]string{"suspects.csv": "id,name,cases\nwx-new,New," + o + "\n"}},
			attempt{name: "update of a case outside", files: map[string]string{"cases.csv": "id,title,type\n" + o + ",Retitled,drugs\n"}})
		if a != "" && b != "" && a != b {
			attempts = append(attempts, attempt{name: "call in a case outside", files: map[string]string{"associations.csv": "source,target,type,cases\n" +
				a + "," + b + ",call," + o + "\n"}})
		}
	}
	attempts = append(attempts,
		attempt{name: "a new case", files: map[string]string{"cases.csv": "id,title,type\nwx-case,New case,drugs\n"}},
		attempt{name: "a person in no case", files: map[string]string{"suspects.csv": "id,name\nwx-none,Nobody\n"}})
	for _, at := range attempts {
		var got answer
		if at.route != "" {
			got = srv.do(request{method: "POST", target: at.route, body: []byte(at.json), contentType: "application/json"}, token)
		} else {
			var buf bytes.Buffer
			mw := multipart.NewWriter(&buf)
			for name, text := range at.files {
				w, _ := mw.CreateFormFile("file", name)
				io.WriteString(w, text)
			}
			mw.Close()
			got = srv.do(request{method: "POST", target: "/api/v1/load", body: buf.Bytes(), contentType: mw.FormDataContentType()}, token)
		}
		if got.status < 400 || got.status >= 500 {
			t.Errorf("cases %s: %s: %d %.300s, want refused", s.Key(), at.name, got.status, got.body)
		}
	}
	if after := dump(t, st); after != before {
		t.Errorf("cases %s: refused writes changed the store", s.Key())
	}
	return len(attempts)
}

// dump is every record of the store, with everything it keeps (cases of each source, store order), and its
// charts: what a refused write must leave as it was.
func dump(t *testing.T, st ringleader.Store) string {
	t.Helper()
	ctx := context.Background()
	net, err := st.Network(ctx, ringleader.AllCases(), ringleader.NetworkFilter{})
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
	if cs, ok := st.(ringleader.ChartStore); ok {
		charts, err := cs.Charts(ctx)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "%d charts\n", len(charts))
	}
	return b.String()
}
