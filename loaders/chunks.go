package loaders

// chunkBits sets the size of a chunk: 4096 records.
const chunkBits = 12

// chunks is an append-only list stored in fixed-size chunks. Records stay where they
// were put, so that growing the list never copies the records already in it: with a
// million links of some 250 bytes, each full of pointers, the copies of a doubling slice
// and the write barriers they take cost a third of a load's time.
type chunks[T any] struct {
	c [][]T
	n int
}

func (s *chunks[T]) add(v T) {
	if s.n&(1<<chunkBits-1) == 0 {
		s.c = append(s.c, make([]T, 0, 1<<chunkBits))
	}
	last := &s.c[len(s.c)-1]
	*last = append(*last, v)
	s.n++
}

func (s *chunks[T]) at(i int) *T { return &s.c[i>>chunkBits][i&(1<<chunkBits-1)] }

func (s *chunks[T]) len() int { return s.n }

// release drops the chunk that holds record i once i is its last record, so that a
// reader that copies records elsewhere in order does not hold both copies at the end.
// The list must not be read at or below i afterwards.
func (s *chunks[T]) release(i int) {
	if i&(1<<chunkBits-1) == 1<<chunkBits-1 || i == s.n-1 {
		s.c[i>>chunkBits] = nil
	}
}
