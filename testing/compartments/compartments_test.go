package compartments_test

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/neo4j"
	"github.com/ringleader/ringleader/sqlite"
	"github.com/ringleader/ringleader/testing/compartments"
	"github.com/ringleader/ringleader/testing/neo4jtest"
)

// TestMain stops the Neo4j server after the tests, failed or not.
func TestMain(m *testing.M) { neo4jtest.Main(m) }

// config is the size of a run: 12 compartments and 300 read requests, from a fixed seed unless
// RINGLEADER_COMPARTMENT_SEED gives another.
func config(t *testing.T) compartments.Config {
	cfg := compartments.Config{Seed: 20261204, Scopes: 12, Reads: 300}
	if s := os.Getenv("RINGLEADER_COMPARTMENT_SEED"); s != "" {
		seed, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			t.Fatalf("RINGLEADER_COMPARTMENT_SEED: %v", err)
		}
		cfg.Seed = seed
	}
	return cfg
}

func report(t *testing.T, cfg compartments.Config, res compartments.Result) {
	t.Logf("seed %d: %d compartments, %d reads compared (%d answered 200), %d hidden-id probes, %d refused writes",
		cfg.Seed, res.Scopes, res.Reads, res.Answered, res.HiddenIDs, res.Writes)
}

func TestDifferentialSQLite(t *testing.T) {
	cfg := config(t)
	dir := t.TempDir()
	n := 0
	open := func(t *testing.T) ringleader.Store {
		n++
		st, err := sqlite.Open(context.Background(), filepath.Join(dir, strconv.Itoa(n)+".db"))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		return st
	}
	report(t, cfg, compartments.Run(t, open, cfg))
}

func TestDifferentialNeo4j(t *testing.T) {
	cfg := config(t)
	srv := neo4jtest.Start(t)
	var prev *neo4j.Store
	// One server, one database: each store opened empties the one before it.
	open := func(t *testing.T) ringleader.Store {
		if prev != nil {
			prev.Close()
		}
		srv.Reset(t)
		st, err := neo4j.Open(context.Background(), neo4j.Config{URI: srv.URI, User: srv.User, Password: srv.Password,
			RetryTime: 2 * time.Second})
		if err != nil {
			t.Fatal(err)
		}
		prev = st
		t.Cleanup(func() { st.Close() })
		return st
	}
	report(t, cfg, compartments.Run(t, open, cfg))
}
