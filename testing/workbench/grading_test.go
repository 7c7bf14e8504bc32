package workbench_test

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/png"
	"math"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/insights"
)

// TestWorkbenchGrading checks intelligence grading in the workbench as an analyst meets it: links drawn solid,
// dashed or dotted by their confidence (read from the pixels of a screenshot), "Confirmed links only" changing what
// is drawn and the broker ranking with a note of what it left out, and the panel giving a link's grading.
func TestWorkbenchGrading(t *testing.T) {
	d := newDemo(t)
	admin := d.token(t, "grading-desk", ringleader.RoleAnalyst)
	ctx := context.Background()
	net, err := d.store.Network(ctx, ringleader.AllCases(), ringleader.NetworkFilter{})
	if err != nil {
		t.Fatal(err)
	}
	p := openPage(t, d.srv.URL+"/#token="+admin)
	p.settle()

	t.Run("every drawn link is given the dash of its confidence", func(t *testing.T) {
		var links []struct {
			Confidence string
			Dash       *int
			Hidden     bool
		}
		p.eval(`window.__ringleader.links`, &links)
		want := map[string]int{"confirmed": 0, "unconfirmed": 1, "tentative": 2}
		seen := map[string]int{}
		for _, l := range links {
			if l.Hidden || l.Dash == nil {
				continue
			}
			seen[l.Confidence]++
			if w, ok := want[l.Confidence]; !ok || *l.Dash != w {
				t.Fatalf("a %s link is drawn with dash %d", l.Confidence, *l.Dash)
			}
		}
		if seen["confirmed"] == 0 || seen["unconfirmed"] == 0 || seen["tentative"] == 0 {
			t.Errorf("the demo chart draws links of each confidence, got %v", seen)
		}
		legend := p.text(sel("legend-lines"))
		for _, w := range []string{"confirmed", "unconfirmed", "tentative"} {
			if !strings.Contains(legend, w) {
				t.Errorf("the legend does not explain %s links: %q", w, legend)
			}
		}
	})

	t.Run("unconfirmed links are dashed and tentative ones dotted on the screen", func(t *testing.T) {
		runs := map[string]dashes{}
		for _, conf := range []string{"confirmed", "unconfirmed", "tentative"} {
			l := lonePair(t, net, conf)
			p.click("chart-clear")
			p.wait("an empty chart", `window.__ringleader.nodes.length === 0`, 10*time.Second)
			p.search(nameOf(net, l.Source), l.Source)
			p.search(nameOf(net, l.Target), l.Target)
			p.wait("the link between them", `window.__ringleader.links.length === 1`, 10*time.Second)
			p.steadyAt(l.Target) // the search centres the camera on it; then fit both
			p.click("zoom-fit")
			a, b := p.steadyAt(l.Source), p.steadyAt(l.Target)
			var box struct{ L, T, R, B float64 }
			p.eval(`(() => { const r = document.querySelector('[data-testid="graph-canvas"]').getBoundingClientRect(); return {L: r.left, T: r.top, R: r.right, B: r.bottom}; })()`, &box)
			for _, q := range []point{a, b} {
				if q.X < box.L || q.X > box.R || q.Y < box.T || q.Y > box.B {
					t.Fatalf("after Fit, a node of the %s link is off the chart at (%g, %g)", conf, q.X, q.Y)
				}
			}
			shot, err := p.c.Screenshot(p.ctx, nil)
			p.must(err)
			if a2, b2 := p.steadyAt(l.Source), p.steadyAt(l.Target); a2 != a || b2 != b {
				t.Fatalf("the camera moved while the screenshot was taken")
			}
			img, err := png.Decode(bytes.NewReader(shot))
			p.must(err)
			r := along(img, a, b)
			t.Logf("%s link %s–%s, %.0f px apart: %+v", conf, l.Source, l.Target, math.Hypot(b.X-a.X, b.Y-a.Y), r)
			if r.samples < 150 {
				t.Fatalf("the %s link is drawn too short to read its pattern (%d px sampled)", conf, r.samples)
			}
			runs[conf] = r
		}
		if c := runs["confirmed"]; c.gaps > 0 || c.ink < c.samples*95/100 {
			t.Errorf("the confirmed link is not solid: %+v", c)
		}
		u := runs["unconfirmed"]
		if u.gaps < 8 || u.medianRun < 4 || u.medianRun > 10 {
			t.Errorf("the unconfirmed link is not dashed (dashes of about 7 px): %+v", u)
		}
		if v := runs["tentative"]; v.gaps < 8 || v.medianRun > 3.5 || v.medianRun >= u.medianRun {
			t.Errorf("the tentative link is not dotted (dots shorter than the dashes): %+v", v)
		}
		p.shot("grading-lines")
	})

	t.Run("the panel gives an entity's and a link's grading", func(t *testing.T) {
		l := lonePair(t, net, "unconfirmed")
		p.click("chart-clear")
		p.wait("an empty chart", `window.__ringleader.nodes.length === 0`, 10*time.Second)
		p.search(nameOf(net, l.Target), l.Target)
		p.search(nameOf(net, l.Source), l.Source)
		key := strings.Join([]string{string(l.Type), l.Subtype, l.Source, l.Target, l.FirstSeen}, "|")
		item := fmt.Sprintf(`[data-testid="panel-link"][data-key=%q]`, key)
		p.wait("the link in the panel", fmt.Sprintf(`document.querySelector(%q)`, item), 10*time.Second)
		want := fmt.Sprintf("Source %s · Information %s · unconfirmed", l.Props[ringleader.PropSourceGrade], l.Props[ringleader.PropInfoGrade])
		if got := p.text(item); !strings.Contains(got, want) {
			t.Errorf("the panel lists the link as %q, want its grading %q", got, want)
		}
		var tip string
		p.eval(fmt.Sprintf(`document.querySelector(%q).querySelector('[data-testid="panel-link-grading"]').title`, item), &tip)
		if !strings.Contains(tip, "4×4") || !strings.Contains(tip, "5×5×5") || !strings.Contains(tip, "dashed") {
			t.Errorf("the link's grading has no tooltip saying what the codes mean: %q", tip)
		}
		e := entityOf(net, l.Source)
		if g := e.Props[ringleader.PropSourceGrade]; g != "" {
			want := fmt.Sprintf("Source %s · Information %s", g, e.Props[ringleader.PropInfoGrade])
			if got := p.text(sel("panel-grading")); !strings.HasPrefix(got, want) {
				t.Errorf("the panel gives %s's grading as %q, want %q", e.ID, got, want)
			}
		}
	})

	t.Run("confirmed links only: fewer links drawn, brokers ranked again, a note of what is left out", func(t *testing.T) {
		p.click("chart-clear")
		p.wait("an empty chart", `window.__ringleader.nodes.length === 0`, 10*time.Second)
		p.click("empty-load-network")
		p.wait("the whole network", `window.__ringleader.nodes.length > 700`, time.Minute)
		p.settle()
		broker, before, after := rankChange(t, d, ctx)
		p.search(nameOf(net, broker), broker)
		brokerRank := func(rank int) string {
			return fmt.Sprintf(`(document.querySelector('[data-testid="panel-broker"]') || {}).textContent?.includes('Broker rank %d ·')`, rank)
		}
		p.wait(fmt.Sprintf("%s ranked %d", broker, before), brokerRank(before), time.Minute)
		shown := func() (all, unconfirmed int) {
			var n struct{ All, Other int }
			p.eval(`(() => { const ls = window.__ringleader.links.filter(l => !l.hidden);
				return {All: ls.length, Other: ls.filter(l => l.confidence !== 'confirmed').length}; })()`, &n)
			return n.All, n.Other
		}
		allBefore, otherBefore := shown()
		if otherBefore == 0 {
			t.Fatal("the chart shows no link that is not confirmed: nothing to leave out")
		}
		p.click("grading-confirmed")
		p.wait("the restriction applied", `window.__ringleader.grades.confirmedOnly`, 10*time.Second)
		allAfter, otherAfter := shown()
		if otherAfter != 0 || allAfter != allBefore-otherBefore {
			t.Errorf("with confirmed links only the chart shows %d links, %d not confirmed; before %d, %d not confirmed", allAfter, otherAfter, allBefore, otherBefore)
		}
		p.wait(fmt.Sprintf("%s ranked %d among brokers of confirmed links", broker, after), brokerRank(after), time.Minute)
		_, left := ringleader.GradeFilter{ConfirmedOnly: true}.Restrict(net)
		note := fmt.Sprintf("Confirmed links only: %s links left out", thousands(left.LinksLeftOut))
		p.wait("the note of what is left out", fmt.Sprintf(`(document.querySelector('[data-testid="grading-note"]') || {}).textContent === %q`, note), 30*time.Second)
		if stats := p.text(sel("chart-shown")); !strings.Contains(stats, thousands(allAfter)+" links") {
			t.Errorf("the chart's counts say %q, %d links shown", stats, allAfter)
		}
		p.shot("grading")
		// The server was asked: the brokers it sent this token include a ranking restricted to confirmed links.
		d.mu.Lock()
		bodies := d.answers[admin]
		d.mu.Unlock()
		restricted := regexp.MustCompile(`"restriction":\{"confirmed_only":true,"entities_left_out":0,"links_left_out":` + fmt.Sprint(left.LinksLeftOut) + `\}`)
		var kinds []string
		for _, b := range bodies {
			if restricted.Match(b) {
				switch {
				case bytes.Contains(b, []byte(`"formula"`)):
					kinds = append(kinds, "brokers")
				case bytes.Contains(b, []byte(`"summarised"`)):
					kinds = append(kinds, "drawing")
				case bytes.Contains(b, []byte(`"measure"`)):
					kinds = append(kinds, "centrality")
				case bytes.Contains(b, []byte(`"modularity"`)):
					kinds = append(kinds, "communities")
				}
			}
		}
		for _, k := range []string{"brokers", "drawing", "centrality", "communities"} {
			if !slices.Contains(kinds, k) {
				t.Errorf("no %s answer restricted to confirmed links reached the page (got %v)", k, kinds)
			}
		}
		// And back: everything is drawn again, ranked as before.
		p.click("grading-confirmed")
		p.wait("the restriction lifted", `!window.__ringleader.grades.confirmedOnly`, 10*time.Second)
		if all, _ := shown(); all != allBefore {
			t.Errorf("without the restriction the chart shows %d links, %d before", all, allBefore)
		}
		p.wait(fmt.Sprintf("%s ranked %d again", broker, before), brokerRank(before), time.Minute)
		if note := p.text(sel("grading-note")); note != "" {
			t.Errorf("a note stays without a restriction: %q", note)
		}
	})

	t.Run("a minimum grade is kept by a saved chart", func(t *testing.T) {
		p.choose("grading-min", "B2")
		p.wait("the restriction", `window.__ringleader.grades.minGrade === 'B2' && window.__ringleader.restriction !== null`, 30*time.Second)
		_, left := ringleader.GradeFilter{MinGrade: "B2"}.Restrict(net)
		want := fmt.Sprintf("Grade B2 or better: %s links and %d entities left out", thousands(left.LinksLeftOut), left.EntitiesLeftOut)
		if got := p.text(sel("grading-note")); got != want {
			t.Errorf("the note says %q, want %q", got, want)
		}
		p.click("chart-save")
		p.wait("the save dialog", `document.querySelector('[data-testid="chart-name"]')`, 10*time.Second)
		p.click("chart-save-confirm")
		p.wait("the chart's address", `location.hash.includes('chart=')`, 20*time.Second)
		var hash string
		p.eval(`location.hash`, &hash)
		again := openPage(t, d.srv.URL+"/#token="+admin+"&"+strings.TrimPrefix(hash, "#"))
		again.wait("the saved restriction", `window.__ringleader.grades.minGrade === 'B2' && window.__ringleader.restriction !== null`, 30*time.Second)
		var value string
		again.eval(`document.querySelector('[data-testid="grading-min"]').value`, &value)
		if value != "B2" || again.text(sel("grading-note")) != want {
			t.Errorf("the reopened chart shows grade %q and the note %q", value, again.text(sel("grading-note")))
		}
	})
}

// lonePair finds a link of the given confidence between two people with Latin names (to type in the search box)
// and no other link between them, so that the chart of the two shows it alone.
func lonePair(t *testing.T, net *ringleader.Network, confidence string) ringleader.Link {
	t.Helper()
	pairs := map[[2]string]int{}
	for _, l := range net.Links {
		a, b := min(l.Source, l.Target), max(l.Source, l.Target)
		pairs[[2]string{a, b}]++
	}
	latin := regexp.MustCompile(`^[A-Za-z' -]+$`)
	var found []ringleader.Link
	for _, l := range net.Links {
		if l.Type != ringleader.LinkAssociate || l.Subtype == "call" || l.Confidence() != confidence {
			continue
		}
		s, d := entityOf(net, l.Source), entityOf(net, l.Target)
		if s == nil || d == nil || s.Kind != ringleader.KindPerson || d.Kind != ringleader.KindPerson || !latin.MatchString(s.Name) || !latin.MatchString(d.Name) {
			continue
		}
		if pairs[[2]string{min(l.Source, l.Target), max(l.Source, l.Target)}] == 1 {
			found = append(found, l)
		}
	}
	if len(found) == 0 {
		t.Fatalf("the demo has no lone %s association between two people with Latin names", confidence)
	}
	slices.SortFunc(found, func(a, b ringleader.Link) int { return strings.Compare(a.Source+a.Target, b.Source+b.Target) })
	return found[0]
}

func entityOf(net *ringleader.Network, id string) *ringleader.Entity {
	for i := range net.Entities {
		if net.Entities[i].ID == id {
			return &net.Entities[i]
		}
	}
	return nil
}

func nameOf(net *ringleader.Network, id string) string {
	if e := entityOf(net, id); e != nil {
		return e.Name
	}
	return id
}

// rankChange finds a broker, with a Latin name, whose rank differs once only confirmed links count, and its two ranks.
func rankChange(t *testing.T, d *served, ctx context.Context) (id string, before, after int) {
	t.Helper()
	e := insights.New(d.store)
	rank := func(confirmedOnly bool) map[string]int {
		r, err := e.Brokers(ctx, ringleader.AllCases(), ringleader.ProjectionOptions{View: ringleader.ViewPeople, ConfirmedOnly: confirmedOnly}, insights.BrokerOptions{})
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]int{}
		for _, b := range r.Results {
			if regexp.MustCompile(`^[A-Za-z' -]+$`).MatchString(b.Name) {
				out[b.ID] = b.Rank
			}
		}
		return out
	}
	all, confirmed := rank(false), rank(true)
	best := ""
	for id, r := range all {
		if c, ok := confirmed[id]; ok && c != r && (best == "" || r < all[best]) {
			best = id
		}
	}
	if best == "" {
		t.Fatal("no broker's rank changes when only confirmed links count")
	}
	return best, all[best], confirmed[best]
}

func thousands(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

type point struct{ X, Y float64 }

// steadyAt is where a node is drawn once the camera has stopped moving: the same for half a second (a fit's
// animation takes 300 ms).
func (p *page) steadyAt(id string) point {
	p.t.Helper()
	var last point
	same := 0
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(125 * time.Millisecond) {
		var at *point
		p.eval(fmt.Sprintf(`window.__ringleader.screenPosition(%q)`, id), &at)
		if at != nil && *at == last {
			if same++; same == 4 {
				return last
			}
			continue
		}
		same = 0
		if at != nil {
			last = *at
		}
	}
	p.t.Fatalf("%s does not stay in one place on the screen", id)
	return last
}

// dashes describes the pixels along a drawn line: how many were sampled, how many were ink, how many gaps broke the
// ink, and the median length of the runs of ink.
type dashes struct {
	samples, ink, gaps int
	medianRun          float64
}

// along samples the middle of the segment from a to b (the ends lie under the nodes and their labels) a pixel at a
// time, and measures its runs of ink (any pixel clearly darker than the white chart). A single pale pixel between
// two of ink is the antialiasing of a thin slanted line, not a gap.
func along(img image.Image, a, b point) dashes {
	dx, dy := b.X-a.X, b.Y-a.Y
	n := int(math.Hypot(dx, dy))
	// Across the line, never along it: a neighbour along it would fill the gaps.
	px, py := -dy/float64(n), dx/float64(n)
	var inked []bool
	for i := n * 3 / 10; i <= n*7/10; i++ {
		f := float64(i) / float64(n)
		cx, cy := a.X+dx*f, a.Y+dy*f
		ink := false
		// The line is about 2 px wide: a pixel either side of the centre catches it where rounding misses.
		for _, o := range []float64{0, 1, -1} {
			cr, cg, cb, _ := img.At(int(math.Round(cx+px*o)), int(math.Round(cy+py*o))).RGBA()
			if (cr+cg+cb)/3>>8 < 225 {
				ink = true
				break
			}
		}
		inked = append(inked, ink)
	}
	for i := 1; i+1 < len(inked); i++ {
		if !inked[i] && inked[i-1] && inked[i+1] {
			inked[i] = true
		}
	}
	r := dashes{samples: len(inked)}
	var runs []int
	run := 0
	for i, ink := range inked {
		if ink {
			r.ink++
			if run == 0 && i > 0 {
				r.gaps++
			}
			run++
			continue
		}
		if run > 0 {
			runs = append(runs, run)
		}
		run = 0
	}
	if run > 0 {
		runs = append(runs, run)
	}
	if len(runs) > 0 {
		slices.Sort(runs)
		r.medianRun = float64(runs[len(runs)/2])
	}
	return r
}
