package loaders_test

import (
	"bytes"
	"context"
	"errors"
	"testing"
	"testing/fstest"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/loaders"
)

// FuzzFtM feeds arbitrary bytes to the FtM reader as a stream. It never panics, and
// either fails with an EINVALID *ringleader.Error whose problems name the file and a line,
// or reads a batch of usable records that ExportFtM writes and a second read gives back
// unchanged but for sources. Seeds: below and testdata/fuzz/FuzzFtM.
func FuzzFtM(f *testing.F) {
	f.Add([]byte(ftmSample), false)
	f.Add([]byte(ftmSample), true)
	f.Add([]byte(`{"id":"a","schema":"Company","properties":{"name":["A"]}}`+"\n"+
		`{"id":"o","schema":"Ownership","properties":{"owner":["a"],"asset":["a"],"percentage":["100"]}}`+"\n"), false)
	f.Add([]byte(`{"id":"x","schema":"Payment","properties":{"payer":{"id":"a"},"amount":1e400}}`), true)
	f.Add([]byte(`{"id":"rlx-00","schema":"Person","properties":{"name":["\u0000"]},"ringleader":{"weight":-1,"properties":{"":""}}}`), false)
	f.Fuzz(func(t *testing.T, data []byte, skip bool) {
		const name = "x.ftm.jsonl"
		ctx := context.Background()
		batch, _, _, err := loaders.ReadBundle(ctx, fstest.MapFS{name: {Data: data}}, nil, loaders.Options{SkipInvalid: skip})
		if err != nil {
			var e *ringleader.Error
			if !errors.As(err, &e) || e.Code != ringleader.EINVALID || len(e.Problems) == 0 {
				t.Fatalf("error %#v, want EINVALID with problems", err)
			}
			for _, p := range e.Problems {
				if p.File != name || p.Line < 1 || p.Reason == "" {
					t.Fatalf("problem %+v does not name the file, a line and a reason", p)
				}
			}
			return
		}
		ids := map[string]bool{}
		for _, e := range batch.Entities {
			if e.ID == "" || e.Name == "" || !e.Kind.Valid() {
				t.Fatalf("unusable entity %+v", e)
			}
			ids[e.ID] = true
		}
		for _, l := range batch.Links {
			if !l.Type.Valid() || !ids[l.Source] || !ids[l.Target] {
				t.Fatalf("unusable link %+v", l)
			}
		}

		var out bytes.Buffer
		if err := loaders.ExportFtM(&out, &ringleader.Network{Entities: batch.Entities, Links: batch.Links}); err != nil {
			t.Fatal(err)
		}
		again, _, _, err := loaders.ReadBundle(ctx, fstest.MapFS{"again.ftm.jsonl": {Data: out.Bytes()}}, nil, loaders.Options{})
		if err != nil {
			t.Fatalf("export does not load: %v\n%s", err, out.Bytes())
		}
		if len(again.Entities) != len(batch.Entities) || len(again.Links) != len(batch.Links) {
			t.Fatalf("export loads %d entities and %d links, want %d and %d\n%s", len(again.Entities), len(again.Links),
				len(batch.Entities), len(batch.Links), out.Bytes())
		}
		ents := map[string]ringleader.Entity{}
		for _, e := range again.Entities {
			ents[e.ID] = e
		}
		for _, e := range batch.Entities {
			if !ringleader.EqualEntity(entityWithoutScope(ents[e.ID]), entityWithoutScope(e)) {
				t.Fatalf("entity %s:\ngot  %+v\nwant %+v\n%s", e.ID, ents[e.ID], e, out.Bytes())
			}
		}
		links := map[string]ringleader.Link{}
		for _, l := range again.Links {
			links[l.Key()] = l
		}
		for _, l := range batch.Links {
			if !ringleader.EqualLink(linkWithoutScope(links[l.Key()]), linkWithoutScope(l)) {
				t.Fatalf("link %s:\ngot  %+v\nwant %+v\n%s", l.Key(), links[l.Key()], l, out.Bytes())
			}
		}
	})
}
