package insights

import (
	"context"
	"fmt"
	"slices"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/graph"
)

// ExportRequest chooses what an export holds: one case's part of the network (all that scope sees when empty),
// what a grading filter keeps of it, and the measure that sizes the entities (no sizes when empty).
type ExportRequest struct {
	Case    string
	Grading ringleader.GradeFilter
	Measure string
	// Communities asks for each entity's community.
	Communities bool
}

// Export is the network an export writes, with what sizes and colours its entities.
type Export struct {
	Network     *ringleader.Network
	Restriction ringleader.Restriction
	// Sizes holds each entity's score for Measure; Communities each entity's Leiden community (modularity,
	// resolution 1, seed 1), both on the full view of the restricted network, by id.
	Measure     string
	Sizes       map[string]float64
	Communities map[string]int
}

// Export returns every entity and link that scope sees (of one case when req.Case is set), cut to scope as
// every read is, restricted by req.Grading, with the measure and the communities computed on what is left: a
// broker who matters only through tentative links does not look like one in a confirmed-only chart.
func (e *Engine) Export(ctx context.Context, scope ringleader.Scope, req ExportRequest) (*Export, error) {
	if req.Measure != "" && !slices.Contains(graph.Measures(), req.Measure) {
		return nil, ringleader.Errorf(ringleader.EINVALID, "measure: unknown measure %q (one of %v)", req.Measure, graph.Measures())
	}
	opt := ringleader.ProjectionOptions{View: ringleader.ViewFull, Case: req.Case}
	p, err := e.Project(ctx, scope, opt)
	if err != nil {
		return nil, err
	}
	net, r := req.Grading.Restrict(p.Network)
	out := &Export{Network: net, Restriction: r, Measure: req.Measure}
	if err := opt.Normalize(); err != nil {
		return nil, err
	}
	g := graph.Project(net, opt)
	if req.Measure != "" {
		scores, err := graph.Centrality(ctx, g, req.Measure)
		if err != nil {
			return nil, fmt.Errorf("insights: export: %w", err)
		}
		out.Sizes = make(map[string]float64, len(scores))
		for i, s := range scores {
			out.Sizes[g.NodeID(i)] = s
		}
	}
	if !req.Communities {
		return out, nil
	}
	part, err := graph.Leiden(ctx, g, graph.LeidenOptions{Resolution: 1, Seed: 1})
	if err != nil {
		return nil, fmt.Errorf("insights: export: %w", err)
	}
	out.Communities = make(map[string]int, len(part.Membership))
	for i, c := range part.Membership {
		out.Communities[g.NodeID(i)] = c
	}
	return out, nil
}
