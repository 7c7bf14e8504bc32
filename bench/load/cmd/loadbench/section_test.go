package main

import (
	"os"
	"path/filepath"
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
