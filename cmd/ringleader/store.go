package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/neo4j"
	"github.com/ringleader/ringleader/sqlite"
)

const defaultStore = "sqlite:ringleader.db"

// storeFlag registers --store, defaulting to RINGLEADER_STORE, then def.
func storeFlag(fs *flag.FlagSet, e env, def string) *string {
	if v := e.getenv("RINGLEADER_STORE"); v != "" {
		def = v
	}
	return fs.String("store", def, "store: sqlite:PATH, or bolt://HOST:PORT / neo4j://HOST:PORT (env RINGLEADER_STORE)")
}

// openExisting opens the store named by spec for a command that reads: a SQLite file that does not exist is an
// error that says so, rather than an empty store made on the spot.
func openExisting(ctx context.Context, spec string, e env) (ringleader.Store, error) {
	if path, ok := strings.CutPrefix(spec, "sqlite:"); ok && path != "" {
		if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("no store at %s: load a bundle into it first (ringleader load --store %s DIR), or build the demo (ringleader demo)", path, spec)
		}
	}
	return openStore(ctx, spec, e)
}

// isNeo4j reports whether spec names a Neo4j store.
func isNeo4j(spec string) bool {
	return hasAnyPrefix(spec, "bolt://", "bolt+s://", "bolt+ssc://", "neo4j://", "neo4j+s://", "neo4j+ssc://")
}

// openStore opens the store named by spec, creating an empty SQLite file if there is none.
func openStore(ctx context.Context, spec string, e env) (ringleader.Store, error) {
	switch {
	case strings.HasPrefix(spec, "sqlite:"):
		path := strings.TrimPrefix(spec, "sqlite:")
		if path == "" {
			return nil, usagef("--store %q: give a file path after sqlite:", spec)
		}
		return sqlite.Open(ctx, path)
	case isNeo4j(spec):
		// Credentials come from the environment only, never from flags that land in
		// shell history and process lists.
		cfg := neo4j.Config{URI: spec, User: firstEnv(e, "RINGLEADER_NEO4J_USER", "NEO4J_USER"),
			Password: firstEnv(e, "RINGLEADER_NEO4J_PASSWORD", "NEO4J_PASSWORD"),
			Database: firstEnv(e, "RINGLEADER_NEO4J_DATABASE", "NEO4J_DATABASE")}
		if cfg.User == "" {
			cfg.User = "neo4j"
		}
		if cfg.Password == "" {
			return nil, usagef("--store %s: set RINGLEADER_NEO4J_PASSWORD (and RINGLEADER_NEO4J_USER, default neo4j)", spec)
		}
		return neo4j.Open(ctx, cfg)
	}
	return nil, usagef("--store %q: use sqlite:PATH or a bolt:// or neo4j:// URI", spec)
}

// removeSQLite deletes a SQLite store's files, for the demo's fresh rebuild.
func removeSQLite(spec string) error {
	path, ok := strings.CutPrefix(spec, "sqlite:")
	if !ok {
		return nil
	}
	for _, suffix := range []string{"", "-wal", "-shm"} {
		if err := os.Remove(path + suffix); err != nil && !os.IsNotExist(err) {
			return fmt.Errorf("remove old demo store: %w", err)
		}
	}
	return nil
}

// firstEnv returns the first of the environment variables that is set.
func firstEnv(e env, names ...string) string {
	for _, n := range names {
		if v := e.getenv(n); v != "" {
			return v
		}
	}
	return ""
}

func hasAnyPrefix(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}
