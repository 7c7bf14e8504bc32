package loaders_test

import (
	"bytes"
	"context"
	"encoding/json"
	"maps"
	"slices"
	"strconv"
	"testing"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/loaders"
)

// The test bundle written as JSON Lines, links first, reads back as the same records,
// each with its JSON line added to its sources.
func TestJSONLinesRoundTrip(t *testing.T) {
	ctx := context.Background()
	batch, _, _, err := loaders.ReadBundle(ctx, bundleFS(t), nil, loaders.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	for _, l := range batch.Links {
		if err := enc.Encode(l); err != nil {
			t.Fatal(err)
		}
	}
	for _, e := range batch.Entities {
		if err := enc.Encode(e); err != nil {
			t.Fatal(err)
		}
	}
	got, sum, _, err := loaders.ReadBundle(ctx, textFS(map[string]string{"graph.jsonl": b.String()}), nil, loaders.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Entities) != len(batch.Entities) || len(got.Links) != len(batch.Links) {
		t.Fatalf("read %d entities and %d links, want %d and %d", len(got.Entities), len(got.Links), len(batch.Entities), len(batch.Links))
	}
	source := func(sources []string, line int) []string {
		return slices.Sorted(slices.Values(append(slices.Clone(sources), "graph.jsonl:"+strconv.Itoa(line))))
	}
	for i, l := range batch.Links {
		l.Sources = source(l.Sources, i+1)
		// Each row's observation names its file; the weights they make up must be the same.
		g := got.Links[i]
		g.Observations, l.Observations = nil, nil
		if !ringleader.EqualLink(g, l) {
			t.Errorf("link %d:\ngot  %+v\nwant %+v", i, got.Links[i], l)
		}
	}
	for i, e := range batch.Entities {
		e.Sources = source(e.Sources, len(batch.Links)+i+1)
		if !ringleader.EqualEntity(got.Entities[i], e) || !slices.Equal(got.Entities[i].Aliases, e.Aliases) {
			t.Errorf("entity %d:\ngot  %+v\nwant %+v", i, got.Entities[i], e)
		}
	}
	if sum.Duplicates != 0 || sum.Files[0].Rows != len(batch.Links)+len(batch.Entities) {
		t.Errorf("summary %+v", sum)
	}

	// Loaded into a store, the JSON Lines give the counts of the bundle.
	st := newMemStore()
	if _, err := loaders.LoadFS(ctx, st, textFS(map[string]string{"graph.jsonl": b.String()}), loaders.Options{}); err != nil {
		t.Fatal(err)
	}
	kinds, types := st.counts()
	if !maps.Equal(kinds, wantKinds) || !maps.Equal(types, wantTypes) {
		t.Errorf("counts %v %v, want %v %v", kinds, types, wantKinds, wantTypes)
	}
}

// Keys outside the record's fields are kept as properties, as unknown CSV columns are;
// numbers and booleans as their text.
func TestJSONLinesProperties(t *testing.T) {
	lines := `{"id":"s1","Kind":"shipment","commodity":"Captagon","properties":{"weight_kg":180.50,"seized":true},"Port":" Latakia "}` + "\n" +
		`{"type":"paid","source":"s1","target":"s1","currency":"usd"}` + "\n"
	_, _, _, err := loaders.ReadBundle(context.Background(), textFS(map[string]string{"x.jsonl": lines}), nil, loaders.Options{})
	if got := problemLines(t, err); !slices.Equal(got, []string{"x.jsonl:2: target: same as source"}) {
		t.Errorf("problems %q", got)
	}
	batch, _, _, err := loaders.ReadBundle(context.Background(), textFS(map[string]string{"x.jsonl": lines[:bytes.IndexByte([]byte(lines), '\n')+1]}), nil, loaders.Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := ringleader.Entity{ID: "s1", Kind: ringleader.KindShipment, Name: "s1", Sources: []string{"x.jsonl:1"},
		Props: map[string]string{"commodity": "captagon", "weight_kg": "180.5", "seized": "true", "port": "Latakia"}}
	if !ringleader.EqualEntity(batch.Entities[0], want) {
		t.Errorf("got  %+v\nwant %+v", batch.Entities[0], want)
	}
}
