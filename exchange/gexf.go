package exchange

import (
	"encoding/xml"
	"io"
	"strconv"
	"time"

	"github.com/ringleader/ringleader"
)

// GEXF's namespaces. Gephi and graphology-gexf read the visual elements in the viz namespace; the published
// 1.3 schema expects them in the main one (see ../shared/formats/gexf-1.3/SOURCE.md), and Gephi's readers win.
const (
	GEXFNamespace    = "http://gexf.net/1.3"
	GEXFVizNamespace = "http://gexf.net/1.3/viz"
)

type gexfDoc struct {
	XMLName        xml.Name  `xml:"gexf"`
	XMLNS          string    `xml:"xmlns,attr"`
	Viz            string    `xml:"xmlns:viz,attr"`
	XSI            string    `xml:"xmlns:xsi,attr"`
	SchemaLocation string    `xml:"xsi:schemaLocation,attr"`
	Version        string    `xml:"version,attr"`
	Meta           gexfMeta  `xml:"meta"`
	Graph          gexfGraph `xml:"graph"`
}

type gexfMeta struct {
	LastModified string `xml:"lastmodifieddate,attr"`
	Creator      string `xml:"creator"`
	Description  string `xml:"description,omitempty"`
}

type gexfGraph struct {
	DefaultEdgeType string           `xml:"defaultedgetype,attr"`
	Mode            string           `xml:"mode,attr"`
	TimeFormat      string           `xml:"timeformat,attr,omitempty"`
	Attributes      []gexfAttributes `xml:"attributes"`
	Nodes           []gexfNode       `xml:"nodes>node"`
	Edges           []gexfEdge       `xml:"edges>edge"`
}

type gexfAttributes struct {
	Class      string          `xml:"class,attr"`
	Mode       string          `xml:"mode,attr"`
	Attributes []gexfAttribute `xml:"attribute"`
}

type gexfAttribute struct {
	ID    string `xml:"id,attr"`
	Title string `xml:"title,attr"`
	Type  string `xml:"type,attr"`
}

type gexfNode struct {
	ID        string         `xml:"id,attr"`
	Label     string         `xml:"label,attr"`
	AttValues []gexfAttValue `xml:"attvalues>attvalue"`
	Size      *gexfValue     `xml:"viz:size"`
	Color     *gexfColor     `xml:"viz:color"`
}

type gexfEdge struct {
	ID        string         `xml:"id,attr"`
	Source    string         `xml:"source,attr"`
	Target    string         `xml:"target,attr"`
	Type      string         `xml:"type,attr"`
	Label     string         `xml:"label,attr,omitempty"`
	Weight    string         `xml:"weight,attr"`
	Start     string         `xml:"start,attr,omitempty"`
	End       string         `xml:"end,attr,omitempty"`
	AttValues []gexfAttValue `xml:"attvalues>attvalue"`
	Shape     *gexfValue     `xml:"viz:shape"`
}

type gexfAttValue struct {
	For   string `xml:"for,attr"`
	Value string `xml:"value,attr"`
}

type gexfValue struct {
	Value string `xml:"value,attr"`
}

type gexfColor struct {
	R int `xml:"r,attr"`
	G int `xml:"g,attr"`
	B int `xml:"b,attr"`
}

// gexfTypes names the attribute types as GEXF does.
var gexfTypes = map[Type]string{TypeString: "string", TypeInt: "integer", TypeDouble: "double", TypeBoolean: "boolean"}

// AttrCommunity is the node attribute that holds an entity's community in a GEXF export.
const AttrCommunity = "community"

// edgeShapes draws a link's confidence as i2 does: solid, dashed, dotted.
var edgeShapes = map[string]string{ringleader.ConfidenceConfirmed: "solid", ringleader.ConfidenceUnconfirmed: "dashed",
	ringleader.ConfidenceTentative: "dotted"}

// communityColours are 12 colours told apart easily (ColorBrewer's Paired), by community number modulo 12.
var communityColours = [][3]int{{31, 120, 180}, {227, 26, 28}, {51, 160, 44}, {255, 127, 0}, {106, 61, 154},
	{177, 89, 40}, {166, 206, 227}, {251, 154, 153}, {178, 223, 138}, {253, 191, 111}, {202, 178, 214}, {255, 255, 153}}

// Node sizes run from minSize to maxSize with the measure's score.
const minSize, maxSize = 4.0, 40.0

// WriteGEXF writes net as GEXF 1.3 as Gephi writes it: attributes declared with their names as ids (which
// graphology-gexf needs) and types, every field and property of a record as an attvalue, a link's dates as its
// spell (start and end: a payment's date, or first and last seen) in a graph of mode "dynamic" when any link is
// dated (entities stay for the whole time), its confidence as viz:shape (solid, dashed, dotted), and each entity's
// viz:size from opt.Sizes and viz:color from opt.Communities. The description says what was restricted.
func WriteGEXF(w io.Writer, net *ringleader.Network, opt Options) error {
	ents := make([][]Attr, len(net.Entities))
	for i := range net.Entities {
		ents[i] = EntityAttrs(&net.Entities[i])
		if opt.Sizes != nil && opt.SizeMeasure != "" {
			if s, ok := opt.Sizes[net.Entities[i].ID]; ok {
				ents[i] = append(ents[i], Attr{opt.SizeMeasure, formatNumber(s)})
			}
		}
		if c, ok := opt.Communities[net.Entities[i].ID]; ok {
			ents[i] = append(ents[i], Attr{AttrCommunity, strconv.Itoa(c)})
		}
	}
	links := make([][]Attr, len(net.Links))
	dated := false
	for i := range net.Links {
		links[i] = LinkAttrs(&net.Links[i])
		dated = dated || net.Links[i].Start() != ""
	}
	doc := gexfDoc{XMLNS: GEXFNamespace, Viz: GEXFVizNamespace, XSI: "http://www.w3.org/2001/XMLSchema-instance",
		SchemaLocation: GEXFNamespace + " http://gexf.net/1.3/gexf.xsd", Version: "1.3",
		Meta:  gexfMeta{LastModified: time.Now().UTC().Format(time.DateOnly), Creator: "Ringleader", Description: opt.description()},
		Graph: gexfGraph{DefaultEdgeType: "directed", Mode: "static"}}
	if dated {
		doc.Graph.Mode, doc.Graph.TimeFormat = "dynamic", "date"
	}
	for _, c := range []struct {
		class string
		cols  []Column
	}{{"node", Columns(ents, entityFields)}, {"edge", Columns(links, linkFields)}} {
		a := gexfAttributes{Class: c.class, Mode: "static"}
		for _, col := range c.cols {
			a.Attributes = append(a.Attributes, gexfAttribute{ID: col.Name, Title: col.Name, Type: gexfTypes[col.Type]})
		}
		doc.Graph.Attributes = append(doc.Graph.Attributes, a)
	}
	lo, hi := scoreRange(opt.Sizes)
	for i, e := range net.Entities {
		n := gexfNode{ID: e.ID, Label: e.Name, AttValues: attValues(ents[i])}
		if s, ok := opt.Sizes[e.ID]; ok {
			size := minSize
			if hi > lo {
				size += (maxSize - minSize) * (s - lo) / (hi - lo)
			}
			n.Size = &gexfValue{strconv.FormatFloat(size, 'f', 2, 64)}
		}
		if c, ok := opt.Communities[e.ID]; ok && c >= 0 {
			rgb := communityColours[c%len(communityColours)]
			n.Color = &gexfColor{rgb[0], rgb[1], rgb[2]}
		}
		doc.Graph.Nodes = append(doc.Graph.Nodes, n)
	}
	for i, l := range net.Links {
		e := gexfEdge{ID: "e" + strconv.Itoa(i), Source: l.Source, Target: l.Target, Type: "undirected",
			Label: LinkLabel(&l), Weight: formatNumber(l.W()), Start: l.Start(), End: l.End(),
			AttValues: attValues(links[i]), Shape: &gexfValue{edgeShapes[l.Confidence()]}}
		if l.Directed() {
			e.Type = "directed"
		}
		doc.Graph.Edges = append(doc.Graph.Edges, e)
	}
	return encodeXML(w, doc)
}

func attValues(attrs []Attr) []gexfAttValue {
	out := make([]gexfAttValue, len(attrs))
	for i, a := range attrs {
		out[i] = gexfAttValue{For: a.Name, Value: a.Value}
	}
	return out
}

func scoreRange(s map[string]float64) (lo, hi float64) {
	first := true
	for _, v := range s {
		if first || v < lo {
			lo = v
		}
		if first || v > hi {
			hi = v
		}
		first = false
	}
	return lo, hi
}

// LinkLabel is what a chart writes on a link: its subtype or role when it has one ("call", "courier"), a
// payment's amount, otherwise its type.
func LinkLabel(l *ringleader.Link) string {
	switch {
	case l.Type == ringleader.LinkPaid && l.Amount != 0:
		return formatNumber(l.Amount) + " " + l.Currency
	case l.Subtype != "":
		return l.Subtype
	case l.Role != "":
		return l.Role
	}
	return string(l.Type)
}
