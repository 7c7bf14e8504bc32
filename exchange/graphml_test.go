package exchange_test

import (
	"bytes"
	"context"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/exchange"
	"github.com/ringleader/ringleader/loaders"
)

// networkxRead is what networkx's read_graphml returns of a file.
type networkxRead struct {
	Graph map[string]any            `json:"graph"`
	Nodes map[string]map[string]any `json:"nodes"`
	Edges []struct {
		ID     string         `json:"id"`
		Source string         `json:"source"`
		Target string         `json:"target"`
		Data   map[string]any `json:"data"`
	} `json:"edges"`
}

const readGraphML = `
import json, sys, networkx as nx
G = nx.read_graphml(sys.argv[1])
edges = []
if G.is_multigraph():
    for u, v, k, d in G.edges(keys=True, data=True):
        edges.append({"id": k, "source": u, "target": v, "data": d})
else:
    for u, v, d in G.edges(data=True):
        d = dict(d)
        edges.append({"id": d.pop("id"), "source": u, "target": v, "data": d})
print(json.dumps({"graph": G.graph, "nodes": dict(G.nodes(data=True)), "edges": edges}))
`

func readNetworkx(t *testing.T, py string, data []byte) networkxRead {
	t.Helper()
	var r networkxRead
	runJSON(t, &r, py, "-c", readGraphML, writeTemp(t, "net.graphml", data))
	return r
}

// TestGraphMLNetworkx writes the graded demo as GraphML and reads it with networkx: every entity and link is
// there with every field and property (grading included) at its value and of its declared type.
func TestGraphMLNetworkx(t *testing.T) {
	py := python(t)
	net := gradedDemo(t)
	restr := ringleader.Restriction{GradeFilter: ringleader.GradeFilter{ConfirmedOnly: true}, LinksLeftOut: 3}
	var buf bytes.Buffer
	if err := exchange.WriteGraphML(&buf, net, exchange.Options{Title: "demo", Restriction: &restr}); err != nil {
		t.Fatal(err)
	}
	r := readNetworkx(t, py, buf.Bytes())
	if got := r.Graph["restriction"]; got != restr.String() {
		t.Errorf("graph restriction %v, want %q", got, restr.String())
	}
	attrs, graded := checkNodes(t, net, r)
	links, lgraded := checkEdges(t, net, r)
	if want := countGraded(net); graded+lgraded != want {
		t.Errorf("networkx reads %d graded attributes, the network has %d", graded+lgraded, want)
	}
	t.Logf("networkx read %d entities (%d attributes) and %d links (%d attributes), %d graded attributes",
		len(r.Nodes), attrs, len(r.Edges), links, graded+lgraded)
	for _, typed := range []struct{ key, typ string }{
		{`attr.name="weight" attr.type="double"`, "weight"}, {`attr.name="implicit" attr.type="boolean"`, "implicit"},
		{`attr.name="source_grade" attr.type="string"`, "source_grade"}, {`attr.name="info_grade" attr.type="int"`, "info_grade"},
	} {
		if !strings.Contains(buf.String(), typed.key) {
			t.Errorf("no key %s", typed.key)
		}
	}
}

func checkNodes(t *testing.T, net *ringleader.Network, r networkxRead) (attrs, graded int) {
	t.Helper()
	if len(r.Nodes) != len(net.Entities) {
		t.Errorf("networkx reads %d nodes, want %d", len(r.Nodes), len(net.Entities))
	}
	for _, e := range net.Entities {
		got, ok := r.Nodes[e.ID]
		if !ok {
			t.Errorf("entity %s missing", e.ID)
			continue
		}
		want := exchange.EntityAttrs(&e)
		for _, a := range want {
			if !sameValue(got[a.Name], a.Value) {
				t.Errorf("entity %s: %s = %#v, want %q", e.ID, a.Name, got[a.Name], a.Value)
			}
			attrs++
			if isGrading(a.Name) {
				graded++
			}
		}
		if len(got) != len(want) {
			t.Errorf("entity %s: %d attributes, want %d", e.ID, len(got), len(want))
		}
	}
	return attrs, graded
}

func checkEdges(t *testing.T, net *ringleader.Network, r networkxRead) (attrs, graded int) {
	t.Helper()
	if len(r.Edges) != len(net.Links) {
		t.Errorf("networkx reads %d edges, want %d", len(r.Edges), len(net.Links))
	}
	byID := map[string]int{}
	for i, e := range r.Edges {
		byID[e.ID] = i
	}
	for i, l := range net.Links {
		j, ok := byID["e"+itoa(i)]
		if !ok {
			t.Errorf("link %s missing", l.Key())
			continue
		}
		got := r.Edges[j]
		if got.Source != l.Source || got.Target != l.Target {
			t.Errorf("link %s: %s -> %s", l.Key(), got.Source, got.Target)
		}
		want := exchange.LinkAttrs(&l)
		for _, a := range want {
			if !sameValue(got.Data[a.Name], a.Value) {
				t.Errorf("link %s: %s = %#v, want %q", l.Key(), a.Name, got.Data[a.Name], a.Value)
			}
			attrs++
			if isGrading(a.Name) {
				graded++
			}
		}
		if len(got.Data) != len(want) {
			t.Errorf("link %s: %d attributes, want %d", l.Key(), len(got.Data), len(want))
		}
	}
	return attrs, graded
}

func isGrading(name string) bool {
	for _, p := range ringleader.GradingProps {
		if p == name {
			return true
		}
	}
	return false
}

func itoa(i int) string { return strconv.Itoa(i) }

// TestGraphMLRoundTrip loads the demo's GraphML as a bundle and writes it again: networkx reads the same nodes,
// edges and attributes from both files; the only difference allowed is provenance, where each record also names
// the line of the GraphML file it was loaded from.
func TestGraphMLRoundTrip(t *testing.T) {
	py := python(t)
	net := gradedDemo(t)
	var first bytes.Buffer
	if err := exchange.WriteGraphML(&first, net, exchange.Options{}); err != nil {
		t.Fatal(err)
	}
	b, _, _, err := loaders.ReadBundle(context.Background(), fstest.MapFS{"demo.graphml": {Data: first.Bytes()}}, nil, loaders.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var second bytes.Buffer
	if err := exchange.WriteGraphML(&second, &ringleader.Network{Entities: b.Entities, Links: b.Links}, exchange.Options{}); err != nil {
		t.Fatal(err)
	}
	a, z := readNetworkx(t, py, first.Bytes()), readNetworkx(t, py, second.Bytes())
	if len(a.Nodes) != len(z.Nodes) || len(a.Edges) != len(z.Edges) {
		t.Fatalf("round trip: %d nodes and %d edges became %d and %d", len(a.Nodes), len(a.Edges), len(z.Nodes), len(z.Edges))
	}
	attrs := 0
	for id, want := range a.Nodes {
		got, ok := z.Nodes[id]
		if !ok {
			t.Errorf("node %s lost", id)
			continue
		}
		attrs += sameAttrs(t, "node "+id, got, want)
	}
	// Edges are matched by what they say, not by their file ids.
	key := func(e map[string]any, s, d string) string {
		return s + "|" + d + "|" + str(e["type"]) + "|" + str(e["subtype"]) + "|" + str(e["link_id"])
	}
	second2 := map[string]map[string]any{}
	for _, e := range z.Edges {
		second2[key(e.Data, e.Source, e.Target)] = e.Data
	}
	for _, e := range a.Edges {
		k := key(e.Data, e.Source, e.Target)
		got, ok := second2[k]
		if !ok {
			t.Errorf("edge %s lost", k)
			continue
		}
		attrs += sameAttrs(t, "edge "+k, got, e.Data)
	}
	t.Logf("GraphML → Ringleader → GraphML kept %d nodes, %d edges and %d attributes", len(z.Nodes), len(z.Edges), attrs)
}

func str(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	return ""
}

// sameAttrs checks that got holds every attribute of want at its value (sources: every one of want's), and
// nothing else; it returns how many it compared.
func sameAttrs(t *testing.T, what string, got, want map[string]any) int {
	t.Helper()
	for k, w := range want {
		g := got[k]
		if k == "sources" {
			for _, s := range strings.Split(str(w), ";") {
				if !strings.Contains(";"+str(g)+";", ";"+s+";") {
					t.Errorf("%s: sources %q lost %q", what, g, s)
				}
			}
			continue
		}
		if g != w {
			t.Errorf("%s: %s = %#v, was %#v", what, k, g, w)
		}
	}
	for k := range got {
		if _, ok := want[k]; !ok {
			t.Errorf("%s: gained %s = %#v", what, k, got[k])
		}
	}
	return len(want)
}
