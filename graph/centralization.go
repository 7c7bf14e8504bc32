package graph

import "math"

// Centralization holds Freeman centralizations of one projection: how far the network is
// organised around a single centre (1 for a star, 0 when everyone is alike).
type Centralization struct {
	Degree      float64 `json:"degree"`
	InDegree    float64 `json:"in_degree"`
	OutDegree   float64 `json:"out_degree"`
	Betweenness float64 `json:"betweenness"`
}

// FreemanCentralization returns the Freeman centralizations of g (L. C. Freeman 1979,
// "Centrality in social networks: conceptual clarification", Social Networks
// 1(3):215–239): Σ_i (max − c_i) over its largest possible value, for
//   - degree, in-degree and out-degree centrality (Degree, InDegree, OutDegree: links
//     counted, not weights, over n−1), divided by n−2;
//   - normalised betweenness (Betweenness: weighted, with distances, when g is), divided
//     by n−1.
//
// These are the conventions of E. K. Anastasiadis and I. Antoniou (2024), "Directed
// criminal networks: temporal analysis and disruption", Information 15(2):84, whose
// per-phase values for CAVIAR it reproduces (directed, weighted by calls read as
// strengths). n−2 is the largest sum for undirected degree (a star); in a directed
// graph an in- or out-star reaches n−1, and total degree counts both directions, so
// those can exceed 1. A graph too small for its denominator (n ≤ 2 for degree, n ≤ 1 for
// betweenness) has centralization 0.
func FreemanCentralization(g *Graph) Centralization {
	n := float64(g.N())
	return Centralization{
		Degree:      centralize(Degree(g), n-2),
		InDegree:    centralize(InDegree(g), n-2),
		OutDegree:   centralize(OutDegree(g), n-2),
		Betweenness: centralize(Betweenness(g), n-1),
	}
}

// centralize returns Σ (max − c_i) / denom, or 0 when denom is not positive.
func centralize(c []float64, denom float64) float64 {
	if denom <= 0 || len(c) == 0 {
		return 0
	}
	top := math.Inf(-1)
	for _, x := range c {
		top = max(top, x)
	}
	var sum float64
	for _, x := range c {
		sum += top - x
	}
	return sum / denom
}
