package neo4jtest_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/ringleader/ringleader/testing/neo4jtest"
)

// TestRunAdminImport imports two files with neo4j-admin into a volume, starts a server on that store, and reads
// the graph back with the types the headers gave; an import that names a missing node fails with the tool's own
// message.
func TestRunAdminImport(t *testing.T) {
	if s := neo4jtest.Start(t); s.Route != neo4jtest.RouteTestcontainers {
		t.Skipf("route %s: RunAdmin needs the Docker engine and image of route testcontainers", s.Route)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	files := map[string]string{
		"/import/nodes.csv": write("nodes.csv", "id:ID,name,tags:string[],seq:long\na,Alice,x;y,1\nb,Bob,z,2\n"),
		"/import/rels.csv":  write("rels.csv", ":START_ID,:END_ID,weight:double\na,b,2.5\n"),
		"/import/bad.csv":   write("bad.csv", ":START_ID,:END_ID,weight:double\na,nobody,1\n"),
	}
	volume := fmt.Sprintf("neo4jtest-admin-%d", os.Getpid())
	t.Cleanup(func() {
		if err := neo4jtest.RemoveVolume(context.Background(), volume); err != nil {
			t.Error(err)
		}
	})
	importArgs := func(rels string) []string {
		return []string{"database", "import", "full", "--nodes=Person=/import/nodes.csv",
			"--relationships=KNOWS=/import/" + rels, "--overwrite-destination=true", "neo4j"}
	}

	run, err := neo4jtest.RunAdmin(ctx, neo4jtest.AdminOptions{HomeVolume: volume, Files: files, JavaOpts: []string{"-Xmx512m"}},
		importArgs("bad.csv")...)
	if err == nil || !strings.Contains(err.Error(), "IMPORT FAILED") {
		t.Fatalf("import of a relationship to a missing node: err = %v, want the tool's IMPORT FAILED", err)
	}
	run, err = neo4jtest.RunAdmin(ctx, neo4jtest.AdminOptions{HomeVolume: volume, Files: files, JavaOpts: []string{"-Xmx512m"}},
		importArgs("rels.csv")...)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(run.Output, "IMPORT DONE") || run.Duration <= 0 {
		t.Fatalf("import took %v and said:\n%s", run.Duration, run.Output)
	}

	srv, err := neo4jtest.StartContainer(ctx, neo4jtest.ContainerOptions{HomeVolume: volume})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := srv.Terminate(); err != nil {
			t.Error(err)
		}
	})
	d, err := neo4jdrv.NewDriverWithContext(srv.URI, neo4jdrv.BasicAuth(srv.User, srv.Password, ""))
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close(ctx)
	res, err := neo4jdrv.ExecuteQuery(ctx, d, `MATCH (a:Person)-[r:KNOWS]->(b:Person) RETURN a.id, a.tags, a.seq, r.weight, b.name`,
		nil, neo4jdrv.EagerResultTransformer, neo4jdrv.ExecuteQueryWithDatabase("neo4j"))
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Records) != 1 {
		t.Fatalf("%d relationships, want 1", len(res.Records))
	}
	got := res.Records[0].Values
	if got[0] != "a" || !slices.Equal(got[1].([]any), []any{"x", "y"}) || got[2] != int64(1) || got[3] != 2.5 || got[4] != "Bob" {
		t.Errorf("read back %#v, want a, [x y], 1, 2.5, Bob", got)
	}
}
