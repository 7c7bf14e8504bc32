package insights

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

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
	// Algorithm is leiden or louvain (gds.louvain when Neo4j's GDS found them).
	Algorithm string `json:"algorithm"`
	// Objective is what the algorithm maximised: modularity, or cpm (Leiden only).
	Objective  string  `json:"objective,omitempty"`
	Seed       uint64  `json:"seed"`
	Resolution float64 `json:"resolution"`
	// Modularity is the partition's modularity: at Resolution for the modularity
	// objective, at 1 for CPM, whose resolution is a density.
	Modularity float64 `json:"modularity"`
	// Quality is the objective's value: Modularity, or the CPM quality (in units of
	// link weight: ties inside communities less resolution times their pairs).
	Quality float64 `json:"quality"`
	Count   int     `json:"count"`
	Header
	Communities []Community `json:"communities"`
}

// DefaultSeed seeds community detection unless the caller chooses another, so that the
// same data gives the same communities.
const DefaultSeed = 42

// Community detection methods, by their CLI and API names.
const (
	MethodLeiden  = "leiden"
	MethodLouvain = "louvain"
)

// CommunityMethods lists the methods Communities takes, the default first.
func CommunityMethods() []string { return []string{MethodLeiden, MethodLouvain} }

// CommunityOptions choose how Communities partitions a projection.
type CommunityOptions struct {
	// Method is leiden (the default, when empty) or louvain.
	Method string
	// Objective is modularity (the default, when empty) or cpm, which needs Leiden.
	Objective string
	// Resolution is the objective's γ, positive; see graph.LeidenOptions.
	Resolution float64
	// Seed makes the result reproducible: the same seed, the same communities.
	Seed uint64
}

// DefaultCommunityOptions are Leiden maximising modularity at resolution 1, DefaultSeed.
func DefaultCommunityOptions() CommunityOptions {
	return CommunityOptions{Method: MethodLeiden, Objective: string(graph.ObjectiveModularity), Resolution: 1, Seed: DefaultSeed}
}

// Communities partitions the projection with Leiden (Traag et al. 2019; every community
// connected) or Louvain (Blondel et al. 2008), seeded so that results are reproducible,
// and labels each group for a reader. Bad options are EINVALID, naming method, objective
// or resolution.
func (e *Engine) Communities(ctx context.Context, scope ringleader.Scope, opt ringleader.ProjectionOptions, copt CommunityOptions) (*CommunitiesResult, error) {
	copt.Method = cmp.Or(copt.Method, MethodLeiden)
	copt.Objective = cmp.Or(copt.Objective, string(graph.ObjectiveModularity))
	if !slices.Contains(CommunityMethods(), copt.Method) {
		return nil, ringleader.Errorf(ringleader.EINVALID, "method: must be one of %s, not %q", strings.Join(CommunityMethods(), ", "), copt.Method)
	}
	if !slices.Contains(graph.Objectives(), graph.Objective(copt.Objective)) {
		return nil, ringleader.Errorf(ringleader.EINVALID, "objective: must be one of %v, not %q", graph.Objectives(), copt.Objective)
	}
	if copt.Method == MethodLouvain && copt.Objective != string(graph.ObjectiveModularity) {
		return nil, ringleader.Errorf(ringleader.EINVALID, "objective: Louvain maximises modularity only; %s needs method leiden", copt.Objective)
	}
	if !(copt.Resolution > 0) || math.IsInf(copt.Resolution, 1) { // written so that NaN is refused too
		return nil, ringleader.Errorf(ringleader.EINVALID, "resolution: must be a positive number, not %g", copt.Resolution)
	}
	p, err := e.projectNodes(ctx, scope, opt)
	if err != nil {
		return nil, err
	}
	what := "communities|" + copt.Method + "|" + copt.Objective + "|" + strconv.FormatFloat(copt.Resolution, 'g', -1, 64) +
		"|" + strconv.FormatUint(copt.Seed, 10)
	v, err := e.result(ctx, p, what, func(ctx context.Context) (any, error) {
		var part graph.Partition
		if copt.Method == MethodLouvain {
			part = graph.Louvain(p.Graph, copt.Resolution, copt.Seed)
		} else {
			var err error
			part, err = graph.Leiden(ctx, p.Graph, graph.LeidenOptions{Objective: graph.Objective(copt.Objective),
				Resolution: copt.Resolution, Seed: copt.Seed})
			if err != nil {
				return nil, invalid("resolution", err)
			}
		}
		res := &CommunitiesResult{Algorithm: copt.Method, Objective: copt.Objective, Seed: copt.Seed, Resolution: copt.Resolution,
			Modularity: part.Q, Quality: part.Quality, Count: len(part.Communities), Header: header(p), Communities: []Community{}}
		orgs := p.memberships()
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
