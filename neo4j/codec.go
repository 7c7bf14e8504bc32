package neo4j

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/names"
)

// entityFields and linkFields are the properties the store owns. A Props entry of the same name is kept only in
// the props JSON, never copied to a property of its own, so that it cannot overwrite them; nor is a name of the
// analysis results (rl_*).
var (
	entityFields = fieldSet(entityFieldNames...)
	linkFields   = fieldSet(linkFieldNames...)
)

// entityFieldNames and linkFieldNames list entityFields and linkFields, in the order of the create statements'
// columns.
var (
	entityFieldNames = []string{"id", "kind", "name", "aliases", "cases", "sources", "props", "implicit", "seq",
		"name_keys", "search_text", "source_cases"}
	linkFieldNames = []string{"key", "id", "subtype", "role", "weight", "amount", "currency", "date", "channel",
		"first_seen", "last_seen", "cases", "sources", "props", "source_cases", "observations"}
)

func fieldSet(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}

// copyable reports whether the Props entry name also gets a property of its own.
func copyable(fields map[string]bool, name string) bool {
	return name != "" && !fields[name] && !strings.HasPrefix(name, scorePrefix)
}

// entityProps returns the node properties that hold e. prev, when the node exists, is what it held: Props entries
// it had and e has not are set to null, which SET += removes.
func entityProps(e *ringleader.Entity, prev *ringleader.Entity) (map[string]any, error) {
	propsJSON, err := encodeProps(e.Props)
	if err != nil {
		return nil, fmt.Errorf("encode entity %s: %w", e.ID, err)
	}
	keys := nameKeys(e)
	m := make(map[string]any, 12+len(e.Props))
	set := setter(m, prev == nil)
	set("id", e.ID)
	set("kind", string(e.Kind))
	set("name", e.Name)
	set("aliases", list(e.Aliases))
	set("cases", list(e.Cases))
	set("sources", list(e.Sources))
	set("props", propsJSON)
	set("implicit", e.Implicit)
	set("seq", e.Seq)
	set("name_keys", keys)
	set("search_text", strings.Join(keys, "\n"))
	set("source_cases", str(ringleader.EncodeSourceCases(e.Sources, e.SourceCases, e.Cases)))
	copyProps(m, entityFields, e.Props, prevProps(prev))
	return m, nil
}

// setter returns a function that sets m[k] = v, leaving out null values when new: a new record's SET = stores
// nothing for them anyway, and on a million links they were most of what crossed the wire. An update needs them,
// to remove what the record no longer has.
func setter(m map[string]any, new bool) func(k string, v any) {
	return func(k string, v any) {
		if v != nil || !new {
			m[k] = v
		}
	}
}

func prevProps(prev *ringleader.Entity) map[string]string {
	if prev == nil {
		return nil
	}
	return prev.Props
}

// nameKeys returns the names.Fold keys of e's name (even when empty, so that an empty query finds every entity
// as the sqlite store does) and of its non-empty aliases, without repeats.
func nameKeys(e *ringleader.Entity) []string {
	keys := []string{names.Fold(e.Name)}
	for _, a := range e.Aliases {
		if k := names.Fold(a); k != "" && !contains(keys, k) {
			keys = append(keys, k)
		}
	}
	return keys
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// linkProps returns the relationship properties that hold l. prev, when the relationship exists, is what it held.
func linkProps(l *ringleader.Link, prev *ringleader.Link) (map[string]any, error) {
	propsJSON, err := encodeProps(l.Props)
	if err != nil {
		return nil, fmt.Errorf("encode link %s: %w", l.Key(), err)
	}
	m := make(map[string]any, 16+len(l.Props))
	set := setter(m, prev == nil)
	set("key", l.Key())
	set("id", str(l.ID))
	set("subtype", str(l.Subtype))
	set("role", str(l.Role))
	set("weight", num(l.Weight))
	set("amount", num(l.Amount))
	set("currency", str(l.Currency))
	set("date", str(l.Date))
	set("channel", str(l.Channel))
	set("first_seen", str(l.FirstSeen))
	set("last_seen", str(l.LastSeen))
	set("cases", list(l.Cases))
	set("sources", list(l.Sources))
	set("props", propsJSON)
	set("source_cases", str(ringleader.EncodeSourceCases(l.Sources, l.SourceCases, l.Cases)))
	set("observations", str(ringleader.EncodeObservations(l.Observations)))
	var old map[string]string
	if prev != nil {
		old = prev.Props
	}
	copyProps(m, linkFields, l.Props, old)
	return m, nil
}

// copyProps adds the copyable entries of props to m, and null for those only old has.
func copyProps(m map[string]any, fields map[string]bool, props, old map[string]string) {
	for k := range old {
		if _, still := props[k]; !still && copyable(fields, k) {
			m[k] = nil
		}
	}
	for k, v := range props {
		if copyable(fields, k) {
			m[k] = v
		}
	}
}

// str, num and list store an empty value as null, which Neo4j keeps as no property at all: "" and 0 and an empty
// list all read back as the zero value.
func str(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func num(f float64) any {
	if f == 0 {
		return nil
	}
	return f
}

func list(l []string) any {
	if len(l) == 0 {
		return nil
	}
	return l
}

// encodeProps encodes Props as a JSON object (keys sorted by encoding/json), null when empty.
func encodeProps(p map[string]string) (any, error) {
	if len(p) == 0 {
		return nil, nil
	}
	b, err := json.Marshal(p)
	if err != nil {
		return nil, err
	}
	return string(b), nil
}

// decodeEntity reads an entity from the map a statement returns (n {.id, .kind, ...}).
func decodeEntity(v any) (ringleader.Entity, error) {
	m, ok := v.(map[string]any)
	if !ok {
		return ringleader.Entity{}, fmt.Errorf("entity: got %T, want a map", v)
	}
	e := ringleader.Entity{
		ID:       asString(m["id"]),
		Kind:     ringleader.Kind(asString(m["kind"])),
		Name:     asString(m["name"]),
		Aliases:  asStrings(m["aliases"]),
		Cases:    asStrings(m["cases"]),
		Sources:  asStrings(m["sources"]),
		Implicit: m["implicit"] == true,
	}
	e.Seq, _ = m["seq"].(int64)
	e.SourceCases = ringleader.DecodeSourceCases(asString(m["source_cases"]), len(e.Sources))
	var err error
	if e.Props, err = decodeProps(m["props"]); err != nil {
		return e, fmt.Errorf("entity %s: %w", e.ID, err)
	}
	return e, nil
}

// decodeLink reads a link from the map a statement returns (r {type: type(r), source: .., target: .., .id, ...}).
func decodeLink(v any) (ringleader.Link, error) {
	m, ok := v.(map[string]any)
	if !ok {
		return ringleader.Link{}, fmt.Errorf("link: got %T, want a map", v)
	}
	l := ringleader.Link{
		ID:        asString(m["id"]),
		Type:      ringleader.LinkType(asString(m["type"])),
		Source:    asString(m["source"]),
		Target:    asString(m["target"]),
		Subtype:   asString(m["subtype"]),
		Role:      asString(m["role"]),
		Weight:    asFloat(m["weight"]),
		Amount:    asFloat(m["amount"]),
		Currency:  asString(m["currency"]),
		Date:      asString(m["date"]),
		Channel:   asString(m["channel"]),
		FirstSeen: asString(m["first_seen"]),
		LastSeen:  asString(m["last_seen"]),
		Cases:     asStrings(m["cases"]),
		Sources:   asStrings(m["sources"]),
	}
	l.SourceCases = ringleader.DecodeSourceCases(asString(m["source_cases"]), len(l.Sources))
	var err error
	if l.Props, err = decodeProps(m["props"]); err != nil {
		return l, fmt.Errorf("link %s: %w", l.Key(), err)
	}
	if l.Observations, err = ringleader.DecodeObservations(asString(m["observations"])); err != nil {
		return l, fmt.Errorf("link %s: %w", l.Key(), err)
	}
	return l, nil
}

func decodeProps(v any) (map[string]string, error) {
	s, _ := v.(string)
	if s == "" {
		return nil, nil
	}
	var p map[string]string
	if err := json.Unmarshal([]byte(s), &p); err != nil {
		return nil, fmt.Errorf("props: %w", err)
	}
	if len(p) == 0 {
		return nil, nil
	}
	return p, nil
}

func asString(v any) string {
	s, _ := v.(string)
	return s
}

// asFloat reads a number, which Neo4j returns as int64 when a Browser user or another program stored a whole one.
func asFloat(v any) float64 {
	switch n := v.(type) {
	case float64:
		return n
	case int64:
		return float64(n)
	}
	return 0
}

func asStrings(v any) []string {
	l, _ := v.([]any)
	if len(l) == 0 {
		return nil
	}
	out := make([]string, 0, len(l))
	for _, x := range l {
		if s, ok := x.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

// scopeParams are the parameters every scoped statement takes.
func scopeParams(scope ringleader.Scope) map[string]any {
	cases := scope.Cases()
	if cases == nil {
		cases = []string{}
	}
	return map[string]any{"all": scope.All(), "cases": cases}
}

// with returns params plus the given key-value pairs.
func with(params map[string]any, kv ...any) map[string]any {
	out := make(map[string]any, len(params)+len(kv)/2)
	for k, v := range params {
		out[k] = v
	}
	for i := 0; i+1 < len(kv); i += 2 {
		out[kv[i].(string)] = kv[i+1]
	}
	return out
}
