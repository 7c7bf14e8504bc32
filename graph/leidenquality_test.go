package graph

import (
	"context"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/testing/fixtures"
)

// TestLeidenQuality checks the quality by which Leiden compares its iterations against
// Modularity and CPM, on random partitions of the synthetic network, undirected and
// directed, weighted or not.
func TestLeidenQuality(t *testing.T) {
	net := fixtures.SyntheticNetwork(3000, 10, 1)
	rng := rand.New(rand.NewPCG(1, 2))
	for _, directed := range []bool{false, true} {
		for _, weighted := range []bool{false, true} {
			src := net
			if directed {
				src = &ringleader.Network{Entities: net.Entities}
				for i, l := range net.Links {
					l.Subtype = ringleader.AssocCall
					if i%3 == 0 {
						l.Source, l.Target = l.Target, l.Source
					}
					src.Links = append(src.Links, l)
				}
			}
			opt := ringleader.ProjectionOptions{Directed: directed, Weighted: weighted}
			if err := opt.Normalize(); err != nil {
				t.Fatal(err)
			}
			g := Project(src, opt)
			for _, groups := range []int{1, 20, 3000} {
				labels := make([]int, g.N())
				membership := make([]int32, g.N())
				for i := range labels {
					labels[i] = rng.IntN(groups)
					membership[i] = int32(labels[i])
				}
				for _, gamma := range []float64{0.5, 1} {
					base := firstLevel(g)
					q, err := base.quality(context.Background(), membership, false, gamma)
					if err != nil {
						t.Fatal(err)
					}
					if want := Modularity(g, labels, gamma); math.Abs(q-want) > 1e-12 {
						t.Errorf("directed %v weighted %v, %d groups, γ %g: Q %v, Modularity %v", directed, weighted, groups, gamma, q, want)
					}
					ones := make([]float64, g.N())
					for i := range ones {
						ones[i] = 1
					}
					base.kout, base.kin, base.directed = ones, ones, false
					h, err := base.quality(context.Background(), membership, true, gamma/100)
					if err != nil {
						t.Fatal(err)
					}
					if want := CPM(g, labels, gamma/100); math.Abs(h-want) > 1e-9*math.Max(1, math.Abs(want)) {
						t.Errorf("directed %v weighted %v, %d groups, γ %g: CPM %v, want %v", directed, weighted, groups, gamma/100, h, want)
					}
				}
			}
		}
	}
}
