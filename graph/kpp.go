package graph

import (
	"context"
	"math"
	"slices"
)

// Borgatti's key-player problem, negative version (KPP-Neg): which k people, once
// removed, leave the network most fragmented? S. P. Borgatti (2006), "Identifying sets
// of key players in a social network", Computational and Mathematical Organization
// Theory 12(1):21–34. Both measures read g's undirected view (directions ignored, as in
// Components) and count hops, not weights; they are computed on the graph that is left,
// of n nodes. With fewer than two nodes left nothing is connected, and both are 1.

// KPPMeasure names a KPP-Neg fragmentation measure.
type KPPMeasure string

const (
	// KPPFragmentation is F = 1 − Σ_k s_k(s_k−1) / (n(n−1)), s_k the component sizes:
	// the share of pairs of people who can no longer reach each other at all.
	KPPFragmentation KPPMeasure = "fragmentation"
	// KPPDistanceFragmentation is DF = 1 − Σ_{i≠j} (1/d_ij) / (n(n−1)), 1/d = 0 for
	// pairs cut apart: it also rewards making contact slower, not only impossible.
	KPPDistanceFragmentation KPPMeasure = "distance_fragmentation"
)

// KPPMeasures lists the measures KeyPlayers takes.
func KPPMeasures() []KPPMeasure { return []KPPMeasure{KPPFragmentation, KPPDistanceFragmentation} }

// Fragmentation returns Borgatti's F of g after removing the given nodes: 0 when
// everyone left can reach everyone, 1 when no one can reach anyone.
func Fragmentation(g *Graph, removed []int) float64 {
	start, nbr := undirectedView(g)
	skip := removedSet(g.N(), removed)
	left := g.N() - countTrue(skip)
	if left < 2 {
		return 1
	}
	seen := slices.Clone(skip)
	queue := make([]int32, 0, g.N())
	var pairs float64
	for s := range g.N() {
		if seen[s] {
			continue
		}
		seen[s] = true
		queue = append(queue[:0], int32(s))
		for head := 0; head < len(queue); head++ {
			v := queue[head]
			for _, w := range nbr[start[v]:start[v+1]] {
				if !seen[w] {
					seen[w] = true
					queue = append(queue, w)
				}
			}
		}
		c := float64(len(queue))
		pairs += c * (c - 1)
	}
	return 1 - pairs/(float64(left)*float64(left-1))
}

// DistanceFragmentation returns Borgatti's distance-weighted fragmentation DF of g after
// removing the given nodes: a breadth-first search from every node left, in parallel,
// O(n(n+m)).
func DistanceFragmentation(g *Graph, removed []int) float64 {
	start, nbr := undirectedView(g)
	df, _ := distanceFragmentation(context.Background(), start, nbr, removedSet(g.N(), removed))
	return df
}

// distanceFragmentation is DF without the skipped nodes, or ctx's error once ctx is
// done.
func distanceFragmentation(ctx context.Context, start []int, nbr []int32, skip []bool) (float64, error) {
	n := len(start) - 1
	left := n - countTrue(skip)
	if left < 2 {
		return 1, nil
	}
	parts := partitions(n)
	partial := make([]float64, parts)
	// dist holds -1 for nodes not reached yet and -2 for removed ones, so the search
	// tests one number per neighbour; the reached nodes are summed level by level.
	newDist := func() []int32 {
		dist := make([]int32, n)
		for i := range dist {
			dist[i] = -1
			if skip[i] {
				dist[i] = -2
			}
		}
		return dist
	}
	type scratch struct {
		dist  []int32
		queue []int32
	}
	err := runPartitions(ctx, parts, func() *scratch {
		return &scratch{dist: newDist(), queue: make([]int32, 0, n)}
	}, func(sc *scratch, p int) {
		var sum float64
		dist := sc.dist
		for s := p; s < n && !stopped(ctx); s += parts {
			if skip[s] {
				continue
			}
			dist[s] = 0
			queue := append(sc.queue[:0], int32(s))
			for lo, level := 0, int32(1); lo < len(queue); level++ {
				hi := len(queue)
				for _, v := range queue[lo:hi] {
					for _, w := range nbr[start[v]:start[v+1]] {
						if dist[w] == -1 {
							dist[w] = level
							queue = append(queue, w)
						}
					}
				}
				sum += float64(len(queue)-hi) / float64(level)
				lo = hi
			}
			for _, v := range queue {
				dist[v] = -1
			}
			sc.queue = queue
		}
		partial[p] = sum
	})
	if err != nil {
		return 0, err
	}
	var reach float64
	for _, x := range partial {
		reach += x
	}
	return 1 - reach/(float64(left)*float64(left-1)), nil
}

func removedSet(n int, removed []int) []bool {
	skip := make([]bool, n)
	for _, v := range removed {
		if v >= 0 && v < n {
			skip[v] = true
		}
	}
	return skip
}

func countTrue(b []bool) int {
	c := 0
	for _, x := range b {
		if x {
			c++
		}
	}
	return c
}

// KeyPlayerSet is a set of key players and the fragmentation their removal leaves.
type KeyPlayerSet struct {
	// Nodes are the key players, ascending by node index.
	Nodes []int
	// Score is the measure after removing Nodes.
	Score float64
	// Swaps counts the exchanges that improved on the greedy start.
	Swaps int
}

// KeyPlayers returns a set of k nodes whose removal fragments g most by the given
// measure, by Borgatti's (2006) exchange heuristic from a greedy start: it adds, k
// times, the node whose removal raises the measure most, then exchanges one member for
// one outsider, the best exchange first (equal exchanges decided by tie on the
// newcomer), while any exchange raises the measure. Borgatti starts from a random set;
// the greedy start makes the result the same on every run. Equal scores (within a
// relative 1e-10) are decided by tie (empty means TieBreakID).
//
// The result is a local optimum: no single exchange improves it, though a set reachable
// only by changing two members at once may be better. On the courier ring of the
// examples, F with k = 2 stops at the courier and one cell member (0.6) while the two
// men beside the courier give 0.8; DF, which rewards lengthening paths, finds them.
//
// For F each round of candidates costs one depth-first search, O(n+m): removing a node
// v splits its component into the pieces below v in the DFS tree whose low-link does not
// reach above v, plus the rest (Tarjan's articulation-point argument), so F after
// removing v follows for every v at once. DF has no such shortcut: each candidate costs
// a breadth-first search from every node, O(n(n+m)), so the greedy start alone is
// O(k·n²(n+m)); use it on networks of a few hundred nodes.
//
// k must be between 0 and g.N(), and the measure one of KPPMeasures; otherwise it
// returns an *InputError. Once ctx is done it stops with ctx's error.
func KeyPlayers(ctx context.Context, g *Graph, k int, measure KPPMeasure, tie TieBreak) (KeyPlayerSet, error) {
	n := g.N()
	if k < 0 || k > n {
		return KeyPlayerSet{}, inputError("k = %d for %d nodes", k, n)
	}
	if measure != KPPFragmentation && measure != KPPDistanceFragmentation {
		return KeyPlayerSet{}, inputError("unknown measure %q (one of %v)", measure, KPPMeasures())
	}
	if err := tie.validate(); err != nil {
		return KeyPlayerSet{}, err
	}
	start, nbr := undirectedView(g)
	// scoresWithout returns, for every node v outside set, the measure after removing
	// set ∪ {v}.
	scoresWithout := func(set []bool) ([]float64, error) {
		if measure == KPPFragmentation {
			return fragmentationWithout(start, nbr, set), ctx.Err()
		}
		return distanceFragmentationWithout(ctx, start, nbr, set)
	}
	in := make([]bool, n)
	candidates := make([]int, 0, n)
	outside := func() []int {
		candidates = candidates[:0]
		for v := range n {
			if !in[v] {
				candidates = append(candidates, v)
			}
		}
		return candidates
	}
	for range k {
		scores, err := scoresWithout(in)
		if err != nil {
			return KeyPlayerSet{}, err
		}
		v := tie.best(g, outside(), scores)
		in[v] = true
	}
	current, err := measureOf(ctx, start, nbr, in, measure)
	if err != nil {
		return KeyPlayerSet{}, err
	}
	swaps := 0
	// Each accepted exchange raises the score, so no set repeats and the loop ends.
	for k > 0 && k < n {
		bestGain, bestOut, bestIn := 0.0, -1, -1
		for u := range n {
			if !in[u] {
				continue
			}
			in[u] = false
			scores, err := scoresWithout(in)
			if err != nil {
				return KeyPlayerSet{}, err
			}
			cands := slices.DeleteFunc(outside(), func(x int) bool { return x == u })
			v := tie.best(g, cands, scores)
			in[u] = true
			if v < 0 {
				continue
			}
			gain := scores[v] - current
			if gain <= 0 || sameScore(scores[v], current) {
				continue
			}
			switch {
			case bestOut < 0:
			case sameScore(scores[v], current+bestGain):
				// Equal exchanges: the tie-break chooses who comes in.
				if !tie.before(g, v, bestIn) {
					continue
				}
			case gain < bestGain:
				continue
			}
			bestGain, bestOut, bestIn = gain, u, v
		}
		if bestOut < 0 {
			break
		}
		in[bestOut], in[bestIn] = false, true
		if current, err = measureOf(ctx, start, nbr, in, measure); err != nil {
			return KeyPlayerSet{}, err
		}
		swaps++
	}
	set := KeyPlayerSet{Score: current, Swaps: swaps, Nodes: []int{}}
	for v := range n {
		if in[v] {
			set.Nodes = append(set.Nodes, v)
		}
	}
	return set, nil
}

func measureOf(ctx context.Context, start []int, nbr []int32, set []bool, measure KPPMeasure) (float64, error) {
	if measure == KPPDistanceFragmentation {
		return distanceFragmentation(ctx, start, nbr, set)
	}
	left := len(set) - countTrue(set)
	if left < 2 {
		return 1, nil
	}
	var pairs float64
	t := lowLinks(start, nbr, set, nil)
	for v, r := range t.root {
		if int(r) == v {
			c := float64(t.size[v])
			pairs += c * (c - 1)
		}
	}
	return 1 - pairs/(float64(left)*float64(left-1)), nil
}

// fragmentationWithout returns, for every node v not in set, F after removing set and
// v (NaN for members of set), from one depth-first search of the graph without set.
func fragmentationWithout(start []int, nbr []int32, set []bool) []float64 {
	n := len(start) - 1
	left := n - countTrue(set)
	// For each v: the pairs its removal leaves inside its own component, from the
	// pieces cut off below it; the rest of the component stays together.
	cutPairs := make([]float64, n)
	cutNodes := make([]int32, n)
	t := lowLinks(start, nbr, set, func(t *dfsTree, v, parent int32) {
		if parent >= 0 && t.low[v] >= t.disc[parent] {
			s := float64(t.size[v])
			cutPairs[parent] += s * (s - 1)
			cutNodes[parent] += t.size[v]
		}
	})
	var pairs float64
	for v, r := range t.root {
		if int(r) == v {
			c := float64(t.size[v])
			pairs += c * (c - 1)
		}
	}
	out := make([]float64, n)
	after := float64(left - 1)
	for v := range n {
		if set[v] {
			out[v] = math.NaN()
			continue
		}
		if after < 2 {
			out[v] = 1
			continue
		}
		c := float64(t.size[t.root[v]])
		rest := c - 1 - float64(cutNodes[v])
		p := pairs - c*(c-1) + cutPairs[v] + rest*(rest-1)
		out[v] = 1 - p/(after*(after-1))
	}
	return out
}

// distanceFragmentationWithout returns, for every node v not in set, DF after removing
// set and v (NaN for members of set), or ctx's error once ctx is done.
func distanceFragmentationWithout(ctx context.Context, start []int, nbr []int32, set []bool) ([]float64, error) {
	n := len(start) - 1
	out := make([]float64, n)
	skip := slices.Clone(set)
	for v := range n {
		if set[v] {
			out[v] = math.NaN()
			continue
		}
		skip[v] = true
		df, err := distanceFragmentation(ctx, start, nbr, skip)
		if err != nil {
			return nil, err
		}
		out[v] = df
		skip[v] = false
	}
	return out, nil
}
