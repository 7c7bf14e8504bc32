package main

import (
	"bytes"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestProgressLines: with --progress, load and analyze say on stderr what they are doing, stage by stage, with
// durations; without it, off a terminal, stderr stays empty and stdout is the same.
func TestProgressLines(t *testing.T) {
	dir := t.TempDir()
	bundle := filepath.Join(dir, "bundle")
	store := "--store=sqlite:" + filepath.Join(dir, "rl.db")
	mustRun(t, "demo", "--store=sqlite:"+filepath.Join(dir, "demo.db"), "--no-serve", "--write-bundle", bundle)

	_, errOut, err := runCLI(t, "load", store, "--progress", bundle)
	if err != nil {
		t.Fatalf("load --progress: %v\n%s", err, errOut)
	}
	for _, want := range []string{
		`(?m)^reading and checking the input…$`,
		`(?m)^reading and checking the input: \d+ records, done in \d+\.\d\d s$`,
		`(?m)^writing: (\d+) of (\d+) \(100%\), \d+\.\d s$`,
	} {
		if !regexp.MustCompile(want).MatchString(errOut) {
			t.Errorf("load --progress: stderr has no line like %s:\n%s", want, errOut)
		}
	}

	tests := []struct {
		args   []string
		kernel string
	}{
		{[]string{"--measure", "pagerank"}, `pagerank: done`},
		{[]string{"--measure", "communities"}, `communities \(leiden\): \d+ communities, done`},
		{[]string{"--measure", "betweenness", "--epsilon", "0.05"}, `approximate betweenness \(epsilon 0.05\): done`},
	}
	for _, tt := range tests {
		t.Run(tt.args[1], func(t *testing.T) {
			args := append([]string{"analyze", store, "--top", "3"}, tt.args...)
			quiet, quietErr, err := runCLI(t, args...)
			if err != nil || quietErr != "" {
				t.Fatalf("%s: %v, stderr %q", strings.Join(args, " "), err, quietErr)
			}
			out, errOut, err := runCLI(t, append(args, "--progress")...)
			if err != nil {
				t.Fatalf("%s --progress: %v", strings.Join(args, " "), err)
			}
			if out != quiet {
				t.Errorf("--progress changed stdout:\n%s\nwithout it:\n%s", out, quiet)
			}
			for _, want := range []string{
				`(?m)^reading the store and projecting: \d+ nodes, \d+ links, done in \d+\.\d\d s$`,
				`(?m)^` + tt.kernel + ` in \d+\.\d\d s$`,
			} {
				if !regexp.MustCompile(want).MatchString(errOut) {
					t.Errorf("stderr has no line like %s:\n%s", want, errOut)
				}
			}
		})
	}
}

// TestStagesOffATerminal: without --progress a writer that is not a terminal gets nothing.
func TestStagesOffATerminal(t *testing.T) {
	var buf bytes.Buffer
	s := newStages(&buf, false)
	end := s.start("reading")
	end("12 nodes")
	end("again")
	if buf.Len() > 0 || s.on() {
		t.Errorf("printed %q", buf.String())
	}
	s = newStages(&buf, true)
	end = s.start("reading")
	end("12 nodes")
	end("again")
	if got := buf.String(); !regexp.MustCompile(`^reading…\nreading: 12 nodes, done in \d+\.\d\d s\n$`).MatchString(got) {
		t.Errorf("--progress printed %q", got)
	}
}
