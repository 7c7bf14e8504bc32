package exchange

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/ringleader/ringleader"
)

// Graph is what ReadGraphML and ReadGEXF read of a graph file: its nodes and edges with their attributes by the
// names the file declares, and where each stands in the file.
type Graph struct {
	Nodes, Edges []Element
	// Problems are defects of the file as a whole (not well-formed XML, no graph), with their line.
	Problems []ringleader.Problem
}

// Element is a node or an edge of a graph file.
type Element struct {
	ID, Source, Target string
	// Attrs are its attributes in the file's order, then the declared defaults it does not override.
	Attrs []Attr
	// Start and End are a GEXF edge's or node's spell (its start and end attributes), "" when not given.
	Start, End string
	// Line is the line its element starts on; Offset and EndOffset bound its text in the file.
	Line              int
	Offset, EndOffset int64
	// Problems are its own defects (an undeclared attribute, a missing id), with the field they concern.
	Problems []ringleader.Problem
}

// Attr returns the value of the named attribute, and whether the element has it.
func (e *Element) Attr(name string) (string, bool) {
	for _, a := range e.Attrs {
		if a.Name == name {
			return a.Value, true
		}
	}
	return "", false
}

func (e *Element) set(name, value string) {
	for i := range e.Attrs {
		if e.Attrs[i].Name == name {
			e.Attrs[i].Value = value
			return
		}
	}
	e.Attrs = append(e.Attrs, Attr{name, value})
}

func (e *Element) problem(line int, field, reason string) {
	e.Problems = append(e.Problems, ringleader.Problem{Line: line, Field: field, Reason: reason})
}

// decl is a declared attribute: its name, and its default value when it has one.
type decl struct {
	name, def string
	hasDef    bool
	graphics  bool // a yEd graphics key: its value is the text of the label inside
}

// reader walks a graph file's XML, knowing each token's line and offset.
type reader struct {
	dec *xml.Decoder
	g   *Graph
}

func newReader(r io.Reader) *reader {
	dec := xml.NewDecoder(r)
	dec.Strict = true
	return &reader{dec: dec, g: &Graph{}}
}

// next returns the next token, the line and offset it starts at; io.EOF at the end. A syntax error becomes a
// problem of the file.
func (r *reader) next() (xml.Token, int, int64, error) {
	line, _ := r.dec.InputPos()
	off := r.dec.InputOffset()
	tok, err := r.dec.Token()
	if err != nil && !errors.Is(err, io.EOF) {
		var se *xml.SyntaxError
		if errors.As(err, &se) {
			r.g.Problems = append(r.g.Problems, ringleader.Problem{Line: se.Line, Reason: "not well-formed XML: " + se.Msg})
			return nil, se.Line, off, io.EOF
		}
		return nil, line, off, fmt.Errorf("exchange: %w", err)
	}
	return tok, line, off, err
}

// text reads the character data up to the end of the element just started, with the text of its children.
func (r *reader) text() (string, error) {
	var b strings.Builder
	depth := 1
	for depth > 0 {
		tok, _, _, err := r.next()
		if err != nil {
			return b.String(), err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
		case xml.EndElement:
			depth--
		case xml.CharData:
			b.Write(t)
		}
	}
	return b.String(), nil
}

// labelText reads a yEd graphics element and returns the text of its first NodeLabel or EdgeLabel.
func (r *reader) labelText() (string, error) {
	depth, label, found := 1, "", false
	for depth > 0 {
		tok, _, _, err := r.next()
		if err != nil {
			return label, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if !found && (t.Name.Local == "NodeLabel" || t.Name.Local == "EdgeLabel") {
				s, err := r.text()
				if err != nil {
					return s, err
				}
				label, found = strings.TrimSpace(s), true
				continue
			}
			depth++
		case xml.EndElement:
			depth--
		}
	}
	return label, nil
}

func attr(se xml.StartElement, name string) (string, bool) {
	for _, a := range se.Attr {
		if a.Name.Local == name && (a.Name.Space == "" || a.Name.Space == se.Name.Space) {
			return a.Value, true
		}
	}
	return "", false
}

// ReadGraphML reads a GraphML file (as yEd, Gephi, Cytoscape, networkx or Ringleader write it): every node and
// edge at any depth (a yEd group's nested graph included), each data value under its key's attr.name (its id
// when it has none), and, for yEd's graphics keys, the label's text. The error is an I/O error; defects of the
// file are its Problems and its elements'.
func ReadGraphML(r io.Reader) (*Graph, error) {
	rd := newReader(r)
	keys := map[string]map[string]decl{"node": {}, "edge": {}}
	var cur *Element
	var curKind string
	rooted := false
	for {
		tok, line, off, err := rd.next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "graphml":
				rooted = true
			case "key":
				id, _ := attr(t, "id")
				d := decl{name: id}
				if n, ok := attr(t, "attr.name"); ok && n != "" {
					d.name = n
				}
				yt, _ := attr(t, "yfiles.type")
				d.graphics = yt == "nodegraphics" || yt == "edgegraphics"
				if d.graphics {
					d.name = "label"
				}
				for {
					tok, _, _, err := rd.next()
					if err != nil {
						return rd.g, ignoreEOF(err)
					}
					if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "default" {
						v, err := rd.text()
						if err != nil {
							return rd.g, ignoreEOF(err)
						}
						d.def, d.hasDef = v, true
						continue
					}
					if ee, ok := tok.(xml.EndElement); ok && ee.Name.Local == "key" {
						break
					}
				}
				domain, _ := attr(t, "for")
				for _, k := range []string{"node", "edge"} {
					if domain == k || domain == "all" {
						keys[k][id] = d
					}
				}
			case "node", "edge":
				if cur != nil {
					finish(cur, keys[curKind])
					appendElement(rd.g, curKind, cur)
				}
				cur, curKind = &Element{Line: line, Offset: off}, t.Name.Local
				cur.ID, _ = attr(t, "id")
				if curKind == "node" && cur.ID == "" {
					cur.problem(line, "id", "a node needs an id")
				}
				if curKind == "edge" {
					var ok bool
					if cur.Source, ok = attr(t, "source"); !ok || cur.Source == "" {
						cur.problem(line, "source", "an edge needs a source")
					}
					if cur.Target, ok = attr(t, "target"); !ok || cur.Target == "" {
						cur.problem(line, "target", "an edge needs a target")
					}
				}
			case "data":
				if cur == nil {
					if _, err := rd.text(); err != nil {
						return rd.g, ignoreEOF(err)
					}
					continue // graph data: the description, not a record
				}
				key, _ := attr(t, "key")
				d, ok := keys[curKind][key]
				var v string
				if ok && d.graphics {
					v, err = rd.labelText()
				} else {
					v, err = rd.text()
				}
				if err != nil {
					return rd.g, ignoreEOF(err)
				}
				if !ok {
					cur.problem(line, key, fmt.Sprintf("data key %q is not declared for %ss (no <key id=%q for=%q>)", key, curKind, key, curKind))
					continue
				}
				if d.graphics && v == "" {
					continue
				}
				cur.set(d.name, v)
			}
		case xml.EndElement:
			if cur != nil && t.Name.Local == curKind {
				cur.EndOffset = rd.dec.InputOffset()
				finish(cur, keys[curKind])
				appendElement(rd.g, curKind, cur)
				cur = nil
			}
		}
	}
	if !rooted && len(rd.g.Problems) == 0 {
		rd.g.Problems = append(rd.g.Problems, ringleader.Problem{Line: 1, Reason: "not a GraphML file: no <graphml> element"})
	}
	return rd.g, nil
}

func ignoreEOF(err error) error {
	if errors.Is(err, io.EOF) {
		return nil
	}
	return err
}

// finish adds the declared defaults that the element does not override.
func finish(e *Element, keys map[string]decl) {
	for _, d := range keys {
		if d.hasDef {
			if _, ok := e.Attr(d.name); !ok {
				e.Attrs = append(e.Attrs, Attr{d.name, d.def})
			}
		}
	}
}

func appendElement(g *Graph, kind string, e *Element) {
	if kind == "node" {
		g.Nodes = append(g.Nodes, *e)
	} else {
		g.Edges = append(g.Edges, *e)
	}
}

// ReadGEXF reads a GEXF file (1.1 to 1.3, as Gephi, Gephi Lite or Ringleader write it): every node and edge at
// any depth, each attvalue under its attribute's title (its id when it has none; an undeclared one under its id,
// as Gephi Lite reads it), a node's or edge's label and an edge's weight as attributes "label" and "weight"
// unless an attvalue of that name says otherwise, and the spell of its start and end attributes. Visual elements
// (viz:) are left out.
func ReadGEXF(r io.Reader) (*Graph, error) {
	rd := newReader(r)
	decls := map[string]map[string]decl{"node": {}, "edge": {}}
	var class, lastAttr string
	var stack []*Element
	var kinds []string
	rooted := false
	for {
		tok, line, off, err := rd.next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "gexf":
				rooted = true
			case "attributes":
				class, _ = attr(t, "class")
			case "attribute":
				id, _ := attr(t, "id")
				d := decl{name: id}
				if title, ok := attr(t, "title"); ok && title != "" {
					d.name = title
				}
				if decls[class] != nil {
					decls[class][id] = d
				}
				lastAttr = id
			case "default":
				v, err := rd.text()
				if err != nil {
					return rd.g, ignoreEOF(err)
				}
				// A default belongs to the attribute it stands in.
				if d, ok := decls[class][lastAttr]; ok {
					d.def, d.hasDef = v, true
					decls[class][lastAttr] = d
				}
			case "node", "edge":
				e := &Element{Line: line, Offset: off}
				e.ID, _ = attr(t, "id")
				if t.Name.Local == "node" && e.ID == "" {
					e.problem(line, "id", "a node needs an id")
				}
				if t.Name.Local == "edge" {
					var ok bool
					if e.Source, ok = attr(t, "source"); !ok || e.Source == "" {
						e.problem(line, "source", "an edge needs a source")
					}
					if e.Target, ok = attr(t, "target"); !ok || e.Target == "" {
						e.problem(line, "target", "an edge needs a target")
					}
					if w, ok := attr(t, "weight"); ok {
						e.set("weight", w)
					}
				}
				if l, ok := attr(t, "label"); ok && l != "" {
					e.set("label", l)
				}
				e.Start, _ = attr(t, "start")
				e.End, _ = attr(t, "end")
				stack, kinds = append(stack, e), append(kinds, t.Name.Local)
			case "attvalue":
				if len(stack) == 0 {
					continue
				}
				e, kind := stack[len(stack)-1], kinds[len(kinds)-1]
				id, ok := attr(t, "for")
				if !ok {
					id, _ = attr(t, "id")
				}
				v, _ := attr(t, "value")
				name := id
				if d, ok := decls[kind][id]; ok {
					name = d.name
				}
				if id == "" {
					e.problem(line, "attvalue", "an attvalue needs for=")
					continue
				}
				e.set(name, v)
			}
		case xml.EndElement:
			if n := len(stack); n > 0 && t.Name.Local == kinds[n-1] {
				e := stack[n-1]
				e.EndOffset = rd.dec.InputOffset()
				finish(e, decls[kinds[n-1]])
				appendElement(rd.g, kinds[n-1], e)
				stack, kinds = stack[:n-1], kinds[:n-1]
			}
		}
	}
	if !rooted && len(rd.g.Problems) == 0 {
		rd.g.Problems = append(rd.g.Problems, ringleader.Problem{Line: 1, Reason: "not a GEXF file: no <gexf> element"})
	}
	return rd.g, nil
}
