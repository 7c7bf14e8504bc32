package neo4j_test

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/demo"
	"github.com/ringleader/ringleader/loaders"
	"github.com/ringleader/ringleader/sqlite"
	"github.com/ringleader/ringleader/testing/storetest"
)

func openSQLite(t *testing.T) *sqlite.Store {
	t.Helper()
	s, err := sqlite.Open(t.Context(), filepath.Join(t.TempDir(), "ringleader.db"))
	if err != nil {
		t.Fatalf("sqlite.Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// TestSameAsSQLite loads the same bundle into the sqlite store and into Neo4j and checks that every read gives the
// same answer in both, in every scope: the two stores hold one meaning of the data.
func TestSameAsSQLite(t *testing.T) {
	bundles := []struct {
		name   string
		bundle func(t *testing.T) fs.FS
	}{
		{"testdata bundle", func(t *testing.T) fs.FS { return os.DirFS("../loaders/testdata/bundle") }},
		{"demo", func(t *testing.T) fs.FS { return demo.Bundle() }},
	}
	for _, bb := range bundles {
		t.Run(bb.name, func(t *testing.T) {
			ctx := t.Context()
			began := time.Now()
			phase := func(what string) {
				t.Logf("%s: %v", what, time.Since(began).Round(time.Millisecond))
				began = time.Now()
			}
			bundle := bb.bundle(t)
			lite, neo := openSQLite(t), mustOpen(t)
			opt := loaders.Options{RejectsPath: filepath.Join(t.TempDir(), "rejects.csv")}
			wantSum, err := loaders.LoadFS(ctx, lite, bundle, opt)
			if err != nil {
				t.Fatalf("load into sqlite: %v", err)
			}
			gotSum, err := loaders.LoadFS(ctx, neo, bundle, opt)
			if err != nil {
				t.Fatalf("load into neo4j: %v", err)
			}
			if gotSum.WriteResult != wantSum.WriteResult || gotSum.Duplicates != wantSum.Duplicates {
				t.Errorf("neo4j load summary %+v, sqlite %+v", gotSum.WriteResult, wantSum.WriteResult)
			}
			if wantSum.EntitiesCreated == 0 || wantSum.LinksCreated == 0 {
				t.Fatalf("the bundle loaded nothing: %+v", wantSum)
			}
			phase("load into both")

			all, err := lite.Network(ctx, ringleader.AllCases(), ringleader.NetworkFilter{})
			if err != nil {
				t.Fatal(err)
			}
			scopes := []ringleader.Scope{ringleader.AllCases(), {}}
			var caseIDs []string
			for _, e := range all.Entities {
				if e.Kind == ringleader.KindCase {
					caseIDs = append(caseIDs, e.ID)
					scopes = append(scopes, ringleader.CasesScope(e.ID))
				}
			}
			scopes = append(scopes, ringleader.CasesScope(caseIDs[:len(caseIDs)/2+1]...))
			filters := []ringleader.NetworkFilter{{}, {From: "2025-06-01"}, {To: "2025-06-01"},
				{From: "2025-03-01", To: "2026-01-31"}}

			for si, scope := range scopes {
				name := scope.Key()
				if si > 0 {
					filters = filters[:2] // every window in one scope, the open one and one other in the rest
				}
				for _, f := range filters {
					want, err1 := lite.Network(ctx, scope, f)
					got, err2 := neo.Network(ctx, scope, f)
					if err1 != nil || err2 != nil {
						t.Fatalf("Network(%s, %+v): sqlite %v, neo4j %v", name, f, err1, err2)
					}
					if d := storetest.DiffNetworks(got, want); d != "" {
						t.Errorf("Network(%s, %+v): %s", name, f, d)
					}
				}
				phase("networks " + name)
				wantC, err1 := lite.Counts(ctx, scope)
				gotC, err2 := neo.Counts(ctx, scope)
				if err1 != nil || err2 != nil || fmt.Sprint(gotC) != fmt.Sprint(wantC) {
					t.Errorf("Counts(%s) = %v, %v; sqlite %v, %v", name, gotC, err2, wantC, err1)
				}
				for _, q := range []ringleader.EntityQuery{{Text: "abu"}, {Text: "خليل"}, {Text: "al", Limit: 7},
					{Text: "", Limit: 12}, {Text: "a", Kind: ringleader.KindOrganisation}} {
					want, err1 := lite.FindEntities(ctx, scope, q)
					got, err2 := neo.FindEntities(ctx, scope, q)
					if err1 != nil || err2 != nil {
						t.Fatalf("FindEntities(%s, %+v): sqlite %v, neo4j %v", name, q, err1, err2)
					}
					if d := storetest.DiffNetworks(&ringleader.Network{Entities: got}, &ringleader.Network{Entities: want}); d != "" {
						t.Errorf("FindEntities(%s, %+v): %s", name, q, d)
					}
				}
				phase("counts and searches " + name)
				// Neighbourhoods of a sample of entities, visible or not.
				for i := 0; i < len(all.Entities); i += max(1, len(all.Entities)/8) {
					id := all.Entities[i].ID
					for _, dl := range [][2]int{{1, 0}, {3, 25}} {
						want, err1 := lite.Neighbourhood(ctx, scope, id, dl[0], dl[1])
						got, err2 := neo.Neighbourhood(ctx, scope, id, dl[0], dl[1])
						if ringleader.ErrorCode(err1) != ringleader.ErrorCode(err2) {
							t.Fatalf("Neighbourhood(%s, %s, %v): sqlite %v, neo4j %v", name, id, dl, err1, err2)
						}
						if d := storetest.DiffNetworks(got, want); d != "" {
							t.Errorf("Neighbourhood(%s, %s, %v): %s", name, id, dl, d)
						}
					}
				}

				phase("neighbourhoods " + name)
			}
			// A second load changes nothing, in either store.
			v1, err := neo.Version(ctx)
			if err != nil {
				t.Fatal(err)
			}
			again, err := loaders.LoadFS(ctx, neo, bundle, opt)
			if err != nil {
				t.Fatal(err)
			}
			w := again.WriteResult
			if w.EntitiesCreated+w.EntitiesUpdated+w.LinksCreated+w.LinksUpdated != 0 ||
				w.EntitiesUnchanged != wantSum.EntitiesCreated+wantSum.EntitiesUpdated+wantSum.EntitiesUnchanged {
				t.Errorf("reload: %+v, want everything unchanged", w)
			}
			if v2, err := neo.Version(ctx); err != nil || v2 != v1 {
				t.Errorf("Version after an idempotent reload = %d, %v; want %d", v2, err, v1)
			}
		})
	}
}
