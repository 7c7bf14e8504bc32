package main

import (
	"encoding/json"
	"errors"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestRobustnessCommands runs analyze and brokers with --robustness on the demo: a table that says which
// scenarios ran and how often each entity stays in the top k, the same in JSON, and usage mistakes refused.
func TestRobustnessCommands(t *testing.T) {
	store := "--store=sqlite:" + filepath.Join(t.TempDir(), "rl.db")
	mustRun(t, "demo", store, "--no-serve")

	out := mustRun(t, "analyze", store, "--robustness", "--top", "5")
	for _, want := range []string{"how sure the ranking is: its top 5", "100 times each with 10% of the links or of the nodes removed",
		"confirmed links only", "top-5 overlap is |A∩B|/k", "LINKS −10%: IN TOP 5"} {
		if !strings.Contains(out, want) {
			t.Errorf("analyze --robustness does not say %q:\n%s", want, out)
		}
	}
	for _, want := range []string{`10% of links removed +\d+ links +0\.\d{3} \(0\.\d{3}–`, `10% of nodes removed +\d+ nodes +0\.\d{3} \(`,
		// The top entity's row: rank 1, its rank on confirmed links, in the top 5 in at least 95% of the runs.
		`(?m)^1 +\S.*\s\d+\s+(100|9[5-9])%\s+\d`} {
		if !regexp.MustCompile(want).MatchString(out) {
			t.Errorf("analyze --robustness has no line like %q:\n%s", want, out)
		}
	}

	out = mustRun(t, "brokers", store, "--robustness", "--top", "5", "--runs", "20", "--perturb", "20", "--seed", "3")
	if !strings.Contains(out, "20 times each with 20% of the links or of the nodes removed at random (seed 3)") ||
		!regexp.MustCompile(`20% of nodes removed +\d+ nodes`).MatchString(out) {
		t.Errorf("brokers --robustness:\n%s", out)
	}

	var res struct {
		Results    []struct{ ID string }
		Robustness struct {
			K         int
			Runs      int
			Scenarios []struct {
				Name    string
				Removed int
			}
			Entities []struct {
				ID        string
				Rank      int
				DropLinks struct {
					Runs int
				} `json:"drop_links"`
			}
		}
	}
	if err := json.Unmarshal([]byte(mustRun(t, "analyze", store, "--robustness", "--top", "3", "--runs", "7", "--format", "json")), &res); err != nil {
		t.Fatal(err)
	}
	r := res.Robustness
	if r.K != 3 || r.Runs != 7 || len(r.Scenarios) != 3 || r.Scenarios[1].Name != "drop_links" || len(r.Entities) < 3 ||
		r.Entities[0].ID != res.Results[0].ID || r.Entities[0].DropLinks.Runs != 7 {
		t.Errorf("analyze --robustness --format json: %+v", res)
	}

	for _, args := range [][]string{
		{"analyze", "--robustness", "--measure", "communities"},
		{"analyze", "--robustness", "--format", "csv"},
		{"analyze", "--robustness", "--epsilon", "0.1"},
		{"analyze", "--robustness", "--runs", "0"},
		{"analyze", "--robustness", "--perturb", "80"},
		{"brokers", "--robustness", "--runs", "5000"},
	} {
		_, _, err := runCLI(t, append([]string{args[0], store}, args[1:]...)...)
		var usage *usageError
		if !errors.As(err, &usage) {
			t.Errorf("%s: %v, want a usage error (exit status 2)", strings.Join(args, " "), err)
		}
	}
}
