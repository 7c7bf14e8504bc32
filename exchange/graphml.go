package exchange

import (
	"encoding/xml"
	"fmt"
	"io"
	"strconv"

	"github.com/ringleader/ringleader"
)

// GraphMLNamespace is GraphML's XML namespace.
const GraphMLNamespace = "http://graphml.graphdrawing.org/xmlns"

type graphmlDoc struct {
	XMLName        xml.Name     `xml:"graphml"`
	XMLNS          string       `xml:"xmlns,attr"`
	XSI            string       `xml:"xmlns:xsi,attr"`
	SchemaLocation string       `xml:"xsi:schemaLocation,attr"`
	Keys           []graphmlKey `xml:"key"`
	Graph          graphmlGraph `xml:"graph"`
}

type graphmlKey struct {
	ID       string `xml:"id,attr"`
	For      string `xml:"for,attr"`
	AttrName string `xml:"attr.name,attr"`
	AttrType string `xml:"attr.type,attr"`
}

type graphmlGraph struct {
	ID          string        `xml:"id,attr"`
	EdgeDefault string        `xml:"edgedefault,attr"`
	Data        []graphmlData `xml:"data"`
	Nodes       []graphmlNode `xml:"node"`
	Edges       []graphmlEdge `xml:"edge"`
}

type graphmlNode struct {
	ID   string        `xml:"id,attr"`
	Data []graphmlData `xml:"data"`
}

type graphmlEdge struct {
	ID     string        `xml:"id,attr"`
	Source string        `xml:"source,attr"`
	Target string        `xml:"target,attr"`
	Data   []graphmlData `xml:"data"`
}

type graphmlData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

// Graph attributes of a GraphML export.
const (
	AttrDescription = "description"
	AttrRestriction = "restriction"
)

// WriteGraphML writes net as GraphML: a key with its attr.type for every field and property of entities and
// links (Columns), a node per entity, an edge per link (ids e0, e1, ...; a link's own id is its link_id), and the
// title and restriction as graph attributes. The graph is directed: a tie without direction (a meeting) is one
// edge from its first endpoint, its type saying it has none, since networkx refuses a GraphML file that mixes
// directed and undirected edges.
func WriteGraphML(w io.Writer, net *ringleader.Network, opt Options) error {
	ents := make([][]Attr, len(net.Entities))
	for i := range net.Entities {
		ents[i] = EntityAttrs(&net.Entities[i])
	}
	links := make([][]Attr, len(net.Links))
	for i := range net.Links {
		links[i] = LinkAttrs(&net.Links[i])
	}
	doc := graphmlDoc{XMLNS: GraphMLNamespace, XSI: "http://www.w3.org/2001/XMLSchema-instance",
		SchemaLocation: GraphMLNamespace + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
		Graph:          graphmlGraph{ID: "G", EdgeDefault: "directed"}}
	for _, g := range []struct{ name, value string }{{AttrDescription, opt.Title}, {AttrRestriction, opt.restriction()}} {
		if g.value != "" {
			id := "g_" + g.name
			doc.Keys = append(doc.Keys, graphmlKey{ID: id, For: "graph", AttrName: g.name, AttrType: string(TypeString)})
			doc.Graph.Data = append(doc.Graph.Data, graphmlData{Key: id, Value: g.value})
		}
	}
	nodeKey := keys(&doc, "node", "n", Columns(ents, entityFields))
	edgeKey := keys(&doc, "edge", "e", Columns(links, linkFields))
	for i, e := range net.Entities {
		doc.Graph.Nodes = append(doc.Graph.Nodes, graphmlNode{ID: e.ID, Data: data(ents[i], nodeKey)})
	}
	for i, l := range net.Links {
		doc.Graph.Edges = append(doc.Graph.Edges, graphmlEdge{ID: "e" + strconv.Itoa(i), Source: l.Source, Target: l.Target,
			Data: data(links[i], edgeKey)})
	}
	return encodeXML(w, doc)
}

func keys(doc *graphmlDoc, domain, prefix string, cols []Column) map[string]string {
	ids := make(map[string]string, len(cols))
	for i, c := range cols {
		id := prefix + strconv.Itoa(i)
		ids[c.Name] = id
		doc.Keys = append(doc.Keys, graphmlKey{ID: id, For: domain, AttrName: c.Name, AttrType: string(c.Type)})
	}
	return ids
}

func data(attrs []Attr, key map[string]string) []graphmlData {
	out := make([]graphmlData, len(attrs))
	for i, a := range attrs {
		out[i] = graphmlData{Key: key[a.Name], Value: a.Value}
	}
	return out
}

// encodeXML writes the XML declaration and v, indented.
func encodeXML(w io.Writer, v any) error {
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return fmt.Errorf("exchange: %w", err)
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("exchange: %w", err)
	}
	if err := enc.Close(); err != nil {
		return fmt.Errorf("exchange: %w", err)
	}
	_, err := io.WriteString(w, "\n")
	return err
}
