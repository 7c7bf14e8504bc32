package insights

import (
	"cmp"
	"context"
	"slices"

	"github.com/ringleader/ringleader"
)

// CaseRef names a case.
type CaseRef struct {
	ID    string `json:"id"`
	Title string `json:"title,omitempty"`
	Type  string `json:"type,omitempty"`
}

// CaseBridge is a person who appears in more than one case: the thread an investigator
// pulls to link a drugs case to a weapons or money-laundering case.
type CaseBridge struct {
	ID    string    `json:"id"`
	Name  string    `json:"name"`
	Cases []CaseRef `json:"cases"`
	// CaseTypes counts the distinct case types (drugs, weapons, ...) among Cases.
	CaseTypes int `json:"case_types"`
	// Betweenness and BetweennessRank place the person in the people view of the scope.
	Betweenness     float64 `json:"betweenness"`
	BetweennessRank int     `json:"betweenness_rank"`
	Explanation     string  `json:"explanation"`
}

// CaseBridges lists the people in more than one case, those spanning most case types
// first, then by betweenness in the (undirected, unweighted) people view.
func (e *Engine) CaseBridges(ctx context.Context, scope ringleader.Scope) ([]CaseBridge, error) {
	p, err := e.Project(ctx, scope, ringleader.ProjectionOptions{View: ringleader.ViewPeople})
	if err != nil {
		return nil, err
	}
	ranked, err := e.ranking(ctx, p, "betweenness")
	if err != nil {
		return nil, err
	}
	byID := make(map[string]Score, len(ranked))
	for _, s := range ranked {
		byID[s.ID] = s
	}
	var out []CaseBridge
	for _, ent := range p.Network.Entities {
		if ent.Kind != ringleader.KindPerson || len(ent.Cases) < 2 {
			continue
		}
		b := CaseBridge{ID: ent.ID, Name: ent.Name, Betweenness: byID[ent.ID].Score, BetweennessRank: byID[ent.ID].Rank}
		types := map[string]bool{}
		for _, c := range ent.Cases {
			ref := CaseRef{ID: c}
			if ce := p.Entity(c); ce != nil {
				ref.Title, ref.Type = ce.Name, ce.Prop("type")
			}
			if ref.Type != "" {
				types[ref.Type] = true
			}
			b.Cases = append(b.Cases, ref)
		}
		b.CaseTypes = len(types)
		b.Explanation = bridgeExplanation(b)
		out = append(out, b)
	}
	slices.SortFunc(out, func(a, b CaseBridge) int {
		return cmp.Or(cmp.Compare(b.CaseTypes, a.CaseTypes), cmp.Compare(b.Betweenness, a.Betweenness), cmp.Compare(a.ID, b.ID))
	})
	return out, nil
}

func bridgeExplanation(b CaseBridge) string {
	var names []string
	for _, c := range b.Cases {
		label := c.ID
		if c.Type != "" {
			label += " (" + c.Type + ")"
		}
		names = append(names, label)
	}
	s := "appears in " + joinAnd(names)
	if b.Betweenness > 0 {
		s += "; ranks " + ordinal(b.BetweennessRank) + " by betweenness"
	}
	return s
}
