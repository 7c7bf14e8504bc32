package graph

import (
	"cmp"
	"math"
	"slices"
)

// KendallTauB returns Kendall's rank correlation of x and y with ties handled (τ_b,
// Kendall 1945): (concordant − discordant pairs) / √((n0 − n1)(n0 − n2)), where n0 is the
// number of pairs and n1, n2 the pairs tied in x and in y. It is 1 when y orders the
// items as x does, −1 when it reverses them, and NaN when x or y is constant (the
// coefficient is then undefined, as scipy.stats.kendalltau says). x and y must have the
// same length and hold no NaN.
//
// Centrality scores tie often (every person on no shortest path has betweenness 0), so
// the tie-corrected τ_b is the one to use. gonum's stat.Kendall (v0.17) is τ_a, and it
// takes a tie for an increase (it compares math.Signbit of the differences, and
// Signbit(0) is false), so the order in which tied people happen to be listed moves its
// value. No Go library we know of computes τ_b, hence this one, checked against scipy.
//
// It counts discordant pairs in O(n log n) by merge sort, as Knight (1966, "A computer
// method for calculating Kendall's tau with ungrouped data", JASA 61:436–439) does and as
// scipy does, so that comparing two rankings of 20,000 people stays cheap.
func KendallTauB(x, y []float64) float64 {
	n := len(x)
	if n != len(y) {
		panic("graph: KendallTauB: x and y differ in length")
	}
	// Order by x, ties by y: pairs tied in x are then never out of order in y, so the
	// inversions of y in this order are exactly the discordant pairs.
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return cmp.Or(cmp.Compare(x[a], x[b]), cmp.Compare(y[a], y[b])) })
	xs := make([]float64, n)
	ys := make([]float64, n)
	for k, i := range order {
		xs[k], ys[k] = x[i], y[i]
	}
	xTies := tiedPairs(n, func(a, b int) bool { return xs[a] == xs[b] })
	jointTies := tiedPairs(n, func(a, b int) bool { return xs[a] == xs[b] && ys[a] == ys[b] })
	discordant := inversions(ys, make([]float64, n))
	// ys is now sorted, so its runs are the ties in y.
	yTies := tiedPairs(n, func(a, b int) bool { return ys[a] == ys[b] })
	pairs := int64(n) * int64(n-1) / 2
	if xTies == pairs || yTies == pairs {
		return math.NaN()
	}
	concordantMinusDiscordant := pairs - xTies - yTies + jointTies - 2*discordant
	tau := float64(concordantMinusDiscordant) / math.Sqrt(float64(pairs-xTies)) / math.Sqrt(float64(pairs-yTies))
	return min(1, max(-1, tau))
}

// tiedPairs counts the pairs inside the runs of consecutive equal items (same(k-1, k)).
func tiedPairs(n int, same func(a, b int) bool) int64 {
	var pairs, run int64
	for k := 1; k <= n; k++ {
		if k < n && same(k-1, k) {
			run++
			continue
		}
		pairs += run * (run + 1) / 2
		run = 0
	}
	return pairs
}

// inversions sorts v ascending and returns the number of pairs i < j with v[i] > v[j];
// buf is scratch of len(v).
func inversions(v, buf []float64) int64 {
	n := len(v)
	if n < 2 {
		return 0
	}
	mid := n / 2
	count := inversions(v[:mid], buf[:mid]) + inversions(v[mid:], buf[mid:])
	copy(buf, v)
	left, right := buf[:mid], buf[mid:]
	i, j, k := 0, 0, 0
	for i < len(left) && j < len(right) {
		if right[j] < left[i] {
			// right[j] is smaller than every item left in left: each is an inversion.
			v[k] = right[j]
			count += int64(len(left) - i)
			j++
		} else {
			v[k] = left[i]
			i++
		}
		k++
	}
	k += copy(v[k:], left[i:])
	copy(v[k:], right[j:])
	return count
}
