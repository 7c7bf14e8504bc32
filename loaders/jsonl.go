package loaders

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/ringleader/ringleader"
)

// jsonEntity and jsonLink mirror the JSON of ringleader.Entity and ringleader.Link, with
// properties as raw values so that a number or a boolean is kept as its text rather than
// refused.
type jsonEntity struct {
	ID       string                     `json:"id"`
	Kind     string                     `json:"kind"`
	Name     string                     `json:"name"`
	Aliases  []string                   `json:"aliases"`
	Cases    []string                   `json:"cases"`
	Sources  []string                   `json:"sources"`
	Props    map[string]json.RawMessage `json:"properties"`
	Implicit bool                       `json:"implicit"`
	Seq      int64                      `json:"seq"`
}

type jsonLink struct {
	ID        string                     `json:"id"`
	Type      string                     `json:"type"`
	Source    string                     `json:"source"`
	Target    string                     `json:"target"`
	Subtype   string                     `json:"subtype"`
	Role      string                     `json:"role"`
	Weight    float64                    `json:"weight"`
	Amount    float64                    `json:"amount"`
	Currency  string                     `json:"currency"`
	Date      string                     `json:"date"`
	Channel   string                     `json:"channel"`
	FirstSeen string                     `json:"first_seen"`
	LastSeen  string                     `json:"last_seen"`
	Cases     []string                   `json:"cases"`
	Sources   []string                   `json:"sources"`
	Props     map[string]json.RawMessage `json:"properties"`
}

var (
	entityKeys = jsonKeys(jsonEntity{})
	linkKeys   = jsonKeys(jsonLink{})
)

func jsonKeys(v any) map[string]bool {
	keys := map[string]bool{}
	t := reflect.TypeOf(v)
	for i := range t.NumField() {
		keys[t.Field(i).Tag.Get("json")] = true
	}
	return keys
}

// readJSONL reads one JSON Lines file: each non-blank line an entity, or a link when
// it has "source".
func (l *loader) readJSONL(fi int32) error {
	f := &l.files[fi]
	br, closer, err := l.openText(fi)
	if err != nil {
		return err
	}
	defer closer.Close()
	var ctxErr error
	err = eachLine(br, f.bom, func(line int, start, end int64, text []byte) error {
		if ctxErr = l.checkCtx(line); ctxErr != nil {
			return ctxErr
		}
		l.beginRow(fi, line, start, end, 0)
		if text == nil {
			l.problem("", rowTooLong)
			return nil
		}
		l.parseJSONLine(text)
		return nil
	})
	switch {
	case ctxErr != nil:
		return ctxErr
	case err != nil:
		return fmt.Errorf("loaders: %s: %w", f.label, err)
	}
	return nil
}

func (l *loader) parseJSONLine(b []byte) {
	if !utf8.Valid(b) {
		l.problem("", "invalid UTF-8")
		return
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(b, &raw); err != nil {
		var se *json.SyntaxError
		switch {
		case errors.As(err, &se) && strings.Contains(se.Error(), "unexpected end"):
			l.problem("", "the line ends before its JSON does: a } or a quote is missing, or a record was split over two lines")
		case errors.As(err, &se):
			l.problem("", fmt.Sprintf("not valid JSON at byte %d of the line: %s", se.Offset, plainJSONError(se.Error())))
		default:
			l.problem("", "not a JSON object")
		}
		return
	}
	fields := make(map[string]json.RawMessage, len(raw))
	long := false
	for k, v := range raw {
		fields[lowerKey(k)] = v
		if len(v) > maxFieldBytes {
			l.problem(lowerKey(k), fieldTooLong)
			long = true
		}
	}
	if long {
		return
	}
	if _, ok := fields["source"]; ok {
		l.jsonLink(b, fields)
	} else {
		l.jsonEntity(b, fields)
	}
}

// decode decodes a line into v; a value of the wrong type is a problem of its field.
func (l *loader) decode(b []byte, v any) bool {
	err := json.Unmarshal(b, v)
	if err == nil {
		return true
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		got, _, _ := strings.Cut(te.Value, " ")
		l.problem(te.Field, fmt.Sprintf("expected %s, got %s", jsonType(te.Type), jsonValue(got)))
	} else {
		l.problem("", "invalid JSON: "+err.Error())
	}
	return false
}

func jsonType(t reflect.Type) string {
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Slice:
		return "a list of strings"
	case reflect.Float64, reflect.Int64:
		return "a number"
	case reflect.Bool:
		return "true or false"
	}
	return "an object"
}

func jsonValue(v string) string {
	switch v {
	case "array":
		return "a list"
	case "object":
		return "an object"
	case "bool":
		return "true or false"
	}
	return "a " + v
}

// jsonID returns a valid id, or "" after a problem.
func (l *loader) jsonID(field, v string, required bool) string {
	if v == "" {
		if required {
			l.problem(field, "required value is empty")
		}
		return ""
	}
	if reason := idProblem(v); reason != "" {
		l.problem(field, reason)
		return ""
	}
	return v
}

// jsonCases returns the case ids of a record, each a reference to a case.
func (l *loader) jsonCases(ids []string) []string {
	var out []string
	for _, c := range ids {
		if c = l.jsonID("cases", c, true); c != "" {
			l.ref(c, "cases", kindsOf(ringleader.KindCase))
			out = append(out, c)
		}
	}
	return out
}

// jsonProps returns the properties of a record and its keys outside the record's
// fields, by lower-case name, as text.
func (l *loader) jsonProps(props, fields map[string]json.RawMessage, known map[string]bool) map[string]string {
	var out map[string]string
	for _, k := range slices.Sorted(maps.Keys(props)) {
		setProp(&out, lowerKey(k), scalarText(props[k]))
	}
	for _, k := range slices.Sorted(maps.Keys(fields)) {
		if !known[k] {
			setProp(&out, k, scalarText(fields[k]))
		}
	}
	return out
}

// scalarText is a JSON value as property text: a string's content, a number or boolean
// as written, an object or list as compact JSON, null as "".
func scalarText(raw json.RawMessage) string {
	raw = bytes.TrimSpace(raw)
	if len(raw) > 0 && raw[0] == '"' {
		var s string
		if json.Unmarshal(raw, &s) == nil {
			return strings.TrimSpace(s)
		}
	}
	if string(raw) == "null" {
		return ""
	}
	var b bytes.Buffer
	if json.Compact(&b, raw) != nil {
		return string(raw)
	}
	return b.String()
}

func trimList(v []string) []string {
	var out []string
	for _, s := range v {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func (l *loader) jsonEntity(b []byte, fields map[string]json.RawMessage) {
	var j jsonEntity
	if !l.decode(b, &j) {
		return
	}
	id := l.jsonID("id", j.ID, true)
	var kind ringleader.Kind
	switch k, ok := ringleader.ParseKind(j.Kind); {
	case j.Kind == "":
		l.problem("kind", "required value is empty")
	case !ok:
		l.problem("kind", fmt.Sprintf("unknown kind %q", j.Kind))
	default:
		kind = k
	}
	name := strings.TrimSpace(j.Name)
	props := l.jsonProps(j.Props, fields, entityKeys)
	if kind != "" {
		if name == "" && named(kind) {
			l.problem("name", "required value is empty")
		}
		for _, rule := range entityRules[kind] {
			v := props[rule.name]
			if v == "" {
				if rule.required {
					l.problem(rule.name, "required value is empty")
				}
				continue
			}
			out, reason := rule.check(v)
			if reason != "" {
				l.problem(rule.name, reason)
			}
			props[rule.name] = out
		}
	}
	cases := l.jsonCases(j.Cases)
	if id == "" || kind == "" {
		return
	}
	if name == "" {
		name = id
	}
	if kind == ringleader.KindCase {
		cases = append(cases, id)
	}
	l.entity(ringleader.Entity{ID: id, Kind: kind, Name: name, Aliases: trimList(j.Aliases), Cases: cases,
		Sources: sortedSet(append(trimList(j.Sources), l.sources()...)), Props: props, Implicit: j.Implicit}, "id", true)
}

// sameAsRules check the properties of SAME_AS links that entity resolution reads.
var sameAsRules = []propRule{{name: "decision", check: enum(decisions)}, {name: "score", check: checkNonNegative}}

func (l *loader) jsonLink(b []byte, fields map[string]json.RawMessage) {
	var j jsonLink
	if !l.decode(b, &j) {
		return
	}
	var typ ringleader.LinkType
	switch t, ok := ringleader.ParseLinkType(j.Type); {
	case j.Type == "":
		l.problem("type", "required value is empty")
	case !ok:
		l.problem("type", fmt.Sprintf("unknown link type %q", j.Type))
	default:
		typ = t
	}
	src := l.jsonID("source", j.Source, true)
	dst := l.jsonID("target", j.Target, true)
	id := l.jsonID("id", j.ID, false)
	k := ringleader.Link{ID: id, Type: typ, Source: src, Target: dst,
		Subtype: strings.ToLower(strings.TrimSpace(j.Subtype)), Role: strings.ToLower(strings.TrimSpace(j.Role)),
		Weight: j.Weight, Amount: j.Amount, Date: strings.TrimSpace(j.Date),
		FirstSeen: strings.TrimSpace(j.FirstSeen), LastSeen: strings.TrimSpace(j.LastSeen),
		Props: l.jsonProps(j.Props, fields, linkKeys)}
	check := func(field string, v *string, c func(string) (string, string)) {
		if *v == "" {
			return
		}
		out, reason := c(*v)
		if reason != "" {
			l.problem(field, reason)
		}
		*v = out
	}
	switch typ {
	case ringleader.LinkAssociate:
		if k.Subtype == "" {
			l.problem("subtype", "required value is empty")
		}
		check("subtype", &k.Subtype, checkAssocType)
	case ringleader.LinkPaid:
		if strings.TrimSpace(j.Currency) == "" {
			l.problem("currency", "required value is empty")
		}
	case ringleader.LinkSameAs:
		for _, rule := range sameAsRules {
			if v := k.Props[rule.name]; v != "" {
				check(rule.name, &v, rule.check)
				k.Props[rule.name] = v
			}
		}
	}
	if k.Weight < 0 {
		l.problem("weight", fmt.Sprintf("%q is negative", formatNumber(k.Weight)))
	}
	if k.Amount < 0 {
		l.problem("amount", fmt.Sprintf("%q is negative", formatNumber(k.Amount)))
	}
	k.Currency = strings.TrimSpace(j.Currency)
	check("currency", &k.Currency, checkCurrency)
	k.Channel = strings.TrimSpace(j.Channel)
	check("channel", &k.Channel, checkChannel)
	check("date", &k.Date, checkDate)
	check("first_seen", &k.FirstSeen, checkDate)
	check("last_seen", &k.LastSeen, checkDate)
	if k.FirstSeen != "" && k.LastSeen != "" && k.LastSeen < k.FirstSeen {
		l.problem("last_seen", fmt.Sprintf("%q is before first_seen %q", k.LastSeen, k.FirstSeen))
	}
	k.Cases = l.jsonCases(j.Cases)
	k.Sources = sortedSet(append(trimList(j.Sources), l.sources()...))
	if src != "" && src == dst {
		l.problem("target", "same as source")
		return
	}
	if typ == "" {
		return
	}
	if typ == ringleader.LinkPaid && k.ID == "" {
		k.ID = paymentID(src, dst, "", "", k.Date, formatNumber(k.Amount), k.Currency, k.Channel)
	}
	l.link(k, "source", "target", true)
}

// plainJSONError rewords encoding/json's syntax messages for a person: "invalid character 'n' looking for
// beginning of object key string" becomes "'n' where a quoted field name should start".
func plainJSONError(msg string) string {
	for _, r := range []struct{ from, to string }{
		{"looking for beginning of object key string", "where a quoted field name should start"},
		{"looking for beginning of value", "where a value should start"},
		{"after object key", "after a field name (a colon should follow)"},
		{"after object key:value pair", "after a field (a comma or } should follow)"},
		{"after array element", "after a list item (a comma or ] should follow)"},
		{"in string literal", "inside a string (control characters must be escaped)"},
	} {
		if strings.Contains(msg, r.from) {
			return strings.Replace(strings.TrimPrefix(msg, "invalid character "), r.from, r.to, 1)
		}
	}
	return msg
}
