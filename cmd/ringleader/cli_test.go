package main

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// badFlag is, for every command, a flag value that is a usage mistake.
var badFlag = map[string][]string{
	"demo":       {"--addr", "127.0.0.1:0", "--no-serve", "--bogus"},
	"load":       {"--format", "yaml", "x"},
	"analyze":    {"--measure", "charisma"},
	"serve":      {"--rate-limit", "lots"},
	"brokers":    {"--partition", "bogus"},
	"keyplayers": {"--measure", "bogus"},
	"disrupt":    {"--mode", "bad"},
	"resolve":    {"--threshold", "x"},
	"search":     {"--limit", "0", "Ali"},
	"links":      {"--hops", "0", "case-x"},
	"money":      {"trail", "--format", "yaml", "--from", "p1"},
	"export":     {"--format", "pdf"},
	"token":      {"create", "--name", "x", "--role", "god", "--cases", "all"},
}

// TestEveryCommandHelpsAndRefusesBadFlags runs every command with --help (exit status 0) and with a bad flag value
// (a usage mistake, exit status 2), on a store that holds the demo.
func TestEveryCommandHelpsAndRefusesBadFlags(t *testing.T) {
	store := "--store=sqlite:" + filepath.Join(t.TempDir(), "rl.db")
	mustRun(t, "demo", store, "--no-serve")
	for _, c := range commands() {
		t.Run(c.name, func(t *testing.T) {
			if _, _, err := runCLI(t, c.name, "--help"); err != nil {
				t.Errorf("%s --help: %v, want exit status 0", c.name, err)
			}
			args, ok := badFlag[c.name]
			if !ok {
				t.Fatalf("no bad flag value for %s: add one", c.name)
			}
			args = append(args[:1:1], append([]string{store}, args[1:]...)...)
			if c.name == "money" || c.name == "token" { // a subcommand first
				args = append([]string{args[0], store}, badFlag[c.name][1:]...)
			}
			_, _, err := runCLI(t, append([]string{c.name}, args...)...)
			var usage *usageError
			if !errors.As(err, &usage) {
				t.Errorf("%s %s: %v, want a usage error (exit status 2)", c.name, strings.Join(args, " "), err)
			}
		})
	}
}

// TestCLIAfterTheDemo is a new user's first minutes: the demo, then the commands the README lists, on the same
// default store.
func TestCLIAfterTheDemo(t *testing.T) {
	dir := t.TempDir()
	wd, _ := os.Getwd()
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chdir(wd) })

	// Before anything is loaded, a read command says there is no store, and makes none.
	_, _, err := runCLI(t, "analyze", "--measure", "degree")
	if err == nil || !strings.Contains(err.Error(), "no store at ringleader.db") {
		t.Errorf("analyze before any load: %v", err)
	}
	if _, err := os.Stat("ringleader.db"); !errors.Is(err, os.ErrNotExist) {
		t.Error("a read command made an empty store")
	}
	mustRun(t, "demo", "--no-serve")
	if out := mustRun(t, "links", "case-homs-captagon"); !strings.Contains(out, "case-anbar-weapons") {
		t.Errorf("links after the demo, on the default store:\n%s", out)
	}
	if out := mustRun(t, "analyze", "--measure", "degree", "--top", "3"); !strings.Contains(out, "296 nodes") {
		t.Errorf("analyze after the demo reads another store:\n%s", out)
	}
	// Communities by Leiden unless Louvain is asked for; the k-core as a measure and a filter.
	if out := mustRun(t, "analyze", "--measure", "communities", "--top", "2"); !strings.Contains(out, "communities (Leiden, seed 42)") {
		t.Errorf("communities by default:\n%s", out)
	}
	if out := mustRun(t, "analyze", "--measure", "communities", "--method", "louvain", "--top", "2"); !strings.Contains(out, "communities (Louvain, seed 42)") {
		t.Errorf("communities by Louvain:\n%s", out)
	}
	if out := mustRun(t, "analyze", "--measure", "core", "--top", "1"); !strings.Contains(out, "-core: a group where everyone is tied to at least") {
		t.Errorf("analyze --measure core:\n%s", out)
	}
	if out := mustRun(t, "analyze", "--measure", "degree", "--min-core", "10", "--top", "1"); !strings.Contains(out, "10-core;") || strings.Contains(out, "296 nodes") {
		t.Errorf("analyze --min-core 10 keeps everyone or does not say so:\n%s", out)
	}
	for _, bad := range [][]string{{"--min-core", "-1"}, {"--method", "infomap"}, {"--objective", "cpm", "--method", "louvain"}} {
		var usage *usageError
		if _, _, err := runCLI(t, append([]string{"analyze", "--measure", "communities"}, bad...)...); !errors.As(err, &usage) {
			t.Errorf("analyze %v: %v, want a usage error (exit status 2)", bad, err)
		}
	}
	// Money answers as tables, and disruption names whom it removes.
	for _, sub := range [][]string{{"trail", "--from", "p035"}, {"hawala"}, {"fans"}} {
		out := mustRun(t, append([]string{"money"}, sub...)...)
		if strings.HasPrefix(strings.TrimSpace(out), "{") {
			t.Errorf("money %s prints JSON, not a table:\n%.200s", sub[0], out)
		}
	}
	if out := mustRun(t, "disrupt", "--count", "2"); !strings.Contains(out, "Abdullah Othman al-Jundy (p035)") {
		t.Errorf("disrupt does not name whom it removes:\n%s", out)
	}
	// Explanations speak of a person, whoever it is.
	out := mustRun(t, "brokers", "--top", "30")
	if m := regexp.MustCompile(`\b(him|his|he)\b`).FindString(out); m != "" {
		t.Errorf("an explanation says %q:\n%s", m, out)
	}
	if strings.Contains(out, "from 296 to 295") {
		t.Error("an explanation counts only the person removed")
	}

	// The demo rebuilds its own store, but refuses to replace other data without --force.
	mustRun(t, "demo", "--no-serve")
	other := "--store=sqlite:" + filepath.Join(dir, "mine.db")
	mustRun(t, "load", other, writeBundle(t, map[string]string{"suspects.csv": "id,name\np1,Omar Zaki\n"}))
	if _, _, err := runCLI(t, "demo", other, "--no-serve"); err == nil || !strings.Contains(err.Error(), "--force") {
		t.Errorf("demo over a store of other data: %v, want a refusal that names --force", err)
	}
	mustRun(t, "demo", other, "--no-serve", "--force")
}

// TestLoadErrorsNameTheTrouble checks the load errors a user meets first.
func TestLoadErrorsNameTheTrouble(t *testing.T) {
	store := "--store=sqlite:" + filepath.Join(t.TempDir(), "rl.db")
	tests := []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"semicolons", map[string]string{"suspects.csv": "id;name;cases\np1;Ali;c1\n"}, `suspects.csv:1: the columns are separated by ";"`},
		{"empty table", map[string]string{"suspects.csv": ""}, "suspects.csv:1: the file is empty"},
		{"JSON Lines", map[string]string{"x.jsonl": `{"id": "p1", "kind": "Person", name: "B"}` + "\n"},
			"x.jsonl:1: not valid JSON at byte 32 of the line: 'n' where a quoted field name should start"},
	}
	for _, tt := range tests {
		_, _, err := runCLI(t, "load", store, writeBundle(t, tt.files))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: %v, want %q", tt.name, err, tt.want)
		}
	}
	missing := filepath.Join(t.TempDir(), "no", "such", "rl.db")
	_, _, err := runCLI(t, "load", "--store=sqlite:"+missing, writeBundle(t, map[string]string{"suspects.csv": "id,name\np1,A\n"}))
	if err == nil || !strings.Contains(err.Error(), filepath.Dir(missing)+" does not exist") {
		t.Errorf("a store in a missing directory: %v", err)
	}
}
