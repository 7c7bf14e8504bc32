package main

import (
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// On the demo, whose rows carry grading, leaving out the unconfirmed and tentative links changes the broker
// ranking, and the output says which restriction it applied and what it left out.
func TestConfirmedOnlyChangesBrokers(t *testing.T) {
	store := "sqlite:" + filepath.Join(t.TempDir(), "demo.db")
	mustRun(t, "demo", "--no-serve", "--store", store)
	type ranking struct {
		Restriction *struct {
			MinGrade      string `json:"min_grade"`
			ConfirmedOnly bool   `json:"confirmed_only"`
			LinksLeftOut  int    `json:"links_left_out"`
		} `json:"restriction"`
		Links   int `json:"links"`
		Brokers []struct {
			ID string `json:"id"`
		} `json:"results"`
	}
	read := func(args ...string) (ranking, []string) {
		var r ranking
		out := mustRun(t, append([]string{"brokers", "--store", store, "--top", "10", "--format", "json"}, args...)...)
		if err := json.Unmarshal([]byte(out), &r); err != nil {
			t.Fatalf("%v: %v\n%s", args, err, out)
		}
		ids := make([]string, len(r.Brokers))
		for i, b := range r.Brokers {
			ids[i] = b.ID
		}
		return r, ids
	}
	all, allIDs := read()
	confirmed, confirmedIDs := read("--confirmed-only")
	if all.Restriction != nil {
		t.Errorf("an unrestricted ranking reports a restriction: %+v", all.Restriction)
	}
	if confirmed.Restriction == nil || !confirmed.Restriction.ConfirmedOnly || confirmed.Restriction.LinksLeftOut == 0 {
		t.Fatalf("--confirmed-only reports restriction %+v", confirmed.Restriction)
	}
	if confirmed.Links >= all.Links {
		t.Errorf("--confirmed-only projects %d links, all links %d", confirmed.Links, all.Links)
	}
	if len(allIDs) != 10 || slices.Equal(allIDs, confirmedIDs) {
		t.Errorf("broker ranking unchanged by --confirmed-only: %v", allIDs)
	}
	table := mustRun(t, "brokers", "--store", store, "--top", "3", "--confirmed-only", "--min-grade", "b2")
	if !strings.Contains(table, "grade B2 or better, confirmed links only: ") {
		t.Errorf("the table does not say which restriction it applied:\n%s", table)
	}
	_, stderr, err := runCLI(t, "analyze", "--store", store, "--min-grade", "B9")
	if err == nil || !strings.Contains(stderr+err.Error(), `--min-grade: "B9"`) {
		t.Errorf("--min-grade B9: error %v, stderr %q; want one naming the flag", err, stderr)
	}
}
