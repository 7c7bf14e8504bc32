package exchange_test

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/exchange"
)

// node is an XML element as a tree.
type node struct {
	XMLName  xml.Name
	Attrs    []xml.Attr `xml:",any,attr"`
	Children []node     `xml:",any"`
}

func (n *node) attr(name string) string {
	for _, a := range n.Attrs {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

func (n *node) child(name string) *node {
	for i := range n.Children {
		if n.Children[i].XMLName.Local == name {
			return &n.Children[i]
		}
	}
	return nil
}

func (n *node) find(path ...string) *node {
	for _, p := range path {
		if n = n.child(p); n == nil {
			return nil
		}
	}
	return n
}

func parseTree(t *testing.T, b []byte) node {
	t.Helper()
	var n node
	if err := xml.Unmarshal(b, &n); err != nil {
		t.Fatal(err)
	}
	return n
}

// structure maps each element path to the attribute names its elements carry, and each path to the order its
// children's names first appear in.
func structure(n *node, path string, attrs map[string]map[string]bool, order map[string][]string) {
	p := path + "/" + n.XMLName.Local
	if attrs[p] == nil {
		attrs[p] = map[string]bool{}
	}
	for _, a := range n.Attrs {
		attrs[p][a.Name.Local] = true
	}
	for i := range n.Children {
		c := n.Children[i].XMLName.Local
		if !slices.Contains(order[p], c) {
			order[p] = append(order[p], c)
		}
		structure(&n.Children[i], p, attrs, order)
	}
}

// anxItem is what a chart says of an entity or link, with grades and strengths by name and ids resolved.
type anxItem struct {
	Label, Type, Strength, Arrow, Date string
	Grades                             [3]string
	Attrs                              map[string]string
}

// anxItems reads a chart's entities by identity and its links in order.
func anxItems(t *testing.T, c *node) (map[string]anxItem, []anxItem, [2]string) {
	t.Helper()
	var grades [3][]string
	for i, g := range []string{"GradeOne", "GradeTwo", "GradeThree"} {
		if sc := c.find(g, "StringCollection"); sc != nil {
			for _, s := range sc.Children {
				grades[i] = append(grades[i], s.attr("Text"))
			}
		}
	}
	ents := map[string]anxItem{}
	byEntityID := map[string]string{}
	var links []anxItem
	var ends [][2]string
	for _, it := range c.find("ChartItemCollection").Children {
		item := anxItem{Label: it.attr("Label"), Attrs: map[string]string{}}
		if it.attr("DateSet") == "true" {
			item.Date = it.attr("DateTime")
		}
		for i, a := range []string{"GradeOneIndex", "GradeTwoIndex", "GradeThreeIndex"} {
			if k, err := strconv.Atoi(it.attr(a)); err == nil && k < len(grades[i]) {
				item.Grades[i] = grades[i][k]
			} else {
				t.Errorf("%s %q outside its grades", a, it.attr(a))
			}
		}
		if ac := it.child("AttributeCollection"); ac != nil {
			for _, a := range ac.Children {
				item.Attrs[a.attr("AttributeClass")] = a.attr("Value")
			}
		}
		if e := it.find("End", "Entity"); e != nil {
			item.Type = e.find("Icon", "IconStyle").attr("Type")
			ents[e.attr("Identity")] = item
			byEntityID[e.attr("EntityId")] = e.attr("Identity")
			continue
		}
		l := it.child("Link")
		st := l.child("LinkStyle")
		item.Type, item.Strength, item.Arrow = st.attr("Type"), st.attr("Strength"), st.attr("ArrowStyle")
		links = append(links, item)
		ends = append(ends, [2]string{l.attr("End1Id"), l.attr("End2Id")})
	}
	for i := range links {
		links[i].Attrs["_ends"] = byEntityID[ends[i][0]] + ">" + byEntityID[ends[i][1]]
	}
	return ents, links, [2]string{}
}

// anxwritterChart builds the same chart with anxwritter from a JSON description of it.
const anxwritterChart = `
import json, sys
from anxwritter import ANXChart, DotStyle, GradeCollection
spec = json.load(open(sys.argv[1]))
c = ANXChart(settings={'summary': spec['summary']})
c.grades_one = GradeCollection(items=spec['grades'][0])
c.grades_two = GradeCollection(items=spec['grades'][1])
c.grades_three = GradeCollection(items=spec['grades'][2])
c.strengths.items = []
for s in spec['strengths']:
    c.add_strength(name=s['name'], dot_style=DotStyle(s['style']))
c.strengths.default = spec['strengths'][0]['name']
for et in spec['entity_types']:
    c.add_entity_type(**et)
for i in spec['icons']:
    c.add_icon(**i)
for l in spec['links']:
    c.add_link(**l)
sys.stdout.write(c.to_xml())`

// TestANXMatchesAnxwritter writes part of the graded demo (an entity of every kind, the links among them) as ANX,
// builds the same chart with anxwritter, and compares them: the same elements under the same parents in the same
// order, each with the same attribute names; and item by item, the same labels, icon types, link types, arrows,
// dates, strengths, grades and attributes.
func TestANXMatchesAnxwritter(t *testing.T) {
	py := python(t)
	net := anxSample(gradedDemo(t))
	restr := ringleader.Restriction{GradeFilter: ringleader.GradeFilter{ConfirmedOnly: true}, LinksLeftOut: 1}
	var mine bytes.Buffer
	if err := exchange.WriteANX(&mine, net, exchange.Options{Title: "demo", Restriction: &restr}); err != nil {
		t.Fatal(err)
	}
	spec := anxSpec(net, restr)
	b, _ := json.Marshal(spec)
	cmd := []string{"-c", anxwritterChart, writeTemp(t, "chart.json", b)}
	theirs := runText(t, py, cmd...)

	m, th := parseTree(t, mine.Bytes()), parseTree(t, []byte(theirs))
	ma, mo := map[string]map[string]bool{}, map[string][]string{}
	ta, to := map[string]map[string]bool{}, map[string][]string{}
	structure(&m, "", ma, mo)
	structure(&th, "", ta, to)
	for _, p := range slices.Sorted(maps.Keys(ta)) {
		if ma[p] == nil {
			t.Errorf("anxwritter writes %s; we do not", p)
			continue
		}
		if got, want := slices.Sorted(maps.Keys(ma[p])), slices.Sorted(maps.Keys(ta[p])); !slices.Equal(got, want) {
			t.Errorf("%s: attributes %v, anxwritter's %v", p, got, want)
		}
		if !slices.Equal(mo[p], to[p]) {
			t.Errorf("%s: children %v, anxwritter's %v", p, mo[p], to[p])
		}
	}
	for p := range ma {
		if ta[p] == nil {
			t.Errorf("we write %s; anxwritter does not", p)
		}
	}
	me, ml, _ := anxItems(t, &m)
	te, tl, _ := anxItems(t, &th)
	if len(me) != len(net.Entities) || len(ml) != len(net.Links) {
		t.Fatalf("%d icons and %d links, want %d and %d", len(me), len(ml), len(net.Entities), len(net.Links))
	}
	for id, want := range te {
		if got := me[id]; !equalItem(got, want) {
			t.Errorf("entity %s: %+v, anxwritter %+v", id, got, want)
		}
	}
	for i := range tl {
		if !equalItem(ml[i], tl[i]) {
			t.Errorf("link %d: %+v, anxwritter %+v", i, ml[i], tl[i])
		}
	}
	t.Logf("ANX matches anxwritter's structure (%d element paths) on %d entities and %d links", len(ta), len(me), len(ml))
}

func equalItem(a, b anxItem) bool {
	return a.Label == b.Label && a.Type == b.Type && a.Strength == b.Strength && a.Arrow == b.Arrow &&
		a.Date == b.Date && a.Grades == b.Grades && maps.Equal(a.Attrs, b.Attrs)
}

// anxSample keeps an entity of each kind and, for each of the first entities linked, its links to the others kept.
func anxSample(net *ringleader.Network) *ringleader.Network {
	keep := map[string]bool{}
	seen := map[ringleader.Kind]bool{}
	for _, e := range net.Entities {
		if !seen[e.Kind] {
			seen[e.Kind], keep[e.ID] = true, true
		}
	}
	for _, l := range net.Links {
		if len(keep) >= 40 {
			break
		}
		if keep[l.Source] || keep[l.Target] {
			keep[l.Source], keep[l.Target] = true, true
		}
	}
	out := &ringleader.Network{}
	for _, e := range net.Entities {
		if keep[e.ID] {
			out.Entities = append(out.Entities, e)
		}
	}
	for _, l := range net.Links {
		if keep[l.Source] && keep[l.Target] {
			out.Links = append(out.Links, l)
		}
	}
	return out
}

// anxSpec describes net's chart in anxwritter's terms, attributes typed as Columns types them.
func anxSpec(net *ringleader.Network, restr ringleader.Restriction) map[string]any {
	shown := func(attrs []exchange.Attr, skip ...string) []exchange.Attr {
		var out []exchange.Attr
		for _, a := range attrs {
			if !slices.Contains(skip, a.Name) && !isGrading(a.Name) {
				out = append(out, a)
			}
		}
		return out
	}
	var recs [][]exchange.Attr
	for i := range net.Entities {
		recs = append(recs, shown(exchange.EntityAttrs(&net.Entities[i]), "kind", "name"))
	}
	for i := range net.Links {
		recs = append(recs, shown(exchange.LinkAttrs(&net.Links[i]), "type"))
	}
	types := map[string]exchange.Type{}
	for _, c := range exchange.Columns(recs, []string{"implicit", "weight", "amount"}) {
		types[c.Name] = c.Type
	}
	typed := func(attrs []exchange.Attr) map[string]any {
		out := map[string]any{}
		for _, a := range attrs {
			switch types[a.Name] {
			case exchange.TypeInt, exchange.TypeDouble:
				f, _ := strconv.ParseFloat(a.Value, 64)
				out[a.Name] = f
			case exchange.TypeBoolean:
				out[a.Name] = a.Value == "true"
			default:
				out[a.Name] = a.Value
			}
		}
		return out
	}
	// anxwritter takes a grade by name or by index, and reads "5" as an index: give the index.
	grade := func(list []string, v string) any {
		if i := slices.Index(list, v); i >= 0 && v != "" {
			return i
		}
		return nil
	}
	var icons, links []map[string]any
	for i, e := range net.Entities {
		icons = append(icons, map[string]any{"id": e.ID, "type": string(e.Kind), "label": e.Name, "attributes": typed(recs[i]),
			"grade_one": grade(exchange.ANXGradeOne, e.Props[ringleader.PropSourceGrade]), "grade_two": grade(exchange.ANXGradeTwo, e.Props[ringleader.PropInfoGrade]),
			"grade_three": grade(exchange.ANXGradeThree, e.Props[ringleader.PropHandling])})
	}
	for i, l := range net.Links {
		m := map[string]any{"from_id": l.Source, "to_id": l.Target, "type": string(l.Type), "label": exchange.LinkLabel(&l),
			"strength": exchange.ANXStrengths[l.Confidence()], "attributes": typed(recs[len(net.Entities)+i]),
			"grade_one": grade(exchange.ANXGradeOne, l.Props[ringleader.PropSourceGrade]), "grade_two": grade(exchange.ANXGradeTwo, l.Props[ringleader.PropInfoGrade]),
			"grade_three": grade(exchange.ANXGradeThree, l.Props[ringleader.PropHandling])}
		if l.Directed() {
			m["arrow"] = "->"
		}
		if d := l.Start(); d != "" {
			m["date"] = d
		}
		links = append(links, m)
	}
	var ets []map[string]any
	for _, k := range ringleader.Kinds {
		ets = append(ets, map[string]any{"name": string(k), "icon_file": exchange.ANXIcons[k]})
	}
	strip := func(g []string) []string { return g[:len(g)-1] } // anxwritter adds the "-" itself
	return map[string]any{
		"summary": map[string]any{"title": "demo", "comments": "restricted to " + restr.String()},
		"grades":  [][]string{strip(exchange.ANXGradeOne), strip(exchange.ANXGradeTwo), strip(exchange.ANXGradeThree)},
		"strengths": []map[string]any{{"name": "Confirmed", "style": "solid"}, {"name": "Unconfirmed", "style": "dashed"},
			{"name": "Tentative", "style": "dotted"}},
		"entity_types": ets, "icons": icons, "links": links,
	}
}

func runText(t *testing.T, name string, args ...string) string {
	t.Helper()
	var s string
	out := runOut(t, name, args...)
	s = string(out)
	if i := strings.Index(s, "<Chart"); i >= 0 {
		return s[i:]
	}
	t.Fatalf("no chart: %.500s", s)
	return ""
}

// TestANXDemo writes the whole graded demo as ANX and reads it back: every entity as an icon of its kind, every
// link between the right icons with its strength, and every grading as i2's grades.
func TestANXDemo(t *testing.T) {
	net := gradedDemo(t)
	var buf bytes.Buffer
	if err := exchange.WriteANX(&buf, net, exchange.Options{}); err != nil {
		t.Fatal(err)
	}
	c := parseTree(t, buf.Bytes())
	ents, links, _ := anxItems(t, &c)
	if len(ents) != len(net.Entities) || len(links) != len(net.Links) {
		t.Fatalf("%d icons and %d links, want %d and %d", len(ents), len(links), len(net.Entities), len(net.Links))
	}
	or := func(v string) string {
		if v == "" {
			return "-"
		}
		return v
	}
	graded := 0
	check := func(what string, got anxItem, props map[string]string) {
		want := [3]string{or(props[ringleader.PropSourceGrade]), or(props[ringleader.PropInfoGrade]), or(props[ringleader.PropHandling])}
		if got.Grades != want {
			t.Errorf("%s: grades %v, want %v", what, got.Grades, want)
		}
		for _, g := range want {
			if g != "-" {
				graded++
			}
		}
	}
	for _, e := range net.Entities {
		got := ents[e.ID]
		if got.Type != string(e.Kind) || got.Label != e.Name {
			t.Errorf("entity %s: %s %q", e.ID, got.Type, got.Label)
		}
		check("entity "+e.ID, got, e.Props)
	}
	for i, l := range net.Links {
		got := links[i]
		if got.Attrs["_ends"] != l.Source+">"+l.Target || got.Type != string(l.Type) || got.Strength != exchange.ANXStrengths[l.Confidence()] {
			t.Errorf("link %s: %s %s %s", l.Key(), got.Attrs["_ends"], got.Type, got.Strength)
		}
		if l.Props[ringleader.PropConfidence] != "" {
			graded++ // the strength carries it
		}
		check("link "+l.Key(), got, l.Props)
	}
	if want := countGraded(net); graded != want {
		t.Errorf("the chart carries %d graded attributes, the network has %d", graded, want)
	}
	t.Logf("ANX holds %d entities, %d links and %d graded attributes", len(ents), len(links), graded)
}
