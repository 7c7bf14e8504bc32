package graph

import (
	"math"
	"math/bits"
)

// radixHeap is a monotone priority queue for Dijkstra's algorithm (R. Ahuja, K.
// Mehlhorn, J. Orlin and R. Tarjan 1990, "Faster algorithms for the shortest path
// problem", J. ACM 37(2):213–223), keyed by the bits of non-negative float64 distances,
// which order as the numbers do. Dijkstra never pushes a key below the last one popped,
// so an entry sits in the bucket of the highest bit where its key differs from that
// last key, and moves to a lower bucket at most 64 times: pushes are O(1), and pops touch
// short, contiguous slices instead of sifting through a heap. Stale entries are left in
// place and skipped by the caller, as with a lazy binary heap.
type radixHeap struct {
	last    uint64
	size    int
	buckets [65][]radixItem
}

type radixItem struct {
	key uint64
	v   int32
}

func (h *radixHeap) reset() {
	for i := range h.buckets {
		h.buckets[i] = h.buckets[i][:0]
	}
	h.last, h.size = 0, 0
}

func (h *radixHeap) bucket(key uint64) int { return 64 - bits.LeadingZeros64(key^h.last) }

func (h *radixHeap) push(d float64, v int32) {
	key := math.Float64bits(d)
	b := h.bucket(key)
	h.buckets[b] = append(h.buckets[b], radixItem{key, v})
	h.size++
}

func (h *radixHeap) len() int { return h.size }

// pop removes an entry with the smallest distance.
func (h *radixHeap) pop() (float64, int32) {
	if len(h.buckets[0]) == 0 {
		i := 1
		for len(h.buckets[i]) == 0 {
			i++
		}
		items := h.buckets[i]
		lowest := items[0].key
		for _, it := range items[1:] {
			lowest = min(lowest, it.key)
		}
		h.last = lowest
		for _, it := range items {
			b := h.bucket(it.key)
			h.buckets[b] = append(h.buckets[b], it)
		}
		h.buckets[i] = items[:0]
	}
	b0 := h.buckets[0]
	it := b0[len(b0)-1]
	h.buckets[0] = b0[:len(b0)-1]
	h.size--
	return math.Float64frombits(it.key), it.v
}
