package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/api"
	"github.com/ringleader/ringleader/insights"
)

const defaultAddr = "127.0.0.1:8080"

func runServe(ctx context.Context, e env, args []string) error {
	fs := newFlags("serve", e)
	store := storeFlag(fs, e, defaultStore)
	addr := fs.String("addr", defaultAddr, "listen address (port 0 picks a free port)")
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
	return serve(ctx, e, st, *addr)
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
func serve(ctx context.Context, e env, st ringleader.Store, addr string) error {
	logger := slog.New(slog.NewJSONHandler(e.stderr, nil))
	handler := api.NewHandler(api.Deps{Store: st, Engine: insights.New(st), Logger: logger})
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
