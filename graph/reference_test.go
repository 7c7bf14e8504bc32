package graph_test

import (
	"context"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/graph"
	"github.com/ringleader/ringleader/testing/fixtures"
)

// referenceFile holds networkx's values for the real datasets, written by
// testdata/reference/gen_networkx.py.
const referenceFile = "../testdata/reference/networkx.json"

type nxReference struct {
	Libraries map[string]string     `json:"libraries"`
	Graphs    map[string]nxGraphRef `json:"graphs"`
}

type nxGraphRef struct {
	Source   string                     `json:"source"`
	Directed bool                       `json:"directed"`
	Weighted bool                       `json:"weighted"`
	WeightAs ringleader.WeightAs        `json:"weight_as"`
	N        int                        `json:"n"`
	M        int                        `json:"m"`
	Nodes    []string                   `json:"nodes"`
	Measures map[string]json.RawMessage `json:"measures"`
	Louvain  struct {
		Q         float64    `json:"Q"`
		Partition [][]string `json:"partition"`
	} `json:"louvain"`
}

func loadReference(t *testing.T) *nxReference {
	t.Helper()
	data, err := os.ReadFile(referenceFile)
	if err != nil {
		t.Fatalf("read reference: %v", err)
	}
	var ref nxReference
	if err := json.Unmarshal(data, &ref); err != nil {
		t.Fatalf("parse reference: %v", err)
	}
	if len(ref.Graphs) != 8 {
		t.Fatalf("reference holds %d graphs, want 8", len(ref.Graphs))
	}
	return &ref
}

// projectReference loads the dataset of a reference graph the way Ringleader does and
// projects it with the reference's options.
func projectReference(t *testing.T, ref nxGraphRef) *graph.Graph {
	t.Helper()
	path := filepath.Join("..", ref.Source)
	var net *ringleader.Network
	var err error
	if strings.Contains(ref.Source, "caviar") {
		net, err = fixtures.CaviarNetwork(path)
	} else {
		net, err = fixtures.MontagnaNetwork(path)
	}
	if err != nil {
		t.Fatal(err)
	}
	opt := ringleader.ProjectionOptions{Directed: ref.Directed, Weighted: ref.Weighted, WeightAs: ref.WeightAs}
	if err := opt.Normalize(); err != nil {
		t.Fatal(err)
	}
	return graph.Project(net, opt)
}

func TestAgainstNetworkx(t *testing.T) {
	ref := loadReference(t)
	t.Logf("networkx %s", ref.Libraries["networkx"])
	for name, gr := range ref.Graphs {
		t.Run(name, func(t *testing.T) {
			g := projectReference(t, gr)
			if g.N() != gr.N || g.M() != gr.M {
				t.Fatalf("n, m = %d, %d; networkx %d, %d", g.N(), g.M(), gr.N, gr.M)
			}
			for i, id := range gr.Nodes {
				if g.NodeID(i) != id {
					t.Fatalf("node %d is %s, networkx has %s", i, g.NodeID(i), id)
				}
			}
			measures := graph.Measures()
			if !gr.Directed {
				// networkx has no in/out-degree for undirected graphs; ours equal degree.
				measures = []string{"degree", "betweenness", "closeness", "harmonic", "eigenvector", "pagerank", "core"}
			}
			for _, measure := range measures {
				raw, ok := gr.Measures[measure]
				if !ok {
					t.Errorf("%s: missing from the reference", measure)
					continue
				}
				var want map[string]float64
				if err := json.Unmarshal(raw, &want); err != nil {
					t.Fatalf("%s: %v", measure, err)
				}
				got, err := graph.Centrality(context.Background(), g, measure)
				if err != nil {
					t.Errorf("%s: %v", measure, err)
					continue
				}
				tol := 1e-6
				if measure == "betweenness" || measure == "core" || strings.HasSuffix(measure, "degree") {
					tol = 1e-9
				}
				worst, at := 0.0, ""
				for i, v := range got {
					w, ok := want[g.NodeID(i)]
					if !ok {
						t.Fatalf("%s: node %s missing from the reference", measure, g.NodeID(i))
					}
					if d := math.Abs(v - w); d > worst || math.IsNaN(d) {
						worst, at = d, g.NodeID(i)
					}
				}
				if worst > tol || math.IsNaN(worst) {
					t.Errorf("%s: differs from networkx by %.3g at %s (tolerance %g)", measure, worst, at, tol)
				}
			}
		})
	}
}

func TestModularityAgainstNetworkx(t *testing.T) {
	ref := loadReference(t)
	for name, gr := range ref.Graphs {
		t.Run(name, func(t *testing.T) {
			g := projectReference(t, gr)
			membership := make([]int, g.N())
			seen := 0
			for c, ids := range gr.Louvain.Partition {
				for _, id := range ids {
					i, ok := g.Index(id)
					if !ok {
						t.Fatalf("no node %s", id)
					}
					membership[i] = c
					seen++
				}
			}
			if seen != g.N() {
				t.Fatalf("partition covers %d of %d nodes", seen, g.N())
			}
			if q := graph.Modularity(g, membership, 1); math.Abs(q-gr.Louvain.Q) > 1e-12 {
				t.Errorf("Modularity of networkx's partition = %.15f, networkx %.15f", q, gr.Louvain.Q)
			}
			p := graph.Louvain(g, 1, 42)
			if p.Q < gr.Louvain.Q-0.01 {
				t.Errorf("Louvain Q = %.4f, networkx %.4f", p.Q, gr.Louvain.Q)
			}
			t.Logf("Louvain Q = %.4f (%d communities), networkx %.4f", p.Q, len(p.Communities), gr.Louvain.Q)
		})
	}
}
