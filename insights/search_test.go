package insights_test

import (
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/insights"
	"github.com/ringleader/ringleader/sqlite"
)

func searchStore(t *testing.T, ents []ringleader.Entity) *insights.Engine {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "search.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if _, err := st.Write(context.Background(), &ringleader.Batch{Entities: ents}); err != nil {
		t.Fatal(err)
	}
	return insights.New(st)
}

func ids(found []insights.Found) []string {
	var out []string
	for _, f := range found {
		out = append(out, f.ID)
	}
	return out
}

func TestSearchAcrossScripts(t *testing.T) {
	person := func(id, name string, aliases ...string) ringleader.Entity {
		return ringleader.Entity{ID: id, Kind: ringleader.KindPerson, Name: name, Aliases: aliases, Cases: []string{"c1"}}
	}
	e := searchStore(t, []ringleader.Entity{
		person("ar", "محمد الأحمد"),
		person("la", "Mohammed al-Ahmad"),
		person("other-family", "محمد العلي"),
		person("other-given", "خالد الأحمد"),
		person("alias", "Abu Khalil", "Tarek Gamal al-Homsi"),
		person("hidden", "محمد الأحمد"),
	})
	scope := ringleader.CasesScope("c1")
	tests := []struct {
		query     string
		want, not []string
		wantFirst string
	}{
		{"Mohammed al-Ahmad", []string{"ar", "la"}, []string{"other-family", "other-given"}, "la"},
		{"محمد الأحمد", []string{"ar", "la"}, []string{"other-family", "other-given"}, "ar"},
		{"Muhammad Ahmad", []string{"ar", "la"}, []string{"other-given"}, ""},
		{"طارق جمال", []string{"alias"}, nil, "alias"},
		{"ahm", []string{"la"}, nil, ""}, // a fragment still finds names that contain it
	}
	for _, tt := range tests {
		found, err := e.Search(context.Background(), scope, ringleader.EntityQuery{Text: tt.query})
		if err != nil {
			t.Fatal(err)
		}
		got := ids(found)
		for _, id := range tt.want {
			if !slices.Contains(got, id) {
				t.Errorf("%q finds %v, not %s", tt.query, got, id)
			}
		}
		for _, id := range tt.not {
			if slices.Contains(got, id) {
				t.Errorf("%q finds %s, a different person", tt.query, id)
			}
		}
		if tt.wantFirst != "" && (len(got) == 0 || got[0] != tt.wantFirst) {
			t.Errorf("%q ranks %v, want %s first", tt.query, got, tt.wantFirst)
		}
	}
}

// TestSearchUNNames searches real names of the UN Security Council Consolidated List (testdata/datasets/un_names):
// for 50 people whose list gives the name in Arabic script and in the UN's romanisation, the Latin name must find
// the Arabic-script record and the Arabic name the Latin record, among the first ten answers.
func TestSearchUNNames(t *testing.T) {
	f, err := os.Open("../testdata/datasets/un_names/pairs.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	type pair struct{ ar, arName, la, laName string }
	var pairs []pair
	records := map[string]string{}
	for _, r := range rows[1:] {
		records[r[1]], records[r[3]] = r[2], r[4]
		if r[6] == "pos-ar-la" && len(pairs) < 50 {
			pairs = append(pairs, pair{r[1], r[2], r[3], r[4]})
		}
	}
	var ents []ringleader.Entity
	for id, name := range records {
		ents = append(ents, ringleader.Entity{ID: id, Kind: ringleader.KindPerson, Name: name, Cases: []string{"un"}})
	}
	e := searchStore(t, ents)
	latinFinds, arabicFinds := 0, 0
	for _, p := range pairs {
		for _, dir := range []struct {
			query, want string
			n           *int
		}{{p.laName, p.ar, &latinFinds}, {p.arName, p.la, &arabicFinds}} {
			found, err := e.Search(context.Background(), ringleader.AllCases(), ringleader.EntityQuery{Text: dir.query, Limit: 10})
			if err != nil {
				t.Fatal(err)
			}
			if slices.Contains(ids(found), dir.want) {
				*dir.n++
			} else {
				t.Logf("%q does not find %q", dir.query, records[dir.want])
			}
		}
	}
	t.Logf("of %d people: the Latin name finds the Arabic-script record %d times, the Arabic name the Latin record %d times",
		len(pairs), latinFinds, arabicFinds)
	if latinFinds < 45 || arabicFinds < 45 {
		t.Errorf("found %d and %d of %d, want at least 45 each way", latinFinds, arabicFinds, len(pairs))
	}
}
