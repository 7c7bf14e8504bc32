package main

import (
	"bufio"
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/exchange"
	"github.com/ringleader/ringleader/graph"
	"github.com/ringleader/ringleader/insights"
	"github.com/ringleader/ringleader/loaders"
)

// exportFormats are the formats export writes.
var exportFormats = []string{"ftm", "csv", "anx", "gexf", "graphml", "matrix-csv", "matrix-xlsx"}

// runExport writes the stored network (or one case's part of it) for other tools: FollowTheMoney JSON Lines
// (Aleph, OpenSanctions tools), CSV edge and node lists, i2 Analyst's Notebook (ANX), GEXF 1.3 (Gephi), GraphML
// (yEd, networkx) or the association matrix (CSV, XLSX); restricted, when asked, to the intelligence graded well
// enough, which stderr then says.
func runExport(ctx context.Context, e env, args []string) error {
	fs := newFlags("export", e)
	store := storeFlag(fs, e, defaultStore)
	format := fs.String("format", "ftm", "ftm (FollowTheMoney JSON Lines), csv (nodes and edges, to --out DIR), anx (i2 Analyst's Notebook), gexf (Gephi), graphml, matrix-csv or matrix-xlsx (association matrix)")
	out := fs.String("out", "-", "output file (- for stdout) or directory (csv)")
	caseID := fs.String("case", "", "export only this case's entities and links")
	minGrade := fs.String("min-grade", "", "keep only records graded this or better (B2: source A or B, information 1 or 2)")
	confirmedOnly := fs.Bool("confirmed-only", false, "leave out links marked unconfirmed or tentative")
	measure := fs.String("measure", "betweenness", "gexf: the measure that sizes the entities ("+strings.Join(graph.Measures(), ", ")+")")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return helpOK(err)
	}
	if len(rest) > 0 {
		return usagef("export: unexpected argument %q", rest[0])
	}
	if !slices.Contains(exportFormats, *format) {
		return usagef("export: --format must be one of %s", strings.Join(exportFormats, ", "))
	}
	if *format == "csv" && *out == "-" {
		return usagef("export: --format csv writes two files: give --out DIR")
	}
	if !slices.Contains(graph.Measures(), *measure) {
		return usagef("export: --measure must be one of %s", strings.Join(graph.Measures(), ", "))
	}
	grading := ringleader.GradeFilter{ConfirmedOnly: *confirmedOnly}
	if grading.MinGrade, err = ringleader.ParseMinGrade(*minGrade); err != nil {
		return usagef("export: --%s", ringleader.ErrorMessage(err))
	}
	st, err := openExisting(ctx, *store, e)
	if err != nil {
		return err
	}
	defer st.Close()
	req := insights.ExportRequest{Case: *caseID, Grading: grading}
	if *format == "gexf" {
		req.Measure, req.Communities = *measure, true
	}
	x, err := newEngine(st).Export(ctx, ringleader.AllCases(), req)
	if err != nil {
		return err
	}
	if x.Restriction.Active() {
		fmt.Fprintf(e.stderr, "restricted to %s\n", x.Restriction)
	}
	net := x.Network
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
	if *format != "ftm" {
		if err := exchange.Write(bw, *format, net, exchangeOptions(x, *caseID)); err != nil {
			return fmt.Errorf("export: %w", err)
		}
		if err := bw.Flush(); err != nil {
			return fmt.Errorf("export: %w", err)
		}
		fmt.Fprintf(e.stderr, "exported %d entities and %d links as %s\n", len(net.Entities), len(net.Links), *format)
		return nil
	}
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

// exchangeOptions are the writers' options for an export.
func exchangeOptions(x *insights.Export, caseID string) exchange.Options {
	title := "Ringleader network"
	if caseID != "" {
		title += ", case " + caseID
	}
	return exchange.Options{Title: title, Restriction: &x.Restriction, Sizes: x.Sizes, SizeMeasure: x.Measure, Communities: x.Communities}
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
