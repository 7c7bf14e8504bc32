package e2e_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/api"
	"github.com/ringleader/ringleader/demo"
	"github.com/ringleader/ringleader/insights"
	"github.com/ringleader/ringleader/loaders"
	"github.com/ringleader/ringleader/neo4j"
	"github.com/ringleader/ringleader/sqlite"
	"github.com/ringleader/ringleader/testing/faults"
	"github.com/ringleader/ringleader/testing/fixtures"
	"github.com/ringleader/ringleader/testing/neo4jtest"
	"github.com/ringleader/ringleader/testing/openapitest"
)

// TestMain stops the Neo4j server after the tests, failed or not.
func TestMain(m *testing.M) { neo4jtest.Main(m) }

// openNeo4j returns a store on an empty database of the shared server.
func openNeo4j(t *testing.T, uri string) (*neo4j.Store, *neo4jtest.Server) {
	t.Helper()
	srv := neo4jtest.Start(t)
	wipe(t, srv)
	if uri == "" {
		uri = srv.URI
	}
	st, err := neo4j.Open(context.Background(), neo4j.Config{URI: uri, User: srv.User, Password: srv.Password,
		RetryTime: 2 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st, srv
}

func wipe(t *testing.T, srv *neo4jtest.Server) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	session := srv.Driver(t).NewSession(ctx, neo4jdrv.SessionConfig{DatabaseName: "neo4j"})
	defer session.Close(ctx)
	res, err := session.Run(ctx, `MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`, nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		t.Fatal(err)
	}
}

// TestDemoSameOnBothStores loads the demo ring into sqlite and into Neo4j and compares
// every measure's full ranking, and the communities, byte for byte.
func TestDemoSameOnBothStores(t *testing.T) {
	ctx := context.Background()
	n4, _ := openNeo4j(t, "")
	sq, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "demo.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer sq.Close()
	for _, st := range []ringleader.Store{sq, n4} {
		if _, err := loaders.LoadFS(ctx, st, demo.Bundle(), loaders.Options{}); err != nil {
			t.Fatal(err)
		}
	}
	a, b := insights.New(sq), insights.New(n4)
	all := ringleader.AllCases()
	for _, opt := range []ringleader.ProjectionOptions{{}, {View: ringleader.ViewFull}, {Directed: true, Weighted: true}} {
		for _, m := range insights.Measures() {
			ra, err := a.Centrality(ctx, all, opt, m, 0)
			if err != nil {
				t.Fatal(err)
			}
			rb, err := b.Centrality(ctx, all, opt, m, 0)
			if err != nil {
				t.Fatal(err)
			}
			if ja, jb := mustJSON(t, ra), mustJSON(t, rb); ja != jb {
				t.Errorf("%s %+v differs between sqlite and Neo4j:\n%.300s\n%.300s", m, opt, ja, jb)
			}
		}
		ca, _ := a.Communities(ctx, all, opt, insights.DefaultCommunityOptions())
		cb, _ := b.Communities(ctx, all, opt, insights.DefaultCommunityOptions())
		if mustJSON(t, ca) != mustJSON(t, cb) {
			t.Errorf("communities %+v differ between sqlite and Neo4j", opt)
		}
	}
}

func mustJSON(t *testing.T, v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestCypherIsReadOnly sends writing statements to /api/v1/cypher on a real Neo4j and
// checks that each is refused and nothing changed.
func TestCypherIsReadOnly(t *testing.T) {
	ctx := context.Background()
	st, _ := openNeo4j(t, "")
	if _, err := st.Write(ctx, &ringleader.Batch{Entities: []ringleader.Entity{
		{ID: "p1", Kind: ringleader.KindPerson, Name: "Abu Khalil", Cases: []string{"C1"}}}}); err != nil {
		t.Fatal(err)
	}
	tokens, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "tokens.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer tokens.Close()
	secret := func(name string, role ringleader.Role, all bool, cases ...string) string {
		s, tok, err := ringleader.NewToken(name, role, all, cases, time.Now())
		if err != nil {
			t.Fatal(err)
		}
		if err := tokens.CreateToken(ctx, tok); err != nil {
			t.Fatal(err)
		}
		return s
	}
	admin := secret("admin", ringleader.RoleAdmin, true)
	compartment := secret("captagon", ringleader.RoleAnalyst, false, "C1")
	srv := httptest.NewServer(openapitest.Wrap(t, api.NewHandler(api.Deps{Store: st, Tokens: tokens})))
	defer srv.Close()
	post := func(token, body string) (int, string) {
		req, _ := http.NewRequest("POST", srv.URL+"/api/v1/cypher", strings.NewReader(body))
		req.Header.Set("Authorization", "Bearer "+token)
		req.Header.Set("Content-Type", "application/json")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	for _, stmt := range []string{
		`CREATE (n:Entity {id: 'x'})`,
		`MERGE (n:Entity {id: 'x'}) RETURN n`,
		`MATCH (n:Entity {id: 'p1'}) DETACH DELETE n`,
		`MATCH (n:Entity {id: 'p1'}) SET n.name = 'changed'`,
		`MATCH (n:Entity {id: 'p1'}) REMOVE n.name`,
		`CALL dbms.security.createUser('mallory', 'password123', false)`,
		`CREATE INDEX evil IF NOT EXISTS FOR (n:Entity) ON (n.name)`,
		`CALL apoc.create.node(['Entity'], {id: 'y'})`,
		`MATCH (n) CALL (n) { SET n.x = 1 } RETURN count(*)`,
		`LOAD CSV FROM 'file:///etc/passwd' AS row CREATE (:Leak {line: row[0]})`,
	} {
		body, _ := json.Marshal(map[string]any{"statement": stmt})
		status, answer := post(admin, string(body))
		if status != http.StatusForbidden && status != http.StatusBadRequest {
			t.Errorf("%s: %d %s, want a refusal", stmt, status, answer)
		}
	}
	status, answer := post(admin, `{"statement":"MATCH (n:Entity {id: $id}) RETURN n.name AS name","parameters":{"id":"p1"}}`)
	if status != 200 || !strings.Contains(answer, `"Abu Khalil"`) {
		t.Errorf("read: %d %s", status, answer)
	}
	status, answer = post(admin, `{"statement":"UNWIND range(1, 50) AS i RETURN i","max_rows":10}`)
	if status != 200 || !strings.Contains(answer, `"truncated":true`) {
		t.Errorf("row cap: %d %s", status, answer)
	}
	if status, _ := post(compartment, `{"statement":"MATCH (n) RETURN count(n)"}`); status != http.StatusForbidden {
		t.Errorf("a compartmented token ran Cypher: %d", status)
	}
	e, err := st.Entity(ctx, ringleader.AllCases(), "p1")
	if err != nil || e.Name != "Abu Khalil" {
		t.Errorf("the refused statements changed p1: %+v %v", e, err)
	}
	if counts, _ := st.Counts(ctx, ringleader.AllCases()); counts.TotalEntities() != 1 {
		t.Errorf("the refused statements changed the counts: %+v", counts)
	}
}

// TestStoreOutage cuts the API off from a real Neo4j: it answers 503 with Retry-After
// (never a 5xx of its own), and answers again by itself once Neo4j is back.
func TestStoreOutage(t *testing.T) {
	srv := neo4jtest.Start(t)
	u, err := url.Parse(srv.URI)
	if err != nil {
		t.Fatal(err)
	}
	px := faults.NewProxy(t, u.Host)
	st, _ := openNeo4j(t, "bolt://"+px.Addr)
	ctx := context.Background()
	if _, err := st.Write(ctx, &ringleader.Batch{Entities: []ringleader.Entity{
		{ID: "p1", Kind: ringleader.KindPerson, Name: "Abu Khalil"}}}); err != nil {
		t.Fatal(err)
	}
	h := httptest.NewServer(openapitest.Wrap(t, api.NewHandler(api.Deps{Store: st, NoAuth: true, RequestTimeout: 20 * time.Second})))
	defer h.Close()
	get := func(path string) (int, http.Header) {
		resp, err := http.Get(h.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode, resp.Header
	}
	if status, _ := get("/api/v1/entities/p1"); status != 200 {
		t.Fatalf("before the outage: %d", status)
	}
	px.Cut()
	for _, path := range []string{"/readyz", "/api/v1/entities/p1", "/api/v1/insights/centrality", "/api/v1/stats"} {
		status, hdr := get(path)
		if status != http.StatusServiceUnavailable || hdr.Get("Retry-After") == "" {
			t.Errorf("%s during the outage: %d (Retry-After %q), want 503 with Retry-After", path, status, hdr.Get("Retry-After"))
		}
	}
	px.Restore(t)
	deadline := time.Now().Add(60 * time.Second)
	for {
		status, _ := get("/api/v1/entities/p1")
		if status == 200 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the API did not recover within a minute of Neo4j's return (last %d)", status)
		}
		time.Sleep(500 * time.Millisecond)
	}
	if status, _ := get("/readyz"); status != 200 {
		t.Errorf("/readyz after recovery: %d", status)
	}
}

// TestNeo4jKeepsTokensAndAudit serves the API with Neo4j as the token store and audit
// log, as `serve --store bolt://...` does.
func TestNeo4jKeepsTokensAndAudit(t *testing.T) {
	ctx := context.Background()
	st, _ := openNeo4j(t, "")
	if _, err := st.Write(ctx, &ringleader.Batch{Entities: []ringleader.Entity{
		{ID: "p1", Kind: ringleader.KindPerson, Name: "Abu Khalil", Cases: []string{"C1"}},
		{ID: "p2", Kind: ringleader.KindPerson, Name: "Omar Zaki", Cases: []string{"C2"}}}}); err != nil {
		t.Fatal(err)
	}
	secret, tok, err := ringleader.NewToken("captagon", ringleader.RoleViewer, false, []string{"C1"}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if err := st.CreateToken(ctx, tok); err != nil {
		t.Fatal(err)
	}
	if err := st.CreateToken(ctx, tok); ringleader.ErrorCode(err) != ringleader.ECONFLICT {
		t.Errorf("second active token of the same name: %v, want ECONFLICT", err)
	}
	h := httptest.NewServer(openapitest.Wrap(t, api.NewHandler(api.Deps{Store: st, Tokens: st, Audit: st})))
	defer h.Close()
	get := func(path, token string) int {
		req, _ := http.NewRequest("GET", h.URL+path, nil)
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if s := get("/api/v1/entities/p1", ""); s != 401 {
		t.Errorf("no token: %d", s)
	}
	if s := get("/api/v1/entities/p1", secret); s != 200 {
		t.Errorf("token: %d", s)
	}
	if s := get("/api/v1/entities/p2", secret); s != 404 {
		t.Errorf("entity of another case: %d, want 404", s)
	}
	recs, err := st.Audit(ctx, ringleader.AuditQuery{Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 3 || recs[0].Token != "captagon" || recs[0].Status != 404 || recs[2].Status != 401 || recs[2].Token != "" {
		t.Errorf("audit %+v", recs)
	}
	if err := st.RevokeToken(ctx, "captagon", time.Now()); err != nil {
		t.Fatal(err)
	}
	if s := get("/api/v1/entities/p1", secret); s != 401 {
		t.Errorf("revoked token: %d, want 401", s)
	}
	// Tokens and audit records are not entities.
	if counts, _ := st.Counts(ctx, ringleader.AllCases()); counts.TotalEntities() != 2 {
		t.Errorf("counts %+v, want the 2 entities only", counts)
	}
}

// TestKEKIntoNeo4j loads the KEK FollowTheMoney stream into Neo4j: its ownership graph's
// counts are those of its reference.json (sqlite: cmd/ringleader's TestFtMLoadExportReload).
func TestKEKIntoNeo4j(t *testing.T) {
	ctx := context.Background()
	st, _ := openNeo4j(t, "")
	if _, err := loaders.Load(ctx, st, []string{fixtures.KEKStream()}, loaders.Options{}); err != nil {
		t.Fatal(err)
	}
	ref, err := fixtures.KEKReference()
	if err != nil {
		t.Fatal(err)
	}
	counts, err := st.Counts(ctx, ringleader.AllCases())
	if err != nil {
		t.Fatal(err)
	}
	if counts.Entities[ringleader.KindOrganisation] != ref.Nodes || counts.Links[ringleader.LinkMemberOf] != ref.Edges {
		t.Errorf("KEK in Neo4j: %+v, reference %d nodes, %d edges", counts, ref.Nodes, ref.Edges)
	}
}

// cypherRows runs a statement returning one value and gives it as text.
func cypherRows(t *testing.T, srv *neo4jtest.Server, stmt string) string {
	t.Helper()
	ctx := context.Background()
	session := srv.Driver(t).NewSession(ctx, neo4jdrv.SessionConfig{DatabaseName: "neo4j"})
	defer session.Close(ctx)
	res, err := session.Run(ctx, stmt, nil)
	if err != nil {
		t.Fatal(err)
	}
	rec, err := res.Single(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return fmt.Sprint(rec.Values[0])
}
