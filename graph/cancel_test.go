package graph_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/ringleader/ringleader/graph"
)

// TestKernelsObserveCancellation checks that the long kernels stop with the context's
// error rather than finish: each runs on a network where it takes seconds (betweenness
// on 20,000 nodes about 16 s on 2 cores), with a context cancelled after 20 ms.
func TestKernelsObserveCancellation(t *testing.T) {
	g := syntheticGraph(t, 20000, false)
	small := syntheticGraph(t, 2000, false)
	kernels := []struct {
		name string
		run  func(ctx context.Context) error
	}{
		{"betweenness", func(ctx context.Context) error { _, err := graph.Centrality(ctx, g, "betweenness"); return err }},
		{"closeness", func(ctx context.Context) error { _, err := graph.Centrality(ctx, g, "closeness"); return err }},
		{"approximate betweenness", func(ctx context.Context) error {
			_, err := graph.ApproxBetweenness(ctx, g, 0.002, 0.1, 1)
			return err
		}},
		{"key players, distance fragmentation", func(ctx context.Context) error {
			_, err := graph.KeyPlayers(ctx, small, 3, graph.KPPDistanceFragmentation, graph.TieBreakID)
			return err
		}},
		// Leiden on the 20,000 nodes takes about 0.4 s here, checking ctx every 4,096 visits.
		{"leiden", func(ctx context.Context) error {
			_, err := graph.Leiden(ctx, g, graph.LeidenOptions{Resolution: 1, Seed: 1})
			return err
		}},
		{"disruption", func(ctx context.Context) error {
			_, err := graph.Disrupt(ctx, g, graph.DisruptionOptions{Measure: "betweenness", Mode: graph.DisruptSequential, Count: 50})
			return err
		}},
	}
	for _, k := range kernels {
		t.Run(k.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			time.AfterFunc(20*time.Millisecond, cancel)
			done := make(chan error, 1)
			start := time.Now()
			go func() { done <- k.run(ctx) }()
			select {
			case err := <-done:
				if !errors.Is(err, context.Canceled) {
					t.Errorf("error %v, want context.Canceled", err)
				}
				t.Logf("stopped %v after the start", time.Since(start).Round(time.Millisecond))
			case <-time.After(time.Minute):
				t.Fatal("still running a minute after the cancel")
			}
		})
	}
}

// A parallel kernel tells the ProgressFunc of its context how many of its partitions are done, up to all.
func TestProgressReported(t *testing.T) {
	g := syntheticGraph(t, 500, false)
	var mu sync.Mutex
	var calls, last, total int
	ctx := graph.WithProgress(context.Background(), func(done, of int) {
		mu.Lock()
		defer mu.Unlock()
		calls++
		last, total = max(last, done), of
	})
	if _, err := graph.Centrality(ctx, g, "betweenness"); err != nil {
		t.Fatal(err)
	}
	if calls == 0 || last != total || total < 2 {
		t.Errorf("%d reports, the last %d of %d; want one per partition, up to all", calls, last, total)
	}
}
