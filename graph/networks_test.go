package graph_test

import (
	"context"
	"testing"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/loaders"
	"github.com/ringleader/ringleader/testing/fixtures"
)

// moneyParties returns a person named by its id for each id.
func moneyParties(ids ...string) []ringleader.Entity {
	out := make([]ringleader.Entity, len(ids))
	for i, id := range ids {
		out[i] = ringleader.Entity{ID: id, Kind: ringleader.KindPerson, Name: id}
	}
	return out
}

// moneyNet returns the network of links and of a person for each party they name.
func moneyNet(links ...ringleader.Link) *ringleader.Network {
	seen := map[string]bool{}
	var ids []string
	for _, l := range links {
		for _, id := range []string{l.Source, l.Target} {
			if !seen[id] {
				seen[id] = true
				ids = append(ids, id)
			}
		}
	}
	return &ringleader.Network{Entities: moneyParties(ids...), Links: links}
}

// demoNetwork loads the demo bundle into a network, as a store would return it.
func demoNetwork(tb testing.TB) *ringleader.Network {
	tb.Helper()
	batch, _, _, err := loaders.ReadBundle(context.Background(), fixtures.Demo(), nil, loaders.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	return &ringleader.Network{Entities: batch.Entities, Links: batch.Links}
}
