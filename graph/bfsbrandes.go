package graph

import "slices"

// levelBrandes is one worker's scratch space for Brandes' algorithm on an unweighted
// graph, kept as flat arrays of 20 bytes a node so that a search over a graph of tens of
// thousands of nodes stays in the processor's cache.
type levelBrandes struct {
	dist   []int32   // level from the source; -1 when not reached
	sigma  []float64 // shortest paths from the source; then (1+delta)/sigma once accumulated
	cur    []float64 // sigma of the nodes at one level, 0 for every other node
	order  []int32   // nodes reached, level by level
	levels []int     // order[levels[d]:levels[d+1]] are the nodes at level d
}

func newLevelBrandes(n int) *levelBrandes {
	b := &levelBrandes{dist: make([]int32, n), sigma: make([]float64, n), cur: make([]float64, n), order: make([]int32, 0, n)}
	for i := range b.dist {
		b.dist[i] = -1
	}
	return b
}

// run adds the dependencies of every node on source s to acc: a breadth-first search
// along out that counts shortest paths level by level, then the accumulation back from
// the deepest level. Both pull over arcs (the sums run over in-neighbours one level up,
// and over out-neighbours one level down) with cur holding the values of one level and 0
// elsewhere, so no distance test sits in the inner loops.
func (b *levelBrandes) run(out, in *adjacency, s int32, acc []float64) {
	for _, v := range b.order {
		b.dist[v] = -1
	}
	dist, sigma, cur := b.dist, b.sigma, b.cur
	order := append(b.order[:0], s)
	levels := append(b.levels[:0], 0, 1)
	dist[s], sigma[s], cur[s] = 0, 1, 1
	onbr, ostart := out.nbr, out.start
	inbr, istart := in.nbr, in.start
	for lo, hi, d := 0, 1, int32(1); lo < hi; d++ {
		for _, v := range order[lo:hi] {
			for _, w := range onbr[ostart[v]:ostart[v+1]] {
				if dist[w] < 0 {
					dist[w] = d
					order = append(order, w)
				}
			}
		}
		end := len(order)
		for _, w := range order[hi:end] {
			var sum float64
			for _, u := range inbr[istart[w]:istart[w+1]] {
				sum += cur[u]
			}
			sigma[w] = sum
		}
		for _, v := range order[lo:hi] {
			cur[v] = 0
		}
		for _, w := range order[hi:end] {
			cur[w] = sigma[w]
		}
		if end > hi {
			levels = append(levels, end)
		}
		lo, hi = hi, end
	}
	// cur now holds the deepest level's sigma: clear it, then let it hold (1+delta)/sigma
	// of the level below the one being accumulated.
	deepest := len(levels) - 2
	for _, v := range order[levels[deepest]:levels[deepest+1]] {
		cur[v] = 0
	}
	for d := deepest; d >= 1; d-- { // the source (level 0) depends on no one
		lo, hi := levels[d], levels[d+1]
		for _, w := range order[lo:hi] {
			var sum float64
			for _, x := range onbr[ostart[w]:ostart[w+1]] {
				sum += cur[x]
			}
			delta := sigma[w] * sum
			sigma[w] = (1 + delta) / sigma[w]
			acc[w] += delta
		}
		if d < deepest {
			for _, x := range order[hi:levels[d+2]] {
				cur[x] = 0
			}
		}
		for _, w := range order[lo:hi] {
			cur[w] = sigma[w]
		}
	}
	if deepest >= 1 {
		for _, x := range order[levels[1]:levels[2]] {
			cur[x] = 0
		}
	}
	b.order, b.levels = order, levels
}

// searchOrder returns a renumbering of g's nodes in breadth-first order (following arcs
// either way), each component from its node of highest degree: newID[v] is v's new
// number and oldID its inverse. Neighbours then get nearby numbers, so a search's reads
// and writes of per-node arrays fall on cache lines it has just used: on
// fixtures.SyntheticNetwork(20000, 10, 1), one thread, Brandes' searches took 45% less
// processor time than in the input's numbering (degree order: 20% less).
func searchOrder(g *Graph) (newID, oldID []int32) {
	n := g.N()
	newID = make([]int32, n)
	for i := range newID {
		newID[i] = -1
	}
	_, roots := byDegree(g)
	oldID = make([]int32, 0, n)
	for _, root := range roots {
		if newID[root] >= 0 {
			continue
		}
		newID[root] = int32(len(oldID))
		oldID = append(oldID, root)
		for head := len(oldID) - 1; head < len(oldID); head++ {
			v := int(oldID[head])
			for _, a := range []*adjacency{&g.out, &g.in} {
				lo, hi := a.row(v)
				for _, w := range a.nbr[lo:hi] {
					if newID[w] < 0 {
						newID[w] = int32(len(oldID))
						oldID = append(oldID, w)
					}
				}
				if !g.directed {
					break
				}
			}
		}
	}
	return newID, oldID
}

// byDegree returns a renumbering of g's nodes, highest total degree first (ties by
// index): newID[v] is v's new number and oldID its inverse.
func byDegree(g *Graph) (newID, oldID []int32) {
	n := g.N()
	degree := func(v int) int {
		d := g.out.start[v+1] - g.out.start[v]
		if g.directed {
			d += g.in.start[v+1] - g.in.start[v]
		}
		return d
	}
	maxDeg := 0
	for v := range n {
		maxDeg = max(maxDeg, degree(v))
	}
	// Counting sort by descending degree keeps equal degrees in index order.
	count := make([]int, maxDeg+2)
	for v := range n {
		count[maxDeg-degree(v)+1]++
	}
	for i := 1; i < len(count); i++ {
		count[i] += count[i-1]
	}
	newID, oldID = make([]int32, n), make([]int32, n)
	for v := range n {
		k := maxDeg - degree(v)
		newID[v] = int32(count[k])
		oldID[count[k]] = int32(v)
		count[k]++
	}
	return newID, oldID
}

// renumbered returns a's arcs (without weights) with nodes renumbered by newID, each row
// in ascending order.
func renumbered(a *adjacency, newID, oldID []int32) adjacency {
	n := len(newID)
	r := adjacency{start: make([]int, n+1), nbr: make([]int32, 0, len(a.nbr))}
	for i, v := range oldID {
		lo, hi := a.row(int(v))
		for _, w := range a.nbr[lo:hi] {
			r.nbr = append(r.nbr, newID[w])
		}
		slices.Sort(r.nbr[r.start[i]:])
		r.start[i+1] = len(r.nbr)
	}
	return r
}
