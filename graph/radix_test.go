package graph

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestRadixHeap drives the heap as Dijkstra does, never pushing below the last key
// popped, and checks that it pops every entry in non-decreasing order.
func TestRadixHeap(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var h radixHeap
	for round := range 3 {
		h.reset()
		var pushed, popped []float64
		h.push(0, 0)
		pushed = append(pushed, 0)
		last := 0.0
		for h.len() > 0 {
			d, _ := h.pop()
			if d < last {
				t.Fatalf("round %d: popped %v after %v", round, d, last)
			}
			last = d
			popped = append(popped, d)
			for range rng.IntN(4) {
				if len(pushed) < 5000 {
					next := d + rng.Float64()*[]float64{1e-9, 1, 1e6}[round]
					h.push(next, int32(len(pushed)))
					pushed = append(pushed, next)
				}
			}
		}
		slices.Sort(pushed)
		if !slices.Equal(pushed, popped) {
			t.Fatalf("round %d: popped %d entries, pushed %d, or not in order", round, len(popped), len(pushed))
		}
	}
}
