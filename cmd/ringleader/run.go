package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// usageError is a mistake in the command line; it exits with status 2.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return &usageError{fmt.Sprintf(format, args...)} }

// env is what every subcommand receives.
type env struct {
	getenv         func(string) string
	stdin          io.Reader
	stdout, stderr io.Writer
}

type command struct {
	name, summary string
	run           func(ctx context.Context, e env, args []string) error
}

func commands() []command {
	return []command{
		{"demo", "build the demo Captagon ring into a fresh store, print its insights, serve them", runDemo},
		{"load", "load a CSV bundle directory or CSV/JSON Lines files into the store", runLoad},
		{"analyze", "rank entities by a centrality measure, or find communities", runAnalyze},
		{"serve", "serve the REST API", runServe},
		{"brokers", "rank people as brokers, with the reasons in words", runBrokers},
		{"keyplayers", "the k people whose arrest fragments the ring most (KPP-Neg)", runKeyPlayers},
		{"disrupt", "simulate arrests ranked by a measure: the disruption curve", runDisrupt},
		{"resolve", "find records that are one identity (Arabic-aware), write the sure ones, review the rest", runResolve},
		{"search", "find entities by a name or part of one, in any script (Latin finds Arabic and back)", runSearch},
		{"links", "how a case links to other cases: shared entities, paths, bridging people", runLinks},
		{"money", "where the money goes: flows, trail, maxflow, cycles, fans, hawala", runMoney},
		{"export", "write the network as FollowTheMoney JSON Lines or CSV node and edge lists", runExport},
		{"token", "create, revoke or list API tokens (create prints the token alone on stdout)", runToken},
	}
}

// run is the whole program: main only supplies the process's arguments, environment and
// streams, so that tests drive it end to end.
func run(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	e := env{getenv: getenv, stdin: stdin, stdout: stdout, stderr: stderr}
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(stdout)
		if len(args) == 0 {
			return usagef("no command given")
		}
		return nil
	}
	for _, c := range commands() {
		if c.name == args[0] {
			// Asking for a command's help is no mistake: it prints its flags and exits 0, whatever the command.
			if err := c.run(ctx, e, args[1:]); !errors.Is(err, flag.ErrHelp) {
				return err
			}
			return nil
		}
	}
	usage(stderr)
	return usagef("unknown command %q", args[0])
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "Usage: ringleader COMMAND [flags]")
	fmt.Fprintln(w, "\nCommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nThe store: --store or RINGLEADER_STORE, sqlite:PATH (default sqlite:ringleader.db) or bolt://HOST:7687.")
	fmt.Fprintln(w, "Run 'ringleader COMMAND -h' for a command's flags.")
}

// isHelp reports whether an argument asks for help.
func isHelp(arg string) bool {
	return arg == "-h" || arg == "-help" || arg == "--help" || arg == "help"
}

// newFlags returns a flag set that reports errors instead of exiting.
func newFlags(name string, e env) *flag.FlagSet {
	fs := flag.NewFlagSet("ringleader "+name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	return fs
}

// parseFlags parses flags given before, between or after positional arguments, and
// returns the positional ones.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, usagef("%s: %v", fs.Name(), err)
		}
		args = fs.Args()
		if len(args) == 0 {
			return positional, nil
		}
		if args[0] == "--" {
			return append(positional, args[1:]...), nil
		}
		positional = append(positional, args[0])
		args = args[1:]
	}
}

// splitList splits a comma-separated flag value.
func splitList(s string) []string {
	var out []string
	for _, v := range strings.Split(s, ",") {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}
