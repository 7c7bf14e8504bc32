package loaders_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/loaders"
)

// The fuzz targets feed arbitrary bytes to each parser. They hold a parser to its
// contract: it never panics; it either returns a batch whose every record is usable, or
// an EINVALID error whose every problem names its file. `make fuzz` runs each for a
// while; `make test` runs the seeds and the corpus in testdata/fuzz.

var tables = []string{"cases.csv", "suspects.csv", "organisations.csv", "shipments.csv", "financial_links.csv", "associations.csv"}

func FuzzCSVBundle(f *testing.F) {
	for i, name := range tables {
		data, err := bundleFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(uint8(i), data, false)
		f.Add(uint8(i), data, true)
	}
	f.Add(uint8(1), []byte("id,name,birth_date\np1,\"unterminated,1980-01-01\n"), false)
	f.Add(uint8(5), []byte("source,target,type,weight\np1,p1,call,-1\n"), true)
	f.Fuzz(func(t *testing.T, table uint8, data []byte, skip bool) {
		name := tables[int(table)%len(tables)]
		bundle := fstest.MapFS{name: {Data: data}}
		// The other tables, intact, so that references can resolve.
		for _, other := range tables {
			if other != name {
				d, _ := bundleFile(other)
				bundle[other] = &fstest.MapFile{Data: d}
			}
		}
		checkRead(t, bundle, skip)
	})
}

func FuzzJSONLines(f *testing.F) {
	f.Add([]byte(`{"kind":"Person","id":"p1","name":"Abu Khalil","cases":["c1"]}`+"\n"+
		`{"type":"ASSOCIATE","source":"p1","target":"p2","subtype":"call","weight":3}`+"\n"), false)
	f.Add([]byte(`{"kind":"Person","id":"p2","name":"محمد العلي","birth_date":"1990-02-31"}`+"\n"), true)
	f.Add([]byte("{\n"), false)
	f.Add([]byte(`{"type":"PAID","id":"t1","source":"p1","target":"p2","amount":"1e400","currency":"USD"}`), false)
	f.Fuzz(func(t *testing.T, data []byte, skip bool) {
		checkRead(t, fstest.MapFS{"records.jsonl": {Data: data}}, skip)
	})
}

func checkRead(t *testing.T, bundle fstest.MapFS, skip bool) {
	batch, _, rejects, err := loaders.ReadBundle(context.Background(), bundle, nil, loaders.Options{SkipInvalid: skip})
	if err != nil {
		var e *ringleader.Error
		if !errors.As(err, &e) || e.Code != ringleader.EINVALID {
			t.Fatalf("error is not EINVALID: %#v", err)
		}
		for _, p := range e.Problems {
			if p.File == "" || p.Reason == "" {
				t.Fatalf("problem without file or reason: %+v", p)
			}
		}
		return
	}
	for _, r := range rejects {
		if r.File == "" || r.Line <= 0 {
			t.Fatalf("reject without file or line: %+v", r)
		}
	}
	ids := map[string]bool{}
	for _, e := range batch.Entities {
		if e.ID == "" || e.Name == "" {
			t.Fatalf("entity without id or name: %+v", e)
		}
		if _, ok := ringleader.ParseKind(string(e.Kind)); !ok {
			t.Fatalf("entity of unknown kind: %+v", e)
		}
		ids[e.ID] = true
	}
	for _, l := range batch.Links {
		if !ids[l.Source] || !ids[l.Target] {
			t.Fatalf("link to an entity the batch does not hold (store is empty): %+v", l)
		}
	}
}

// bundleFile reads one table of the test bundle.
func bundleFile(name string) ([]byte, error) { return os.ReadFile(filepath.Join(bundleDir, name)) }
