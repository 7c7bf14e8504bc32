package insights_test

import (
	"context"
	"testing"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/demo"
	"github.com/ringleader/ringleader/insights"
	"github.com/ringleader/ringleader/loaders"
)

// demoNetwork is the demo bundle as the loader reads it.
func demoNetwork(tb testing.TB) *ringleader.Network {
	tb.Helper()
	batch, _, _, err := loaders.ReadBundle(context.Background(), demo.Bundle(), nil, loaders.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	return &ringleader.Network{Entities: batch.Entities, Links: batch.Links}
}

// BenchmarkRobustness times --robustness on the demo with the defaults (R = 100 runs of each kind, 10%): the
// issue asks for under 2 s.
func BenchmarkRobustness(b *testing.B) {
	e := insights.New(&memReader{net: demoNetwork(b), version: 1})
	ctx := context.Background()
	all, opt := ringleader.AllCases(), ringleader.ProjectionOptions{}
	if _, err := e.Project(ctx, all, opt); err != nil {
		b.Fatal(err)
	}
	ro := insights.RobustnessOptions{Top: 10, Runs: 100, Perturb: 10, Seed: 1}
	b.Run("betweenness", func(b *testing.B) {
		for b.Loop() {
			if _, err := e.CentralityRobustness(ctx, all, opt, "betweenness", ro); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("brokers", func(b *testing.B) {
		for b.Loop() {
			if _, err := e.BrokersRobustness(ctx, all, opt, insights.BrokerOptions{}, ro); err != nil {
				b.Fatal(err)
			}
		}
	})
}
