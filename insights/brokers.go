package insights

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/graph"
)

// Partitions are the groupings brokerage roles are counted against.
var Partitions = []string{"community", "organisation", "case_type", "country"}

// BrokerOptions choose how brokers are ranked.
type BrokerOptions struct {
	// Partition groups people for Gould–Fernandez roles: community (the default: the
	// communities that Communities finds with its default options, numbered as it numbers
	// them), organisation, case_type or country.
	Partition string
	// Top keeps the best ranked; 0 keeps everyone, as a centrality ranking's top does.
	Top int
}

// Broker is one person ranked as a broker, with the measures behind the rank.
type Broker struct {
	Rank  int     `json:"rank"`
	ID    string  `json:"id"`
	Name  string  `json:"name"`
	Score float64 `json:"score"`
	// Betweenness is normalised (networkx): the average share of shortest paths
	// between other pairs that pass through the person.
	Betweenness float64 `json:"betweenness"`
	// Constraint (Burt) is low for people whose contacts are not tied to each other:
	// structural holes. Null for an isolated person.
	Constraint    *float64 `json:"constraint"`
	EffectiveSize *float64 `json:"effective_size"`
	// Roles are the Gould–Fernandez brokerage counts relative to the partition. RolesExpected
	// are the counts chance would give: the same density of ties placed at random among the
	// same groups (Gould and Fernandez 1989). RolesNormalized is Roles over RolesExpected, as
	// UCINET's "normalized" brokerage: 1 is what chance gives, 137 is 137 times that.
	Roles           graph.BrokerageRoles `json:"roles"`
	RolesExpected   graph.BrokerageRoles `json:"roles_expected"`
	RolesNormalized graph.BrokerageRoles `json:"roles_normalized"`
	// Group is the person's own group; Bridges the other groups among the person's contacts.
	Group   string   `json:"group"`
	Bridges []string `json:"bridges"`
	// Fragmentation is how much Borgatti's fragmentation F rises when the person alone is
	// removed; LargestAfter the size of the largest connected group then.
	Fragmentation float64 `json:"fragmentation"`
	LargestBefore int     `json:"largest_before"`
	LargestAfter  int     `json:"largest_after"`
	Explanation   string  `json:"explanation"`
}

// BrokersResult ranks people as brokers.
type BrokersResult struct {
	Header
	Partition string `json:"partition"`
	// Formula says how Score combines the measures.
	Formula string   `json:"formula"`
	Results []Broker `json:"results"`
	// Robustness is set when asked for (BrokersRobustness): how sure the ranking is.
	Robustness *Robustness `json:"robustness,omitempty"`
}

// brokerFormula documents Score. Each term is scaled to [0, 1] over the people ranked, so
// that no single measure's units dominate; betweenness, the measure most studies of
// criminal networks rank brokers by, weighs most.
const brokerFormula = "score = 0.4·betweenness/max + 0.2·(1 − constraint, clamped to [0,1]) + " +
	"0.2·brokerage roles/max + 0.2·fragmentation gain/max"

// brokerCandidates bounds the people whose removal is simulated: the fragmentation
// gain costs one component count per person, so it is computed for the best ranked by
// betweenness (at least 3× the answer), and taken as 0 for the rest.
const brokerCandidates = 60

// Brokers ranks the people of the projection as brokers by a documented combination of
// betweenness, constraint, brokerage roles and the damage their removal does, and says
// in words why each one matters.
func (e *Engine) Brokers(ctx context.Context, scope ringleader.Scope, opt ringleader.ProjectionOptions, bo BrokerOptions) (*BrokersResult, error) {
	if bo.Partition == "" {
		bo.Partition = "community"
	}
	if !slices.Contains(Partitions, bo.Partition) {
		return nil, ringleader.Errorf(ringleader.EINVALID, "partition: unknown partition %q (one of %s)", bo.Partition, strings.Join(Partitions, ", "))
	}
	if bo.Top < 0 {
		return nil, ringleader.Errorf(ringleader.EINVALID, "top: must be 0 (all) or more, not %d", bo.Top)
	}
	p, err := e.Project(ctx, scope, opt)
	if err != nil {
		return nil, err
	}
	v, err := e.result(ctx, p, "brokers|"+bo.Partition, func(ctx context.Context) (any, error) { return brokers(ctx, p, bo.Partition) })
	if err != nil {
		return nil, err
	}
	all := v.(*BrokersResult)
	res := *all
	n := len(all.Results)
	if bo.Top > 0 {
		n = min(bo.Top, n)
	}
	res.Results = slices.Clone(all.Results[:n])
	return &res, nil
}

func brokers(ctx context.Context, p *Projection, partition string) (*BrokersResult, error) {
	g := p.Graph
	n := g.N()
	res := &BrokersResult{Header: header(p), Partition: partition, Formula: brokerFormula, Results: []Broker{}}
	if n == 0 {
		return res, nil
	}
	between, err := graph.Centrality(ctx, g, "betweenness")
	if err != nil {
		return nil, err
	}
	constraint, effSize := graph.Constraint(g), graph.EffectiveSize(g)
	group, names, err := partitionOf(ctx, p, partition)
	if err != nil {
		return nil, err
	}
	roles, err := graph.Brokerage(g, group)
	if err != nil {
		return nil, err
	}

	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		return cmp.Or(cmp.Compare(between[b], between[a]), cmp.Compare(g.NodeID(a), g.NodeID(b)))
	})
	frag := make([]float64, n)
	largestAfter := make([]int, n)
	base := graph.Fragmentation(g, nil)
	largestBefore := largestComponent(g, -1)
	for _, u := range order[:min(len(order), brokerCandidates)] {
		frag[u] = graph.Fragmentation(g, []int{u}) - base
		largestAfter[u] = largestComponent(g, u)
	}

	maxB, maxRoles, maxFrag := 0.0, 0.0, 0.0
	for i := range n {
		maxB = max(maxB, between[i])
		maxRoles = max(maxRoles, roles.Raw[i].Total)
		maxFrag = max(maxFrag, frag[i])
	}
	scale := func(v, m float64) float64 {
		if m <= 0 {
			return 0
		}
		return v / m
	}
	for i := range n {
		ent := p.Node(i)
		b := Broker{ID: ent.ID, Name: ent.Name, Betweenness: between[i], Roles: roles.Raw[i],
			RolesExpected: roles.Expected[i], RolesNormalized: roles.Normalized[i], Group: names[group[i]], Fragmentation: frag[i],
			LargestBefore: largestBefore, LargestAfter: largestAfter[i], Bridges: []string{}}
		if b.LargestAfter == 0 {
			b.LargestAfter = -1 // not simulated
		}
		hole := 0.0
		if c := constraint[i]; !math.IsNaN(c) {
			b.Constraint = &constraint[i]
			hole = 1 - min(max(c, 0), 1)
		}
		if s := effSize[i]; !math.IsNaN(s) {
			b.EffectiveSize = &effSize[i]
		}
		seen := map[int]bool{group[i]: true}
		for _, v := range g.Neighbours(i) {
			if !seen[group[v]] {
				seen[group[v]] = true
				b.Bridges = append(b.Bridges, names[group[v]])
			}
		}
		slices.Sort(b.Bridges)
		b.Score = 0.4*scale(between[i], maxB) + 0.2*hole + 0.2*scale(roles.Raw[i].Total, maxRoles) + 0.2*scale(frag[i], maxFrag)
		res.Results = append(res.Results, b)
	}
	slices.SortFunc(res.Results, func(a, b Broker) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.ID, b.ID))
	})
	for i := range res.Results {
		res.Results[i].Rank = i + 1
		res.Results[i].Explanation = explainBroker(&res.Results[i])
	}
	return res, nil
}

func explainBroker(b *Broker) string {
	var parts []string
	if len(b.Bridges) > 0 {
		shown := b.Bridges[:min(3, len(b.Bridges))]
		more := ""
		if len(b.Bridges) > 3 {
			more = fmt.Sprintf(" and %d more", len(b.Bridges)-3)
		}
		parts = append(parts, fmt.Sprintf("bridges %s to %s%s", b.Group, strings.Join(shown, ", "), more))
	} else {
		parts = append(parts, "all of this person's contacts are in "+b.Group)
	}
	if b.Betweenness > 0 {
		parts = append(parts, fmt.Sprintf("%.1f%% of the shortest paths between other people pass through this person", 100*b.Betweenness))
	}
	if total := b.Roles.Total; total > 0 {
		parts = append(parts, fmt.Sprintf("%.0f brokered two-step ties (%s)", total, strongestRole(b.Roles)))
	}
	// The person's own place in the group is no news: what matters is who else is cut off with them.
	if b.LargestAfter >= 0 && b.LargestAfter < b.LargestBefore {
		if cut := b.LargestBefore - 1 - b.LargestAfter; cut > 0 {
			parts = append(parts, fmt.Sprintf("removing this person cuts %d others off from the largest connected group (%d people, %d after)",
				cut, b.LargestBefore, b.LargestAfter))
		} else {
			parts = append(parts, "without this person the rest of the group stays connected")
		}
	}
	return strings.Join(parts, "; ")
}

func strongestRole(r graph.BrokerageRoles) string {
	roles := []struct {
		name string
		v    float64
	}{{"coordinator", r.Coordinator}, {"consultant", r.Consultant}, {"gatekeeper", r.Gatekeeper},
		{"representative", r.Representative}, {"liaison", r.Liaison}}
	best := roles[0]
	for _, x := range roles[1:] {
		if x.v > best.v {
			best = x
		}
	}
	return "mostly as " + best.name
}

// partitionOf assigns every node a group for brokerage roles and names the groups.
// People with no known group share the group "unknown".
func partitionOf(ctx context.Context, p *Projection, partition string) (group []int, names []string, err error) {
	g := p.Graph
	n := g.N()
	group = make([]int, n)
	index := map[string]int{}
	id := func(name string) int {
		if k, ok := index[name]; ok {
			return k
		}
		index[name] = len(names)
		names = append(names, name)
		return index[name]
	}
	if partition == "community" {
		def := DefaultCommunityOptions()
		part, err := graph.Leiden(ctx, g, graph.LeidenOptions{Objective: graph.Objective(def.Objective), Resolution: def.Resolution, Seed: def.Seed})
		if err != nil {
			return nil, nil, err
		}
		for i, c := range part.Membership {
			group[i] = id(fmt.Sprintf("community %d", c+1))
		}
		return group, names, nil
	}
	orgs := memberships(p.Network)
	for i := range n {
		ent := p.Node(i)
		label := "unknown"
		switch partition {
		case "organisation":
			if os := orgs[ent.ID]; len(os) > 0 {
				o := slices.Min(os)
				label = o
				if oe := p.Entity(o); oe != nil {
					label = oe.Name
				}
			}
		case "country":
			if c := ent.Prop("nationality"); c != "" {
				label = c
			}
		case "case_type":
			var types []string
			for _, c := range ent.Cases {
				if ce := p.Entity(c); ce != nil && ce.Prop("type") != "" && !slices.Contains(types, ce.Prop("type")) {
					types = append(types, ce.Prop("type"))
				}
			}
			slices.Sort(types)
			if len(types) > 0 {
				label = strings.Join(types, "+")
			}
		}
		group[i] = id(label)
	}
	return group, names, nil
}

// largestComponent is the size of the largest (weakly) connected component of g without
// node skip (-1: none).
func largestComponent(g *graph.Graph, skip int) int {
	n := g.N()
	seen := make([]bool, n)
	if skip >= 0 {
		seen[skip] = true
	}
	best := 0
	stack := []int{}
	for s := range n {
		if seen[s] {
			continue
		}
		size := 0
		seen[s] = true
		stack = append(stack[:0], s)
		for len(stack) > 0 {
			u := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			size++
			// Out and In rather than Neighbours, which allocates: this runs for 60 people per ranking, and a
			// robustness test ranks 200 perturbed networks.
			out, _ := g.Out(u)
			in, _ := g.In(u)
			if !g.Directed() {
				in = nil
			}
			for _, nbrs := range [][]int32{out, in} {
				for _, v := range nbrs {
					if !seen[v] {
						seen[v] = true
						stack = append(stack, int(v))
					}
				}
			}
		}
		best = max(best, size)
	}
	return best
}

// maxKPPWork bounds a distance-weighted key-player search. Measured: k=5 on 300 people
// (about 10^9 by this estimate) took 15 s on 2 cores; 2·10^8 keeps an answer within a few
// seconds.
const maxKPPWork = 2e8

// KeyPlayersResult is a key-player set: the people whose arrest fragments the ring most.
type KeyPlayersResult struct {
	Header
	K       int      `json:"k"`
	Measure string   `json:"measure"`
	Players []Member `json:"players"`
	// Score is the set's fragmentation F (or distance-weighted DF) once removed;
	// Before is the value with nobody removed.
	Score       float64 `json:"score"`
	Before      float64 `json:"before"`
	Swaps       int     `json:"swaps"`
	Explanation string  `json:"explanation"`
}

// KeyPlayers finds a set of k people whose removal maximises fragmentation (Borgatti's
// KPP-Neg, greedy plus swaps; see graph.KeyPlayers).
func (e *Engine) KeyPlayers(ctx context.Context, scope ringleader.Scope, opt ringleader.ProjectionOptions, k int, measure string, tie string) (*KeyPlayersResult, error) {
	if measure == "" {
		measure = string(graph.KPPFragmentation)
	}
	if !slices.Contains(graph.KPPMeasures(), graph.KPPMeasure(measure)) {
		return nil, ringleader.Errorf(ringleader.EINVALID, "measure: unknown measure %q (one of %v)", measure, graph.KPPMeasures())
	}
	if err := checkTieBreak(tie); err != nil {
		return nil, err
	}
	p, err := e.Project(ctx, scope, opt)
	if err != nil {
		return nil, err
	}
	if k < 0 || k > p.Graph.N() {
		return nil, ringleader.Errorf(ringleader.EINVALID, "k: %d, but the projection holds %d people", k, p.Graph.N())
	}
	if graph.KPPMeasure(measure) == graph.KPPDistanceFragmentation {
		// Each swap round weighs k·(n−k) candidate sets, each by a search from every node:
		// refuse what cannot finish in reasonable time rather than tie up the server.
		n, m := float64(p.Graph.N()), float64(p.Graph.M())
		if cost := float64(k) * (n - float64(k)) * n * (n + m); cost > maxKPPWork {
			return nil, ringleader.Errorf(ringleader.ETOOLARGE,
				"measure: distance_fragmentation with k=%d on %d people needs about %.1g steps per round, more than %.0g; "+
					"use fragmentation, a smaller k, or narrow the projection (case, dates)", k, p.Graph.N(), cost, maxKPPWork)
		}
	}
	what := fmt.Sprintf("keyplayers|%d|%s|%s", k, measure, tie)
	v, err := e.result(ctx, p, what, func(ctx context.Context) (any, error) {
		set, err := graph.KeyPlayers(ctx, p.Graph, k, graph.KPPMeasure(measure), graph.TieBreak(tie))
		if err != nil {
			return nil, invalid("key players", err)
		}
		res := &KeyPlayersResult{Header: header(p), K: k, Measure: measure, Score: set.Score, Swaps: set.Swaps, Players: []Member{}}
		if graph.KPPMeasure(measure) == graph.KPPDistanceFragmentation {
			res.Before = graph.DistanceFragmentation(p.Graph, nil)
		} else {
			res.Before = graph.Fragmentation(p.Graph, nil)
		}
		var names []string
		for _, u := range set.Nodes {
			ent := p.Node(u)
			res.Players = append(res.Players, Member{ID: ent.ID, Name: ent.Name, Kind: ent.Kind})
			names = append(names, ent.Name)
		}
		res.Explanation = fmt.Sprintf("removing %s raises %s from %.3f to %.3f (1 means no two people can still reach each other)",
			strings.Join(names, ", "), measure, res.Before, res.Score)
		return res, nil
	})
	if err != nil {
		return nil, err
	}
	return v.(*KeyPlayersResult), nil
}

// DisruptionRequest describes a disruption simulation.
type DisruptionRequest struct {
	By        string `json:"by"`
	Mode      string `json:"mode"`
	Count     int    `json:"count"`
	BlockSize int    `json:"block_size"`
	TieBreak  string `json:"tie_break"`
}

// DisruptionResult is a disruption curve.
type DisruptionResult struct {
	Header
	DisruptionRequest
	Steps []graph.DisruptionStep `json:"steps"`
}

// Disruption simulates arrests ranked by a measure and returns the share of the largest
// connected group left after each step (see graph.Disrupt).
func (e *Engine) Disruption(ctx context.Context, scope ringleader.Scope, opt ringleader.ProjectionOptions, req DisruptionRequest) (*DisruptionResult, error) {
	if req.Mode == "" {
		req.Mode = string(graph.DisruptSequential)
	}
	if req.Mode == string(graph.DisruptBlock) && req.BlockSize == 0 {
		req.BlockSize = 1
	}
	if req.TieBreak == "" {
		req.TieBreak = string(graph.TieBreakID)
	}
	switch {
	case !slices.Contains(graph.Measures(), req.By):
		return nil, ringleader.Errorf(ringleader.EINVALID, "by: unknown measure %q (one of %v)", req.By, graph.Measures())
	case req.Mode != string(graph.DisruptSequential) && req.Mode != string(graph.DisruptBlock):
		return nil, ringleader.Errorf(ringleader.EINVALID, "mode: unknown mode %q (sequential or block)", req.Mode)
	case req.Mode == string(graph.DisruptBlock) && req.BlockSize < 1:
		return nil, ringleader.Errorf(ringleader.EINVALID, "block_size: %d; want at least 1", req.BlockSize)
	}
	if err := checkTieBreak(req.TieBreak); err != nil {
		return nil, err
	}
	p, err := e.Project(ctx, scope, opt)
	if err != nil {
		return nil, err
	}
	what := fmt.Sprintf("disruption|%s|%s|%d|%d|%s", req.By, req.Mode, req.Count, req.BlockSize, req.TieBreak)
	v, err := e.result(ctx, p, what, func(ctx context.Context) (any, error) {
		steps, err := graph.Disrupt(ctx, p.Graph, graph.DisruptionOptions{Measure: req.By, Mode: graph.DisruptionMode(req.Mode),
			Count: req.Count, BlockSize: req.BlockSize, TieBreak: graph.TieBreak(req.TieBreak)})
		if err != nil {
			return nil, invalid("disruption", err)
		}
		return &DisruptionResult{Header: header(p), DisruptionRequest: req, Steps: steps}, nil
	})
	if err != nil {
		return nil, err
	}
	return v.(*DisruptionResult), nil
}

// CentralizationResult is Freeman's centralization of the projection, and per window
// when a period is asked for.
type CentralizationResult struct {
	Measure string `json:"measure"`
	Header
	Centralization graph.Centralization  `json:"centralization"`
	Period         string                `json:"period,omitempty"`
	Windows        []CentralizationPoint `json:"windows,omitempty"`
}

// CentralizationPoint is the centralization of one time window.
type CentralizationPoint struct {
	Label          string               `json:"label"`
	From           string               `json:"from"`
	To             string               `json:"to"`
	Nodes          int                  `json:"nodes"`
	Links          int                  `json:"links"`
	Centralization graph.Centralization `json:"centralization"`
}

// Centralization computes Freeman's centralization of degree, in- and out-degree and
// betweenness (see graph.FreemanCentralization); with a period (week, month, quarter,
// year) also per window over the dated links, keeping only dated links in each window so
// that a user sees the ring centralise or decentralise.
func (e *Engine) Centralization(ctx context.Context, scope ringleader.Scope, opt ringleader.ProjectionOptions, period string) (*CentralizationResult, error) {
	p, err := e.Project(ctx, scope, opt)
	if err != nil {
		return nil, err
	}
	v, err := e.result(ctx, p, "centralization|"+period, func(ctx context.Context) (any, error) {
		res := &CentralizationResult{Measure: "centralization", Header: header(p),
			Centralization: graph.FreemanCentralization(p.Graph), Period: period}
		if period == "" {
			return res, nil
		}
		from, to := graph.DateSpan(p.Network)
		if opt.From != "" {
			from = opt.From
		}
		if opt.To != "" {
			to = opt.To
		}
		if from == "" || to == "" {
			return nil, ringleader.Errorf(ringleader.EINVALID, "period: the network holds no dated links to cut into windows")
		}
		windows, err := graph.Windows(from, to, period)
		if err != nil {
			return nil, invalid("period", err)
		}
		if len(windows) > MaxWindows {
			return nil, ringleader.Errorf(ringleader.ETOOLARGE, "period: %s to %s makes %d %s windows, more than %d; choose a longer period or a shorter span",
				from, to, len(windows), period, MaxWindows)
		}
		for _, w := range windows {
			wopt := p.Options
			wopt.From, wopt.To = w.From, w.To
			net := datedOnly(ringleader.FilterNetwork(p.Network, ringleader.AllCases(), ringleader.NetworkFilter{From: w.From, To: w.To}))
			g := graph.Project(net, wopt)
			res.Windows = append(res.Windows, CentralizationPoint{Label: w.Label, From: w.From, To: w.To,
				Nodes: g.N(), Links: g.M(), Centralization: graph.FreemanCentralization(g)})
		}
		return res, nil
	})
	if err != nil {
		return nil, err
	}
	return v.(*CentralizationResult), nil
}

// datedOnly keeps the links that carry a date, and the ties that never do (membership,
// holdings), which define who belongs together rather than when they met.
func datedOnly(n *ringleader.Network) *ringleader.Network {
	out := &ringleader.Network{Entities: n.Entities}
	for _, l := range n.Links {
		if l.Start() != "" || l.Type == ringleader.LinkMemberOf || l.Type == ringleader.LinkHolds {
			out.Links = append(out.Links, l)
		}
	}
	return out
}

// checkTieBreak refuses a tie-break rule graph does not know, naming the parameter.
func checkTieBreak(tie string) error {
	if tie != "" && !slices.Contains(graph.TieBreaks(), graph.TieBreak(tie)) {
		return ringleader.Errorf(ringleader.EINVALID, "tie_break: unknown rule %q (one of %v)", tie, graph.TieBreaks())
	}
	return nil
}
