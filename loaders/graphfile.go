package loaders

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/exchange"
)

// readGraph reads a GraphML or GEXF file (a Gephi, yEd or Ringleader chart) as an alternative to a bundle: each
// node an entity, each edge a link, their attributes read as a JSON Lines record's keys are (jsonl.go), so that
// the same fields are checked in the same words and the others kept as properties. What a chart tool names
// otherwise is taken in its place:
//   - a node's kind is its kind attribute, or its type when that names a kind, or Person; its name is its name
//     attribute, or its label (yEd's and Gephi's), or its id;
//   - an edge's link type is its type attribute, an association subtype there (call, meeting, ...) standing for
//     ASSOCIATE of that subtype; without one it is an ASSOCIATE of subtype associate; its id is its link_id
//     attribute (a GraphML edge's own id is the file's, not the record's), and a GEXF spell (start, end) gives
//     first and last seen when no date does.
//
// Each record's line is where its element starts; its provenance is its sources attribute and its own
// "file:line".
func (l *loader) readGraph(fi int32) error {
	f := &l.files[fi]
	rc, err := f.fsys.Open(f.name)
	if err != nil {
		return fmt.Errorf("loaders: %w", err)
	}
	defer rc.Close()
	read := exchange.ReadGraphML
	if f.graph == "gexf" {
		read = exchange.ReadGEXF
	}
	g, err := read(rc)
	if err != nil {
		return fmt.Errorf("loaders: %s: %w", f.label, err)
	}
	for _, p := range g.Problems {
		l.beginRow(fi, p.Line, 0, 0, rowHeader)
		l.problem(p.Field, p.Reason)
	}
	for i := range g.Nodes {
		if err := l.checkCtx(i + 1); err != nil {
			return err
		}
		l.graphRecord(fi, &g.Nodes[i], l.graphNode)
	}
	for i := range g.Edges {
		if err := l.checkCtx(i + 1); err != nil {
			return err
		}
		l.graphRecord(fi, &g.Edges[i], l.graphEdge)
	}
	return nil
}

func (l *loader) graphRecord(fi int32, e *exchange.Element, parse func(*exchange.Element) map[string]any) {
	l.beginRow(fi, e.Line, e.Offset, e.EndOffset, 0)
	for _, p := range e.Problems {
		l.problem(p.Field, p.Reason)
	}
	if len(e.Problems) > 0 {
		return
	}
	for _, a := range e.Attrs {
		if len(a.Value) > maxFieldBytes {
			l.problem(a.Name, fieldTooLong)
			return
		}
	}
	rec := parse(e)
	if rec == nil {
		return
	}
	b, err := json.Marshal(rec)
	if err != nil {
		l.problem("", err.Error())
		return
	}
	fields := make(map[string]json.RawMessage, len(rec))
	for k, v := range rec {
		raw, _ := json.Marshal(v)
		fields[k] = raw
	}
	if _, ok := rec["source"]; ok {
		l.jsonLink(b, fields)
	} else {
		l.jsonEntity(b, fields)
	}
}

// graphAttrs returns an element's attributes by lower-case name, its lists split, for the JSON record.
func graphAttrs(e *exchange.Element) map[string]any {
	rec := make(map[string]any, len(e.Attrs)+3)
	for _, a := range e.Attrs {
		k := lowerKey(a.Name)
		switch k {
		case "aliases", "cases", "sources":
			rec[k] = splitList(a.Value)
		default:
			rec[k] = strings.TrimSpace(a.Value)
		}
	}
	return rec
}

func (l *loader) graphNode(e *exchange.Element) map[string]any {
	rec := graphAttrs(e)
	rec["id"] = e.ID
	if _, ok := rec["kind"]; !ok {
		rec["kind"] = string(ringleader.KindPerson)
		if t, ok := rec["type"].(string); ok {
			if k, ok := ringleader.ParseKind(t); ok {
				rec["kind"] = string(k)
				delete(rec, "type")
			}
		}
	}
	if label, ok := rec["label"].(string); ok {
		if name, ok := rec["name"].(string); !ok || name == "" {
			rec["name"] = label
			delete(rec, "label")
		} else if name == label {
			delete(rec, "label") // GEXF's label, written from the name
		}
	}
	if name, _ := rec["name"].(string); name == "" {
		rec["name"] = e.ID
	}
	if v, ok := rec["implicit"].(string); ok {
		b, err := strconv.ParseBool(v)
		if err != nil {
			l.problem("implicit", fmt.Sprintf("%q is not true or false", v))
			return nil
		}
		rec["implicit"] = b
	}
	return rec
}

func (l *loader) graphEdge(e *exchange.Element) map[string]any {
	rec := graphAttrs(e)
	delete(rec, "id") // the file's edge id, not a record's
	rec["source"], rec["target"] = e.Source, e.Target
	if id, ok := rec["link_id"]; ok {
		rec["id"] = id
		delete(rec, "link_id")
	}
	switch t, _ := rec["type"].(string); {
	case t == "":
		rec["type"] = string(ringleader.LinkAssociate)
		if _, ok := rec["subtype"]; !ok {
			rec["subtype"] = ringleader.AssocAssociate
		}
	case slices.Contains(ringleader.AssociationSubtypes, strings.ToLower(t)):
		if _, ok := ringleader.ParseLinkType(t); !ok {
			rec["type"], rec["subtype"] = string(ringleader.LinkAssociate), strings.ToLower(t)
		}
	}
	for _, k := range []string{"weight", "amount"} {
		v, ok := rec[k].(string)
		if !ok {
			continue
		}
		f, err := strconv.ParseFloat(v, 64)
		if err != nil {
			l.problem(k, fmt.Sprintf("%q is not a number", v))
			return nil
		}
		rec[k] = f
	}
	_, dated := rec["date"]
	_, first := rec["first_seen"]
	_, last := rec["last_seen"]
	if !dated && !first && !last && (e.Start != "" || e.End != "") {
		rec["first_seen"], rec["last_seen"] = e.Start, e.End
	}
	if label, ok := rec["label"].(string); ok {
		k := ringleader.Link{Type: ringleader.LinkType(fmt.Sprint(rec["type"])), Subtype: fmt.Sprint(rec["subtype"]),
			Role: fmt.Sprint(rec["role"]), Currency: fmt.Sprint(rec["currency"])}
		if a, ok := rec["amount"].(float64); ok {
			k.Amount = a
		}
		for _, f := range []*string{&k.Subtype, &k.Role, &k.Currency} {
			if *f == "<nil>" {
				*f = ""
			}
		}
		if exchange.LinkLabel(&k) == label {
			delete(rec, "label") // GEXF's label, written from the link's fields
		}
	}
	return rec
}
