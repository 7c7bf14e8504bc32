package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/demo"
	"github.com/ringleader/ringleader/insights"
	"github.com/ringleader/ringleader/loaders"
	"github.com/ringleader/ringleader/resolve"
)

func runDemo(ctx context.Context, e env, args []string) error {
	fs := newFlags("demo", e)
	// The demo builds its ring in the store every other command reads by default, so that `ringleader links` or
	// `analyze` after it answer about the demo; it never takes RINGLEADER_STORE, which may name a user's real data,
	// and it replaces only a store that holds the demo or nothing, unless told to.
	store := fs.String("store", defaultStore, "store to build the demo in: a SQLite file is rebuilt when it holds the demo or nothing; a Neo4j database must be empty")
	force := fs.Bool("force", false, "replace a SQLite store even when it holds data other than the demo's")
	bundle := fs.String("write-bundle", "", "write the demo ring as a CSV bundle into this directory, an example of the input, and stop")
	addr := fs.String("addr", defaultAddr, "listen address (port 0 picks a free port)")
	noServe := fs.Bool("no-serve", false, "print the insights and exit without serving")
	opt := serveFlags(fs)
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("demo: unexpected argument %q", rest[0])
	}
	if *bundle != "" {
		if err := demo.Write(*bundle); err != nil {
			return fmt.Errorf("demo: %w", err)
		}
		fmt.Fprintf(e.stdout, "The demo ring's CSV bundle is in %s: load it with 'ringleader load %s'.\n", *bundle, *bundle)
		return nil
	}
	// A sqlite demo store is rebuilt from scratch. A Neo4j database is never wiped: the
	// demo loads only into an empty one (loading is idempotent, so a database that already
	// holds exactly the demo counts as empty after the first run's version).
	sqliteStore := strings.HasPrefix(*store, "sqlite:")
	if sqliteStore {
		if !*force {
			if err := checkSQLiteDemoTarget(ctx, *store, e); err != nil {
				return err
			}
		}
		if err := removeSQLite(*store); err != nil {
			return err
		}
	}
	st, err := openStore(ctx, *store, e)
	if err != nil {
		return err
	}
	defer st.Close()
	if !sqliteStore {
		if err := checkDemoTarget(ctx, st); err != nil {
			return err
		}
	}
	sum, err := loaders.LoadFS(ctx, st, demo.Bundle(), loaders.Options{Progress: loaders.TerminalProgress(e.stderr, "loading demo")})
	if err != nil {
		return fmt.Errorf("demo: load: %w", err)
	}
	fmt.Fprintf(e.stdout, "Demo ring loaded into %s: %d entities and %d links created.\n\n",
		*store, sum.EntitiesCreated, sum.LinksCreated)
	if err := printDemoInsights(ctx, e.stdout, st); err != nil {
		return err
	}
	if *noServe {
		return nil
	}
	o := opt(*store)
	if !o.noAuth {
		tokens, ok := st.(ringleader.TokenStore)
		if !ok {
			return errors.New("demo: the store cannot hold API tokens")
		}
		secret, err := createToken(ctx, tokens, "demo-admin", ringleader.RoleAdmin, true, nil)
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "API token (admin, all cases), for this demo store only:\n  export RINGLEADER_TOKEN=%s\n", secret)
		fmt.Fprintf(e.stdout, "  curl -H \"Authorization: Bearer $RINGLEADER_TOKEN\" 'http://%s/api/v1/insights/centrality?measure=betweenness&top=5'\n\n", *addr)
		// The token rides in the URL's fragment, which browsers never send to a server: it reaches the page,
		// not a log.
		o.announce = func(base string) {
			fmt.Fprintf(e.stdout, "Open the workbench, signed in with the demo token:\n  %s/#token=%s\n\n", base, secret)
		}
	}
	return serve(ctx, e, st, *addr, o)
}

// checkSQLiteDemoTarget refuses to replace a SQLite store that holds data other than the demo's.
func checkSQLiteDemoTarget(ctx context.Context, store string, e env) error {
	if _, err := os.Stat(strings.TrimPrefix(store, "sqlite:")); errors.Is(err, os.ErrNotExist) {
		return nil
	}
	st, err := openStore(ctx, store, e)
	if err != nil {
		return err
	}
	defer st.Close()
	if err := checkDemoTarget(ctx, st); err != nil {
		return fmt.Errorf("%w; --force replaces it, or give the demo a store of its own (--store sqlite:ringleader-demo.db)", err)
	}
	return nil
}

// checkDemoTarget refuses to mix the demo into a store that holds other data.
func checkDemoTarget(ctx context.Context, st ringleader.Store) error {
	counts, err := st.Counts(ctx, ringleader.AllCases())
	if err != nil {
		return err
	}
	if counts.TotalEntities() == 0 {
		return nil
	}
	truth := demo.Truth()
	if _, err := st.Entity(ctx, ringleader.AllCases(), truth.DrugsCase); err == nil {
		return nil // the demo is already there; loading it again changes nothing
	}
	return fmt.Errorf("demo: the store holds %d entities that are not the demo's", counts.TotalEntities())
}

// printDemoInsights prints what an analyst asks first: who the brokers are, which groups
// the ring falls into, and who ties the cases together.
func printDemoInsights(ctx context.Context, w io.Writer, st ringleader.Store) error {
	engine := newEngine(st)
	all := ringleader.AllCases()
	people := ringleader.ProjectionOptions{View: ringleader.ViewPeople}

	counts, err := st.Counts(ctx, all)
	if err != nil {
		return err
	}
	var kinds []string
	for _, k := range ringleader.Kinds {
		if n := counts.Entities[k]; n > 0 {
			kinds = append(kinds, fmt.Sprintf("%d %s", n, strings.ToLower(string(k))))
		}
	}
	fmt.Fprintf(w, "The network: %s; %d links.\n\n", strings.Join(kinds, ", "), counts.TotalLinks())

	brokers, err := engine.Centrality(ctx, all, people, "betweenness", 10)
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "KEY BROKERS (betweenness, "+describe(brokers.Header)+")")
	if err := printCentrality(w, "table-body", brokers); err != nil {
		return err
	}

	comms, err := engine.Communities(ctx, all, people, insights.DefaultCommunityOptions())
	if err != nil {
		return err
	}
	fmt.Fprintln(w)
	if err := printCommunities(w, "table", comms, 8); err != nil {
		return err
	}

	bridges, err := engine.CaseBridges(ctx, all)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\nCROSS-CASE BRIDGES (people in more than one case): %d\n", len(bridges))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tNAME\tCASES\tBETWEENNESS RANK")
	for _, b := range bridges[:min(10, len(bridges))] {
		var cases []string
		for _, c := range b.Cases {
			cases = append(cases, c.ID+" ("+c.Type+")")
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\n", b.ID, b.Name, strings.Join(cases, ", "), b.BetweennessRank)
	}
	if err := tw.Flush(); err != nil {
		return err
	}

	// Entity resolution: write the sure links, show them with their reasons.
	cands, err := engine.Candidates(ctx, all, resolve.Options{})
	if err != nil {
		return err
	}
	if auto := resolve.AutoLinks(cands); len(auto) > 0 {
		if _, err := st.Write(ctx, &ringleader.Batch{Links: auto}); err != nil {
			return err
		}
	}
	fmt.Fprintf(w, "\nONE PERSON, TWO RECORDS (entity resolution): %d candidate pairs\n", len(cands))
	for _, c := range cands {
		d := c.Decision
		if d == "" {
			d = "pending review"
		}
		fmt.Fprintf(w, "  %s %q ~ %s %q: score %.3f, %s\n", c.Source, c.SourceName, c.Target, c.TargetName, c.Score, d)
		for _, r := range c.Reasons {
			fmt.Fprintf(w, "      %s\n", r.String())
		}
	}

	truth := demo.Truth()
	links, err := engine.CaseLinks(ctx, all, truth.DrugsCase, 0, ringleader.GradeFilter{})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\nHOW THE CAPTAGON CASE LINKS TO THE OTHERS (%s)\n", truth.DrugsCase)
	for _, l := range links.Links {
		fmt.Fprintf(w, "  → %s (%s): %s\n", l.Case.ID, l.Case.Type, l.Explanation)
	}
	for _, b := range links.Bridges[:min(3, len(links.Bridges))] {
		fmt.Fprintf(w, "  bridge %s %s: %s\n", b.ID, b.Name, b.Explanation)
	}

	cycles, err := engine.Cycles(ctx, all, insights.MoneyOptions{}, "", 30, 0, 0)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\nMONEY ROUND TRIPS WITHIN 30 DAYS: %d\n", len(cycles.Cycles))
	for _, c := range cycles.Cycles {
		fmt.Fprintf(w, "  %s\n", c.Explanation)
		for _, p := range c.Payments {
			fmt.Fprintf(w, "    %s  %s → %s  %.0f %s  %s  %s\n", p.ID, p.From, p.To, p.Amount, p.Currency, p.Date, p.Channel)
		}
	}
	fmt.Fprintln(w)
	return nil
}
