package graph_test

import (
	"errors"
	"sync"
	"testing"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/graph"
	"github.com/ringleader/ringleader/testing/fixtures"
)

var (
	syntheticMu   sync.Mutex
	syntheticNets = map[int]*ringleader.Network{}
)

// syntheticNetwork returns fixtures.SyntheticNetwork(n, 10, 1), generated once per n.
func syntheticNetwork(n int) *ringleader.Network {
	syntheticMu.Lock()
	defer syntheticMu.Unlock()
	if net, ok := syntheticNets[n]; ok {
		return net
	}
	net := fixtures.SyntheticNetwork(n, 10, 1)
	syntheticNets[n] = net
	return net
}

// syntheticGraph projects the synthetic network of n persons (average degree 10),
// undirected, weighted or not.
func syntheticGraph(tb testing.TB, n int, weighted bool) *graph.Graph {
	tb.Helper()
	opt := ringleader.ProjectionOptions{Weighted: weighted}
	if err := opt.Normalize(); err != nil {
		tb.Fatal(err)
	}
	return graph.Project(syntheticNetwork(n), opt)
}

// directedSynthetic projects the synthetic network with each link given a direction
// (every third link reversed), so that directed kernels see asymmetric arcs.
func directedSynthetic(tb testing.TB, n int, weighted bool) *graph.Graph {
	tb.Helper()
	src := syntheticNetwork(n)
	net := &ringleader.Network{Entities: src.Entities, Links: make([]ringleader.Link, len(src.Links))}
	for i, l := range src.Links {
		l.Subtype = ringleader.AssocCall
		if i%3 == 0 {
			l.Source, l.Target = l.Target, l.Source
		}
		net.Links[i] = l
	}
	opt := ringleader.ProjectionOptions{Directed: true, Weighted: weighted}
	if err := opt.Normalize(); err != nil {
		tb.Fatal(err)
	}
	return graph.Project(net, opt)
}

// isInputError reports whether err is a kernel's *graph.InputError.
func isInputError(err error) bool {
	var ie *graph.InputError
	return errors.As(err, &ie)
}
