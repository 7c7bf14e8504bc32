package insights

import (
	"cmp"
	"context"
	"slices"
	"strconv"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/graph"
)

// Hop is one step of a path: the links that tie its two ends directly and, for ties that
// a projection derives (a shared phone, organisation or shipment), the entities they
// share.
type Hop struct {
	From  string            `json:"from"`
	To    string            `json:"to"`
	Links []ringleader.Link `json:"links,omitempty"`
	Via   []Member          `json:"via,omitempty"`
}

// Path is one route between two entities.
type Path struct {
	Length   int      `json:"length"`
	Entities []Member `json:"entities"`
	Hops     []Hop    `json:"hops"`
}

// PathsResult lists the k shortest paths between two entities.
type PathsResult struct {
	From string `json:"from"`
	To   string `json:"to"`
	K    int    `json:"k"`
	Header
	Paths []Path `json:"paths"`
}

// MaxPaths bounds k: Yen's algorithm costs k shortest-path searches.
const MaxPaths = 20

// Paths returns the k shortest paths from one entity to another (Yen 1971), shortest
// first, in the projection chosen by opt; its view defaults to full, so that phones,
// accounts and companies on the way show. An endpoint outside the scope is ENOTFOUND.
func (e *Engine) Paths(ctx context.Context, scope ringleader.Scope, opt ringleader.ProjectionOptions, from, to string, k int) (*PathsResult, error) {
	if k < 1 || k > MaxPaths {
		return nil, ringleader.Errorf(ringleader.EINVALID, "k: must be between 1 and %d, not %d", MaxPaths, k)
	}
	if opt.View == "" {
		opt.View = ringleader.ViewFull
	}
	p, err := e.Project(ctx, scope, opt)
	if err != nil {
		return nil, err
	}
	src, ok := p.Graph.Index(from)
	if !ok {
		return nil, notFound(p, "from", from)
	}
	dst, ok := p.Graph.Index(to)
	if !ok {
		return nil, notFound(p, "to", to)
	}
	what := "paths|" + from + "|" + to + "|" + strconv.Itoa(k)
	v, err := e.result(ctx, p, what, func(ctx context.Context) (any, error) {
		res := &PathsResult{From: from, To: to, K: k, Header: header(p), Paths: []Path{}}
		index := linkIndex(p.Network)
		for _, nodes := range graph.KShortestPaths(p.Graph, src, dst, k) {
			res.Paths = append(res.Paths, describePath(p, nodes, index))
		}
		return res, nil
	})
	if err != nil {
		return nil, err
	}
	return v.(*PathsResult), nil
}

// notFound reports an endpoint that is not a node of the projection: ENOTFOUND when the
// scope does not hold it (whether or not it exists), EINVALID when the view leaves it out.
func notFound(p *Projection, field, id string) error {
	if ent := p.Entity(id); ent != nil {
		return ringleader.Errorf(ringleader.EINVALID, "%s: %s is a %s, not part of the %s view", field, id, ent.Kind, p.Options.View)
	}
	return ringleader.Errorf(ringleader.ENOTFOUND, "%s: no entity %q", field, id)
}

type pairLinks struct {
	between map[[2]string][]ringleader.Link
	near    map[string][]string
}

func linkIndex(net *ringleader.Network) *pairLinks {
	ix := &pairLinks{between: map[[2]string][]ringleader.Link{}, near: map[string][]string{}}
	for _, l := range net.Links {
		a, b := l.Source, l.Target
		if b < a {
			a, b = b, a
		}
		ix.between[[2]string{a, b}] = append(ix.between[[2]string{a, b}], l)
		ix.near[l.Source] = append(ix.near[l.Source], l.Target)
		ix.near[l.Target] = append(ix.near[l.Target], l.Source)
	}
	return ix
}

func describePath(p *Projection, nodes []int, ix *pairLinks) Path {
	path := Path{Length: len(nodes) - 1}
	for _, u := range nodes {
		ent := p.Node(u)
		path.Entities = append(path.Entities, Member{ID: ent.ID, Name: ent.Name, Kind: ent.Kind})
	}
	for i := 1; i < len(nodes); i++ {
		a, b := p.Graph.NodeID(nodes[i-1]), p.Graph.NodeID(nodes[i])
		hop := Hop{From: a, To: b}
		key := [2]string{min(a, b), max(a, b)}
		hop.Links = ix.between[key]
		if len(hop.Links) == 0 {
			hop.Via = shared(p, ix, a, b)
		}
		path.Hops = append(path.Hops, hop)
	}
	return path
}

// shared lists the non-person entities that a and b are both tied to: what a derived tie
// between them stands for.
func shared(p *Projection, ix *pairLinks, a, b string) []Member {
	near := map[string]bool{}
	for _, x := range ix.near[a] {
		near[x] = true
	}
	var out []Member
	for _, x := range ix.near[b] {
		ent := p.Entity(x)
		if near[x] && ent != nil && ent.Kind != ringleader.KindPerson && ent.Kind != ringleader.KindCase {
			out = append(out, Member{ID: ent.ID, Name: ent.Name, Kind: ent.Kind})
			delete(near, x)
		}
	}
	slices.SortFunc(out, func(x, y Member) int { return cmp.Compare(x.ID, y.ID) })
	return out
}
