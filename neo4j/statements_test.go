package neo4j_test

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/neo4j"
	"github.com/ringleader/ringleader/queries"
)

// statementData is the small graph the statement tests run on: two people in case c1, one of them also in c2
// with an organisation, a call, a membership in no case and a payment in c2.
func statementData() *ringleader.Batch {
	return &ringleader.Batch{
		Entities: []ringleader.Entity{
			{ID: "p1", Kind: ringleader.KindPerson, Name: "Abu Khalil", Aliases: []string{"أبو خليل"}, Cases: []string{"c1"}},
			{ID: "p2", Kind: ringleader.KindPerson, Name: "Rami", Cases: []string{"c1", "c2"}},
			{ID: "o1", Kind: ringleader.KindOrganisation, Name: "Qasr Exchange", Cases: []string{"c2"}},
			{ID: "c1", Kind: ringleader.KindCase, Name: "Operation One", Cases: []string{"c1"}, Props: map[string]string{"type": "drugs"}},
		},
		Links: []ringleader.Link{
			{Type: ringleader.LinkAssociate, Subtype: "call", Source: "p1", Target: "p2", Weight: 3,
				FirstSeen: "2025-01-01", LastSeen: "2025-02-01", Cases: []string{"c1"}},
			{Type: ringleader.LinkMemberOf, Source: "p2", Target: "o1", Role: "courier"},
			{ID: "t1", Type: ringleader.LinkPaid, Source: "p1", Target: "o1", Amount: 100, Currency: "USD",
				Date: "2025-06-01", Cases: []string{"c2"}},
		},
	}
}

var callKey = (&ringleader.Link{Type: ringleader.LinkAssociate, Subtype: "call", Source: "p1", Target: "p2"}).Key()

// scopeArgs are a statement's scope parameters.
func scopeArgs(all bool, cases ...string) map[string]any {
	if cases == nil {
		cases = []string{}
	}
	return map[string]any{"all": all, "cases": cases}
}

func plus(m map[string]any, kv ...any) map[string]any {
	out := map[string]any{}
	for k, v := range m {
		out[k] = v
	}
	for i := 0; i < len(kv); i += 2 {
		out[kv[i].(string)] = kv[i+1]
	}
	return out
}

// column returns column i of every record, as text, sorted.
func column(recs []*neo4jdrv.Record, i int) []string {
	var out []string
	for _, r := range recs {
		out = append(out, fmt.Sprint(r.Values[i]))
	}
	slices.Sort(out)
	return out
}

func elementID(t *testing.T, match string) string {
	t.Helper()
	recs := cypher(t, match+` RETURN elementId(x)`, nil)
	if len(recs) != 1 {
		t.Fatalf("%s: %d matches", match, len(recs))
	}
	return recs[0].Values[0].(string)
}

// gdsName is the projection the GDS statement tests make.
const gdsName = "statements-test"

// gdsArgs are the parameters of a projection statement: every link type, no time window, weights as strengths. The
// projection is dropped when the test ends.
func gdsArgs(t *testing.T, scope map[string]any, directed bool) map[string]any {
	t.Helper()
	drop := func() error {
		// Not t.Context(): it is cancelled before cleanups run.
		_, err := neo4jdrv.ExecuteQuery(context.Background(), server(t).Driver(t), queries.Get("gds-drop"),
			map[string]any{"graph": gdsName}, neo4jdrv.EagerResultTransformer, neo4jdrv.ExecuteQueryWithDatabase("neo4j"))
		return err
	}
	if err := drop(); err != nil { // a failed run may have left it
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := drop(); err != nil {
			t.Error(err)
		}
	})
	return plus(scope, "graph", gdsName, "from", nil, "to", nil, "types", []string{}, "directed", directed, "distance", false)
}

// gdsPath projects the full view's calls and memberships undirected, the path p1 - p2 - o1 and c1 alone, and
// returns the parameters of an algorithm statement on it.
func gdsPath(t *testing.T) map[string]any {
	t.Helper()
	cypher(t, queries.Get("gds-project-full"), plus(gdsArgs(t, scopeArgs(true), false), "types", []string{"ASSOCIATE", "MEMBER_OF"}))
	return map[string]any{"graph": gdsName, "config": map[string]any{}}
}

// gdsRelationships lists the projection's relationships with their properties, as "source>target weight=w
// distance=d", sorted.
func gdsRelationships(t *testing.T) string {
	t.Helper()
	recs := cypher(t, `CALL gds.graph.relationshipProperties.stream($graph, ['weight', 'distance'])
		YIELD sourceNodeId, targetNodeId, relationshipProperty, propertyValue
		RETURN gds.util.asNode(sourceNodeId).id, gds.util.asNode(targetNodeId).id, relationshipProperty, propertyValue`,
		map[string]any{"graph": gdsName})
	props := map[string]map[string]float64{}
	for _, r := range recs {
		k := fmt.Sprint(r.Values[0], ">", r.Values[1])
		if props[k] == nil {
			props[k] = map[string]float64{}
		}
		props[k][r.Values[2].(string)] = r.Values[3].(float64)
	}
	var out []string
	for k, p := range props {
		out = append(out, fmt.Sprintf("%s weight=%.4g distance=%.4g", k, p["weight"], p["distance"]))
	}
	slices.Sort(out)
	return fmt.Sprint(out)
}

// gdsScores checks an algorithm statement's rows (id, name, kind, score) against "id=score ..." to 4 places.
func gdsScores(want string) func(t *testing.T, recs []*neo4jdrv.Record) {
	return func(t *testing.T, recs []*neo4jdrv.Record) {
		t.Helper()
		var got []string
		for _, r := range recs {
			got = append(got, fmt.Sprintf("%s=%.4g", r.Values[0], r.Values[3]))
		}
		slices.Sort(got)
		if strings.Join(got, " ") != want {
			t.Errorf("scores %s, want %s", strings.Join(got, " "), want)
		}
	}
}

// TestStatements runs every statement of package queries outside library/ on the server, straight through the
// driver, and checks its answer on statementData. TestLibrary covers library/. A statement without a case here
// fails the test.
func TestStatements(t *testing.T) {
	type check func(t *testing.T, recs []*neo4jdrv.Record)
	want := func(col int, values ...string) check {
		return func(t *testing.T, recs []*neo4jdrv.Record) {
			t.Helper()
			slices.Sort(values)
			if got := column(recs, col); !slices.Equal(got, values) {
				t.Errorf("column %d = %q, want %q", col, got, values)
			}
		}
	}
	tests := []struct {
		name   string
		params func(t *testing.T) map[string]any
		check  check
	}{
		{"meta-version", nil, want(0, "1")},
		{"meta-version ticks", func(t *testing.T) map[string]any {
			cypher(t, `CREATE (:RingleaderTick), (:RingleaderTick)`, nil)
			return nil
		}, want(0, "3")},
		{"meta-lock", nil, func(t *testing.T, recs []*neo4jdrv.Record) {
			if len(recs) != 1 || fmt.Sprint(recs[0].Values) != "[1 4]" {
				t.Errorf("meta-lock = %v, want version 1, seq 4", recs)
			}
		}},
		{"meta-lock ticks", func(t *testing.T) map[string]any {
			cypher(t, `CREATE (:RingleaderTick {seq: 9}), (:RingleaderTick)`, nil)
			return nil
		}, func(t *testing.T, recs []*neo4jdrv.Record) {
			if len(recs) != 1 || fmt.Sprint(recs[0].Values) != "[3 9]" {
				t.Errorf("meta-lock = %v, want version 3 (1 and two ticks), seq 9 (a tick's)", recs)
			}
			if got := fmt.Sprint(cypher(t, `MATCH (m:RingleaderMeta) RETURN m.version, m.seq, COUNT { (:RingleaderTick) }`, nil)[0].Values); got != "[3 9 0]" {
				t.Errorf("after meta-lock: %s, want version 3, seq 9 and the ticks folded", got)
			}
		}},
		{"meta-lock old ticks", func(t *testing.T) map[string]any {
			cypher(t, `CREATE (:RingleaderTick {seq: 2})`, nil)
			return nil
		}, func(t *testing.T, recs []*neo4jdrv.Record) {
			if len(recs) != 1 || fmt.Sprint(recs[0].Values) != "[2 4]" {
				t.Errorf("meta-lock = %v, want version 2, seq 4 (a tick's lower seq does not lower it)", recs)
			}
		}},
		{"entities-existing", func(*testing.T) map[string]any { return map[string]any{"ids": []string{"p1", "nobody", "o1"}} },
			func(t *testing.T, recs []*neo4jdrv.Record) {
				var ids []string
				for _, r := range recs {
					if eid, _ := r.Values[0].(string); eid == "" {
						t.Errorf("no element id: %v", r.Values)
					}
					ids = append(ids, r.Values[1].(map[string]any)["id"].(string))
				}
				slices.Sort(ids)
				if !slices.Equal(ids, []string{"o1", "p1"}) {
					t.Errorf("ids %v, want o1, p1", ids)
				}
			}},
		{"links-existing", func(*testing.T) map[string]any {
			return map[string]any{"keys": []string{callKey, "id:t1", "id:nope", "ASSOCIATE|call|p2|p1"}}
		}, func(t *testing.T, recs []*neo4jdrv.Record) {
			var got []string
			for _, r := range recs {
				got = append(got, fmt.Sprint(r.Values[1:4]))
			}
			slices.Sort(got)
			if want := []string{"[ASSOCIATE p1 p2]", "[PAID p1 o1]"}; !slices.Equal(got, want) {
				t.Errorf("links %v, want %v", got, want)
			}
		}},
		{"missing", func(*testing.T) map[string]any { return map[string]any{"ids": []string{"p1", "x", "c1", "p1"}} },
			func(t *testing.T, recs []*neo4jdrv.Record) {
				want(0, "c1", "p1")(t, recs)
				for _, r := range recs {
					if eid := elementID(t, fmt.Sprintf("MATCH (x:Entity {id: '%s'})", r.Values[0])); r.Values[1] != eid {
						t.Errorf("%v: element id %v, want %s", r.Values[0], r.Values[1], eid)
					}
				}
			}},
		{"entity", func(*testing.T) map[string]any { return plus(scopeArgs(false, "c2"), "id", "p2") },
			func(t *testing.T, recs []*neo4jdrv.Record) {
				if len(recs) != 1 || recs[0].Values[0].(map[string]any)["name"] != "Rami" {
					t.Errorf("entity p2 in c2 = %v", recs)
				}
			}},
		{"entity hidden", func(*testing.T) map[string]any { return plus(scopeArgs(false, "c2"), "id", "p1") }, want(0)},
		{"entities-by-id", func(*testing.T) map[string]any {
			return plus(scopeArgs(false, "c2"), "ids", []string{"p1", "p2", "o1", "x"})
		}, func(t *testing.T, recs []*neo4jdrv.Record) {
			var ids []string
			for _, r := range recs {
				ids = append(ids, r.Values[0].(map[string]any)["id"].(string))
			}
			slices.Sort(ids)
			if !slices.Equal(ids, []string{"o1", "p2"}) {
				t.Errorf("visible in c2: %v, want o1, p2", ids)
			}
		}},
		{"search", func(*testing.T) map[string]any { return plus(scopeArgs(true), "text", "ابو", "kind", nil) },
			func(t *testing.T, recs []*neo4jdrv.Record) {
				if len(recs) != 1 || fmt.Sprint(recs[0].Values) != "[p1 Abu Khalil 1]" {
					t.Errorf("search ابو = %v, want p1 with rank 1 (its alias starts so)", recs)
				}
			}},
		{"search ranks", func(*testing.T) map[string]any { return plus(scopeArgs(true), "text", "a", "kind", nil) },
			func(t *testing.T, recs []*neo4jdrv.Record) {
				got := map[string]any{}
				for _, r := range recs {
					got[r.Values[0].(string)] = r.Values[2]
				}
				// "abu khalil" starts with a; "rami", "qasr exchange", "operation one" contain it.
				if fmt.Sprint(got) != "map[c1:2 o1:2 p1:1 p2:2]" {
					t.Errorf("ranks %v", got)
				}
			}},
		{"search kind", func(*testing.T) map[string]any { return plus(scopeArgs(true), "text", "a", "kind", "Organisation") },
			want(0, "o1")},
		{"search exact", func(*testing.T) map[string]any { return plus(scopeArgs(false, "c2"), "text", "rami", "kind", nil) },
			want(2, "0")},
		{"neighbours", func(*testing.T) map[string]any { return plus(scopeArgs(true), "frontier", []string{"p1"}) },
			want(0, "o1", "p2")},
		{"neighbours scoped", func(*testing.T) map[string]any { return plus(scopeArgs(false, "c1"), "frontier", []string{"p2"}) },
			want(0, "p1")},
		{"links-among", func(*testing.T) map[string]any {
			return plus(scopeArgs(false, "c1"), "ids", []string{"p1", "p2", "o1"})
		}, func(t *testing.T, recs []*neo4jdrv.Record) {
			var got []string
			for _, r := range recs {
				m := r.Values[0].(map[string]any)
				got = append(got, fmt.Sprint(m["type"], " ", m["source"], ">", m["target"]))
			}
			slices.Sort(got)
			// The payment is in c2 only; the membership names no case and shows in every scope.
			if want := []string{"ASSOCIATE p1>p2", "MEMBER_OF p2>o1"}; !slices.Equal(got, want) {
				t.Errorf("links %v, want %v", got, want)
			}
		}},
		{"network-entities", func(*testing.T) map[string]any { return scopeArgs(false, "c1") },
			func(t *testing.T, recs []*neo4jdrv.Record) {
				var ids []string
				for _, r := range recs {
					ids = append(ids, r.Values[0].(map[string]any)["id"].(string))
				}
				if !slices.Equal(ids, []string{"p1", "p2", "c1"}) {
					t.Errorf("entities in c1 %v, want p1, p2, c1 in Seq order", ids)
				}
			}},
		{"network-links", func(*testing.T) map[string]any {
			return plus(scopeArgs(true), "from", "2025-03-01", "to", nil)
		}, func(t *testing.T, recs []*neo4jdrv.Record) {
			var got []string
			for _, r := range recs {
				got = append(got, r.Values[0].(map[string]any)["type"].(string))
			}
			slices.Sort(got)
			// The call ended on 2025-02-01; the undated membership and the June payment stay.
			if want := []string{"MEMBER_OF", "PAID"}; !slices.Equal(got, want) {
				t.Errorf("links from March 2025: %v, want %v", got, want)
			}
		}},
		{"entities-stored", func(*testing.T) map[string]any { return nil },
			func(t *testing.T, recs []*neo4jdrv.Record) {
				want := cypher(t, `MATCH (n) WHERE n:Entity RETURN count(*)`, nil)[0].Values[0]
				if len(recs) != 1 || recs[0].Values[0] != want || want == int64(0) {
					t.Errorf("entities-stored = %v, want %v", recs, want)
				}
				res, err := neo4jdrv.ExecuteQuery(t.Context(), server(t).Driver(t), "EXPLAIN "+queries.Get("entities-stored"), nil,
					neo4jdrv.EagerResultTransformer, neo4jdrv.ExecuteQueryWithDatabase("neo4j"))
				if err != nil {
					t.Fatal(err)
				}
				if op := res.Summary.Plan().Children()[0].Operator(); !strings.HasPrefix(op, "NodeCountFromCountStore") {
					t.Errorf("entities-stored plans %s, want NodeCountFromCountStore", op)
				}
			}},
		{"counts-entities", func(*testing.T) map[string]any { return scopeArgs(false, "c2") },
			func(t *testing.T, recs []*neo4jdrv.Record) {
				if got := column(recs, 0); !slices.Equal(got, []string{"Organisation", "Person"}) {
					t.Errorf("kinds %v", got)
				}
				if got := column(recs, 1); !slices.Equal(got, []string{"1", "1"}) {
					t.Errorf("counts %v", got)
				}
			}},
		{"counts-links", func(*testing.T) map[string]any { return scopeArgs(false, "c2") },
			func(t *testing.T, recs []*neo4jdrv.Record) {
				// p1 is not in c2, so neither the call nor the payment shows; the membership does.
				if len(recs) != 1 || fmt.Sprint(recs[0].Values) != "[MEMBER_OF 1]" {
					t.Errorf("counts %v, want MEMBER_OF 1", recs)
				}
			}},
		{"shortest-paths", func(*testing.T) map[string]any {
			return plus(scopeArgs(true), "from", "p1", "to", "o1", "max_hops", 3)
		}, func(t *testing.T, recs []*neo4jdrv.Record) {
			got := column(recs, 0)
			if want := []string{"[p1 o1]", "[p1 p2 o1]"}; !slices.Equal(got, want) {
				t.Errorf("paths %v, want %v", got, want)
			}
		}},
		{"shortest-paths scoped", func(*testing.T) map[string]any {
			return plus(scopeArgs(false, "c1", "c2"), "from", "p1", "to", "o1", "max_hops", 1)
		}, want(0, "[p1 o1]")},

		{"gds-project-people", func(t *testing.T) map[string]any { return gdsArgs(t, scopeArgs(true), true) },
			func(t *testing.T, recs []*neo4jdrv.Record) {
				// p1 and p2, tied by the call only: o1 is no person and nobody holds it, so the payment ties no one.
				if len(recs) != 1 || fmt.Sprint(recs[0].Values) != "[2 1]" {
					t.Errorf("projected %v, want 2 nodes, 1 relationship", recs)
				}
				if got := gdsRelationships(t); got != "[p1>p2 weight=3 distance=0.3333]" {
					t.Errorf("relationships %s, want the call p1>p2 of weight 3, distance 1/3", got)
				}
			}},
		{"gds-project-people scoped", func(t *testing.T) map[string]any {
			return plus(gdsArgs(t, scopeArgs(false, "c2"), false), "from", "2025-03-01")
		}, func(t *testing.T, recs []*neo4jdrv.Record) {
			// Only p2 is in c2; undirected, no relationship.
			if len(recs) != 1 || fmt.Sprint(recs[0].Values) != "[1 0]" {
				t.Errorf("projected %v, want 1 node, no relationship", recs)
			}
		}},
		{"gds-project-full", func(t *testing.T) map[string]any {
			return plus(gdsArgs(t, scopeArgs(true), true), "types", []string{"PAID", "MEMBER_OF"}, "distance", true)
		}, func(t *testing.T, recs []*neo4jdrv.Record) {
			if len(recs) != 1 || fmt.Sprint(recs[0].Values) != "[4 2]" {
				t.Errorf("projected %v, want 4 nodes, 2 relationships", recs)
			}
			if got := gdsRelationships(t); got != "[p1>o1 weight=1 distance=1 p2>o1 weight=1 distance=1]" {
				t.Errorf("relationships %s, want the payment and the membership, weight 1", got)
			}
		}},
		{"gds-drop", func(t *testing.T) map[string]any { gdsPath(t); return map[string]any{"graph": gdsName} },
			func(t *testing.T, recs []*neo4jdrv.Record) {
				if got := column(recs, 0); !slices.Equal(got, []string{gdsName}) {
					t.Errorf("dropped %v, want %s", got, gdsName)
				}
				if again := cypher(t, queries.Get("gds-drop"), map[string]any{"graph": gdsName}); len(again) != 0 {
					t.Errorf("dropping a missing graph: %v, want no row", again)
				}
			}},
		// The algorithms run on the path p1 - p2 - o1 and the isolated c1 (full view, undirected, calls and
		// memberships only).
		{"gds-degree", func(t *testing.T) map[string]any { return gdsPath(t) }, gdsScores("c1=0 o1=1 p1=1 p2=2")},
		{"gds-betweenness", func(t *testing.T) map[string]any { return gdsPath(t) },
			// GDS counts each pair of an undirected graph once: networkx's unnormalised value, half Brandes' sum.
			gdsScores("c1=0 o1=0 p1=0 p2=1")},
		{"gds-closeness", func(t *testing.T) map[string]any {
			return plus(gdsPath(t), "config", map[string]any{"useWassermanFaust": true})
		}, gdsScores("c1=0 o1=0.4444 p1=0.4444 p2=0.6667")}, // (r-1)/D · (r-1)/(n-1): p1 reaches 2 at total distance 3
		{"gds-pagerank", func(t *testing.T) map[string]any {
			return plus(gdsPath(t), "config", map[string]any{"maxIterations": 1000, "tolerance": 1e-10})
		}, // x = (1-d) + d·(rank in): an isolated node keeps 1-d = 0.15; p1 = 0.15 + 0.85·p2/2, p2 = 0.15 + 0.85·2·p1.
			gdsScores("c1=0.15 o1=0.7703 p1=0.7703 p2=1.459")},
		{"gds-louvain", func(t *testing.T) map[string]any {
			return plus(gdsPath(t), "config", map[string]any{"mutateProperty": "community"})
		}, func(t *testing.T, recs []*neo4jdrv.Record) {
			group := map[string]any{}
			for _, r := range recs {
				group[r.Values[0].(string)] = r.Values[3]
				if q, ok := r.Values[4].(float64); !ok || math.Abs(q) > 1e-12 {
					t.Errorf("modularity %v, want 0 (one community holds every edge)", r.Values[4])
				}
			}
			if len(group) != 4 || group["p1"] != group["p2"] || group["p2"] != group["o1"] || group["c1"] == group["p1"] {
				t.Errorf("communities %v, want {p1, p2, o1} and {c1}", group)
			}
		}},
		{"gds-community-ties", func(t *testing.T) map[string]any {
			args := gdsPath(t)
			cypher(t, `CALL gds.louvain.mutate($graph, {mutateProperty: 'community'})`, args)
			return map[string]any{"graph": gdsName, "property": "community"}
		}, func(t *testing.T, recs []*neo4jdrv.Record) {
			// One community holds the path; c1 has no tie and no row.
			var got []string
			for _, r := range recs {
				got = append(got, fmt.Sprint(r.Values[0], "=", r.Values[1]))
			}
			slices.Sort(got)
			if want := []string{"o1=1", "p1=1", "p2=2"}; !slices.Equal(got, want) {
				t.Errorf("ties inside communities %v, want %v", got, want)
			}
		}},
		{"gds-wcc", func(t *testing.T) map[string]any { return gdsPath(t) }, func(t *testing.T, recs []*neo4jdrv.Record) {
			group := map[string]any{}
			for _, r := range recs {
				group[r.Values[0].(string)] = r.Values[3]
			}
			if len(group) != 4 || group["p1"] != group["p2"] || group["p2"] != group["o1"] || group["c1"] == group["p1"] {
				t.Errorf("components %v, want {p1, p2, o1} and {c1}", group)
			}
		}},

		// Statements that change the graph, after the reads.
		{"schema", nil, nil},
		{"meta-advance", func(*testing.T) map[string]any { return map[string]any{"seq": 7} },
			func(t *testing.T, recs []*neo4jdrv.Record) {
				if got := fmt.Sprint(cypher(t, `MATCH (m:RingleaderMeta) RETURN m.version, m.seq`, nil)[0].Values); got != "[2 7]" {
					t.Errorf("meta after advance: %s, want version 2, seq 7", got)
				}
			}},
		{"meta-tick", func(*testing.T) map[string]any { return map[string]any{"seq": 9} }, func(t *testing.T, recs []*neo4jdrv.Record) {
			if got := fmt.Sprint(cypher(t, queries.Get("meta-version"), nil)[0].Values); got != "[2]" {
				t.Errorf("version after a tick: %s, want 2", got)
			}
			if got := fmt.Sprint(cypher(t, `MATCH (t:RingleaderTick) RETURN t.seq`, nil)[0].Values); got != "[9]" {
				t.Errorf("tick: %s, want seq 9", got)
			}
		}},
		{"entities-create", func(*testing.T) map[string]any {
			return neo4j.EntityColumns([]any{
				map[string]any{"kind": "Vehicle", "props": map[string]any{"id": "v1", "name": "ABC 123", "seq": int64(5), "colour": "red"}},
				map[string]any{"kind": "Phone", "props": map[string]any{"id": "t1", "name": "+963 11", "seq": int64(6)}}})
		}, func(t *testing.T, recs []*neo4jdrv.Record) {
			if got := labels(t, "v1"); !slices.Equal(got, []string{"Entity", "Vehicle"}) {
				t.Errorf("labels %v", got)
			}
			if p := nodeProps(t, "v1"); fmt.Sprint(p) != "map[colour:red id:v1 name:ABC 123 seq:5]" {
				t.Errorf("properties %v: want id, name, seq and colour", p)
			}
			want := fmt.Sprint([]any{[]any{int64(0), int64(1)},
				[]any{elementID(t, `MATCH (x:Entity {id: 'v1'})`), elementID(t, `MATCH (x:Entity {id: 't1'})`)}})
			if len(recs) != 1 || fmt.Sprint(recs[0].Values) != want {
				t.Errorf("entities-create = %v, want rows 0 and 1 with their element ids", recs)
			}
		}},
		{"entities-update", func(t *testing.T) map[string]any {
			eid := elementID(t, `MATCH (x:Entity {id: 'o1'})`)
			return map[string]any{"rows": []map[string]any{{"eid": eid, "old_kind": "Organisation", "kind": "Account",
				"props": map[string]any{"kind": "Account", "name": nil}}}}
		}, func(t *testing.T, recs []*neo4jdrv.Record) {
			if got := labels(t, "o1"); !slices.Equal(got, []string{"Account", "Entity"}) {
				t.Errorf("labels %v", got)
			}
			if p := nodeProps(t, "o1"); p["kind"] != "Account" || p["name"] != nil || p["seq"] != int64(3) {
				t.Errorf("properties %v: want kind Account, no name, seq kept", p)
			}
		}},
		{"links-create", func(t *testing.T) map[string]any {
			p1, p2 := elementID(t, `MATCH (x:Entity {id: 'p1'})`), elementID(t, `MATCH (x:Entity {id: 'p2'})`)
			gone := elementID(t, `CREATE (x:Entity {id: 'gone'})`)
			cypher(t, `MATCH (x:Entity {id: 'gone'}) DELETE x`, nil)
			ids := map[string]string{"p1": p1, "p2": p2, "gone": gone}
			params, err := neo4j.LinkColumns([]any{
				map[string]any{"type": "SAME_AS", "source": "p1", "target": "p2", "props": map[string]any{"key": "SAME_AS||p1|p2", "weight": 2.0, "colour": "red"}},
				map[string]any{"type": "SAME_AS", "source": "gone", "target": "p1", "props": map[string]any{"key": "SAME_AS||gone|p1"}}},
				func(id string) string { return ids[id] })
			if err != nil {
				t.Fatal(err)
			}
			return params
		}, func(t *testing.T, recs []*neo4jdrv.Record) {
			// The row whose endpoint is gone makes nothing, and the count says so.
			if len(recs) != 1 || fmt.Sprint(recs[0].Values) != "[1]" {
				t.Errorf("links-create = %v, want 1 created", recs)
			}
			got := cypher(t, `MATCH (:Entity {id: 'p1'})-[r:SAME_AS]->(:Entity {id: 'p2'}) RETURN properties(r)`, nil)
			if len(got) != 1 || fmt.Sprint(got[0].Values[0]) != "map[colour:red key:SAME_AS||p1|p2 weight:2]" {
				t.Errorf("SAME_AS links: %v, want one with its key, weight and colour", got)
			}
		}},
		{"links-update", func(t *testing.T) map[string]any {
			eid := elementID(t, `MATCH ()-[x:PAID]->()`)
			return map[string]any{"rows": []map[string]any{{"eid": eid, "props": map[string]any{"amount": 250.0, "currency": nil}}}}
		}, func(t *testing.T, recs []*neo4jdrv.Record) {
			if got := fmt.Sprint(cypher(t, `MATCH ()-[r:PAID]->() RETURN r.amount, r.currency, r.key`, nil)[0].Values); got != "[250 <nil> id:t1]" {
				t.Errorf("payment after update: %s", got)
			}
		}},
		{"links-delete", func(t *testing.T) map[string]any {
			return map[string]any{"eids": []string{elementID(t, `MATCH ()-[x:MEMBER_OF]->()`)}}
		}, func(t *testing.T, recs []*neo4jdrv.Record) {
			if n := cypher(t, `MATCH ()-[r]->() RETURN count(r)`, nil)[0].Values[0]; n != int64(2) {
				t.Errorf("%v links after deleting one of 3", n)
			}
		}},
		{"scores-write", func(*testing.T) map[string]any {
			return map[string]any{"rows": []map[string]any{{"id": "p1", "props": map[string]any{"rl_degree": 0.5}},
				{"id": "ghost", "props": map[string]any{"rl_degree": 1.0}}}}
		}, func(t *testing.T, recs []*neo4jdrv.Record) {
			if got := column(recs, 0); !slices.Equal(got, []string{"p1"}) {
				t.Errorf("written %v, want p1 only", got)
			}
			if p := nodeProps(t, "p1"); p["rl_degree"] != 0.5 {
				t.Errorf("p1.rl_degree = %v", p["rl_degree"])
			}
		}},
		{"token-create", func(*testing.T) map[string]any {
			return map[string]any{"token": map[string]any{"id": "t1", "name": "desk", "role": "viewer", "all_cases": false,
				"cases": []string{"c1"}, "salt": "s", "hash": "h", "created_at": "2026-12-01T00:00:00Z"}}
		}, func(t *testing.T, recs []*neo4jdrv.Record) {
			if got := column(recs, 0); !slices.Equal(got, []string{"t1"}) {
				t.Errorf("created %v, want t1", got)
			}
			// A second active token of the same name is refused: no row.
			again := cypher(t, queries.Get("token-create"), map[string]any{"token": map[string]any{"id": "t2", "name": "desk"}})
			if len(again) != 0 {
				t.Errorf("a second active token named desk was created")
			}
		}},
		{"token-by-id", func(t *testing.T) map[string]any {
			cypher(t, `CREATE (:RingleaderToken {id: 't1', name: 'desk', hash: 'h'})`, nil)
			return map[string]any{"id": "t1"}
		}, func(t *testing.T, recs []*neo4jdrv.Record) {
			if len(recs) != 1 || recs[0].Values[0].(map[string]any)["name"] != "desk" {
				t.Errorf("token-by-id = %v", recs)
			}
		}},
		{"tokens", func(t *testing.T) map[string]any {
			cypher(t, `CREATE (:RingleaderToken {id: 't2', name: 'b', created_at: '2026-12-02'}), (:RingleaderToken {id: 't1', name: 'a', created_at: '2026-12-01'})`, nil)
			return nil
		}, func(t *testing.T, recs []*neo4jdrv.Record) {
			if len(recs) != 2 || recs[0].Values[0].(map[string]any)["id"] != "t1" {
				t.Errorf("tokens = %v, want t1 then t2", recs)
			}
		}},
		{"token-revoke", func(t *testing.T) map[string]any {
			cypher(t, `CREATE (:RingleaderToken {id: 't1', name: 'desk'})`, nil)
			return map[string]any{"name": "desk", "at": "2026-12-01T00:00:00Z"}
		}, func(t *testing.T, recs []*neo4jdrv.Record) {
			if len(recs) != 1 || recs[0].Values[0] != int64(1) {
				t.Errorf("revoked %v, want 1", recs)
			}
			if again := cypher(t, queries.Get("token-revoke"), map[string]any{"name": "desk", "at": "x"}); again[0].Values[0] != int64(0) {
				t.Errorf("a revoked token was revoked again")
			}
		}},
		{"audit-append", func(*testing.T) map[string]any {
			return map[string]any{"record": map[string]any{"time": "2026-12-01T00:00:00Z", "token": "desk", "status": int64(200)}}
		}, func(t *testing.T, recs []*neo4jdrv.Record) {
			if n := cypher(t, `MATCH (a:RingleaderAudit {token: 'desk'}) RETURN count(a)`, nil)[0].Values[0]; n != int64(1) {
				t.Errorf("%v audit records, want 1", n)
			}
		}},
		{"audit", func(t *testing.T) map[string]any {
			cypher(t, `CREATE (:RingleaderAudit {time: '2026-12-01T01:00:00Z', request_id: 'b', token: 'desk'}),
				(:RingleaderAudit {time: '2026-12-01T00:00:00Z', request_id: 'a', token: 'desk'}),
				(:RingleaderAudit {time: '2026-12-01T02:00:00Z', request_id: 'c', token: 'other'})`, nil)
			return map[string]any{"token": "desk", "limited": false, "within": []string{}, "limit": int64(10)}
		}, func(t *testing.T, recs []*neo4jdrv.Record) {
			if len(recs) != 2 || recs[0].Values[0].(map[string]any)["request_id"] != "b" {
				t.Errorf("audit = %v, want b then a", recs)
			}
		}},
		{"audit within a compartment", func(t *testing.T) map[string]any {
			cypher(t, `CREATE (:RingleaderAudit {time: '1', request_id: 'all', token: 'chief', auth: 'token', all_cases: true}),
				(:RingleaderAudit {time: '2', request_id: 'in', token: 'desk', auth: 'token', all_cases: false, cases: ['c1']}),
				(:RingleaderAudit {time: '3', request_id: 'wider', token: 'two', auth: 'token', all_cases: false, cases: ['c1', 'c2']}),
				(:RingleaderAudit {time: '4', request_id: 'bad', token: '', auth: 'invalid'}),
				(:RingleaderAudit {time: '5', request_id: 'old', token: 'desk'})`, nil)
			return map[string]any{"token": "", "limited": true, "within": []string{"c1"}, "limit": int64(10)}
		}, func(t *testing.T, recs []*neo4jdrv.Record) {
			if len(recs) != 1 || recs[0].Values[0].(map[string]any)["request_id"] != "in" {
				t.Errorf("audit within c1 = %v, want only the request made inside it", recs)
			}
		}},
		{"chart-save", func(t *testing.T) map[string]any {
			return map[string]any{"chart": map[string]any{"id": "ch_1", "name": "Homs", "created_at": "2026-12-01T00:00:00Z",
				"created_by": "desk", "all_cases": false, "cases": []string{"c1"}, "entities": []string{"p1"}, "state": `{"entities":["p1"]}`}}
		}, func(t *testing.T, recs []*neo4jdrv.Record) {
			got := cypher(t, `MATCH (c:RingleaderChart {id: 'ch_1'}) RETURN c.name, c.entities, labels(c)`, nil)
			if len(got) != 1 || got[0].Values[0] != "Homs" || len(got[0].Values[2].([]any)) != 1 {
				t.Errorf("saved chart: %v", got)
			}
		}},
		{"chart", func(t *testing.T) map[string]any {
			cypher(t, `CREATE (:RingleaderChart {id: 'ch_1', name: 'Homs', state: '{}', entities: ['p1']})`, nil)
			return map[string]any{"id": "ch_1"}
		}, func(t *testing.T, recs []*neo4jdrv.Record) {
			if len(recs) != 1 || recs[0].Values[0].(map[string]any)["state"] != "{}" {
				t.Errorf("chart = %v", recs)
			}
		}},
		{"charts", func(t *testing.T) map[string]any {
			cypher(t, `CREATE (:RingleaderChart {id: 'ch_1', created_at: '2026-12-01', state: '{}'}),
				(:RingleaderChart {id: 'ch_2', created_at: '2026-12-02', state: '{}'})`, nil)
			return nil
		}, func(t *testing.T, recs []*neo4jdrv.Record) {
			if len(recs) != 2 || recs[0].Values[0].(map[string]any)["id"] != "ch_2" || recs[0].Values[0].(map[string]any)["state"] != nil {
				t.Errorf("charts = %v, want ch_2 then ch_1 without state", recs)
			}
		}},
		{"scores-clear", func(t *testing.T) map[string]any {
			cypher(t, `MATCH (n:Entity) WHERE n.id IN ['p1', 'p2'] SET n.rl_degree = 1.0`, nil)
			return map[string]any{"property": "rl_degree", "clear": map[string]any{"rl_degree": nil}}
		}, func(t *testing.T, recs []*neo4jdrv.Record) {
			if len(recs) != 1 || recs[0].Values[0] != int64(2) {
				t.Errorf("cleared %v, want 2", recs)
			}
			if n := cypher(t, `MATCH (n) WHERE n.rl_degree IS NOT NULL RETURN count(n)`, nil)[0].Values[0]; n != int64(0) {
				t.Errorf("%v entities keep rl_degree", n)
			}
		}},
	}

	covered := map[string]bool{}
	for _, tt := range tests {
		covered[strings.Fields(tt.name)[0]] = true
	}
	for _, name := range queries.Names() {
		if !covered[name] && !strings.HasPrefix(name, "library/") {
			t.Errorf("statement %s has no test here", name)
		}
	}

	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := mustOpen(t)
			write(t, s, statementData())
			name := strings.Fields(tt.name)[0]
			if name == "schema" {
				// Idempotent: every statement runs again on the schema Open applied.
				for _, stmt := range queries.Split(queries.Get("schema")) {
					cypher(t, stmt, nil)
				}
				return
			}
			var params map[string]any
			if tt.params != nil {
				params = tt.params(t)
			}
			recs := cypher(t, queries.Get(name), params)
			tt.check(t, recs)
		})
	}
}
