package browsertest_test

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ringleader/ringleader/queries/browser"
	"github.com/ringleader/ringleader/testing/browsertest"
	"github.com/ringleader/ringleader/testing/neo4jtest"
)

// step bounds each wait on Browser; generous, because the machine kind has two cores shared with a JVM.
const step = 2 * time.Minute

// session is a user at Neo4j Browser: what they click and type, through the selectors Browser's own end-to-end
// tests use (data-testid="boltaddress", "editor-Run", "frame", ...).
type session struct {
	t   *testing.T
	ctx context.Context
	c   *browsertest.Chrome
}

// fail saves what the page looked like and ends the test.
func (s *session) fail(format string, args ...any) {
	s.t.Helper()
	msg := fmt.Sprintf(format, args...)
	if png, err := s.c.Screenshot(s.ctx, nil); err == nil {
		f, err := os.CreateTemp("", "ringleader-browser-failure-*.png")
		if err == nil {
			_, _ = f.Write(png)
			f.Close()
			msg += "\nscreenshot: " + f.Name()
		}
	}
	var newest struct{ Text, TestIDs string }
	_ = s.c.Eval(s.ctx, `(() => { const f = document.querySelector('[data-testid="frame"]') || document.body;
		return {Text: f.innerText.slice(0, 800),
			TestIDs: [...new Set([...f.querySelectorAll('[data-testid]')].map(e => e.dataset.testid))].join(' ')}; })()`, &newest)
	s.t.Fatalf("%s\nnewest frame (test ids: %s):\n%s", msg, newest.TestIDs, newest.Text)
}

func (s *session) must(err error) {
	s.t.Helper()
	if err != nil {
		s.fail("%v", err)
	}
}

// connect opens Browser on the server, with the Bolt address in the URL (Browser would otherwise take the one the
// server advertises, which inside a container is not the published port), and logs in.
func (s *session) connect(srv *neo4jtest.Server) {
	s.t.Helper()
	bolt, err := url.Parse(srv.URI)
	if err != nil {
		s.t.Fatal(err)
	}
	page := srv.HTTPURL + "/browser/?dbms=" + url.QueryEscape("bolt://"+bolt.Host)
	s.must(s.c.Open(s.ctx, page, width, height))
	s.must(s.c.WaitFor(s.ctx, "Browser's connect form", `document.querySelector('input[data-testid="boltaddress"]')`, step))
	var form struct{ Scheme, Host string }
	s.must(s.c.Eval(s.ctx, `({Scheme: (document.querySelector('select[data-testid="bolt-scheme-select"]') || {}).value || '',
		Host: document.querySelector('input[data-testid="boltaddress"]').value})`, &form))
	if !strings.HasSuffix(form.Host, bolt.Host) || (form.Scheme != "" && form.Scheme != "bolt://") {
		// Browser falls back to the server's advertised address when it cannot reach the one in ?dbms=.
		s.fail("the connect form holds %s%s, not the bolt://%s of the URL (can Chromium reach that port?)", form.Scheme, form.Host, bolt.Host)
	}
	s.fill(`input[data-testid="username"]`, srv.User)
	s.fill(`input[data-testid="password"]`, srv.Password)
	s.must(s.c.Click(s.ctx, `button[data-testid="connect"]`))
	s.must(s.c.WaitFor(s.ctx, "the connection", `document.body.innerText.includes('You are connected as user '+`+
		jsString(srv.User)+`)`, step))
}

// fill types value into the input selector names, as a user would, until it holds exactly that: the connect form
// moves while Browser probes the server, and a click can land on the field that was there a moment before.
func (s *session) fill(selector, value string) {
	s.t.Helper()
	for try := 1; ; try++ {
		s.steady(selector, boxJS(`document.querySelector(`+jsString(selector)+`)`))
		s.must(s.c.Click(s.ctx, selector))
		var focused bool
		s.must(s.c.Eval(s.ctx, `(() => { const e = document.querySelector(`+jsString(selector)+`);
			if (document.activeElement !== e) return false; e.select(); return true; })()`, &focused))
		if focused {
			s.must(s.c.Type(s.ctx, value))
			var got string
			s.must(s.c.Eval(s.ctx, `document.querySelector(`+jsString(selector)+`).value`, &got))
			if got == value {
				return
			}
		}
		if try == 5 {
			s.fail("could not type into %s", selector)
		}
	}
}

// dismissBanner closes Browser's product-usage notice, which would cover the top of the picture.
func (s *session) dismissBanner() {
	s.t.Helper()
	const closeButton = `(() => {
		const b = [...document.querySelectorAll('div')].find(d => d.firstElementChild &&
			d.firstElementChild.innerText && d.firstElementChild.innerText.startsWith('To help make Neo4j Browser better'));
		const x = b && b.lastElementChild;
		if (!x) return null;
		const r = x.getBoundingClientRect();
		return {X: r.left + r.width / 2, Y: r.top + r.height / 2}; })()`
	// It comes a moment after the connection, or not at all (when the server turns usage reports off).
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(300 * time.Millisecond) {
		var box *struct{ X, Y float64 }
		s.must(s.c.Eval(s.ctx, closeButton, &box))
		if box != nil {
			s.must(s.c.ClickAt(s.ctx, box.X, box.Y))
			return
		}
	}
	s.t.Log("no product-usage notice to dismiss")
}

// run types cmd into the editor (unless it is empty: a guide block put something there already), runs it, and waits
// until a new frame satisfies cond, a JavaScript expression over the newest frame f.
func (s *session) run(cmd, what, cond string) {
	s.t.Helper()
	var before int
	s.must(s.c.Eval(s.ctx, `document.querySelectorAll('[data-testid="frame"]').length`, &before))
	if cmd != "" {
		s.must(s.c.Click(s.ctx, `#monaco-main-editor`))
		s.must(s.c.Type(s.ctx, cmd))
	}
	s.must(s.c.Click(s.ctx, `[data-testid="editor-Run"]`))
	expr := fmt.Sprintf(`(() => { const all = document.querySelectorAll('[data-testid="frame"]');
		const f = all[0]; return all.length > %d && !!f && (%s); })()`, before, cond)
	if err := s.c.WaitFor(s.ctx, what, expr, step); err != nil {
		s.fail("%v", err)
	}
}

// editorText is the text of the main editor, with Monaco's non-breaking spaces made plain.
func (s *session) editorText() string {
	var text string
	_ = s.c.Eval(s.ctx, `(document.querySelector('#monaco-main-editor .view-lines') || {innerText: ''}).innerText`, &text)
	return strings.ReplaceAll(text, "\u00a0", " ")
}

// clickBlock clicks the i-th runnable block of the guide's current slide, which puts it into the editor, and checks
// that the editor then starts with want.
func (s *session) clickBlock(i int, want string) {
	s.t.Helper()
	// Scrolled into view first, measured after: the stream may still move while it scrolls.
	block := fmt.Sprintf(`document.querySelectorAll('pre.runnable')[%d]`, i)
	var found bool
	s.must(s.c.Eval(s.ctx, `(() => { const e = `+block+`; if (e) e.scrollIntoView({block: 'center'}); return !!e; })()`, &found))
	if !found {
		s.fail("the guide's slide has no runnable block %d", i)
	}
	s.steady(fmt.Sprintf("runnable block %d", i), boxJS(block))
	var box struct{ X, Y float64 }
	s.must(s.c.Eval(s.ctx, `(() => { const r = `+block+`.getBoundingClientRect();
		return {X: r.left + Math.min(r.width / 2, 200), Y: r.top + Math.min(r.height / 2, 12)}; })()`, &box))
	s.must(s.c.ClickAt(s.ctx, box.X, box.Y))
	deadline := time.Now().Add(step)
	for !strings.HasPrefix(strings.TrimSpace(s.editorText()), want) {
		if time.Now().After(deadline) {
			s.fail("clicking block %d put %q into the editor, want a text starting %q", i, s.editorText(), want)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// goToSlide moves the guide to q's slide with its "next" button and checks its heading.
func (s *session) goToSlide(q browser.GuideQuery) {
	s.t.Helper()
	for i := 1; i < q.Slide; i++ {
		s.must(s.c.Click(s.ctx, `[data-testid="nextSlide"]`))
	}
	heading := `(() => { const b = document.querySelector('[data-testid="nextSlide"]');
		const f = b && b.closest('[data-testid="frame"]'); const h = f && f.querySelector('h3');
		return h ? h.innerText : ''; })()`
	if err := s.c.WaitFor(s.ctx, "slide "+q.Title, heading+" === "+jsString(q.Title), step); err != nil {
		var got string
		_ = s.c.Eval(s.ctx, heading, &got)
		s.fail("slide %d is headed %q, want %q", q.Slide, got, q.Title)
	}
}

// fullscreen gives the newest frame the whole window.
func (s *session) fullscreen() {
	s.t.Helper()
	s.must(s.c.Click(s.ctx, `[data-testid="frame"] button[title="Fullscreen"]`))
}

// graphJS reads the newest frame's drawing; PAID stands for the payment colour.
const graphJS = `(() => {
	const f = document.querySelector('[data-testid="frame"]');
	const nodes = [...f.querySelectorAll('svg.neod3viz g.node')].map(g => {
		const c = g.querySelector('circle.b-outline');
		const m = /translate\(([-0-9.e]+)[, ]+([-0-9.e]+)\)/.exec(g.getAttribute('transform') || '') || [0, 0, 0];
		return {label: g.getAttribute('aria-label'), r: +c.getAttribute('r'), fill: c.getAttribute('fill'),
			caption: [...g.querySelectorAll('text.caption')].map(t => t.textContent.trim()).join(' '),
			x: +m[1], y: +m[2]};
	});
	const rels = [...f.querySelectorAll('svg.neod3viz g.relationship path.b-outline')];
	return {nodes, relationships: rels.length,
		paid: rels.filter(p => (p.getAttribute('fill') || '').toUpperCase() === PAID).length};
})()`

// graph returns what the newest frame draws now.
func (s *session) graph() drawing {
	s.t.Helper()
	paid := jsString(strings.ToUpper(grassRules(s.t)["relationship.PAID"]["color"]))
	var d drawing
	var raw json.RawMessage
	s.must(s.c.Eval(s.ctx, strings.Replace(graphJS, "PAID", paid, 1), &raw))
	s.must(json.Unmarshal(raw, &d))
	return d
}

// settledGraph waits until the force layout of the newest frame's graph stops moving (or a minute passes), fits it
// to the frame, and returns what is drawn.
func (s *session) settledGraph() drawing {
	s.t.Helper()
	var prev drawing
	// A second between readings: the condition is how far the nodes move in a second.
	for deadline := time.Now().Add(time.Minute); ; time.Sleep(time.Second) {
		d := s.graph()
		if moved := maxMove(prev, d); moved < 0.5 || time.Now().After(deadline) {
			s.t.Logf("layout: %d nodes, largest move in the last second %.2f px", len(d.Nodes), moved)
			break
		}
		prev = d
	}
	// The overview panel covers the right of the drawing: close it (when this Browser has one), then fit.
	var closed bool
	s.must(s.c.Eval(s.ctx, `(() => { const b = document.querySelector(
		'[data-testid="frame"] button[title="Collapse the node properties display" i]'); if (b) b.click(); return !!b; })()`, &closed))
	if closed {
		s.must(s.c.WaitFor(s.ctx, "the node properties panel closed", panelClosedJS, step))
	}
	s.must(s.c.Click(s.ctx, `[data-testid="frame"] button[aria-label="zoom-to-fit"]`))
	s.must(s.c.WaitFor(s.ctx, "the end of the zoom's animation", zoomDoneJS, step))
	return s.graph()
}

// panelClosedJS is true once the node properties panel of the newest frame is closed: its button offers to expand
// it, and the drawer beside the button has unmounted its content, which Browser does when the drawer's width
// transition ends (NodeInspectorDrawer: CLOSING, then CLOSED on transitionend).
const panelClosedJS = `(() => {
	const b = document.querySelector('[data-testid="frame"] button[title="Expand the node properties display" i]');
	const drawer = b && b.nextElementSibling;
	return !!b && (!drawer || drawer.childElementCount === 0); })()`

// zoomDoneJS is true once the drawing's zoom has reached its target. Browser's zoom behaviour (d3-zoom) keeps the
// target on the svg (__zoom) at once, and its "zoom" handler animates the transform of the group it draws in (the
// second level of groups) towards it over 400 ms: the animation has ended when that transform is the target.
const zoomDoneJS = `(() => {
	const svg = document.querySelector('[data-testid="frame"] svg.neod3viz');
	const z = svg && svg.__zoom, g = svg && svg.querySelector(':scope > g > g');
	if (!z || !g) return false;
	const t = g.transform.baseVal.consolidate();
	const m = t ? t.matrix : {a: 1, e: 0, f: 0};
	return Math.abs(m.a - z.k) < 1e-3 && Math.abs(m.e - z.x) < 0.5 && Math.abs(m.f - z.y) < 0.5; })()`

// boxJS is a JavaScript expression for the box of the element el (an expression), null while there is none or its
// top left corner is outside the viewport (a scroll to it may start a moment after it is asked for).
func boxJS(el string) string {
	return `(() => { const e = ` + el + `; if (!e) return null; const r = e.getBoundingClientRect();
		if (r.top < 0 || r.left < 0 || r.top >= innerHeight || r.left >= innerWidth) return null;
		return [r.left, r.top, r.width, r.height]; })()`
}

// steady waits until expr, a JavaScript expression, gives the same value (not null) three times in a row 100 ms
// apart, for at most step: an element's box in view once the page around it has stopped scrolling and moving.
func (s *session) steady(what, expr string) {
	s.t.Helper()
	var last string
	for same, deadline := 0, time.Now().Add(step); ; time.Sleep(100 * time.Millisecond) {
		var v json.RawMessage
		s.must(s.c.Eval(s.ctx, expr, &v))
		switch {
		case len(v) == 0:
			same, last = 0, ""
		case string(v) == last:
			same++
		default:
			same, last = 0, string(v)
		}
		if same == 2 {
			return
		}
		if time.Now().After(deadline) {
			s.fail("%s did not stop moving within %v (last %s)", what, step, last)
		}
	}
}

// maxMove is the largest distance a node moved between two readings (infinite when they differ in nodes).
func maxMove(a, b drawing) float64 {
	if len(a.Nodes) != len(b.Nodes) || len(a.Nodes) == 0 {
		return math.Inf(1)
	}
	at := map[string]drawnNode{}
	for _, n := range a.Nodes {
		at[n.Label] = n
	}
	m := 0.0
	for _, n := range b.Nodes {
		o, ok := at[n.Label]
		if !ok {
			return math.Inf(1)
		}
		m = max(m, math.Hypot(n.X-o.X, n.Y-o.Y))
	}
	return m
}

// text is the inner text of the first element matching selector ("" when none does).
func (s *session) text(selector string) string {
	var t string
	_ = s.c.Eval(s.ctx, fmt.Sprintf(`(document.querySelector(%s) || {innerText: ''}).innerText`, jsString(selector)), &t)
	return strings.TrimSpace(t)
}

// jsString is s as a JavaScript string literal.
func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
