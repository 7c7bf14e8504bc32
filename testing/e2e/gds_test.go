package e2e_test

import (
	"encoding/json"
	"errors"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ringleader/ringleader/neo4j"
	"github.com/ringleader/ringleader/testing/fixtures"
)

// cliResult is the part of `analyze --format json` these tests read, for a ranking or communities.
type cliResult struct {
	Nodes, Links int
	Results      []struct {
		Rank  int
		ID    string
		Score float64
	}
	Modularity  float64
	Communities []struct{ Members []string }
}

// TestCLIGDSMatchesRingleader runs `analyze --engine gds` and `analyze` (the ringleader engine) with the real binary
// on the same Neo4j store, holding the demo ring and then the CAVIAR network, and compares every measure GDS has,
// node by node: exact measures to 1e-9 relative, PageRank within what networkx's stopping rule allows the ringleader
// engine, Louvain by modularity (within 0.02; the partitions may differ).
func TestCLIGDSMatchesRingleader(t *testing.T) {
	bin := buildCLI(t)
	datasets := []struct {
		name string
		load func(t *testing.T, run func(args ...string) string, uri string)
	}{
		{"demo", func(t *testing.T, run func(args ...string) string, uri string) {
			run("demo", "--no-serve", "--store", uri)
		}},
		{"caviar", func(t *testing.T, run func(args ...string) string, uri string) {
			bundle, err := fixtures.CaviarBundle("../../testdata/datasets/caviar/CAVIAR_FULL_Directed.csv")
			if err != nil {
				t.Fatal(err)
			}
			dir := filepath.Join(t.TempDir(), "caviar")
			if err := fixtures.WriteDatasetBundle(dir, bundle); err != nil {
				t.Fatal(err)
			}
			run("load", "--store", uri, dir)
		}},
	}
	for _, ds := range datasets {
		t.Run(ds.name, func(t *testing.T) {
			_, srv := openNeo4j(t, "")
			env := append(os.Environ(), "RINGLEADER_STORE=", "RINGLEADER_NEO4J_USER="+srv.User, "RINGLEADER_NEO4J_PASSWORD="+srv.Password)
			run := func(args ...string) string {
				t.Helper()
				out, err := runCLI(bin, env, args...)
				if err != nil {
					t.Fatalf("ringleader %s: %v", strings.Join(args, " "), err)
				}
				return out
			}
			ds.load(t, run, srv.URI)
			for _, extra := range [][]string{nil, {"--directed", "--weighted"}} {
				for _, m := range append(neo4j.GDSMeasures(), "communities") {
					if extra != nil && (m == "closeness" || m == "communities") {
						continue // GDS's closeness takes no weights, its Louvain no direction: TestCLIGDSRefuses
					}
					t.Run(strings.Join(append([]string{m}, extra...), " "), func(t *testing.T) {
						args := append([]string{"analyze", "--store", srv.URI, "--measure", m, "--top", "0", "--format", "json"}, extra...)
						t0 := time.Now()
						gds := decode(t, run(append(args, "--engine", "gds")...))
						gdsTime := time.Since(t0)
						t0 = time.Now()
						rl := decode(t, run(args...))
						rlTime := time.Since(t0)
						if gds.Nodes != rl.Nodes || gds.Links != rl.Links {
							t.Fatalf("GDS projected %d nodes, %d links; Ringleader %d, %d", gds.Nodes, gds.Links, rl.Nodes, rl.Links)
						}
						if m == "communities" {
							compareCLICommunities(t, gds, rl)
						} else {
							compareCLIScores(t, m, gds, rl)
						}
						t.Logf("wall time of the whole command: --engine gds %v, ringleader %v", gdsTime.Round(time.Millisecond), rlTime.Round(time.Millisecond))
					})
				}
			}
		})
	}
}

func runCLI(bin string, env []string, args ...string) (string, error) {
	cmd := exec.Command(bin, args...)
	cmd.Env = env
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return string(out), &cliError{err: err, stderr: stderr.String()}
	}
	return string(out), nil
}

type cliError struct {
	err    error
	stderr string
}

func (e *cliError) Error() string { return e.err.Error() + "\n" + e.stderr }

func decode(t *testing.T, out string) cliResult {
	t.Helper()
	var r cliResult
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("output is not JSON: %v\n%.500s", err, out)
	}
	return r
}

func compareCLIScores(t *testing.T, measure string, gds, rl cliResult) {
	t.Helper()
	if len(gds.Results) != len(rl.Results) || len(gds.Results) != gds.Nodes {
		t.Fatalf("GDS scored %d nodes, Ringleader %d, of %d", len(gds.Results), len(rl.Results), gds.Nodes)
	}
	want := map[string]float64{}
	for _, r := range rl.Results {
		want[r.ID] = r.Score
	}
	// networkx's PageRank stops when the L1 change falls below n·1e-6, which leaves an error of at most d/(1-d)
	// times that; GDS iterates to 1e-10.
	tolerance := 1e-9
	if measure == "pagerank" {
		tolerance = 0.85 / 0.15 * float64(gds.Nodes) * 1e-6
	}
	worst, worstID := 0.0, ""
	for i, r := range gds.Results {
		w, ok := want[r.ID]
		if !ok {
			t.Fatalf("GDS scored %s, which Ringleader did not", r.ID)
		}
		d := math.Abs(r.Score - w)
		if measure != "pagerank" && d > 0 {
			d /= max(math.Abs(r.Score), math.Abs(w))
		}
		if d > worst {
			worst, worstID = d, r.ID
		}
		if r.Rank != i+1 || (i > 0 && r.Score > gds.Results[i-1].Score) {
			t.Fatalf("GDS results not ranked by score at %d: %+v", i, r)
		}
	}
	kind := "relative"
	if measure == "pagerank" {
		kind = "absolute"
	}
	t.Logf("n=%d m=%d: max %s difference %.2g (%s), tolerance %.2g", gds.Nodes, gds.Links, kind, worst, worstID, tolerance)
	if worst > tolerance {
		t.Errorf("%s: GDS and Ringleader differ by %.3g (%s) at %s", measure, worst, kind, worstID)
	}
}

func compareCLICommunities(t *testing.T, gds, rl cliResult) {
	t.Helper()
	var members []string
	for _, c := range gds.Communities {
		if len(c.Members) == 0 {
			t.Errorf("an empty community")
		}
		members = append(members, c.Members...)
	}
	slices.Sort(members)
	if len(members) != gds.Nodes || len(slices.Compact(members)) != gds.Nodes {
		t.Errorf("GDS's communities hold %d members (%d distinct) of %d nodes", len(members), len(slices.Compact(members)), gds.Nodes)
	}
	t.Logf("n=%d m=%d: GDS Q %.6f (%d groups), Ringleader Q %.6f (%d groups)", gds.Nodes, gds.Links, gds.Modularity,
		len(gds.Communities), rl.Modularity, len(rl.Communities))
	if math.Abs(gds.Modularity-rl.Modularity) > 0.02 {
		t.Errorf("GDS's Louvain Q = %.4f, Ringleader's %.4f: more than 0.02 apart", gds.Modularity, rl.Modularity)
	}
}

// TestCLIGDSRefuses checks that `analyze --engine gds` refuses, with exit status 2 and a message naming the way
// out, what GDS cannot compute as the ringleader engine does, and refuses a store that is not Neo4j.
func TestCLIGDSRefuses(t *testing.T) {
	bin := buildCLI(t)
	_, srv := openNeo4j(t, "")
	env := append(os.Environ(), "RINGLEADER_STORE=", "RINGLEADER_NEO4J_USER="+srv.User, "RINGLEADER_NEO4J_PASSWORD="+srv.Password)
	if _, err := runCLI(bin, env, "demo", "--no-serve", "--store", srv.URI); err != nil {
		t.Fatal(err)
	}
	sq := "sqlite:" + filepath.Join(t.TempDir(), "x.db")
	tests := []struct {
		args   []string
		status int
		want   string
	}{
		{[]string{"--store", sq, "--measure", "degree"}, 2, "needs a Neo4j store"},
		{[]string{"--store", srv.URI, "--measure", "eigenvector"}, 2, "degree, in_degree, out_degree, betweenness, closeness, pagerank and communities"},
		{[]string{"--store", srv.URI, "--measure", "communities", "--resolution", "2"}, 2, "no resolution"},
		{[]string{"--store", srv.URI, "--measure", "betweenness", "--epsilon", "0.1"}, 2, "--epsilon"},
		// What GDS cannot compute is refused as a usage mistake too (exit 2), by the store, before any projection.
		{[]string{"--store", srv.URI, "--measure", "closeness", "--weighted"}, 2, "takes no weights"},
		{[]string{"--store", srv.URI, "--measure", "communities", "--directed"}, 2, "undirected modularity"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args[2:], " "), func(t *testing.T) {
			_, err := runCLI(bin, env, append([]string{"analyze", "--engine", "gds"}, tt.args...)...)
			ce, ok := err.(*cliError)
			var ee *exec.ExitError
			if !ok || !errors.As(ce.err, &ee) || ee.ExitCode() != tt.status || !strings.Contains(ce.stderr, tt.want) {
				t.Errorf("error %v, want exit status %d naming %q", err, tt.status, tt.want)
			}
		})
	}
	if n := cypherRows(t, srv, `CALL gds.graph.list() YIELD graphName RETURN count(*)`); n != "0" {
		t.Errorf("%s projections left in the GDS catalog", n)
	}
}
