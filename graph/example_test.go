package graph_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/graph"
)

// courierRing is a small ring: two cells, tied only through the courier "omar".
func courierRing() *ringleader.Network {
	net := &ringleader.Network{}
	for _, id := range []string{"hassan", "karim", "samir", "omar", "yusuf", "tariq", "nabil"} {
		net.Entities = append(net.Entities, ringleader.Entity{ID: id, Kind: ringleader.KindPerson, Name: id})
	}
	calls := [][3]any{
		{"hassan", "karim", 12.0}, {"karim", "samir", 4.0}, {"samir", "hassan", 7.0},
		{"samir", "omar", 3.0}, {"omar", "yusuf", 2.0},
		{"yusuf", "tariq", 9.0}, {"tariq", "nabil", 5.0}, {"nabil", "yusuf", 6.0},
	}
	for _, c := range calls {
		net.Links = append(net.Links, ringleader.Link{Type: ringleader.LinkAssociate, Subtype: ringleader.AssocCall,
			Source: c[0].(string), Target: c[1].(string), Weight: c[2].(float64)})
	}
	return net
}

// names joins the entity ids of nodes.
func names(g *graph.Graph, nodes []int) string {
	ids := make([]string, len(nodes))
	for i, v := range nodes {
		ids[i] = g.NodeID(v)
	}
	return strings.Join(ids, " ")
}

func ExampleBetweenness() {
	g := graph.Project(courierRing(), ringleader.ProjectionOptions{View: ringleader.ViewPeople})
	for i, b := range graph.Betweenness(g) {
		fmt.Printf("%-6s %.3f\n", g.NodeID(i), b)
	}
	// Output:
	// hassan 0.000
	// karim  0.000
	// samir  0.533
	// omar   0.600
	// yusuf  0.533
	// tariq  0.000
	// nabil  0.000
}

func ExampleLouvain() {
	g := graph.Project(courierRing(), ringleader.ProjectionOptions{View: ringleader.ViewPeople, Weighted: true})
	p := graph.Louvain(g, 1, 42)
	for _, c := range p.Communities {
		fmt.Println(names(g, c))
	}
	fmt.Printf("Q = %.3f\n", p.Q)
	// Output:
	// hassan karim samir omar
	// yusuf tariq nabil
	// Q = 0.451
}

func ExampleCentrality() {
	opt := ringleader.ProjectionOptions{Directed: true, Weighted: true}
	if err := opt.Normalize(); err != nil {
		panic(err)
	}
	g := graph.Project(courierRing(), opt)
	for _, m := range []string{"in_degree", "pagerank"} {
		scores, err := graph.Centrality(context.Background(), g, m)
		if err != nil {
			panic(err)
		}
		fmt.Printf("%-9s omar %.3f, hassan %.3f\n", m, scores[3], scores[0])
	}
	_, err := graph.Centrality(context.Background(), g, "charisma")
	fmt.Println(err)
	// Output:
	// in_degree omar 0.500, hassan 1.167
	// pagerank  omar 0.046, hassan 0.079
	// unknown measure "charisma" (one of [degree in_degree out_degree betweenness closeness harmonic eigenvector pagerank core])
}

func ExampleKShortestPaths() {
	g := graph.Project(courierRing(), ringleader.ProjectionOptions{View: ringleader.ViewPeople})
	from, _ := g.Index("hassan")
	to, _ := g.Index("nabil")
	for _, p := range graph.KShortestPaths(g, from, to, 2) {
		fmt.Println(names(g, p))
	}
	// Output:
	// hassan samir omar yusuf nabil
	// hassan karim samir omar yusuf nabil
}
