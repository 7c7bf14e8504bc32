package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/loaders"
)

func runLoad(ctx context.Context, e env, args []string) error {
	fs := newFlags("load", e)
	store := storeFlag(fs, e, defaultStore)
	skip := fs.Bool("skip-invalid", false, "load the valid rows and write the invalid ones to --rejects")
	rejects := fs.String("rejects", "rejects.csv", "file for rejected rows (with --skip-invalid)")
	format := fs.String("format", "text", "summary format: text or json")
	progress := progressFlag(fs)
	token := fs.String("token", e.getenv("RINGLEADER_TOKEN"), "load with this API token's compartment: an admin token limited to some cases loads only inside them (env RINGLEADER_TOKEN)")
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "Usage: ringleader load [flags] DIR|FILE...\n\nLoads a CSV bundle directory, single CSV files named after their table (suspects.csv, ...), or JSON Lines files.\nEverything is validated before anything is written; invalid input exits 1 and writes nothing.")
		fs.PrintDefaults()
	}
	paths, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		fs.Usage()
		return usagef("load: give a bundle directory or files to load")
	}
	if *format != "text" && *format != "json" {
		return usagef("load: --format must be text or json")
	}
	st, err := openStore(ctx, *store, e)
	if err != nil {
		return err
	}
	defer st.Close()
	opt := loaders.Options{SkipInvalid: *skip, RejectsPath: *rejects}
	if *token != "" {
		tok, err := verifyToken(ctx, st, *token)
		if err != nil {
			return err
		}
		if !tok.Role.Includes(ringleader.RoleAdmin) {
			return fmt.Errorf("load: token %q is %s; loading needs an admin token", tok.Name, tok.Role)
		}
		if sc := tok.Scope(); !sc.All() {
			opt.Compartment = &sc
		}
	}
	// Reading and checking every row comes before the first write; the write's own progress ends that stage.
	stg := newStages(e.stderr, *progress)
	endRead := stg.start("reading and checking the input")
	readDone := false
	writing := loaders.TerminalProgress(e.stderr, "writing")
	if stg.log {
		writing = logCounter(e.stderr, "writing")
	}
	opt.Progress = func(done, total int) {
		if !readDone {
			readDone = true
			endRead(fmt.Sprintf("%d records", total))
		}
		if writing != nil {
			writing(done, total)
		}
	}
	sum, err := loaders.Load(ctx, st, paths, opt)
	if !readDone {
		readDone = true
		endRead("")
	}
	if err != nil {
		return loadError(err)
	}
	return printSummary(e.stdout, *format, sum)
}

// verifyToken returns the active token whose secret is given, as the API would authenticate it.
func verifyToken(ctx context.Context, st ringleader.Store, secret string) (*ringleader.Token, error) {
	tokens, ok := st.(ringleader.TokenStore)
	if !ok {
		return nil, fmt.Errorf("--token: this store holds no API tokens")
	}
	bad := fmt.Errorf("--token: not a valid, active API token of this store")
	id, raw, ok := ringleader.SplitSecret(strings.TrimSpace(secret))
	if !ok {
		return nil, bad
	}
	tok, err := tokens.TokenByID(ctx, id)
	switch {
	case ringleader.ErrorCode(err) == ringleader.ENOTFOUND:
		return nil, bad
	case err != nil:
		return nil, err
	case !tok.Verify(raw) || !tok.Active():
		return nil, bad
	}
	return &tok, nil
}

// loadError says plainly that invalid input wrote nothing, then lists its problems.
func loadError(err error) error {
	switch ringleader.ErrorCode(err) {
	case ringleader.EINVALID:
		return fmt.Errorf("invalid input, nothing was written:\n%s", ringleader.ErrorMessage(err))
	case ringleader.EUNAVAILABLE:
		// Each transaction is written whole or not at all, and records are keyed: a second load completes the
		// first without duplicates (testing/faults checks it on a killed Neo4j server).
		return fmt.Errorf("%w\nThe records written before the failure are kept; run the same load again once the store is back: it adds what is missing and duplicates nothing", err)
	}
	return err
}

func printSummary(w io.Writer, format string, s loaders.Summary) error {
	if format == "json" {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(s)
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "FILE\tROWS\tREJECTED")
	for _, f := range s.Files {
		fmt.Fprintf(tw, "%s\t%d\t%d\n", f.File, f.Rows, f.Rejected)
	}
	fmt.Fprintln(tw, "\n\tCREATED\tUPDATED\tUNCHANGED")
	fmt.Fprintf(tw, "entities\t%d\t%d\t%d\n", s.EntitiesCreated, s.EntitiesUpdated, s.EntitiesUnchanged)
	fmt.Fprintf(tw, "links\t%d\t%d\t%d\n", s.LinksCreated, s.LinksUpdated, s.LinksUnchanged)
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(w, "rows repeating an earlier row's identity (merged: weights added, fields of the later): %d\n", s.Duplicates)
	if s.Rejected > 0 {
		fmt.Fprintf(w, "rejected rows: %d, written to %s\n", s.Rejected, s.RejectsPath)
	}
	return nil
}
