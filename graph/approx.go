package graph

import (
	"context"
	"math"
	"math/rand/v2"
)

// rkConstant is the universal constant c of the sample-size bound in ApproxBetweenness,
// the value Riondato and Kornaropoulos (2016) recommend after Löffler and Phillips (2009).
const rkConstant = 0.5

// approxPartitions is the fixed number of streams the samples are split into, each with
// its own random source: a constant rather than the processor count, so that the same
// seed gives the same estimate on every machine.
const approxPartitions = 64

// maxApproxSamples bounds the sample size, so that per-node counts fit in a uint32.
const maxApproxSamples = 1 << 31

// ApproxBetweenness estimates every node's betweenness centrality (normalized as
// Betweenness and networkx normalize it) by sampling shortest paths, after M. Riondato and
// E. Kornaropoulos (2016), "Fast approximation of betweenness centrality through
// sampling", Data Min. Knowl. Disc. 30:438–475. It draws r ordered pairs (s, t) of
// distinct nodes uniformly, picks one shortest s–t path uniformly among all of them, and
// credits each node inside it with 1/r.
//
// Guarantee: with probability at least 1−delta, every node's estimate is within eps of
// its exact Betweenness, at once for all nodes. The sample size giving it is
// r = ⌈(c/ε'²)(⌊log2(VD−2)⌋ + 1 + ln(1/δ))⌉ with c = 0.5, where VD bounds the number of
// nodes on any shortest path (see BetweennessSampleSize) and ε' = eps·(n−2)/n, because
// the paper's scale divides by n(n−1) where networkx divides by (n−1)(n−2).
//
// Unweighted graphs sample each path with a balanced bidirectional breadth-first search
// (as KADABRA does: M. Borassi and E. Natale 2019, J. Exp. Algorithmics 24), which on
// small-world graphs touches a small part of the graph; weighted graphs use Dijkstra's
// algorithm from s, stopped once t is settled. Samples run in parallel, in 64 fixed
// streams seeded from seed, and counts are integers, so the same seed gives the same
// result on any machine. eps and delta must lie in (0, 1); otherwise the error is an
// *InputError. Once ctx is done it stops with ctx's error.
func ApproxBetweenness(ctx context.Context, g *Graph, eps, delta float64, seed uint64) ([]float64, error) {
	r, _, err := BetweennessSampleSize(g, eps, delta)
	if err != nil {
		return nil, err
	}
	n := g.N()
	bc := make([]float64, n)
	if r == 0 {
		return bc, nil
	}
	parts := min(r, approxPartitions)
	done := make(chan *pathSampler, parts) // at most one scratch per partition
	err = runPartitions(ctx, parts, func() *pathSampler {
		p := newPathSampler(n)
		done <- p
		return p
	}, func(p *pathSampler, part int) {
		rng := rand.New(rand.NewPCG(seed, uint64(part)))
		samples := r / parts
		if part < r%parts {
			samples++
		}
		for range samples {
			if stopped(ctx) {
				return
			}
			s := rng.IntN(n)
			t := rng.IntN(n - 1)
			if t >= s {
				t++
			}
			if g.weighted {
				p.sampleDijkstra(g, int32(s), int32(t), rng)
			} else {
				p.sampleBFS(g, int32(s), int32(t), rng)
			}
		}
	})
	close(done)
	if err != nil {
		return nil, err
	}
	// Integer counts add up the same in any order: the result does not depend on which
	// worker ran which stream.
	scale := float64(n) / (float64(r) * float64(n-2))
	total := make([]uint64, n)
	for p := range done {
		for v, c := range p.count {
			total[v] += uint64(c)
		}
	}
	for v, c := range total {
		bc[v] = float64(c) * scale
	}
	return bc, nil
}

// BetweennessSampleSize returns how many shortest paths ApproxBetweenness samples for
// the given eps and delta, and the bound VD on the number of nodes of a shortest path
// that the sample size rests on. VD is an upper bound, never an estimate:
//   - undirected, unweighted: per connected component, a breadth-first search from its
//     node of highest degree v; any shortest x–y path has at most d(x,v)+d(v,y) ≤ e1+e2
//     edges, e1 ≥ e2 the two largest distances from v;
//   - undirected, weighted: the same with Dijkstra's distances, the number of edges
//     then being at most (e1+e2)/w_min, w_min the shortest edge distance;
//   - directed: the size of the largest weakly connected component.
//
// Each bound is capped by the size of its component. When VD < 3 no shortest path has an
// inner node, every betweenness is 0, and the sample size is 0.
func BetweennessSampleSize(g *Graph, eps, delta float64) (samples, vertexDiameter int, err error) {
	if !(eps > 0 && eps < 1) {
		return 0, 0, inputError("eps %v must lie in (0, 1)", eps)
	}
	if !(delta > 0 && delta < 1) {
		return 0, 0, inputError("delta %v must lie in (0, 1)", delta)
	}
	n := g.N()
	if n < 3 {
		return 0, n, nil
	}
	vd := vertexDiameterBound(g)
	if vd < 3 {
		return 0, vd, nil
	}
	e := eps * float64(n-2) / float64(n)
	r := math.Ceil(rkConstant / (e * e) * (math.Floor(math.Log2(float64(vd-2))) + 1 + math.Log(1/delta)))
	if r > maxApproxSamples {
		return 0, vd, inputError("eps %v needs %.0f samples, more than %d", eps, r, maxApproxSamples)
	}
	return int(r), vd, nil
}

// vertexDiameterBound returns an upper bound on the number of nodes of any shortest path
// (see BetweennessSampleSize).
func vertexDiameterBound(g *Graph) int {
	comps := Components(g)
	if g.directed {
		return len(comps[0])
	}
	minDist := math.Inf(1)
	if g.weighted {
		for _, d := range g.out.d {
			minDist = min(minDist, d)
		}
	}
	s := newSearcher(g.N())
	bound := 1
	for _, comp := range comps {
		if len(comp) <= bound {
			break // sorted largest first: no later component can raise the bound
		}
		if len(comp) < 3 {
			bound = max(bound, len(comp))
			continue
		}
		hub := comp[0]
		for _, v := range comp {
			if g.out.start[v+1]-g.out.start[v] > g.out.start[hub+1]-g.out.start[hub] {
				hub = v
			}
		}
		s.reverseSearch(g, hub)
		k := len(s.order)
		e1, e2 := s.dist[s.order[k-1]], s.dist[s.order[k-2]]
		edges := e1 + e2
		if g.weighted {
			// The slack absorbs rounding in the sum; over-counting by one edge only
			// makes the bound safer.
			edges = math.Floor((e1+e2)/minDist*(1+1e-9) + 1e-9)
		}
		bound = max(bound, min(len(comp), int(edges)+1))
	}
	return bound
}

// pathSampler is one worker's scratch space for sampling shortest paths. count[v] is the
// number of sampled paths with v inside them.
type pathSampler struct {
	count []uint32

	// Bidirectional breadth-first search: distances from s and to t (−1 when not
	// reached), path counts, and the nodes each side reached, to reset them.
	distS, distT   []int32
	sigS, sigT     []float64
	seenS, seenT   []int32
	frontS, frontT []int32
	meet           []int32

	// Dijkstra's algorithm from s.
	dist    []float64
	sigma   []float64
	settled []bool
	touched []int32
	heap    radixHeap
}

func newPathSampler(n int) *pathSampler {
	p := &pathSampler{
		count: make([]uint32, n),
		distS: make([]int32, n), distT: make([]int32, n),
		sigS: make([]float64, n), sigT: make([]float64, n),
	}
	for i := range n {
		p.distS[i], p.distT[i] = -1, -1
	}
	return p
}

// sampleBFS picks a shortest s–t path uniformly at random, ignoring edge lengths, and
// counts its inner nodes. It grows a breadth-first search from s along arcs and one from
// t against them, one whole level at a time, always on the side whose frontier has fewer
// arcs to follow. Before a level is added the two searched balls are disjoint, so
// d(s,t) exceeds the sum of their depths, and the first level that reaches the other
// side meets it exactly at its depth: the shortest paths are those through the meeting
// nodes y, σ_s(y)·σ_t(y) of them through each. The walk then picks y in that
// proportion, and steps back to s (and on to t) choosing each predecessor x with
// probability σ(x)/σ(current), which makes every shortest path equally likely.
func (p *pathSampler) sampleBFS(g *Graph, s, t int32, rng *rand.Rand) {
	for _, v := range p.seenS {
		p.distS[v] = -1
	}
	for _, v := range p.seenT {
		p.distT[v] = -1
	}
	p.distS[s], p.sigS[s] = 0, 1
	p.distT[t], p.sigT[t] = 0, 1
	p.seenS = append(p.seenS[:0], s)
	p.seenT = append(p.seenT[:0], t)
	p.frontS = append(p.frontS[:0], s)
	p.frontT = append(p.frontT[:0], t)
	arcsS := g.out.start[s+1] - g.out.start[s]
	arcsT := g.in.start[t+1] - g.in.start[t]
	var depthS, depthT int32
	for {
		if len(p.frontS) == 0 || len(p.frontT) == 0 {
			return // t is not reachable from s
		}
		var met bool
		if arcsS <= arcsT {
			p.frontS, p.seenS, arcsS, met = expandLevel(&g.out, depthS, p.frontS, p.seenS, p.distS, p.sigS, p.distT)
			depthS++
			if met {
				p.meet = collectMeeting(p.meet[:0], p.frontS, p.distT)
				break
			}
		} else {
			p.frontT, p.seenT, arcsT, met = expandLevel(&g.in, depthT, p.frontT, p.seenT, p.distT, p.sigT, p.distS)
			depthT++
			if met {
				p.meet = collectMeeting(p.meet[:0], p.frontT, p.distS)
				break
			}
		}
	}
	var total float64
	for _, y := range p.meet {
		total += p.sigS[y] * p.sigT[y]
	}
	y := p.meet[len(p.meet)-1] // absorbs rounding in u
	u := rng.Float64() * total
	for _, m := range p.meet {
		u -= p.sigS[m] * p.sigT[m]
		if u < 0 {
			y = m
			break
		}
	}
	if y != s && y != t {
		p.count[y]++
	}
	p.walkBFS(&g.in, y, p.distS, p.sigS, s, t, rng)
	p.walkBFS(&g.out, y, p.distT, p.sigT, s, t, rng)
}

// expandLevel adds the next level of one side's breadth-first search along the arcs of
// a, given the nodes at depth d. The new level is appended to seen, and next is that
// tail of it; arcs counts the arcs leaving it, and met says whether it holds a node that
// the other side (whose distances are other) has reached.
func expandLevel(a *adjacency, d int32, front, seen []int32, dist []int32, sigma []float64, other []int32) (next, seenOut []int32, arcs int, met bool) {
	first := len(seen)
	for _, v := range front {
		sv := sigma[v]
		lo, hi := a.start[v], a.start[v+1]
		for _, w := range a.nbr[lo:hi] {
			switch dist[w] {
			case -1:
				dist[w] = d + 1
				sigma[w] = sv
				seen = append(seen, w)
			case d + 1:
				sigma[w] += sv
			}
		}
	}
	next = seen[first:]
	for _, w := range next {
		arcs += a.start[w+1] - a.start[w]
		if other[w] >= 0 {
			met = true
		}
	}
	return next, seen, arcs, met
}

// collectMeeting appends to meet the nodes of level that the other side has reached.
func collectMeeting(meet, level []int32, other []int32) []int32 {
	for _, w := range level {
		if other[w] >= 0 {
			meet = append(meet, w)
		}
	}
	return meet
}

// walkBFS walks from y to the root of one side's search (dist and sigma), choosing at
// each step a neighbour one level closer along the arcs of a with probability
// σ(neighbour)/σ(current), and counts the nodes passed other than s and t.
func (p *pathSampler) walkBFS(a *adjacency, y int32, dist []int32, sigma []float64, s, t int32, rng *rand.Rand) {
	cur := y
	for dist[cur] > 0 {
		want := dist[cur] - 1
		u := rng.Float64() * sigma[cur]
		lo, hi := a.start[cur], a.start[cur+1]
		next := int32(-1)
		for _, x := range a.nbr[lo:hi] {
			if dist[x] != want {
				continue
			}
			next = x // the last candidate absorbs rounding in u
			if u -= sigma[x]; u < 0 {
				break
			}
		}
		cur = next
		if cur != s && cur != t {
			p.count[cur]++
		}
	}
}

// sampleDijkstra picks a shortest s–t path uniformly at random by edge distance and
// counts its inner nodes: Dijkstra's algorithm from s counts shortest paths until t is
// settled, then the walk steps back from t choosing each predecessor x with
// probability σ(x)/σ(current). Every predecessor of a settled node has a smaller
// distance, so it is settled too and its count is final.
func (p *pathSampler) sampleDijkstra(g *Graph, s, t int32, rng *rand.Rand) {
	if p.dist == nil {
		n := g.N()
		p.dist, p.sigma, p.settled = make([]float64, n), make([]float64, n), make([]bool, n)
		for i := range p.dist {
			p.dist[i] = math.Inf(1)
		}
	}
	dist, sigma, settled := p.dist, p.sigma, p.settled
	for _, v := range p.touched {
		dist[v], settled[v] = math.Inf(1), false
	}
	p.touched = append(p.touched[:0], s)
	p.heap.reset()
	dist[s], sigma[s] = 0, 1
	p.heap.push(0, s)
	for p.heap.len() > 0 {
		d, v := p.heap.pop()
		if settled[v] || d > dist[v] {
			continue
		}
		settled[v] = true
		if v == t {
			break
		}
		dv, sv := dist[v], sigma[v]
		lo, hi := g.out.row(int(v))
		for k := lo; k < hi; k++ {
			w := g.out.nbr[k]
			if settled[w] {
				continue
			}
			nd := dv + g.out.d[k]
			switch {
			case nd < dist[w]:
				if math.IsInf(dist[w], 1) {
					p.touched = append(p.touched, w)
				}
				dist[w], sigma[w] = nd, sv
				p.heap.push(nd, w)
			case nd == dist[w]:
				sigma[w] += sv
			}
		}
	}
	if !settled[t] {
		return
	}
	for cur := t; cur != s; {
		u := rng.Float64() * sigma[cur]
		next := int32(-1)
		lo, hi := g.in.row(int(cur))
		for k := lo; k < hi; k++ {
			x := g.in.nbr[k]
			if !settled[x] || dist[x]+g.in.d[k] != dist[cur] {
				continue
			}
			next = x
			if u -= sigma[x]; u < 0 {
				break
			}
		}
		cur = next
		if cur != s {
			p.count[cur]++
		}
	}
}
