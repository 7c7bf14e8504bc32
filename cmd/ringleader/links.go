package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/insights"
)

// runLinks answers how a case links to others: shared people, phones, accounts and
// companies, connecting paths, and the people who bridge case types.
func runLinks(ctx context.Context, e env, args []string) error {
	fs := newFlags("links", e)
	store := storeFlag(fs, e, defaultStore)
	hops := fs.Int("hops", insights.DefaultCaseHops, "how far to look for other cases")
	format := fs.String("format", "table", "output: table or json")
	minGrade := fs.String("min-grade", "", "keep only intelligence graded at least this: B2, B (any information) or 2 (any source)")
	confirmedOnly := fs.Bool("confirmed-only", false, "leave out links marked unconfirmed or tentative")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return helpOK(err)
	}
	if len(rest) != 1 {
		return usagef("links: give one case id")
	}
	if *hops < 1 || *hops > insights.MaxCaseHops {
		return usagef("links: --hops must be between 1 and %d", insights.MaxCaseHops)
	}
	if *format != "table" && *format != "json" {
		return usagef("links: --format must be table or json")
	}
	grade, err := ringleader.ParseMinGrade(*minGrade)
	if err != nil {
		return usagef("links: --%s", flagWords.Replace(ringleader.ErrorMessage(err)))
	}
	grades := ringleader.GradeFilter{MinGrade: grade, ConfirmedOnly: *confirmedOnly}
	return withEngine(ctx, e, *store, func(engine *insights.Engine) error {
		res, err := engine.CaseLinks(ctx, ringleader.AllCases(), rest[0], *hops, grades)
		if err != nil {
			return err
		}
		if *format == "json" {
			return printJSON(e.stdout, res)
		}
		fmt.Fprintf(e.stdout, "Case %s %q (%s): %d linked cases within %d hops\n", res.Case.ID, res.Case.Title, res.Case.Type, len(res.Links), res.Hops)
		if res.Restriction != nil {
			fmt.Fprintf(e.stdout, "Restricted to %s\n", res.Restriction)
		}
		for _, l := range res.Links {
			fmt.Fprintf(e.stdout, "\n→ %s %q (%s), %d hops: %s\n", l.Case.ID, l.Case.Title, l.Case.Type, l.Distance, l.Explanation)
			for _, p := range l.Paths {
				var names []string
				for _, m := range p.Entities {
					names = append(names, m.Name)
				}
				fmt.Fprintf(e.stdout, "    %s\n", strings.Join(names, " — "))
			}
		}
		if len(res.Bridges) > 0 {
			fmt.Fprintln(e.stdout, "\nPeople who bridge case types:")
			for _, b := range res.Bridges[:min(10, len(res.Bridges))] {
				fmt.Fprintf(e.stdout, "  %s %s: %s\n", b.ID, b.Name, b.Explanation)
			}
		}
		return nil
	})
}
