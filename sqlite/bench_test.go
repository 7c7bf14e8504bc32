package sqlite_test

import (
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/sqlite"
	"github.com/ringleader/ringleader/testing/fixtures"
)

// cpuClock reports the process's CPU time (user and system, all threads) per iteration
// as cpu-ms/op: on a machine shared with other work, wall time per op swings with the
// load, CPU time much less.
type cpuClock struct{ start time.Duration }

func startCPUClock() cpuClock { return cpuClock{processCPU()} }

func (c cpuClock) report(b *testing.B) {
	b.ReportMetric(float64(processCPU()-c.start)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
}

func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// The 20k benchmarks use the generated network of the analytics benchmarks: 20,000
// persons, mean degree 10, about 100,000 ASSOCIATE links.

func BenchmarkNetwork20k(b *testing.B) {
	s := mustOpen(b)
	writeNetwork(b, s, fixtures.SyntheticNetwork(20000, 10, 1))
	benchmarkNetwork(b, s, ringleader.AllCases())
}

// BenchmarkNetwork20kScoped reads the same network with every entity and link in one of
// three cases and the first 200 entities also in a small compartment: through a scope of
// all three cases, which sees everything, so that the cost of the scope checks shows,
// and through the compartment, which should cost little.
func BenchmarkNetwork20kScoped(b *testing.B) {
	s := mustOpen(b)
	net := fixtures.SyntheticNetwork(20000, 10, 1)
	for i := range net.Entities {
		net.Entities[i].Cases = []string{"c" + strconv.Itoa(i%3)}
		if i < 200 {
			net.Entities[i].Cases = append(net.Entities[i].Cases, "small")
		}
	}
	for i := range net.Links {
		net.Links[i].Cases = []string{"c" + strconv.Itoa(i%3), "small"}
	}
	writeNetwork(b, s, net)
	for _, scope := range []ringleader.Scope{ringleader.CasesScope("c0", "c1", "c2"), ringleader.CasesScope("small")} {
		b.Run(scope.Key(), func(b *testing.B) { benchmarkNetwork(b, s, scope) })
	}
}

func benchmarkNetwork(b *testing.B, s *sqlite.Store, scope ringleader.Scope) {
	var n *ringleader.Network
	clock := startCPUClock()
	for b.Loop() {
		var err error
		if n, err = s.Network(b.Context(), scope, ringleader.NetworkFilter{}); err != nil {
			b.Fatal(err)
		}
	}
	clock.report(b)
	b.ReportMetric(float64(len(n.Entities)), "entities")
	b.ReportMetric(float64(len(n.Links)), "links")
}

func BenchmarkWrite20k(b *testing.B) {
	net := fixtures.SyntheticNetwork(20000, 10, 1)
	batch := &ringleader.Batch{Entities: net.Entities, Links: net.Links}
	dir := b.TempDir()
	var cpu time.Duration
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		s, err := sqlite.Open(b.Context(), filepath.Join(dir, "w"+strconv.Itoa(i)+".db"))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		start := processCPU()
		if _, err := s.Write(b.Context(), batch); err != nil {
			b.Fatal(err)
		}
		cpu += processCPU() - start
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(cpu)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
	b.ReportMetric(float64(len(net.Entities)+len(net.Links))*float64(b.N)/b.Elapsed().Seconds(), "records/s")
}

// BenchmarkRewrite20k writes the same network over itself: every record unchanged.
func BenchmarkRewrite20k(b *testing.B) {
	s := mustOpen(b)
	net := fixtures.SyntheticNetwork(20000, 10, 1)
	writeNetwork(b, s, net)
	batch := &ringleader.Batch{Entities: net.Entities, Links: net.Links}
	clock := startCPUClock()
	for b.Loop() {
		if _, err := s.Write(b.Context(), batch); err != nil {
			b.Fatal(err)
		}
	}
	clock.report(b)
}

func BenchmarkNeighbourhood20k(b *testing.B) {
	s := mustOpen(b)
	writeNetwork(b, s, fixtures.SyntheticNetwork(20000, 10, 1))
	clock := startCPUClock()
	for b.Loop() {
		if _, err := s.Neighbourhood(b.Context(), ringleader.AllCases(), "p42", 2, 200); err != nil {
			b.Fatal(err)
		}
	}
	clock.report(b)
}

func BenchmarkFindEntities20k(b *testing.B) {
	s := mustOpen(b)
	writeNetwork(b, s, fixtures.SyntheticNetwork(20000, 10, 1))
	clock := startCPUClock()
	for b.Loop() {
		if _, err := s.FindEntities(b.Context(), ringleader.AllCases(), ringleader.EntityQuery{Text: "person 123"}); err != nil {
			b.Fatal(err)
		}
	}
	clock.report(b)
}
