package insights

import (
	"context"
	"fmt"
	"math/rand/v2"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/graph"
)

// RobustnessOptions choose how a ranking's robustness is tested.
type RobustnessOptions struct {
	// Top is k, the size of the top compared; 0 takes DefaultRobustnessTop.
	Top int
	// Runs is how many random perturbations of each kind; 0 takes DefaultRobustnessRuns.
	Runs int
	// Perturb is the percentage of links, and separately of nodes, each perturbation removes; 0 takes
	// DefaultPerturb.
	Perturb float64
	// Seed fixes the perturbations: run i of a kind draws from a generator seeded by (Seed, kind, i), so the
	// answer is the same whatever the number of processors and the order runs finish in.
	Seed uint64
}

// Defaults and bounds of RobustnessOptions. Borgatti et al. (2006) find the top of a ranking already shaken by
// 10% of the data missing, so that is the default; 100 runs give a share in the top k to within about ±5
// points (a binomial's standard error at 50% is 5%).
const (
	DefaultRobustnessTop  = 10
	DefaultRobustnessRuns = 100
	DefaultPerturb        = 10
	MaxRobustnessRuns     = 1000
	MaxPerturb            = 50
)

// maxRankedRuns bounds the ranks a robustness test keeps, one per node and run (40 MB at this bound): 100 runs of
// each kind on 25,000 nodes.
const maxRankedRuns = 5_000_000

// Robustness says how sure a ranking is: how it changes when the links not confirmed are left out, and when a
// share of the links or of the nodes is removed at random, again and again (Borgatti, Carley and Krackhardt
// 2006's error models).
type Robustness struct {
	// K is the size of the top compared.
	K       int     `json:"k"`
	Runs    int     `json:"runs"`
	Perturb float64 `json:"perturb"`
	Seed    uint64  `json:"seed"`
	// Overlap says how the top-k overlap is measured.
	Overlap   string               `json:"overlap"`
	Scenarios []RobustnessScenario `json:"scenarios"`
	Entities  []EntityRobustness   `json:"entities"`
}

// Robustness scenarios by name.
const (
	ScenarioConfirmedOnly = "confirmed_only"
	ScenarioDropLinks     = "drop_links"
	ScenarioDropNodes     = "drop_nodes"
)

// RobustnessScenario summarises how the full ranking compares with the rankings of one kind of perturbation.
type RobustnessScenario struct {
	Name        string `json:"name"`
	Description string `json:"description"`
	Runs        int    `json:"runs"`
	// Removed is how many links or nodes each run removes.
	Removed int `json:"removed"`
	// Tau is Kendall's τ_b between the full scores and the perturbed ones, over the entities both hold; absent
	// when no run defines it (all scores equal).
	Tau *graph.Spread `json:"tau,omitempty"`
	// Overlap is the top-k overlap, as Robustness.Overlap says.
	Overlap graph.Spread `json:"overlap"`
}

// EntityRobustness is one entity's ranks under the perturbations.
type EntityRobustness struct {
	// Rank is its rank in the full ranking.
	Rank int    `json:"rank"`
	ID   string `json:"id"`
	Name string `json:"name"`
	// ConfirmedOnly is its rank when the links not confirmed are left out; 0 when it is then not ranked.
	ConfirmedOnly int                `json:"confirmed_only"`
	DropLinks     graph.RankInterval `json:"drop_links"`
	DropNodes     graph.RankInterval `json:"drop_nodes"`
}

const overlapRule = "|A∩B|/k: the share of the full ranking's top k (among the entities the perturbed network still holds) " +
	"that is also in the perturbed ranking's top k"

// scorer scores every node of a projection, for a ranking best first (ties by id).
type scorer func(ctx context.Context, p *Projection) ([]float64, error)

// CentralityRobustness tests the ranking by measure that Centrality gives (see Robustness).
func (e *Engine) CentralityRobustness(ctx context.Context, scope ringleader.Scope, opt ringleader.ProjectionOptions, measure string, ro RobustnessOptions) (*Robustness, error) {
	if !slices.Contains(graph.Measures(), measure) {
		return nil, ringleader.Errorf(ringleader.EINVALID, "measure: unknown measure %q (one of %v)", measure, graph.Measures())
	}
	return e.robustness(ctx, scope, opt, ro, func(ctx context.Context, p *Projection) ([]float64, error) {
		s, err := graph.Centrality(ctx, p.Graph, measure)
		if err != nil {
			return nil, invalid("measure "+measure, err)
		}
		return s, nil
	})
}

// BrokersRobustness tests the ranking that Brokers gives (see Robustness): each perturbed network's brokers are
// scored afresh, communities included when they are the partition.
func (e *Engine) BrokersRobustness(ctx context.Context, scope ringleader.Scope, opt ringleader.ProjectionOptions, bo BrokerOptions, ro RobustnessOptions) (*Robustness, error) {
	if bo.Partition == "" {
		bo.Partition = "community"
	}
	if !slices.Contains(Partitions, bo.Partition) {
		return nil, ringleader.Errorf(ringleader.EINVALID, "partition: unknown partition %q (one of %v)", bo.Partition, Partitions)
	}
	return e.robustness(ctx, scope, opt, ro, func(ctx context.Context, p *Projection) ([]float64, error) {
		res, err := brokers(ctx, p, bo.Partition)
		if err != nil {
			return nil, err
		}
		scores := make([]float64, p.Graph.N())
		for _, b := range res.Results {
			i, _ := p.Graph.Index(b.ID)
			scores[i] = b.Score
		}
		return scores, nil
	})
}

// scenarioRuns are the outcomes of one scenario's runs, in run order.
type scenarioRuns struct {
	removed int
	runs    []graph.Agreement
}

// robustness runs the scenarios on the projection of scope and opt. It is not cached: it costs as much as 2R+1
// rankings, so it runs under the caller's context, and a client that gives up stops it.
func (e *Engine) robustness(ctx context.Context, scope ringleader.Scope, opt ringleader.ProjectionOptions, ro RobustnessOptions, score scorer) (*Robustness, error) {
	if ro.Top == 0 {
		ro.Top = DefaultRobustnessTop
	}
	if ro.Runs == 0 {
		ro.Runs = DefaultRobustnessRuns
	}
	if ro.Perturb == 0 {
		ro.Perturb = DefaultPerturb
	}
	switch {
	case ro.Top < 0:
		return nil, ringleader.Errorf(ringleader.EINVALID, "top: must be 0 (%d) or more, not %d", DefaultRobustnessTop, ro.Top)
	case ro.Runs < 1 || ro.Runs > MaxRobustnessRuns:
		return nil, ringleader.Errorf(ringleader.EINVALID, "runs: %d; want 1 to %d", ro.Runs, MaxRobustnessRuns)
	case !(ro.Perturb > 0 && ro.Perturb <= MaxPerturb):
		return nil, ringleader.Errorf(ringleader.EINVALID, "perturb: %g%%; want more than 0 and at most %d", ro.Perturb, MaxPerturb)
	}
	p, err := e.Project(ctx, scope, opt)
	if err != nil {
		return nil, err
	}
	if n := p.Graph.N(); (2*ro.Runs+1)*n > maxRankedRuns {
		return nil, ringleader.Errorf(ringleader.ETOOLARGE, "runs: %d runs of each kind on %d nodes keep %d ranks, more than %.0g; "+
			"use fewer runs or narrow the projection (case, dates, min_core)", ro.Runs, n, (2*ro.Runs+1)*n, float64(maxRankedRuns))
	}
	full, err := score(ctx, p)
	if err != nil {
		return nil, err
	}
	g := p.Graph
	k := min(ro.Top, g.N())
	share := ro.Perturb / 100

	// Scenario (a): the links graded confirmed alone, projected as the full network was.
	confirmed, restriction := ringleader.GradeFilter{ConfirmedOnly: true}.Restrict(p.Network)
	cp := *p
	cp.Network = confirmed
	if restriction.LinksLeftOut > 0 {
		cp.Graph = graph.Project(confirmed, p.Options)
	}

	runs := map[string]*scenarioRuns{
		ScenarioConfirmedOnly: {removed: restriction.LinksLeftOut, runs: make([]graph.Agreement, 1)},
		ScenarioDropLinks:     {removed: graph.Removals(g.M(), share), runs: make([]graph.Agreement, ro.Runs)},
		ScenarioDropNodes:     {removed: graph.Removals(g.N(), share), runs: make([]graph.Agreement, ro.Runs)},
	}
	type job struct {
		scenario string
		kind     uint64
		run      int
	}
	jobs := []job{{ScenarioConfirmedOnly, 0, 0}}
	for i := range ro.Runs {
		jobs = append(jobs, job{ScenarioDropLinks, 1, i}, job{ScenarioDropNodes, 2, i})
	}
	do := func(ctx context.Context, j job) error {
		var h *graph.Graph
		var kept []int
		q := *p
		switch j.scenario {
		case ScenarioConfirmedOnly:
			q = cp
			h = cp.Graph
			kept = make([]int, h.N())
			for v := range kept {
				kept[v] = -1
				if i, ok := g.Index(h.NodeID(v)); ok {
					kept[v] = i
				}
			}
		case ScenarioDropLinks:
			h = graph.DropEdges(g, share, rand.New(rand.NewPCG(ro.Seed, j.kind<<32|uint64(j.run))))
		case ScenarioDropNodes:
			h, kept = graph.DropNodes(g, share, rand.New(rand.NewPCG(ro.Seed, j.kind<<32|uint64(j.run))))
		}
		q.Graph = h
		s, err := score(ctx, &q)
		if err != nil {
			return err
		}
		runs[j.scenario].runs[j.run] = graph.CompareRankings(g, full, h, s, kept, k)
		return nil
	}
	if err := parallel(ctx, len(jobs), func(ctx context.Context, i int) error { return do(ctx, jobs[i]) }); err != nil {
		return nil, err
	}

	res := &Robustness{K: k, Runs: ro.Runs, Perturb: ro.Perturb, Seed: ro.Seed, Overlap: overlapRule, Scenarios: []RobustnessScenario{}}
	for _, name := range []string{ScenarioConfirmedOnly, ScenarioDropLinks, ScenarioDropNodes} {
		sr := runs[name]
		sc := RobustnessScenario{Name: name, Runs: len(sr.runs), Removed: sr.removed}
		taus, overlaps := make([]float64, len(sr.runs)), make([]float64, len(sr.runs))
		for i, a := range sr.runs {
			taus[i], overlaps[i] = a.Tau, a.Overlap
		}
		if t, ok := graph.SpreadOf(taus); ok {
			sc.Tau = &t
		}
		sc.Overlap, _ = graph.SpreadOf(overlaps)
		switch name {
		case ScenarioConfirmedOnly:
			sc.Description = "links marked unconfirmed or tentative left out"
			if sr.removed == 0 {
				sc.Description = "no link is marked unconfirmed or tentative: the ranking stands as it is"
			}
		case ScenarioDropLinks:
			sc.Description = fmt.Sprintf("%g%% of the %d links removed at random, %d times", ro.Perturb, g.M(), ro.Runs)
		case ScenarioDropNodes:
			sc.Description = fmt.Sprintf("%g%% of the %d nodes removed at random with their links, %d times", ro.Perturb, g.N(), ro.Runs)
		}
		res.Scenarios = append(res.Scenarios, sc)
	}
	res.Entities = entityRobustness(p, full, runs, k)
	return res, nil
}

// entityRobustness lists the entities of the full top k, and those of the confirmed-only top k, and every other
// entity that one kind of random perturbation ranked in its top k in at least 5% of its runs (a rarer entrant is
// the tail that rank intervals leave out), in the full ranking's order.
func entityRobustness(p *Projection, full []float64, runs map[string]*scenarioRuns, k int) []EntityRobustness {
	g := p.Graph
	ranks := graph.Ranks(g, full)
	var shown []int
	for i := range g.N() {
		in := ranks[i] <= k
		for _, sr := range runs {
			entered := 0
			for _, a := range sr.runs {
				if a.Ranks[i] > 0 && a.Ranks[i] <= k {
					entered++
				}
			}
			in = in || 20*entered >= len(sr.runs)
		}
		if in {
			shown = append(shown, i)
		}
	}
	slices.SortFunc(shown, func(a, b int) int { return ranks[a] - ranks[b] })
	out := make([]EntityRobustness, 0, len(shown))
	perEntity := func(name string, i int) []int {
		rs := make([]int, len(runs[name].runs))
		for r, a := range runs[name].runs {
			rs[r] = a.Ranks[i]
		}
		return rs
	}
	for _, i := range shown {
		ent := p.Node(i)
		out = append(out, EntityRobustness{Rank: ranks[i], ID: ent.ID, Name: ent.Name,
			ConfirmedOnly: runs[ScenarioConfirmedOnly].runs[0].Ranks[i],
			DropLinks:     graph.RankIntervalOf(perEntity(ScenarioDropLinks, i), k),
			DropNodes:     graph.RankIntervalOf(perEntity(ScenarioDropNodes, i), k)})
	}
	return out
}

// parallel calls work(ctx, i) for every i in [0, n) on up to GOMAXPROCS goroutines. Each call writes only its own
// result, so the outcome does not depend on scheduling. The first error, or ctx's once it is done, stops the
// calls not yet started and is returned.
func parallel(ctx context.Context, n int, work func(ctx context.Context, i int) error) error {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(n, runtime.GOMAXPROCS(0)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= n || ctx.Err() != nil {
					return
				}
				if err := work(ctx, i); err != nil {
					cancel(err)
					return
				}
			}
		}()
	}
	wg.Wait()
	if err := context.Cause(ctx); err != nil {
		return fmt.Errorf("insights: robustness: %w", err)
	}
	return nil
}
