package loadbench

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/names"
)

func readCSV(t *testing.T, path string) (header []string, rows [][]string) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	all, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return all[0], all[1:]
}

// TestGenerate checks that the plain CSV holds what the bundle means, row by row, in the form the LOAD CSV
// statements expect.
func TestGenerate(t *testing.T) {
	dir := t.TempDir()
	bundle, plain := filepath.Join(dir, "bundle"), filepath.Join(dir, "plain")
	for _, d := range []string{bundle, plain} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	const people, degree = 500, 8
	d, err := Generate(t.Context(), bundle, plain, people, degree, 7)
	if err != nil {
		t.Fatal(err)
	}
	if d.People != people || d.Links < people*degree/2*9/10 || d.Links > people*degree/2*11/10 {
		t.Fatalf("got %d people and %d links, want %d and about %d", d.People, d.Links, people, people*degree/2)
	}

	_, suspects := readCSV(t, filepath.Join(bundle, "suspects.csv"))
	header, rows := readCSV(t, filepath.Join(plain, PeopleFile))
	col := func(name string) int {
		for i, h := range header {
			if h == name {
				return i
			}
		}
		t.Fatalf("%s: no column %s", PeopleFile, name)
		return -1
	}
	if len(rows) != people {
		t.Fatalf("%s: %d rows, want %d", PeopleFile, len(rows), people)
	}
	for i, r := range rows {
		s := suspects[i]
		var props map[string]string
		if err := json.Unmarshal([]byte(r[col("props")]), &props); err != nil {
			t.Fatalf("row %d: props: %v", i+1, err)
		}
		want := map[string]string{
			"id": s[0], "name": s[1], "community": s[2], "kind": "Person", "implicit": "false",
			"seq": strconv.Itoa(i + 1), "name_keys": names.Fold(s[1]), "search_text": names.Fold(s[1]),
			"sources": "suspects.csv:" + strconv.Itoa(i+2),
		}
		for k, v := range want {
			if got := r[col(k)]; got != v {
				t.Errorf("row %d: %s = %q, want %q", i+1, k, got, v)
			}
		}
		if len(props) != 1 || props["community"] != s[2] {
			t.Errorf("row %d: props %v, want community %s only", i+1, props, s[2])
		}
	}

	_, assocs := readCSV(t, filepath.Join(bundle, "associations.csv"))
	header, rows = readCSV(t, filepath.Join(plain, LinksFile))
	if strings.Join(header, ",") != "key,source,target,subtype,weight,sources,source_cases,observations" || len(rows) != d.Links || len(assocs) != d.Links {
		t.Fatalf("%s: header %v and %d rows, bundle %d rows, want %d", LinksFile, header, len(rows), len(assocs), d.Links)
	}
	keys := make(map[string]bool)
	for i, r := range rows {
		a := assocs[i]
		src, dst := a[0], a[1]
		if a[2] != "call" && dst < src { // only a call is directed; the others are stored with sorted endpoints
			src, dst = dst, src
		}
		want := []string{"ASSOCIATE|" + a[2] + "|" + src + "|" + dst, src, dst, a[2], a[3], "associations.csv:" + strconv.Itoa(i+2)}
		if strings.Join(r[:6], ",") != strings.Join(want, ",") {
			t.Errorf("link row %d: %v, want %v", i+1, r[:6], want)
		}
		// As the store keeps them: one source in no case, one observation of the row's weight.
		obs, err := ringleader.DecodeObservations(r[7])
		if r[6] != ringleader.EncodeSourceCases([]string{want[5]}, nil, nil) || err != nil || len(obs) != 1 ||
			strconv.FormatFloat(obs[0].Weight, 'g', -1, 64) != a[3] {
			t.Errorf("link row %d: source_cases %q, observations %q (%v, %v)", i+1, r[6], r[7], obs, err)
		}
		if keys[r[0]] {
			t.Errorf("link row %d: key %s repeats", i+1, r[0])
		}
		keys[r[0]] = true
	}

	// neo4j-admin's files hold the same rows under typed headers.
	for _, f := range []struct{ plain, admin, header string }{
		{PeopleFile, AdminPeopleFile, "id:ID,kind,name,sources:string[],props,implicit:boolean,seq:long,name_keys:string[],search_text,community,source_cases"},
		{LinksFile, AdminLinksFile, "key,:START_ID,:END_ID,subtype,weight:double,sources:string[],source_cases,observations"},
	} {
		_, plainRows := readCSV(t, filepath.Join(plain, f.plain))
		header, adminRows := readCSV(t, filepath.Join(plain, f.admin))
		if got := strings.Join(header, ","); got != f.header {
			t.Errorf("%s: header %s, want %s", f.admin, got, f.header)
		}
		if fmt.Sprint(adminRows) != fmt.Sprint(plainRows) {
			t.Errorf("%s: the rows differ from %s's", f.admin, f.plain)
		}
	}
}

func TestCheckAdminHeaders(t *testing.T) {
	people := []string{"id", "kind", "name", "sources", "props", "implicit", "seq", "name_keys", "search_text", "community", "source_cases"}
	links := []string{"key", "source", "target", "subtype", "weight", "sources", "source_cases", "observations"}
	swapped := slices.Clone(links)
	swapped[1], swapped[2] = swapped[2], swapped[1]
	tests := []struct {
		name          string
		people, links []string
		ok            bool
	}{
		{"as written", people, links, true},
		{"a column more", append(slices.Clone(people), "aliases"), links, false},
		{"a column less", people, links[:7], false},
		{"endpoints swapped", people, swapped, false},
		{"renamed", append(slices.Clone(people[:10]), "cases"), links, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := checkAdminHeaders(tt.people, tt.links); (err == nil) != tt.ok {
				t.Errorf("checkAdminHeaders: %v, want ok=%v", err, tt.ok)
			}
		})
	}
}

func TestAdminImportArgs(t *testing.T) {
	got := strings.Join(AdminImportArgs("/import", "neo4j"), " ")
	want := "database import full --nodes=Entity:Person=/import/admin-people.csv " +
		"--relationships=ASSOCIATE=/import/admin-links.csv --array-delimiter=; --id-type=string " +
		"--overwrite-destination=false neo4j"
	if got != want {
		t.Errorf("AdminImportArgs:\n%s\nwant\n%s", got, want)
	}
}

func TestCanonical(t *testing.T) {
	tests := []struct {
		name string
		a, b any
		same bool
	}{
		{"map order", map[string]any{"x": int64(1), "y": "a"}, map[string]any{"y": "a", "x": int64(1)}, true},
		{"int is not float", map[string]any{"seq": int64(3)}, map[string]any{"seq": float64(3)}, false},
		{"list order counts", []any{"a", "b"}, []any{"b", "a"}, false},
		{"string is not list", map[string]any{"s": "a"}, map[string]any{"s": []any{"a"}}, false},
		{"bool is not string", false, "false", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := canonical(tt.a) == canonical(tt.b); got != tt.same {
				t.Errorf("canonical(%#v) == canonical(%#v): %v, want %v", tt.a, tt.b, got, tt.same)
			}
		})
	}
}
