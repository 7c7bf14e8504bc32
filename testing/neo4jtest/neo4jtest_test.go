package neo4jtest_test

import (
	"context"
	"errors"
	"io"
	"math"
	"net/http"
	"os"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/ringleader/ringleader/testing/neo4jtest"
)

func TestMain(m *testing.M) { neo4jtest.Main(m) }

// TestVersionMatchesPom keeps the Go constant and the distribution's pom in step.
func TestVersionMatchesPom(t *testing.T) {
	b, err := os.ReadFile("../neo4j/pom.xml")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`<neo4j.version>([^<]+)</neo4j.version>`).FindSubmatch(b)
	if m == nil {
		t.Fatal("no <neo4j.version> in testing/neo4j/pom.xml")
	}
	if got := string(m[1]); got != neo4jtest.Version {
		t.Errorf("pom.xml pins Neo4j %s, neo4jtest.Version is %s", got, neo4jtest.Version)
	}
}

func TestServer(t *testing.T) {
	s := neo4jtest.Start(t)
	t.Logf("route=%s uri=%s http=%s", s.Route, s.URI, s.HTTPURL)
	if want := os.Getenv("RINGLEADER_NEO4J_EXPECT_ROUTE"); want != "" && s.Route != want {
		t.Fatalf("route = %s, RINGLEADER_NEO4J_EXPECT_ROUTE = %s", s.Route, want)
	}
	d := s.Driver(t)
	ctx := context.Background()

	tests := []struct {
		name  string
		query string
		check func(t *testing.T, rows []*neo4jdrv.Record)
	}{
		{"return 1", `RETURN 1 AS one`, func(t *testing.T, rows []*neo4jdrv.Record) {
			if got := rows[0].Values[0]; got != int64(1) {
				t.Errorf("RETURN 1 gave %v (%T)", got, got)
			}
		}},
		{"community kernel version", `CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition`,
			func(t *testing.T, rows []*neo4jdrv.Record) {
				if len(rows) != 1 {
					t.Fatalf("dbms.components() gave %d rows, want 1", len(rows))
				}
				name, versions, edition := rows[0].Values[0], rows[0].Values[1], rows[0].Values[2]
				if name != "Neo4j Kernel" || edition != "community" {
					t.Errorf("component %v, edition %v; want Neo4j Kernel, community", name, edition)
				}
				if vs, ok := versions.([]any); !ok || len(vs) != 1 || vs[0] != neo4jtest.Version {
					t.Errorf("versions %v, want [%s]", versions, neo4jtest.Version)
				}
			}},
		{"apoc loaded", `RETURN apoc.version() AS v, apoc.coll.sum([1, 2, 3.5]) AS sum`, func(t *testing.T, rows []*neo4jdrv.Record) {
			if v, _ := rows[0].Values[0].(string); !strings.HasPrefix(v, "5.26.") {
				t.Errorf("apoc.version() = %v, want 5.26.x", rows[0].Values[0])
			}
			if sum := rows[0].Values[1]; sum != 6.5 {
				t.Errorf("apoc.coll.sum([1, 2, 3.5]) = %v, want 6.5", sum)
			}
		}},
		{"gds loaded", `RETURN gds.version() AS v`, func(t *testing.T, rows []*neo4jdrv.Record) {
			if v, _ := rows[0].Values[0].(string); !strings.HasPrefix(v, "2.13.") {
				t.Errorf("gds.version() = %v, want 2.13.x", rows[0].Values[0])
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := neo4jdrv.ExecuteQuery(ctx, d, tt.query, nil, neo4jdrv.EagerResultTransformer,
				neo4jdrv.ExecuteQueryWithDatabase("neo4j"))
			if err != nil {
				t.Fatalf("%s: %v", tt.query, err)
			}
			if len(res.Records) == 0 {
				t.Fatalf("%s: no rows", tt.query)
			}
			tt.check(t, res.Records)
		})
	}

	t.Run("wrong password refused", func(t *testing.T) {
		bad, err := neo4jdrv.NewDriverWithContext(s.URI, neo4jdrv.BasicAuth(s.User, s.Password+"-wrong", ""))
		if err != nil {
			t.Fatal(err)
		}
		defer bad.Close(ctx)
		err = bad.VerifyConnectivity(ctx)
		var neoErr *neo4jdrv.Neo4jError
		if !errors.As(err, &neoErr) || neoErr.Code != "Neo.ClientError.Security.Unauthorized" {
			t.Errorf("wrong password: err = %v, want Neo.ClientError.Security.Unauthorized", err)
		}
	})

	t.Run("browser served", func(t *testing.T) {
		client := &http.Client{Timeout: 30 * time.Second}
		resp, err := client.Get(s.HTTPURL + "/browser/")
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, err := io.ReadAll(resp.Body)
		if err != nil {
			t.Fatal(err)
		}
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("GET /browser/: %s", resp.Status)
		}
		if !strings.Contains(string(body), "Neo4j Browser") {
			t.Errorf("GET /browser/ is not Neo4j Browser's page: %.200q", body)
		}
	})
}

// TestGDSPageRank runs an algorithm, not only gds.version(): procedures that need GDS's injected components fail
// only when called. On a directed 3-cycle every node's unnormalised PageRank is the fixed point of
// s = (1 - d) + d*s, that is 1, whatever the damping d.
func TestGDSPageRank(t *testing.T) {
	s := neo4jtest.Start(t)
	s.Reset(t)
	d := s.Driver(t)
	ctx := context.Background()
	// Two transactions: a projection reads committed data only.
	if _, err := neo4jdrv.ExecuteQuery(ctx, d,
		`CREATE (a:Ring {id: 'a'})-[:PAYS]->(b:Ring {id: 'b'})-[:PAYS]->(c:Ring {id: 'c'})-[:PAYS]->(a)`, nil,
		neo4jdrv.EagerResultTransformer, neo4jdrv.ExecuteQueryWithDatabase("neo4j")); err != nil {
		t.Fatal(err)
	}
	const q = `CALL gds.graph.project('ring', 'Ring', 'PAYS') YIELD nodeCount
		CALL gds.pageRank.stream('ring', {maxIterations: 200, tolerance: 1e-10})
		YIELD nodeId, score
		RETURN gds.util.asNode(nodeId).id AS id, score ORDER BY id`
	res, err := neo4jdrv.ExecuteQuery(ctx, d, q, nil, neo4jdrv.EagerResultTransformer,
		neo4jdrv.ExecuteQueryWithDatabase("neo4j"))
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Records) != 3 {
		t.Fatalf("pageRank.stream gave %d rows, want 3", len(res.Records))
	}
	for _, r := range res.Records {
		score, _ := r.Values[1].(float64)
		if math.Abs(score-1) > 1e-6 {
			t.Errorf("PageRank of %v = %v, want 1", r.Values[0], r.Values[1])
		}
	}
	s.Reset(t) // also drops the projected graph
	res, err = neo4jdrv.ExecuteQuery(ctx, d, `CALL gds.graph.list() YIELD graphName RETURN count(*) AS n`, nil,
		neo4jdrv.EagerResultTransformer, neo4jdrv.ExecuteQueryWithDatabase("neo4j"))
	if err != nil {
		t.Fatal(err)
	}
	if n := res.Records[0].Values[0]; n != int64(0) {
		t.Errorf("%v GDS graphs left after Reset, want 0", n)
	}
}

func TestReset(t *testing.T) {
	s := neo4jtest.Start(t)
	d := s.Driver(t)
	ctx := context.Background()
	for _, q := range []string{
		`CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE`,
		`CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)`,
		`UNWIND range(1, 2500) AS i CREATE (:Entity {id: i, name: 'e' + i})-[:LINKS]->(:Other)`,
	} {
		if _, err := neo4jdrv.ExecuteQuery(ctx, d, q, nil, neo4jdrv.EagerResultTransformer,
			neo4jdrv.ExecuteQueryWithDatabase("neo4j")); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	s.Reset(t)
	tests := []struct {
		name  string
		query string
	}{
		{"nodes", `MATCH (n) RETURN count(n)`},
		{"relationships", `MATCH ()-[r]->() RETURN count(r)`},
		{"constraints", `SHOW CONSTRAINTS YIELD name RETURN count(name)`},
		{"indexes but lookups", `SHOW INDEXES YIELD type WHERE type <> 'LOOKUP' RETURN count(type)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := neo4jdrv.ExecuteQuery(ctx, d, tt.query, nil, neo4jdrv.EagerResultTransformer,
				neo4jdrv.ExecuteQueryWithDatabase("neo4j"))
			if err != nil {
				t.Fatal(err)
			}
			if n := res.Records[0].Values[0]; n != int64(0) {
				t.Errorf("%s after Reset = %v, want 0", tt.name, n)
			}
		})
	}
}

// TestStartShared checks the one-server-per-binary contract under concurrent callers.
func TestStartShared(t *testing.T) {
	first := neo4jtest.Start(t)
	var mu sync.Mutex
	t.Run("group", func(t *testing.T) {
		for _, name := range []string{"a", "b", "c", "d"} {
			t.Run(name, func(t *testing.T) {
				t.Parallel()
				s := neo4jtest.Start(t)
				mu.Lock()
				defer mu.Unlock()
				if s != first {
					t.Errorf("Start returned %p, the first call %p: want one server per test binary", s, first)
				}
			})
		}
	})
}
