package sqlite

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"unicode/utf8"

	"github.com/ringleader/ringleader"
)

// entityColumns and linkColumns are the columns scanEntity and scanLink read, in order,
// from tables aliased e and l.
const (
	entityColumns = `e.id, e.seq, e.kind, e.name, e.aliases, e.cases, e.sources, e.props, e.implicit, e.source_cases`
	linkColumns   = `l.id, l.type, l.source, l.target, l.subtype, l.role, l.weight, l.amount, l.currency,
		l.date, l.channel, l.first_seen, l.last_seen, l.cases, l.sources, l.props, l.source_cases, l.observations`
)

// scanner is a *sql.Row or *sql.Rows.
type scanner interface{ Scan(dest ...any) error }

// The scanners read kinds and types as plain strings and JSON columns as bytes: a
// *ringleader.Kind destination would send every row through database/sql's reflection,
// which costs a tenth of a whole-network read.

func scanEntity(r scanner) (ringleader.Entity, error) {
	var e ringleader.Entity
	err := scanEntityInto(r, &e)
	return e, err
}

// scanEntityInto decodes an entity row into e, which must be zero.
func scanEntityInto(r scanner, e *ringleader.Entity) error {
	var kind string
	var aliases, cases, sources, props, sourceCases []byte
	if err := r.Scan(&e.ID, &e.Seq, &kind, &e.Name, &aliases, &cases, &sources, &props, &e.Implicit, &sourceCases); err != nil {
		return err
	}
	e.Kind = ringleader.Kind(kind)
	var err1, err2, err3, err4 error
	e.Aliases, err1 = decodeList(aliases)
	e.Cases, err2 = decodeList(cases)
	e.Sources, err3 = decodeList(sources)
	e.Props, err4 = decodeProps(props)
	if err := errors.Join(err1, err2, err3, err4); err != nil {
		return fmt.Errorf("decode entity %s: %w", e.ID, err)
	}
	e.SourceCases = ringleader.DecodeSourceCases(string(sourceCases), len(e.Sources))
	return nil
}

func scanLink(r scanner) (ringleader.Link, error) {
	var l ringleader.Link
	err := scanLinkInto(r, &l)
	return l, err
}

// scanLinkInto decodes a link row into l, which must be zero.
func scanLinkInto(r scanner, l *ringleader.Link) error {
	var typ string
	var cases, sources, props, sourceCases, observations []byte
	if err := r.Scan(&l.ID, &typ, &l.Source, &l.Target, &l.Subtype, &l.Role, &l.Weight, &l.Amount,
		&l.Currency, &l.Date, &l.Channel, &l.FirstSeen, &l.LastSeen, &cases, &sources, &props, &sourceCases, &observations); err != nil {
		return err
	}
	l.Type = ringleader.LinkType(typ)
	var err1, err2, err3, err4 error
	l.Cases, err1 = decodeList(cases)
	l.Sources, err2 = decodeList(sources)
	l.Props, err3 = decodeProps(props)
	l.Observations, err4 = ringleader.DecodeObservations(string(observations))
	if err := errors.Join(err1, err2, err3, err4); err != nil {
		return fmt.Errorf("decode link %s: %w", l.Key(), err)
	}
	l.SourceCases = ringleader.DecodeSourceCases(string(sourceCases), len(l.Sources))
	return nil
}

// decodeList decodes a list column; NULL is nil. Lists are read with every entity and
// link, so the common form that json.Marshal writes for plain strings, ["a","b"] without
// escapes, control characters or invalid UTF-8, is split directly, several times faster
// than encoding/json; anything else goes to encoding/json. FuzzDecodeList holds the two
// to the same answers.
func decodeList(text []byte) ([]string, error) {
	if len(text) == 0 {
		return nil, nil
	}
	if len(text) < 2 || text[0] != '[' || text[len(text)-1] != ']' || !plainJSON(text) {
		return decodeListSlow(text)
	}
	inner := text[1 : len(text)-1]
	if len(inner) == 0 {
		return nil, nil
	}
	out := make([]string, 0, bytes.Count(inner, []byte(`","`))+1)
	for len(inner) > 0 {
		// Without escapes, a string runs from its opening quote to the next quote.
		if inner[0] != '"' {
			return decodeListSlow(text)
		}
		end := bytes.IndexByte(inner[1:], '"')
		if end < 0 {
			return decodeListSlow(text)
		}
		out = append(out, string(inner[1:1+end]))
		inner = inner[end+2:]
		if len(inner) > 0 {
			if inner[0] != ',' || len(inner) == 1 {
				return decodeListSlow(text)
			}
			inner = inner[1:]
		}
	}
	return out, nil
}

// plainJSON reports whether text is valid UTF-8 without backslashes or control
// characters, so that its strings need no unescaping.
func plainJSON(text []byte) bool {
	for _, c := range text {
		if c < 0x20 || c == '\\' {
			return false
		}
	}
	return utf8.Valid(text)
}

func decodeListSlow(text []byte) ([]string, error) {
	var out []string
	if err := json.Unmarshal(text, &out); err != nil {
		return nil, err
	}
	return out, nil
}

// decodeProps decodes a properties column; NULL is nil.
func decodeProps(text []byte) (map[string]string, error) {
	if len(text) == 0 {
		return nil, nil
	}
	var props map[string]string
	if err := json.Unmarshal(text, &props); err != nil {
		return nil, err
	}
	return props, nil
}

// sourceCasesValue is the source_cases column of a record: NULL without sources.
func sourceCasesValue(sources []string, cases [][]string, own []string) any {
	if len(sources) == 0 {
		return nil
	}
	return ringleader.EncodeSourceCases(sources, cases, own)
}

// jsonList encodes a list column: NULL when empty, so that "no cases" is one value that
// SQL can test.
func jsonList(list []string) (any, error) {
	if len(list) == 0 {
		return nil, nil
	}
	b, err := json.Marshal(list)
	return string(b), err
}

// jsonProps encodes a properties column, NULL when empty. encoding/json sorts map keys,
// so equal maps encode equal.
func jsonProps(props map[string]string) (any, error) {
	if len(props) == 0 {
		return nil, nil
	}
	b, err := json.Marshal(props)
	return string(b), err
}

// jsonArray encodes ids as the JSON array that queries bind and read with json_each;
// never "null", so that an empty list matches nothing.
func jsonArray(ids []string) string {
	if len(ids) == 0 {
		return "[]"
	}
	b, _ := json.Marshal(ids) // a []string always marshals
	return string(b)
}

// observationsValue is the observations column of a link: NULL without any.
func observationsValue(obs []ringleader.Observation) any {
	if len(obs) == 0 {
		return nil
	}
	return ringleader.EncodeObservations(obs)
}
