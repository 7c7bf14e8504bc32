package exchange

import (
	"cmp"
	"encoding/csv"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/ringleader/ringleader"
)

// Matrix is an association matrix (UNODC, Criminal Intelligence Manual for Analysts, ch. 6): for every two
// entities that are linked, how many links of each type tie them, whatever their direction. An association is
// typed by its subtype (call, meeting, ...), any other link by its type (PAID, MEMBER_OF, ...).
type Matrix struct {
	// Entities are the linked entities, in the network's order; Index finds one by id.
	Entities []ringleader.Entity
	Index    map[string]int
	// Types are the link types that occur, sorted.
	Types []string
	// Pairs holds, for i < j, the links between Entities[i] and Entities[j] by type.
	Pairs map[[2]int]map[string]*Tie
}

// Tie counts the links of one type between two entities, and adds up their weights (a count of calls).
type Tie struct {
	Links  int
	Weight float64
}

// NewMatrix builds the association matrix of net. A link to itself, which no loader makes, is left out.
func NewMatrix(net *ringleader.Network) *Matrix {
	linked := map[string]bool{}
	for _, l := range net.Links {
		if l.Source != l.Target {
			linked[l.Source], linked[l.Target] = true, true
		}
	}
	m := &Matrix{Index: map[string]int{}, Pairs: map[[2]int]map[string]*Tie{}}
	for _, e := range net.Entities {
		if linked[e.ID] {
			m.Index[e.ID] = len(m.Entities)
			m.Entities = append(m.Entities, e)
		}
	}
	types := map[string]bool{}
	for _, l := range net.Links {
		i, iok := m.Index[l.Source]
		j, jok := m.Index[l.Target]
		if !iok || !jok || i == j {
			continue
		}
		if j < i {
			i, j = j, i
		}
		t := matrixType(&l)
		types[t] = true
		p := m.Pairs[[2]int{i, j}]
		if p == nil {
			p = map[string]*Tie{}
			m.Pairs[[2]int{i, j}] = p
		}
		if p[t] == nil {
			p[t] = &Tie{}
		}
		p[t].Links++
		p[t].Weight += l.W()
	}
	m.Types = slices.Sorted(maps.Keys(types))
	return m
}

func matrixType(l *ringleader.Link) string {
	if l.Type == ringleader.LinkAssociate && l.Subtype != "" {
		return l.Subtype
	}
	return string(l.Type)
}

// Between returns the ties between the entities at i and j, by type (nil when none).
func (m *Matrix) Between(i, j int) map[string]*Tie {
	if j < i {
		i, j = j, i
	}
	return m.Pairs[[2]int{i, j}]
}

// Cell is the text of a matrix cell: "call:3;meeting:1", types in order, each with its count of links; "" for
// no link.
func (m *Matrix) Cell(i, j int) string {
	ties := m.Between(i, j)
	var parts []string
	for _, t := range m.Types {
		if tie := ties[t]; tie != nil {
			parts = append(parts, t+":"+strconv.Itoa(tie.Links))
		}
	}
	return strings.Join(parts, ";")
}

// Total is the number of links between the entities at i and j.
func (m *Matrix) Total(i, j int) int {
	n := 0
	for _, tie := range m.Between(i, j) {
		n += tie.Links
	}
	return n
}

// WriteCSV writes the matrix: a header of "id", "name" and each entity's id, then a row per entity with its id,
// name and a Cell for every other entity. The diagonal is empty.
func (m *Matrix) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	header := []string{"id", "name"}
	for _, e := range m.Entities {
		header = append(header, e.ID)
	}
	_ = cw.Write(header)
	for i, e := range m.Entities {
		row := append(make([]string, 0, len(header)), e.ID, e.Name)
		for j := range m.Entities {
			row = append(row, m.Cell(i, j))
		}
		_ = cw.Write(row)
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("exchange: matrix: %w", err)
	}
	return nil
}

// Sheet names of the XLSX matrix.
const (
	SheetMatrix = "Matrix"
	SheetPairs  = "Pairs"
)

// WriteXLSX writes the matrix as a workbook: sheet Matrix holds the number of links between each two entities
// (ids and names as headers, empty where none); sheet Pairs a row per linked pair and type, with both ids and
// names, the type, the number of links and the sum of their weights; and a sheet per type its own matrix.
func (m *Matrix) WriteXLSX(w io.Writer, restriction string) error {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", SheetMatrix); err != nil {
		return fmt.Errorf("exchange: matrix: %w", err)
	}
	if err := m.sheet(f, SheetMatrix, func(i, j int) int { return m.Total(i, j) }); err != nil {
		return err
	}
	if _, err := f.NewSheet(SheetPairs); err != nil {
		return fmt.Errorf("exchange: matrix: %w", err)
	}
	sw, err := f.NewStreamWriter(SheetPairs)
	if err != nil {
		return fmt.Errorf("exchange: matrix: %w", err)
	}
	row := 1
	put := func(vals ...any) error {
		cell, _ := excelize.CoordinatesToCellName(1, row)
		row++
		return sw.SetRow(cell, vals)
	}
	if err := put("source", "source_name", "target", "target_name", "type", "links", "weight"); err != nil {
		return fmt.Errorf("exchange: matrix: %w", err)
	}
	pairs := slices.SortedFunc(maps.Keys(m.Pairs), func(a, b [2]int) int { return cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1])) })
	for _, p := range pairs {
		a, b := m.Entities[p[0]], m.Entities[p[1]]
		for _, t := range m.Types {
			if tie := m.Pairs[p][t]; tie != nil {
				if err := put(a.ID, a.Name, b.ID, b.Name, t, tie.Links, tie.Weight); err != nil {
					return fmt.Errorf("exchange: matrix: %w", err)
				}
			}
		}
	}
	if err := sw.Flush(); err != nil {
		return fmt.Errorf("exchange: matrix: %w", err)
	}
	for _, t := range m.Types {
		if _, err := f.NewSheet(t); err != nil {
			return fmt.Errorf("exchange: matrix: %w", err)
		}
		if err := m.sheet(f, t, func(i, j int) int {
			if tie := m.Between(i, j)[t]; tie != nil {
				return tie.Links
			}
			return 0
		}); err != nil {
			return err
		}
	}
	if restriction != "" {
		if err := f.SetDocProps(&excelize.DocProperties{Description: "restricted to " + restriction}); err != nil {
			return fmt.Errorf("exchange: matrix: %w", err)
		}
	}
	if _, err := f.WriteTo(w); err != nil {
		return fmt.Errorf("exchange: matrix: %w", err)
	}
	return nil
}

// sheet writes a square matrix of counts: row 1 the ids, row 2 the names, column A the ids, column B the names.
func (m *Matrix) sheet(f *excelize.File, name string, count func(i, j int) int) error {
	sw, err := f.NewStreamWriter(name)
	if err != nil {
		return fmt.Errorf("exchange: matrix: %w", err)
	}
	ids := []any{"id", ""}
	names := []any{"", "name"}
	for _, e := range m.Entities {
		ids = append(ids, e.ID)
		names = append(names, e.Name)
	}
	if err := sw.SetRow("A1", ids); err != nil {
		return fmt.Errorf("exchange: matrix: %w", err)
	}
	if err := sw.SetRow("A2", names); err != nil {
		return fmt.Errorf("exchange: matrix: %w", err)
	}
	for i, e := range m.Entities {
		row := make([]any, 2+len(m.Entities))
		row[0], row[1] = e.ID, e.Name
		for j := range m.Entities {
			if n := count(i, j); n > 0 && i != j {
				row[2+j] = n
			}
		}
		cell, _ := excelize.CoordinatesToCellName(1, i+3)
		if err := sw.SetRow(cell, row); err != nil {
			return fmt.Errorf("exchange: matrix: %w", err)
		}
	}
	return sw.Flush()
}
