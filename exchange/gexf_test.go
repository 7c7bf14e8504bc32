package exchange_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/exchange"
)

type graphologyRead struct {
	Description string                    `json:"description"`
	Nodes       map[string]map[string]any `json:"nodes"`
	Edges       map[string]struct {
		Source, Target, Start, End, Shape string
		Attrs                             map[string]any
	} `json:"edges"`
}

// readGraphology parses a GEXF file with graphology-gexf, Gephi Lite's parser, from web/node_modules, and reads
// the spells and edge shapes (which graphology keeps no attribute for) with the DOM parser it uses.
const readGraphology = `
const fs = require('fs');
const Graph = require('graphology');
const gexf = require('graphology-gexf');
const {DOMParser} = require('@xmldom/xmldom');
const text = fs.readFileSync(process.argv[1], 'utf8');
const g = gexf.parse(Graph, text, {allowUndeclaredAttributes: false});
const doc = new DOMParser().parseFromString(text, 'text/xml');
const out = {description: g.getAttribute('description') || '', nodes: {}, edges: {}};
g.forEachNode((id, a) => { out.nodes[id] = a; });
g.forEachEdge((id, a, s, t) => { out.edges[id] = {Source: s, Target: t, Attrs: a}; });
const edges = doc.getElementsByTagName('edge');
for (let i = 0; i < edges.length; i++) {
  const e = out.edges[edges[i].getAttribute('id')];
  e.Start = edges[i].getAttribute('start'); e.End = edges[i].getAttribute('end');
  const shape = edges[i].getElementsByTagName('viz:shape')[0];
  e.Shape = shape ? shape.getAttribute('value') : '';
}
console.log(JSON.stringify(out));`

// TestGEXFGraphology writes the graded demo as GEXF with sizes and communities and reads it with
// graphology-gexf: every entity with every attribute, a size and a colour; every link with its attributes, its
// spell from its dates and its shape from its confidence.
func TestGEXFGraphology(t *testing.T) {
	web, _ := filepath.Abs(filepath.Join("..", "web"))
	if _, err := os.Stat(filepath.Join(web, "node_modules", "graphology-gexf")); err != nil {
		t.Fatalf("web/node_modules lacks graphology-gexf: run make web-deps (%v)", err)
	}
	net := gradedDemo(t)
	sizes, comms := map[string]float64{}, map[string]int{}
	for i, e := range net.Entities {
		sizes[e.ID], comms[e.ID] = float64(i%17), i%5
	}
	restr := ringleader.Restriction{GradeFilter: ringleader.GradeFilter{MinGrade: "B2"}, EntitiesLeftOut: 2}
	var buf bytes.Buffer
	if err := exchange.WriteGEXF(&buf, net, exchange.Options{Title: "demo", Restriction: &restr, Sizes: sizes, SizeMeasure: "degree", Communities: comms}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `mode="dynamic" timeformat="date"`) {
		t.Error("the graph is not dynamic")
	}
	var r graphologyRead
	cmd := exec.Command("node", "-e", readGraphology, writeTemp(t, "net.gexf", buf.Bytes()))
	cmd.Dir = web
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("graphology-gexf: %v\n%.2000s", err, out)
	}
	if err := jsonUnmarshal(out, &r); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Description, restr.String()) {
		t.Errorf("description %q does not say %q", r.Description, restr.String())
	}
	if len(r.Nodes) != len(net.Entities) || len(r.Edges) != len(net.Links) {
		t.Fatalf("graphology reads %d nodes and %d edges, want %d and %d", len(r.Nodes), len(r.Edges), len(net.Entities), len(net.Links))
	}
	attrs, graded, dated := 0, 0, 0
	for _, e := range net.Entities {
		got := r.Nodes[e.ID]
		for _, a := range exchange.EntityAttrs(&e) {
			if !sameValue(got[a.Name], a.Value) {
				t.Errorf("entity %s: %s = %#v, want %q", e.ID, a.Name, got[a.Name], a.Value)
			}
			attrs++
			if isGrading(a.Name) {
				graded++
			}
		}
		if got["label"] != e.Name {
			t.Errorf("entity %s: label %v", e.ID, got["label"])
		}
		if _, ok := got["size"].(float64); !ok || got["color"] == nil || got["community"] != float64(comms[e.ID]) {
			t.Errorf("entity %s: size %v, colour %v, community %v", e.ID, got["size"], got["color"], got["community"])
		}
	}
	shapes := map[string]string{ringleader.ConfidenceConfirmed: "solid", ringleader.ConfidenceUnconfirmed: "dashed", ringleader.ConfidenceTentative: "dotted"}
	for i, l := range net.Links {
		got := r.Edges["e"+itoa(i)]
		if got.Source != l.Source || got.Target != l.Target {
			t.Errorf("link %s: %s -> %s", l.Key(), got.Source, got.Target)
		}
		for _, a := range exchange.LinkAttrs(&l) {
			if !sameValue(got.Attrs[a.Name], a.Value) {
				t.Errorf("link %s: %s = %#v, want %q", l.Key(), a.Name, got.Attrs[a.Name], a.Value)
			}
			attrs++
			if isGrading(a.Name) {
				graded++
			}
		}
		if got.Start != l.Start() || got.End != l.End() {
			t.Errorf("link %s: spell %s–%s, want %s–%s", l.Key(), got.Start, got.End, l.Start(), l.End())
		}
		if l.Start() != "" {
			dated++
		}
		if got.Shape != shapes[l.Confidence()] {
			t.Errorf("link %s: shape %q for %s", l.Key(), got.Shape, l.Confidence())
		}
	}
	if want := countGraded(net); graded != want {
		t.Errorf("graphology reads %d graded attributes, the network has %d", graded, want)
	}
	t.Logf("graphology-gexf read %d entities and %d links (%d dated), %d attributes, %d graded", len(r.Nodes), len(r.Edges), dated, attrs, graded)
}

// gexfXSD is the GEXF 1.3 schema (see its SOURCE.md).
var gexfXSD = filepath.Join("..", "..", "shared", "formats", "gexf-1.3", "gexf.xsd")

const validateXSD = `
import sys, xmlschema
schema = xmlschema.XMLSchema(sys.argv[1])
errors = [str(e.reason) + " at " + str(e.path) for e in schema.iter_errors(sys.argv[2])]
print(__import__("json").dumps(errors[:5]))`

// TestGEXFSchema checks the demo's GEXF against the GEXF 1.3 XSD with xmlschema. The XSD wants the visual
// elements in the main namespace, where Gephi writes them in the viz one (SOURCE.md's catch): the copy checked
// has them moved into the main namespace, which is all that differs. A file with an error fails, so the check
// can fail.
func TestGEXFSchema(t *testing.T) {
	if _, err := os.Stat(gexfXSD); err != nil {
		t.Skipf("the GEXF schema is not beside the repository: %v", err)
	}
	py := python(t)
	net := gradedDemo(t)
	var buf bytes.Buffer
	if err := exchange.WriteGEXF(&buf, net, exchange.Options{Title: "demo", Sizes: map[string]float64{net.Entities[0].ID: 1}, SizeMeasure: "degree",
		Communities: map[string]int{net.Entities[0].ID: 0}}); err != nil {
		t.Fatal(err)
	}
	asSchema := strings.NewReplacer(`xmlns:viz="`+exchange.GEXFVizNamespace+`"`, "", "<viz:", "<", "</viz:", "</").Replace(buf.String())
	tests := []struct {
		name  string
		text  string
		valid bool
	}{
		{"demo", asSchema, true},
		{"edge without a target", strings.Replace(asSchema, `target="`, `to="`, 1), false},
		{"a spell that is no date", strings.Replace(asSchema, `start="20`, `start="x20`, 1), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var errs []string
			runJSON(t, &errs, py, "-c", validateXSD, gexfXSD, writeTemp(t, "net.gexf", []byte(tt.text)))
			if tt.valid && len(errs) > 0 {
				t.Errorf("invalid: %v", errs)
			}
			if !tt.valid && len(errs) == 0 {
				t.Error("the schema accepts it")
			}
		})
	}
}
