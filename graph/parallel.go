package graph

import (
	"context"
	"runtime"
	"sync"
	"sync/atomic"
)

// partitions returns how many fixed partitions of n sources a parallel kernel splits its
// work into. The count does not depend on scheduling, and partial results are combined
// in partition order, so results are the same on every run.
func partitions(n int) int {
	return max(1, min(n, max(16, runtime.GOMAXPROCS(0))))
}

// runPartitions calls work(scratch, p) once for every partition p in [0, parts), on up
// to GOMAXPROCS goroutines, each with its own scratch from newScratch. Once ctx is done
// no partition starts, and ctx's error is returned; long work checks ctx itself too
// (see stopped), since a partition may hold thousands of searches. Each partition done is
// reported to ctx's ProgressFunc.
func runPartitions[S any](ctx context.Context, parts int, newScratch func() S, work func(scratch S, part int)) error {
	workers := min(parts, runtime.GOMAXPROCS(0))
	var next, done atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := newScratch()
			for {
				p := int(next.Add(1) - 1)
				if p >= parts || ctx.Err() != nil {
					return
				}
				work(s, p)
				report(ctx, int(done.Add(1)), parts)
			}
		}()
	}
	wg.Wait()
	return ctx.Err()
}

// stopped reports whether ctx is done. Kernels call it once per search or per
// candidate, work of O(n + m) or more, beside which its cost does not show.
func stopped(ctx context.Context) bool { return ctx.Err() != nil }
