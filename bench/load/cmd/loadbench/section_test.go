package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestWriteSection(t *testing.T) {
	const text = heading + "\n\nnew figures\n"
	tests := []struct {
		name, page, want string
	}{
		{"appended", "# Peers\n\nrows\n", "# Peers\n\nrows\n\n" + text},
		{"replaced at the end", "# Peers\n\n" + heading + "\n\nold\n", "# Peers\n\n" + text},
		{"later section kept", "# Peers\n\n" + heading + "\n\nold\n\n## Later\n\nkept\n", "# Peers\n\n" + text + "\n## Later\n\nkept\n"},
		{"no page", "", text},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "benchmarks.md")
			if tt.page != "" {
				if err := os.WriteFile(path, []byte(tt.page), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			if err := writeSection(path, text); err != nil {
				t.Fatal(err)
			}
			got, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tt.want {
				t.Errorf("page:\n%q\nwant:\n%q", got, tt.want)
			}
		})
	}
}

func TestSummarise(t *testing.T) {
	rep := &report{Records: 1000, Runs: []runResult{
		{Side: sideRingleader, Round: 1, Seconds: 10, RecordsPerSec: 100},
		{Side: sideLoadCSVCreate, Round: 1, Seconds: 5, RecordsPerSec: 200},
		{Side: "load-csv", Round: 1, Seconds: 20, RecordsPerSec: 50}, // an older file's name of MERGE
		{Side: sideRingleader, Round: 2, Seconds: 8, RecordsPerSec: 125},
		{Side: sideLoadCSVCreate, Round: 2, Seconds: 4, RecordsPerSec: 250},
		{Side: "load-csv", Round: 2, Seconds: 16, RecordsPerSec: 62.5},
		{Side: sideRingleader, Round: 3, Seconds: 12.5, RecordsPerSec: 80},
		{Side: sideLoadCSVCreate, Round: 3, Seconds: 6.25, RecordsPerSec: 160},
		{Side: "load-csv", Round: 3, Seconds: 10, RecordsPerSec: 100},
		{Side: sideAdminImport, Round: 1, Seconds: 1, RecordsPerSec: 1000},
	}}
	summarise(rep)
	if want := []string{sideRingleader, sideLoadCSVCreate, sideLoadCSVMerge, sideAdminImport}; !slices.Equal(rep.Sides, want) {
		t.Fatalf("sides %v, want %v", rep.Sides, want)
	}
	tests := []struct {
		side   string
		ratios []float64
		median float64
		secs   float64
	}{
		{sideLoadCSVCreate, []float64{0.5, 0.5, 0.5}, 0.5, 5},
		{sideLoadCSVMerge, []float64{2, 2, 0.8}, 2, 16},
		{sideAdminImport, []float64{0.1}, 0.1, 1}, // one round only: paired with Ringleader's round 1
	}
	for _, tt := range tests {
		if !slices.Equal(rep.Ratios[tt.side], tt.ratios) || rep.Medians[tt.side] != tt.median || rep.MedianSeconds[tt.side] != tt.secs {
			t.Errorf("%s: ratios %v median %v seconds %v, want %v %v %v", tt.side, rep.Ratios[tt.side], rep.Medians[tt.side],
				rep.MedianSeconds[tt.side], tt.ratios, tt.median, tt.secs)
		}
	}
	if rep.MedianSeconds[sideRingleader] != 10 {
		t.Errorf("Ringleader's median seconds %v, want 10", rep.MedianSeconds[sideRingleader])
	}
	if page := section(rep); !strings.Contains(page, "| LOAD CSV, CREATE | 5.0 | 200 | **0.500** |") {
		t.Errorf("section lacks the CREATE row:\n%s", page)
	}
}
