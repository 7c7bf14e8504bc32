package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/ringleader/ringleader/testing/fixtures"
)

// TestCentralizationCaviarPhases loads every CAVIAR phase through the CLI, as an analyst would (each phase's
// matrix as a CSV bundle of one association row per non-zero cell, into a store of its own), and checks the
// Freeman centralizations that `analyze --measure centralization --directed --weighted` gives against those
// Anastasiadis and Antoniou (2024, Information 15(2):84) published (graph/testdata/anastasiadis2024, from the
// authors' repository). Phase 7's matrix lists caller 9 on two rows, so its bundle holds two rows for each pair
// both rows call: two observations of one tie, whose calls add up, as the authors' figures count them.
func TestCentralizationCaviarPhases(t *testing.T) {
	f, err := os.Open("../../graph/testdata/anastasiadis2024/Metrics_Temp.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 12 {
		t.Fatalf("%d rows, want a header and 11 phases", len(rows))
	}
	col := map[string]int{}
	for i, name := range rows[0] {
		col[name] = i
	}
	published := func(t *testing.T, phase int, column string) float64 {
		t.Helper()
		i, ok := col[column]
		if !ok {
			t.Fatalf("no column %q", column)
		}
		v, err := strconv.ParseFloat(rows[phase][i], 64)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	root := t.TempDir()
	worst := 0.0
	for phase := 1; phase <= 11; phase++ {
		t.Run(fmt.Sprintf("phase%d", phase), func(t *testing.T) {
			bundle, err := fixtures.CaviarBundle(filepath.Join("../../testdata/datasets/caviar/phases", fmt.Sprintf("CAVIAR%d.csv", phase)))
			if err != nil {
				t.Fatal(err)
			}
			dir := filepath.Join(root, fmt.Sprint(phase))
			if err := fixtures.WriteDatasetBundle(dir, bundle); err != nil {
				t.Fatal(err)
			}
			store := "--store=sqlite:" + dir + ".db"
			mustRun(t, "load", store, dir)
			var got struct {
				Centralization struct {
					InDegree    float64 `json:"in_degree"`
					OutDegree   float64 `json:"out_degree"`
					Betweenness float64 `json:"betweenness"`
				} `json:"centralization"`
			}
			out := mustRun(t, "analyze", store, "--measure", "centralization", "--directed", "--weighted", "--format", "json")
			if err := json.Unmarshal([]byte(out), &got); err != nil {
				t.Fatalf("output is not JSON: %v\n%s", err, out)
			}
			for _, m := range []struct {
				column string
				got    float64
			}{
				{"In-Degree Centralization", got.Centralization.InDegree},
				{"Out-Degree Centralization", got.Centralization.OutDegree},
				{"Betweenness Centralization", got.Centralization.Betweenness},
			} {
				want := published(t, phase, m.column)
				d := math.Abs(m.got - want)
				worst = max(worst, d)
				if d > 1e-9 {
					t.Errorf("%s = %.6f, published %.6f", m.column, m.got, want)
				}
			}
		})
	}
	t.Logf("largest difference from the published values: %.2g", worst)
}
