package graph_test

import (
	"encoding/json"
	"math"
	"os"
	"testing"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/graph"
)

// brokerReferenceFile holds networkx's values of the broker measures on the real
// datasets, written by testdata/gen_brokerage_networkx.py.
const brokerReferenceFile = "testdata/networkx_brokerage.json"

type brokerReference struct {
	Libraries map[string]string            `json:"libraries"`
	Graphs    map[string]brokerGraphRef    `json:"graphs"`
	Phases    map[string]phaseCentralities `json:"caviar_phase_centralization"`
}

type brokerGraphRef struct {
	Source             string              `json:"source"`
	Directed           bool                `json:"directed"`
	Weighted           bool                `json:"weighted"`
	WeightAs           ringleader.WeightAs `json:"weight_as"`
	N                  int                 `json:"n"`
	M                  int                 `json:"m"`
	Constraint         map[string]*float64 `json:"constraint"`
	EffectiveSize      map[string]*float64 `json:"effective_size"`
	ArticulationPoints []string            `json:"articulation_points"`
	Bridges            [][2]string         `json:"bridges"`
	Fragmentation      []struct {
		Removed []string `json:"removed"`
		F       float64  `json:"F"`
		DF      float64  `json:"DF"`
	} `json:"fragmentation"`
}

type phaseCentralities struct {
	N           int     `json:"n"`
	M           int     `json:"m"`
	InDegree    float64 `json:"in_degree"`
	OutDegree   float64 `json:"out_degree"`
	Degree      float64 `json:"degree"`
	Betweenness float64 `json:"betweenness"`
}

func loadBrokerReference(t *testing.T) *brokerReference {
	t.Helper()
	data, err := os.ReadFile(brokerReferenceFile)
	if err != nil {
		t.Fatalf("read reference: %v", err)
	}
	var ref brokerReference
	if err := json.Unmarshal(data, &ref); err != nil {
		t.Fatalf("parse reference: %v", err)
	}
	if len(ref.Graphs) != 8 || len(ref.Phases) != 11 {
		t.Fatalf("reference holds %d graphs and %d phases, want 8 and 11", len(ref.Graphs), len(ref.Phases))
	}
	return &ref
}

// projectBrokerReference projects the dataset of a reference graph as Ringleader does.
func projectBrokerReference(t *testing.T, gr brokerGraphRef) *graph.Graph {
	t.Helper()
	g := projectReference(t, nxGraphRef{Source: gr.Source, Directed: gr.Directed, Weighted: gr.Weighted, WeightAs: gr.WeightAs})
	if g.N() != gr.N || g.M() != gr.M {
		t.Fatalf("n, m = %d, %d; networkx %d, %d", g.N(), g.M(), gr.N, gr.M)
	}
	return g
}

// compareNodeValues checks got (by node index) against networkx's values by id; a
// null in the reference (an isolated node) must be NaN here.
func compareNodeValues(t *testing.T, g *graph.Graph, what string, got []float64, want map[string]*float64, tol float64) {
	t.Helper()
	if len(want) != g.N() {
		t.Fatalf("%s: reference has %d nodes, graph %d", what, len(want), g.N())
	}
	worst, at := 0.0, ""
	for i, v := range got {
		id := g.NodeID(i)
		w, ok := want[id]
		if !ok {
			t.Fatalf("%s: node %s missing from the reference", what, id)
		}
		if w == nil {
			if !math.IsNaN(v) {
				t.Errorf("%s(%s) = %g, networkx: undefined (isolated)", what, id, v)
			}
			continue
		}
		if d := math.Abs(v - *w); d > worst || math.IsNaN(d) {
			worst, at = d, id
		}
	}
	if worst > tol || math.IsNaN(worst) {
		t.Errorf("%s differs from networkx by %.3g at %s (tolerance %g)", what, worst, at, tol)
	}
	t.Logf("%s: largest difference from networkx %.2g", what, worst)
}

func TestStructuralHolesAgainstNetworkx(t *testing.T) {
	ref := loadBrokerReference(t)
	t.Logf("networkx %s", ref.Libraries["networkx"])
	for name, gr := range ref.Graphs {
		t.Run(name, func(t *testing.T) {
			g := projectBrokerReference(t, gr)
			compareNodeValues(t, g, "constraint", graph.Constraint(g), gr.Constraint, 1e-9)
			compareNodeValues(t, g, "effective size", graph.EffectiveSize(g), gr.EffectiveSize, 1e-9)
		})
	}
}

func TestStructuralHolesSmall(t *testing.T) {
	tests := []struct {
		name       string
		g          *graph.Graph
		constraint []float64
		effective  []float64
	}{
		// A star: the centre's contacts are unconnected (constraint 1/k, effective size
		// k); each leaf depends on one contact (constraint 1, effective size 1).
		{"star", tiny(t, "c-a", "c-b", "c-d", "c-e"),
			[]float64{0.25, 1, 1, 1, 1}, []float64{4, 1, 1, 1, 1}},
		// A triangle: each contact is also reached through the other,
		// (1/2 + 1/2·1/2)² twice = 9/8; redundancy 1/2 per contact: 2 − 1 = 1.
		{"triangle", tiny(t, "a-b", "b-c", "a-c"),
			[]float64{1.125, 1.125, 1.125}, []float64{1, 1, 1}},
		// A weighted path a–b–c with weights 3 and 1: b gives p = 3/4 and 1/4 to its
		// contacts, constraint 9/16 + 1/16; no redundancy, effective size 2.
		{"weighted path", tiny(t, "a-b:3", "b-c:1"),
			[]float64{1, 0.625, 1}, []float64{1, 2, 1}},
		// A weighted triangle a–b:2, b–c:1, a–c:1. Mutual weights are twice the edge
		// weights. For a: p(a,b) = 2/3, p(a,c) = 1/3, p(b,c) = 1/3, p(c,b) = 1/2.
		// c(a) = (2/3 + 1/3·1/2)² + (1/3 + 2/3·1/3)² = 25/36 + 25/81, b alike;
		// c(c) = 2·(1/2 + 1/2·2/3)² = 25/18.
		// e(a) = Σ_u (1 − Σ_w p(a,w)·m(u,w)): u = b: m(b,c) = 1/2 → 1 − 1/3·1/2;
		// u = c: m(c,b) = 1 → 1 − 2/3. Total 5/6 + 1/3 = 7/6, b alike; e(c) = 1/2 + 1/2.
		{"weighted triangle", tiny(t, "a-b:2", "b-c:1", "a-c:1"),
			[]float64{25.0/36 + 25.0/81, 25.0/36 + 25.0/81, 25.0 / 18}, []float64{7.0 / 6, 7.0 / 6, 1}},
		// A directed pair a→b plus b–c both ways: a's only contact is b; b has a (mutual
		// 1) and c (mutual 2): p = 1/3, 2/3, so constraint 1/9 + 4/9 and no redundancy.
		{"directed", tiny(t, "a>b", "b>c", "c>b"),
			[]float64{1, 5.0 / 9, 1}, []float64{1, 2, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if c := graph.Constraint(tt.g); !near(c, tt.constraint, 1e-12) {
				t.Errorf("Constraint = %v, want %v", c, tt.constraint)
			}
			if e := graph.EffectiveSize(tt.g); !near(e, tt.effective, 1e-12) {
				t.Errorf("EffectiveSize = %v, want %v", e, tt.effective)
			}
		})
	}
	g := tiny(t, "a-b", "c")
	if c, e := graph.Constraint(g), graph.EffectiveSize(g); !math.IsNaN(c[2]) || !math.IsNaN(e[2]) {
		t.Errorf("isolated node: constraint %g, effective size %g; want NaN (undefined, as in networkx)", c[2], e[2])
	}
}

func BenchmarkStructuralHoles(b *testing.B) {
	for _, weighted := range []bool{false, true} {
		name := map[bool]string{false: "unweighted", true: "weighted"}[weighted]
		g := syntheticGraph(b, benchNodes, weighted)
		b.Run("constraint_"+name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				graph.Constraint(g)
			}
		})
		b.Run("effective_size_"+name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				graph.EffectiveSize(g)
			}
		})
	}
}
