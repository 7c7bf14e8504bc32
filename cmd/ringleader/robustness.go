package main

import (
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/ringleader/ringleader/graph"
	"github.com/ringleader/ringleader/insights"
)

// robustnessFlags are the flags of --robustness, shared by analyze and brokers; the seed is the command's --seed.
type robustnessFlags struct {
	on      *bool
	runs    *int
	perturb *float64
}

func addRobustnessFlags(fs *flag.FlagSet) robustnessFlags {
	return robustnessFlags{
		on: fs.Bool("robustness", false, "also say how sure the ranking is: the top --top (10 when 0) recomputed on the confirmed links alone, "+
			"and with --perturb % of the links, then of the nodes, removed at random --runs times (seeded by --seed)"),
		runs:    fs.Int("runs", insights.DefaultRobustnessRuns, fmt.Sprintf("robustness: random removals of each kind (1 to %d)", insights.MaxRobustnessRuns)),
		perturb: fs.Float64("perturb", insights.DefaultPerturb, fmt.Sprintf("robustness: percentage of links, and of nodes, each removal takes (above 0, at most %d)", insights.MaxPerturb)),
	}
}

// options checks the flags' values (the engine checks them again, but a usage mistake is caught before the store
// is opened) and returns them for a top of top.
func (f robustnessFlags) options(cmd string, top int, seed uint64) (insights.RobustnessOptions, error) {
	if *f.runs < 1 || *f.runs > insights.MaxRobustnessRuns {
		return insights.RobustnessOptions{}, usagef("%s: --runs must be from 1 to %d", cmd, insights.MaxRobustnessRuns)
	}
	if !(*f.perturb > 0 && *f.perturb <= insights.MaxPerturb) {
		return insights.RobustnessOptions{}, usagef("%s: --perturb must be above 0 and at most %d (a percentage)", cmd, insights.MaxPerturb)
	}
	return insights.RobustnessOptions{Top: top, Runs: *f.runs, Perturb: *f.perturb, Seed: seed}, nil
}

// printRobustness prints how sure a ranking is: a line per scenario with Kendall's τ_b and the top-k overlap,
// then per entity its rank, its rank on confirmed links, and for each kind of removal how often it stays in the
// top k and its rank interval.
func printRobustness(w io.Writer, r *insights.Robustness) error {
	fmt.Fprintf(w, "\nhow sure the ranking is: its top %d recomputed on the confirmed links alone, and %d times each with %g%% of the links or of the nodes removed at random (seed %d)\n",
		r.K, r.Runs, r.Perturb, r.Seed)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "SCENARIO\tREMOVED\tKENDALL τ_b MEAN (RANGE)\tTOP-%d OVERLAP MEAN (RANGE)\n", r.K)
	for _, sc := range r.Scenarios {
		var name, removed string
		switch sc.Name {
		case insights.ScenarioConfirmedOnly:
			name, removed = "confirmed links only", countOf(sc.Removed, "link", "links")
		case insights.ScenarioDropLinks:
			name, removed = fmt.Sprintf("%g%% of links removed", r.Perturb), countOf(sc.Removed, "link", "links")
		case insights.ScenarioDropNodes:
			name, removed = fmt.Sprintf("%g%% of nodes removed", r.Perturb), countOf(sc.Removed, "node", "nodes")
		}
		tau := "undefined (all scores equal)"
		if sc.Tau != nil {
			tau = spreadText(*sc.Tau, "%.3f")
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", name, removed, tau, spreadText(sc.Overlap, "%.2f"))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(w, "top-%d overlap is %s\n", r.K, r.Overlap)
	if sc := r.Scenarios[0]; sc.Removed == 0 {
		fmt.Fprintln(w, "no link is marked unconfirmed or tentative: the confirmed-only ranking is the ranking")
	}
	fmt.Fprintf(w, "in the top %d: the share of the runs that kept the entity; ranks: 5th–95th percentile (best–worst)\n", r.K)
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "RANK\tNAME\tCONFIRMED ONLY\tLINKS −%g%%: IN TOP %d\tRANKS\tNODES −%g%%: IN TOP %d\tRANKS\n", r.Perturb, r.K, r.Perturb, r.K)
	for _, en := range r.Entities {
		confirmed := "–"
		if en.ConfirmedOnly > 0 {
			confirmed = fmt.Sprint(en.ConfirmedOnly)
		}
		nodes := inTopText(en.DropNodes)
		if en.DropNodes.Runs < r.Runs {
			nodes += fmt.Sprintf(" of %d", en.DropNodes.Runs)
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\n", en.Rank, en.Name, confirmed,
			inTopText(en.DropLinks), intervalText(en.DropLinks), nodes, intervalText(en.DropNodes))
	}
	return tw.Flush()
}

func spreadText(s graph.Spread, format string) string {
	if s.Runs == 1 || s.Min == s.Max {
		return fmt.Sprintf(format, s.Mean)
	}
	return fmt.Sprintf(format+" ("+format+"–"+format+")", s.Mean, s.Min, s.Max)
}

func inTopText(ri graph.RankInterval) string {
	if ri.Runs == 0 {
		return "never kept"
	}
	return fmt.Sprintf("%.0f%%", 100*ri.InTopShare)
}

func intervalText(ri graph.RankInterval) string {
	if ri.Runs == 0 {
		return "–"
	}
	return fmt.Sprintf("%s (%s)", spanText(ri.Low, ri.High), spanText(ri.Min, ri.Max))
}

func spanText(a, b int) string {
	if a == b {
		return fmt.Sprint(a)
	}
	return fmt.Sprintf("%d–%d", a, b)
}

func countOf(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// robustnessMistake refuses --robustness where it has no ranking to test.
func robustnessMistake(cmd, why string) error {
	return usagef("%s: --robustness %s", cmd, strings.TrimSpace(why))
}
