package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/loaders"
)

// TestGenerate: the bundle reads as `ringleader load` reads it, without a problem or a duplicate, into the people,
// phones and ties the stats count; the same arguments give the same bytes; a complete bundle is found again.
func TestGenerate(t *testing.T) {
	dir := t.TempDir()
	st, err := generate(dir, 1500, 10, 7)
	if err != nil {
		t.Fatal(err)
	}
	if st.Calls+st.Meetings+st.Payments+st.SharedPhones != st.Ties || st.Calls == 0 || st.Meetings == 0 ||
		st.Payments == 0 || st.SharedPhones == 0 {
		t.Fatalf("ties by kind %+v", st)
	}
	if mean := 2 * float64(st.Ties) / 1500; mean < 9 || mean > 11 {
		t.Errorf("%.2f ties per person, want about 10", mean)
	}
	batch, sum, rejects, err := loaders.ReadBundle(context.Background(), os.DirFS(dir), nil, loaders.Options{})
	if err != nil || len(rejects) > 0 || sum.Duplicates > 0 {
		t.Fatalf("read: %v, %d rejects, %d duplicates", err, len(rejects), sum.Duplicates)
	}
	kinds := map[ringleader.Kind]int{}
	for _, e := range batch.Entities {
		kinds[e.Kind]++
	}
	if kinds[ringleader.KindPerson] != 1500 || kinds[ringleader.KindPhone] != st.SharedPhones || len(kinds) != 2 {
		t.Errorf("entities by kind %v, want 1500 people and %d phones", kinds, st.SharedPhones)
	}
	if want := st.Calls + st.Meetings + st.Payments + 2*st.SharedPhones; len(batch.Links) != want {
		t.Errorf("%d links, want %d", len(batch.Links), want)
	}

	again := t.TempDir()
	if _, err := generate(again, 1500, 10, 7); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"suspects.csv", "associations.csv", "financial_links.csv"} {
		a, _ := os.ReadFile(filepath.Join(dir, name))
		b, _ := os.ReadFile(filepath.Join(again, name))
		if !bytes.Equal(a, b) {
			t.Errorf("%s differs between two runs of the same seed", name)
		}
	}
	if _, ok := readStats(dir, 1500, 10, 7); !ok {
		t.Error("the complete bundle is not found again")
	}
	if _, ok := readStats(dir, 1500, 10, 8); ok {
		t.Error("a bundle of another seed is taken for this one")
	}
	os.Remove(filepath.Join(dir, statsFile))
	if _, ok := readStats(dir, 1500, 10, 7); ok {
		t.Error("a bundle without its stats is taken as complete")
	}
}
