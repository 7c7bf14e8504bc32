package loaders

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/ringleader/ringleader"
)

// ftmRecord is one line of an FtM stream, with its id decoded (decodeFTMID).
type ftmRecord struct {
	id, schema string
	fields     map[string]json.RawMessage // the line's keys, until parseBody reads them
	props      map[string][]string        // values trimmed, empty ones and repeats dropped
	used       map[string]bool            // properties that have a counterpart
	ext        ftmExt
}

// ftmProblem is a problem of the line being read.
type ftmProblem struct{ field, reason string }

// parseFTM reads a line's envelope: a JSON object with an id and a schema. It returns nil
// and the problems when the line has none to speak of. The rest is read by parseBody,
// once the schema is known to be loaded: a skipped schema's properties are not checked.
func parseFTM(b []byte) (*ftmRecord, []ftmProblem) {
	if !utf8.Valid(b) {
		return nil, []ftmProblem{{"", "invalid UTF-8"}}
	}
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(b, &fields); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return nil, []ftmProblem{{"", "invalid JSON: " + se.Error()}}
		}
		return nil, []ftmProblem{{"", "not a JSON object"}}
	}
	if fields == nil {
		return nil, []ftmProblem{{"", "not a JSON object"}}
	}
	var probs []ftmProblem
	str := func(key string) string {
		raw, ok := fields[key]
		var s string
		switch {
		case !ok || isJSONNull(raw):
		case json.Unmarshal(raw, &s) != nil:
			probs = append(probs, ftmProblem{key, "expected a string, got " + jsonKindOf(raw)})
			return ""
		}
		if s = strings.TrimSpace(s); s == "" {
			probs = append(probs, ftmProblem{key, "required value is empty"})
		}
		return s
	}
	id, schema := str("id"), str("schema")
	if id != "" {
		id = decodeFTMID(id)
		if reason := idProblem(id); reason != "" {
			probs = append(probs, ftmProblem{"id", reason})
		}
	}
	if len(probs) > 0 {
		return nil, probs
	}
	return &ftmRecord{id: id, schema: schema, fields: fields}, nil
}

// parseBody reads the line's properties and its ringleader object.
func (r *ftmRecord) parseBody() []ftmProblem {
	var probs []ftmProblem
	r.props, r.used = map[string][]string{}, map[string]bool{}
	if raw, ok := r.fields["properties"]; ok && !isJSONNull(raw) {
		var props map[string]json.RawMessage
		if json.Unmarshal(raw, &props) != nil {
			probs = append(probs, ftmProblem{"properties", "expected an object, got " + jsonKindOf(raw)})
		}
		for _, name := range slices.Sorted(maps.Keys(props)) {
			vs, reason := ftmValues(props[name])
			if len(props[name]) > maxFieldBytes {
				reason = fieldTooLong
			}
			switch {
			case reason != "":
				probs = append(probs, ftmProblem{name, reason})
			case len(vs) > 0 && name != "":
				r.props[name] = vs
			}
		}
	}
	if raw, ok := r.fields[ftmExtKey]; ok && !isJSONNull(raw) {
		if err := json.Unmarshal(raw, &r.ext); err != nil {
			var te *json.UnmarshalTypeError
			p := ftmProblem{ftmExtKey, "expected an object, got " + jsonKindOf(raw)}
			if errors.As(err, &te) && te.Field != "" {
				got, _, _ := strings.Cut(te.Value, " ")
				p = ftmProblem{ftmExtKey + "." + te.Field, fmt.Sprintf("expected %s, got %s", jsonType(te.Type), jsonValue(got))}
			}
			probs = append(probs, p)
			r.ext = ftmExt{}
		}
	}
	r.fields = nil
	return probs
}

// ftmValues reads a property's values: FtM writes a list of strings; a single string, a
// number or a boolean, and an entity written out in full ({"id": ...}, as Aleph's API
// nests them) are also taken.
func ftmValues(raw json.RawMessage) ([]string, string) {
	raw = bytes.TrimSpace(raw)
	items := []json.RawMessage{raw}
	if len(raw) > 0 && raw[0] == '[' {
		items = nil
		if json.Unmarshal(raw, &items) != nil {
			return nil, "expected a list of strings"
		}
	}
	var out []string
	seen := map[string]bool{}
	for _, it := range items {
		s, ok := ftmScalar(it)
		if !ok {
			return nil, "expected a list of strings, got " + jsonKindOf(it)
		}
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out, ""
}

func ftmScalar(raw json.RawMessage) (string, bool) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return "", false
	}
	switch raw[0] {
	case '"':
		var s string
		if json.Unmarshal(raw, &s) != nil {
			return "", false
		}
		return strings.TrimSpace(s), true
	case 'n':
		return "", true
	case '[':
		return "", false
	case '{':
		var ref struct {
			ID string `json:"id"`
		}
		if json.Unmarshal(raw, &ref) != nil || strings.TrimSpace(ref.ID) == "" {
			return "", false
		}
		return strings.TrimSpace(ref.ID), true
	}
	return string(raw), true // a number or a boolean, as written
}

func isJSONNull(raw json.RawMessage) bool { return string(bytes.TrimSpace(raw)) == "null" }

// jsonKindOf names the type of a JSON value for a problem.
func jsonKindOf(raw json.RawMessage) string {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return "nothing"
	}
	switch raw[0] {
	case '"':
		return "a string"
	case '{':
		return "an object"
	case '[':
		return "a list"
	case 't', 'f':
		return "true or false"
	case 'n':
		return "null"
	}
	return "a number"
}

// ftmDate reads an FtM date, an ISO 8601 prefix: a day, or a time on a day (cut to the
// day), is returned; a year or a month is a date too, but not a day ("", true).
func ftmDate(v string) (string, bool) {
	switch {
	case len(v) >= 10 && ringleader.ValidDate(v[:10]) && (len(v) == 10 || v[10] == 'T' || v[10] == ' '):
		return v[:10], true
	case len(v) == 7:
		_, err := time.Parse("2006-01", v)
		return "", err == nil
	case len(v) == 4:
		_, err := time.Parse("2006", v)
		return "", err == nil
	}
	return "", false
}

// ftmPercent reads a share, "38.85" or "50 %", as a plain non-negative number.
func ftmPercent(v string) (string, bool) {
	v = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "%"))
	f, reason := parseNumber(v)
	if reason != "" || f < 0 {
		return "", false
	}
	return formatNumber(f), true
}

// ftmMapper turns a record's properties into Ringleader fields. Each property it gives a
// counterpart is taken; the rest become ftm_ properties.
type ftmMapper struct {
	r     *ftmRecord
	props map[string]string
	probs []ftmProblem
}

func (m *ftmMapper) problem(field, reason string) {
	m.probs = append(m.probs, ftmProblem{field, reason})
}

func (m *ftmMapper) take(p string) []string {
	m.r.used[p] = true
	return m.r.props[p]
}

func (m *ftmMapper) peek(p string) []string { return m.r.props[p] }

func (m *ftmMapper) set(k, v string) { setProp(&m.props, k, v) }

// text takes an FtM property as a Ringleader property.
func (m *ftmMapper) text(ftmProp, prop string) { m.set(prop, ftmText(m.take(ftmProp))) }

// enum takes an FtM property as a Ringleader enumeration, when it holds one of allowed.
func (m *ftmMapper) enum(ftmProp, prop string, allowed []string) {
	if vs := m.peek(ftmProp); len(vs) == 1 && slices.Contains(allowed, strings.ToLower(vs[0])) {
		m.take(ftmProp)
		m.set(prop, strings.ToLower(vs[0]))
	}
}

// day takes a date property that holds one day and returns it; "" when it holds none,
// several, or a coarser date, which stay ftm_ properties. A value that is not a date is
// a problem.
func (m *ftmMapper) day(ftmProp string) string {
	vs := m.peek(ftmProp)
	day := ""
	for _, v := range vs {
		d, ok := ftmDate(v)
		if !ok {
			m.problem(ftmProp, fmt.Sprintf("%q is not a date (ISO 8601, YYYY-MM-DD)", v))
			return ""
		}
		day = d
	}
	if len(vs) != 1 || day == "" {
		return ""
	}
	m.take(ftmProp)
	return day
}

// ref takes a property that names one entity and returns its id.
func (m *ftmMapper) ref(prop string, required bool) string {
	vs := m.take(prop)
	switch {
	case len(vs) == 0:
		if required {
			m.problem(prop, "required value is empty")
		}
		return ""
	case len(vs) > 1:
		m.problem(prop, fmt.Sprintf("%d values; one entity is expected", len(vs)))
		return ""
	}
	id := decodeFTMID(vs[0])
	if reason := idProblem(id); reason != "" {
		m.problem(prop, reason)
		return ""
	}
	return id
}

// rest keeps the properties without a counterpart as ftm_ properties.
func (m *ftmMapper) rest() {
	for _, p := range slices.Sorted(maps.Keys(m.r.props)) {
		if !m.r.used[p] {
			m.set(ftmPropPrefix+p, ftmText(m.r.props[p]))
		}
	}
}

// extProps sets the properties of the ringleader object, which win.
func (m *ftmMapper) extProps() {
	for _, k := range slices.Sorted(maps.Keys(m.r.ext.Props)) {
		if name := strings.TrimSpace(k); name != "" {
			m.set(name, strings.TrimSpace(m.r.ext.Props[k]))
		}
	}
}

func ftmFirst(lists ...[]string) string {
	for _, vs := range lists {
		if len(vs) > 0 {
			return vs[0]
		}
	}
	return ""
}

func joinNonEmpty(sep string, vs ...string) string {
	var out []string
	for _, v := range vs {
		if v != "" {
			out = append(out, v)
		}
	}
	return strings.Join(out, sep)
}

// ftmEntityOut is what an entity line gives: the entity (without its sources), the phone
// numbers it holds, and for a vehicle the ids of its owners.
type ftmEntityOut struct {
	e      ringleader.Entity
	phones []string
	owners []string
}

// mapFTMEntity maps an entity line of class c. It reads nothing but the record, so that
// ExportFtM can ask what a load would make of the line it writes.
func mapFTMEntity(c ftmClass, r *ftmRecord) (ftmEntityOut, []ftmProblem) {
	m := &ftmMapper{r: r}
	var out ftmEntityOut
	e := ringleader.Entity{ID: r.id, Kind: c.kind()}
	switch c {
	case ftmPerson:
		e.Name, e.Aliases = m.names()
		if e.Name == "" {
			e.Name = joinNonEmpty(" ", ftmFirst(m.peek("firstName")), ftmFirst(m.peek("middleName")), ftmFirst(m.peek("lastName")))
		}
		m.set("birth_date", m.day("birthDate"))
		m.text("nationality", "nationality")
		m.enum("status", "status", suspectStatuses)
		m.text("position", "role")
		m.text("address", "address")
		m.idNumbers()
		out.phones = m.phones()
	case ftmOrganisation:
		e.Name, e.Aliases = m.names()
		if r.schema == "Company" {
			m.set("type", "company")
		}
		m.enum("classification", "type", orgTypes)
		m.text("country", "country")
		m.text("address", "address")
		out.phones = m.phones()
	case ftmAccount:
		e.Aliases = slices.Clone(m.take("alias"))
		if len(m.peek("accountNumber")) == 1 {
			m.take("accountNumber")
		}
		e.Name = ftmFirst(m.peek("accountNumber"), m.peek("iban"), m.peek("name"))
	case ftmVehicle:
		e.Name, e.Aliases = m.names()
		if regs := m.peek("registrationNumber"); len(regs) == 1 {
			m.text("registrationNumber", "registration_number")
		}
		if e.Name == "" {
			e.Name = ftmFirst(m.peek("registrationNumber"), m.peek("imoNumber"))
		}
		for _, v := range m.take("owner") {
			id := decodeFTMID(v)
			if reason := idProblem(id); reason != "" {
				m.problem("owner", reason)
				continue
			}
			out.owners = append(out.owners, id)
		}
	case ftmLocation:
		if fulls := m.peek("full"); len(fulls) == 1 {
			e.Name = m.take("full")[0]
		} else {
			e.Name = ftmFirst(fulls)
		}
		if e.Name == "" {
			e.Name = joinNonEmpty(", ", ftmFirst(m.peek("street")), ftmFirst(m.peek("city")),
				ftmFirst(m.peek("postalCode")), ftmFirst(m.peek("region")))
		}
		m.text("country", "country")
	}
	m.rest()
	e.Props = m.props
	if s := ftmDefaultSchema(&e); s != r.schema {
		m.set(ftmSchemaProp, r.schema)
	}
	x := &r.ext
	if name := strings.TrimSpace(x.Name); name != "" {
		e.Name = name
	}
	e.Aliases = append(e.Aliases, trimList(x.Aliases)...)
	e.Implicit = x.Implicit
	m.extProps()
	for _, rule := range entityRules[e.Kind] {
		v := m.props[rule.name]
		if v == "" {
			continue
		}
		checked, reason := rule.check(v)
		if reason != "" {
			m.problem(rule.name, reason)
		}
		m.props[rule.name] = checked
	}
	if e.Name == "" {
		if named(e.Kind) {
			m.problem("name", "required value is empty")
		}
		e.Name = e.ID
	}
	e.Props = m.props
	out.e = e
	return out, m.probs
}

// names takes a Thing's names: the first name is its name, the others, with its aliases,
// weak aliases and previous names, its aliases.
func (m *ftmMapper) names() (string, []string) {
	var name string
	var aliases []string
	if names := m.take("name"); len(names) > 0 {
		name, aliases = names[0], slices.Clone(names[1:])
	}
	for _, p := range []string{"alias", "weakAlias", "previousName"} {
		aliases = append(aliases, m.take(p)...)
	}
	return name, aliases
}

// idNumbers takes a person's passport and ID numbers as the bundle's id_numbers,
// "passport:N;national:N", unless a number holds the list separator.
func (m *ftmMapper) idNumbers() {
	pass, nat := m.peek("passportNumber"), m.peek("idNumber")
	if slices.ContainsFunc(pass, hasSemicolon) || slices.ContainsFunc(nat, hasSemicolon) {
		return
	}
	var items []string
	for _, v := range m.take("passportNumber") {
		items = append(items, "passport:"+v)
	}
	for _, v := range m.take("idNumber") {
		items = append(items, "national:"+v)
	}
	m.set("id_numbers", strings.Join(items, ";"))
}

func hasSemicolon(s string) bool { return strings.Contains(s, ";") }

// phones takes a legal entity's phone numbers, normalised as the bundle's are.
func (m *ftmMapper) phones() []string {
	var out []string
	for _, v := range m.take("phone") {
		n, ok := phoneNumber(v)
		if !ok {
			m.problem("phone", fmt.Sprintf("%q is not a phone number", v))
			continue
		}
		out = append(out, n)
	}
	return out
}

// ftmEntity adds an entity line's records: the entity, the phones it holds, the HOLDS of
// a vehicle's owners.
func (l *loader) ftmEntity(c ftmClass, r *ftmRecord) {
	out, probs := mapFTMEntity(c, r)
	for _, p := range probs {
		l.problem(p.field, p.reason)
	}
	e := out.e
	l.entity(e, "id", true)
	for _, n := range out.phones {
		id := "phone:" + n
		l.entity(ringleader.Entity{ID: id, Kind: ringleader.KindPhone, Name: n, Implicit: true}, "phone", false)
		l.link(ringleader.Link{Type: ringleader.LinkHolds, Source: e.ID, Target: id}, "", "", false)
	}
	for _, o := range out.owners {
		if !l.ftmSkips(o) {
			l.link(ringleader.Link{Type: ringleader.LinkHolds, Source: o, Target: e.ID}, "owner", "", false)
		}
	}
}

// ftmSkips reports whether id is declared in the load by a line of a skipped schema.
func (l *loader) ftmSkips(id string) bool {
	c, ok := l.ftm.classes[id]
	return ok && c == ftmSkip
}
