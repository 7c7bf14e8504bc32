package faults_test

import (
	"testing"

	"github.com/ringleader/ringleader/testing/neo4jtest"
)

// TestMain stops the test binary's Neo4j server after the tests, failed or not.
func TestMain(m *testing.M) { neo4jtest.Main(m) }
