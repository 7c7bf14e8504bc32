package main

import (
	"bufio"
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/loaders"
)

// runExport writes the stored network (or one case's part of it) for other tools:
// FollowTheMoney JSON Lines (Aleph, OpenSanctions tools) or CSV edge and node lists
// (Gephi, UCINET, networkx).
func runExport(ctx context.Context, e env, args []string) error {
	fs := newFlags("export", e)
	store := storeFlag(fs, e, defaultStore)
	format := fs.String("format", "ftm", "ftm (FollowTheMoney JSON Lines) or csv (nodes and edges, to --out DIR)")
	out := fs.String("out", "-", "output file (ftm; - for stdout) or directory (csv)")
	caseID := fs.String("case", "", "export only this case's entities and links")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return helpOK(err)
	}
	if len(rest) > 0 {
		return usagef("export: unexpected argument %q", rest[0])
	}
	if *format != "ftm" && *format != "csv" {
		return usagef("export: --format must be ftm or csv")
	}
	if *format == "csv" && *out == "-" {
		return usagef("export: --format csv writes two files: give --out DIR")
	}
	st, err := openExisting(ctx, *store, e)
	if err != nil {
		return err
	}
	defer st.Close()
	net, err := st.Network(ctx, ringleader.AllCases().Narrow(*caseID), ringleader.NetworkFilter{})
	if err != nil {
		return err
	}
	if *format == "csv" {
		return exportCSV(*out, net)
	}
	w := e.stdout
	if *out != "-" {
		f, err := os.Create(*out)
		if err != nil {
			return fmt.Errorf("export: %w", err)
		}
		defer f.Close()
		w = f
	}
	bw := bufio.NewWriter(w)
	sum, err := loaders.WriteFtM(bw, net)
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	var skipped []string
	for k, n := range sum.Skipped {
		skipped = append(skipped, fmt.Sprintf("%d %s", n, k))
	}
	fmt.Fprintf(e.stderr, "exported %d FtM entities", sum.Lines)
	if len(skipped) > 0 {
		fmt.Fprintf(e.stderr, "; FtM has no schema for %s", strings.Join(skipped, ", "))
	}
	fmt.Fprintln(e.stderr)
	return nil
}

// exportCSV writes nodes.csv (id, kind, name, cases) and edges.csv (source, target, type,
// subtype, weight, amount, currency, date, cases) into dir.
func exportCSV(dir string, net *ringleader.Network) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	write := func(name string, header []string, rows func(cw *csv.Writer)) error {
		f, err := os.Create(dir + "/" + name)
		if err != nil {
			return fmt.Errorf("export: %w", err)
		}
		defer f.Close()
		cw := csv.NewWriter(io.Writer(f))
		_ = cw.Write(header)
		rows(cw)
		cw.Flush()
		if err := cw.Error(); err != nil {
			return fmt.Errorf("export: %s: %w", name, err)
		}
		return f.Close()
	}
	if err := write("nodes.csv", []string{"id", "kind", "name", "cases"}, func(cw *csv.Writer) {
		for _, n := range net.Entities {
			_ = cw.Write([]string{n.ID, string(n.Kind), n.Name, strings.Join(n.Cases, ";")})
		}
	}); err != nil {
		return err
	}
	return write("edges.csv", []string{"source", "target", "type", "subtype", "weight", "amount", "currency", "date", "cases"}, func(cw *csv.Writer) {
		for _, l := range net.Links {
			_ = cw.Write([]string{l.Source, l.Target, string(l.Type), l.Subtype, strconv.FormatFloat(l.Weight, 'g', -1, 64),
				strconv.FormatFloat(l.Amount, 'g', -1, 64), l.Currency, l.Start(), strings.Join(l.Cases, ";")})
		}
	})
}
