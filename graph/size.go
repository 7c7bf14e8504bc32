package graph

import "unsafe"

// Bytes estimates the memory g holds: the capacity of each of its arrays times the size of
// an element, and its index map. The ids' characters are not counted: they are the
// network's entity ids, shared with it, not copies. A cache weighs projections by it
// (insights' memory budget).
func (g *Graph) Bytes() int64 {
	const str = int64(unsafe.Sizeof(""))
	b := int64(unsafe.Sizeof(*g)) + int64(cap(g.ids))*str + MapBytes(len(g.index), str+8)
	b += g.out.bytes()
	if g.directed { // undirected, in is out: the same arrays
		b += g.in.bytes()
	}
	return b
}

func (a *adjacency) bytes() int64 {
	b := int64(cap(a.start))*8 + int64(cap(a.nbr))*4 + int64(cap(a.w))*8
	if len(a.d) == 0 || len(a.w) == 0 || &a.d[0] != &a.w[0] { // unweighted, or weights as distances: one array
		b += int64(cap(a.d)) * 8
	}
	return b
}

// MapBytes estimates the memory of a Go map of n entries whose key and value together take
// slot bytes: Go's maps (Swiss tables, Go 1.24) keep slots in groups of 8 with a control
// byte each, fill at most 7/8 of them, and double when full, so a map holds between 8/7
// and 16/7 slots per entry; this takes the power of two above 8/7 of n, as a map grown
// by insertion has.
func MapBytes(n int, slot int64) int64 {
	if n == 0 {
		return 48
	}
	slots := int64(8)
	for slots*7 < int64(n)*8 {
		slots *= 2
	}
	return 48 + slots*(slot+1)
}
