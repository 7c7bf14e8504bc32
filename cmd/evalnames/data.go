package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
)

// unPair is one row of a UN pairs file (../shared/datasets/un_names/SOURCE.md): two records, each of one UN
// entry, and whether they name one person.
type unPair struct {
	line   int
	id     string
	a, b   string
	same   bool
	kind   string // pos-ar-la, neg-onepart-xs, ...
	source string // "UNSC Taliban TAi.155", "UNSC Iraq IQi.062 / Iraq IQi.066"
}

// record is one suspect record of the bundle: one name of one UN entry.
type record struct {
	id, name string
	// person is the UN reference number of the entry the record belongs to; list is its committee's list
	// (Taliban, Al-Qaida, Iraq, ...).
	person, list string
	// role is ar (the name in Arabic script), la (the UN's romanisation) or lv (another romanisation).
	role string
}

// unSet is a UN pairs file read into the bundle it describes: one record per name.
type unSet struct {
	path    string
	pairs   []unPair
	records []*record // in the order the file first names them
	byID    map[string]*record
}

// readCSV reads a CSV file with a header row that holds at least the columns named, and returns the rows as maps
// with the line each starts on. Errors name the file and line.
func readCSV(path string, need ...string) ([]map[string]string, []int, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	header, err := r.Read()
	if err != nil {
		return nil, nil, fmt.Errorf("%s:1: header: %w", path, err)
	}
	for _, c := range need {
		if !slices.Contains(header, c) {
			return nil, nil, fmt.Errorf("%s:1: column %q missing (header %s)", path, c, strings.Join(header, ","))
		}
	}
	var rows []map[string]string
	var lines []int
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			return rows, lines, nil
		}
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", path, err) // csv.ParseError names the line
		}
		line, _ := r.FieldPos(0)
		row := make(map[string]string, len(header))
		for i, c := range header {
			row[c] = rec[i]
		}
		rows = append(rows, row)
		lines = append(lines, line)
	}
}

// readUN reads a UN pairs file. A record's UN entry comes from the pair's source: the one reference of a
// positive pair, or the first and second of a negative pair's two.
func readUN(path string) (*unSet, error) {
	rows, lines, err := readCSV(path, "pair_id", "record_a", "record_a_name", "record_b", "record_b_name", "label", "kind", "source")
	if err != nil {
		return nil, err
	}
	s := &unSet{path: path, byID: map[string]*record{}}
	for i, row := range rows {
		line := lines[i]
		p := unPair{line: line, id: row["pair_id"], a: row["record_a"], b: row["record_b"], kind: row["kind"], source: row["source"]}
		switch row["label"] {
		case "1":
			p.same = true
		case "0":
		default:
			return nil, fmt.Errorf("%s:%d: label: %q is not 0 or 1", path, line, row["label"])
		}
		if p.a == "" || p.b == "" || p.a == p.b {
			return nil, fmt.Errorf("%s:%d: record_a, record_b: two different record ids wanted, not %q and %q", path, line, p.a, p.b)
		}
		entries, err := entriesOf(p)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: source: %w", path, line, err)
		}
		roles := rolesOf(p.kind)
		for k, id := range []string{p.a, p.b} {
			name := row[[]string{"record_a_name", "record_b_name"}[k]]
			if strings.TrimSpace(name) == "" {
				return nil, fmt.Errorf("%s:%d: %s: empty name", path, line, []string{"record_a_name", "record_b_name"}[k])
			}
			r := s.byID[id]
			if r == nil {
				r = &record{id: id, name: name}
				s.byID[id] = r
				s.records = append(s.records, r)
			}
			if r.name != name {
				return nil, fmt.Errorf("%s:%d: %s: record %s is named %q here and %q before", path, line,
					[]string{"record_a_name", "record_b_name"}[k], id, name, r.name)
			}
			e := entries[k]
			if r.person != "" && r.person != e[1] {
				return nil, fmt.Errorf("%s:%d: source: record %s is of %s here and of %s before", path, line, id, e[1], r.person)
			}
			r.list, r.person = e[0], e[1]
			if r.role == "" {
				r.role = roles[k]
			}
		}
		if p.same != (s.byID[p.a].person == s.byID[p.b].person) {
			return nil, fmt.Errorf("%s:%d: label: %s says %v, the source names %s and %s", path, line, row["label"], p.same,
				s.byID[p.a].person, s.byID[p.b].person)
		}
		s.pairs = append(s.pairs, p)
	}
	if len(s.pairs) == 0 {
		return nil, fmt.Errorf("%s: no pairs", path)
	}
	return s, nil
}

// entriesOf returns the (list, reference) of the two records' UN entries.
func entriesOf(p unPair) ([2][2]string, error) {
	var out [2][2]string
	src := strings.TrimSpace(strings.TrimPrefix(p.source, "UNSC "))
	parts := strings.Split(src, " / ")
	if len(parts) == 1 {
		parts = append(parts, parts[0])
	}
	if len(parts) != 2 {
		return out, fmt.Errorf("%q names neither one UN entry nor two", p.source)
	}
	for i, part := range parts {
		f := strings.Fields(part)
		if len(f) != 2 {
			return out, fmt.Errorf("%q: %q is not LIST REFERENCE", p.source, part)
		}
		out[i] = [2]string{f[0], f[1]}
	}
	return out, nil
}

// rolesOf returns the roles a pair's kind gives its records (pos-ar-lv: ar and lv); negatives say only the
// scripts, which positives of the same records say as well.
func rolesOf(kind string) [2]string {
	switch kind {
	case "pos-ar-la":
		return [2]string{"ar", "la"}
	case "pos-ar-lv":
		return [2]string{"ar", "lv"}
	case "pos-la-lv":
		return [2]string{"la", "lv"}
	}
	return [2]string{}
}

// ownPair is one row of resolve/testdata/name_pairs.csv.
type ownPair struct {
	line           int
	a, b           string
	birthA, birthB string
	same           bool
	why            string
}

func readOwn(path string) ([]ownPair, error) {
	rows, lines, err := readCSV(path, "name_a", "name_b", "birth_a", "birth_b", "same", "why")
	if err != nil {
		return nil, err
	}
	var out []ownPair
	for i, row := range rows {
		p := ownPair{line: lines[i], a: row["name_a"], b: row["name_b"], birthA: row["birth_a"], birthB: row["birth_b"],
			same: row["same"] == "1", why: row["why"]}
		if row["same"] != "0" && row["same"] != "1" {
			return nil, fmt.Errorf("%s:%d: same: %q is not 0 or 1", path, p.line, row["same"])
		}
		out = append(out, p)
	}
	return out, nil
}
