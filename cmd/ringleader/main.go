// Command ringleader loads investigators' records into a store, analyses the network
// (key brokers, communities, paths between cases) and serves the answers over HTTP.
//
//	ringleader demo                 build the demo ring, print its insights, serve the workbench and the API
//	ringleader load DIR|FILE...     load a CSV bundle, JSON Lines or FollowTheMoney files
//	ringleader analyze --measure M  rank people by a centrality measure, find communities
//	ringleader brokers, keyplayers, disrupt   who brokers, whose arrest fragments the ring
//	ringleader search NAME          find entities by name, in any script
//	ringleader links CASE           how a case links to the others
//	ringleader money SUBCOMMAND     where the money goes
//	ringleader resolve              one person, two records
//	ringleader export               FollowTheMoney or CSV out
//	ringleader serve                serve the workbench and the REST API
//	ringleader token SUBCOMMAND     API tokens
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
