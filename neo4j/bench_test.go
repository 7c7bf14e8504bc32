package neo4j_test

import (
	"testing"
	"time"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/testing/fixtures"
)

// BenchmarkWriteSynthetic writes a generated network of 20,000 people and about 100,000 links into an empty
// database, then writes it again (every record unchanged), and reports records per second of each.
func BenchmarkWriteSynthetic(b *testing.B) {
	net := fixtures.SyntheticNetwork(20_000, 10, 1)
	for i := range net.Entities {
		net.Entities[i].Seq = 0
	}
	records := float64(len(net.Entities) + len(net.Links))
	var first, again time.Duration
	for range b.N {
		s := mustOpen(b)
		start := time.Now()
		if _, err := s.Write(b.Context(), &ringleader.Batch{Entities: net.Entities, Links: net.Links}); err != nil {
			b.Fatal(err)
		}
		first += time.Since(start)
		start = time.Now()
		res, err := s.Write(b.Context(), &ringleader.Batch{Entities: net.Entities, Links: net.Links})
		if err != nil {
			b.Fatal(err)
		}
		again += time.Since(start)
		if res.EntitiesUnchanged != len(net.Entities) || res.LinksUnchanged != len(net.Links) {
			b.Fatalf("rewrite: %+v", res)
		}
	}
	b.ReportMetric(records*float64(b.N)/first.Seconds(), "records/s")
	b.ReportMetric(records*float64(b.N)/again.Seconds(), "rewrite-records/s")
	b.ReportMetric(0, "ns/op")
}
