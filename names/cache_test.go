package names_test

import (
	"sync"
	"testing"

	"github.com/ringleader/ringleader/names"
)

// TestDistanceConcurrent runs comparisons from several goroutines at once, as the API
// does; with -race it checks the spelling cache.
func TestDistanceConcurrent(t *testing.T) {
	words := []string{"Mohammed", "محمد", "Muhammad", "Mahmoud", "محمود", "Khaleel", "خليل", "أبو خليل"}
	want := make([]float64, len(words)*len(words))
	for i, a := range words {
		for j, b := range words {
			want[i*len(words)+j] = names.Distance(a, b)
		}
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 50 {
				for i, a := range words {
					for j, b := range words {
						if got := names.Distance(a, b); got != want[i*len(words)+j] {
							t.Errorf("Distance(%q, %q) = %g concurrently, %g alone", a, b, got, want[i*len(words)+j])
							return
						}
					}
				}
			}
		}()
	}
	wg.Wait()
}
