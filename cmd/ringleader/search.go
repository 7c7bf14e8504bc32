package main

import (
	"context"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/insights"
)

// runSearch finds entities by a name or a fragment of one, in any script, as the API and the workbench do.
func runSearch(ctx context.Context, e env, args []string) error {
	fs := newFlags("search", e)
	store := storeFlag(fs, e, defaultStore)
	kind := fs.String("kind", "", "only entities of this kind (Person, Organisation, ...)")
	limit := fs.Int("limit", 20, "how many answers, at most")
	format := fs.String("format", "table", "output: table or json")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return helpOK(err)
	}
	if len(rest) == 0 {
		return usagef("search: give a name or a part of one")
	}
	if *format != "table" && *format != "json" {
		return usagef("search: --format must be table or json")
	}
	if *limit < 1 {
		return usagef("search: --limit must be at least 1")
	}
	q := ringleader.EntityQuery{Text: strings.Join(rest, " "), Limit: *limit}
	if *kind != "" {
		k, ok := ringleader.ParseKind(*kind)
		if !ok {
			return usagef("search: unknown kind %q", *kind)
		}
		q.Kind = k
	}
	return withEngine(ctx, e, *store, func(engine *insights.Engine) error {
		found, err := engine.Search(ctx, ringleader.AllCases(), q)
		if err != nil {
			return err
		}
		if *format == "json" {
			return printJSON(e.stdout, found)
		}
		tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "ID\tKIND\tNAME\tSCORE\tHOW")
		for _, f := range found {
			score := "-"
			if f.Score > 0 {
				score = fmt.Sprintf("%.2f", f.Score)
			}
			how := f.How
			if how == "" {
				how = "the name contains the text"
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", f.ID, f.Kind, f.Name, score, how)
		}
		return tw.Flush()
	})
}
