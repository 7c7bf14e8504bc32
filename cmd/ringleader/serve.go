package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"slices"
	"strings"
	"time"

	"golang.org/x/time/rate"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/api"
	"github.com/ringleader/ringleader/auditlog"
	"github.com/ringleader/ringleader/insights"
)

const defaultAddr = "127.0.0.1:8080"

func runServe(ctx context.Context, e env, args []string) error {
	fs := newFlags("serve", e)
	store := storeFlag(fs, e, defaultStore)
	addr := fs.String("addr", defaultAddr, "listen address (port 0 picks a free port)")
	opt := serveFlags(fs)
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("serve: unexpected argument %q", rest[0])
	}
	st, err := openStore(ctx, *store, e)
	if err != nil {
		return err
	}
	defer st.Close()
	return serve(ctx, e, st, *addr, opt(*store))
}

// serveOptions are the API's security settings.
type serveOptions struct {
	noAuth    bool
	auditPath string
	rate      float64
	burst     int
}

func serveFlags(fs *flag.FlagSet) func(store string) serveOptions {
	noAuth := fs.Bool("insecure-no-auth", false, "serve without tokens: anyone who reaches the port sees everything")
	audit := fs.String("audit-log", "", "audit trail, JSON Lines (default: beside a sqlite store, else ringleader-audit.jsonl)")
	rate := fs.Float64("rate-limit", 50, "requests per second allowed to each token (0: unlimited)")
	burst := fs.Int("rate-burst", 100, "requests a token may send at once above its rate")
	return func(store string) serveOptions {
		o := serveOptions{noAuth: *noAuth, auditPath: *audit, rate: *rate, burst: *burst}
		if o.auditPath == "" {
			o.auditPath = "ringleader-audit.jsonl"
			if path, ok := strings.CutPrefix(store, "sqlite:"); ok {
				o.auditPath = path + ".audit.jsonl"
			}
		}
		return o
	}
}

// Server timeouts: analyses of large networks take a while, so the write timeout is
// generous; headers must come quickly.
const (
	readHeaderTimeout = 10 * time.Second
	readTimeout       = 30 * time.Second
	writeTimeout      = 10 * time.Minute
	idleTimeout       = 2 * time.Minute
	shutdownGrace     = 30 * time.Second
)

// serve serves the API on addr until ctx ends, then lets in-flight requests finish.
func serve(ctx context.Context, e env, st ringleader.Store, addr string, o serveOptions) error {
	logger := slog.New(slog.NewJSONHandler(e.stderr, nil))
	deps := api.Deps{Store: st, Engine: insights.New(st), Logger: logger, NoAuth: o.noAuth,
		RateLimit: rate.Limit(o.rate), RateBurst: o.burst}
	if o.noAuth {
		fmt.Fprintln(e.stderr, "WARNING: serving WITHOUT AUTHENTICATION (--insecure-no-auth): anyone who can reach "+addr+
			" reads every case, runs every analysis and loads data. Never do this on a shared network.")
	} else {
		tokens, ok := st.(ringleader.TokenStore)
		if !ok {
			return errors.New("serve: this store cannot hold API tokens; use --insecure-no-auth on a machine of your own")
		}
		list, err := tokens.Tokens(ctx)
		if err != nil {
			return fmt.Errorf("serve: %w", err)
		}
		if !slices.ContainsFunc(list, func(t ringleader.Token) bool { return t.Active() }) {
			return errors.New("serve: no API token exists: create one with 'ringleader token create --name NAME --role admin --cases all', or pass --insecure-no-auth")
		}
		deps.Tokens = tokens
	}
	storeLog, ok := st.(ringleader.AuditLog)
	if !ok {
		return errors.New("serve: this store cannot hold the audit trail")
	}
	file, err := auditlog.OpenFile(o.auditPath)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	defer file.Close()
	deps.Audit = auditlog.Tee{File: file, Store: storeLog}
	handler := api.NewHandler(deps)
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	srv := &http.Server{Handler: handler, ReadHeaderTimeout: readHeaderTimeout, ReadTimeout: readTimeout,
		WriteTimeout: writeTimeout, IdleTimeout: idleTimeout}
	fmt.Fprintf(e.stdout, "Ringleader API listening on http://%s (try /api/v1/insights/centrality?measure=betweenness&top=5)\n", ln.Addr())
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	shutdownCtx, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		return fmt.Errorf("serve: shutdown: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}
