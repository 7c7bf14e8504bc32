package insights

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"strconv"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/graph"
)

// Header describes the projection a result was computed on. Its fields are the first of
// every insight's JSON.
type Header struct {
	View     ringleader.View     `json:"view"`
	Case     string              `json:"case,omitempty"`
	From     string              `json:"from,omitempty"`
	To       string              `json:"to,omitempty"`
	Types    []string            `json:"types,omitempty"`
	Directed bool                `json:"directed"`
	Weighted bool                `json:"weighted"`
	WeightAs ringleader.WeightAs `json:"weight_as,omitempty"`
	// MinCore is the k of the k-core the projection was limited to, when above 0.
	MinCore int `json:"min_core,omitempty"`
	// Restriction says which grading restriction was applied and what it left out; nil when none was.
	Restriction *ringleader.Restriction `json:"restriction,omitempty"`
	Nodes       int                     `json:"nodes"`
	Links       int                     `json:"links"`
}

func header(p *Projection) Header {
	h := Header{View: p.Options.View, Case: p.Options.Case, From: p.Options.From, To: p.Options.To,
		Types: p.Options.Types, Directed: p.Options.Directed, Weighted: p.Options.Weighted,
		MinCore: p.Options.MinCore, Nodes: p.Graph.N(), Links: p.Graph.M()}
	if h.Weighted {
		h.WeightAs = p.Options.WeightAs
	}
	if p.Restriction.Active() {
		r := p.Restriction
		h.Restriction = &r
	}
	return h
}

// Score is one entity's score in a ranking.
type Score struct {
	Rank        int             `json:"rank"`
	ID          string          `json:"id"`
	Name        string          `json:"name"`
	Kind        ringleader.Kind `json:"kind"`
	Score       float64         `json:"score"`
	Explanation string          `json:"explanation,omitempty"`
}

// CentralityResult is a ranking of the projection's nodes by one measure.
type CentralityResult struct {
	Measure    string `json:"measure"`
	Normalized bool   `json:"normalized"`
	Header
	// Approximation is set when the scores are estimates (see ApproxBetweenness).
	Approximation *Approximation `json:"approximation,omitempty"`
	Results       []Score        `json:"results"`
	// Robustness is set when asked for (CentralityRobustness): how sure the ranking is.
	Robustness *Robustness `json:"robustness,omitempty"`
}

// Measures lists the centrality measures by name.
func Measures() []string { return graph.Measures() }

// Centrality ranks the projection's nodes by measure, best first (ties by id), keeping the
// top ones (all when top <= 0).
func (e *Engine) Centrality(ctx context.Context, scope ringleader.Scope, opt ringleader.ProjectionOptions, measure string, top int) (*CentralityResult, error) {
	if !slices.Contains(graph.Measures(), measure) {
		return nil, ringleader.Errorf(ringleader.EINVALID, "measure: unknown measure %q (one of %v)", measure, graph.Measures())
	}
	p, err := e.projectNodes(ctx, scope, opt)
	if err != nil {
		return nil, err
	}
	ranked, err := e.ranking(ctx, p, measure)
	if err != nil {
		return nil, err
	}
	res := &CentralityResult{Measure: measure, Normalized: measure != "harmonic" && measure != "core", Header: header(p)}
	if top <= 0 || top > len(ranked) {
		top = len(ranked)
	}
	res.Results = slices.Clone(ranked[:top])
	return res, nil
}

// ranking returns every node's score for measure, ranked and explained, from the cache.
func (e *Engine) ranking(ctx context.Context, p *Projection, measure string) ([]Score, error) {
	v, err := e.result(ctx, p, "centrality|"+measure, func(ctx context.Context) (any, error) {
		scores, err := graph.Centrality(ctx, p.Graph, measure)
		if err != nil {
			return nil, invalid("measure "+measure, err)
		}
		return rank(p, measure, scores), nil
	})
	if err != nil {
		return nil, err
	}
	return v.([]Score), nil
}

func rank(p *Projection, measure string, scores []float64) []Score {
	out := make([]Score, len(scores))
	for i, s := range scores {
		ent := p.Node(i)
		out[i] = Score{ID: ent.ID, Name: ent.Name, Kind: ent.Kind, Score: s}
	}
	slices.SortStableFunc(out, func(a, b Score) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.ID, b.ID))
	})
	n := p.Graph.N()
	for i := range out {
		out[i].Rank = i + 1
		out[i].Explanation = explain(measure, out[i].Score, n, p.Options.Directed, p.Options.Weighted)
	}
	return out
}

// explain says in words what a score means, from the measure's definition alone.
func explain(measure string, s float64, n int, directed, weighted bool) string {
	if n < 2 {
		return ""
	}
	others := n - 1
	count := int(math.Round(s * float64(others)))
	if weighted {
		// A weighted degree is a strength (graph.Strength): the sum of the weights, not a count of ties.
		sum := strconv.FormatFloat(math.Round(s*float64(others)*1e6)/1e6, 'g', -1, 64)
		switch measure {
		case "degree":
			if directed {
				return "links in and out weighing " + sum + " in all (calls, meetings, ...)"
			}
			return "ties weighing " + sum + " in all (calls, meetings, ...)"
		case "in_degree":
			return "contacts into it weighing " + sum + " in all"
		case "out_degree":
			return "contacts out of it weighing " + sum + " in all"
		}
	}
	switch measure {
	case "degree":
		if directed {
			return fmt.Sprintf("%d links in or out, counting each direction", count)
		}
		return fmt.Sprintf("tied directly to %d of the %d others", count, others)
	case "in_degree":
		return fmt.Sprintf("contacted by %d of the %d others", count, others)
	case "out_degree":
		return fmt.Sprintf("contacts %d of the %d others", count, others)
	case "betweenness":
		if s == 0 {
			return "lies on no shortest path between others"
		}
		return fmt.Sprintf("lies on %.1f%% of the shortest paths between other pairs, on average", 100*s)
	case "pagerank":
		return fmt.Sprintf("holds %.1f%% of the attention of a random walk over the ties", 100*s)
	case "closeness":
		if s == 0 {
			return "reaches no one"
		}
		return fmt.Sprintf("%.2f steps on average to those it reaches, scaled up by the share it cannot reach (Wasserman–Faust)", 1/s)
	case "harmonic":
		return fmt.Sprintf("sum of inverse distances to the others: %.2f", s)
	case "eigenvector":
		return "tied to others who are themselves well connected"
	case "core":
		// Batagelj and Zaveršnik (2003): the k-core is what is left after removing, again
		// and again, everyone with fewer than k ties.
		k := int(s)
		if k == 0 {
			return "tied to no one: in no core"
		}
		if directed {
			return fmt.Sprintf("in the %d-core: a group where everyone has at least %d links in or out with others of it", k, k)
		}
		return fmt.Sprintf("in the %d-core: a group where everyone is tied to at least %d others of it", k, k)
	}
	return ""
}
