package main

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fakeReport is three sizes whose load grows as n^1.2 and PageRank as n^1, with Leiden over memory at 1M.
func fakeReport() *report {
	rep := &report{Machine: map[string]string{}, Degree: 10, Seed: 1, Timeout: "30m0s", MaxRSSMiB: 20000}
	for _, n := range []int{10_000, 100_000, 1_000_000} {
		x := float64(n) / 10_000
		s := sizeResult{People: n, Steps: []stepResult{
			{Step: "load", Status: statusOK, Seconds: 2 * math.Pow(x, 1.2), CPUSeconds: math.Pow(x, 1.2), PeakMiB: 100 * x},
			{Step: "pagerank", Status: statusOK, Seconds: 0.5 * x, PeakMiB: 50 * x,
				Stages: map[string]float64{"reading the store and projecting": 0.3 * x, "pagerank": 0.1 * x}},
			{Step: "leiden", Status: statusOK, Seconds: 0.6 * x, PeakMiB: 60 * x},
		}}
		if n == 1_000_000 {
			s.Steps[2] = stepResult{Step: "leiden", Status: statusMemory, Seconds: 40, Detail: "killed above 20000 MiB resident"}
		}
		rep.Sizes = append(rep.Sizes, s)
	}
	return rep
}

func TestLogLogSlope(t *testing.T) {
	rep := fakeReport()
	tests := []struct {
		step   string
		want   float64
		points int
		ok     bool
	}{
		{"load", 1.2, 3, true},
		{"pagerank", 1, 3, true},
		{"leiden", 1, 2, true}, // the failed size is left out
		{"core", 0, 0, false},
	}
	for _, tt := range tests {
		f, ok := logLogSlope(rep.Sizes, tt.step, seconds)
		if ok != tt.ok || f.Points != tt.points || math.Abs(f.Slope-tt.want) > 1e-9 {
			t.Errorf("%s: slope %v (%d points, %v), want %v (%d, %v)", tt.step, f.Slope, f.Points, ok, tt.want, tt.points, tt.ok)
		}
	}
}

func TestSectionAndTargets(t *testing.T) {
	text := section(fakeReport(), "docs/bench-scale.png")
	for _, want := range []string{
		"| load | 2.00 | 1.00 | 100 | 31.7 | 15.8 | 1000 | 502.4 | 251.2 | 10000 | 1.20 | 1.20 | 1.00 |",
		"| leiden | 0.60 | 0.000 | 60 | 6.00 | 0.000 | 600 | over memory | — | — | 1.00 | — | 1.00 |",
		"| core | — | — | — | — | — | — | — | — | — | — | — | — |",
		"| 100k | pagerank | 3.00 | 1.00 | 1.00 |",
		"- 1M, leiden: over memory: killed above 20000 MiB resident",
		"| 1M load ≤ 180 s | 502.4 s | not met (by 179%) |",
		"| 1M load peak < 4096 MiB (4 GiB) | 10000.0 MiB | not met (by 144%) |",
		"| 1M pagerank ≤ 60 s | 50.0 s | met |",
		"| 1M leiden ≤ 60 s | over memory | not met |",
		"| 1M degree ≤ 60 s | not run | not met |",
		"| load time slope ≤ 1.15 | 1.20 over 3 sizes | not met |",
		"| pagerank time slope ≤ 1.15 | 1.00 over 3 sizes | met |",
		"![Time and peak memory of each step against the number of people, log-log](bench-scale.png)",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the section has no line %q:\n%s", want, text)
		}
	}
	if strings.Count(text, "\n## ") > 0 {
		t.Error("the section holds a second-level heading: the next run would cut it there")
	}
}

func TestWriteSection(t *testing.T) {
	path := filepath.Join(t.TempDir(), "benchmarks.md")
	page := "# Peer benchmark\n\nintro\n\n## Load into Neo4j\n\nload text\n"
	if err := os.WriteFile(path, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := writeSection(path, heading+"\n\nfirst\n"); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, append(mustRead(t, path), "\n## The workbench\n\nweb text\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := writeSection(path, heading+"\n\nsecond\n"); err != nil {
		t.Fatal(err)
	}
	want := "# Peer benchmark\n\nintro\n\n## Load into Neo4j\n\nload text\n\n" + heading + "\n\nsecond\n\n## The workbench\n\nweb text\n"
	if got := string(mustRead(t, path)); got != want {
		t.Errorf("page:\n%s\nwant:\n%s", got, want)
	}

	// A page that is the section alone, as a first run into an empty file writes it.
	alone := filepath.Join(t.TempDir(), "alone.md")
	for _, text := range []string{"first", "second"} {
		if err := writeSection(alone, heading+"\n\n"+text+"\n"); err != nil {
			t.Fatal(err)
		}
	}
	if got, want := string(mustRead(t, alone)), heading+"\n\nsecond\n"; got != want {
		t.Errorf("page of the section alone:\n%s\nwant:\n%s", got, want)
	}
}

func TestPlot(t *testing.T) {
	path := filepath.Join(t.TempDir(), "scale.png")
	if err := plotScale(path, fakeReport()); err != nil {
		t.Fatal(err)
	}
	b := mustRead(t, path)
	if len(b) < 1000 || string(b[1:4]) != "PNG" {
		t.Errorf("not a PNG: %d bytes", len(b))
	}
	one := fakeReport()
	one.Sizes = one.Sizes[:1]
	if err := plotScale(path, one); err != nil {
		t.Errorf("one size: %v", err)
	}
}

func TestLabel(t *testing.T) {
	for n, want := range map[int]string{10_000: "10k", 100_000: "100k", 1_000_000: "1M", 2_500_000: "2500k", 1234: "1234"} {
		if got := label(n); got != want {
			t.Errorf("label(%d) = %q, want %q", n, got, want)
		}
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
