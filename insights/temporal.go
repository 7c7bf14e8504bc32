package insights

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/graph"
)

// Limits of the time questions.
const (
	// DefaultTimePathLen and MaxTimePathLen bound the links of a time-respecting path.
	DefaultTimePathLen = 6
	MaxTimePathLen     = 10
	// MaxWindows bounds the windows of a centrality series: each costs one projection
	// and one run of the measure.
	MaxWindows = 120
)

// TimeHop is one step of a time-respecting path: the link crossed and the day it was
// crossed ("" for an undated link).
type TimeHop struct {
	From string          `json:"from"`
	To   string          `json:"to"`
	Date string          `json:"date,omitempty"`
	Link ringleader.Link `json:"link"`
}

// TimePath is a chain of ties whose dates run forwards.
type TimePath struct {
	Length    int       `json:"length"`
	Entities  []Member  `json:"entities"`
	Hops      []TimeHop `json:"hops"`
	Departure string    `json:"departure,omitempty"`
	Arrival   string    `json:"arrival,omitempty"`
}

// TimePathsResult lists time-respecting paths between two entities.
type TimePathsResult struct {
	From      string `json:"from"`
	To        string `json:"to"`
	K         int    `json:"k"`
	MaxLength int    `json:"max_length"`
	// Undated reports whether undated links could be crossed (at any time).
	Undated bool `json:"undated"`
	Header
	Paths     []TimePath `json:"paths"`
	Truncated bool       `json:"truncated"`
}

// TimePaths returns up to k time-respecting paths from one entity to another, of at most
// maxLen links (0: DefaultTimePathLen): each link crossed on a day it was observed, never
// earlier than the link before, as i2's "events in sequence"; fewest links first, then
// earliest arrival. See graph.TimeRespectingPaths. The projection's view defaults to
// full, so that phones, accounts and shipments on the way count; opt.Directed follows
// directed links forwards only and opt.Types keeps some link types. Undated links are
// skipped unless undated is true, when they can be crossed at any point.
func (e *Engine) TimePaths(ctx context.Context, scope ringleader.Scope, opt ringleader.ProjectionOptions, from, to string, maxLen, k int, undated bool) (*TimePathsResult, error) {
	if k < 1 || k > MaxPaths {
		return nil, ringleader.Errorf(ringleader.EINVALID, "k: must be between 1 and %d, not %d", MaxPaths, k)
	}
	if maxLen == 0 {
		maxLen = DefaultTimePathLen
	}
	if maxLen < 1 || maxLen > MaxTimePathLen {
		return nil, ringleader.Errorf(ringleader.EINVALID, "length: must be between 1 and %d, not %d", MaxTimePathLen, maxLen)
	}
	if opt.View == "" {
		opt.View = ringleader.ViewFull
	}
	p, err := e.Project(ctx, scope, opt)
	if err != nil {
		return nil, err
	}
	for _, end := range []struct{ field, id string }{{"from", from}, {"to", to}} {
		if p.Entity(end.id) == nil {
			return nil, ringleader.Errorf(ringleader.ENOTFOUND, "%s: no entity %q", end.field, end.id)
		}
	}
	what := fmt.Sprintf("timepaths|%s|%s|%d|%d|%v", from, to, maxLen, k, undated)
	v, err := e.result(ctx, p, what, func(ctx context.Context) (any, error) {
		found := graph.TimeRespectingPaths(p.Network, from, to, maxLen, k, graph.TemporalOptions{
			Directed: p.Options.Directed, Undated: undated, Types: p.Options.Types})
		res := &TimePathsResult{From: from, To: to, K: k, MaxLength: maxLen, Undated: undated, Header: header(p),
			Truncated: found.Truncated, Paths: []TimePath{}}
		for _, tp := range found.Paths {
			path := TimePath{Length: len(tp.Hops), Departure: tp.Departure, Arrival: tp.Arrival, Hops: []TimeHop{}}
			for _, id := range tp.Nodes {
				ent := p.Entity(id)
				path.Entities = append(path.Entities, Member{ID: ent.ID, Name: ent.Name, Kind: ent.Kind})
			}
			for _, h := range tp.Hops {
				path.Hops = append(path.Hops, TimeHop{From: h.From, To: h.To, Date: h.Date, Link: h.Link})
			}
			res.Paths = append(res.Paths, path)
		}
		return res, nil
	})
	if err != nil {
		return nil, err
	}
	return v.(*TimePathsResult), nil
}

// WindowRanking is one window of a centrality series with its best-placed entities.
type WindowRanking struct {
	Label string  `json:"label"`
	From  string  `json:"from"`
	To    string  `json:"to"`
	Links int     `json:"links"`
	Top   []Score `json:"top"`
}

// RisingEntity is an entity whose score rose across the windows.
type RisingEntity struct {
	Member
	// Slope is the least-squares rise of the score per window.
	Slope float64 `json:"slope"`
	First float64 `json:"first"`
	Last  float64 `json:"last"`
	// Peak is the label of the window in which the score was highest.
	Peak string `json:"peak"`
	// Series is the score in each window, in window order.
	Series      []float64 `json:"series"`
	Explanation string    `json:"explanation"`
}

// CentralityOverTimeResult is a centrality measure per time window, and who rose.
type CentralityOverTimeResult struct {
	Measure string `json:"measure"`
	Period  string `json:"period"`
	// DatedOnly reports that each window held only the links observed in it (and the
	// HOLDS links); otherwise undated links were in every window.
	DatedOnly bool `json:"dated_only"`
	Header
	Windows []WindowRanking `json:"windows"`
	Rising  []RisingEntity  `json:"rising"`
}

// CentralityOverTime computes measure on the projection of each period ("week",
// "month", "quarter" or "year") between opt.From and opt.To (by default the span of the
// dated links in scope), keeps the top entities of each window (all when top <= 0), and
// ranks the entities whose score rises fastest (graph.Rising: least-squares slope over
// the windows), at most top of them. With measure "betweenness" that is who is becoming
// a broker. See graph.CentralityWindows for datedOnly.
func (e *Engine) CentralityOverTime(ctx context.Context, scope ringleader.Scope, opt ringleader.ProjectionOptions, measure, period string, top int, datedOnly bool) (*CentralityOverTimeResult, error) {
	if !slices.Contains(graph.Measures(), measure) {
		return nil, ringleader.Errorf(ringleader.EINVALID, "measure: unknown measure %q (one of %v)", measure, graph.Measures())
	}
	if !slices.Contains(graph.Periods(), period) {
		return nil, ringleader.Errorf(ringleader.EINVALID, "period: must be one of %v, not %q", graph.Periods(), period)
	}
	p, err := e.Project(ctx, scope, opt)
	if err != nil {
		return nil, err
	}
	from, to := p.Options.From, p.Options.To
	if from == "" || to == "" {
		spanFrom, spanTo := graph.DateSpan(p.Network)
		if from == "" {
			from = spanFrom
		}
		if to == "" {
			to = spanTo
		}
	}
	res := &CentralityOverTimeResult{Measure: measure, Period: period, DatedOnly: datedOnly, Header: header(p),
		Windows: []WindowRanking{}, Rising: []RisingEntity{}}
	if from == "" || to == "" || from > to {
		// No dated link in scope: there is no time to split.
		return res, nil
	}
	windows, err := graph.Windows(from, to, period)
	if err != nil {
		return nil, invalid("period", err)
	}
	if len(windows) > MaxWindows {
		return nil, ringleader.Errorf(ringleader.ETOOLARGE, "period: %s to %s makes %d %s windows, more than %d; choose a longer period or a shorter span",
			from, to, len(windows), period, MaxWindows)
	}
	what := "overtime|" + measure + "|" + period + "|" + from + "|" + to + "|" + strconv.FormatBool(datedOnly)
	v, err := e.result(ctx, p, what, func(ctx context.Context) (any, error) {
		s, err := graph.CentralityWindows(ctx, p.Network, p.Options, measure, windows, datedOnly)
		return s, invalid("measure "+measure, err)
	})
	if err != nil {
		return nil, err
	}
	series := v.(*graph.WindowSeries)
	for w, win := range series.Windows {
		ranked := rank(p, measure, series.Scores[w])
		if top > 0 && top < len(ranked) {
			ranked = ranked[:top]
		}
		res.Windows = append(res.Windows, WindowRanking{Label: win.Label, From: win.From, To: win.To, Links: series.Links[w], Top: ranked})
	}
	for _, t := range graph.Rising(series) {
		if top > 0 && len(res.Rising) == top {
			break
		}
		ent := p.Node(t.Node)
		r := RisingEntity{Member: Member{ID: ent.ID, Name: ent.Name, Kind: ent.Kind}, Slope: t.Slope, First: t.First,
			Last: t.Last, Peak: series.Windows[t.Peak].Label}
		for w := range series.Scores {
			r.Series = append(r.Series, series.Scores[w][t.Node])
		}
		r.Explanation = risingExplanation(measure, period, r, series.Scores[t.Peak][t.Node], series.Windows)
		res.Rising = append(res.Rising, r)
	}
	return res, nil
}

func risingExplanation(measure, period string, r RisingEntity, peak float64, windows []graph.Window) string {
	return fmt.Sprintf("%s rose from %.3g in %s to %.3g in %s (peak %.3g in %s), %+.3g per %s on average",
		strings.ReplaceAll(measure, "_", " "), r.First, windows[0].Label, r.Last, windows[len(windows)-1].Label,
		peak, r.Peak, r.Slope, period)
}
