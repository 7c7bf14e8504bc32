package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/graph"
	"github.com/ringleader/ringleader/insights"
)

// analysisFlags registers what every analysis command shares: the store, the projection
// and the output format.
func analysisFlags(name string, e env) (*flag.FlagSet, *string, func() ringleader.ProjectionOptions, *string) {
	fs := newFlags(name, e)
	store := storeFlag(fs, e, defaultStore)
	opt := projectionFlags(fs)
	format := fs.String("format", "table", "output: table or json")
	return fs, store, opt, format
}

// parseAnalysis parses the flags and checks what they share.
func parseAnalysis(fs *flag.FlagSet, args []string, format *string, options func() ringleader.ProjectionOptions) (ringleader.ProjectionOptions, error) {
	rest, err := parseFlags(fs, args)
	if err != nil {
		return ringleader.ProjectionOptions{}, err
	}
	if len(rest) > 0 {
		return ringleader.ProjectionOptions{}, usagef("%s: unexpected argument %q", fs.Name(), rest[0])
	}
	if *format != "table" && *format != "json" {
		return ringleader.ProjectionOptions{}, usagef("%s: --format must be table or json", fs.Name())
	}
	opt := options()
	if err := opt.Normalize(); err != nil {
		return opt, usagef("%s: --%s", fs.Name(), flagWords.Replace(ringleader.ErrorMessage(err)))
	}
	return opt, nil
}

func runBrokers(ctx context.Context, e env, args []string) error {
	fs, store, options, format := analysisFlags("brokers", e)
	partition := fs.String("partition", "community", "groups for brokerage roles: "+strings.Join(insights.Partitions, ", "))
	top := fs.Int("top", 20, "how many brokers")
	robust := addRobustnessFlags(fs)
	seed := fs.Uint64("seed", insights.DefaultSeed, "random seed (robustness)")
	opt, err := parseAnalysis(fs, args, format, options)
	if err != nil {
		return helpOK(err)
	}
	ro, err := robust.options("brokers", *top, *seed)
	if err != nil && *robust.on {
		return err
	}
	return withEngine(ctx, e, *store, func(engine *insights.Engine) error {
		bo := insights.BrokerOptions{Partition: *partition, Top: *top}
		res, err := engine.Brokers(ctx, ringleader.AllCases(), opt, bo)
		if err != nil {
			return err
		}
		if *robust.on {
			if res.Robustness, err = engine.BrokersRobustness(ctx, ringleader.AllCases(), opt, bo, ro); err != nil {
				return err
			}
		}
		if *format == "json" {
			return printJSON(e.stdout, res)
		}
		fmt.Fprintf(e.stdout, "brokers (partition %s) — %s\n%s\n", res.Partition, describe(res.Header), res.Formula)
		tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "RANK\tID\tNAME\tSCORE\tWHY")
		for _, b := range res.Results {
			fmt.Fprintf(tw, "%d\t%s\t%s\t%.3f\t%s\n", b.Rank, b.ID, b.Name, b.Score, b.Explanation)
		}
		if err := tw.Flush(); err != nil || res.Robustness == nil {
			return err
		}
		return printRobustness(e.stdout, res.Robustness)
	})
}

func runKeyPlayers(ctx context.Context, e env, args []string) error {
	fs, store, options, format := analysisFlags("keyplayers", e)
	k := fs.Int("k", 3, "how many key players")
	measure := fs.String("measure", "fragmentation", "fragmentation or distance_fragmentation")
	tie := fs.String("tie-break", "id", "order of equal scores: id, first-loaded or last-loaded")
	opt, err := parseAnalysis(fs, args, format, options)
	if err != nil {
		return helpOK(err)
	}
	if *k < 1 {
		return usagef("keyplayers: --k must be at least 1")
	}
	return withEngine(ctx, e, *store, func(engine *insights.Engine) error {
		res, err := engine.KeyPlayers(ctx, ringleader.AllCases(), opt, *k, *measure, *tie)
		if err != nil {
			return err
		}
		if *format == "json" {
			return printJSON(e.stdout, res)
		}
		fmt.Fprintf(e.stdout, "key players (k=%d, %s) — %s\n", res.K, res.Measure, describe(res.Header))
		for _, p := range res.Players {
			fmt.Fprintf(e.stdout, "  %s\t%s\n", p.ID, p.Name)
		}
		fmt.Fprintln(e.stdout, res.Explanation)
		return nil
	})
}

func runDisrupt(ctx context.Context, e env, args []string) error {
	fs, store, options, format := analysisFlags("disrupt", e)
	by := fs.String("by", "betweenness", "rank arrests by this measure: "+strings.Join(insights.Measures(), ", "))
	mode := fs.String("mode", "sequential", "sequential (recompute after each arrest) or block")
	count := fs.Int("count", 0, "how many people to remove in all (0: everyone)")
	block := fs.Int("block-size", 1, "people removed per block (block mode)")
	tie := fs.String("tie-break", "id", "order of equal scores: "+joinTies())
	opt, err := parseAnalysis(fs, args, format, options)
	if err != nil {
		return helpOK(err)
	}
	return withEngine(ctx, e, *store, func(engine *insights.Engine) error {
		res, err := engine.Disruption(ctx, ringleader.AllCases(), opt,
			insights.DisruptionRequest{By: *by, Mode: *mode, Count: *count, BlockSize: *block, TieBreak: *tie})
		if err != nil {
			return err
		}
		if *format == "json" {
			return printJSON(e.stdout, res)
		}
		p, err := engine.Project(ctx, ringleader.AllCases(), opt)
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "disruption by %s (%s) — %s\n", res.By, res.Mode, describe(res.Header))
		tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "STEP\tREMOVED\tLARGEST GROUP LEFT")
		for i, s := range res.Steps {
			var removed []string
			for _, id := range s.Removed {
				if ent := p.Entity(id); ent != nil && ent.Name != "" && ent.Name != id {
					removed = append(removed, ent.Name+" ("+id+")")
				} else {
					removed = append(removed, id)
				}
			}
			fmt.Fprintf(tw, "%d\t%s\t%.1f%%\n", i, strings.Join(removed, ", "), 100*s.LCCFraction)
		}
		return tw.Flush()
	})
}

func joinTies() string {
	var s []string
	for _, t := range graph.TieBreaks() {
		s = append(s, string(t))
	}
	return strings.Join(s, ", ")
}

// helpOK turns -h into success.
func helpOK(err error) error {
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	return err
}

// withEngine opens the store, runs f with an engine on it, and closes the store. The engine refuses a parameter
// with EINVALID before it computes anything; on the command line a parameter is a flag, so that is a usage mistake.
func withEngine(ctx context.Context, e env, store string, f func(*insights.Engine) error) error {
	st, err := openExisting(ctx, store, e)
	if err != nil {
		return err
	}
	defer st.Close()
	return flagMistake(f(newEngine(st)))
}

// flagMistake turns an analysis's refusal of a parameter (EINVALID) into a usage error: exit status 2.
func flagMistake(err error) error {
	if ringleader.ErrorCode(err) == ringleader.EINVALID {
		return usagef("%s", ringleader.ErrorMessage(err))
	}
	return err
}
