package loaders

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"iter"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

var bom = []byte("\xEF\xBB\xBF")

// openText opens an input file for reading past a UTF-8 byte order mark, which
// spreadsheet programs write; it returns the mark's length.
func (l *loader) openText(fi int32) (*bufio.Reader, io.Closer, error) {
	br, closer, _, err := l.openLimited(fi)
	return br, closer, err
}

// openLimited is openText with the rowLimit beneath the buffer, for readers that must stop inside a row that is
// too long.
func (l *loader) openLimited(fi int32) (*bufio.Reader, io.Closer, *rowLimit, error) {
	f := &l.files[fi]
	file, err := f.fsys.Open(f.name)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("loaders: %w", err)
	}
	const bufSize = 64 << 10
	limit := &rowLimit{r: file, slack: bufSize}
	br := bufio.NewReaderSize(limit, bufSize)
	if b, _ := br.Peek(len(bom)); bytes.Equal(b, bom) {
		_, _ = br.Discard(len(bom))
		f.bom = int64(len(bom))
	}
	return br, file, limit, nil
}

// csvRow is the row of a CSV table being parsed, with its header.
type csvRow struct {
	l      *loader
	cols   map[string]int // column name -> index, first occurrence
	header []string       // normalised column names, "" for a nameless column
	known  map[string]bool
	rec    []string
}

// readCSV streams one CSV table: the header first, then each record, which the table's
// parser turns into records of the loader. Lines are those of the file: a record that
// spans lines (a quoted line break) is reported at the line where it starts.
func (l *loader) readCSV(fi int32) error {
	f := &l.files[fi]
	t := f.table
	br, closer, limit, err := l.openLimited(fi)
	if err != nil {
		return err
	}
	defer closer.Close()
	cr := csv.NewReader(br)
	cr.ReuseRecord = true
	cr.FieldsPerRecord = -1

	rec, err := cr.Read()
	if err == io.EOF {
		// An empty table is most likely an export that went wrong: say so rather than load nothing quietly.
		l.beginRow(fi, 1, f.bom, f.bom, rowHeader)
		l.problem("", "the file is empty: a table starts with its header row ("+strings.Join(t.required, ", ")+", ...)")
		return nil
	}
	l.beginRow(fi, 1, f.bom, f.bom+cr.InputOffset(), rowHeader)
	var perr *csv.ParseError
	if errors.Is(err, errRowTooLong) {
		l.problem("", rowTooLong)
		return nil
	}
	if errors.As(err, &perr) {
		l.problem("", perr.Err.Error())
		return nil
	} else if err != nil {
		return fmt.Errorf("loaders: %s: %w", f.label, err)
	}
	r := &csvRow{l: l, cols: map[string]int{}, known: map[string]bool{}}
	for _, c := range t.columns {
		r.known[c] = true
	}
	for i, h := range rec {
		name := lowerKey(h)
		r.header = append(r.header, name)
		switch {
		case !utf8.ValidString(h):
			l.problem("column "+strconv.Itoa(i+1), "invalid UTF-8")
		case name == "":
		case r.has(name):
			l.problem(name, "duplicate column")
		default:
			r.cols[name] = i
		}
	}
	if len(rec) == 1 && strings.Count(rec[0], ";") > 0 && strings.Count(rec[0], "\t") == 0 {
		// A spreadsheet set to another locale writes ";" between columns; the whole header reads as one column.
		l.problem("", `the columns are separated by ";": a bundle's CSV files separate columns with "," (";" separates the values of a list)`)
		return nil
	}
	if len(rec) == 1 && strings.Contains(rec[0], "\t") {
		l.problem("", `the columns are separated by tabs: a bundle's CSV files separate columns with ","`)
		return nil
	}
	for _, c := range t.required {
		if !r.has(c) {
			l.problem(c, "required column is missing")
		}
	}
	badHeader := l.rows[l.cur()].flags&rowBad != 0

	for n := 1; ; n++ {
		if err := l.checkCtx(n); err != nil {
			return err
		}
		start := cr.InputOffset()
		limit.rowStart = f.bom + start
		rec, err := cr.Read()
		if err == io.EOF {
			return nil
		}
		if errors.Is(err, errRowTooLong) {
			// Nothing after it can be read right: the row and the rest of the file are one problem.
			l.beginRow(fi, l.lineAt(fi, f.bom+start), f.bom+start, f.bom+start, 0)
			l.problem("", rowTooLong+"; the rest of the file was not read")
			return nil
		}
		if errors.As(err, &perr) {
			l.beginRow(fi, perr.StartLine, f.bom+start, f.bom+cr.InputOffset(), 0)
			l.problem("", perr.Err.Error())
			continue
		} else if err != nil {
			return fmt.Errorf("loaders: %s: %w", f.label, err)
		}
		line, _ := cr.FieldPos(0)
		l.beginRow(fi, line, f.bom+start, f.bom+cr.InputOffset(), 0)
		if badHeader && l.opt.SkipInvalid {
			// The file goes whole: its header is wrong, so no row can be read right.
			l.problem("", "rejected with its file: the header (line 1) is invalid")
		}
		if len(rec) != len(r.header) {
			l.problem("", fmt.Sprintf("row has %d fields, the header has %d", len(rec), len(r.header)))
			continue
		}
		valid := true
		for i, v := range rec {
			switch {
			case len(v) > maxFieldBytes:
				l.problem(r.columnName(i), fieldTooLong)
				valid = false
			case !utf8.ValidString(v):
				l.problem(r.columnName(i), "invalid UTF-8")
				valid = false
			}
		}
		if !valid {
			continue
		}
		r.rec = rec
		t.parse(r)
	}
}

func (r *csvRow) columnName(i int) string {
	if r.header[i] != "" && r.cols[r.header[i]] == i {
		return r.header[i]
	}
	return "column " + strconv.Itoa(i+1)
}

func (r *csvRow) has(col string) bool { _, ok := r.cols[col]; return ok }

// value returns the trimmed cell of col; "" when the column is absent. An empty
// required cell is a problem; a required column missing from the header was reported
// on line 1.
func (r *csvRow) value(col string, required bool) string {
	i, ok := r.cols[col]
	if !ok {
		return ""
	}
	v := strings.TrimSpace(r.rec[i])
	if v == "" && required {
		r.l.problem(col, "required value is empty")
	}
	return v
}

// checked returns the cell of col in stored form, or "" when it is empty or invalid
// (a problem).
func (r *csvRow) checked(col string, required bool, check func(string) (string, string)) string {
	v := r.value(col, required)
	if v == "" {
		return ""
	}
	out, reason := check(v)
	if reason != "" {
		r.l.problem(col, reason)
	}
	return out
}

// num returns the number in col: its value and whether there was one.
func (r *csvRow) num(col string, required bool, check func(string) (string, string)) (float64, bool) {
	v := r.checked(col, required, check)
	if v == "" {
		return 0, false
	}
	f, _ := strconv.ParseFloat(v, 64)
	return f, true
}

// id returns the id in col exactly as written; surrounding spaces are a problem, since
// an id that looks the same as another but is not would split one entity in two.
func (r *csvRow) id(col string, required bool) string {
	i, ok := r.cols[col]
	if !ok {
		return ""
	}
	v := r.rec[i]
	if strings.TrimSpace(v) == "" {
		if required {
			r.l.problem(col, "required value is empty")
		}
		return ""
	}
	if reason := idProblem(v); reason != "" {
		r.l.problem(col, reason)
		return ""
	}
	return v
}

// list returns the items of a `;`-separated column.
func (r *csvRow) list(col string) []string { return splitList(r.value(col, false)) }

// idList returns the ids of a `;`-separated column; items are trimmed.
func (r *csvRow) idList(col string) []string {
	var out []string
	for _, item := range r.list(col) {
		if reason := idProblem(item); reason != "" {
			r.l.problem(col, reason)
			continue
		}
		out = append(out, item)
	}
	return out
}

// roleList returns the `id` or `id:role` items of a column.
func (r *csvRow) roleList(col string) []roleRef { return slices.Collect(r.roleItems(col)) }

// roleItems yields the valid `id` or `id:role` items of a column.
func (r *csvRow) roleItems(col string) iter.Seq[roleRef] {
	return func(yield func(roleRef) bool) {
		for item := range listItems(r.value(col, false)) {
			ref := splitRole(item)
			if ref.id == "" {
				r.l.problem(col, fmt.Sprintf("%q names no id", item))
				continue
			}
			if reason := idProblem(ref.id); reason != "" {
				r.l.problem(col, reason)
				continue
			}
			if !yield(ref) {
				return
			}
		}
	}
}

// props returns the cells of the columns the table does not know, by lower-case column
// name: DESIGN.md keeps unknown columns as properties. A value under a nameless column
// is a problem, since it could be kept under no name.
func (r *csvRow) props() map[string]string {
	var p map[string]string
	for i, name := range r.header {
		v := strings.TrimSpace(r.rec[i])
		if v == "" || r.known[name] {
			continue
		}
		if name == "" {
			r.l.problem(r.columnName(i), "value in a column without a name")
			continue
		}
		if r.cols[name] != i {
			continue // a duplicate column, reported on line 1
		}
		if p == nil {
			p = map[string]string{}
		}
		p[name] = v
	}
	// The row's grading is that of every record it makes: a graded suspects.csv row grades the person and the
	// memberships and case links the row states.
	r.l.rowGrade = r.l.checkGrading(p)
	return p
}

// setProp sets p[k] = v for a non-empty v, allocating p as needed.
func setProp(p *map[string]string, k, v string) {
	if v == "" {
		return
	}
	if *p == nil {
		*p = map[string]string{}
	}
	(*p)[k] = v
}
