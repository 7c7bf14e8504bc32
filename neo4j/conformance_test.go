package neo4j_test

import (
	"testing"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/neo4j"
	"github.com/ringleader/ringleader/testing/storetest"
)

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) ringleader.Store { return mustOpen(t) })
}

// TestConformanceSmallBatches runs the suite with statements of 2 rows and transactions of 5 records, so that
// every batch of the suite spans several statements and transactions, and records repeated in a batch fall in
// different ones.
func TestConformanceSmallBatches(t *testing.T) {
	storetest.Run(t, func(t *testing.T) ringleader.Store {
		return mustOpenConfig(t, func(c *neo4j.Config) { c.BatchSize, c.TxRows = 2, 5 })
	})
}
