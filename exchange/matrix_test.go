package exchange_test

import (
	"bytes"
	"encoding/csv"
	"strconv"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/exchange"
)

// TestMatrixCells checks a hand-drawn network: counts per type, whatever the links' direction.
func TestMatrixCells(t *testing.T) {
	net := &ringleader.Network{
		Entities: []ringleader.Entity{{ID: "a", Name: "A"}, {ID: "b", Name: "B"}, {ID: "c", Name: "C"}, {ID: "lonely"}},
		Links: []ringleader.Link{
			{Type: ringleader.LinkAssociate, Subtype: "call", Source: "a", Target: "b", Weight: 12},
			{Type: ringleader.LinkAssociate, Subtype: "call", Source: "b", Target: "a", Weight: 3},
			{Type: ringleader.LinkAssociate, Subtype: "meeting", Source: "a", Target: "b"},
			{Type: ringleader.LinkPaid, ID: "p1", Source: "c", Target: "a", Amount: 5},
		},
	}
	m := exchange.NewMatrix(net)
	tests := []struct {
		a, b string
		cell string
	}{{"a", "b", "call:2;meeting:1"}, {"b", "a", "call:2;meeting:1"}, {"a", "c", "PAID:1"}, {"b", "c", ""}}
	for _, tt := range tests {
		if got := m.Cell(m.Index[tt.a], m.Index[tt.b]); got != tt.cell {
			t.Errorf("%s-%s: %q, want %q", tt.a, tt.b, got, tt.cell)
		}
	}
	if _, ok := m.Index["lonely"]; ok {
		t.Error("an entity without links is in the matrix")
	}
	if tie := m.Between(m.Index["a"], m.Index["b"])["call"]; tie.Weight != 15 {
		t.Errorf("calls weigh %v, want 15", tie.Weight)
	}
}

// TestMatrixDemo writes the demo's matrix as CSV and XLSX and reads both back (encoding/csv, excelize): the
// counts add up to the demo's links, each pair counted once in each triangle.
func TestMatrixDemo(t *testing.T) {
	net := gradedDemo(t)
	m := exchange.NewMatrix(net)
	var c bytes.Buffer
	if err := m.WriteCSV(&c); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&c).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(m.Entities)+1 || len(rows[0]) != len(m.Entities)+2 {
		t.Fatalf("CSV is %d×%d for %d entities", len(rows), len(rows[0]), len(m.Entities))
	}
	var x bytes.Buffer
	if err := m.WriteXLSX(&x, "grade B2 or better"); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&x)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sheet, err := f.GetRows(exchange.SheetMatrix)
	if err != nil {
		t.Fatal(err)
	}
	sum := 0
	for i, r := range sheet[2:] {
		if r[0] != m.Entities[i].ID {
			t.Fatalf("row %d is %s, want %s", i+3, r[0], m.Entities[i].ID)
		}
		for j := 2; j < len(r); j++ {
			if r[j] == "" {
				continue
			}
			n, err := strconv.Atoi(r[j])
			if err != nil {
				t.Fatalf("cell %d,%d: %q", i+3, j+1, r[j])
			}
			sum += n
		}
	}
	self := 0
	for _, l := range net.Links {
		if l.Source == l.Target {
			self++
		}
	}
	if want := 2 * (len(net.Links) - self); sum != want {
		t.Errorf("the XLSX matrix counts %d links (both triangles), the network %d", sum, want)
	}
	pairs, err := f.GetRows(exchange.SheetPairs)
	if err != nil {
		t.Fatal(err)
	}
	links := 0
	for _, r := range pairs[1:] {
		n, _ := strconv.Atoi(r[5])
		links += n
	}
	if links != len(net.Links)-self {
		t.Errorf("the pairs sheet counts %d links, want %d", links, len(net.Links)-self)
	}
	if props, _ := f.GetDocProps(); props.Description != "restricted to grade B2 or better" {
		t.Errorf("description %q", props.Description)
	}
	t.Logf("matrix of %d entities, %d pairs, %d types", len(m.Entities), len(m.Pairs), len(m.Types))
}
