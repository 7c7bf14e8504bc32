package loaders_test

import (
	"context"
	"io/fs"
	"path/filepath"
	"testing"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/loaders"
	"github.com/ringleader/ringleader/testing/fixtures"
)

const datasets = "../testdata/datasets"

// The real datasets, written as bundles by package fixtures, load as the networks that
// fixtures reads from the raw files: the same people, and the same ties with the same
// weights (CAVIAR: 110 people, 295 directed calls; Montagna: 101 people, 256 meeting ties).
func TestLoadDatasets(t *testing.T) {
	caviar := filepath.Join(datasets, "caviar", "CAVIAR_FULL_Directed.csv")
	meetings := filepath.Join(datasets, "montagna", "Montagna_meetings_edgelist.csv")
	tests := []struct {
		name           string
		network        func() (*ringleader.Network, error)
		bundle         func() (fs.FS, error)
		persons, links int
	}{
		{"caviar", func() (*ringleader.Network, error) { return fixtures.CaviarNetwork(caviar) },
			func() (fs.FS, error) { return fixtures.CaviarBundle(caviar) }, 110, 295},
		{"montagna meetings", func() (*ringleader.Network, error) { return fixtures.MontagnaNetwork(meetings) },
			func() (fs.FS, error) { return fixtures.MontagnaBundle(meetings, ringleader.AssocAssociate) }, 101, 256},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			net, err := tt.network()
			if err != nil {
				t.Fatal(err)
			}
			bundle, err := tt.bundle()
			if err != nil {
				t.Fatal(err)
			}
			st := newMemStore()
			sum, err := loaders.LoadFS(context.Background(), st, bundle, loaders.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if sum.EntitiesCreated != tt.persons || sum.LinksCreated != tt.links || sum.Duplicates != 0 {
				t.Fatalf("summary %+v, want %d persons and %d links", sum, tt.persons, tt.links)
			}
			for _, e := range net.Entities {
				if got, ok := st.ents[e.ID]; !ok || got.Kind != ringleader.KindPerson {
					t.Errorf("person %s: %+v", e.ID, got)
				}
			}
			for _, l := range net.Links {
				got, err := st.link(l.Key())
				if err != nil || got.Weight != l.Weight || got.Subtype != l.Subtype {
					t.Errorf("link %s: %+v (%v), want weight %g", l.Key(), got, err, l.Weight)
				}
			}
		})
	}
}
