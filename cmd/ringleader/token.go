package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ringleader/ringleader"
)

// runToken manages API tokens: create, revoke, list.
func runToken(ctx context.Context, e env, args []string) error {
	if len(args) > 0 && isHelp(args[0]) {
		fmt.Fprintln(e.stdout, "Usage: ringleader token create|revoke|list [flags]\nRun 'ringleader token SUBCOMMAND -h' for its flags.")
		return nil
	}
	if len(args) == 0 {
		return usagef("token: give create, revoke or list")
	}
	sub, args := args[0], args[1:]
	fs := newFlags("token "+sub, e)
	store := storeFlag(fs, e, defaultStore)
	var name, role, cases *string
	switch sub {
	case "create":
		name = fs.String("name", "", "the token's name, as the audit log shows it (required)")
		role = fs.String("role", "viewer", "viewer (reads), analyst (also analyses), admin (also loads, tokens, audit)")
		cases = fs.String("cases", "", "comma-separated case ids the token may see, or all (required)")
	case "revoke":
		name = fs.String("name", "", "the name of the token to revoke (or give it as an argument)")
	case "list":
	default:
		return usagef("token: unknown subcommand %q (create, revoke or list)", sub)
	}
	rest, err := parseFlags(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	if err != nil {
		return err
	}
	if sub == "revoke" && *name == "" && len(rest) == 1 {
		*name, rest = rest[0], nil
	}
	if len(rest) > 0 {
		return usagef("token %s: unexpected argument %q", sub, rest[0])
	}
	var r ringleader.Role
	if sub == "create" {
		var ok bool
		if r, ok = ringleader.ParseRole(*role); !ok {
			return usagef("token create: --role must be viewer, analyst or admin")
		}
		if strings.TrimSpace(*cases) == "" {
			return usagef("token create: --cases is required: case ids (C1,C2) or all")
		}
	}
	if name != nil && strings.TrimSpace(*name) == "" {
		return usagef("token %s: --name is required", sub)
	}
	st, err := openStore(ctx, *store, e)
	if err != nil {
		return err
	}
	defer st.Close()
	tokens, ok := st.(ringleader.TokenStore)
	if !ok {
		return fmt.Errorf("token: store %s cannot hold tokens", *store)
	}
	switch sub {
	case "create":
		all := strings.EqualFold(strings.TrimSpace(*cases), "all")
		var ids []string
		if !all {
			ids = splitList(*cases)
		}
		secret, err := createToken(ctx, tokens, strings.TrimSpace(*name), r, all, ids)
		if err != nil {
			return err
		}
		// The secret alone on stdout, so that scripts can capture it; it is shown only once.
		fmt.Fprintln(e.stdout, secret)
		fmt.Fprintf(e.stderr, "token %q created (role %s, cases %s); it is shown only this once\n", *name, r, *cases)
		return nil
	case "revoke":
		if err := tokens.RevokeToken(ctx, strings.TrimSpace(*name), time.Now()); err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "token %q revoked\n", *name)
		return nil
	}
	list, err := tokens.Tokens(ctx)
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tROLE\tCASES\tCREATED\tSTATUS")
	for _, t := range list {
		status, cases := "active", "all"
		if !t.Active() {
			status = "revoked " + t.RevokedAt.Format(time.RFC3339)
		}
		if !t.AllCases {
			cases = strings.Join(t.Cases, ",")
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", t.Name, t.Role, cases, t.CreatedAt.Format(time.RFC3339), status)
	}
	return tw.Flush()
}

// createToken makes a token, stores its record and returns its secret.
func createToken(ctx context.Context, tokens ringleader.TokenStore, name string, role ringleader.Role, all bool, cases []string) (string, error) {
	secret, tok, err := ringleader.NewToken(name, role, all, cases, time.Now())
	if err != nil {
		return "", err
	}
	if err := tokens.CreateToken(ctx, tok); err != nil {
		return "", err
	}
	return secret, nil
}
