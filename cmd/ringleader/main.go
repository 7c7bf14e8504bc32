// Command ringleader loads investigators' records into a store, analyses the network
// (key brokers, communities, paths between cases) and serves the answers over HTTP.
//
//	ringleader demo                 build the demo ring, print its insights, serve them
//	ringleader load DIR|FILE...     load a CSV bundle or JSON Lines files
//	ringleader analyze --measure M  rank people by a centrality measure
//	ringleader serve                serve the REST API
//
// The store is chosen by --store or RINGLEADER_STORE: sqlite:PATH (the default,
// sqlite:ringleader.db) or a bolt://, neo4j:// or neo4j+s:// URI.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Getenv, os.Stdin, os.Stdout, os.Stderr)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "ringleader:", err)
		var u *usageError
		if errors.As(err, &u) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}
