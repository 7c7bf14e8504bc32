package insights_test

import (
	"context"
	"math"
	"strings"
	"testing"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/insights"
)

// TestApproxBetweennessWithinItsGuarantee checks the approximate ranking against the exact one on the same
// projection: every score within epsilon, the guarantee stated, the explanation marked as an estimate.
func TestApproxBetweennessWithinItsGuarantee(t *testing.T) {
	e := insights.New(&memReader{net: ring(), version: 1})
	ctx := context.Background()
	exact, err := e.Centrality(ctx, ringleader.AllCases(), ringleader.ProjectionOptions{}, "betweenness", 0)
	if err != nil {
		t.Fatal(err)
	}
	const eps, delta = 0.02, 0.1
	approx, err := e.ApproxBetweenness(ctx, ringleader.AllCases(), ringleader.ProjectionOptions{}, eps, delta, 0)
	if err != nil {
		t.Fatal(err)
	}
	a := approx.Approximation
	if a == nil || a.Epsilon != eps || a.Delta != delta || a.Samples <= 0 || a.Seed != insights.DefaultSeed {
		t.Fatalf("approximation = %+v, want eps %g, delta %g, samples > 0", a, eps, delta)
	}
	if approx.Nodes != exact.Nodes || len(approx.Results) != len(exact.Results) {
		t.Fatalf("approximate ranking has %d of %d nodes", len(approx.Results), len(exact.Results))
	}
	want := map[string]float64{}
	for _, r := range exact.Results {
		want[r.ID] = r.Score
	}
	for _, r := range approx.Results {
		if d := math.Abs(r.Score - want[r.ID]); d > eps {
			t.Errorf("%s: approximate %.4f, exact %.4f: off by %.4f > eps %g", r.ID, r.Score, want[r.ID], d, eps)
		}
	}
	if approx.Results[0].ID != "x" || !strings.Contains(approx.Results[0].Explanation, "about") {
		t.Errorf("top = %+v, want x with an explanation that says it is an estimate", approx.Results[0])
	}
	if _, err := e.ApproxBetweenness(ctx, ringleader.AllCases(), ringleader.ProjectionOptions{}, 0, delta, 0); ringleader.ErrorCode(err) != ringleader.EINVALID {
		t.Errorf("eps 0: %v, want EINVALID", err)
	}
}
