package graph

import (
	"context"
	"slices"
)

// measures are the centrality measures by their CLI and API names.
var measures = []string{"degree", "in_degree", "out_degree", "betweenness", "closeness", "harmonic", "eigenvector", "pagerank", "core"}

// DefaultAlpha is the PageRank damping factor that Centrality uses, networkx's default.
const DefaultAlpha = 0.85

// Measures lists the centrality measures by the names Centrality takes.
func Measures() []string { return slices.Clone(measures) }

// Centrality returns every node's score for the named measure (see Measures): Degree,
// InDegree, OutDegree, Betweenness, Closeness, Harmonic, Eigenvector, PageRank with
// damping DefaultAlpha, or the core number (CoreNumbers). On a weighted graph the degrees
// are weighted (Strength, InStrength, OutStrength): a weighted analysis that counted a tie
// of 40 calls as one of 1 would ignore what the analyst asked for. An unknown name is an
// *InputError. Betweenness, closeness and harmonic centrality stop with ctx's error once
// ctx is done.
func Centrality(ctx context.Context, g *Graph, measure string) ([]float64, error) {
	switch measure {
	case "degree":
		if g.weighted {
			return Strength(g), nil
		}
		return Degree(g), nil
	case "in_degree":
		if g.weighted {
			return InStrength(g), nil
		}
		return InDegree(g), nil
	case "out_degree":
		if g.weighted {
			return OutStrength(g), nil
		}
		return OutDegree(g), nil
	case "betweenness":
		return betweenness(ctx, g)
	case "closeness":
		closeness, _, err := distanceSums(ctx, g, true, false)
		return closeness, err
	case "harmonic":
		_, harmonic, err := distanceSums(ctx, g, false, true)
		return harmonic, err
	case "eigenvector":
		return Eigenvector(g)
	case "pagerank":
		return PageRank(g, DefaultAlpha), nil
	case "core":
		cores := CoreNumbers(g)
		out := make([]float64, len(cores))
		for i, c := range cores {
			out[i] = float64(c)
		}
		return out, nil
	}
	return nil, inputError("unknown measure %q (one of %v)", measure, measures)
}
