package main

import (
	"encoding/csv"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/testing/fixtures"
)

// TestDisruptReproducesCavallaro2020 runs the CLI as an analyst would on the Montagna
// phone-call network and compares its curves with those Cavallaro et al. (2020, PLOS ONE
// e0236476) published: sequential removal by betweenness and by degree, unweighted,
// ties broken by the last loaded, as the authors' code does.
func TestDisruptReproducesCavallaro2020(t *testing.T) {
	bundle, err := fixtures.MontagnaBundle("../../testdata/datasets/montagna/Montagna_phonecalls_edgelist.csv", ringleader.AssocAssociate)
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "bundle")
	if err := fixtures.WriteDatasetBundle(dir, bundle); err != nil {
		t.Fatal(err)
	}
	store := "--store=sqlite:" + filepath.Join(t.TempDir(), "rl.db")
	mustRun(t, "load", store, dir)
	for _, tc := range []struct{ by, column string }{{"betweenness", "Betweenness"}, {"degree", "Degree"}} {
		t.Run(tc.by, func(t *testing.T) {
			want := publishedCurve(t, "disruption_sequential_phone_calls_Unweighted_5nrem.csv", tc.column)
			out := mustRun(t, "disrupt", store, "--by", tc.by, "--mode", "sequential", "--count", strconv.Itoa(len(want)-1),
				"--tie-break", "last-loaded", "--format", "json")
			var got struct {
				Steps []struct {
					Removed     []string `json:"removed"`
					LCCFraction float64  `json:"lcc_fraction"`
				} `json:"steps"`
			}
			if err := json.Unmarshal([]byte(out), &got); err != nil {
				t.Fatal(err)
			}
			if len(got.Steps) != len(want) {
				t.Fatalf("%d steps, the paper has %d", len(got.Steps), len(want))
			}
			for i, w := range want {
				if math.Abs(got.Steps[i].LCCFraction-w) > 1e-9 {
					t.Fatalf("step %d: LCC fraction %.10f, published %.10f", i, got.Steps[i].LCCFraction, w)
				}
			}
			if tc.by == "betweenness" && (len(got.Steps[1].Removed) != 1 || got.Steps[1].Removed[0] != "18") {
				t.Errorf("first arrest %v, want 18", got.Steps[1].Removed)
			}
		})
	}
}

// publishedCurve reads one column of a published disruption file (the row for 0
// removals first).
func publishedCurve(t *testing.T, file, column string) []float64 {
	t.Helper()
	f, err := os.Open(filepath.Join("../../graph/testdata/cavallaro2020", file))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := -1
	for i, h := range rows[0] {
		if h == column {
			col = i
		}
	}
	if col < 0 {
		t.Fatalf("%s has no column %s", file, column)
	}
	var out []float64
	for _, r := range rows[1:] {
		v, err := strconv.ParseFloat(r[col], 64)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, v)
	}
	return out
}
