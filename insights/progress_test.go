package insights_test

import (
	"context"
	"testing"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/insights"
)

// A request's Progress lists the store read, the projection and the analysis it waited for, in that order, with
// how much of a shortest-path kernel was done; a second request that finds the answer cached adds nothing.
func TestProgressStages(t *testing.T) {
	e := insights.New(&memReader{net: demoNetwork(t), version: 1})
	p := insights.NewProgress()
	ctx := insights.WithProgress(context.Background(), p)
	if _, err := e.Centrality(ctx, ringleader.AllCases(), ringleader.ProjectionOptions{}, "betweenness", 5); err != nil {
		t.Fatal(err)
	}
	got := p.Stages()
	want := []string{"reading the store", "projecting", "computing centrality betweenness"}
	if len(got) != len(want) {
		t.Fatalf("stages %+v, want %q", got, want)
	}
	for i, s := range got {
		if s.Name != want[i] || !s.Finished || s.Seconds < 0 {
			t.Errorf("stage %d: %+v, want %q finished", i, s, want[i])
		}
	}
	if k := got[2]; k.Total < 2 || k.Done != k.Total {
		t.Errorf("betweenness reported %d of %d partitions done", k.Done, k.Total)
	}
	again := insights.NewProgress()
	if _, err := e.Centrality(insights.WithProgress(context.Background(), again), ringleader.AllCases(), ringleader.ProjectionOptions{}, "betweenness", 5); err != nil {
		t.Fatal(err)
	}
	if s := again.Stages(); len(s) != 0 {
		t.Errorf("a cached answer reports stages %+v", s)
	}
}
