package neo4j_test

import (
	"context"
	"sync"
	"testing"
	"time"

	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/ringleader/ringleader/neo4j"
	"github.com/ringleader/ringleader/testing/neo4jtest"
)

// TestMain stops the test binary's Neo4j server after the tests, failed or not.
func TestMain(m *testing.M) { neo4jtest.Main(m) }

var routeOnce sync.Once

// server returns the shared server, logging once which route started it.
func server(tb testing.TB) *neo4jtest.Server {
	tb.Helper()
	s := neo4jtest.Start(tb)
	routeOnce.Do(func() { tb.Logf("neo4j: route=%s uri=%s", s.Route, s.URI) })
	return s
}

// wipe deletes every node and relationship, keeping the schema, so that tests sharing the server each start
// from an empty database. Tests that wipe must not run in parallel.
func wipe(tb testing.TB, srv *neo4jtest.Server) {
	tb.Helper()
	d := srv.Driver(tb)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	session := d.NewSession(ctx, neo4jdrv.SessionConfig{DatabaseName: "neo4j"})
	defer session.Close(ctx)
	// CALL { } IN TRANSACTIONS needs an auto-commit transaction.
	res, err := session.Run(ctx, `MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`, nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		tb.Fatalf("wipe: %v", err)
	}
}

// config returns the Config that reaches srv.
func config(srv *neo4jtest.Server) neo4j.Config {
	return neo4j.Config{URI: srv.URI, User: srv.User, Password: srv.Password}
}

// mustOpen wipes the shared server's database and opens a store on it, closed when tb ends.
func mustOpen(tb testing.TB) *neo4j.Store {
	tb.Helper()
	return mustOpenConfig(tb, func(*neo4j.Config) {})
}

// mustOpenConfig is mustOpen with a Config that edit adjusts (batch sizes).
func mustOpenConfig(tb testing.TB, edit func(*neo4j.Config)) *neo4j.Store {
	tb.Helper()
	srv := server(tb)
	wipe(tb, srv)
	cfg := config(srv)
	edit(&cfg)
	s, err := neo4j.Open(tb.Context(), cfg)
	if err != nil {
		tb.Fatalf("Open: %v", err)
	}
	tb.Cleanup(func() {
		if err := s.Close(); err != nil {
			tb.Errorf("Close: %v", err)
		}
	})
	return s
}

// cypher runs a statement on the shared server outside the store and returns its records.
func cypher(tb testing.TB, stmt string, params map[string]any) []*neo4jdrv.Record {
	tb.Helper()
	d := server(tb).Driver(tb)
	res, err := neo4jdrv.ExecuteQuery(tb.Context(), d, stmt, params, neo4jdrv.EagerResultTransformer,
		neo4jdrv.ExecuteQueryWithDatabase("neo4j"))
	if err != nil {
		tb.Fatalf("%s: %v", stmt, err)
	}
	return res.Records
}
