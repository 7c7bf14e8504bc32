// Command evalnames measures name matching on names nobody on the project wrote: entity resolution's precision
// and recall at the auto-link and review thresholds on the UN Security Council list's labelled name pairs (one
// suspect record per name, as ../shared/datasets/un_names/SOURCE.md lays the bundle out), the wrong automatic
// links over every pair of that bundle, the project's own labelled pairs, and cross-script search; and, from the
// same names, OpenSanctions' matchers (nomenklatura) beside them. It writes docs/names.md. `make eval-names` runs
// it with nomenklatura's scores; it is a tool for the project, not a command for users.
//
//	go run ./cmd/evalnames [--pairs FILE] [--own FILE] [--peer FILE] [--baseline FILE [--save-baseline]] [--out FILE]
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "evalnames:", err)
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(0)
		}
		os.Exit(1)
	}
}

// baseline is the figures of an earlier state of the code, kept to compare with.
type baseline struct {
	Note    string  `json:"note"`
	Figures figures `json:"figures"`
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fl := flag.NewFlagSet("evalnames", flag.ContinueOnError)
	fl.SetOutput(stderr)
	pairsPath := fl.String("pairs", "../shared/datasets/un_names/pairs.csv", "UN name pairs (SOURCE.md beside it)")
	ownPath := fl.String("own", "resolve/testdata/name_pairs.csv", "the project's labelled name pairs")
	peerPath := fl.String("peer", "", "nomenklatura's scores (scripts/eval-names-nomenklatura.py); none when empty")
	basePath := fl.String("baseline", "docs/names-baseline.json", "figures to compare with, read when the file exists")
	save := fl.Bool("save-baseline", false, "write this run's figures to --baseline instead of comparing with it")
	note := fl.String("note", "", "with --save-baseline: what state of the code the figures are of")
	out := fl.String("out", "docs/names.md", "the report; - for standard output")
	if err := fl.Parse(args); err != nil {
		return err
	}
	if fl.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q", fl.Arg(0))
	}
	s, err := readUN(*pairsPath)
	if err != nil {
		return err
	}
	own, err := readOwn(*ownPath)
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "evalnames")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	ours, err := ringleaderSystem(ctx, s, own, tmp)
	if err != nil {
		return err
	}
	rep := report{set: s, ours: ours}
	rep.now, rep.lists = measure(s, own, ours)
	if *peerPath != "" {
		peers, versions, err := readPeer(*peerPath, s, own)
		if err != nil {
			return err
		}
		rep.peerVersions = versions
		for _, p := range peers {
			f, _ := measure(s, own, p)
			rep.peers = append(rep.peers, peerFigures{sys: p, f: f})
		}
	}
	if *save {
		b, err := json.MarshalIndent(baseline{Note: *note, Figures: rep.now}, "", "  ")
		if err != nil {
			return err
		}
		if err := os.WriteFile(*basePath, append(b, '\n'), 0o644); err != nil {
			return err
		}
	}
	switch b, err := os.ReadFile(*basePath); {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return err
	default:
		var base baseline
		if err := json.Unmarshal(b, &base); err != nil {
			return fmt.Errorf("%s: %w", *basePath, err)
		}
		rep.base = &base
	}
	text := rep.markdown()
	fmt.Fprint(stdout, rep.summary())
	if *out == "-" {
		_, err := io.WriteString(stdout, text)
		return err
	}
	return os.WriteFile(*out, []byte(text), 0o644)
}
