package loaders_test

import (
	"bytes"
	"context"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/loaders"
)

func TestLoadDirectory(t *testing.T) {
	st := newMemStore()
	got, err := loaders.Load(context.Background(), st, []string{bundleDir}, loaders.Options{})
	if err != nil {
		t.Fatal(err)
	}
	kinds, types := st.counts()
	if !maps.Equal(kinds, wantKinds) || !maps.Equal(types, wantTypes) || len(got.Files) != 6 {
		t.Errorf("counts %v %v over %d files, want %v %v over 6", kinds, types, len(got.Files), wantKinds, wantTypes)
	}
}

// Single files are named after their tables; problems and sources give base names.
func TestLoadFiles(t *testing.T) {
	st := newMemStore()
	var paths []string
	for _, name := range []string{"suspects.csv", "cases.csv", "organisations.csv"} {
		paths = append(paths, filepath.Join(bundleDir, name))
	}
	got, err := loaders.Load(context.Background(), st, paths, loaders.Options{})
	if err != nil {
		t.Fatal(err)
	}
	kinds, types := st.counts()
	wantK := map[ringleader.Kind]int{ringleader.KindCase: 3, ringleader.KindOrganisation: 3, ringleader.KindPerson: 6,
		ringleader.KindPhone: 4, ringleader.KindVehicle: 1}
	wantT := map[ringleader.LinkType]int{ringleader.LinkInvolvedIn: 10, ringleader.LinkMemberOf: 5, ringleader.LinkHolds: 6}
	if !maps.Equal(kinds, wantK) || !maps.Equal(types, wantT) {
		t.Errorf("counts %v %v, want %v %v", kinds, types, wantK, wantT)
	}
	if got.Files[0].File != "suspects.csv" || !slices.Equal(st.ents["p1"].Sources, []string{"suspects.csv:2"}) {
		t.Errorf("files %+v, p1 sources %q", got.Files, st.ents["p1"].Sources)
	}
}

func TestLoadPathProblems(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty")
	if err := os.Mkdir(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	text := filepath.Join(dir, "notes.txt")
	notes := filepath.Join(dir, "notes.csv")
	for _, p := range []string{text, notes} {
		if err := os.WriteFile(p, []byte("a,b\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	missing := filepath.Join(dir, "missing")
	tests := []struct {
		name  string
		paths []string
		want  []string
	}{
		{"missing", []string{missing}, []string{missing + ": no such file or directory"}},
		{"not a table", []string{text}, []string{text + ": not a .csv, .jsonl, .graphml or .gexf file"}},
		{"empty directory", []string{empty}, []string{empty + ": no files to load: a bundle holds cases.csv, organisations.csv, " +
			"suspects.csv, shipments.csv, financial_links.csv, associations.csv or .jsonl files"}},
		{"unknown table", []string{notes}, []string{"notes.csv: unknown table: a bundle's CSV files are cases.csv, " +
			"organisations.csv, suspects.csv, shipments.csv, financial_links.csv, associations.csv"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := newMemStore()
			_, err := loaders.Load(context.Background(), st, tt.paths, loaders.Options{})
			if got := problemLines(t, err); !slices.Equal(got, tt.want) {
				t.Errorf("problems %q, want %q", got, tt.want)
			}
			if st.writes != 0 {
				t.Error("wrote")
			}
		})
	}
}

// A bundle directory may hold other files, and the rejects file of an earlier load.
func TestLoadDirectoryIgnoresOtherFiles(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"suspects.csv": twoSuspects,
		"README.md":    "notes",
		"rejects.csv":  "file,line,field,reason,raw\nsuspects.csv,3,name,required value is empty,\"p3,\"\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := loaders.Load(context.Background(), newMemStore(), []string{dir}, loaders.Options{})
	if err != nil || len(got.Files) != 1 || got.EntitiesCreated != 2 {
		t.Errorf("summary %+v, error %v; want suspects.csv alone", got, err)
	}
}

// Progress is called as the batch is written, up to the total of records.
func TestProgress(t *testing.T) {
	var last [2]int
	calls := 0
	st := newMemStore()
	_, err := loaders.LoadFS(context.Background(), st, bundleFS(t), loaders.Options{Progress: func(done, total int) {
		calls++
		last = [2]int{done, total}
	}})
	if err != nil {
		t.Fatal(err)
	}
	n := len(st.ents) + len(st.links)
	if calls != n || last != [2]int{n, n} {
		t.Errorf("%d calls, last %v; want %d ending at %d of %d", calls, last, n, n, n)
	}
}

func TestTerminalProgressOffTerminal(t *testing.T) {
	f, err := os.Create(filepath.Join(t.TempDir(), "log"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if loaders.TerminalProgress(f, "loading") != nil {
		t.Error("a progress bar on a file")
	}
	if loaders.TerminalProgress(&bytes.Buffer{}, "loading") != nil {
		t.Error("a progress bar on a writer that is not an *os.File")
	}
}
