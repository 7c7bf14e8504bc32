package main

import (
	"os"
	"path/filepath"
	"testing"

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
