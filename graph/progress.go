package graph

import "context"

// ProgressFunc receives how far a kernel has come: done of total units of its work (partitions of the sources
// of a shortest-path kernel, say). It is called from the kernel's goroutines, possibly at once, and must be
// cheap and safe for concurrent use.
type ProgressFunc func(done, total int)

type progressKey struct{}

// WithProgress returns ctx with f to tell how far the kernels run under it have come: a server shows it to a
// client waiting on a long analysis, instead of leaving it hanging.
func WithProgress(ctx context.Context, f ProgressFunc) context.Context {
	return context.WithValue(ctx, progressKey{}, f)
}

// report tells ctx's ProgressFunc, if any, that done of total units are done.
func report(ctx context.Context, done, total int) {
	if f, ok := ctx.Value(progressKey{}).(ProgressFunc); ok {
		f(done, total)
	}
}
