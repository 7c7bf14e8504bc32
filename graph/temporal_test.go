package graph_test

import (
	"context"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/demo"
	"github.com/ringleader/ringleader/graph"
	"github.com/ringleader/ringleader/testing/fixtures"
)

func seen(a, b, first, last string) ringleader.Link {
	return ringleader.Link{Type: ringleader.LinkAssociate, Subtype: ringleader.AssocMeeting, Source: a, Target: b,
		FirstSeen: first, LastSeen: last}
}

func call(a, b, date string) ringleader.Link {
	return ringleader.Link{Type: ringleader.LinkAssociate, Subtype: ringleader.AssocCall, Source: a, Target: b,
		FirstSeen: date, LastSeen: date}
}

func temporalNet(links ...ringleader.Link) *ringleader.Network {
	return fixtures.PersonsNetwork(links...)
}

func pathNodes(res graph.TemporalPathsResult) []string {
	var out []string
	for _, p := range res.Paths {
		out = append(out, strings.Join(p.Nodes, ">"))
	}
	return out
}

func TestTimeRespectingPaths(t *testing.T) {
	tests := []struct {
		name     string
		links    []ringleader.Link
		from, to string
		opt      graph.TemporalOptions
		want     []string
	}{
		{"dates in order", []ringleader.Link{seen("A", "B", "2026-01-10", "2026-01-10"), seen("B", "C", "2026-03-01", "2026-03-01")},
			"A", "C", graph.TemporalOptions{}, []string{"A>B>C"}},
		{"dates run backwards", []ringleader.Link{seen("A", "B", "2026-03-10", "2026-03-10"), seen("B", "C", "2026-03-01", "2026-03-01")},
			"A", "C", graph.TemporalOptions{}, nil},
		{"backwards read the other way is forwards", []ringleader.Link{seen("A", "B", "2026-03-10", "2026-03-10"), seen("B", "C", "2026-03-01", "2026-03-01")},
			"C", "A", graph.TemporalOptions{}, []string{"C>B>A"}},
		{"same day counts as in sequence", []ringleader.Link{seen("A", "B", "2026-03-01", "2026-03-01"), seen("B", "C", "2026-03-01", "2026-03-01")},
			"A", "C", graph.TemporalOptions{}, []string{"A>B>C"}},
		{"an interval overlapping later is usable", []ringleader.Link{seen("A", "B", "2026-03-10", "2026-03-10"), seen("B", "C", "2026-01-01", "2026-06-30")},
			"A", "C", graph.TemporalOptions{}, []string{"A>B>C"}},
		{"an interval that ended before is not usable", []ringleader.Link{seen("A", "B", "2026-03-10", "2026-03-10"), seen("B", "C", "2026-01-01", "2026-03-09")},
			"A", "C", graph.TemporalOptions{}, nil},
		{"undated links skipped by default", []ringleader.Link{seen("A", "B", "", ""), seen("B", "C", "2026-03-01", "2026-03-01")},
			"A", "C", graph.TemporalOptions{}, nil},
		{"undated links crossed when asked", []ringleader.Link{seen("A", "B", "", ""), seen("B", "C", "2026-03-01", "2026-03-01")},
			"A", "C", graph.TemporalOptions{Undated: true}, []string{"A>B>C"}},
		{"directed call followed forward", []ringleader.Link{call("B", "A", "2026-01-01"), call("B", "C", "2026-01-02")},
			"A", "C", graph.TemporalOptions{}, []string{"A>B>C"}},
		{"directed call not followed backwards when directed", []ringleader.Link{call("B", "A", "2026-01-01"), call("B", "C", "2026-01-02")},
			"A", "C", graph.TemporalOptions{Directed: true}, nil},
		{"types filter", []ringleader.Link{call("A", "B", "2026-01-01"), seen("B", "C", "2026-01-02", "2026-01-02")},
			"A", "C", graph.TemporalOptions{Types: []string{"meeting"}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := graph.TimeRespectingPaths(temporalNet(tt.links...), tt.from, tt.to, 4, 5, tt.opt)
			if got := pathNodes(res); !slices.Equal(got, tt.want) {
				t.Errorf("paths = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestTimeRespectingPathsOrderAndDates(t *testing.T) {
	// Two routes from A to D: the direct chain A–B–D, and A–C–D which arrives earlier;
	// a long way round A–E–F–D; and a shortcut B–C dated before A–B, unusable after it.
	net := temporalNet(
		seen("A", "B", "2026-01-05", "2026-01-05"),
		seen("B", "D", "2026-02-01", "2026-02-20"),
		seen("A", "C", "2026-01-02", "2026-01-02"),
		seen("C", "D", "2026-01-03", "2026-01-31"),
		seen("A", "E", "2026-01-01", "2026-01-01"),
		seen("E", "F", "2026-01-01", "2026-01-01"),
		seen("F", "D", "2026-01-01", "2026-01-01"),
		seen("B", "C", "2026-01-01", "2026-01-01"),
	)
	res := graph.TimeRespectingPaths(net, "A", "D", 4, 10, graph.TemporalOptions{})
	want := []string{"A>C>D", "A>B>D", "A>E>F>D"}
	if got := pathNodes(res); !slices.Equal(got, want) {
		t.Fatalf("paths = %v, want %v (fewest links, then earliest arrival)", got, want)
	}
	p := res.Paths[0]
	if p.Departure != "2026-01-02" || p.Arrival != "2026-01-03" || p.Hops[1].Date != "2026-01-03" {
		t.Errorf("A>C>D departs %s, arrives %s, second step %s; want 2026-01-02, 2026-01-03, 2026-01-03",
			p.Departure, p.Arrival, p.Hops[1].Date)
	}
	if p.Hops[0].Link.Source != "A" || p.Hops[0].Link.Target != "C" {
		t.Errorf("first hop uses link %+v, want A–C", p.Hops[0].Link)
	}
	for _, p := range res.Paths {
		for i := 1; i < len(p.Hops); i++ {
			if p.Hops[i].Date < p.Hops[i-1].Date {
				t.Errorf("path %v steps back in time", p.Nodes)
			}
		}
	}
	if k1 := graph.TimeRespectingPaths(net, "A", "D", 4, 1, graph.TemporalOptions{}); len(k1.Paths) != 1 {
		t.Errorf("k=1 gave %d paths", len(k1.Paths))
	}
	if short := graph.TimeRespectingPaths(net, "A", "D", 2, 10, graph.TemporalOptions{}); len(short.Paths) != 2 {
		t.Errorf("maxLen 2 gave %d paths, want 2", len(short.Paths))
	}
}

// bruteTemporal enumerates every simple path of at most maxLen links and keeps those
// whose links can be crossed on non-decreasing days, trying every link between each pair.
func bruteTemporal(net *ringleader.Network, from, to string, maxLen int) map[string]bool {
	type span struct{ s, e string }
	spans := map[[2]string][]span{}
	for _, l := range net.Links {
		sp := span{l.Start(), l.End()}
		spans[[2]string{l.Source, l.Target}] = append(spans[[2]string{l.Source, l.Target}], sp)
		spans[[2]string{l.Target, l.Source}] = append(spans[[2]string{l.Target, l.Source}], sp)
	}
	out := map[string]bool{}
	var nodes []string
	var walk func(now string)
	walk = func(now string) {
		u := nodes[len(nodes)-1]
		if u == to {
			out[strings.Join(nodes, ">")] = true
			return
		}
		if len(nodes) > maxLen {
			return
		}
		for _, e := range net.Entities {
			if slices.Contains(nodes, e.ID) {
				continue
			}
			for _, sp := range spans[[2]string{u, e.ID}] {
				day := max(now, sp.s)
				if day <= sp.e {
					nodes = append(nodes, e.ID)
					walk(day)
					nodes = nodes[:len(nodes)-1]
				}
			}
		}
	}
	nodes = []string{from}
	walk("")
	return out
}

func TestTimeRespectingPathsAgainstBruteForce(t *testing.T) {
	ids := []string{"a", "b", "c", "d", "e", "f"}
	// A deterministic mix of intervals and single days over six people.
	var links []ringleader.Link
	for i := range 16 {
		u, v := ids[(i*7)%6], ids[(i*5+1)%6]
		if u == v {
			continue
		}
		first := 1 + (i*11)%20
		last := first + (i*3)%6
		links = append(links, ringleader.Link{Type: ringleader.LinkAssociate, Subtype: []string{"meeting", "travel"}[i%2],
			Source: u, Target: v, FirstSeen: "2026-01-" + two(first), LastSeen: "2026-01-" + two(last)})
	}
	net := temporalNet(links...)
	for _, from := range ids {
		for _, to := range ids {
			if from == to {
				continue
			}
			want := bruteTemporal(net, from, to, 4)
			res := graph.TimeRespectingPaths(net, from, to, 4, math.MaxInt32, graph.TemporalOptions{})
			got := map[string]bool{}
			for _, p := range pathNodes(res) {
				got[p] = true
			}
			if len(got) != len(want) || len(res.Paths) != len(got) {
				t.Fatalf("%s→%s: %d paths (%d distinct), brute force %d", from, to, len(res.Paths), len(got), len(want))
			}
			for p := range want {
				if !got[p] {
					t.Fatalf("%s→%s: missed %s", from, to, p)
				}
			}
			for i := 1; i < len(res.Paths); i++ {
				a, b := res.Paths[i-1], res.Paths[i]
				if len(a.Nodes) > len(b.Nodes) || (len(a.Nodes) == len(b.Nodes) && a.Arrival > b.Arrival) {
					t.Fatalf("%s→%s: %v listed before %v", from, to, a.Nodes, b.Nodes)
				}
			}
		}
	}
}

func two(n int) string {
	if n < 10 {
		return "0" + string(rune('0'+n))
	}
	return string(rune('0'+n/10)) + string(rune('0'+n%10))
}

func TestWindows(t *testing.T) {
	tests := []struct {
		from, to, period string
		want             []graph.Window
	}{
		{"2025-01-15", "2025-03-10", "month", []graph.Window{
			{"2025-01", "2025-01-15", "2025-01-31"}, {"2025-02", "2025-02-01", "2025-02-28"}, {"2025-03", "2025-03-01", "2025-03-10"}}},
		{"2024-02-01", "2024-02-29", "month", []graph.Window{{"2024-02", "2024-02-01", "2024-02-29"}}},
		{"2025-12-31", "2026-01-06", "week", []graph.Window{{"2026-W01", "2025-12-31", "2026-01-04"}, {"2026-W02", "2026-01-05", "2026-01-06"}}},
		{"2025-02-10", "2025-07-01", "quarter", []graph.Window{{"2025-Q1", "2025-02-10", "2025-03-31"}, {"2025-Q2", "2025-04-01", "2025-06-30"}, {"2025-Q3", "2025-07-01", "2025-07-01"}}},
		{"2025-06-01", "2026-02-01", "year", []graph.Window{{"2025", "2025-06-01", "2025-12-31"}, {"2026", "2026-01-01", "2026-02-01"}}},
	}
	for _, tt := range tests {
		t.Run(tt.period+" "+tt.from, func(t *testing.T) {
			got, err := graph.Windows(tt.from, tt.to, tt.period)
			if err != nil || !slices.Equal(got, tt.want) {
				t.Errorf("Windows = %v, %v; want %v", got, err, tt.want)
			}
		})
	}
	for _, bad := range [][3]string{{"2025-13-01", "2026-01-01", "month"}, {"2026-01-01", "2025-01-01", "month"}, {"2025-01-01", "2025-02-01", "fortnight"}} {
		if _, err := graph.Windows(bad[0], bad[1], bad[2]); !isInputError(err) {
			t.Errorf("Windows%v: %v, want an *InputError", bad, err)
		}
	}
}

func TestCentralityWindowsRising(t *testing.T) {
	// B becomes the only link between two groups over three months: in January A–C meet
	// directly; in February both also meet B; in March only through B, and D joins via B.
	people := fixtures.Persons("A", "B", "C", "D")
	links := []ringleader.Link{
		seen("A", "C", "2026-01-05", "2026-02-10"),
		seen("A", "B", "2026-02-01", "2026-03-31"),
		seen("B", "C", "2026-02-01", "2026-03-31"),
		seen("B", "D", "2026-03-01", "2026-03-31"),
		{Type: ringleader.LinkAssociate, Subtype: ringleader.AssocFamily, Source: "C", Target: "D"}, // undated
	}
	net := &ringleader.Network{Entities: people, Links: links}
	windows, err := graph.Windows("2026-01-01", "2026-03-31", "month")
	if err != nil {
		t.Fatal(err)
	}
	opt := ringleader.ProjectionOptions{}
	if err := opt.Normalize(); err != nil {
		t.Fatal(err)
	}
	series, err := graph.CentralityWindows(context.Background(), net, opt, "betweenness", windows, true)
	if err != nil {
		t.Fatal(err)
	}
	// Independent check: project each window by hand and compare.
	for w, win := range windows {
		var kept []ringleader.Link
		for _, l := range links {
			if l.Start() != "" && l.Start() <= win.To && l.End() >= win.From {
				kept = append(kept, l)
			}
		}
		want := graph.Betweenness(graph.Project(&ringleader.Network{Entities: people, Links: kept}, opt))
		for i := range want {
			if math.Abs(series.Scores[w][i]-want[i]) > 1e-12 {
				t.Errorf("window %s node %s: %v, want %v", win.Label, series.IDs[i], series.Scores[w][i], want[i])
			}
		}
	}
	// In March the path A–B–C and B–D make B the broker of all three pairs among A, C, D:
	// normalized betweenness 3/3 = 1. In January B is isolated.
	b := slices.Index(series.IDs, "B")
	if series.Scores[0][b] != 0 || math.Abs(series.Scores[2][b]-1) > 1e-12 {
		t.Errorf("B's betweenness by month = %v, %v, %v; want 0, ..., 1", series.Scores[0][b], series.Scores[1][b], series.Scores[2][b])
	}
	rising := graph.Rising(series)
	if len(rising) == 0 || rising[0].ID != "B" || rising[0].Peak != 2 {
		t.Fatalf("rising = %+v, want B first, peaking in March", rising)
	}
	// Least squares over x = 0, 1, 2 is (y2 - y0) / 2.
	if want := (series.Scores[2][b] - series.Scores[0][b]) / 2; math.Abs(rising[0].Slope-want) > 1e-12 {
		t.Errorf("slope %v, want %v", rising[0].Slope, want)
	}
	// With undated links kept, the family tie C–D is in every window: in January C is
	// between A and D.
	withUndated, err := graph.CentralityWindows(context.Background(), net, opt, "betweenness", windows, false)
	if err != nil {
		t.Fatal(err)
	}
	c := slices.Index(series.IDs, "C")
	if withUndated.Scores[0][c] == 0 || series.Scores[0][c] != 0 {
		t.Errorf("C in January: %v with undated ties, %v without; want > 0 and 0", withUndated.Scores[0][c], series.Scores[0][c])
	}
	if _, err := graph.CentralityWindows(context.Background(), net, opt, "charisma", windows, false); !isInputError(err) {
		t.Errorf("unknown measure: %v, want an *InputError", err)
	}
}

func TestTemporalOnDemo(t *testing.T) {
	net := fixtures.DemoNetwork(t)
	from, to := graph.DateSpan(net)
	if from == "" || to < from {
		t.Fatalf("demo date span %q..%q", from, to)
	}
	windows, err := graph.Windows(from, to, "quarter")
	if err != nil {
		t.Fatal(err)
	}
	opt := ringleader.ProjectionOptions{}
	if err := opt.Normalize(); err != nil {
		t.Fatal(err)
	}
	series, err := graph.CentralityWindows(context.Background(), net, opt, "betweenness", windows, false)
	if err != nil {
		t.Fatal(err)
	}
	rising := graph.Rising(series)
	if len(series.Scores) != len(windows) || len(rising) == 0 {
		t.Fatalf("%d windows scored, %d rising", len(series.Scores), len(rising))
	}
	t.Logf("demo %s..%s: %d quarterly windows, links per window %v, steepest rise %s (slope %.4f)",
		from, to, len(windows), series.Links, rising[0].ID, rising[0].Slope)

	truth := demo.Truth()
	a, b := truth.Brokers[0].ID, truth.Brokers[len(truth.Brokers)-1].ID
	res := graph.TimeRespectingPaths(net, a, b, 4, 3, graph.TemporalOptions{})
	for _, p := range res.Paths {
		for i := 1; i < len(p.Hops); i++ {
			if p.Hops[i].Date < p.Hops[i-1].Date {
				t.Errorf("demo path %v steps back in time", p.Nodes)
			}
		}
	}
	t.Logf("demo time-respecting paths %s→%s: %d (truncated %v)", a, b, len(res.Paths), res.Truncated)
}
