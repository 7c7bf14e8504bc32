package sqlite_test

import (
	"path/filepath"
	"strconv"
	"testing"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/testing/fixtures"
)

// The 20k benchmarks use the generated network of the analytics benchmarks: 20,000
// persons, mean degree 10, about 100,000 ASSOCIATE links.

func BenchmarkNetwork20k(b *testing.B) {
	s := mustOpen(b)
	writeNetwork(b, s, fixtures.SyntheticNetwork(20000, 10, 1))
	b.ResetTimer()
	var n *ringleader.Network
	for b.Loop() {
		var err error
		if n, err = s.Network(b.Context(), ringleader.AllCases(), ringleader.NetworkFilter{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(n.Entities)), "entities")
	b.ReportMetric(float64(len(n.Links)), "links")
}

// BenchmarkNetwork20kScoped reads the same network through a case scope that sees all
// of it, so that the cost of scope checks in SQL shows.
func BenchmarkNetwork20kScoped(b *testing.B) {
	s := mustOpen(b)
	net := fixtures.SyntheticNetwork(20000, 10, 1)
	for i := range net.Entities {
		net.Entities[i].Cases = []string{"c" + strconv.Itoa(i%3)}
	}
	for i := range net.Links {
		net.Links[i].Cases = []string{"c" + strconv.Itoa(i%3)}
	}
	writeNetwork(b, s, net)
	scope := ringleader.CasesScope("c0", "c1", "c2")
	b.ResetTimer()
	var n *ringleader.Network
	for b.Loop() {
		var err error
		if n, err = s.Network(b.Context(), scope, ringleader.NetworkFilter{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(n.Entities)), "entities")
	b.ReportMetric(float64(len(n.Links)), "links")
}

func BenchmarkWrite20k(b *testing.B) {
	net := fixtures.SyntheticNetwork(20000, 10, 1)
	batch := &ringleader.Batch{Entities: net.Entities, Links: net.Links}
	dir := b.TempDir()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		s, err := openForBench(b, filepath.Join(dir, "w"+strconv.Itoa(i)+".db"))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if _, err := s.Write(b.Context(), batch); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(len(net.Entities)+len(net.Links))*float64(b.N)/b.Elapsed().Seconds(), "records/s")
}

// BenchmarkRewrite20k writes the same network over itself: every record unchanged.
func BenchmarkRewrite20k(b *testing.B) {
	s := mustOpen(b)
	net := fixtures.SyntheticNetwork(20000, 10, 1)
	writeNetwork(b, s, net)
	batch := &ringleader.Batch{Entities: net.Entities, Links: net.Links}
	for b.Loop() {
		if _, err := s.Write(b.Context(), batch); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkNeighbourhood20k(b *testing.B) {
	s := mustOpen(b)
	writeNetwork(b, s, fixtures.SyntheticNetwork(20000, 10, 1))
	b.ResetTimer()
	for b.Loop() {
		if _, err := s.Neighbourhood(b.Context(), ringleader.AllCases(), "p42", 2, 200); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFindEntities20k(b *testing.B) {
	s := mustOpen(b)
	writeNetwork(b, s, fixtures.SyntheticNetwork(20000, 10, 1))
	b.ResetTimer()
	for b.Loop() {
		if _, err := s.FindEntities(b.Context(), ringleader.AllCases(), ringleader.EntityQuery{Text: "person 123"}); err != nil {
			b.Fatal(err)
		}
	}
}
