package graph

import (
	"cmp"
	"slices"
)

// Components returns the connected components of g (weakly connected, following arcs
// either way, when g is directed), each as its nodes in ascending order, largest first
// and, among equal sizes, the one with the smallest node first. An isolated node is a
// component of its own.
func Components(g *Graph) [][]int {
	n := g.N()
	comp := make([]int, n)
	for i := range comp {
		comp[i] = -1
	}
	var out [][]int
	queue := make([]int32, 0, n)
	for s := range n {
		if comp[s] >= 0 {
			continue
		}
		c := len(out)
		comp[s] = c
		queue = append(queue[:0], int32(s))
		for head := 0; head < len(queue); head++ {
			v := int(queue[head])
			for _, a := range []*adjacency{&g.out, &g.in} {
				lo, hi := a.row(v)
				for _, w := range a.nbr[lo:hi] {
					if comp[w] < 0 {
						comp[w] = c
						queue = append(queue, w)
					}
				}
				if !g.directed {
					break
				}
			}
		}
		members := make([]int, len(queue))
		for i, v := range queue {
			members[i] = int(v)
		}
		slices.Sort(members)
		out = append(out, members)
	}
	sortGroups(out)
	return out
}

// sortGroups orders groups of ascending nodes largest first, then by smallest node.
func sortGroups(groups [][]int) {
	slices.SortFunc(groups, func(a, b []int) int {
		return cmp.Or(cmp.Compare(len(b), len(a)), cmp.Compare(a[0], b[0]))
	})
}
