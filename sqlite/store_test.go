package sqlite_test

import (
	"path/filepath"
	"testing"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/sqlite"
	"github.com/ringleader/ringleader/testing/storetest"
)

// mustOpen opens a store in a new file under t's temporary directory and closes it when t
// ends.
func mustOpen(tb testing.TB) *sqlite.Store {
	tb.Helper()
	return mustOpenPath(tb, filepath.Join(tb.TempDir(), "ringleader.db"))
}

func mustOpenPath(tb testing.TB, path string) *sqlite.Store {
	tb.Helper()
	s, err := sqlite.Open(tb.Context(), path)
	if err != nil {
		tb.Fatalf("Open(%s): %v", path, err)
	}
	tb.Cleanup(func() {
		if err := s.Close(); err != nil {
			tb.Errorf("Close: %v", err)
		}
	})
	return s
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) ringleader.Store { return mustOpen(t) })
}
