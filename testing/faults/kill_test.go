package faults_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/loaders"
	"github.com/ringleader/ringleader/neo4j"
	"github.com/ringleader/ringleader/sqlite"
	"github.com/ringleader/ringleader/testing/fixtures"
	"github.com/ringleader/ringleader/testing/neo4jtest"
)

// TestLoadWhenServerKilled kills the Neo4j server (SIGKILL) while the real `ringleader load` binary writes a
// bundle of 40,000 people and about 200,000 links into it, once a first transaction has committed. The load must
// fail with exit code 1 and a message that says the store is unreachable. After a restart the store holds part of
// the bundle; loading it again must complete with exactly the counts the same bundle gives in sqlite, every id
// once, and a third load must find every record unchanged.
func TestLoadWhenServerKilled(t *testing.T) {
	srv := neo4jtest.Start(t)
	bundle, err := fixtures.SyntheticBundle(40_000, 10, 7)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := fixtures.WriteDatasetBundle(dir, bundle); err != nil {
		t.Fatal(err)
	}
	want := referenceCounts(t, dir)
	bin := buildCLI(t)
	env := append(os.Environ(), "RINGLEADER_STORE=", "RINGLEADER_NEO4J_USER="+srv.User, "RINGLEADER_NEO4J_PASSWORD="+srv.Password)

	var stdout, stderr bytes.Buffer
	load := exec.Command(bin, "load", "--store", srv.URI, dir)
	load.Env, load.Stdout, load.Stderr = env, &stdout, &stderr
	if err := load.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- load.Wait() }()

	committed := waitFirstCommit(t, srv, exited)
	srv.Kill(t)
	t.Logf("killed the server with %d entities committed of %d", committed, want.TotalEntities())

	select {
	case err = <-exited:
	case <-time.After(5 * time.Minute):
		_ = load.Process.Kill()
		t.Fatalf("load still running 5 minutes after the server was killed\nstderr: %s", stderr.String())
	}
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 1 {
		t.Fatalf("load after the kill: %v, want exit code 1\nstdout: %s\nstderr: %s", err, stdout.String(), stderr.String())
	}
	msg := stderr.String()
	t.Logf("load's error: %s", strings.TrimSpace(msg))
	if !strings.Contains(msg, "the Neo4j server is unavailable") || !strings.Contains(msg, "run the same load again") {
		t.Errorf("load's error does not say that the Neo4j store is unavailable: %q", msg)
	}

	srv.Restart(t)
	st := openNeo4j(t, srv)
	partial, err := st.Counts(t.Context(), ringleader.AllCases())
	if err != nil {
		t.Fatal(err)
	}
	if partial.TotalEntities()+partial.TotalLinks() >= want.TotalEntities()+want.TotalLinks() {
		t.Fatalf("after the restart the store already holds everything (%d entities, %d links): the kill did not interrupt the load",
			partial.TotalEntities(), partial.TotalLinks())
	}
	t.Logf("after the restart: %d entities, %d links of %d and %d", partial.TotalEntities(), partial.TotalLinks(),
		want.TotalEntities(), want.TotalLinks())

	again := loadJSON(t, bin, env, srv.URI, dir)
	if got := again.EntitiesCreated + again.EntitiesUnchanged; got != want.TotalEntities() {
		t.Errorf("second load: %d entities created or unchanged, want %d (%+v)", got, want.TotalEntities(), again)
	}
	if again.EntitiesCreated != want.TotalEntities()-partial.TotalEntities() || again.LinksCreated != want.TotalLinks()-partial.TotalLinks() {
		t.Errorf("second load created %d entities and %d links, want the %d and %d the kill left out",
			again.EntitiesCreated, again.LinksCreated, want.TotalEntities()-partial.TotalEntities(), want.TotalLinks()-partial.TotalLinks())
	}
	if again.EntitiesUpdated != 0 || again.LinksUpdated != 0 {
		t.Errorf("second load updated %d entities and %d links, want none", again.EntitiesUpdated, again.LinksUpdated)
	}
	got, err := st.Counts(t.Context(), ringleader.AllCases())
	if err != nil {
		t.Fatal(err)
	}
	if !equalCounts(got, want) {
		t.Errorf("Neo4j holds %+v after the second load, sqlite %+v from the same bundle", got, want)
	}
	checkNoDuplicates(t, srv)

	third := loadJSON(t, bin, env, srv.URI, dir)
	if third.EntitiesUnchanged != want.TotalEntities() || third.LinksUnchanged != want.TotalLinks() ||
		third.EntitiesCreated+third.EntitiesUpdated+third.LinksCreated+third.LinksUpdated != 0 {
		t.Errorf("third load: %+v, want every record unchanged", third)
	}
}

// waitFirstCommit waits until the store shows a first committed transaction of the load and returns how many
// entities it holds then. A load that ends first fails the test: the kill would not interrupt anything.
func waitFirstCommit(t *testing.T, srv *neo4jtest.Server, exited <-chan error) int64 {
	t.Helper()
	d := srv.Driver(t)
	defer d.Close(context.Background())
	deadline := time.Now().Add(10 * time.Minute)
	for time.Now().Before(deadline) {
		select {
		case err := <-exited:
			t.Fatalf("load ended (%v) before a transaction was seen committed: nothing left to interrupt", err)
		default:
		}
		res, err := neo4jdrv.ExecuteQuery(t.Context(), d, `MATCH (n:Entity) RETURN count(n) AS n`, nil,
			neo4jdrv.EagerResultTransformer, neo4jdrv.ExecuteQueryWithDatabase("neo4j"))
		if err != nil {
			t.Fatalf("count entities: %v", err)
		}
		if n, _ := res.Records[0].Get("n"); n.(int64) > 0 {
			return n.(int64)
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatal("no transaction of the load committed within 10 minutes")
	return 0
}

// referenceCounts loads the bundle into a fresh sqlite store and returns its counts.
func referenceCounts(t *testing.T, dir string) ringleader.Counts {
	t.Helper()
	ref, err := sqlite.Open(t.Context(), filepath.Join(t.TempDir(), "reference.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer ref.Close()
	if _, err := loaders.Load(t.Context(), ref, []string{dir}, loaders.Options{}); err != nil {
		t.Fatal(err)
	}
	c, err := ref.Counts(t.Context(), ringleader.AllCases())
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func openNeo4j(t *testing.T, srv *neo4jtest.Server) *neo4j.Store {
	t.Helper()
	st, err := neo4j.Open(t.Context(), neo4j.Config{URI: srv.URI, User: srv.User, Password: srv.Password})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	return st
}

// loadJSON runs `ringleader load --format json` and returns its summary; it must succeed.
func loadJSON(t *testing.T, bin string, env []string, uri, dir string) loaders.Summary {
	t.Helper()
	cmd := exec.Command(bin, "load", "--format", "json", "--store", uri, dir)
	cmd.Env = env
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("load: %v\n%s", err, stderr.String())
	}
	var s loaders.Summary
	if err := json.Unmarshal(out, &s); err != nil {
		t.Fatalf("load summary: %v\n%s", err, out)
	}
	return s
}

func equalCounts(a, b ringleader.Counts) bool {
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	return bytes.Equal(ja, jb)
}

// checkNoDuplicates asserts that every entity id is held by one node and that no two relationships join the same
// two entities with the same type (the synthetic bundle has one association per pair).
func checkNoDuplicates(t *testing.T, srv *neo4jtest.Server) {
	t.Helper()
	d := srv.Driver(t)
	res, err := neo4jdrv.ExecuteQuery(t.Context(), d, `
		MATCH (n:Entity) WITH count(n) AS nodes, count(DISTINCT n.id) AS ids
		CALL () { MATCH (a:Entity)-[r]->(b:Entity) WITH a, b, type(r) AS t, count(*) AS k WHERE k > 1 RETURN count(*) AS repeated }
		RETURN nodes, ids, repeated`, nil,
		neo4jdrv.EagerResultTransformer, neo4jdrv.ExecuteQueryWithDatabase("neo4j"))
	if err != nil {
		t.Fatalf("duplicates: %v", err)
	}
	rec := res.Records[0].AsMap()
	if rec["nodes"] != rec["ids"] || rec["repeated"] != int64(0) {
		t.Errorf("duplicates after the reload: %v nodes for %v ids, %v pairs joined twice by one type", rec["nodes"], rec["ids"], rec["repeated"])
	}
}

// buildCLI builds the real binary into a test directory.
func buildCLI(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "ringleader")
	if out, err := exec.Command("go", "build", "-o", bin, "../../cmd/ringleader").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}
