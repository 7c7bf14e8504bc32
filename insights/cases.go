package insights

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/graph"
)

// Bounds of a cross-case search.
const (
	DefaultCaseHops = 3
	MaxCaseHops     = 6
	casePaths       = 3 // connecting paths shown per linked case
)

// CaseLink is another case reachable from the one asked about.
type CaseLink struct {
	Case CaseRef `json:"case"`
	// Distance is the fewest hops from an entity of the first case to one of this case
	// (0 when they share an entity).
	Distance int `json:"distance"`
	// Shared are the entities both cases name: people, phones, accounts, companies.
	Shared []Member `json:"shared"`
	// Paths are the best connecting paths: fewest hops, then strongest (most links
	// along the way).
	Paths       []Path `json:"paths"`
	Explanation string `json:"explanation"`
}

// CaseBridgePerson is a person who ties case types together.
type CaseBridgePerson struct {
	Member
	CaseTypes []string `json:"case_types"`
	// Roles are his Gould–Fernandez brokerage roles with case type as the partition.
	Roles       graph.BrokerageRoles `json:"roles"`
	Explanation string               `json:"explanation"`
}

// CaseLinksResult answers "what does this case connect to?".
type CaseLinksResult struct {
	Case CaseRef `json:"case"`
	Hops int     `json:"hops"`
	// Restriction says which grading restriction was applied and what it left out; nil when none was.
	Restriction *ringleader.Restriction `json:"restriction,omitempty"`
	Links       []CaseLink              `json:"links"`
	Bridges     []CaseBridgePerson      `json:"bridges"`
}

// CaseLinks lists the other cases reachable from case caseID within hops steps over the
// full network of resolved identities (never through a case record or a place), each with the entities they share
// and the best connecting paths; and the people who bridge case types, by their
// Gould–Fernandez roles with case type as the partition. A case outside the scope is
// ENOTFOUND like one that does not exist. grades restricts the network to trusted intelligence.
func (e *Engine) CaseLinks(ctx context.Context, scope ringleader.Scope, caseID string, hops int, grades ringleader.GradeFilter) (*CaseLinksResult, error) {
	if hops == 0 {
		hops = DefaultCaseHops
	}
	if hops < 1 || hops > MaxCaseHops {
		return nil, ringleader.Errorf(ringleader.EINVALID, "hops: must be between 1 and %d, not %d", MaxCaseHops, hops)
	}
	// On resolved identities: one man recorded in two cases under two spellings, once
	// resolution has linked the records, is what the two cases share.
	p, err := e.Project(ctx, scope, ringleader.ProjectionOptions{View: ringleader.ViewFull, Resolved: true,
		MinGrade: grades.MinGrade, ConfirmedOnly: grades.ConfirmedOnly})
	if err != nil {
		return nil, err
	}
	ce := p.Entity(caseID)
	if ce == nil || ce.Kind != ringleader.KindCase {
		return nil, ringleader.Errorf(ringleader.ENOTFOUND, "no case %q", caseID)
	}
	v, err := e.result(ctx, p, "caselinks|"+caseID+"|"+strconv.Itoa(hops), func(ctx context.Context) (any, error) {
		res := &CaseLinksResult{Case: caseRef(ce), Hops: hops, Links: []CaseLink{}}
		if p.Restriction.Active() {
			r := p.Restriction
			res.Restriction = &r
		}
		if links := caseLinks(p, caseID, hops); links != nil {
			res.Links = links // an empty list, never null: the workbench iterates it
		}
		people, err := e.Project(ctx, scope, ringleader.ProjectionOptions{View: ringleader.ViewPeople, Resolved: true,
			MinGrade: grades.MinGrade, ConfirmedOnly: grades.ConfirmedOnly})
		if err != nil {
			return nil, err
		}
		if res.Bridges, err = caseTypeBridges(ctx, people, caseID); err != nil {
			return nil, err
		}
		if res.Bridges == nil {
			res.Bridges = []CaseBridgePerson{}
		}
		return res, nil
	})
	if err != nil {
		return nil, err
	}
	return v.(*CaseLinksResult), nil
}

func caseRef(e *ringleader.Entity) CaseRef {
	return CaseRef{ID: e.ID, Title: e.Name, Type: e.Prop("type")}
}

// caseLinks runs one breadth-first search from every entity of the case at once; the
// first time it meets an entity of another case gives that case's distance.
func caseLinks(p *Projection, caseID string, hops int) []CaseLink {
	g := p.Graph
	n := g.N()
	dist := make([]int, n)
	parents := make([][]int, n) // every predecessor on a shortest path, to rank paths
	for i := range dist {
		dist[i] = -1
	}
	var frontier []int
	for i := range n {
		ent := p.Node(i)
		if connects(ent) && slices.Contains(ent.Cases, caseID) {
			dist[i] = 0
			frontier = append(frontier, i)
		}
	}
	for d := 1; d <= hops && len(frontier) > 0; d++ {
		var next []int
		for _, u := range frontier {
			for _, v := range g.Neighbours(u) {
				if !connects(p.Node(v)) {
					continue
				}
				switch dist[v] {
				case -1:
					dist[v] = d
					parents[v] = []int{u}
					next = append(next, v)
				case d:
					parents[v] = append(parents[v], u)
				}
			}
		}
		frontier = next
	}

	// For each other case, the nearest of its entities.
	type reach struct {
		dist    int
		targets []int
	}
	reached := map[string]*reach{}
	for i := range n {
		if dist[i] < 0 {
			continue
		}
		for _, c := range p.Node(i).Cases {
			if c == caseID {
				continue
			}
			r := reached[c]
			switch {
			case r == nil || dist[i] < r.dist:
				reached[c] = &reach{dist[i], []int{i}}
			case dist[i] == r.dist:
				r.targets = append(r.targets, i)
			}
		}
	}
	ix := linkIndex(p.Network)
	var out []CaseLink
	for c, r := range reached {
		link := CaseLink{Case: CaseRef{ID: c}, Distance: r.dist, Shared: []Member{}, Paths: []Path{}}
		if ent := p.Entity(c); ent != nil {
			link.Case = caseRef(ent)
		}
		type scored struct {
			nodes    []int
			strength int
		}
		var paths []scored
		for _, t := range r.targets {
			ent := p.Node(t)
			if r.dist == 0 {
				link.Shared = append(link.Shared, Member{ID: ent.ID, Name: ent.Name, Kind: ent.Kind})
				continue
			}
			nodes := strongestBack(p, ix, parents, t)
			paths = append(paths, scored{nodes, pathStrength(p, ix, nodes)})
		}
		slices.SortFunc(paths, func(a, b scored) int {
			return cmp.Or(cmp.Compare(b.strength, a.strength), slices.Compare(nodeIDs(p, a.nodes), nodeIDs(p, b.nodes)))
		})
		for _, sp := range paths[:min(casePaths, len(paths))] {
			link.Paths = append(link.Paths, describePath(p, sp.nodes, ix))
		}
		slices.SortFunc(link.Shared, func(a, b Member) int {
			return cmp.Or(cmp.Compare(slices.Index(sharedOrder, a.Kind), slices.Index(sharedOrder, b.Kind)), cmp.Compare(a.ID, b.ID))
		})
		link.Explanation = explainCaseLink(&link)
		out = append(out, link)
	}
	slices.SortFunc(out, func(a, b CaseLink) int {
		return cmp.Or(cmp.Compare(a.Distance, b.Distance), cmp.Compare(len(b.Shared), len(a.Shared)), cmp.Compare(a.Case.ID, b.Case.ID))
	})
	return out
}

// connects reports whether an entity can tie two cases together. A case record cannot (a
// path through it says only that both are cases), nor can a place: two cases that both
// mention Homs are not thereby linked.
func connects(e *ringleader.Entity) bool {
	return e.Kind != ringleader.KindCase && e.Kind != ringleader.KindLocation
}

// sharedOrder lists shared entities people first, then the identifiers that tie them.
var sharedOrder = []ringleader.Kind{ringleader.KindPerson, ringleader.KindPhone, ringleader.KindAccount,
	ringleader.KindOrganisation, ringleader.KindVehicle, ringleader.KindShipment}

// strongestBack walks from t back to the case along the predecessor with the most links
// to it at each step, giving a shortest path that is also strong.
func strongestBack(p *Projection, ix *pairLinks, parents [][]int, t int) []int {
	nodes := []int{t}
	for u := t; len(parents[u]) > 0; {
		best, bestN := -1, -1
		for _, v := range parents[u] {
			a, b := p.Graph.NodeID(u), p.Graph.NodeID(v)
			n := len(ix.between[[2]string{min(a, b), max(a, b)}])
			if n > bestN || (n == bestN && p.Graph.NodeID(v) < p.Graph.NodeID(best)) {
				best, bestN = v, n
			}
		}
		nodes = append(nodes, best)
		u = best
	}
	slices.Reverse(nodes)
	return nodes
}

func pathStrength(p *Projection, ix *pairLinks, nodes []int) int {
	s := 0
	for i := 1; i < len(nodes); i++ {
		a, b := p.Graph.NodeID(nodes[i-1]), p.Graph.NodeID(nodes[i])
		s += len(ix.between[[2]string{min(a, b), max(a, b)}])
	}
	return s
}

func nodeIDs(p *Projection, nodes []int) []string {
	out := make([]string, len(nodes))
	for i, u := range nodes {
		out[i] = p.Graph.NodeID(u)
	}
	return out
}

func explainCaseLink(l *CaseLink) string {
	label := l.Case.ID
	if l.Case.Type != "" {
		label += " (" + l.Case.Type + ")"
	}
	if l.Distance == 0 {
		var names []string
		for _, m := range l.Shared[:min(4, len(l.Shared))] {
			names = append(names, m.Name)
		}
		more := ""
		if len(l.Shared) > 4 {
			more = fmt.Sprintf(" and %d more", len(l.Shared)-4)
		}
		return fmt.Sprintf("shares %d entities with %s: %s%s", len(l.Shared), label, strings.Join(names, ", "), more)
	}
	return fmt.Sprintf("%s is %d hops away; no entity appears in both", label, l.Distance)
}

// caseTypeBridges lists the people of the case who touch another case type, ranked by
// their Gould–Fernandez brokerage between case types, then by how many types they touch.
func caseTypeBridges(ctx context.Context, p *Projection, caseID string) ([]CaseBridgePerson, error) {
	group, names, err := partitionOf(ctx, p, "case_type")
	if err != nil {
		return nil, err
	}
	roles, err := graph.Brokerage(p.Graph, group)
	if err != nil {
		return nil, err
	}
	out := []CaseBridgePerson{}
	for i := range p.Graph.N() {
		ent := p.Node(i)
		if !slices.Contains(ent.Cases, caseID) {
			continue
		}
		types := strings.Split(names[group[i]], "+")
		r := roles.Raw[i]
		between := r.Liaison + r.Gatekeeper + r.Representative
		if len(types) < 2 && between == 0 {
			continue
		}
		b := CaseBridgePerson{Member: Member{ID: ent.ID, Name: ent.Name, Kind: ent.Kind}, CaseTypes: types, Roles: r}
		switch {
		case len(types) > 1 && between > 0:
			b.Explanation = fmt.Sprintf("appears in %s cases; %.0f of the %.0f two-step ties this person brokers join people of different case types",
				strings.Join(types, " and "), between, r.Total)
		case len(types) > 1:
			b.Explanation = fmt.Sprintf("appears in %s cases", strings.Join(types, " and "))
		default:
			b.Explanation = fmt.Sprintf("%.0f of the %.0f two-step ties this person brokers join people of different case types", between, r.Total)
		}
		out = append(out, b)
	}
	slices.SortFunc(out, func(a, b CaseBridgePerson) int {
		ba := a.Roles.Liaison + a.Roles.Gatekeeper + a.Roles.Representative
		bb := b.Roles.Liaison + b.Roles.Gatekeeper + b.Roles.Representative
		return cmp.Or(cmp.Compare(len(b.CaseTypes), len(a.CaseTypes)), cmp.Compare(bb, ba), cmp.Compare(a.ID, b.ID))
	})
	return out, nil
}
