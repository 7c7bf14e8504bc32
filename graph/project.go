package graph

import (
	"cmp"
	"math"
	"slices"

	"github.com/ringleader/ringleader"
)

// tie is one tie between two nodes before parallel ties are merged.
type tie struct {
	u, v     int32
	w        float64
	directed bool
}

// Project builds the analytic projection of net that opt describes (opt already
// normalized by ProjectionOptions.Normalize; net already scoped and filtered by time).
//
// ViewFull holds every entity of net, in net's order, and every link among them except
// SAME_AS links whose "decision" property is "rejected".
//
// ViewPeople holds every person, in net's order, linked or not. Two persons are tied:
//   - by an ASSOCIATE link between them (a call keeps its direction);
//   - once per organisation both are MEMBER_OF, per shipment both ORGANISED or
//     TRANSPORTED (in any combination), and per phone, account or vehicle both HOLD
//     (undirected, weight 1 each);
//   - by a PAID link between them (payer → payee, weight 1 per payment), and by a PAID
//     link between parties they hold, such as accounts: from every person who HOLDS the
//     payer to every person who HOLDS the payee (a person party stands for itself).
//
// Sharing a case (INVOLVED_IN) is not a tie, nor is SAME_AS. ProjectionOptions.Types
// chooses which links produce ties; the HOLDS links that name the holders of a paying
// account are read whatever the filter, so that types=PAID still follows payments
// between accounts.
//
// In a directed projection a directed tie becomes one arc and an undirected tie two;
// in an undirected one every tie loses its direction. Parallel ties between two nodes
// merge into one edge whose weight is the sum of theirs (a link weight of 0 counts as 1,
// as Link.W says; a negative or non-finite one also counts as 1). Self-loops are dropped:
// none of the measures here gives them a meaning a reader would expect (a person paying
// himself between his own accounts is not a tie to anyone).
//
// opt.Resolved (merging SAME_AS records into one node) is not applied yet: the
// projection analyses the raw records.
//
// opt.MinCore above 0 keeps the k-core of that graph (see CoreNumbers), nodes in the
// same order, and the edges among them.
func Project(net *ringleader.Network, opt ringleader.ProjectionOptions) *Graph {
	g := &Graph{directed: opt.Directed, weighted: opt.Weighted, weightAs: opt.WeightAs}
	if g.weightAs == "" {
		g.weightAs = ringleader.WeightStrength
	}
	full := opt.View == ringleader.ViewFull
	g.index = make(map[string]int, len(net.Entities))
	for i := range net.Entities {
		e := &net.Entities[i]
		if !full && e.Kind != ringleader.KindPerson {
			continue
		}
		if _, dup := g.index[e.ID]; dup {
			continue
		}
		g.index[e.ID] = len(g.ids)
		g.ids = append(g.ids, e.ID)
	}
	var ties []tie
	if full {
		ties = fullTies(g.index, net, &opt)
	} else {
		ties = peopleTies(g.index, net, &opt)
	}
	g.build(ties)
	if opt.MinCore > 0 {
		g = g.core(ties, opt.MinCore)
	}
	return g
}

// core returns the graph of g's k-core, built from the ties g was built from.
func (g *Graph) core(ties []tie, k int) *Graph {
	cores := CoreNumbers(g)
	h := &Graph{directed: g.directed, weighted: g.weighted, weightAs: g.weightAs, index: map[string]int{}}
	to := make([]int32, len(g.ids))
	for i, id := range g.ids {
		to[i] = -1
		if cores[i] >= k {
			to[i] = int32(len(h.ids))
			h.index[id] = len(h.ids)
			h.ids = append(h.ids, id)
		}
	}
	kept := ties[:0]
	for _, t := range ties {
		if to[t.u] >= 0 && to[t.v] >= 0 {
			t.u, t.v = to[t.u], to[t.v]
			kept = append(kept, t)
		}
	}
	h.build(kept)
	return h
}

func linkWeight(l *ringleader.Link) float64 {
	w := l.W()
	if !(w > 0) || math.IsInf(w, 1) {
		return 1
	}
	return w
}

func fullTies(index map[string]int, net *ringleader.Network, opt *ringleader.ProjectionOptions) []tie {
	ties := make([]tie, 0, len(net.Links))
	for i := range net.Links {
		l := &net.Links[i]
		if !opt.KeepsType(l) || (l.Type == ringleader.LinkSameAs && l.Props["decision"] == ringleader.DecisionRejected) {
			continue
		}
		u, okU := index[l.Source]
		v, okV := index[l.Target]
		if okU && okV {
			ties = append(ties, tie{u: int32(u), v: int32(v), w: linkWeight(l), directed: l.Directed()})
		}
	}
	return ties
}

func peopleTies(index map[string]int, net *ringleader.Network, opt *ringleader.ProjectionOptions) []tie {
	var ties []tie
	// Groups of persons who share a thing, in order of first appearance so that merged
	// weights are summed in the same order on every run.
	groupOf := map[string]int{}
	var groups [][]int32
	join := func(key string, person int) {
		gi, ok := groupOf[key]
		if !ok {
			gi = len(groups)
			groupOf[key] = gi
			groups = append(groups, nil)
		}
		groups[gi] = append(groups[gi], int32(person))
	}
	holders := map[string][]int32{}
	var payments []*ringleader.Link
	for i := range net.Links {
		l := &net.Links[i]
		keep := opt.KeepsType(l)
		u, personU := index[l.Source]
		switch l.Type {
		case ringleader.LinkAssociate:
			if v, personV := index[l.Target]; keep && personU && personV {
				ties = append(ties, tie{u: int32(u), v: int32(v), w: linkWeight(l), directed: l.Directed()})
			}
		case ringleader.LinkMemberOf:
			if keep && personU {
				join("org\x00"+l.Target, u)
			}
		case ringleader.LinkOrganised, ringleader.LinkTransported:
			if keep && personU {
				join("shipment\x00"+l.Target, u)
			}
		case ringleader.LinkHolds:
			if personU {
				holders[l.Target] = append(holders[l.Target], int32(u))
				if keep {
					join("held\x00"+l.Target, u)
				}
			}
		case ringleader.LinkPaid:
			if keep {
				payments = append(payments, l)
			}
		}
	}
	for _, members := range groups {
		slices.Sort(members)
		members = slices.Compact(members)
		for a := range members {
			for b := a + 1; b < len(members); b++ {
				ties = append(ties, tie{u: members[a], v: members[b], w: 1})
			}
		}
	}
	parties := func(id string) []int32 {
		if i, ok := index[id]; ok {
			return []int32{int32(i)}
		}
		hs := slices.Clone(holders[id])
		slices.Sort(hs)
		return slices.Compact(hs)
	}
	for _, l := range payments {
		for _, u := range parties(l.Source) {
			for _, v := range parties(l.Target) {
				ties = append(ties, tie{u: u, v: v, w: 1, directed: true})
			}
		}
	}
	return ties
}

// arc is one half of an edge while the CSR arrays are built.
type arc struct {
	u, v int32
	w    float64
}

// build turns ties into the CSR arrays, merging parallel ties and dropping self-loops.
func (g *Graph) build(ties []tie) {
	n := len(g.ids)
	arcs := make([]arc, 0, 2*len(ties))
	for _, t := range ties {
		if t.u == t.v {
			continue
		}
		arcs = append(arcs, arc{t.u, t.v, t.w})
		if !g.directed || !t.directed {
			arcs = append(arcs, arc{t.v, t.u, t.w})
		}
	}
	g.out = csr(n, arcs, func(a arc) int32 { return a.u }, func(a arc) int32 { return a.v })
	if g.directed {
		g.m = len(g.out.nbr)
		merged := make([]arc, 0, len(g.out.nbr))
		for u := range n {
			lo, hi := g.out.row(u)
			for k := lo; k < hi; k++ {
				merged = append(merged, arc{int32(u), g.out.nbr[k], g.out.w[k]})
			}
		}
		g.in = csr(n, merged, func(a arc) int32 { return a.v }, func(a arc) int32 { return a.u })
	} else {
		// Each undirected edge sits in both endpoints' rows with the same merged weight.
		g.m = len(g.out.nbr) / 2
	}
	g.setDistances(&g.out)
	if g.directed {
		g.setDistances(&g.in)
	} else {
		g.in = g.out
	}
}

// setDistances turns the merged weight sums of a into strengths and distances.
func (g *Graph) setDistances(a *adjacency) {
	a.d = make([]float64, len(a.w))
	for k, sum := range a.w {
		switch {
		case !g.weighted:
			a.w[k], a.d[k] = 1, 1
		case g.weightAs == ringleader.WeightDistance:
			a.d[k] = sum
		default:
			a.d[k] = 1 / sum
		}
	}
}

// csr groups arcs by row(arc), sorts each row by col(arc) keeping the input order
// among equals, and merges equal columns by summing their weights in that order.
func csr(n int, arcs []arc, row, col func(arc) int32) adjacency {
	count := make([]int, n+1)
	for _, a := range arcs {
		count[row(a)+1]++
	}
	for i := range n {
		count[i+1] += count[i]
	}
	sorted := make([]arc, len(arcs))
	next := slices.Clone(count[:n])
	for _, a := range arcs {
		r := row(a)
		sorted[next[r]] = a
		next[r]++
	}
	adj := adjacency{start: make([]int, n+1), nbr: make([]int32, 0, len(arcs)), w: make([]float64, 0, len(arcs))}
	for i := range n {
		rowArcs := sorted[count[i]:count[i+1]]
		slices.SortStableFunc(rowArcs, func(a, b arc) int { return cmp.Compare(col(a), col(b)) })
		for _, a := range rowArcs {
			c := col(a)
			if k := len(adj.nbr) - 1; k >= adj.start[i] && adj.nbr[k] == c {
				adj.w[k] += a.w
				continue
			}
			adj.nbr = append(adj.nbr, c)
			adj.w = append(adj.w, a.w)
		}
		adj.start[i+1] = len(adj.nbr)
	}
	return adj
}
