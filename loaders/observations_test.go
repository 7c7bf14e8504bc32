package loaders_test

import (
	"context"
	"slices"
	"testing"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/loaders"
)

// TestLoadObservations loads bundles one after another into one store and checks the a–b call tie: rows with
// its identity are observations that add up, and a row the store already holds adds nothing.
func TestLoadObservations(t *testing.T) {
	const (
		people = "id,name\na,A\nb,B\nc,C\n"
		header = "source,target,type,weight,first_seen,last_seen,cases\n"
		jan    = "a,b,call,12,2026-01-05,2026-01-28,\n"
		feb    = "a,b,call,3,2026-02-02,2026-02-20,\n"
		other  = "a,c,meeting,1,,,\n"
	)
	bundle := func(assocs string) map[string]string {
		return map[string]string{"suspects.csv": people, "associations.csv": header + assocs}
	}
	tests := []struct {
		name        string
		loads       []map[string]string
		weight      float64
		first, last string
		sources     []string
		// last is what the last load did to the links.
		lastLoad ringleader.WriteResult
	}{
		{"two rows add up and widen the dates (the issue's example)", []map[string]string{bundle(jan + feb)},
			15, "2026-01-05", "2026-02-20", []string{"associations.csv:2", "associations.csv:3"},
			ringleader.WriteResult{EntitiesCreated: 3, LinksCreated: 1}},
		{"the same bundle again changes nothing", []map[string]string{bundle(jan + feb), bundle(jan + feb)},
			15, "2026-01-05", "2026-02-20", []string{"associations.csv:2", "associations.csv:3"},
			ringleader.WriteResult{EntitiesUnchanged: 3, LinksUnchanged: 1}},
		{"a row appended, then the whole file again", []map[string]string{bundle(jan), bundle(jan + feb)},
			15, "2026-01-05", "2026-02-20", []string{"associations.csv:2", "associations.csv:3"},
			ringleader.WriteResult{EntitiesUnchanged: 3, LinksUpdated: 1}},
		{"the file re-sorted: the rows are the ones held", []map[string]string{bundle(jan + feb), bundle(other + feb + jan)},
			15, "2026-01-05", "2026-02-20", []string{"associations.csv:2", "associations.csv:3", "associations.csv:4"},
			ringleader.WriteResult{EntitiesUnchanged: 3, LinksCreated: 1, LinksUpdated: 1}},
		{"January and February in two bundles", []map[string]string{bundle(jan), bundle(feb)},
			15, "2026-01-05", "2026-02-20", []string{"associations.csv:2"},
			ringleader.WriteResult{EntitiesUnchanged: 3, LinksUpdated: 1}},
		{"two identical rows of one file are two observations", []map[string]string{bundle(feb + feb)},
			6, "2026-02-02", "2026-02-20", []string{"associations.csv:2", "associations.csv:3"},
			ringleader.WriteResult{EntitiesCreated: 3, LinksCreated: 1}},
		{"... and stay two when the file is loaded again", []map[string]string{bundle(feb + feb), bundle(feb + feb)},
			6, "2026-02-02", "2026-02-20", []string{"associations.csv:2", "associations.csv:3"},
			ringleader.WriteResult{EntitiesUnchanged: 3, LinksUnchanged: 1}},
		{"a third identical row adds one more", []map[string]string{bundle(feb + feb), bundle(feb + feb + feb)},
			9, "2026-02-02", "2026-02-20", []string{"associations.csv:2", "associations.csv:3", "associations.csv:4"},
			ringleader.WriteResult{EntitiesUnchanged: 3, LinksUpdated: 1}},
		{"the same row in a JSON Lines file is another file's observation", []map[string]string{bundle(jan),
			{"calls.jsonl": `{"type":"ASSOCIATE","subtype":"call","source":"a","target":"b","weight":12,"first_seen":"2026-01-05","last_seen":"2026-01-28"}` + "\n"}},
			24, "2026-01-05", "2026-01-28", []string{"associations.csv:2", "calls.jsonl:1"},
			ringleader.WriteResult{LinksUpdated: 1}},
		// The limit of telling rows by their content: a count corrected in place is a new row, and the store
		// deletes nothing, so the old count stays beside it.
		{"a row edited in place is another observation", []map[string]string{bundle(jan),
			bundle("a,b,call,13,2026-01-05,2026-01-28,\n")},
			25, "2026-01-05", "2026-01-28", []string{"associations.csv:2"},
			ringleader.WriteResult{EntitiesUnchanged: 3, LinksUpdated: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := newMemStore()
			var sum loaders.Summary
			for i, files := range tt.loads {
				var err error
				sum, err = loaders.LoadFS(context.Background(), st, textFS(files), loaders.Options{})
				if err != nil {
					t.Fatalf("load %d: %v", i+1, err)
				}
			}
			if sum.WriteResult != tt.lastLoad {
				t.Errorf("last load wrote %+v, want %+v", sum.WriteResult, tt.lastLoad)
			}
			got, err := st.link("ASSOCIATE|call|a|b")
			if err != nil {
				t.Fatal(err)
			}
			if got.Weight != tt.weight || got.FirstSeen != tt.first || got.LastSeen != tt.last || !slices.Equal(got.Sources, tt.sources) {
				t.Errorf("a–b calls: weight %v, seen %s to %s, sources %v; want %v, %s to %s, %v",
					got.Weight, got.FirstSeen, got.LastSeen, got.Sources, tt.weight, tt.first, tt.last, tt.sources)
			}
		})
	}
}
