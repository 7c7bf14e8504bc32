package insights

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/names"
	"github.com/ringleader/ringleader/resolve"
)

// Found is an entity a search found, with how well and how it matched.
type Found struct {
	ringleader.Entity
	// Score is resolve.MatchName's score of the entity's names against the query; 0 when the query matched
	// only as text (a prefix or a fragment of a name).
	Score float64 `json:"score"`
	How   string  `json:"how,omitempty"`
	tier  int
}

// maxSearchCandidates bounds the entities a search scores: the name keys of a very common name (Mohammed)
// block thousands of records in a national network, and the best of them are found within the first few hundred
// of each key.
const maxSearchCandidates = 2000

// Search finds the entities in scope that a name or a fragment of one names, in any script: the store's folded
// text match (case, Latin diacritics and Arabic letter variants ignored) and, across scripts, the name keys of
// entity resolution ("Mohammed al-Ahmad" finds "محمد الأحمد" and the other way round), each candidate weighed by
// resolution's name evidence (resolve.MatchName). Results rank as an analyst expects: a name equal to the text,
// then names that match part by part or start with the text, best score first, then names that merely contain it.
func (e *Engine) Search(ctx context.Context, scope ringleader.Scope, q ringleader.EntityQuery) ([]Found, error) {
	limit := cmp.Or(q.Limit, 50)
	text := names.Fold(q.Text)
	reader, ok := e.store.(ringleader.EntityReader)
	if !ok {
		return nil, ringleader.Errorf(ringleader.EINTERNAL, "insights: the store cannot search entities")
	}
	byText, err := reader.FindEntities(ctx, scope, ringleader.EntityQuery{Text: q.Text, Kind: q.Kind, Limit: max(limit, 200)})
	if err != nil {
		return nil, err
	}
	found := map[string]*Found{}
	for _, ent := range byText {
		f := &Found{Entity: ent, tier: 2}
		for _, n := range append([]string{ent.Name}, ent.Aliases...) {
			switch k := names.Fold(n); {
			case k == text:
				f.tier = 0
			case strings.HasPrefix(k, text) && f.tier > 1:
				f.tier = 1
			}
		}
		found[ent.ID] = f
	}
	idx, err := e.nameIndex(ctx, scope)
	if err != nil {
		return nil, err
	}
	candidates := map[int]bool{}
	for _, k := range resolve.SearchKeys(q.Text) {
		for _, i := range idx.byKey[k] {
			if len(candidates) < maxSearchCandidates {
				candidates[i] = true
			}
		}
	}
	for i := range candidates {
		ent := &idx.net.Entities[i]
		if q.Kind != "" && ent.Kind != q.Kind {
			continue
		}
		if _, ok := found[ent.ID]; !ok {
			found[ent.ID] = &Found{Entity: *ent, tier: 3} // kept only if the names match
		}
	}
	out := make([]Found, 0, len(found))
	for _, f := range found {
		if m, ok := resolve.MatchName(q.Text, append([]string{f.Name}, f.Aliases...)); ok {
			f.Score, f.How = m.Score, m.How
			f.tier = min(f.tier, 1)
		}
		if f.tier < 3 {
			out = append(out, *f)
		}
	}
	slices.SortFunc(out, func(a, b Found) int {
		return cmp.Or(cmp.Compare(a.tier, b.tier), cmp.Compare(b.Score, a.Score), cmp.Compare(a.Name, b.Name), cmp.Compare(a.ID, b.ID))
	})
	return out[:min(limit, len(out))], nil
}

// nameIndex maps the resolution name keys of the names and aliases of the entities in scope to their places in
// the scope's full network, built once per store version and scope.
type nameIndex struct {
	net   *ringleader.Network
	byKey map[string][]int
}

// unnamed kinds are those whose names are numbers or codes, which name keys do not read.
var unnamed = []ringleader.Kind{ringleader.KindPhone, ringleader.KindAccount, ringleader.KindVehicle}

func (e *Engine) nameIndex(ctx context.Context, scope ringleader.Scope) (*nameIndex, error) {
	p, err := e.Project(ctx, scope, ringleader.ProjectionOptions{View: ringleader.ViewFull})
	if err != nil {
		return nil, err
	}
	v, err := e.result(ctx, p, "namekeys", func(ctx context.Context) (any, error) {
		idx := &nameIndex{net: p.Network, byKey: map[string][]int{}}
		for i := range p.Network.Entities {
			ent := &p.Network.Entities[i]
			if slices.Contains(unnamed, ent.Kind) {
				continue
			}
			var keys []string
			for _, n := range append([]string{ent.Name}, ent.Aliases...) {
				keys = append(keys, names.Keys(n)...)
			}
			slices.Sort(keys)
			for _, k := range slices.Compact(keys) {
				idx.byKey[k] = append(idx.byKey[k], i)
			}
		}
		return idx, nil
	})
	if err != nil {
		return nil, err
	}
	return v.(*nameIndex), nil
}
