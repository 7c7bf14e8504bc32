package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeFile(t *testing.T, text string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "pairs.csv")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

const header = "pair_id,record_a,record_a_name,record_b,record_b_name,label,kind,source\n"

// A person of the Taliban list with three records, a person of the Iraq list with two, and a labelled sibling
// pair between them.
const tiny = header +
	"p1,A1,عبد الله,A2,ABDULLAH,1,pos-ar-la,UNSC Taliban TAi.001\n" +
	"p2,A1,عبد الله,A3,Abdallah,1,pos-ar-lv,UNSC Taliban TAi.001\n" +
	"p3,A2,ABDULLAH,A3,Abdallah,1,pos-la-lv,UNSC Taliban TAi.001\n" +
	"p4,B1,سعد الله,B2,SAADALLAH,1,pos-ar-la,UNSC Iraq IQi.002\n" +
	"n1,A2,ABDULLAH,B2,SAADALLAH,0,neg-onepart-la,UNSC Taliban TAi.001 / Iraq IQi.002\n"

func TestMeasure(t *testing.T) {
	s, err := readUN(writeFile(t, tiny))
	if err != nil {
		t.Fatal(err)
	}
	sys := &system{auto: 0.9, review: 0.5, bundle: map[[2]string]float64{
		pair("A1", "A2"): 0.95, // linked, right
		pair("A1", "A3"): 0.6,  // review, right
		pair("A2", "A3"): 0.2,  // missed
		pair("B1", "B2"): 0.99, // linked, right
		pair("A2", "B2"): 0.7,  // labelled siblings, proposed
		pair("A1", "B1"): 0.92, // unlabelled, linked wrongly
	}}
	f, l := measure(s, nil, sys)
	tests := []struct {
		name      string
		got, want float64
	}{
		{"positives", float64(f.Positives), 4},
		{"auto precision", f.AutoPrecision(), 1},
		{"auto recall", f.AutoRecall(), 0.5},
		{"review recall", f.ReviewRecall(), 0.75},
		{"Taliban recall", f.TalibanRecall(), 2.0 / 3},
		{"siblings proposed", float64(f.SiblingsReview), 1},
		{"records", float64(f.Records), 5},
		{"true pairs", float64(f.TruePairs), 4},
		{"automatic links", float64(f.AutoLinks), 3},
		{"wrong automatic links, unlabelled counted", float64(f.WrongAuto), 1},
		{"per 1,000 names", f.WrongPer1000(), 200},
		{"queue", float64(f.Queue), 2},
		{"queue ratio", f.QueueRatio(), 0.5},
		{"found", float64(f.Found), 3},
	}
	for _, tt := range tests {
		if d := tt.got - tt.want; d > 1e-9 || d < -1e-9 {
			t.Errorf("%s: %g, want %g", tt.name, tt.got, tt.want)
		}
	}
	if len(l.missed) != 1 || l.missed[0].labelled != "p3" {
		t.Errorf("missed %v, want p3", l.missed)
	}
	if len(l.wrongAuto) != 1 || l.wrongAuto[0].labelled != "" {
		t.Errorf("wrong links %v, want the unlabelled A1-B1", l.wrongAuto)
	}
	if s.byID["A3"].role != "lv" || s.byID["B2"].person != "IQi.002" || s.byID["A1"].list != "Taliban" {
		t.Errorf("records read as %+v, %+v, %+v", *s.byID["A3"], *s.byID["B2"], *s.byID["A1"])
	}
}

func TestReadUNErrors(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"bad label", header + "p1,A,x,B,y,2,pos-ar-la,UNSC Iraq IQi.1\n", ":2: label"},
		{"label against source", header + "p1,A,x,B,y,1,pos-ar-la,UNSC Iraq IQi.1 / Iraq IQi.2\n", ":2: label"},
		{"one record twice", header + "p1,A,x,A,y,1,pos-ar-la,UNSC Iraq IQi.1\n", ":2: record_a, record_b"},
		{"renamed record", header + "p1,A,x,B,y,1,pos-ar-la,UNSC Iraq IQi.1\np2,A,z,C,y,1,pos-ar-la,UNSC Iraq IQi.1\n", ":3: record_a_name"},
		{"bad source", header + "p1,A,x,B,y,1,pos-ar-la,somewhere\n", ":2: source"},
		{"column missing", "pair_id,record_a\n", ":1: column"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := readUN(writeFile(t, tt.text))
			if err == nil || !strings.Contains(err.Error(), "pairs.csv"+tt.want) {
				t.Errorf("error %v, want one naming pairs.csv%s", err, tt.want)
			}
		})
	}
}
