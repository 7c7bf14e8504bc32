package loaders_test

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"runtime"
	"testing"
	"testing/fstest"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/loaders"
)

// benchBundle generates a bundle of people persons with a phone each (every second
// number shared by two people) and cases, and assocs associations among them.
func benchBundle(people, assocs int) fstest.MapFS {
	rng := rand.New(rand.NewPCG(1, 2))
	var cases, suspects, links bytes.Buffer
	cases.WriteString("id,title,type\n")
	for c := range 10 {
		fmt.Fprintf(&cases, "c%d,Case %d,drugs\n", c, c)
	}
	suspects.WriteString("id,name,aliases,birth_date,phones,cases,status\n")
	for i := range people {
		fmt.Fprintf(&suspects, "p%d,Person %d,Alias %d;لقب %d,19%02d-%02d-%02d,+963 9%08d,c%d:suspect,at_large\n",
			i, i, i, i, 50+i%50, 1+i%12, 1+i%28, i/2, i%10)
	}
	links.WriteString("source,target,type,weight,first_seen,last_seen,cases\n")
	for range assocs {
		u := rng.IntN(people)
		v := (u + 1 + rng.IntN(people-1)) % people
		typ := ringleader.AssociationSubtypes[rng.IntN(len(ringleader.AssociationSubtypes))]
		fmt.Fprintf(&links, "p%d,p%d,%s,%d,2025-%02d-01,2025-12-%02d,c%d\n", u, v, typ, 1+rng.IntN(10), 1+rng.IntN(11), 1+rng.IntN(28), u%10)
	}
	return fstest.MapFS{
		"cases.csv":        {Data: cases.Bytes()},
		"suspects.csv":     {Data: suspects.Bytes()},
		"associations.csv": {Data: links.Bytes()},
	}
}

// BenchmarkReadBundle parses and validates generated bundles. MB-retained is the heap
// the resulting batch holds.
func BenchmarkReadBundle(b *testing.B) {
	sizes := []struct {
		name           string
		people, assocs int
	}{
		{"20k_people_100k_assocs", 20_000, 100_000},
		{"100k_people_1M_assocs", 100_000, 1_000_000},
	}
	for _, sz := range sizes {
		b.Run(sz.name, func(b *testing.B) {
			fsys := benchBundle(sz.people, sz.assocs)
			size := 0
			for _, f := range fsys {
				size += len(f.Data)
			}
			// One read outside the timed loop measures what the batch keeps.
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			batch, _, _, err := loaders.ReadBundle(context.Background(), fsys, nil, loaders.Options{})
			if err != nil {
				b.Fatal(err)
			}
			runtime.GC()
			runtime.ReadMemStats(&after)
			if want := sz.people + sz.people/2 + 10; len(batch.Entities) != want {
				b.Fatalf("%d entities, want %d", len(batch.Entities), want)
			}
			retained := float64(after.HeapAlloc-before.HeapAlloc) / 1e6
			runtime.KeepAlive(batch)
			batch = nil

			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				if _, _, _, err := loaders.ReadBundle(context.Background(), fsys, nil, loaders.Options{}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(retained, "MB-retained")
		})
	}
}
