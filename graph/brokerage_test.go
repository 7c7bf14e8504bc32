package graph_test

import (
	"fmt"
	"math"
	"testing"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/graph"
)

func TestBrokerageKnownRoles(t *testing.T) {
	// Each graph has one brokered two-path through b (node 1), whose role the groups
	// of a, b and c decide; node order is a, b, c.
	tests := []struct {
		name   string
		g      *graph.Graph
		groups []int
		want   graph.BrokerageRoles
		others graph.BrokerageRoles // what a and c broker
	}{
		{"coordinator", tiny(t, "a>b", "b>c"), []int{0, 0, 0}, graph.BrokerageRoles{Coordinator: 1, Total: 1}, graph.BrokerageRoles{}},
		{"consultant", tiny(t, "a>b", "b>c"), []int{0, 1, 0}, graph.BrokerageRoles{Consultant: 1, Total: 1}, graph.BrokerageRoles{}},
		{"gatekeeper", tiny(t, "a>b", "b>c"), []int{0, 1, 1}, graph.BrokerageRoles{Gatekeeper: 1, Total: 1}, graph.BrokerageRoles{}},
		{"representative", tiny(t, "a>b", "b>c"), []int{0, 0, 1}, graph.BrokerageRoles{Representative: 1, Total: 1}, graph.BrokerageRoles{}},
		{"liaison", tiny(t, "a>b", "b>c"), []int{0, 1, 2}, graph.BrokerageRoles{Liaison: 1, Total: 1}, graph.BrokerageRoles{}},
		// a can reach c directly: nobody is needed.
		{"closed triad", tiny(t, "a>b", "b>c", "a>c"), []int{0, 0, 0}, graph.BrokerageRoles{}, graph.BrokerageRoles{}},
		// c can reach a, but a still needs b to reach c: in the cycle a→b→c→a each node
		// brokers for the next two.
		{"directed cycle", tiny(t, "a>b", "b>c", "c>a"), []int{0, 0, 0},
			graph.BrokerageRoles{Coordinator: 1, Total: 1}, graph.BrokerageRoles{Coordinator: 1, Total: 1}},
		// Undirected: b brokers a→c and c→a, a gatekeeper one way and a representative
		// the other.
		{"undirected", tiny(t, "a-b", "b-c"), []int{0, 1, 1}, graph.BrokerageRoles{Gatekeeper: 1, Representative: 1, Total: 2}, graph.BrokerageRoles{}},
		// Mutual arcs a⇄b⇄c: both directions are brokered.
		{"mutual", tiny(t, "a>b", "b>a", "b>c", "c>b"), []int{0, 1, 2}, graph.BrokerageRoles{Liaison: 2, Total: 2}, graph.BrokerageRoles{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := graph.Brokerage(tt.g, tt.groups)
			if err != nil {
				t.Fatal(err)
			}
			if res.Raw[1] != tt.want {
				t.Errorf("b: %+v, want %+v", res.Raw[1], tt.want)
			}
			for _, v := range []int{0, 2} {
				if res.Raw[v] != tt.others {
					t.Errorf("node %d brokers %+v, want %+v", v, res.Raw[v], tt.others)
				}
			}
		})
	}
}

// TestBrokerageExpected checks expected values and normalisation on a directed star
// a→hub→{c,d,e}: 4 arcs on 5 nodes, density 4/20, groups {a, hub} and {c, d, e}.
func TestBrokerageExpected(t *testing.T) {
	g := tiny(t, "a>h", "h>c", "h>d", "h>e")
	res, err := graph.Brokerage(g, []int{0, 0, 1, 1, 1})
	if err != nil {
		t.Fatal(err)
	}
	d := 4.0 / 20
	s := d * d * (1 - d)
	if math.Abs(res.Density-d) > 1e-15 {
		t.Errorf("density %g, want %g", res.Density, d)
	}
	// The hub represents its group to c, d and e: three two-paths a→h→x.
	if want := (graph.BrokerageRoles{Representative: 3, Total: 3}); res.Raw[1] != want {
		t.Errorf("hub: %+v, want %+v", res.Raw[1], want)
	}
	// For a broker of group 0 (size 2) among 5: ordered pairs (a, c) by role:
	// coordinator (2−1)(2−2) = 0, consultant 3·2 = 6, gatekeeper and representative
	// (5−2)(2−1) = 3, liaison (5−2)² − 3² = 0; all 4·3 = 12.
	want := graph.BrokerageRoles{Consultant: 6 * s, Gatekeeper: 3 * s, Representative: 3 * s, Total: 12 * s}
	if e := res.Expected[1]; !closeRoles(e, want, 1e-15) {
		t.Errorf("expected for the hub: %+v, want %+v", e, want)
	}
	if got, want := res.Normalized[1].Representative, 3/(3*s); math.Abs(got-want) > 1e-9 {
		t.Errorf("normalised representative %g, want %g", got, want)
	}
	if got, want := res.Normalized[1].Total, 3/(12*s); math.Abs(got-want) > 1e-9 {
		t.Errorf("normalised total %g, want %g", got, want)
	}
	if res.Normalized[1].Coordinator != 0 {
		t.Errorf("normalised coordinator %g with expected 0, want 0", res.Normalized[1].Coordinator)
	}
}

func TestBrokerageInvalid(t *testing.T) {
	_, err := graph.Brokerage(tiny(t, "a-b"), []int{0})
	if !isInputError(err) {
		t.Errorf("error %v, want an *InputError", err)
	}
}

// naiveBrokerage is a second implementation, straight from the definition: every
// ordered triple of distinct nodes (a, b, c) with a→b, b→c and no a→c, and, for the
// expected values, the ordered pairs (a, c) each broker could mediate, by role, times
// d²(1−d).
func naiveBrokerage(g *graph.Graph, group []int) (raw, expected []graph.BrokerageRoles) {
	n := g.N()
	arc := make([][]bool, n)
	for i := range arc {
		arc[i] = make([]bool, n)
		out, _ := g.Out(i)
		for _, j := range out {
			arc[i][j] = true
		}
	}
	role := func(r *graph.BrokerageRoles, a, b, c int, add float64) {
		ga, gb, gc := group[a], group[b], group[c]
		switch {
		case ga == gb && gb == gc:
			r.Coordinator += add
		case ga == gc && ga != gb:
			r.Consultant += add
		case ga != gb && gb == gc:
			r.Gatekeeper += add
		case ga == gb && gb != gc:
			r.Representative += add
		default:
			r.Liaison += add
		}
		r.Total += add
	}
	arcs := 0
	for i := range n {
		for j := range n {
			if arc[i][j] {
				arcs++
			}
		}
	}
	d := float64(arcs) / float64(n*(n-1))
	raw = make([]graph.BrokerageRoles, n)
	expected = make([]graph.BrokerageRoles, n)
	for b := range n {
		for a := range n {
			for c := range n {
				if a == b || b == c || a == c {
					continue
				}
				role(&expected[b], a, b, c, d*d*(1-d))
				if arc[a][b] && arc[b][c] && !arc[a][c] {
					role(&raw[b], a, b, c, 1)
				}
			}
		}
	}
	return raw, expected
}

func closeRoles(a, b graph.BrokerageRoles, tol float64) bool {
	x := []float64{a.Coordinator, a.Consultant, a.Gatekeeper, a.Representative, a.Liaison, a.Total}
	y := []float64{b.Coordinator, b.Consultant, b.Gatekeeper, b.Representative, b.Liaison, b.Total}
	for i := range x {
		if math.Abs(x[i]-y[i]) > tol*max(1, math.Abs(y[i])) {
			return false
		}
	}
	return true
}

// TestBrokerageAgainstNaive compares Brokerage with naiveBrokerage on random graphs,
// directed and not, and on CAVIAR partitioned by its Louvain communities.
func TestBrokerageAgainstNaive(t *testing.T) {
	type instance struct {
		name   string
		g      *graph.Graph
		groups []int
	}
	var cases []instance
	for i, directed := range []bool{true, false, true} {
		g := randomGraph(t, 60, 150+60*i, directed, uint64(20+i))
		groups := make([]int, g.N())
		for v := range groups {
			groups[v] = (v * 7) % (3 + i) // 3, 4 and 5 groups of uneven make-up
		}
		cases = append(cases, instance{"random " + map[bool]string{true: "directed", false: "undirected"}[directed], g, groups})
	}
	ref := loadBrokerReference(t)
	caviar := projectBrokerReference(t, ref.Graphs["caviar_directed_unweighted"])
	communities := make([]int, caviar.N())
	for c, members := range graph.Louvain(caviar, 1, 42).Communities {
		for _, v := range members {
			communities[v] = c
		}
	}
	cases = append(cases, instance{"caviar by community", caviar, communities})
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			res, err := graph.Brokerage(tt.g, tt.groups)
			if err != nil {
				t.Fatal(err)
			}
			raw, expected := naiveBrokerage(tt.g, tt.groups)
			var total float64
			for v := range raw {
				if res.Raw[v] != raw[v] {
					t.Fatalf("%s raw: %+v, naive %+v", tt.g.NodeID(v), res.Raw[v], raw[v])
				}
				if !closeRoles(res.Expected[v], expected[v], 1e-12) {
					t.Fatalf("%s expected: %+v, naive %+v", tt.g.NodeID(v), res.Expected[v], expected[v])
				}
				total += raw[v].Total
			}
			if total == 0 {
				t.Fatal("no brokerage at all: the comparison proves nothing")
			}
			t.Logf("%d brokered two-paths", int(total))
		})
	}
}

func BenchmarkBrokerage(b *testing.B) {
	for _, directed := range []bool{false, true} {
		var g *graph.Graph
		if directed {
			g = directedSynthetic(b, benchNodes, false)
		} else {
			g = syntheticGraph(b, benchNodes, false)
		}
		groups := make([]int, g.N())
		for c, members := range graph.Louvain(g, 1, 42).Communities {
			for _, v := range members {
				groups[v] = c
			}
		}
		b.Run(map[bool]string{false: "undirected", true: "directed"}[directed], func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := graph.Brokerage(g, groups); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func ExampleBrokerage() {
	// Calls in two cells (0 and 2) and a courier (group 1) between them.
	g := graph.Project(courierRing(), ringleader.ProjectionOptions{View: ringleader.ViewPeople, Directed: true})
	res, err := graph.Brokerage(g, []int{0, 0, 0, 1, 2, 2, 2})
	if err != nil {
		panic(err)
	}
	for _, id := range []string{"samir", "omar", "yusuf"} {
		v, _ := g.Index(id)
		r := res.Raw[v]
		fmt.Printf("%-5s coordinator %.0f, gatekeeper %.0f, representative %.0f, liaison %.0f\n",
			id, r.Coordinator, r.Gatekeeper, r.Representative, r.Liaison)
	}
	// Output:
	// samir coordinator 1, gatekeeper 0, representative 1, liaison 0
	// omar  coordinator 0, gatekeeper 0, representative 0, liaison 1
	// yusuf coordinator 1, gatekeeper 1, representative 0, liaison 0
}
