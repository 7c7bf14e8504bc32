package graph

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"time"

	"github.com/ringleader/ringleader"
)

// Time in investigations: a tie observed on a date can only carry what happened after
// it. A path A–B–C in which B met C in January and A called B in March tells nothing
// about A reaching C through B; i2 Analyst's Notebook shows such chains as "events in
// sequence", and the temporal networks literature calls them time-respecting paths
// (Holme & Saramäki 2012, "Temporal networks", Physics Reports 519(3):97–125).

// TemporalOptions choose the links a time-respecting path may cross.
type TemporalOptions struct {
	// Directed crosses directed links (payments, calls, memberships, ...) only from
	// source to target; by default every link can be crossed either way, as in an
	// undirected projection.
	Directed bool
	// Undated lets a path cross links that carry no date, at any point and without
	// moving its clock. By default they are skipped: a tie whose time is unknown cannot
	// be put in sequence, and family or membership ties would otherwise short-circuit
	// every question about order.
	Undated bool
	// Types keeps only links of these types or association subtypes, as
	// ProjectionOptions.Types does once normalized; empty keeps all. INVOLVED_IN links
	// are crossed only when Types names them: sharing a case is not a tie (see Project).
	Types []string
}

// TemporalHop is one step of a time-respecting path.
type TemporalHop struct {
	From, To string
	Link     ringleader.Link
	// Date is the day the step is taken: the later of the link's first date and the
	// previous step's date. It is "" for an undated link.
	Date string
}

// TemporalPath is a time-respecting path: each step taken on its link's observed days,
// and never earlier than the step before it.
type TemporalPath struct {
	Nodes []string
	Hops  []TemporalHop
	// Departure and Arrival are the dates of the first and last dated steps; "" when no
	// step is dated.
	Departure, Arrival string
}

// TemporalPathsResult lists time-respecting paths.
type TemporalPathsResult struct {
	Paths []TemporalPath
	// Truncated reports that the search hit its work bound before it had examined every
	// candidate of the lengths it reached.
	Truncated bool
}

// Day-number bounds of an undated link: usable at any time. unreachable, below both,
// marks a latest departure that does not exist.
const (
	undatedStart = math.MinInt32
	undatedEnd   = math.MaxInt32
	unreachable  = math.MinInt
)

// maxWalkSteps bounds the arcs a time-respecting path search examines, so that a request
// on a dense network ends; the result says when it was cut short.
const maxWalkSteps = 4_000_000

// tempArc is one way of crossing a link.
type tempArc struct {
	to         int
	start, end int
	link       int
}

// TimeRespectingPaths returns up to k time-respecting paths from entity from to entity
// to, of at most maxLen links, visiting no entity twice: fewest links first, then
// earliest arrival, then by the entities' ids.
//
// A link observed over [Start, End] (link.go: a payment's date, or the first and last
// seen dates of a tie) can be crossed on any day of that span that is not earlier than
// the previous step: each step is taken on the earliest such day, which never loses a
// continuation. For each sequence of entities the path reports the link that allows the
// earliest step (a dated one over an undated one when they tie, then by link key), so
// that parallel links do not multiply the answers. Dates that run backwards (A–B seen
// only in March, B–C only in January) give no path from A to C.
//
// The search runs by length: a backward pass computes, for every entity and number of
// steps left, the latest day from which the target can still be reached in time, and
// the forward search prunes every branch that cannot make it.
func TimeRespectingPaths(net *ringleader.Network, from, to string, maxLen, k int, opt TemporalOptions) TemporalPathsResult {
	var res TemporalPathsResult
	t := newTemporalIndex(net, opt)
	src, okS := t.index[from]
	dst, okT := t.index[to]
	if !okS || !okT || k < 1 {
		return res
	}
	if src == dst {
		res.Paths = []TemporalPath{{Nodes: []string{from}}}
		return res
	}
	latest := t.latestDepartures(dst, maxLen)
	s := &temporalSearch{t: t, dst: dst, latest: latest, onPath: make([]bool, len(t.ids))}
	for length := 1; length <= maxLen && len(res.Paths) < k && !s.truncated; length++ {
		s.found = s.found[:0]
		s.length = length
		s.onPath[src] = true
		s.nodes = append(s.nodes[:0], src)
		s.walk(src, undatedStart)
		s.onPath[src] = false
		slices.SortFunc(s.found, func(a, b temporalFound) int {
			return cmp.Or(cmp.Compare(a.arrival, b.arrival), slices.CompareFunc(a.nodes, b.nodes, func(x, y int) int {
				return cmp.Compare(t.ids[x], t.ids[y])
			}))
		})
		for _, f := range s.found {
			if len(res.Paths) == k {
				break
			}
			res.Paths = append(res.Paths, t.describe(net, f))
		}
	}
	res.Truncated = s.truncated
	return res
}

type temporalIndex struct {
	ids   []string
	index map[string]int
	// arcs[u] are the ways out of u, by neighbour, then earliest start, dated first,
	// then link key.
	arcs [][]tempArc
}

func newTemporalIndex(net *ringleader.Network, opt TemporalOptions) *temporalIndex {
	t := &temporalIndex{index: make(map[string]int, len(net.Entities))}
	for i := range net.Entities {
		if _, dup := t.index[net.Entities[i].ID]; !dup {
			t.index[net.Entities[i].ID] = len(t.ids)
			t.ids = append(t.ids, net.Entities[i].ID)
		}
	}
	t.arcs = make([][]tempArc, len(t.ids))
	types := ringleader.ProjectionOptions{Types: opt.Types}
	for i := range net.Links {
		l := &net.Links[i]
		if !types.KeepsType(l) || (l.Type == ringleader.LinkInvolvedIn && len(opt.Types) == 0) ||
			(l.Type == ringleader.LinkSameAs && l.Props["decision"] == ringleader.DecisionRejected) {
			continue
		}
		u, okU := t.index[l.Source]
		v, okV := t.index[l.Target]
		if !okU || !okV || u == v {
			continue
		}
		start, end, ok := linkSpan(l)
		if !ok && !opt.Undated {
			continue
		}
		t.arcs[u] = append(t.arcs[u], tempArc{to: v, start: start, end: end, link: i})
		if !opt.Directed || !l.Directed() {
			t.arcs[v] = append(t.arcs[v], tempArc{to: u, start: start, end: end, link: i})
		}
	}
	for u := range t.arcs {
		slices.SortFunc(t.arcs[u], func(a, b tempArc) int {
			return cmp.Or(cmp.Compare(a.to, b.to), cmp.Compare(a.start, b.start),
				cmp.Compare(b.end, a.end), cmp.Compare(net.Links[a.link].Key(), net.Links[b.link].Key()))
		})
	}
	return t
}

// linkSpan returns the days over which l was observed, and false for an undated link
// (whose span is then every day). A link with only one of its bounds dated is observed
// on that day (Link.Start and Link.End both fall back to it).
func linkSpan(l *ringleader.Link) (start, end int, dated bool) {
	s, okS := ringleader.DayNumber(l.Start())
	e, okE := ringleader.DayNumber(l.End())
	if !okS || !okE {
		return undatedStart, undatedEnd, false
	}
	if e < s {
		s, e = e, s
	}
	return s, e, true
}

// step returns the day an arc can be crossed at the earliest when the path stands at
// day now, and whether it can be crossed at all. An undated arc is crossed at now.
func (a *tempArc) step(now int) (int, bool) {
	if a.start == undatedStart {
		return now, true
	}
	day := max(now, a.start)
	return day, day <= a.end
}

// latestDepartures returns latest[r][v]: the latest day at which a path standing at v
// can still reach dst in exactly r more steps (unreachable when it cannot; undatedEnd
// when any day will do). Paths end at dst, so no step leaves it. Revisits are not ruled
// out here, so the bound is optimistic, as pruning needs.
func (t *temporalIndex) latestDepartures(dst, maxLen int) [][]int {
	n := len(t.ids)
	latest := make([][]int, maxLen+1)
	for r := range latest {
		latest[r] = make([]int, n)
		for v := range latest[r] {
			latest[r][v] = unreachable
		}
	}
	latest[0][dst] = undatedEnd
	for r := 1; r <= maxLen; r++ {
		for v := range n {
			if v == dst {
				continue
			}
			best := unreachable
			for _, a := range t.arcs[v] {
				after := latest[r-1][a.to]
				if after == unreachable {
					continue
				}
				if a.start == undatedStart {
					best = max(best, after)
				} else if a.start <= after {
					best = max(best, min(a.end, after))
				}
			}
			latest[r][v] = best
		}
	}
	return latest
}

type temporalFound struct {
	nodes   []int
	arcs    []tempArc
	days    []int
	arrival int
}

type temporalSearch struct {
	t         *temporalIndex
	dst       int
	latest    [][]int
	length    int
	onPath    []bool
	nodes     []int
	arcs      []tempArc
	days      []int
	found     []temporalFound
	steps     int
	truncated bool
}

// walk extends the path that stands at u on day now towards a path of exactly s.length
// steps ending at dst.
func (s *temporalSearch) walk(u, now int) {
	left := s.length - (len(s.nodes) - 1)
	if left == 0 {
		if u == s.dst {
			s.record(now)
		}
		return
	}
	arcs := s.t.arcs[u]
	for i := 0; i < len(arcs); {
		// Arcs to one neighbour are adjacent; take the one that allows the earliest step.
		w := arcs[i].to
		bestDay, best := 0, -1
		for ; i < len(arcs) && arcs[i].to == w; i++ {
			day, ok := arcs[i].step(now)
			dated := arcs[i].start != undatedStart
			if !ok {
				continue
			}
			bestDated := best >= 0 && arcs[best].start != undatedStart
			if best < 0 || day < bestDay || (day == bestDay && dated && !bestDated) {
				bestDay, best = day, i
			}
		}
		if latest := s.latest[left-1][w]; best < 0 || s.onPath[w] || latest == unreachable || bestDay > latest {
			continue
		}
		if s.steps++; s.steps > maxWalkSteps {
			s.truncated = true
			return
		}
		s.onPath[w] = true
		s.nodes = append(s.nodes, w)
		s.arcs = append(s.arcs, arcs[best])
		s.days = append(s.days, bestDay)
		s.walk(w, bestDay)
		s.onPath[w] = false
		s.nodes = s.nodes[:len(s.nodes)-1]
		s.arcs = s.arcs[:len(s.arcs)-1]
		s.days = s.days[:len(s.days)-1]
		if s.truncated {
			return
		}
	}
}

func (s *temporalSearch) record(now int) {
	s.found = append(s.found, temporalFound{nodes: slices.Clone(s.nodes), arcs: slices.Clone(s.arcs),
		days: slices.Clone(s.days), arrival: now})
}

func (t *temporalIndex) describe(net *ringleader.Network, f temporalFound) TemporalPath {
	p := TemporalPath{Nodes: make([]string, len(f.nodes))}
	for i, v := range f.nodes {
		p.Nodes[i] = t.ids[v]
	}
	for i, a := range f.arcs {
		hop := TemporalHop{From: p.Nodes[i], To: p.Nodes[i+1], Link: net.Links[a.link]}
		if a.start != undatedStart {
			hop.Date = dayString(f.days[i])
			if p.Departure == "" {
				p.Departure = hop.Date
			}
			p.Arrival = hop.Date
		}
		p.Hops = append(p.Hops, hop)
	}
	return p
}

func dayString(day int) string {
	return time.Unix(int64(day)*86400, 0).UTC().Format(ringleader.DateLayout)
}

// Window is a span of days [From, To] (inclusive dates) with a label such as "2025-03".
type Window struct {
	Label    string
	From, To string
}

// Periods lists the window periods Windows takes.
func Periods() []string { return []string{"week", "month", "quarter", "year"} }

// Windows splits the dates [from, to] into calendar periods: "week" (ISO 8601 weeks,
// Monday first, labelled "2025-W10"), "month" ("2025-03"), "quarter" ("2025-Q1") or
// "year" ("2025"). The first and last windows are clipped to [from, to], so that no
// window reaches outside what was asked. Bad dates or an unknown period are an
// *InputError.
func Windows(from, to, period string) ([]Window, error) {
	start, err := time.Parse(ringleader.DateLayout, from)
	if err != nil {
		return nil, inputError("from %q is not a date (YYYY-MM-DD)", from)
	}
	end, err := time.Parse(ringleader.DateLayout, to)
	if err != nil {
		return nil, inputError("to %q is not a date (YYYY-MM-DD)", to)
	}
	if end.Before(start) {
		return nil, inputError("from %s is after to %s", from, to)
	}
	var begin func(time.Time) time.Time
	var next func(time.Time) time.Time
	var label func(time.Time) string
	switch period {
	case "week":
		begin = func(d time.Time) time.Time { return d.AddDate(0, 0, -((int(d.Weekday()) + 6) % 7)) }
		next = func(d time.Time) time.Time { return d.AddDate(0, 0, 7) }
		label = func(d time.Time) string { y, w := d.ISOWeek(); return fmt.Sprintf("%d-W%02d", y, w) }
	case "month":
		begin = func(d time.Time) time.Time { return time.Date(d.Year(), d.Month(), 1, 0, 0, 0, 0, time.UTC) }
		next = func(d time.Time) time.Time { return d.AddDate(0, 1, 0) }
		label = func(d time.Time) string { return d.Format("2006-01") }
	case "quarter":
		begin = func(d time.Time) time.Time {
			return time.Date(d.Year(), d.Month()-(d.Month()-1)%3, 1, 0, 0, 0, 0, time.UTC)
		}
		next = func(d time.Time) time.Time { return d.AddDate(0, 3, 0) }
		label = func(d time.Time) string { return fmt.Sprintf("%d-Q%d", d.Year(), (int(d.Month())-1)/3+1) }
	case "year":
		begin = func(d time.Time) time.Time { return time.Date(d.Year(), 1, 1, 0, 0, 0, 0, time.UTC) }
		next = func(d time.Time) time.Time { return d.AddDate(1, 0, 0) }
		label = func(d time.Time) string { return d.Format("2006") }
	default:
		return nil, inputError("unknown period %q (one of %v)", period, Periods())
	}
	var out []Window
	for d := begin(start); !d.After(end); d = next(d) {
		last := next(d).AddDate(0, 0, -1)
		w := Window{Label: label(d), From: d.Format(ringleader.DateLayout), To: last.Format(ringleader.DateLayout)}
		w.From = max(w.From, from)
		w.To = min(w.To, to)
		out = append(out, w)
	}
	return out, nil
}

// DateSpan returns the earliest and latest dates of net's dated links (their Start and
// End); both are "" when no link is dated.
func DateSpan(net *ringleader.Network) (from, to string) {
	for i := range net.Links {
		l := &net.Links[i]
		if s := l.Start(); ringleader.ValidDate(s) && (from == "" || s < from) {
			from = s
		}
		if e := l.End(); ringleader.ValidDate(e) && e > to {
			to = e
		}
	}
	return from, to
}

// WindowSeries is one centrality measure computed on the projection of each window.
type WindowSeries struct {
	Measure string
	// IDs are the projection's nodes: the same in every window, since a window filters
	// links, not entities.
	IDs     []string
	Windows []Window
	// Links is the number of edges of each window's projection.
	Links []int
	// Scores[w][i] is node i's score in window w.
	Scores [][]float64
}

// CentralityWindows computes measure (see Measures) on the projection opt describes of
// each window of net: the links a NetworkFilter for the window keeps, which includes
// undated links in every window, as for any projection with from and to. With
// datedOnly, undated links are dropped instead, except HOLDS links, which the people
// view needs to attribute payments between accounts to their holders; windows then
// differ only by what was observed in them.
func CentralityWindows(ctx context.Context, net *ringleader.Network, opt ringleader.ProjectionOptions, measure string, windows []Window, datedOnly bool) (*WindowSeries, error) {
	if !slices.Contains(measures, measure) {
		return nil, inputError("unknown measure %q (one of %v)", measure, measures)
	}
	s := &WindowSeries{Measure: measure, Windows: windows}
	for _, w := range windows {
		f := ringleader.NetworkFilter{From: w.From, To: w.To}
		sub := &ringleader.Network{Entities: net.Entities}
		for i := range net.Links {
			l := &net.Links[i]
			if !f.KeepsLink(l) {
				continue
			}
			if datedOnly && l.Type != ringleader.LinkHolds && l.Start() == "" {
				continue
			}
			sub.Links = append(sub.Links, *l)
		}
		wopt := opt
		wopt.From, wopt.To = w.From, w.To
		g := Project(sub, wopt)
		scores, err := Centrality(ctx, g, measure)
		if err != nil {
			return nil, err
		}
		if s.IDs == nil {
			s.IDs = make([]string, g.N())
			for i := range s.IDs {
				s.IDs[i] = g.NodeID(i)
			}
		}
		s.Links = append(s.Links, g.M())
		s.Scores = append(s.Scores, scores)
	}
	return s, nil
}

// Trend is how one node's score moved across the windows of a series.
type Trend struct {
	Node int
	ID   string
	// Slope is the least-squares change of the score per window.
	Slope       float64
	First, Last float64
	// Peak is the window in which the score was highest (the first such).
	Peak int
}

// Rising returns the nodes whose score rises across the windows, steepest first (ties
// by id): the ordinary least-squares slope of score against window index, which weighs
// every window rather than the two ends alone, so that one busy month at the start or
// end does not decide it. Only positive slopes are returned; a series of fewer than two
// windows has no trend.
func Rising(s *WindowSeries) []Trend {
	w := len(s.Scores)
	if w < 2 {
		return nil
	}
	meanX := float64(w-1) / 2
	var sxx float64
	for x := range w {
		sxx += (float64(x) - meanX) * (float64(x) - meanX)
	}
	var out []Trend
	for i, id := range s.IDs {
		var meanY float64
		for x := range w {
			meanY += s.Scores[x][i]
		}
		meanY /= float64(w)
		var sxy float64
		peak := 0
		for x := range w {
			sxy += (float64(x) - meanX) * (s.Scores[x][i] - meanY)
			if s.Scores[x][i] > s.Scores[peak][i] {
				peak = x
			}
		}
		slope := sxy / sxx
		if slope <= 1e-12 {
			continue
		}
		out = append(out, Trend{Node: i, ID: id, Slope: slope, First: s.Scores[0][i], Last: s.Scores[w-1][i], Peak: peak})
	}
	slices.SortFunc(out, func(a, b Trend) int { return cmp.Or(cmp.Compare(b.Slope, a.Slope), cmp.Compare(a.ID, b.ID)) })
	return out
}
