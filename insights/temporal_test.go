package insights_test

import (
	"context"
	"strings"
	"testing"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/insights"
)

func seenOn(a, b, first, last string, cases ...string) ringleader.Link {
	return ringleader.Link{Type: ringleader.LinkAssociate, Subtype: ringleader.AssocMeeting, Source: a, Target: b,
		FirstSeen: first, LastSeen: last, Cases: cases}
}

// timeline: Ahmad meets Bilal in March, Bilal met Cemal in January (so nothing passes
// from Ahmad to Cemal through Bilal), and Bilal meets Dawud in April. Bilal becomes the
// broker of the group over the three months.
func timeline() *ringleader.Network {
	return &ringleader.Network{
		Entities: []ringleader.Entity{person("a", "Ahmad", "D"), person("b", "Bilal", "D"), person("c", "Cemal", "D"),
			person("d", "Dawud", "D")},
		Links: []ringleader.Link{
			seenOn("a", "b", "2026-03-10", "2026-03-10"),
			seenOn("b", "c", "2026-01-15", "2026-01-15"),
			seenOn("b", "d", "2026-04-02", "2026-04-20"),
			seenOn("a", "c", "2026-02-01", "2026-02-01"),
		},
	}
}

func TestTimePaths(t *testing.T) {
	e := insights.New(&memReader{net: timeline(), version: 1})
	ctx := context.Background()
	res, err := e.TimePaths(ctx, ringleader.AllCases(), ringleader.ProjectionOptions{}, "c", "d", 0, 5, false)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range res.Paths {
		var ids []string
		for _, m := range p.Entities {
			ids = append(ids, m.ID)
		}
		got = append(got, strings.Join(ids, ">"))
	}
	// c–b (January) then b–d (April) runs forwards; c–a (February), a–b (March), b–d
	// (April) too.
	if strings.Join(got, " ") != "c>b>d c>a>b>d" {
		t.Errorf("paths c→d = %v", got)
	}
	if p := res.Paths[1]; p.Departure != "2026-02-01" || p.Arrival != "2026-04-02" || p.Hops[1].Date != "2026-03-10" {
		t.Errorf("c>a>b>d dated %s..%s, second hop %s", p.Departure, p.Arrival, p.Hops[1].Date)
	}
	// a–b is in March, b–c in January: the dates run backwards.
	back, err := e.TimePaths(ctx, ringleader.AllCases(), ringleader.ProjectionOptions{Types: []string{"meeting"}}, "d", "c", 0, 5, false)
	if err != nil {
		t.Fatal(err)
	}
	if len(back.Paths) != 0 {
		t.Errorf("d→c has %d time-respecting paths, want none (every route runs backwards)", len(back.Paths))
	}
	if _, err := e.TimePaths(ctx, ringleader.CasesScope("W"), ringleader.ProjectionOptions{}, "a", "c", 0, 1, false); ringleader.ErrorCode(err) != ringleader.ENOTFOUND {
		t.Errorf("outside the scope: %v, want ENOTFOUND", err)
	}
	if _, err := e.TimePaths(ctx, ringleader.AllCases(), ringleader.ProjectionOptions{}, "a", "c", insights.MaxTimePathLen+1, 1, false); ringleader.ErrorCode(err) != ringleader.EINVALID {
		t.Errorf("too long: %v, want EINVALID", err)
	}
}

func TestCentralityOverTime(t *testing.T) {
	e := insights.New(&memReader{net: timeline(), version: 1})
	ctx := context.Background()
	res, err := e.CentralityOverTime(ctx, ringleader.AllCases(), ringleader.ProjectionOptions{}, "betweenness", "month", 3, true)
	if err != nil {
		t.Fatal(err)
	}
	var labels []string
	for _, w := range res.Windows {
		labels = append(labels, w.Label)
	}
	if strings.Join(labels, ",") != "2026-01,2026-02,2026-03,2026-04" {
		t.Fatalf("windows %v, want January to April 2026 (the span of the dated links)", labels)
	}
	// With dated ties only, each month holds a single tie, and a single tie puts nobody
	// between two others: no one rises.
	if len(res.Rising) != 0 {
		t.Errorf("rising = %+v, want none", res.Rising)
	}
	if res.Windows[0].Top[0].Score != 0 || len(res.Windows[0].Top) != 3 {
		t.Errorf("January top = %+v", res.Windows[0].Top)
	}

	// With a star around Bilal in April, he rises.
	net := timeline()
	net.Links = append(net.Links, seenOn("b", "a", "2026-04-05", "2026-04-05"), seenOn("b", "c", "2026-04-06", "2026-04-06"))
	e2 := insights.New(&memReader{net: net, version: 1})
	res2, err := e2.CentralityOverTime(ctx, ringleader.AllCases(), ringleader.ProjectionOptions{}, "betweenness", "month", 0, true)
	if err != nil {
		t.Fatal(err)
	}
	if len(res2.Rising) == 0 || res2.Rising[0].ID != "b" || res2.Rising[0].Peak != "2026-04" || len(res2.Rising[0].Series) != 4 {
		t.Fatalf("rising = %+v, want Bilal peaking in April", res2.Rising)
	}
	if !strings.Contains(res2.Rising[0].Explanation, "betweenness rose") {
		t.Errorf("explanation %q", res2.Rising[0].Explanation)
	}

	tests := []struct {
		name            string
		opt             ringleader.ProjectionOptions
		measure, period string
		code            string
	}{
		{"unknown measure", ringleader.ProjectionOptions{}, "charisma", "month", ringleader.EINVALID},
		{"unknown period", ringleader.ProjectionOptions{}, "betweenness", "fortnight", ringleader.EINVALID},
		{"too many windows", ringleader.ProjectionOptions{From: "2000-01-01", To: "2026-01-01"}, "degree", "week", ringleader.ETOOLARGE},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := e.CentralityOverTime(ctx, ringleader.AllCases(), tt.opt, tt.measure, tt.period, 0, false)
			if got := ringleader.ErrorCode(err); got != tt.code {
				t.Errorf("code = %q, want %q", got, tt.code)
			}
		})
	}
}
