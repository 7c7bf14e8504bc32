package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/ringleader/ringleader/demo"
	"github.com/ringleader/ringleader/testing/fixtures"
)

var kekStream = fixtures.KEKStream()

// kekReference is the KEK ownership graph's recorded counts.
func kekReference(t *testing.T) (nodes, edges int) {
	t.Helper()
	ref, err := fixtures.KEKReference()
	if err != nil {
		t.Fatal(err)
	}
	return ref.Nodes, ref.Edges
}

// TestFtMLoadExportReload loads the KEK FollowTheMoney stream, checks its ownership
// graph against the reference counts, exports it as FtM and loads the export into a
// fresh store: the same counts again.
func TestFtMLoadExportReload(t *testing.T) {
	nodes, edges := kekReference(t)
	dir := t.TempDir()
	first := filepath.Join(dir, "first.db")
	mustRun(t, "load", "--store=sqlite:"+first, kekStream)
	s := readState(t, first)
	if s.Counts.Entities["Organisation"] != nodes || s.Counts.Links["MEMBER_OF"] != edges {
		t.Fatalf("KEK loaded as %v, reference: %d organisations, %d ownership links", s.Counts, nodes, edges)
	}
	export := filepath.Join(dir, "kek.ftm.jsonl")
	mustRun(t, "export", "--store=sqlite:"+first, "--format", "ftm", "--out", export)
	second := filepath.Join(dir, "second.db")
	mustRun(t, "load", "--store=sqlite:"+second, export)
	if again := readState(t, second); again.Counts.TotalEntities() != s.Counts.TotalEntities() || again.Counts.TotalLinks() != s.Counts.TotalLinks() {
		t.Errorf("reloaded export holds %v, the original %v", again.Counts, s.Counts)
	}
	csvDir := filepath.Join(dir, "csv")
	mustRun(t, "export", "--store=sqlite:"+first, "--format", "csv", "--out", csvDir)
	if b, err := os.ReadFile(filepath.Join(csvDir, "edges.csv")); err != nil || len(b) == 0 {
		t.Errorf("edges.csv: %v", err)
	}
}

// TestExchangeExportLoad loads the demo, exports it as GraphML (and every other exchange format) and loads the
// GraphML into a fresh store: the same counts again. A bad GraphML file fails with its line and field and leaves
// the store as it was; --confirmed-only says on stderr what it left out.
func TestExchangeExportLoad(t *testing.T) {
	dir := t.TempDir()
	bundle := filepath.Join(dir, "bundle")
	if err := demo.Write(bundle); err != nil {
		t.Fatal(err)
	}
	first := filepath.Join(dir, "first.db")
	mustRun(t, "load", "--store=sqlite:"+first, bundle)
	for _, f := range []string{"anx", "gexf", "matrix-csv", "matrix-xlsx"} {
		out := filepath.Join(dir, "demo."+f)
		mustRun(t, "export", "--store=sqlite:"+first, "--format", f, "--out", out)
		if st, err := os.Stat(out); err != nil || st.Size() == 0 {
			t.Errorf("%s: %v", f, err)
		}
	}
	// The demo grades its rows: some of its ties are unconfirmed or tentative.
	_, stderr, err := runCLI(t, "export", "--store=sqlite:"+first, "--format", "graphml", "--out",
		filepath.Join(dir, "confirmed.graphml"), "--confirmed-only")
	if m := regexp.MustCompile(`restricted to confirmed links only: (\d+) links and 0 entities left out`).FindStringSubmatch(stderr); err != nil || m == nil || m[1] == "0" {
		t.Fatalf("%v: %s", err, stderr)
	}
	gml := filepath.Join(dir, "demo.graphml")
	mustRun(t, "export", "--store=sqlite:"+first, "--format", "graphml", "--out", gml)
	second := filepath.Join(dir, "second.db")
	mustRun(t, "load", "--store=sqlite:"+second, gml)
	s, again := readState(t, first), readState(t, second)
	if again.Counts.TotalEntities() != s.Counts.TotalEntities() || again.Counts.TotalLinks() != s.Counts.TotalLinks() {
		t.Errorf("the GraphML loads as %v, the store held %v", again.Counts, s.Counts)
	}
	bad := filepath.Join(dir, "bad.graphml")
	text, _ := os.ReadFile(gml)
	m := regexp.MustCompile(`<key id="(\w+)" for="edge" attr.name="weight"`).FindStringSubmatch(string(text))
	if m == nil {
		t.Fatal("no weight key")
	}
	broken := strings.Replace(string(text), `<data key="`+m[1]+`">1</data>`, `<data key="`+m[1]+`">lots</data>`, 1)
	if broken == string(text) {
		t.Fatal("found no weight to break")
	}
	if err := os.WriteFile(bad, []byte(broken), 0o644); err != nil {
		t.Fatal(err)
	}
	third := filepath.Join(dir, "third.db")
	mustRun(t, "load", "--store=sqlite:"+third, bundle)
	before := readState(t, third)
	_, _, err = runCLI(t, "load", "--store=sqlite:"+third, bad)
	if err == nil || !strings.Contains(err.Error(), "bad.graphml:") || !strings.Contains(err.Error(), `: weight: "lots" is not a number`) {
		t.Errorf("bad file: %v", err)
	}
	if after := readState(t, third); after.Counts.TotalLinks() != before.Counts.TotalLinks() || after.Counts.TotalEntities() != before.Counts.TotalEntities() {
		t.Errorf("a refused load changed the store: %v, then %v", before.Counts, after.Counts)
	}
}
