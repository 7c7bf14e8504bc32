package exchange

import (
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/ringleader/ringleader"
)

// Type is the type of an attribute column, in GraphML's words (GEXF and i2 have their own names for them).
type Type string

// The attribute types.
const (
	TypeString  Type = "string"
	TypeInt     Type = "int"
	TypeDouble  Type = "double"
	TypeBoolean Type = "boolean"
)

// Attr is one attribute of a record: a field (kind, cases, first_seen, ...) or a property, as text.
type Attr struct {
	Name, Value string
}

// Column is an attribute name and the type its values share.
type Column struct {
	Name string
	Type Type
}

// listSep joins list fields (aliases, cases, sources), as the CSV bundle does.
const listSep = ";"

// Entity and link field names as attributes. A node's id and an edge's endpoints are the format's own.
const (
	AttrKind     = "kind"
	AttrName     = "name"
	AttrAliases  = "aliases"
	AttrCases    = "cases"
	AttrSources  = "sources"
	AttrImplicit = "implicit"

	AttrLinkID    = "link_id"
	AttrType      = "type"
	AttrSubtype   = "subtype"
	AttrRole      = "role"
	AttrWeight    = "weight"
	AttrAmount    = "amount"
	AttrCurrency  = "currency"
	AttrDate      = "date"
	AttrChannel   = "channel"
	AttrFirstSeen = "first_seen"
	AttrLastSeen  = "last_seen"
)

// fieldTypes are the types of the fields that are not text.
var fieldTypes = map[string]Type{AttrImplicit: TypeBoolean, AttrWeight: TypeDouble, AttrAmount: TypeDouble}

// EntityAttrs returns e's fields and properties as attributes, fields first, properties by name; empty values
// are left out. A property that shares a field's name is left out too: the loaders never make one.
func EntityAttrs(e *ringleader.Entity) []Attr {
	out := make([]Attr, 0, 6+len(e.Props))
	add := func(name, v string) {
		if v != "" {
			out = append(out, Attr{name, v})
		}
	}
	add(AttrKind, string(e.Kind))
	add(AttrName, e.Name)
	add(AttrAliases, strings.Join(e.Aliases, listSep))
	add(AttrCases, strings.Join(e.Cases, listSep))
	add(AttrSources, strings.Join(e.Sources, listSep))
	if e.Implicit {
		add(AttrImplicit, "true")
	}
	return appendProps(out, e.Props, entityFields)
}

// LinkAttrs returns l's fields and properties as attributes, as EntityAttrs does. The weight is written as the
// link counts it (0 stands for 1).
func LinkAttrs(l *ringleader.Link) []Attr {
	out := make([]Attr, 0, 12+len(l.Props))
	add := func(name, v string) {
		if v != "" {
			out = append(out, Attr{name, v})
		}
	}
	add(AttrLinkID, l.ID)
	add(AttrType, string(l.Type))
	add(AttrSubtype, l.Subtype)
	add(AttrRole, l.Role)
	add(AttrWeight, formatNumber(l.W()))
	if l.Amount != 0 {
		add(AttrAmount, formatNumber(l.Amount))
	}
	add(AttrCurrency, l.Currency)
	add(AttrDate, l.Date)
	add(AttrChannel, l.Channel)
	add(AttrFirstSeen, l.FirstSeen)
	add(AttrLastSeen, l.LastSeen)
	add(AttrCases, strings.Join(l.Cases, listSep))
	add(AttrSources, strings.Join(l.Sources, listSep))
	return appendProps(out, l.Props, linkFields)
}

var (
	entityFields = []string{AttrKind, AttrName, AttrAliases, AttrCases, AttrSources, AttrImplicit}
	linkFields   = []string{AttrLinkID, AttrType, AttrSubtype, AttrRole, AttrWeight, AttrAmount, AttrCurrency, AttrDate,
		AttrChannel, AttrFirstSeen, AttrLastSeen, AttrCases, AttrSources}
)

func appendProps(out []Attr, props map[string]string, fields []string) []Attr {
	for _, k := range slices.Sorted(maps.Keys(props)) {
		if v := props[k]; v != "" && !slices.Contains(fields, k) {
			out = append(out, Attr{k, v})
		}
	}
	return out
}

func formatNumber(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// Columns returns the columns of a set of records' attributes, fields in the order given, then the other names
// sorted. A field has its own type; a property is an int when every value is a plain integer that fits in 32
// bits (GraphML's int), a double when every value is a plain decimal number, a boolean when every value is true
// or false, and text otherwise. "Plain" keeps a value's text through a reader that parses it: a phone number
// "+963..." or an id "0102" stays text, since an int would lose its sign or its zero.
func Columns(records [][]Attr, fields []string) []Column {
	types := map[string]Type{}
	for _, rec := range records {
		for _, a := range rec {
			t := valueType(a.Value)
			if ft, ok := fieldTypes[a.Name]; ok && slices.Contains(fields, a.Name) {
				t = ft
			} else if slices.Contains(fields, a.Name) {
				t = TypeString
			}
			if old, seen := types[a.Name]; seen {
				t = widen(old, t)
			}
			types[a.Name] = t
		}
	}
	var out []Column
	for _, f := range fields {
		if t, ok := types[f]; ok {
			out = append(out, Column{f, t})
			delete(types, f)
		}
	}
	for _, k := range slices.Sorted(maps.Keys(types)) {
		out = append(out, Column{k, types[k]})
	}
	return out
}

// widen returns the type that holds values of both a and b.
func widen(a, b Type) Type {
	switch {
	case a == b:
		return a
	case (a == TypeInt && b == TypeDouble) || (a == TypeDouble && b == TypeInt):
		return TypeDouble
	}
	return TypeString
}

func valueType(v string) Type {
	switch {
	case v == "true" || v == "false":
		return TypeBoolean
	case plainInt(v):
		return TypeInt
	case plainDecimal(v):
		return TypeDouble
	}
	return TypeString
}

// plainInt reports whether v is an integer written without sign, leading zero or separator, within 32 bits.
func plainInt(v string) bool {
	if v == "" || len(v) > 10 || (len(v) > 1 && v[0] == '0') {
		return false
	}
	s := strings.TrimPrefix(v, "-")
	if s == "" || (len(s) > 1 && s[0] == '0') {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	n, err := strconv.ParseInt(v, 10, 64)
	return err == nil && n >= math.MinInt32 && n <= math.MaxInt32
}

// plainDecimal reports whether v is a decimal number as strconv writes it ('f', shortest): "12.5", not "1e3",
// "012.5" or "12.50".
func plainDecimal(v string) bool {
	f, err := strconv.ParseFloat(v, 64)
	return err == nil && !math.IsInf(f, 0) && !math.IsNaN(f) && formatNumber(f) == v
}
