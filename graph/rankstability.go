package graph

import (
	"cmp"
	"math"
	"slices"
)

// The arithmetic of a ranking's robustness: how a ranking of a graph's nodes compares with the ranking of a
// perturbed copy (DropEdges, DropNodes, or the graph of the confirmed links alone), and how one node's ranks
// over many perturbations spread.

// Ranks returns each node's place in g ranked by scores, 1 for the highest, equal scores by entity id in byte
// order: the order in which the analyses list them.
func Ranks(g *Graph, scores []float64) []int {
	return ranksOf(scores, func(i int) string { return g.ids[i] })
}

func ranksOf(scores []float64, id func(int) string) []int {
	order := make([]int, len(scores))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return cmp.Or(cmp.Compare(scores[b], scores[a]), cmp.Compare(id(a), id(b))) })
	ranks := make([]int, len(scores))
	for r, i := range order {
		ranks[i] = r + 1
	}
	return ranks
}

// Agreement compares a ranking with a perturbed one.
type Agreement struct {
	// Tau is Kendall's τ_b (KendallTauB) between the two sets of scores over the nodes both graphs hold; NaN when
	// either set is constant there.
	Tau float64
	// Overlap is |A∩B|/k: A is the top k of the first ranking restricted to the nodes both graphs hold, B the top
	// k of the perturbed one, and k is capped at the number of those nodes. It is the share of the top that
	// survives, and unlike Jaccard's |A∩B|/|A∪B| it reads as such: 0.9 is 9 of the top 10.
	Overlap float64
	// Ranks holds the perturbed rank of each node of the first graph, 0 for one the perturbed graph lacks.
	Ranks []int
}

// CompareRankings compares g's nodes ranked by scores with h's ranked by perturbed, over the top k. Node j of h is
// node kept[j] of g (kept nil: the same nodes), or none of g's when kept[j] < 0; scores and perturbed are indexed
// by g's and h's nodes. Removed nodes are left out of both rankings rather than counted as fallen, as Borgatti et
// al. (2006) compare what the damaged graph still holds.
func CompareRankings(g *Graph, scores []float64, h *Graph, perturbed []float64, kept []int, k int) Agreement {
	var common []int // nodes of h that g holds
	for j := range h.N() {
		if kept == nil || kept[j] >= 0 {
			common = append(common, j)
		}
	}
	origin := func(j int) int {
		if kept == nil {
			return j
		}
		return kept[j]
	}
	full := make([]float64, len(common))
	pert := make([]float64, len(common))
	for c, j := range common {
		full[c], pert[c] = scores[origin(j)], perturbed[j]
	}
	id := func(c int) string { return h.ids[common[c]] }
	a := Agreement{Tau: KendallTauB(full, pert), Overlap: TopOverlap(ranksOf(full, id), ranksOf(pert, id), k),
		Ranks: make([]int, g.N())}
	hRanks := Ranks(h, perturbed)
	for _, j := range common {
		a.Ranks[origin(j)] = hRanks[j]
	}
	return a
}

// TopOverlap returns |A∩B|/k, where A and B are the items ranked k or better by ranks a and b (both 1-based,
// over the same items) and k is capped at the number of items; 1 when there are none.
func TopOverlap(a, b []int, k int) float64 {
	k = min(k, len(a))
	if k <= 0 {
		return 1
	}
	both := 0
	for i := range a {
		if a[i] <= k && b[i] <= k {
			both++
		}
	}
	return float64(both) / float64(k)
}

// Spread is the mean and range of a statistic over perturbations.
type Spread struct {
	Mean float64 `json:"mean"`
	Min  float64 `json:"min"`
	Max  float64 `json:"max"`
	// Runs counts the perturbations where the statistic is defined.
	Runs int `json:"runs"`
}

// SpreadOf returns the spread of the values that are not NaN, summed in the order given; false when all are NaN.
func SpreadOf(values []float64) (Spread, bool) {
	s := Spread{Min: math.Inf(1), Max: math.Inf(-1)}
	sum := 0.0
	for _, v := range values {
		if math.IsNaN(v) {
			continue
		}
		s.Runs++
		sum += v
		s.Min, s.Max = min(s.Min, v), max(s.Max, v)
	}
	if s.Runs == 0 {
		return Spread{}, false
	}
	s.Mean = sum / float64(s.Runs)
	return s, true
}

// RankInterval summarises one node's ranks over perturbations.
type RankInterval struct {
	// Runs counts the perturbations that kept the node; the rest say nothing of its rank.
	Runs int `json:"runs"`
	// InTop counts those where it ranked k or better; InTopShare is InTop/Runs (0 when Runs is 0).
	InTop      int     `json:"in_top"`
	InTopShare float64 `json:"in_top_share"`
	// Min and Max are its best and worst rank; Low and High the 5th and 95th percentiles, by the nearest-rank
	// method (the ⌈p·n⌉-th smallest of n ranks), so that one freak perturbation in a hundred does not widen it.
	Min  int `json:"min"`
	Max  int `json:"max"`
	Low  int `json:"p5"`
	High int `json:"p95"`
}

// RankIntervalOf summarises ranks, one per perturbation (0: the node was removed), against a top of k.
func RankIntervalOf(ranks []int, k int) RankInterval {
	var present []int
	for _, r := range ranks {
		if r > 0 {
			present = append(present, r)
		}
	}
	var ri RankInterval
	if len(present) == 0 {
		return ri
	}
	slices.Sort(present)
	n := len(present)
	ri.Runs = n
	for _, r := range present {
		if r <= k {
			ri.InTop++
		}
	}
	ri.InTopShare = float64(ri.InTop) / float64(n)
	ri.Min, ri.Max = present[0], present[n-1]
	ri.Low, ri.High = present[nearestRank(0.05, n)], present[nearestRank(0.95, n)]
	return ri
}

// nearestRank is the index of the p-th quantile of n sorted items by the nearest-rank method.
func nearestRank(p float64, n int) int {
	return min(n-1, max(0, int(math.Ceil(p*float64(n)-1e-9))-1))
}
