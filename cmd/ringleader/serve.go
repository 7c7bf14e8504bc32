package main

import (
	"context"
	"crypto/tls"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/url"
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
	st, err := openExisting(ctx, *store, e)
	if err != nil {
		return err
	}
	defer st.Close()
	return serve(ctx, e, st, *addr, opt(*store))
}

// serveOptions are the API's security settings.
type serveOptions struct {
	noAuth          bool
	auditPath       string
	rate            float64
	burst           int
	tlsCert, tlsKey string
	browserURL      string
	// analysisTimeout bounds every request's work, analyses included; memoryBudget bounds the analysis cache.
	analysisTimeout time.Duration
	memoryBudget    int64
	// announce, when set, is told the server's base URL once it listens.
	announce func(base string)
}

func serveFlags(fs *flag.FlagSet) func(store string) serveOptions {
	noAuth := fs.Bool("insecure-no-auth", false, "serve without tokens: anyone who reaches the port sees everything")
	audit := fs.String("audit-log", "", "audit trail, JSON Lines (default: beside a sqlite store, else ringleader-audit.jsonl)")
	rate := fs.Float64("rate-limit", 50, "requests per second allowed to each token (0: unlimited)")
	burst := fs.Int("rate-burst", 100, "requests a token may send at once above its rate")
	cert := fs.String("tls-cert", "", "serve HTTPS (TLS 1.2 or later) with this PEM certificate chain (with --tls-key)")
	key := fs.String("tls-key", "", "the PEM private key of --tls-cert")
	browserURL := fs.String("browser-url", "", "Neo4j Browser's address, for the workbench's links (default for a Neo4j store: its host, port 7474)")
	timeout := fs.Duration("analysis-timeout", defaultAnalysisTimeout, "longest a request may work: an analysis past it stops and is answered 504")
	budget := memoryBudgetFlag(fs)
	return func(store string) serveOptions {
		o := serveOptions{noAuth: *noAuth, auditPath: *audit, rate: *rate, burst: *burst, tlsCert: *cert, tlsKey: *key,
			browserURL: *browserURL, analysisTimeout: *timeout, memoryBudget: int64(*budget)}
		if o.browserURL == "" {
			o.browserURL = defaultBrowserURL(store)
		}
		if o.auditPath == "" {
			o.auditPath = "ringleader-audit.jsonl"
			if path, ok := strings.CutPrefix(store, "sqlite:"); ok {
				o.auditPath = path + ".audit.jsonl"
			}
		}
		return o
	}
}

// defaultAnalysisTimeout is the API's limit on a request's work: a degree or PageRank of a million people, most
// of it the store read, took about 20 s (issue 18); an exact betweenness that runs longer should be asked as an
// approximation, or of Neo4j's GDS.
const defaultAnalysisTimeout = 2 * time.Minute

// Server timeouts: analyses of large networks take a while, so the write timeout is
// generous (and longer than the analysis timeout, so that a 504 reaches the client); headers must come quickly.
const (
	readHeaderTimeout = 10 * time.Second
	readTimeout       = 30 * time.Second
	writeTimeout      = 10 * time.Minute
	idleTimeout       = 2 * time.Minute
	shutdownGrace     = 30 * time.Second
)

// serve serves the API on addr until ctx ends, then lets in-flight requests finish.
func serve(ctx context.Context, e env, st ringleader.Store, addr string, o serveOptions) error {
	if (o.tlsCert == "") != (o.tlsKey == "") {
		return usagef("serve: give --tls-cert and --tls-key together")
	}
	if o.analysisTimeout <= 0 {
		return usagef("serve: --analysis-timeout must be above 0")
	}
	if o.memoryBudget <= 0 {
		o.memoryBudget = defaultMemoryBudget()
	}
	logger := slog.New(slog.NewJSONHandler(e.stderr, nil))
	engine := insights.NewBounded(st, insights.Limits{MemoryBudget: o.memoryBudget, Timeout: o.analysisTimeout})
	deps := api.Deps{Store: st, Engine: engine, Logger: logger, NoAuth: o.noAuth, RequestTimeout: o.analysisTimeout,
		RateLimit: rate.Limit(o.rate), RateBurst: o.burst, StoreKind: storeKind(st), BrowserURL: o.browserURL}
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
		WriteTimeout: max(writeTimeout, o.analysisTimeout+shutdownGrace), IdleTimeout: idleTimeout, TLSConfig: &tls.Config{MinVersion: tls.VersionTLS12}}
	scheme := "http"
	if o.tlsCert != "" {
		scheme = "https"
	} else if !loopback(ln.Addr()) {
		fmt.Fprintf(e.stderr, "WARNING: serving plain HTTP on %s, which other machines can reach: tokens and case data "+
			"cross the network unencrypted. Use --tls-cert and --tls-key, a TLS proxy in front, or --addr 127.0.0.1:PORT.\n", ln.Addr())
	}
	fmt.Fprintf(e.stdout, "Ringleader listening on %s://%s (the workbench at /, the API under /api/v1)\n", scheme, ln.Addr())
	fmt.Fprintf(e.stdout, "Analyses stop after %s (--analysis-timeout); their cache holds up to %s (--memory-budget).\n",
		o.analysisTimeout, insights.FormatBytes(o.memoryBudget))
	if o.announce != nil {
		o.announce(scheme + "://" + ln.Addr().String())
	}
	errc := make(chan error, 1)
	go func() {
		if o.tlsCert != "" {
			errc <- srv.ServeTLS(ln, o.tlsCert, o.tlsKey)
			return
		}
		errc <- srv.Serve(ln)
	}()
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

// loopback reports whether addr is a loopback address, which only this machine can reach.
func loopback(addr net.Addr) bool {
	tcp, ok := addr.(*net.TCPAddr)
	return ok && tcp.IP.IsLoopback()
}

// storeKind names the store for the workbench.
func storeKind(st ringleader.Store) string {
	if _, ok := st.(ringleader.CypherReader); ok {
		return "neo4j"
	}
	return "sqlite"
}

// defaultBrowserURL is where Neo4j Browser answers for a Neo4j store: the server's host on the HTTP port 7474.
func defaultBrowserURL(store string) string {
	u, err := url.Parse(store)
	if err != nil || u.Scheme == "sqlite" || u.Hostname() == "" {
		return ""
	}
	return "http://" + net.JoinHostPort(u.Hostname(), "7474") + "/browser/"
}
