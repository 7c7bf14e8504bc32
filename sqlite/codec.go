package sqlite

import (
	"encoding/json"
	"fmt"

	"github.com/ringleader/ringleader"
)

// entityColumns and linkColumns are the columns scanEntity and scanLink read, in order,
// from tables aliased e and l.
const (
	entityColumns = `e.id, e.seq, e.kind, e.name, e.aliases, e.cases, e.sources, e.props, e.implicit`
	linkColumns   = `l.id, l.type, l.source, l.target, l.subtype, l.role, l.weight, l.amount, l.currency,
		l.date, l.channel, l.first_seen, l.last_seen, l.cases, l.sources, l.props`
)

// scanner is a *sql.Row or *sql.Rows.
type scanner interface{ Scan(dest ...any) error }

// The scanners read kinds and types as plain strings and JSON columns as bytes: a
// *ringleader.Kind destination would send every row through database/sql's reflection,
// which costs a tenth of a whole-network read.

func scanEntity(r scanner) (ringleader.Entity, error) {
	var e ringleader.Entity
	var kind string
	var aliases, cases, sources, props []byte
	if err := r.Scan(&e.ID, &e.Seq, &kind, &e.Name, &aliases, &cases, &sources, &props, &e.Implicit); err != nil {
		return e, err
	}
	e.Kind = ringleader.Kind(kind)
	if err := decodeAll(aliases, &e.Aliases, cases, &e.Cases, sources, &e.Sources, props, &e.Props); err != nil {
		return e, fmt.Errorf("decode entity %s: %w", e.ID, err)
	}
	return e, nil
}

func scanLink(r scanner) (ringleader.Link, error) {
	var l ringleader.Link
	var typ string
	var cases, sources, props []byte
	if err := r.Scan(&l.ID, &typ, &l.Source, &l.Target, &l.Subtype, &l.Role, &l.Weight, &l.Amount,
		&l.Currency, &l.Date, &l.Channel, &l.FirstSeen, &l.LastSeen, &cases, &sources, &props); err != nil {
		return l, err
	}
	l.Type = ringleader.LinkType(typ)
	if err := decodeAll(cases, &l.Cases, sources, &l.Sources, props, &l.Props, nil, nil); err != nil {
		return l, fmt.Errorf("decode link %s: %w", l.Key(), err)
	}
	return l, nil
}

// decodeAll decodes up to four JSON columns, each followed by its destination; NULL
// leaves the destination nil. Fixed arguments rather than a slice keep it free of
// allocations for the common row whose columns are all NULL.
func decodeAll(t1 []byte, d1 any, t2 []byte, d2 any, t3 []byte, d3 any, t4 []byte, d4 any) error {
	for _, f := range [...]struct {
		text []byte
		dest any
	}{{t1, d1}, {t2, d2}, {t3, d3}, {t4, d4}} {
		if len(f.text) == 0 {
			continue
		}
		if err := json.Unmarshal(f.text, f.dest); err != nil {
			return err
		}
	}
	return nil
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
