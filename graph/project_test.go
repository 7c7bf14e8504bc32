package graph_test

import (
	"context"
	"maps"
	"math"
	"slices"
	"testing"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/graph"
)

// ringNetwork is a small ring that exercises every rule of the people view.
func ringNetwork() *ringleader.Network {
	person := func(id string) ringleader.Entity {
		return ringleader.Entity{ID: id, Kind: ringleader.KindPerson, Name: id}
	}
	thing := func(id string, k ringleader.Kind) ringleader.Entity {
		return ringleader.Entity{ID: id, Kind: k, Name: id}
	}
	link := func(t ringleader.LinkType, s, tgt string) ringleader.Link {
		return ringleader.Link{Type: t, Source: s, Target: tgt}
	}
	assoc := func(sub, s, tgt string, w float64) ringleader.Link {
		return ringleader.Link{Type: ringleader.LinkAssociate, Subtype: sub, Source: s, Target: tgt, Weight: w}
	}
	sameAs := func(s, tgt, decision string) ringleader.Link {
		return ringleader.Link{Type: ringleader.LinkSameAs, Source: s, Target: tgt, Props: map[string]string{"decision": decision}}
	}
	paid := func(id, s, tgt string) ringleader.Link {
		return ringleader.Link{ID: id, Type: ringleader.LinkPaid, Source: s, Target: tgt, Amount: 1000, Currency: "USD"}
	}
	return &ringleader.Network{
		Entities: []ringleader.Entity{
			person("a"), thing("O", ringleader.KindOrganisation), person("b"), person("c"), person("d"),
			person("e"), person("f"), thing("S", ringleader.KindShipment), thing("P", ringleader.KindPhone),
			thing("X", ringleader.KindAccount), thing("Y", ringleader.KindAccount), thing("Z", ringleader.KindAccount),
			thing("K", ringleader.KindCase), thing("L", ringleader.KindLocation),
		},
		Links: []ringleader.Link{
			assoc(ringleader.AssocCall, "a", "b", 3),
			assoc(ringleader.AssocCall, "b", "a", 2),
			assoc(ringleader.AssocMeeting, "a", "c", 0), // weight 0 counts 1
			link(ringleader.LinkMemberOf, "a", "O"),
			link(ringleader.LinkMemberOf, "b", "O"),
			link(ringleader.LinkMemberOf, "c", "O"),
			link(ringleader.LinkOrganised, "d", "S"),
			link(ringleader.LinkTransported, "e", "S"),
			link(ringleader.LinkHolds, "c", "P"),
			link(ringleader.LinkHolds, "d", "P"),
			link(ringleader.LinkHolds, "a", "X"),
			link(ringleader.LinkHolds, "a", "Z"),
			link(ringleader.LinkHolds, "e", "Y"),
			paid("p1", "X", "Y"), // a -> e through their accounts
			paid("p2", "d", "b"), // person to person
			paid("p3", "X", "Z"), // a pays himself: a self-loop, dropped
			link(ringleader.LinkInvolvedIn, "a", "K"),
			link(ringleader.LinkInvolvedIn, "b", "K"), // a shared case is no tie
			sameAs("a", "b", ringleader.DecisionAuto),
			sameAs("a", "c", ringleader.DecisionRejected),
			link(ringleader.LinkRoutedVia, "S", "L"),
		},
	}
}

// edges lists g's edges as "u-v" (undirected, u < v by index) or "u>v" (directed),
// with their strengths.
func edges(g *graph.Graph) map[string]float64 {
	out := map[string]float64{}
	for u := range g.N() {
		nbr, w := g.Out(u)
		for k, v := range nbr {
			switch {
			case g.Directed():
				out[g.NodeID(u)+">"+g.NodeID(int(v))] = w[k]
			case int(v) > u:
				out[g.NodeID(u)+"-"+g.NodeID(int(v))] = w[k]
			}
		}
	}
	return out
}

func TestProject(t *testing.T) {
	people := []string{"a", "b", "c", "d", "e", "f"}
	everything := []string{"a", "O", "b", "c", "d", "e", "f", "S", "P", "X", "Y", "Z", "K", "L"}
	tests := []struct {
		name  string
		opt   ringleader.ProjectionOptions
		nodes []string
		edges map[string]float64
	}{
		{
			name:  "people, undirected, unweighted",
			opt:   ringleader.ProjectionOptions{},
			nodes: people,
			edges: map[string]float64{"a-b": 1, "a-c": 1, "b-c": 1, "d-e": 1, "c-d": 1, "a-e": 1, "b-d": 1},
		},
		{
			name:  "people, undirected, weighted: parallel ties add up",
			opt:   ringleader.ProjectionOptions{Weighted: true},
			nodes: people,
			// a-b: calls 3 + 2, and both members of O.
			edges: map[string]float64{"a-b": 6, "a-c": 2, "b-c": 1, "d-e": 1, "c-d": 1, "a-e": 1, "b-d": 1},
		},
		{
			name:  "people, directed, weighted: undirected ties become two arcs",
			opt:   ringleader.ProjectionOptions{Directed: true, Weighted: true},
			nodes: people,
			edges: map[string]float64{"a>b": 4, "b>a": 3, "a>c": 2, "c>a": 2, "b>c": 1, "c>b": 1,
				"d>e": 1, "e>d": 1, "c>d": 1, "d>c": 1, "a>e": 1, "d>b": 1},
		},
		{
			name:  "people, calls only",
			opt:   ringleader.ProjectionOptions{Types: []string{"call"}, Weighted: true},
			nodes: people,
			edges: map[string]float64{"a-b": 5},
		},
		{
			name:  "people, payments only: account holders still resolved",
			opt:   ringleader.ProjectionOptions{Types: []string{"PAID"}, Directed: true},
			nodes: people,
			edges: map[string]float64{"a>e": 1, "d>b": 1},
		},
		{
			name:  "people, shared holdings only",
			opt:   ringleader.ProjectionOptions{Types: []string{"HOLDS"}},
			nodes: people,
			edges: map[string]float64{"c-d": 1},
		},
		{
			name:  "full, undirected, weighted",
			opt:   ringleader.ProjectionOptions{View: ringleader.ViewFull, Weighted: true},
			nodes: everything,
			// a-b: calls 3 + 2 and an accepted SAME_AS; a-c: the meeting only (the SAME_AS
			// was rejected).
			edges: map[string]float64{"a-b": 6, "a-c": 1, "a-O": 1, "O-b": 1, "O-c": 1, "d-S": 1, "e-S": 1,
				"c-P": 1, "d-P": 1, "a-X": 1, "a-Z": 1, "e-Y": 1, "X-Y": 1, "b-d": 1, "X-Z": 1,
				"a-K": 1, "b-K": 1, "S-L": 1},
		},
		{
			name:  "full, directed: links keep their direction",
			opt:   ringleader.ProjectionOptions{View: ringleader.ViewFull, Directed: true, Types: []string{"ASSOCIATE", "PAID"}},
			nodes: everything,
			edges: map[string]float64{"a>b": 1, "b>a": 1, "a>c": 1, "c>a": 1, "X>Y": 1, "d>b": 1, "X>Z": 1},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opt := tt.opt
			if err := opt.Normalize(); err != nil {
				t.Fatal(err)
			}
			g := graph.Project(ringNetwork(), opt)
			var nodes []string
			for i := range g.N() {
				nodes = append(nodes, g.NodeID(i))
				if j, ok := g.Index(g.NodeID(i)); !ok || j != i {
					t.Errorf("Index(%s) = %d, %v; want %d", g.NodeID(i), j, ok, i)
				}
			}
			if !slices.Equal(nodes, tt.nodes) {
				t.Errorf("nodes = %v, want %v", nodes, tt.nodes)
			}
			if got := edges(g); !maps.Equal(got, tt.edges) {
				t.Errorf("edges = %v\nwant %v", got, tt.edges)
			}
			if g.M() != len(tt.edges) {
				t.Errorf("M = %d, want %d", g.M(), len(tt.edges))
			}
			if g.Directed() != opt.Directed || g.Weighted() != opt.Weighted {
				t.Errorf("Directed, Weighted = %v, %v", g.Directed(), g.Weighted())
			}
		})
	}
}

func TestProjectInAndNeighbours(t *testing.T) {
	g := graph.Project(ringNetwork(), ringleader.ProjectionOptions{View: ringleader.ViewPeople, Directed: true, WeightAs: ringleader.WeightStrength})
	idx := func(id string) int {
		i, ok := g.Index(id)
		if !ok {
			t.Fatalf("no node %s", id)
		}
		return i
	}
	b := idx("b")
	in, _ := g.In(b)
	var got []string
	for _, v := range in {
		got = append(got, g.NodeID(int(v)))
	}
	if want := []string{"a", "c", "d"}; !slices.Equal(got, want) {
		t.Errorf("In(b) = %v, want %v", got, want)
	}
	got = got[:0]
	for _, v := range g.Neighbours(b) {
		got = append(got, g.NodeID(v))
	}
	if want := []string{"a", "c", "d"}; !slices.Equal(got, want) {
		t.Errorf("Neighbours(b) = %v, want %v", got, want)
	}
	if _, ok := g.Strength(b, idx("d")); ok {
		t.Error("Strength(b, d): the payment runs d -> b only")
	}
	if _, ok := g.Index("O"); ok {
		t.Error("the people view holds an organisation")
	}
}

func TestProjectDistances(t *testing.T) {
	tests := []struct {
		name     string
		opt      ringleader.ProjectionOptions
		strength float64
		distance float64
	}{
		{"unweighted", ringleader.ProjectionOptions{}, 1, 1},
		{"strength", ringleader.ProjectionOptions{Weighted: true, WeightAs: ringleader.WeightStrength}, 6, 1.0 / 6},
		{"distance", ringleader.ProjectionOptions{Weighted: true, WeightAs: ringleader.WeightDistance}, 6, 6},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := graph.Project(ringNetwork(), tt.opt)
			a, _ := g.Index("a")
			b, _ := g.Index("b")
			s, ok1 := g.Strength(a, b)
			d, ok2 := g.Distance(b, a)
			if !ok1 || !ok2 || math.Abs(s-tt.strength) > 1e-12 || math.Abs(d-tt.distance) > 1e-12 {
				t.Errorf("strength, distance = %v, %v; want %v, %v", s, d, tt.strength, tt.distance)
			}
			nbr, _ := g.Out(a)
			if dist := g.OutDistances(a); len(dist) != len(nbr) {
				t.Errorf("OutDistances has %d entries for %d neighbours", len(dist), len(nbr))
			}
		})
	}
}

func TestProjectEmpty(t *testing.T) {
	g := graph.Project(&ringleader.Network{}, ringleader.ProjectionOptions{})
	if g.N() != 0 || g.M() != 0 {
		t.Fatalf("N, M = %d, %d", g.N(), g.M())
	}
	for _, m := range graph.Measures() {
		if s, err := graph.Centrality(context.Background(), g, m); err != nil || len(s) != 0 {
			t.Errorf("%s on the empty graph = %v, %v", m, s, err)
		}
	}
	if p := graph.Louvain(g, 1, 1); len(p.Communities) != 0 || p.Q != 0 {
		t.Errorf("Louvain on the empty graph = %+v", p)
	}
}
