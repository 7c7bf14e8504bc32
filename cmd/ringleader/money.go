package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/insights"
	"github.com/ringleader/ringleader/money"
)

// runMoney answers where the money goes: flows, trail, maxflow, cycles, fans, hawala.
func runMoney(ctx context.Context, e env, args []string) error {
	return flagMistake(moneyCommand(ctx, e, args))
}

func moneyCommand(ctx context.Context, e env, args []string) error {
	subs := []string{"flows", "trail", "maxflow", "cycles", "fans", "hawala"}
	if len(args) > 0 && isHelp(args[0]) {
		fmt.Fprintf(e.stdout, "Usage: ringleader money %s [flags]\nRun 'ringleader money SUBCOMMAND -h' for its flags.\n", strings.Join(subs, "|"))
		return nil
	}
	if len(args) == 0 || !slices.Contains(subs, args[0]) {
		return usagef("money: give one of %s", strings.Join(subs, ", "))
	}
	sub, args := args[0], args[1:]
	fs := newFlags("money "+sub, e)
	store := storeFlag(fs, e, defaultStore)
	from := fs.String("from", "", "party id: the payer (flows), the start (trail, maxflow), a party the cycle passes (cycles)")
	to := fs.String("to", "", "party id: the payee (flows), the sink (maxflow)")
	within := fs.Int("within", 0, "days allowed between one payment and the next (trail, cycles; window for fans); 0: no bound")
	currency := fs.String("currency", "", "one currency (flows; maxflow's currency)")
	depth := fs.Int("depth", 0, "most payments per path (trail) or per cycle (cycles); 0: the default")
	limit := fs.Int("limit", 0, "most results; 0: the default (100)")
	caseID := fs.String("case", "", "only this case's payments")
	since := fs.String("since", "", "payments on or after this date (YYYY-MM-DD)")
	until := fs.String("until", "", "payments on or before this date (YYYY-MM-DD)")
	accounts := fs.Bool("accounts", false, "keep bank accounts as parties instead of attributing them to their holder")
	minGrade := fs.String("min-grade", "", "only payments graded at least this: B2, B (any information) or 2 (any source)")
	confirmedOnly := fs.Bool("confirmed-only", false, "leave out payments marked unconfirmed or tentative")
	format := fs.String("format", "table", "output: table or json")
	rest, err := parseFlags(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("money %s: unexpected argument %q", sub, rest[0])
	}
	if *format != "table" && *format != "json" {
		return usagef("money: --format must be table or json")
	}
	for _, d := range []struct{ name, v string }{{"since", *since}, {"until", *until}} {
		if d.v != "" && !ringleader.ValidDate(d.v) {
			return usagef("money: --%s %q is not a date (YYYY-MM-DD)", d.name, d.v)
		}
	}
	if (sub == "trail" || sub == "maxflow") && *from == "" {
		return usagef("money %s: --from is required", sub)
	}
	if sub == "maxflow" && *to == "" {
		return usagef("money maxflow: --to is required")
	}
	st, err := openExisting(ctx, *store, e)
	if err != nil {
		return err
	}
	defer st.Close()
	engine := newEngine(st)
	all := ringleader.AllCases()
	opt := insights.MoneyOptions{Case: *caseID, Since: *since, Until: *until, Accounts: *accounts, MinGrade: *minGrade,
		ConfirmedOnly: *confirmedOnly}
	var res any
	switch sub {
	case "flows":
		res, err = engine.Flows(ctx, all, opt, money.FlowQuery{From: *from, To: *to, Currency: *currency, Top: *limit})
	case "trail":
		res, err = engine.Trail(ctx, all, opt, *from, *within, *depth, *limit)
	case "maxflow":
		res, err = engine.MaxFlow(ctx, all, opt, *from, *to, *currency)
	case "cycles":
		res, err = engine.Cycles(ctx, all, opt, *from, *within, *depth, *limit)
	case "fans":
		res, err = engine.FanPatterns(ctx, all, opt, money.FanOptions{Window: *within})
	case "hawala":
		res, err = engine.HawalaHubs(ctx, all, opt, money.HawalaOptions{})
	}
	if err != nil {
		return err
	}
	if *format == "json" {
		return printJSON(e.stdout, res)
	}
	return printMoney(e, res)
}

// printMoney prints the money results people read most as tables; the rest as JSON.
func printMoney(e env, res any) error {
	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	switch r := res.(type) {
	case *insights.FlowsResult:
		fmt.Fprintln(tw, "FROM\tTO\tCURRENCY\tTOTAL\tPAYMENTS\tFIRST\tLAST\tCHANNELS")
		for _, f := range r.Flows {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%.2f\t%d\t%s\t%s\t%s\n", label(f.From), label(f.To), f.Currency, f.Total, f.Count,
				f.First, f.Last, strings.Join(f.Channels, ","))
		}
	case *insights.CyclesResult:
		fmt.Fprintf(tw, "%d round trips\n", len(r.Cycles))
		for i, c := range r.Cycles {
			fmt.Fprintf(tw, "%d.\t%s\n", i+1, c.Explanation)
			for _, p := range c.Payments {
				fmt.Fprintf(tw, "\t%s\t%s → %s\t%.2f %s\t%s\t%s\n", p.ID, p.From, p.To, p.Amount, p.Currency, p.Date, p.Channel)
			}
		}
	case *insights.MaxFlowResult:
		fmt.Fprintf(tw, "maximum flow %s → %s: %.2f %s\n", label(r.From), label(r.To), r.Value, r.Currency)
	case *insights.TrailResult:
		fmt.Fprintf(tw, "money from %s reached %d parties", label(r.Start), len(r.Reached))
		if r.Truncated {
			fmt.Fprint(tw, " (paths cut at the limit)")
		}
		fmt.Fprintln(tw, "\nPARTY\tHOPS\tFIRST REACHED")
		for _, s := range r.Reached {
			fmt.Fprintf(tw, "%s\t%d\t%s\n", label(s.Party), s.Hops, s.First)
		}
		fmt.Fprintln(tw, "\nPATH\tMOVED")
		for _, p := range r.Paths {
			var parties []string
			for _, m := range p.Parties {
				parties = append(parties, label(m))
			}
			fmt.Fprintf(tw, "%s\t%s\n", strings.Join(parties, " → "), amounts(p.Total))
		}
	case *insights.FansResult:
		fmt.Fprintln(tw, "PARTY\tDIRECTION\tPAYMENTS\tTOTAL\tFIRST\tLAST\tSTRUCTURING\tWHY")
		for _, f := range r.Fans {
			fmt.Fprintf(tw, "%s\t%s\t%d\t%.2f %s\t%s\t%s\t%t\t%s\n", label(f.Party), f.Direction, f.Count, f.Total, f.Currency,
				f.First, f.Last, f.Structuring, f.Explanation)
		}
	case *insights.HawalaResult:
		fmt.Fprintln(tw, "PARTY\tIN\tOUT\tIN TOTAL\tOUT TOTAL\tCOUNTERPARTIES\tWHY")
		for _, h := range r.Hubs {
			fmt.Fprintf(tw, "%s\t%d\t%d\t%s\t%s\t%d\t%s\n", label(h.Party), h.In, h.Out, amounts(h.InTotal), amounts(h.OutTotal),
				h.Counterparties, h.Explanation)
		}
	default:
		return printJSON(e.stdout, res)
	}
	return tw.Flush()
}

// amounts writes sums per currency: "224500.00 USD, 1000.00 AED".
func amounts(ms []money.Money) string {
	var out []string
	for _, m := range ms {
		out = append(out, fmt.Sprintf("%.2f %s", m.Amount, m.Currency))
	}
	return strings.Join(out, ", ")
}

func label(m money.Party) string {
	if m.Name == "" || m.Name == m.ID {
		return m.ID
	}
	return m.Name + " (" + m.ID + ")"
}
