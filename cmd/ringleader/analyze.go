package main

import (
	"cmp"
	"context"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/insights"
	"github.com/ringleader/ringleader/neo4j"
)

// flagWords names a projection option in an error by its flag, not its API parameter.
var flagWords = strings.NewReplacer("weight_as", "weight-as", "min_core", "min-core", "min_grade", "min-grade",
	"confirmed_only", "confirmed-only")

// projectionFlags registers the flags that choose a projection, named as the API's
// parameters.
func projectionFlags(fs interface {
	String(name, value, usage string) *string
	Bool(name string, value bool, usage string) *bool
	Int(name string, value int, usage string) *int
}) func() ringleader.ProjectionOptions {
	view := fs.String("view", "people", "projection: people or full")
	caseID := fs.String("case", "", "limit to one case's entities and links")
	from := fs.String("from", "", "keep links observed on or after this date (YYYY-MM-DD)")
	to := fs.String("to", "", "keep links observed on or before this date (YYYY-MM-DD)")
	types := fs.String("types", "", "comma-separated link types or association subtypes to keep (ASSOCIATE, PAID, call, ...)")
	directed := fs.Bool("directed", false, "directed projection (calls and payments keep their direction)")
	weighted := fs.Bool("weighted", false, "use link weights: degree sums them (strength), path measures read them as --weight-as says")
	weightAs := fs.String("weight-as", "strength", "path measures read weights as strength (distance 1/w) or distance")
	resolved := fs.Bool("resolved", false, "analyse resolved identities: records linked by SAME_AS (auto or confirmed) merged")
	minCore := fs.Int("min-core", 0, "keep only the k-core: people with at least k ties among those kept (the ring's dense centre)")
	minGrade := fs.String("min-grade", "", "keep only intelligence graded at least this: B2, B (any information) or 2 (any source); ungraded links are left out")
	confirmedOnly := fs.Bool("confirmed-only", false, "leave out links marked unconfirmed or tentative")
	return func() ringleader.ProjectionOptions {
		return ringleader.ProjectionOptions{View: ringleader.View(*view), Case: *caseID, From: *from, To: *to,
			Types: splitList(*types), Directed: *directed, Weighted: *weighted, WeightAs: ringleader.WeightAs(*weightAs), Resolved: *resolved,
			MinCore: *minCore, MinGrade: *minGrade, ConfirmedOnly: *confirmedOnly}
	}
}

func runAnalyze(ctx context.Context, e env, args []string) error {
	return flagMistake(analyzeCommand(ctx, e, args))
}

func analyzeCommand(ctx context.Context, e env, args []string) error {
	fs := newFlags("analyze", e)
	store := storeFlag(fs, e, defaultStore)
	measure := fs.String("measure", "betweenness", "measure: "+strings.Join(append(insights.Measures(), "communities", "centralization"), ", "))
	period := fs.String("period", "", "centralization: also per window of week, month, quarter or year")
	write := fs.Bool("write", false, "write the scores back as entity properties rl_<measure> / rl_community (Neo4j)")
	top := fs.Int("top", 20, "how many results; 0 for all")
	format := fs.String("format", "table", "output: table, json or csv")
	method := fs.String("method", insights.MethodLeiden, "communities: "+strings.Join(insights.CommunityMethods(), " or "))
	objective := fs.String("objective", "modularity", "communities: what Leiden maximises, modularity or cpm (Constant Potts Model)")
	resolution := fs.Float64("resolution", 1, "communities: resolution (modularity's gamma, or CPM's least density)")
	seed := fs.Uint64("seed", insights.DefaultSeed, "random seed (communities, robustness)")
	epsilon := fs.Float64("epsilon", 0, "approximate betweenness: every score within this of the exact one (with probability 1-delta); 0 for exact")
	delta := fs.Float64("delta", insights.DefaultApproxDelta, "failure probability of the approximation (with --epsilon)")
	budget := memoryBudgetFlag(fs)
	progress := progressFlag(fs)
	engineName := fs.String("engine", "ringleader", "ringleader (computed here) or gds (inside a Neo4j database, by its Graph Data Science library)")
	robust := addRobustnessFlags(fs)
	options := projectionFlags(fs)
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("analyze: unexpected argument %q", rest[0])
	}
	var ro insights.RobustnessOptions
	if *robust.on {
		switch {
		case *measure == "communities" || *measure == "centralization":
			return robustnessMistake("analyze", "tests a ranking: give a centrality --measure, not "+*measure)
		case *epsilon != 0:
			return robustnessMistake("analyze", "recomputes exact scores: drop --epsilon")
		case *engineName != "ringleader":
			return robustnessMistake("analyze", "needs --engine ringleader")
		case *format == "csv":
			return robustnessMistake("analyze", "prints a table or JSON: use --format table or json")
		}
		if ro, err = robust.options("analyze", *top, *seed); err != nil {
			return err
		}
	}
	if !slices.Contains([]string{"table", "json", "csv"}, *format) {
		return usagef("analyze: --format must be table, json or csv")
	}
	opt := options()
	if err := opt.Normalize(); err != nil {
		return usagef("analyze: --%s", flagWords.Replace(ringleader.ErrorMessage(err)))
	}
	if *measure != "communities" && *measure != "centralization" && !slices.Contains(insights.Measures(), *measure) {
		return usagef("analyze: unknown measure %q (one of %s, communities, centralization)", *measure, strings.Join(insights.Measures(), ", "))
	}
	if !slices.Contains(insights.CommunityMethods(), *method) {
		return usagef("analyze: --method must be %s, not %q", strings.Join(insights.CommunityMethods(), " or "), *method)
	}
	if *objective != "modularity" && *objective != "cpm" {
		return usagef("analyze: --objective must be modularity or cpm, not %q", *objective)
	}
	if *objective == "cpm" && *method != insights.MethodLeiden {
		return usagef("analyze: --objective cpm needs --method leiden (Louvain maximises modularity only)")
	}
	if *epsilon != 0 && (*measure != "betweenness" || !(*epsilon > 0 && *epsilon < 1) || !(*delta > 0 && *delta < 1)) {
		return usagef("analyze: --epsilon approximates betweenness only (--measure betweenness), with --epsilon and --delta in (0, 1)")
	}
	if err := checkEngine(fs, *engineName, *measure, *resolution); err != nil {
		return err
	}
	if *top < 0 {
		return usagef("analyze: --top must be 0 (all) or more")
	}
	// Usage mistakes first: a command that cannot run says so before it looks for the store.
	if *write && !isNeo4j(*store) {
		return usagef("analyze: --write needs a Neo4j store (bolt:// or neo4j://)")
	}
	if *engineName == "gds" && !isNeo4j(*store) {
		return usagef("analyze: --engine gds needs a Neo4j store (bolt:// or neo4j://) with GDS installed")
	}
	st, err := openExisting(ctx, *store, e)
	if err != nil {
		return err
	}
	defer st.Close()
	if _, ok := st.(scoreWriter); *write && !ok {
		return usagef("analyze: --write needs a Neo4j store (bolt:// or neo4j://)")
	}
	all := ringleader.AllCases()
	if *engineName == "gds" {
		g, ok := st.(gdsAnalyzer)
		if !ok {
			return usagef("analyze: --engine gds needs a Neo4j store (bolt:// or neo4j://) with GDS installed")
		}
		return analyzeGDS(ctx, e, st, g, all, opt, *measure, *top, *format, *write)
	}
	// One question: a ranking or communities stream their projection from the store, holding no network.
	engine := insights.NewBounded(st, insights.Limits{MemoryBudget: int64(*budget), Stream: true})
	// The projection is built (and cached in the engine) on its own first, so that progress shows the store's read
	// apart from the kernel that follows.
	stg := newStages(e.stderr, *progress)
	if stg.on() {
		end := stg.start("reading the store and projecting")
		// The projection the measure is computed on: streamed for a ranking or communities, read whole otherwise.
		project := engine.Project
		if *measure != "centralization" {
			project = engine.ProjectNodes
		}
		p, err := project(ctx, all, opt)
		if err != nil {
			end("failed")
			return err
		}
		end(fmt.Sprintf("%d nodes, %d links", p.Graph.N(), p.Graph.M()))
	}
	kernel := *measure
	switch {
	case *measure == "communities":
		kernel = "communities (" + *method + ")"
	case *epsilon > 0:
		kernel = fmt.Sprintf("approximate betweenness (epsilon %g)", *epsilon)
	}
	endKernel := stg.start(kernel)
	defer func() { endKernel("failed") }()
	if *measure == "centralization" {
		res, err := engine.Centralization(ctx, all, opt, *period)
		if err != nil {
			return err
		}
		endKernel("")
		if *format == "json" {
			return printJSON(e.stdout, res)
		}
		c := res.Centralization
		fmt.Fprintf(e.stdout, "Freeman centralization — %s\ndegree %.4f  in-degree %.4f  out-degree %.4f  betweenness %.4f\n",
			describe(res.Header), c.Degree, c.InDegree, c.OutDegree, c.Betweenness)
		for _, w := range res.Windows {
			fmt.Fprintf(e.stdout, "%s\t%d people\tdegree %.4f  in %.4f  out %.4f  betweenness %.4f\n", w.Label, w.Nodes,
				w.Centralization.Degree, w.Centralization.InDegree, w.Centralization.OutDegree, w.Centralization.Betweenness)
		}
		return nil
	}
	if *measure == "communities" {
		res, err := engine.Communities(ctx, all, opt, insights.CommunityOptions{Method: *method, Objective: *objective,
			Resolution: *resolution, Seed: *seed})
		if err != nil {
			return err
		}
		endKernel(fmt.Sprintf("%d communities", res.Count))
		if *write {
			groups := map[string]int{}
			for _, c := range res.Communities {
				for _, m := range c.Members {
					groups[m] = c.ID
				}
			}
			if err := writeBack(ctx, e, st, "rl_community", func(w scoreWriter) (int, error) {
				return w.WriteCommunities(ctx, "rl_community", groups)
			}); err != nil {
				return err
			}
		}
		return printCommunities(e.stdout, *format, res, *top)
	}
	rankBy := func(top int) (*insights.CentralityResult, error) {
		if *epsilon > 0 {
			return engine.ApproxBetweenness(ctx, all, opt, *epsilon, *delta, top)
		}
		return engine.Centrality(ctx, all, opt, *measure, top)
	}
	res, err := rankBy(*top)
	if err != nil {
		return err
	}
	if *robust.on {
		if res.Robustness, err = engine.CentralityRobustness(ctx, all, opt, *measure, ro); err != nil {
			return err
		}
	}
	endKernel("")
	if *write {
		full, err := rankBy(0)
		if err != nil {
			return err
		}
		scores := make(map[string]float64, len(full.Results))
		for _, r := range full.Results {
			scores[r.ID] = r.Score
		}
		prop := "rl_" + *measure
		if err := writeBack(ctx, e, st, prop, func(w scoreWriter) (int, error) { return w.WriteScores(ctx, prop, scores) }); err != nil {
			return err
		}
	}
	if err := printCentrality(e.stdout, *format, res); err != nil || *format == "json" || res.Robustness == nil {
		return err
	}
	return printRobustness(e.stdout, res.Robustness)
}

// gdsAnalyzer is a store that computes measures inside the database with Neo4j's Graph Data Science library.
type gdsAnalyzer interface {
	GDSCentrality(ctx context.Context, scope ringleader.Scope, opt ringleader.ProjectionOptions, measure string) (*neo4j.GDSResult, error)
	GDSCommunities(ctx context.Context, scope ringleader.Scope, opt ringleader.ProjectionOptions) (*neo4j.GDSResult, error)
}

// checkEngine refuses --engine values, and with gds the measures and flags GDS cannot answer as the ringleader
// engine does.
func checkEngine(fs *flag.FlagSet, engine, measure string, resolution float64) error {
	switch engine {
	case "ringleader":
		return nil
	case "gds":
	default:
		return usagef("analyze: --engine must be ringleader or gds, not %q", engine)
	}
	if measure != "communities" && !slices.Contains(neo4j.GDSMeasures(), measure) {
		return usagef("analyze: --engine gds computes %s and communities; %s needs --engine ringleader",
			strings.Join(neo4j.GDSMeasures(), ", "), measure)
	}
	if resolution != 1 {
		return usagef("analyze: --engine gds: GDS's Louvain has no resolution; drop --resolution or use --engine ringleader")
	}
	var unused []string
	fs.Visit(func(f *flag.Flag) {
		if slices.Contains([]string{"seed", "epsilon", "delta", "period", "objective", "min-core"}, f.Name) {
			unused = append(unused, "--"+f.Name)
		}
		if f.Name == "method" && f.Value.String() != insights.MethodLouvain {
			unused = append(unused, "--method "+f.Value.String())
		}
	})
	if len(unused) > 0 {
		return usagef("analyze: --engine gds takes no %s (GDS's betweenness is exact, its Louvain unseeded); use --engine ringleader", strings.Join(unused, ", "))
	}
	return nil
}

// analyzeGDS is analyze with --engine gds: the same output as the ringleader engine's, so that the two can be
// compared line by line, except for what GDS does not give (the explanations of scores; community labels).
func analyzeGDS(ctx context.Context, e env, st ringleader.Store, g gdsAnalyzer, scope ringleader.Scope, opt ringleader.ProjectionOptions, measure string, top int, format string, write bool) error {
	header := func(r *neo4j.GDSResult) insights.Header {
		h := insights.Header{View: opt.View, Case: opt.Case, From: opt.From, To: opt.To, Types: opt.Types,
			Directed: opt.Directed, Weighted: opt.Weighted, Nodes: r.Nodes, Links: r.Links}
		if h.Weighted {
			h.WeightAs = opt.WeightAs
		}
		return h
	}
	if measure == "communities" {
		r, err := g.GDSCommunities(ctx, scope, opt)
		if err != nil {
			return err
		}
		res := gdsCommunities(r, header(r))
		if write {
			groups := map[string]int{}
			for i, n := range r.Entities {
				groups[n.ID] = r.Groups[i] + 1
			}
			if err := writeBack(ctx, e, st, "rl_community", func(w scoreWriter) (int, error) {
				return w.WriteCommunities(ctx, "rl_community", groups)
			}); err != nil {
				return err
			}
		}
		return printCommunities(e.stdout, format, res, top)
	}
	r, err := g.GDSCentrality(ctx, scope, opt, measure)
	if err != nil {
		return err
	}
	res := &insights.CentralityResult{Measure: measure, Normalized: true, Header: header(r), Results: make([]insights.Score, len(r.Scores))}
	for i, n := range r.Entities {
		res.Results[i] = insights.Score{ID: n.ID, Name: n.Name, Kind: n.Kind, Score: r.Scores[i]}
	}
	// Ranked as the ringleader engine ranks: best first, ties by id.
	slices.SortStableFunc(res.Results, func(a, b insights.Score) int { return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.ID, b.ID)) })
	for i := range res.Results {
		res.Results[i].Rank = i + 1
	}
	if write {
		scores := make(map[string]float64, len(r.Scores))
		for i, n := range r.Entities {
			scores[n.ID] = r.Scores[i]
		}
		prop := "rl_" + measure
		if err := writeBack(ctx, e, st, prop, func(w scoreWriter) (int, error) { return w.WriteScores(ctx, prop, scores) }); err != nil {
			return err
		}
	}
	if top > 0 && top < len(res.Results) {
		res.Results = res.Results[:top]
	}
	return printCentrality(e.stdout, format, res)
}

// gdsCommunities describes GDS's partition as insights.Communities describes its own: numbered from 1, largest
// first, each with its sorted members and as core the (up to) five with the most ties inside it. Labels, which
// need the organisations, stay empty.
func gdsCommunities(r *neo4j.GDSResult, h insights.Header) *insights.CommunitiesResult {
	count := 0
	for _, grp := range r.Groups {
		count = max(count, grp+1)
	}
	res := &insights.CommunitiesResult{Algorithm: "gds.louvain", Objective: "modularity", Resolution: 1, Modularity: r.Modularity,
		Quality: r.Modularity, Count: count, Header: h,
		Communities: make([]insights.Community, count)}
	byTies := make([][]int, count) // entity indices per group
	for i, grp := range r.Groups {
		c := &res.Communities[grp]
		c.ID, c.Size = grp+1, c.Size+1
		c.Members = append(c.Members, r.Entities[i].ID) // entities come sorted by id
		byTies[grp] = append(byTies[grp], i)
	}
	for grp, idx := range byTies {
		slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(r.Ties[b], r.Ties[a]) })
		for _, i := range idx[:min(5, len(idx))] {
			n := r.Entities[i]
			res.Communities[grp].Core = append(res.Communities[grp].Core, insights.Member{ID: n.ID, Name: n.Name, Kind: n.Kind})
		}
	}
	return res
}

// scoreWriter is a store that keeps analysis results on its entities (Neo4j), so that
// Neo4j Browser can size and colour nodes by them, as GDS's write mode does.
type scoreWriter interface {
	WriteScores(ctx context.Context, property string, scores map[string]float64) (int, error)
	WriteCommunities(ctx context.Context, property string, communities map[string]int) (int, error)
}

func writeBack(ctx context.Context, e env, st ringleader.Store, prop string, write func(scoreWriter) (int, error)) error {
	w, ok := st.(scoreWriter)
	if !ok {
		return usagef("analyze: --write needs a Neo4j store (bolt:// or neo4j://)")
	}
	n, err := write(w)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "wrote %s on %d entities\n", prop, n)
	return nil
}

func printJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// describe is a one-line account of the projection a result was computed on.
func describe(h insights.Header) string {
	parts := []string{string(h.View) + " view"}
	if h.Directed {
		parts = append(parts, "directed")
	} else {
		parts = append(parts, "undirected")
	}
	if h.Weighted {
		parts = append(parts, "weighted ("+string(h.WeightAs)+")")
	}
	if h.Case != "" {
		parts = append(parts, "case "+h.Case)
	}
	if h.From != "" || h.To != "" {
		parts = append(parts, "from "+orDots(h.From)+" to "+orDots(h.To))
	}
	if len(h.Types) > 0 {
		parts = append(parts, "types "+strings.Join(h.Types, ","))
	}
	if h.MinCore > 0 {
		parts = append(parts, fmt.Sprintf("%d-core", h.MinCore))
	}
	if h.Restriction != nil {
		parts = append(parts, h.Restriction.String())
	}
	return fmt.Sprintf("%s; %d nodes, %d links", strings.Join(parts, ", "), h.Nodes, h.Links)
}

func orDots(s string) string {
	if s == "" {
		return "…"
	}
	return s
}

// printCentrality prints a ranking as json, csv, a table with a title line ("table"), or
// the table alone ("table-body").
func printCentrality(w io.Writer, format string, res *insights.CentralityResult) error {
	switch format {
	case "json":
		return printJSON(w, res)
	case "csv":
		cw := csv.NewWriter(w)
		_ = cw.Write([]string{"rank", "id", "name", "kind", "score"})
		for _, r := range res.Results {
			_ = cw.Write([]string{strconv.Itoa(r.Rank), r.ID, r.Name, string(r.Kind), strconv.FormatFloat(r.Score, 'g', -1, 64)})
		}
		cw.Flush()
		return cw.Error()
	}
	if format == "table" {
		fmt.Fprintf(w, "%s — %s\n", res.Measure, describe(res.Header))
		if a := res.Approximation; a != nil {
			fmt.Fprintf(w, "approximate: %s, %d paths; every score within %g of the exact one with probability %g\n",
				a.Method, a.Samples, a.Epsilon, 1-a.Delta)
		}
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "RANK\tID\tNAME\tSCORE\tWHY")
	for _, r := range res.Results {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%.4f\t%s\n", r.Rank, r.ID, r.Name, r.Score, r.Explanation)
	}
	return tw.Flush()
}

func printCommunities(w io.Writer, format string, res *insights.CommunitiesResult, top int) error {
	shown := *res
	if top > 0 && len(shown.Communities) > top {
		shown.Communities = shown.Communities[:top]
	}
	switch format {
	case "json":
		return printJSON(w, &shown)
	case "csv":
		cw := csv.NewWriter(w)
		_ = cw.Write([]string{"community", "id"})
		for _, c := range shown.Communities {
			for _, m := range c.Members {
				_ = cw.Write([]string{strconv.Itoa(c.ID), m})
			}
		}
		cw.Flush()
		return cw.Error()
	}
	var algorithm, quality string
	switch {
	case res.Algorithm == "gds.louvain":
		algorithm = "GDS Louvain"
	case res.Algorithm == insights.MethodLouvain:
		algorithm = fmt.Sprintf("Louvain, seed %d", res.Seed)
	case res.Objective == "cpm":
		algorithm = fmt.Sprintf("Leiden, CPM at resolution %g, seed %d", res.Resolution, res.Seed)
		quality = fmt.Sprintf(", CPM quality %.4g", res.Quality)
	default:
		algorithm = fmt.Sprintf("Leiden, seed %d", res.Seed)
	}
	fmt.Fprintf(w, "communities (%s): %d groups, modularity Q = %.4f%s — %s\n",
		algorithm, res.Count, res.Modularity, quality, describe(res.Header))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "#\tSIZE\tLABEL\tCORE MEMBERS")
	for _, c := range shown.Communities {
		var core []string
		for _, m := range c.Core {
			core = append(core, m.Name)
		}
		fmt.Fprintf(tw, "%d\t%d\t%s\t%s\n", c.ID, c.Size, c.Label, strings.Join(core, "; "))
	}
	return tw.Flush()
}
