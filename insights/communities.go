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

// Member is an entity named in a community or a path.
type Member struct {
	ID   string          `json:"id"`
	Name string          `json:"name"`
	Kind ringleader.Kind `json:"kind"`
}

// Community is one group found by community detection.
type Community struct {
	ID   int `json:"id"`
	Size int `json:"size"`
	// Label names the group for a person: its dominant organisation when most members
	// belong to one, otherwise its best-connected member.
	Label string `json:"label"`
	// Core lists up to five members with the most ties inside the group.
	Core    []Member `json:"core"`
	Members []string `json:"members"`
}

// CommunitiesResult is a partition of the projection into communities.
type CommunitiesResult struct {
	Algorithm  string  `json:"algorithm"`
	Seed       uint64  `json:"seed"`
	Resolution float64 `json:"resolution"`
	Modularity float64 `json:"modularity"`
	Count      int     `json:"count"`
	Header
	Communities []Community `json:"communities"`
}

// DefaultSeed seeds community detection unless the caller chooses another, so that the
// same data gives the same communities.
const DefaultSeed = 42

// Communities partitions the projection with Louvain (Blondel et al. 2008), seeded so
// that results are reproducible, and labels each group for a reader.
func (e *Engine) Communities(ctx context.Context, scope ringleader.Scope, opt ringleader.ProjectionOptions, resolution float64, seed uint64) (*CommunitiesResult, error) {
	if !(resolution > 0) || math.IsInf(resolution, 1) { // written so that NaN is refused too
		return nil, ringleader.Errorf(ringleader.EINVALID, "resolution: must be a positive number, not %g", resolution)
	}
	p, err := e.Project(ctx, scope, opt)
	if err != nil {
		return nil, err
	}
	what := "communities|" + strconv.FormatFloat(resolution, 'g', -1, 64) + "|" + strconv.FormatUint(seed, 10)
	v, err := e.cached(ctx, resultKey(p, what), func(ctx context.Context) (any, error) {
		part := graph.Louvain(p.Graph, resolution, seed)
		res := &CommunitiesResult{Algorithm: "louvain", Seed: seed, Resolution: resolution,
			Modularity: part.Q, Count: len(part.Communities), Header: header(p), Communities: []Community{}}
		orgs := memberships(p.Network)
		for ci, nodes := range part.Communities {
			res.Communities = append(res.Communities, describeCommunity(p, ci+1, nodes, part.Membership, orgs))
		}
		return res, nil
	})
	if err != nil {
		return nil, err
	}
	return v.(*CommunitiesResult), nil
}

func describeCommunity(p *Projection, id int, nodes []int, membership []int, orgs map[string][]string) Community {
	c := Community{ID: id, Size: len(nodes)}
	type inside struct {
		node, ties int
	}
	ranked := make([]inside, 0, len(nodes))
	orgCount := map[string]int{}
	for _, u := range nodes {
		ties := 0
		for _, v := range p.Graph.Neighbours(u) {
			if membership[v] == membership[u] {
				ties++
			}
		}
		ranked = append(ranked, inside{u, ties})
		c.Members = append(c.Members, p.Graph.NodeID(u))
		for _, o := range orgs[p.Graph.NodeID(u)] {
			orgCount[o]++
		}
	}
	slices.Sort(c.Members)
	slices.SortFunc(ranked, func(a, b inside) int {
		return cmp.Or(cmp.Compare(b.ties, a.ties), cmp.Compare(p.Graph.NodeID(a.node), p.Graph.NodeID(b.node)))
	})
	for _, r := range ranked[:min(5, len(ranked))] {
		ent := p.Node(r.node)
		c.Core = append(c.Core, Member{ID: ent.ID, Name: ent.Name, Kind: ent.Kind})
	}
	bestOrg, bestCount := "", 0
	for o, n := range orgCount {
		if n > bestCount || (n == bestCount && o < bestOrg) {
			bestOrg, bestCount = o, n
		}
	}
	switch {
	case bestCount*2 > len(nodes) && p.Entity(bestOrg) != nil:
		c.Label = fmt.Sprintf("%s (%d of %d members)", p.Entity(bestOrg).Name, bestCount, len(nodes))
	case len(c.Core) > 0:
		c.Label = "around " + c.Core[0].Name
	}
	return c
}

// memberships maps each entity to the organisations it is a member of.
func memberships(net *ringleader.Network) map[string][]string {
	out := map[string][]string{}
	for _, l := range net.Links {
		if l.Type == ringleader.LinkMemberOf {
			out[l.Source] = append(out[l.Source], l.Target)
		}
	}
	return out
}
