package exchange_test

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/loaders"
)

const graphmlHead = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="k" for="node" attr.name="kind" attr.type="string"/>
  <key id="l" for="node" attr.name="label" attr.type="string"/>
  <key id="t" for="edge" attr.name="type" attr.type="string"/>
  <key id="w" for="edge" attr.name="weight" attr.type="double"/>
  <graph edgedefault="undirected">
`

// TestImportGraphFiles loads small Gephi- and yEd-like files: kinds, names and link types come from the
// attributes chart tools use, and a bad file fails whole, each problem naming file, line and field.
func TestImportGraphFiles(t *testing.T) {
	tests := []struct {
		name, file, text string
		problems         []string // each a "file:line: field: " prefix
		check            func(t *testing.T, b *ringleader.Batch)
	}{
		{"gephi GraphML", "g.graphml", graphmlHead + `    <node id="a"><data key="l">Abu Ali</data></node>
    <node id="b"><data key="k">Organisation</data><data key="l">Front Co</data></node>
    <node id="c"/>
    <edge source="a" target="b"><data key="t">member_of</data></edge>
    <edge source="a" target="c"><data key="t">call</data><data key="w">3</data></edge>
  </graph>
</graphml>`, nil, func(t *testing.T, b *ringleader.Batch) {
			if len(b.Entities) != 3 || len(b.Links) != 2 {
				t.Fatalf("%d entities and %d links", len(b.Entities), len(b.Links))
			}
			kinds := map[string]ringleader.Kind{}
			for _, e := range b.Entities {
				kinds[e.ID] = e.Kind
				if e.ID == "a" && e.Name != "Abu Ali" {
					t.Errorf("a is named %q", e.Name)
				}
			}
			if kinds["a"] != ringleader.KindPerson || kinds["b"] != ringleader.KindOrganisation {
				t.Errorf("kinds %v", kinds)
			}
			for _, l := range b.Links {
				if l.Type == ringleader.LinkAssociate && (l.Subtype != "call" || l.Weight != 3) {
					t.Errorf("call: %+v", l)
				}
			}
		}},
		{"GEXF with spells", "g.gexf", `<?xml version="1.0"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph mode="dynamic" timeformat="date">
<attributes class="edge"><attribute id="0" title="type" type="string"/></attributes>
<nodes><node id="a" label="A"/><node id="b" label="B"/></nodes>
<edges><edge id="0" source="a" target="b" start="2026-01-02" end="2026-02-03"><attvalues><attvalue for="0" value="meeting"/></attvalues></edge></edges>
</graph></gexf>`, nil, func(t *testing.T, b *ringleader.Batch) {
			if len(b.Links) != 1 || b.Links[0].Subtype != "meeting" || b.Links[0].FirstSeen != "2026-01-02" || b.Links[0].LastSeen != "2026-02-03" {
				t.Errorf("links %+v", b.Links)
			}
		}},
		{"bad values", "bad.graphml", graphmlHead + `    <node id="a"><data key="k">Planet</data></node>
    <node id="b"/>
    <edge source="b" target="zz"><data key="t">call</data></edge>
    <edge source="b" target="b2"><data key="t">knows</data></edge>
    <node id="b2"><data key="q">x</data></node>
    <edge source="a" target="b"><data key="w">many</data></edge>
  </graph>
</graphml>`, []string{"bad.graphml:8: kind: ", "bad.graphml:10: target: ", "bad.graphml:11: type: ", "bad.graphml:12: q: ", "bad.graphml:13: weight: "}, nil},
		{"not well-formed", "broken.gexf", "<gexf>\n<graph>\n<nodes><node id=\"a\">\n</nodes></graph></gexf>", []string{"broken.gexf:4: "}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, _, _, err := loaders.ReadBundle(context.Background(), fstest.MapFS{tt.file: {Data: []byte(tt.text)}}, nil, loaders.Options{})
			if tt.problems == nil {
				if err != nil {
					t.Fatal(err)
				}
				tt.check(t, b)
				return
			}
			if err == nil || b != nil {
				t.Fatalf("a bad file loads: %v", err)
			}
			msg := ringleader.ErrorMessage(err)
			for _, p := range tt.problems {
				if !strings.Contains(msg, p) {
					t.Errorf("no problem %q in:\n%s", p, msg)
				}
			}
		})
	}
}
