package browsertest_test

import (
	"context"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/api"
	"github.com/ringleader/ringleader/neo4j"
	"github.com/ringleader/ringleader/testing/browsertest"
	"github.com/ringleader/ringleader/testing/neo4jtest"
	"github.com/ringleader/ringleader/testing/openapitest"
)

// TestWorkbenchOnNeo4j opens the workbench served over the Neo4j store (the production store): it draws the demo
// ring, and its panel links an entity to the same neighbourhood in Neo4j Browser, whose query the server answers.
// The analyst's whole session runs in testing/workbench over SQLite; both stores answer the same routes.
func TestWorkbenchOnNeo4j(t *testing.T) {
	srv := neo4jtest.Start(t)
	srv.Reset(t)
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
	defer cancel()
	loadDemo(t, ctx, srv)
	st, err := neo4j.Open(ctx, neo4j.Config{URI: srv.URI, User: srv.User, Password: srv.Password})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	secret, tok, err := ringleader.NewToken("desk", ringleader.RoleAnalyst, true, nil, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if err := st.CreateToken(ctx, tok); err != nil {
		t.Fatal(err)
	}
	browserURL := srv.HTTPURL + "/browser/"
	web := httptest.NewServer(openapitest.Wrap(t, api.NewHandler(api.Deps{Store: st, Tokens: st, StoreKind: "neo4j", BrowserURL: browserURL})))
	defer web.Close()

	c, err := browsertest.Launch(browsertest.Chromium(t), width, height)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%v\n%s", err, c.Stderr())
		}
	}
	must(c.Open(ctx, web.URL+"/#token="+secret, width, height))
	must(c.WaitFor(ctx, "the first chart", `window.__ringleader && window.__ringleader.isReady`, 2*time.Minute))
	var drawn int
	must(c.Eval(ctx, `window.__ringleader.nodes.length`, &drawn))
	if drawn < 700 {
		t.Errorf("the workbench on Neo4j draws %d entities, want the demo's ~780", drawn)
	}

	broker := crossBorderBroker(t)
	must(c.Click(ctx, `[data-testid="search-input"]`))
	must(c.Type(ctx, broker.Name))
	result := `[data-testid="search-result"][data-id="` + broker.ID + `"]`
	must(c.WaitFor(ctx, "the broker in the search results", `document.querySelector('`+result+`')`, time.Minute))
	must(c.Click(ctx, result))
	must(c.WaitFor(ctx, "the link to Neo4j Browser", `document.querySelector('[data-testid="panel-neo4j-link"]')`, time.Minute))
	var href string
	must(c.Eval(ctx, `document.querySelector('[data-testid="panel-neo4j-link"]').href`, &href))
	u, err := url.Parse(href)
	if err != nil || !strings.HasPrefix(href, browserURL) || u.Query().Get("cmd") != "edit" {
		t.Fatalf("the panel links to %q, want Browser at %s with cmd=edit", href, browserURL)
	}
	query := u.Query().Get("arg")
	if !strings.Contains(query, "'"+broker.ID+"'") {
		t.Fatalf("Browser would open %q, which does not name %s", query, broker.ID)
	}
	// The query Browser would run draws the broker's neighbourhood.
	rows := cypher(t, ctx, srv, query, nil)
	if len(rows) < 5 {
		t.Errorf("%q answers %d paths, want the broker's neighbourhood", query, len(rows))
	}
}
