package main

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/testing/fixtures"
)

// TestDisruptReproducesCavallaro2020 runs the CLI as an analyst would on the Montagna phone-call and meeting
// networks and compares its curves with the 16 that Cavallaro et al. (2020, PLOS ONE e0236476) published:
// sequential and block removal (5 at a time) by betweenness and by degree, unweighted and weighted, ties broken by
// the last loaded, as the authors' code does. Weighted, the authors read a tie's weight as a distance for
// betweenness (--weight-as distance) and rank by strength for degree: the sum of the weights as given, over n-1.
func TestDisruptReproducesCavallaro2020(t *testing.T) {
	nets := []struct{ name, edges, subtype string }{
		{"phone_calls", "Montagna_phonecalls_edgelist.csv", ringleader.AssocAssociate},
		{"meeting", "Montagna_meetings_edgelist.csv", ringleader.AssocMeeting},
	}
	worst := 0.0
	for _, net := range nets {
		bundle, err := fixtures.MontagnaBundle(filepath.Join("../../testdata/datasets/montagna", net.edges), net.subtype)
		if err != nil {
			t.Fatal(err)
		}
		dir := filepath.Join(t.TempDir(), "bundle")
		if err := fixtures.WriteDatasetBundle(dir, bundle); err != nil {
			t.Fatal(err)
		}
		store := "--store=sqlite:" + filepath.Join(t.TempDir(), "rl.db")
		mustRun(t, "load", store, dir)
		for _, weighted := range []bool{false, true} {
			for _, mode := range []string{"sequential", "block"} {
				for _, tc := range []struct{ by, column string }{{"betweenness", "Betweenness"}, {"degree", "Degree"}} {
					w := map[bool]string{false: "Unweighted", true: "Weighted"}[weighted]
					t.Run(fmt.Sprintf("%s/%s/%s/%s", net.name, w, mode, tc.by), func(t *testing.T) {
						removedAt, want := publishedCurve(t, fmt.Sprintf("disruption_%s_%s_%s_5nrem.csv", mode, net.name, w), tc.column)
						args := []string{"disrupt", store, "--by", tc.by, "--mode", mode, "--count", strconv.Itoa(removedAt[len(removedAt)-1]),
							"--tie-break", "last-loaded", "--format", "json"}
						if mode == "block" {
							args = append(args, "--block-size", "5")
						}
						if weighted {
							args = append(args, "--weighted", "--weight-as", "distance")
						}
						var got struct {
							Steps []struct {
								Removed     []string `json:"removed"`
								LCCFraction float64  `json:"lcc_fraction"`
							} `json:"steps"`
						}
						out := mustRun(t, args...)
						if err := json.Unmarshal([]byte(out), &got); err != nil {
							t.Fatal(err)
						}
						if len(got.Steps) != len(want) {
							t.Fatalf("%d steps, the paper has %d", len(got.Steps), len(want))
						}
						removed := 0
						for i, s := range got.Steps {
							removed += len(s.Removed)
							d := math.Abs(s.LCCFraction - want[i])
							worst = max(worst, d)
							if removed != removedAt[i] || d > 1e-9 {
								t.Fatalf("step %d: %d removed, LCC fraction %.10f; published %d, %.10f", i, removed, s.LCCFraction,
									removedAt[i], want[i])
							}
						}
						if net.name == "phone_calls" && !weighted && tc.by == "betweenness" && !slices.Equal(got.Steps[1].Removed[:1], []string{"18"}) {
							t.Errorf("first arrest %v, want 18", got.Steps[1].Removed)
						}
					})
				}
			}
		}
	}
	t.Logf("largest difference from the published curves: %.2g", worst)
}

// publishedCurve reads one column of a published disruption file: the number of nodes removed at each recorded
// step ("No", 0 first) and the LCC fraction then.
func publishedCurve(t *testing.T, file, column string) (removed []int, lcc []float64) {
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
	no, col := slices.Index(rows[0], "No"), slices.Index(rows[0], column)
	if no < 0 || col < 0 {
		t.Fatalf("%s has no column No or %s", file, column)
	}
	for _, r := range rows[1:] {
		k, err1 := strconv.Atoi(r[no])
		v, err2 := strconv.ParseFloat(r[col], 64)
		if err := errors.Join(err1, err2); err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		removed = append(removed, k)
		lcc = append(lcc, v)
	}
	return removed, lcc
}
