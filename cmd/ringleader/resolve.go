package main

import (
	"bufio"
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/resolve"
)

// runResolve proposes records that are one identity, writes the sure ones (auto) as
// SAME_AS links, and with --review asks a person about the rest, one pair at a time.
func runResolve(ctx context.Context, e env, args []string) error {
	fs := newFlags("resolve", e)
	store := storeFlag(fs, e, defaultStore)
	threshold := fs.Float64("threshold", resolve.DefaultAutoThreshold, "score from which a pair is linked automatically")
	minScore := fs.Float64("min-score", resolve.DefaultMinScore, "lowest score shown")
	review := fs.Bool("review", false, "ask about each pending pair: confirm, reject or skip")
	by := fs.String("by", "", "your name, recorded with each decision (--review)")
	format := fs.String("format", "table", "output: table or json")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return helpOK(err)
	}
	if len(rest) > 0 {
		return usagef("resolve: unexpected argument %q", rest[0])
	}
	if *format != "table" && *format != "json" {
		return usagef("resolve: --format must be table or json")
	}
	opt := resolve.Options{AutoThreshold: *threshold, MinScore: *minScore}
	if err := opt.Validate(); err != nil {
		return usagef("resolve: %s", ringleader.ErrorMessage(err))
	}
	st, err := openExisting(ctx, *store, e)
	if err != nil {
		return err
	}
	defer st.Close()
	engine := newEngine(st)
	all := ringleader.AllCases()
	cands, err := engine.Candidates(ctx, all, opt)
	if err != nil {
		return err
	}
	auto := resolve.AutoLinks(cands)
	if len(auto) > 0 {
		if _, err := st.Write(ctx, &ringleader.Batch{Links: auto}); err != nil {
			return err
		}
	}
	if *format == "json" {
		return printJSON(e.stdout, map[string]any{"auto_linked": len(auto), "candidates": cands})
	}
	fmt.Fprintf(e.stdout, "%d candidate pairs; %d linked automatically (score ≥ %.2f)\n", len(cands), len(auto), opt.AutoThreshold)
	for _, c := range cands {
		printCandidate(e, &c)
	}
	if !*review {
		return nil
	}
	in := bufio.NewScanner(e.stdin)
	for _, c := range cands {
		if c.Decision != "" {
			continue
		}
		printCandidate(e, &c)
		fmt.Fprint(e.stdout, "  same person? [c]onfirm, [r]eject, [s]kip, [q]uit: ")
		if !in.Scan() {
			fmt.Fprintln(e.stdout)
			return in.Err()
		}
		var decision string
		switch strings.ToLower(strings.TrimSpace(in.Text())) {
		case "c", "confirm":
			decision = ringleader.DecisionConfirmed
		case "r", "reject":
			decision = ringleader.DecisionRejected
		case "q", "quit":
			return nil
		default:
			continue
		}
		link, err := resolve.Decide(resolve.Review{Source: c.Source, Target: c.Target, Decision: decision, By: *by,
			Date: time.Now().UTC().Format(ringleader.DateLayout)}, &c)
		if err != nil {
			return err
		}
		if _, err := st.Write(ctx, &ringleader.Batch{Links: []ringleader.Link{link}}); err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "  recorded: %s\n", decision)
	}
	return nil
}

func printCandidate(e env, c *resolve.Candidate) {
	d := c.Decision
	if d == "" {
		d = "pending"
	}
	fmt.Fprintf(e.stdout, "\n%s %q ~ %s %q: score %.3f, %s\n", c.Source, c.SourceName, c.Target, c.TargetName, c.Score, d)
	for _, r := range c.Reasons {
		fmt.Fprintf(e.stdout, "    %s\n", r.String())
	}
}
