package graph

import "context"

// aggregateGrouped is aggregate for Leiden: it returns the next level, whose nodes are
// the groups that comm gives (labels 0..k-1), each row listing the other groups in order
// of first tie. Each row depends only on its group's members, visited in ascending
// order with their neighbours in row order, so that the weights are summed in the same
// order as aggregate sums them and rows are built in parallel, runs of groups at a
// time, with the same result whatever the number of goroutines.
func (lv *level) aggregateGrouped(ctx context.Context, comm []int32, k int) (*level, error) {
	first, members := groupBy(comm, k)
	next := &level{directed: lv.directed, m: lv.m, kout: make([]float64, k), start: make([]int, k+1)}
	if lv.directed {
		next.kin = make([]float64, k)
	} else {
		next.kin = next.kout
	}
	bounds := groupChunks(first, leidenChunkNodes)
	parts := len(bounds) - 1
	type run struct {
		nbr []int32
		w   []float64
	}
	runs := make([]run, parts)
	type scratch struct {
		pos     []int32 // a group's place in touched, plus one; 0 when not listed
		touched []int32
		sum     []float64
	}
	err := runChunks(ctx, parts, func() *scratch { return &scratch{pos: make([]int32, k)} }, func(sc *scratch, p int) {
		lo, hi := bounds[p], bounds[p+1]
		arcs := 0
		for _, u := range members[first[lo]:first[hi]] {
			arcs += lv.start[u+1] - lv.start[u]
		}
		// Most ties of a level's communities are inside them: half the arcs is room
		// enough for most runs.
		out := run{nbr: make([]int32, 0, arcs/2+1), w: make([]float64, 0, arcs/2+1)}
		for c := lo; c < hi; c++ {
			touched, sum := sc.touched[:0], sc.sum[:0]
			var ko, ki float64
			for _, u := range members[first[c]:first[c+1]] {
				ko += lv.kout[u]
				if lv.directed {
					ki += lv.kin[u]
				}
				for e := lv.start[u]; e < lv.start[u+1]; e++ {
					cv := comm[lv.nbr[e]]
					if cv == int32(c) {
						continue
					}
					q := sc.pos[cv]
					if q == 0 {
						touched = append(touched, cv)
						sum = append(sum, 0)
						q = int32(len(touched))
						sc.pos[cv] = q
					}
					sum[q-1] += lv.w[e]
				}
			}
			next.kout[c] = ko
			if lv.directed {
				next.kin[c] = ki
			}
			for i, cv := range touched {
				sc.pos[cv] = 0
				out.nbr = append(out.nbr, cv)
				out.w = append(out.w, sum[i])
			}
			next.start[c+1] = len(touched)
			sc.touched, sc.sum = touched, sum
		}
		runs[p] = out
	})
	if err != nil {
		return nil, err
	}
	for c := range k {
		next.start[c+1] += next.start[c]
	}
	next.nbr = make([]int32, next.start[k])
	next.w = make([]float64, next.start[k])
	err = runChunks(ctx, parts, func() struct{} { return struct{}{} }, func(_ struct{}, p int) {
		at := next.start[bounds[p]]
		copy(next.nbr[at:], runs[p].nbr)
		copy(next.w[at:], runs[p].w)
	})
	return next, err
}

// permute returns lv with its nodes in the given order: node i of the result is node
// order[i] of lv, its row lv's in the same order with the neighbours renamed. Rows are
// copied in parallel, the result being the same whatever the number of goroutines.
func (lv *level) permute(order []int32) *level {
	n := len(order)
	inv := make([]int32, n)
	for i, v := range order {
		inv[v] = int32(i)
	}
	p := &level{directed: lv.directed, m: lv.m, start: make([]int, n+1), kout: make([]float64, n),
		nbr: make([]int32, len(lv.nbr)), w: make([]float64, len(lv.w))}
	p.kin = p.kout
	if lv.directed {
		p.kin = make([]float64, n)
	}
	for i, v := range order {
		p.kout[i] = lv.kout[v]
		if lv.directed {
			p.kin[i] = lv.kin[v]
		}
		p.start[i+1] = p.start[i] + lv.start[v+1] - lv.start[v]
	}
	parts := max(1, min(n/leidenChunkNodes, 64))
	runChunks(context.Background(), parts, func() struct{} { return struct{}{} }, func(_ struct{}, part int) {
		for i := part * n / parts; i < (part+1)*n/parts; i++ {
			v := order[i]
			lo, to := lv.start[v], p.start[i]
			for e, u := range lv.nbr[lo:lv.start[v+1]] {
				p.nbr[to+e] = inv[u]
			}
			copy(p.w[to:p.start[i+1]], lv.w[lo:lv.start[v+1]])
		}
	})
	return p
}
