package loaders_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/ringleader/ringleader"
)

const bundleDir = "testdata/bundle"

// bundleFS returns the test bundle as a MapFS that a test may change.
func bundleFS(tb testing.TB) fstest.MapFS {
	tb.Helper()
	entries, err := os.ReadDir(bundleDir)
	if err != nil {
		tb.Fatal(err)
	}
	m := fstest.MapFS{}
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(bundleDir, e.Name()))
		if err != nil {
			tb.Fatal(err)
		}
		m[e.Name()] = &fstest.MapFile{Data: data}
	}
	return m
}

// textFS builds a MapFS from file contents.
func textFS(files map[string]string) fstest.MapFS {
	m := fstest.MapFS{}
	for name, text := range files {
		m[name] = &fstest.MapFile{Data: []byte(text)}
	}
	return m
}

// problemLines returns the problems of an EINVALID error as "file:line: field: reason".
func problemLines(tb testing.TB, err error) []string {
	tb.Helper()
	var e *ringleader.Error
	if !errors.As(err, &e) || e.Code != ringleader.EINVALID {
		tb.Fatalf("error %v, want an EINVALID *ringleader.Error", err)
	}
	out := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		out[i] = p.String()
	}
	return out
}

// replaceLine replaces the text of a 1-based physical line of a MapFS file.
func replaceLine(tb testing.TB, m fstest.MapFS, name string, line int, old, new string) {
	tb.Helper()
	lines := strings.Split(string(m[name].Data), "\n")
	if !strings.Contains(lines[line-1], old) {
		tb.Fatalf("%s:%d is %q, without %q", name, line, lines[line-1], old)
	}
	lines[line-1] = strings.Replace(lines[line-1], old, new, 1)
	m[name] = &fstest.MapFile{Data: []byte(strings.Join(lines, "\n"))}
}
