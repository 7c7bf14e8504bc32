package loaders_test

import (
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/loaders"
)

// skipBundle has invalid rows and rows that depend on them: p2's birth date is wrong,
// s1 is organised by p2, and a JSON link runs to s1; organisations.csv lacks its name
// column; an association names nobody known.
var skipBundle = map[string]string{
	"organisations.csv": "id,type\no1,gang\n",
	"suspects.csv": "id,name,birth_date,phones,notes\n" +
		"p1,Ali,,+963 1,\n" +
		"p2,Omar,1990-02-30,+963 1;+963 2,\"line one\nline two\"\n" +
		"p3,Hassan,,,\n",
	"shipments.csv": "id,commodity,organised_by,transported_by\n" +
		"s1,captagon,p2,p3\n" +
		"s2,hashish,p1,\n",
	"associations.csv": "source,target,type\n" +
		"p1,p2,call\n" +
		"p1,p3,meeting\n" +
		"p9,p1,call\n",
	"links.jsonl": `{"type":"TRANSPORTED","source":"p1","target":"s1"}` + "\n" +
		`{"type":"TRANSPORTED","source":"p1","target":"s2"}` + "\n",
}

func TestSkipInvalid(t *testing.T) {
	st := newMemStore()
	rejects := filepath.Join(t.TempDir(), "rejects.csv")
	got, err := loaders.LoadFS(context.Background(), st, textFS(skipBundle), loaders.Options{SkipInvalid: true, RejectsPath: rejects})
	if err != nil {
		t.Fatal(err)
	}

	wantFiles := []loaders.FileSummary{
		{File: "organisations.csv", Rows: 1, Rejected: 1, RejectedLines: []int{2}},
		{File: "suspects.csv", Rows: 3, Rejected: 1, RejectedLines: []int{3}},
		{File: "shipments.csv", Rows: 2, Rejected: 1, RejectedLines: []int{2}},
		{File: "associations.csv", Rows: 3, Rejected: 2, RejectedLines: []int{2, 4}},
		{File: "links.jsonl", Rows: 2, Rejected: 1, RejectedLines: []int{1}},
	}
	if !slices.EqualFunc(got.Files, wantFiles, func(a, b loaders.FileSummary) bool {
		return a.File == b.File && a.Rows == b.Rows && a.Rejected == b.Rejected && slices.Equal(a.RejectedLines, b.RejectedLines)
	}) {
		t.Errorf("files %+v\nwant  %+v", got.Files, wantFiles)
	}
	if got.Rejected != 6 || got.RejectsPath != rejects {
		t.Errorf("rejected %d to %q, want 6 to %q", got.Rejected, got.RejectsPath, rejects)
	}

	// The rest is loaded: p1 and p3, the phone p1 shares with p2 (not p2's own), s2 and
	// the links among them.
	var ids []string
	for id := range st.ents {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	if want := []string{"p1", "p3", "phone:+9631", "s2"}; !slices.Equal(ids, want) {
		t.Errorf("entities %q, want %q", ids, want)
	}
	var keys []string
	for k := range st.links {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	want := []string{"ASSOCIATE|meeting|p1|p3", "HOLDS||p1|phone:+9631", "ORGANISED||p1|s2", "TRANSPORTED||p1|s2"}
	if !slices.Equal(keys, want) {
		t.Errorf("links %q, want %q", keys, want)
	}
	if phone := st.ents["phone:+9631"]; !slices.Equal(phone.Sources, []string{"suspects.csv:2"}) {
		t.Errorf("the shared phone keeps the sources %q of a rejected row", phone.Sources)
	}

	f, err := os.Open(rejects)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	records, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	wantRecords := [][]string{
		{"file", "line", "field", "reason", "raw"},
		{"organisations.csv", "1", "name", "required column is missing", "id,type"},
		{"organisations.csv", "2", "", "rejected with its file: the header (line 1) is invalid", "o1,gang"},
		{"suspects.csv", "3", "birth_date", `"1990-02-30" is not a date (YYYY-MM-DD)`,
			"p2,Omar,1990-02-30,+963 1;+963 2,\"line one\nline two\""},
		{"shipments.csv", "2", "organised_by", `"p2" was rejected (suspects.csv:3)`, "s1,captagon,p2,p3"},
		{"associations.csv", "2", "target", `"p2" was rejected (suspects.csv:3)`, "p1,p2,call"},
		{"associations.csv", "4", "source", `"p9" is not defined in this load or in the store`, "p9,p1,call"},
		{"links.jsonl", "1", "target", `"s1" was rejected (shipments.csv:2)`, `{"type":"TRANSPORTED","source":"p1","target":"s1"}`},
	}
	if !slices.EqualFunc(records, wantRecords, slices.Equal) {
		var b strings.Builder
		csv.NewWriter(&b).WriteAll(records)
		t.Errorf("rejects file:\n%s", b.String())
	}
}

// Without rejections, SkipInvalid writes no rejects file.
func TestSkipInvalidWithoutRejects(t *testing.T) {
	rejects := filepath.Join(t.TempDir(), "rejects.csv")
	got, err := loaders.LoadFS(context.Background(), newMemStore(), bundleFS(t), loaders.Options{SkipInvalid: true, RejectsPath: rejects})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(rejects); !os.IsNotExist(err) || got.RejectsPath != "" || got.Rejected != 0 {
		t.Errorf("rejects file %q (stat: %v), %d rejected", got.RejectsPath, err, got.Rejected)
	}
}

// Without SkipInvalid the same bundle fails, reporting the causes only: the rows that
// depend on rejected ones are not errors of their own.
func TestSkipBundleFailsWithout(t *testing.T) {
	st := newMemStore()
	_, err := loaders.LoadFS(context.Background(), st, textFS(skipBundle), loaders.Options{})
	want := []string{
		"organisations.csv:1: name: required column is missing",
		`suspects.csv:3: birth_date: "1990-02-30" is not a date (YYYY-MM-DD)`,
		`associations.csv:4: source: "p9" is not defined in this load or in the store`,
	}
	if got := problemLines(t, err); !slices.Equal(got, want) {
		t.Errorf("problems %q\nwant %q", got, want)
	}
	if ringleader.ErrorCode(err) != ringleader.EINVALID || st.writes != 0 {
		t.Errorf("code %q, %d writes", ringleader.ErrorCode(err), st.writes)
	}
}
