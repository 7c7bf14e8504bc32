package e2e_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ringleader/ringleader/insights"
)

// buildCLI builds the real binary into a test directory.
func buildCLI(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "ringleader")
	if out, err := exec.Command("go", "build", "-o", bin, "../../cmd/ringleader").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// TestCLIOnNeo4j runs the demo into Neo4j and into sqlite with the real binary: every
// measure's `analyze --format json` is identical on both stores, and `analyze --write`
// leaves the scores on the Neo4j entities for Browser.
func TestCLIOnNeo4j(t *testing.T) {
	_, srv := openNeo4j(t, "")
	bin := buildCLI(t)
	env := append(os.Environ(), "RINGLEADER_STORE=", "RINGLEADER_NEO4J_USER="+srv.User, "RINGLEADER_NEO4J_PASSWORD="+srv.Password)
	run := func(args ...string) string {
		t.Helper()
		cmd := exec.Command(bin, args...)
		cmd.Env = env
		out, err := cmd.Output()
		if err != nil {
			var stderr string
			if ee, ok := err.(*exec.ExitError); ok {
				stderr = string(ee.Stderr)
			}
			t.Fatalf("ringleader %s: %v\n%s", strings.Join(args, " "), err, stderr)
		}
		return string(out)
	}
	sq := "sqlite:" + filepath.Join(t.TempDir(), "demo.db")
	run("demo", "--no-serve", "--store", sq)
	run("demo", "--no-serve", "--store", srv.URI)
	for _, m := range insights.Measures() {
		for _, extra := range [][]string{nil, {"--directed", "--weighted"}} {
			args := append([]string{"analyze", "--measure", m, "--top", "0", "--format", "json"}, extra...)
			a := run(append(args, "--store", sq)...)
			b := run(append(args, "--store", srv.URI)...)
			if a != b {
				t.Errorf("analyze %s %v: sqlite and Neo4j differ", m, extra)
			}
		}
	}
	run("analyze", "--store", srv.URI, "--measure", "betweenness", "--write")
	recs := cypherRows(t, srv, `MATCH (n:Person) WHERE n.rl_betweenness IS NOT NULL RETURN count(n)`)
	if recs != "296" {
		t.Errorf("%s people carry rl_betweenness, want all 296", recs)
	}
	// A password on the command line is never needed: without the environment the
	// binary refuses with a usage error naming the variable.
	cmd := exec.Command(bin, "analyze", "--store", srv.URI)
	cmd.Env = append(os.Environ(), "RINGLEADER_STORE=", "RINGLEADER_NEO4J_PASSWORD=", "NEO4J_PASSWORD=")
	out, err := cmd.CombinedOutput()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 2 || !strings.Contains(string(out), "RINGLEADER_NEO4J_PASSWORD") {
		t.Errorf("no password: %v %s", err, out)
	}
}
