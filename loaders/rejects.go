package loaders

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

var rejectsHeader = []string{"file", "line", "field", "reason", "raw"}

// WriteRejects writes rejected rows to a CSV file at path: one line per problem, with
// the file, line, field and reason, and the row as it stands in its file, so that each
// row can be found and mended. A load of a bundle directory skips a file that starts
// with this header.
func WriteRejects(path string, rejects []Reject) (err error) {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("loaders: rejects: %w", err)
	}
	defer func() {
		if cerr := f.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("loaders: rejects: %w", cerr)
		}
	}()
	w := csv.NewWriter(f)
	_ = w.Write(rejectsHeader)
	for _, r := range rejects {
		line := ""
		if r.Line > 0 {
			line = strconv.Itoa(r.Line)
		}
		for _, p := range r.Problems {
			_ = w.Write([]string{r.File, line, p.Field, p.Reason, r.Raw})
		}
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return fmt.Errorf("loaders: rejects: %w", err)
	}
	return nil
}

// rejects returns the rejected rows, each with its problems and text, in file and line
// order.
func (l *loader) rejects() ([]Reject, error) {
	if !l.opt.SkipInvalid || len(l.probs) == 0 {
		return nil, nil
	}
	var out []Reject
	var rows []int32
	for _, p := range l.sortedProblems() {
		if len(rows) == 0 || rows[len(rows)-1] != p.row {
			r := &l.rows[p.row]
			out = append(out, Reject{File: l.files[r.file].label, Line: int(r.line)})
			rows = append(rows, p.row)
		}
		out[len(out)-1].Problems = append(out[len(out)-1].Problems, p.p)
	}
	for i := 0; i < len(out); {
		file := l.rows[rows[i]].file
		j := i
		for j < len(out) && l.rows[rows[j]].file == file {
			j++
		}
		if err := l.readRaw(file, out[i:j], rows[i:j]); err != nil {
			return nil, err
		}
		i = j
	}
	return out, nil
}

// readRaw fills in the text of rejected rows of one file from their byte ranges, in one
// pass over the file; rows come in file order.
func (l *loader) readRaw(file int32, out []Reject, rows []int32) error {
	f := &l.files[file]
	if f.problem != "" {
		return nil // never read
	}
	rc, err := f.fsys.Open(f.name)
	if err != nil {
		return fmt.Errorf("loaders: %w", err)
	}
	defer rc.Close()
	br := bufio.NewReaderSize(rc, 64<<10)
	var pos int64
	for i, ri := range rows {
		r := &l.rows[ri]
		if r.end <= r.start || r.start < pos {
			continue
		}
		if _, err := br.Discard(int(r.start - pos)); err != nil {
			return fmt.Errorf("loaders: %s: %w", f.label, err)
		}
		buf := make([]byte, r.end-r.start)
		if _, err := io.ReadFull(br, buf); err != nil {
			return fmt.Errorf("loaders: %s: %w", f.label, err)
		}
		pos = r.end
		out[i].Raw = strings.Trim(string(buf), "\r\n")
	}
	return nil
}
