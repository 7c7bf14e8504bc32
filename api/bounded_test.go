package api_test

import (
	"context"
	"encoding/json"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ringleader/ringleader/api"
	"github.com/ringleader/ringleader/insights"
	"github.com/ringleader/ringleader/loaders"
	"github.com/ringleader/ringleader/sqlite"
	"github.com/ringleader/ringleader/testing/fixtures"
	"github.com/ringleader/ringleader/testing/openapitest"
)

// syntheticStore is a SQLite store holding a generated network of n people.
func syntheticStore(t *testing.T, n int) *sqlite.Store {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "bounded.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	bundle, err := fixtures.SyntheticBundle(n, 8, 1)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := loaders.LoadFS(ctx, st, bundle, loaders.Options{}); err != nil {
		t.Fatal(err)
	}
	return st
}

// TestAnalysisLimits: an analysis past the time limit (the engine's, or the request's) is answered 504 with code
// timeout, and one too large for the memory budget 413 with code too_large, each saying what to ask instead.
func TestAnalysisLimits(t *testing.T) {
	st := syntheticStore(t, 3000)
	tests := []struct {
		name           string
		limits         insights.Limits
		requestTimeout time.Duration
		status         int
		code           string
		says           []string
	}{
		{"the engine's time limit", insights.Limits{Timeout: time.Millisecond}, 0, 504, "timeout",
			[]string{"time limit of 1ms", "--analysis-timeout", "epsilon", "--engine gds"}},
		{"the request's time limit", insights.Limits{}, time.Millisecond, 504, "timeout",
			[]string{"--analysis-timeout", "epsilon", "--engine gds"}},
		{"the memory budget", insights.Limits{MemoryBudget: 1 << 20}, 0, 413, "too_large",
			[]string{"3000 entities", "1.0 MiB", "--memory-budget", "epsilon", "--engine gds"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := api.NewHandler(api.Deps{Store: st, NoAuth: true, Engine: insights.NewBounded(st, tt.limits),
				RequestTimeout: tt.requestTimeout})
			srv := httptest.NewServer(openapitest.Wrap(t, h))
			defer srv.Close()
			status, header, body := get(t, srv, "/api/v1/insights/centrality?measure=betweenness")
			var p api.Problem
			if err := json.Unmarshal(body, &p); err != nil {
				t.Fatalf("%d %s: %v", status, body, err)
			}
			if status != tt.status || p.Code != tt.code {
				t.Fatalf("%d %s, want %d with code %s", status, body, tt.status, tt.code)
			}
			for _, want := range tt.says {
				if !strings.Contains(p.Detail, want) {
					t.Errorf("detail %q does not say %q", p.Detail, want)
				}
			}
			if header.Get("Retry-After") != "" {
				t.Error("Retry-After on a request that will fail the same way again")
			}
			if status, _, _ := get(t, srv, "/healthz"); status != 200 {
				t.Errorf("healthz %d after the refusal", status)
			}
		})
	}
}
