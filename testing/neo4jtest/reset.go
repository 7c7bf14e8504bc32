package neo4jtest

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Reset empties the database "neo4j" so tests can share one server: it deletes every node and relationship, drops
// every constraint and index (but the two token lookup indexes Neo4j creates itself), and drops GDS's in-memory
// graphs when GDS is installed. The test fails if anything is left. Tests that call Reset must not run in parallel
// with other tests using the server.
func (s *Server) Reset(tb testing.TB) {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	d := s.Driver(tb)
	if err := reset(ctx, d); err != nil {
		tb.Fatalf("neo4jtest: reset: %v", err)
	}
}

func reset(ctx context.Context, d neo4jdrv.DriverWithContext) error {
	session := d.NewSession(ctx, neo4jdrv.SessionConfig{DatabaseName: "neo4j"})
	defer session.Close(context.WithoutCancel(ctx))
	// CALL { } IN TRANSACTIONS needs an auto-commit transaction (session.Run): it commits in batches, so a large
	// graph is deleted without one huge transaction.
	res, err := session.Run(ctx, `MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`, nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		return fmt.Errorf("delete nodes: %w", err)
	}

	// Constraints first: dropping one drops its index too.
	for _, q := range []struct{ list, drop string }{
		{`SHOW CONSTRAINTS YIELD name RETURN name`, `DROP CONSTRAINT %s IF EXISTS`},
		{`SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name`, `DROP INDEX %s IF EXISTS`},
	} {
		names, err := strings1(ctx, d, q.list, nil)
		if err != nil {
			return err
		}
		for _, name := range names {
			// Schema commands take no parameters; the names come from the server, quoted as identifiers.
			if _, err := query(ctx, d, fmt.Sprintf(q.drop, quoteName(name)), nil); err != nil {
				return err
			}
		}
	}

	graphs, err := strings1(ctx, d, `CALL gds.graph.list() YIELD graphName RETURN graphName`, nil)
	var neoErr *neo4jdrv.Neo4jError
	switch {
	case errors.As(err, &neoErr) && neoErr.Code == "Neo.ClientError.Procedure.ProcedureNotFound":
		// No GDS on this server (route env): nothing to drop.
	case err != nil:
		return err
	}
	for _, g := range graphs {
		if _, err := query(ctx, d, `CALL gds.graph.drop($name, false) YIELD graphName RETURN graphName`,
			map[string]any{"name": g}); err != nil {
			return err
		}
	}

	for _, q := range []string{
		`MATCH (n) RETURN count(n) AS n`,
		`SHOW CONSTRAINTS YIELD name RETURN count(name) AS n`,
		`SHOW INDEXES YIELD type WHERE type <> 'LOOKUP' RETURN count(type) AS n`,
	} {
		res, err := query(ctx, d, q, nil)
		if err != nil {
			return err
		}
		if n := res.Records[0].Values[0]; n != int64(0) {
			return fmt.Errorf("not empty after reset: %s gives %v", q, n)
		}
	}
	return nil
}

func query(ctx context.Context, d neo4jdrv.DriverWithContext, q string, params map[string]any) (*neo4jdrv.EagerResult, error) {
	res, err := neo4jdrv.ExecuteQuery(ctx, d, q, params, neo4jdrv.EagerResultTransformer,
		neo4jdrv.ExecuteQueryWithDatabase("neo4j"))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", strings.Fields(q)[0]+" "+strings.Fields(q)[1], err)
	}
	return res, nil
}

// strings1 runs q and returns its first column as strings.
func strings1(ctx context.Context, d neo4jdrv.DriverWithContext, q string, params map[string]any) ([]string, error) {
	res, err := query(ctx, d, q, params)
	if err != nil {
		return nil, err
	}
	out := make([]string, 0, len(res.Records))
	for _, r := range res.Records {
		s, ok := r.Values[0].(string)
		if !ok {
			return nil, fmt.Errorf("%s: column %s is %T, not a string", q, r.Keys[0], r.Values[0])
		}
		out = append(out, s)
	}
	return out, nil
}

// quoteName quotes a name as a Cypher identifier.
func quoteName(name string) string {
	return "`" + strings.ReplaceAll(name, "`", "``") + "`"
}
