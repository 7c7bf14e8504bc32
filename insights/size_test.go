package insights

import (
	"context"
	"io/fs"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/demo"
	"github.com/ringleader/ringleader/graph"
	"github.com/ringleader/ringleader/loaders"
	"github.com/ringleader/ringleader/sqlite"
	"github.com/ringleader/ringleader/testing/fixtures"
)

// storeOf loads bundle into a fresh SQLite store.
func storeOf(t *testing.T, bundle fs.FS) *sqlite.Store {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "size.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	batch, _, _, err := loaders.ReadBundle(ctx, bundle, nil, loaders.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.Write(ctx, batch); err != nil {
		t.Fatal(err)
	}
	return st
}

func heap() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

func bundles(t *testing.T) map[string]fs.FS {
	synthetic, err := fixtures.SyntheticBundle(5000, 10, 1)
	if err != nil {
		t.Fatal(err)
	}
	return map[string]fs.FS{"synthetic 5000": synthetic, "demo": demo.Bundle()}
}

// TestNetworkBytes compares the estimates the cache weighs networks and projections by with the heap they take
// when read from a store: within 25%. The estimates leave out the allocator's rounding of each string and
// slice to its size class, so they come out below the heap.
func TestNetworkBytes(t *testing.T) {
	for name, bundle := range bundles(t) {
		t.Run(name, func(t *testing.T) {
			st := storeOf(t, bundle)
			ctx := context.Background()
			if _, err := st.Network(ctx, ringleader.AllCases(), ringleader.NetworkFilter{}); err != nil {
				t.Fatal(err) // the store's own first-read allocations stay out of the measure
			}
			before := heap()
			net, err := st.Network(ctx, ringleader.AllCases(), ringleader.NetworkFilter{})
			if err != nil {
				t.Fatal(err)
			}
			netHeap := int64(heap() - before)
			est := networkBytes(net)
			peopleHeap := int64(0)
			for _, view := range []ringleader.View{ringleader.ViewPeople, ringleader.ViewFull} {
				opt := ringleader.ProjectionOptions{View: view, Weighted: true}
				if err := opt.Normalize(); err != nil {
					t.Fatal(err)
				}
				before := heap()
				g := graph.Project(net, opt)
				graphHeap := int64(heap() - before)
				t.Logf("%s view: %d nodes, %d edges: Graph.Bytes %d, heap %d (%.2f)", view, g.N(), g.M(), g.Bytes(),
					graphHeap, float64(g.Bytes())/float64(graphHeap))
				if r := float64(g.Bytes()) / float64(graphHeap); r < 0.75 || r > 1.25 {
					t.Errorf("%s view: Graph.Bytes %d, heap %d: ratio %.2f", view, g.Bytes(), graphHeap, r)
				}
				if view == ringleader.ViewPeople {
					peopleHeap = graphHeap
				}
				runtime.KeepAlive(g)
			}
			ents, links := len(net.Entities), len(net.Links)
			t.Logf("network of %d entities, %d links: estimate %d, heap %d (%.2f); %.0f bytes an entity and a link",
				ents, links, est, netHeap, float64(est)/float64(netHeap), float64(netHeap)/float64(ents+links))
			if r := float64(est) / float64(netHeap); r < 0.75 || r > 1.25 {
				t.Errorf("networkBytes %d, heap %d: ratio %.2f", est, netHeap, r)
			}
			// The estimate made from counts before reading, against the network and its people projection.
			whole := EstimateBytes(ents, links)
			t.Logf("estimated from counts %d, heap of network and projection %d (%.2f)", whole, netHeap+peopleHeap,
				float64(whole)/float64(netHeap+peopleHeap))
			if r := float64(whole) / float64(netHeap+peopleHeap); r < 0.5 || r > 2 {
				t.Errorf("EstimateBytes %d, heap %d: ratio %.2f", whole, netHeap+peopleHeap, r)
			}
			runtime.KeepAlive(net)
		})
	}
}
