package exchange

import (
	"encoding/xml"
	"io"
	"slices"
	"strconv"
	"time"

	"github.com/ringleader/ringleader"
)

// The i2 ANX (Analyst's Notebook Exchange) chart. There is no public schema: the elements, their nesting, order and
// required attributes follow what the anxwritter package (PyPI, 1.25) writes for the same chart, which
// anx_test.go checks.
type anxChart struct {
	XMLName            xml.Name        `xml:"Chart"`
	ApplicationVersion anxVersion      `xml:"ApplicationVersion"`
	Strengths          []anxStrength   `xml:"StrengthCollection>Strength"`
	GradeOne           []anxString     `xml:"GradeOne>StringCollection>String"`
	GradeTwo           []anxString     `xml:"GradeTwo>StringCollection>String"`
	GradeThree         []anxString     `xml:"GradeThree>StringCollection>String"`
	AttributeClasses   []anxAttrClass  `xml:"AttributeClassCollection>AttributeClass"`
	EntityTypes        []anxEntityType `xml:"EntityTypeCollection>EntityType"`
	LinkTypes          []anxLinkType   `xml:"LinkTypeCollection>LinkType"`
	Summary            *anxSummary     `xml:"Summary"`
	Items              []anxChartItem  `xml:"ChartItemCollection>ChartItem"`
	Palette            anxPalette      `xml:"PaletteCollection>Palette"`
}

type anxVersion struct {
	Major int `xml:"Major,attr"`
	Minor int `xml:"Minor,attr"`
	Point int `xml:"Point,attr"`
	Build int `xml:"Build,attr"`
}

type anxStrength struct {
	ID       string `xml:"Id,attr"`
	Name     string `xml:"Name,attr"`
	DotStyle string `xml:"DotStyle,attr"`
}

type anxString struct {
	ID   string `xml:"Id,attr"`
	Text string `xml:"Text,attr"`
}

type anxAttrClass struct {
	ID            string `xml:"Id,attr"`
	Name          string `xml:"Name,attr"`
	Type          string `xml:"Type,attr"`
	IsUser        bool   `xml:"IsUser,attr"`
	UserCanAdd    bool   `xml:"UserCanAdd,attr"`
	UserCanRemove bool   `xml:"UserCanRemove,attr"`
	ShowValue     bool   `xml:"ShowValue,attr"`
}

type anxEntityType struct {
	ID       string `xml:"Id,attr"`
	Name     string `xml:"Name,attr"`
	IconFile string `xml:"IconFile,attr"`
}

type anxLinkType struct {
	ID   string `xml:"Id,attr"`
	Name string `xml:"Name,attr"`
}

type anxSummary struct {
	Fields []anxField `xml:"FieldCollection>Field"`
	Origin anxOrigin  `xml:"Origin"`
}

type anxField struct {
	Type  string `xml:"Type,attr"`
	Field string `xml:"Field,attr"`
}

type anxOrigin struct {
	CreatedDate    string `xml:"CreatedDate,attr"`
	EditTime       int    `xml:"EditTime,attr"`
	RevisionNumber int    `xml:"RevisionNumber,attr"`
}

type anxChartItem struct {
	ID              string         `xml:"Id,attr"`
	Label           string         `xml:"Label,attr"`
	Description     string         `xml:"Description,attr,omitempty"`
	DateSet         bool           `xml:"DateSet,attr,omitempty"`
	GradeOneIndex   int            `xml:"GradeOneIndex,attr"`
	GradeTwoIndex   int            `xml:"GradeTwoIndex,attr"`
	GradeThreeIndex int            `xml:"GradeThreeIndex,attr"`
	DateTime        string         `xml:"DateTime,attr,omitempty"`
	XPosition       *int           `xml:"XPosition,attr"`
	End             *anxEnd        `xml:"End"`
	Link            *anxLink       `xml:"Link"`
	Attributes      []anxAttribute `xml:"AttributeCollection>Attribute"`
}

type anxEnd struct {
	X      int       `xml:"X,attr"`
	Y      int       `xml:"Y,attr"`
	Z      int       `xml:"Z,attr"`
	Entity anxEntity `xml:"Entity"`
}

type anxEntity struct {
	EntityID        int          `xml:"EntityId,attr"`
	Identity        string       `xml:"Identity,attr"`
	LabelIsIdentity bool         `xml:"LabelIsIdentity,attr"`
	IconStyle       anxIconStyle `xml:"Icon>IconStyle"`
}

type anxIconStyle struct {
	Type                string `xml:"Type,attr"`
	EntityTypeReference string `xml:"EntityTypeReference,attr"`
}

type anxLink struct {
	End1ID int          `xml:"End1Id,attr"`
	End2ID int          `xml:"End2Id,attr"`
	Offset int          `xml:"Offset,attr"`
	Style  anxLinkStyle `xml:"LinkStyle"`
}

type anxLinkStyle struct {
	Strength          string `xml:"Strength,attr"`
	ArrowStyle        string `xml:"ArrowStyle,attr,omitempty"`
	Type              string `xml:"Type,attr"`
	LinkTypeReference string `xml:"LinkTypeReference,attr"`
}

type anxAttribute struct {
	AttributeClass          string `xml:"AttributeClass,attr"`
	AttributeClassReference string `xml:"AttributeClassReference,attr"`
	Value                   string `xml:"Value,attr"`
}

type anxPalette struct {
	Name           string               `xml:"Name,attr"`
	AttributeClass []anxAttrEntry       `xml:"AttributeClassEntryCollection>AttributeClassEntry"`
	EntityTypes    []anxEntityTypeEntry `xml:"EntityTypeEntryCollection>EntityTypeEntry"`
	LinkTypes      []anxLinkTypeEntry   `xml:"LinkTypeEntryCollection>LinkTypeEntry"`
}

type anxAttrEntry struct {
	AttributeClass          string `xml:"AttributeClass,attr"`
	AttributeClassReference string `xml:"AttributeClassReference,attr"`
}

type anxEntityTypeEntry struct {
	Entity              string `xml:"Entity,attr"`
	EntityTypeReference string `xml:"EntityTypeReference,attr"`
}

type anxLinkTypeEntry struct {
	LinkType          string `xml:"LinkType,attr"`
	LinkTypeReference string `xml:"LinkTypeReference,attr"`
}

// ANXIcons are the i2 icons the kinds are drawn with (EntityType IconFile names of i2's standard palette).
var ANXIcons = map[ringleader.Kind]string{
	ringleader.KindPerson: "Person", ringleader.KindOrganisation: "Organisation", ringleader.KindShipment: "Package",
	ringleader.KindCase: "Document", ringleader.KindAccount: "Bank Account", ringleader.KindPhone: "Telephone",
	ringleader.KindLocation: "Place", ringleader.KindVehicle: "Car",
}

// The i2 grades: source reliability (grade one: A–E of the 5×5×5, X of the 4×4), information (grade two: 1–5)
// and handling (grade three: 1–5). "-" is what i2 shows for an item without one, the last of each list.
var (
	ANXGradeOne   = []string{"A", "B", "C", "D", "E", "X", "-"}
	ANXGradeTwo   = []string{"1", "2", "3", "4", "5", "-"}
	ANXGradeThree = []string{"1", "2", "3", "4", "5", "-"}
)

// ANXStrengths are the link strengths, named after the confidences: i2 draws them solid, dashed and dotted.
var ANXStrengths = map[string]string{ringleader.ConfidenceConfirmed: "Confirmed",
	ringleader.ConfidenceUnconfirmed: "Unconfirmed", ringleader.ConfidenceTentative: "Tentative"}

var anxDotStyles = map[string]string{ringleader.ConfidenceConfirmed: "DotStyleSolid",
	ringleader.ConfidenceUnconfirmed: "DotStyleDashed", ringleader.ConfidenceTentative: "DotStyleDotted"}

var anxAttTypes = map[Type]string{TypeString: "AttText", TypeInt: "AttNumber", TypeDouble: "AttNumber", TypeBoolean: "AttFlag"}

// anxLayoutColumns is the width of the grid the icons are laid out on (i2 lays a chart out again on request).
const anxLayoutColumns = 20

// WriteANX writes net as an i2 Analyst's Notebook Exchange chart: each entity an icon of its kind's type (icons
// in ANXIcons) labelled with its name and identified by its id, each link between them labelled (LinkLabel),
// typed, dated (a payment's date or the first day seen), with an arrow when it has a direction, and a strength
// for its confidence (ANXStrengths); a record's grading becomes i2's three grades (source, information,
// handling), and its other fields and properties attributes. The restriction is the chart summary's comment.
func WriteANX(w io.Writer, net *ringleader.Network, opt Options) error {
	c := anxChart{ApplicationVersion: anxVersion{Major: 9}, Palette: anxPalette{Name: "Ringleader"}}
	next := 0
	id := func() string { next++; return "ID" + strconv.Itoa(next) }
	for _, conf := range ringleader.Confidences {
		c.Strengths = append(c.Strengths, anxStrength{id(), ANXStrengths[conf], anxDotStyles[conf]})
	}
	for _, g := range []struct {
		out   *[]anxString
		items []string
	}{{&c.GradeOne, ANXGradeOne}, {&c.GradeTwo, ANXGradeTwo}, {&c.GradeThree, ANXGradeThree}} {
		for _, t := range g.items {
			*g.out = append(*g.out, anxString{id(), t})
		}
	}
	ents := make([][]Attr, len(net.Entities))
	for i := range net.Entities {
		ents[i] = anxAttrs(EntityAttrs(&net.Entities[i]), AttrKind, AttrName)
	}
	links := make([][]Attr, len(net.Links))
	for i := range net.Links {
		links[i] = anxAttrs(LinkAttrs(&net.Links[i]), AttrType)
	}
	classRef := map[string]string{}
	for _, col := range Columns(append(slices.Clone(ents), links...), append(slices.Clone(entityFields), linkFields...)) {
		ref := id()
		classRef[col.Name] = ref
		c.AttributeClasses = append(c.AttributeClasses, anxAttrClass{ID: ref, Name: col.Name, Type: anxAttTypes[col.Type],
			IsUser: true, UserCanAdd: true, UserCanRemove: true, ShowValue: true})
		c.Palette.AttributeClass = append(c.Palette.AttributeClass, anxAttrEntry{col.Name, ref})
	}
	kindRef := map[ringleader.Kind]string{}
	for _, k := range ringleader.Kinds {
		kindRef[k] = id()
		c.EntityTypes = append(c.EntityTypes, anxEntityType{ID: kindRef[k], Name: string(k), IconFile: ANXIcons[k]})
		c.Palette.EntityTypes = append(c.Palette.EntityTypes, anxEntityTypeEntry{string(k), kindRef[k]})
	}
	typeRef := map[string]string{}
	for _, l := range net.Links {
		if t := string(l.Type); typeRef[t] == "" {
			typeRef[t] = id()
			c.LinkTypes = append(c.LinkTypes, anxLinkType{typeRef[t], t})
			c.Palette.LinkTypes = append(c.Palette.LinkTypes, anxLinkTypeEntry{t, typeRef[t]})
		}
	}
	var fields []anxField
	if opt.Title != "" {
		fields = append(fields, anxField{"SummaryFieldTitle", opt.Title})
	}
	if r := opt.restriction(); r != "" {
		fields = append(fields, anxField{"SummaryFieldComments", "restricted to " + r})
	}
	if fields != nil {
		c.Summary = &anxSummary{Fields: fields, Origin: anxOrigin{CreatedDate: time.Now().UTC().Format("2006-01-02T15:04:05"), RevisionNumber: 1}}
	}
	entityID := make(map[string]int, len(net.Entities))
	for i, e := range net.Entities {
		entityID[e.ID] = i + 1
		x := (i % anxLayoutColumns) * 160
		item := anxChartItem{ID: id(), Label: e.Name, XPosition: &x,
			End: &anxEnd{X: x, Y: (i / anxLayoutColumns) * 160, Entity: anxEntity{EntityID: i + 1, Identity: e.ID,
				IconStyle: anxIconStyle{Type: string(e.Kind), EntityTypeReference: kindRef[e.Kind]}}},
			Attributes: anxAttributes(ents[i], classRef)}
		item.GradeOneIndex, item.GradeTwoIndex, item.GradeThreeIndex = anxGrades(e.Props)
		c.Items = append(c.Items, item)
	}
	for i, l := range net.Links {
		item := anxChartItem{ID: id(), Label: LinkLabel(&l), Attributes: anxAttributes(links[i], classRef),
			Link: &anxLink{End1ID: entityID[l.Source], End2ID: entityID[l.Target],
				Style: anxLinkStyle{Strength: ANXStrengths[l.Confidence()], Type: string(l.Type), LinkTypeReference: typeRef[string(l.Type)]}}}
		if l.Directed() {
			item.Link.Style.ArrowStyle = "ArrowOnHead"
		}
		if d := l.Start(); d != "" {
			item.DateSet, item.DateTime = true, d+"T00:00:00.000"
		}
		item.GradeOneIndex, item.GradeTwoIndex, item.GradeThreeIndex = anxGrades(l.Props)
		c.Items = append(c.Items, item)
	}
	return encodeXML(w, c)
}

// anxAttrs leaves out of a record's attributes those the chart shows in its own places: the names given, the
// grading (i2's grades) and a link's confidence (its strength).
func anxAttrs(attrs []Attr, shown ...string) []Attr {
	out := attrs[:0:0]
	for _, a := range attrs {
		if !slices.Contains(shown, a.Name) && !slices.Contains(ringleader.GradingProps, a.Name) {
			out = append(out, a)
		}
	}
	return out
}

func anxAttributes(attrs []Attr, ref map[string]string) []anxAttribute {
	out := make([]anxAttribute, len(attrs))
	for i, a := range attrs {
		out[i] = anxAttribute{a.Name, ref[a.Name], a.Value}
	}
	return out
}

// anxGrades returns the indices of a record's source grade, information grade and handling code in i2's grade
// lists; an item without one, or with a value outside the list, gets "-".
func anxGrades(props map[string]string) (int, int, int) {
	index := func(list []string, v string) int {
		if i := slices.Index(list[:len(list)-1], v); i >= 0 {
			return i
		}
		return len(list) - 1
	}
	return index(ANXGradeOne, props[ringleader.PropSourceGrade]), index(ANXGradeTwo, props[ringleader.PropInfoGrade]),
		index(ANXGradeThree, props[ringleader.PropHandling])
}
