package workbench_test

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io/fs"
	"math"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/api"
	"github.com/ringleader/ringleader/demo"
	"github.com/ringleader/ringleader/loaders"
	"github.com/ringleader/ringleader/sqlite"
	"github.com/ringleader/ringleader/testing/browsertest"
	"github.com/ringleader/ringleader/testing/openapitest"
)

// Viewport of the tests and their screenshots, in CSS pixels: a laptop's.
const width, height = 1440, 900

// ShotEnv names the directory the tests save their screenshots to; `make workbench-png` sets it to docs/. Unset,
// they go to a temporary directory, so that a plain test run leaves the tree as it was (the layout differs on
// every run).
const ShotEnv = "RINGLEADER_WORKBENCH_PNG"

// hostileName is a name that would run script if the page ever set names as HTML.
const hostileName = `<img src=x onerror=alert(1)>`

// served is a bundle in a SQLite store, served by the API and the page, with the bodies of every answer kept
// by token, so that a test can check what a token received.
type served struct {
	store  *sqlite.Store
	srv    *httptest.Server
	tokens map[string]string // name → secret
	truth  demo.GroundTruth

	mu      sync.Mutex
	answers map[string][][]byte // token secret → bodies sent to it
	// down makes every request answer 503, as a server whose store has gone.
	down atomic.Bool
}

func newDemo(t testing.TB) *served {
	t.Helper()
	d := serveBundle(t, demo.Bundle())
	d.truth = demo.Truth()
	// A person whose name is markup, in the drugs case: the page must show it as text.
	if _, err := d.store.Write(context.Background(), &ringleader.Batch{Entities: []ringleader.Entity{{ID: "p-hostile",
		Kind: ringleader.KindPerson, Name: hostileName, Cases: []string{d.truth.DrugsCase}}}}); err != nil {
		t.Fatal(err)
	}
	return d
}

// serveBundle loads a bundle into a fresh SQLite store and serves it, the API and the page.
func serveBundle(t testing.TB, bundle fs.FS) *served {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "demo.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if _, err := loaders.LoadFS(ctx, st, bundle, loaders.Options{}); err != nil {
		t.Fatal(err)
	}
	d := &served{store: st, tokens: map[string]string{}, answers: map[string][][]byte{}}
	// Everything the page asks and the server answers must be what the OpenAPI document says.
	handler := openapitest.Wrap(t, api.NewHandler(api.Deps{Store: st, Tokens: st, Audit: st, StoreKind: "sqlite"}))
	d.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if d.down.Load() {
			w.Header().Set("Content-Type", "application/problem+json")
			w.WriteHeader(http.StatusServiceUnavailable)
			_, _ = w.Write([]byte(`{"type":"about:blank","title":"Service Unavailable","status":503,"detail":"the store does not answer","code":"unavailable"}`))
			return
		}
		rec := &recorder{ResponseWriter: w}
		handler.ServeHTTP(rec, r)
		if tok := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer "); tok != "" {
			d.mu.Lock()
			d.answers[tok] = append(d.answers[tok], rec.body.Bytes())
			d.mu.Unlock()
		}
	}))
	t.Cleanup(d.srv.Close)
	return d
}

type recorder struct {
	http.ResponseWriter
	body bytes.Buffer
}

func (r *recorder) Write(b []byte) (int, error) {
	r.body.Write(b)
	return r.ResponseWriter.Write(b)
}

func (d *served) token(t testing.TB, name string, role ringleader.Role, cases ...string) string {
	t.Helper()
	secret, tok, err := ringleader.NewToken(name, role, len(cases) == 0, cases, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if err := d.store.CreateToken(context.Background(), tok); err != nil {
		t.Fatal(err)
	}
	d.tokens[name] = secret
	return secret
}

// page is one browser tab on the workbench.
type page struct {
	t   testing.TB
	ctx context.Context
	c   *browsertest.Chrome
}

func openPage(t testing.TB, url string) *page {
	t.Helper()
	p := launch(t)
	p.must(p.c.Open(p.ctx, url, width, height))
	p.waitReady()
	return p
}

// launch starts a Chromium with a blank page.
func launch(t testing.TB) *page {
	t.Helper()
	c, err := browsertest.Launch(browsertest.Chromium(t), width, height)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	t.Cleanup(cancel)
	return &page{t: t, ctx: ctx, c: c}
}

func (p *page) must(err error) {
	p.t.Helper()
	if err != nil {
		p.t.Fatalf("%v\nchromium:\n%s", err, tail(p.c.Stderr(), 15))
	}
}

func tail(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}

// wait waits until a JavaScript condition holds.
func (p *page) wait(what, cond string, timeout time.Duration) {
	p.t.Helper()
	if err := p.c.WaitFor(p.ctx, what, cond, timeout); err != nil {
		var lastErr any
		_ = p.c.Eval(p.ctx, `window.__ringleader && window.__ringleader.lastError`, &lastErr)
		p.t.Fatalf("%v (the page's last error: %v)", err, lastErr)
	}
}

func (p *page) waitReady() {
	p.t.Helper()
	p.wait("the first chart", `window.__ringleader && window.__ringleader.isReady`, 2*time.Minute)
}

// settle waits for the layout to stop, so that positions and screenshots are steady.
func (p *page) settle() {
	p.t.Helper()
	p.wait("the layout to settle", `!window.__ringleader.layoutRunning`, 2*time.Minute)
}

func (p *page) eval(expr string, out any) {
	p.t.Helper()
	p.must(p.c.Eval(p.ctx, expr, out))
}

func (p *page) click(testid string) {
	p.t.Helper()
	p.must(p.c.Click(p.ctx, sel(testid)))
}

func sel(testid string) string { return fmt.Sprintf(`[data-testid=%q]`, testid) }

func (p *page) text(selector string) string {
	p.t.Helper()
	var s string
	p.eval(fmt.Sprintf(`(document.querySelector(%q) || {}).textContent || ''`, selector), &s)
	return s
}

// choose picks an option of a select box, as a person does.
func (p *page) choose(testid, value string) {
	p.t.Helper()
	var ok bool
	p.eval(fmt.Sprintf(`(() => { const s = document.querySelector(%q); if (!s || ![...s.options].some(o => o.value === %q)) return false;
		s.value = %q; s.dispatchEvent(new Event('change', {bubbles: true})); return true; })()`, sel(testid), value, value), &ok)
	if !ok {
		p.t.Fatalf("%s has no option %q", testid, value)
	}
}

// search types text in the search box and picks the result with the given id.
func (p *page) search(text, id string) {
	p.t.Helper()
	p.eval(`(() => { const i = document.querySelector('[data-testid="search-input"]'); i.value = '';
		i.dispatchEvent(new Event('input', {bubbles: true})); return true; })()`, nil)
	p.click("search-input")
	p.must(p.c.Type(p.ctx, text))
	result := fmt.Sprintf(`[data-testid="search-result"][data-id=%q]`, id)
	p.wait("search results for "+text, fmt.Sprintf(`document.querySelector(%q)`, result), 20*time.Second)
	p.must(p.c.Click(p.ctx, result))
	p.wait(id+" selected", fmt.Sprintf(`window.__ringleader.selected === %q`, id), 20*time.Second)
}

type node struct {
	ID    string  `json:"id"`
	X     float64 `json:"x"`
	Y     float64 `json:"y"`
	Size  float64 `json:"size"`
	Color string  `json:"color"`
}

func (p *page) nodes() map[string]node {
	p.t.Helper()
	var ns []node
	p.eval(`window.__ringleader.nodes`, &ns)
	out := make(map[string]node, len(ns))
	for _, n := range ns {
		out[n.ID] = n
	}
	return out
}

// shot saves a screenshot of the page under name, in ShotEnv's directory or a temporary one.
func (p *page) shot(name string) {
	p.t.Helper()
	png, err := p.c.Screenshot(p.ctx, nil)
	p.must(err)
	dir := os.Getenv(ShotEnv)
	if dir == "" {
		dir = os.TempDir()
	} else if !filepath.IsAbs(dir) {
		dir = filepath.Join("..", "..", dir) // relative to the repository root
	}
	path := filepath.Join(dir, "workbench-"+name+".png")
	p.must(os.WriteFile(path, png, 0o644))
	p.t.Logf("screenshot %s (%d bytes)", path, len(png))
}

// TestWorkbench is an analyst's session on the demo ring, in the order an analyst works: sign in from the URL the
// demo prints, search an Arabic name by its Latin spelling, expand a neighbourhood, read the top broker's
// explanation, follow the Captagon case to the weapons case, brush a time window, look at the money, save the chart
// and open it again, export it as GEXF.
func TestWorkbench(t *testing.T) {
	d := newDemo(t)
	admin := d.token(t, "demo-admin", ringleader.RoleAdmin)
	p := openPage(t, d.srv.URL+"/#token="+admin)

	t.Run("signed in from the fragment, which leaves the address bar", func(t *testing.T) {
		var hash string
		p.eval(`location.hash`, &hash)
		if strings.Contains(hash, "token") {
			t.Errorf("the token stays in the address bar: %q", hash)
		}
		var stored string
		p.eval(`Object.values(sessionStorage).join(' ')`, &stored)
		if !strings.Contains(stored, admin) {
			t.Error("the token is not kept in sessionStorage")
		}
		if got := p.text(sel("whoami-name")); got != "demo-admin" {
			t.Errorf("signed in as %q", got)
		}
		if n := len(p.nodes()); n < 700 {
			t.Errorf("the demo chart draws %d entities, want the ring's ~780", n)
		}
		p.settle()
		p.shot("demo")
	})

	t.Run("a Latin spelling finds an Arabic name", func(t *testing.T) {
		// يوسف ثامر الفهداوي has no Latin alias in the demo: only transliteration joins the two spellings.
		p.search("Yousef Thamer al-Fahdawi", "p096")
		if got := p.text(sel("panel-name")); got != "يوسف ثامر الفهداوي" {
			t.Errorf("the panel names %q", got)
		}
	})

	t.Run("the top broker's explanation", func(t *testing.T) {
		broker := d.truth.Brokers[0]
		p.search(broker.Name, broker.ID)
		p.wait("the broker explanation", fmt.Sprintf(`document.querySelector(%q) && document.querySelector(%q).textContent.includes('shortest paths')`,
			sel("panel-broker"), sel("panel-broker")), 30*time.Second)
		if got := p.text(sel("panel-broker")); !strings.Contains(got, "%") {
			t.Errorf("the explanation says no share of paths: %q", got)
		}
	})

	t.Run("expand keeps what is drawn in place", func(t *testing.T) {
		p.click("chart-clear")
		p.wait("an empty chart", `window.__ringleader.nodes.length === 0`, 10*time.Second)
		p.search("Abdullah Othman al-Jundy", "p035")
		p.click("panel-expand")
		p.wait("the expand dialog", `document.querySelector('[data-testid="expand-add"]')`, 20*time.Second)
		if c := p.text(sel("expand-count")); !regexp.MustCompile(`\d`).MatchString(c) {
			t.Errorf("the dialog does not say how many links it adds: %q", c)
		}
		p.click("expand-add")
		p.wait("the neighbours", `window.__ringleader.nodes.length > 1`, 20*time.Second)
		before := p.nodes()
		// Then a neighbour's neighbours: what is drawn must stay where it is.
		var next struct{ ID, Label string }
		p.eval(`(() => { const n = window.__ringleader.nodes.find(n => n.id !== 'p035' && n.kind === 'Person');
			return n && {ID: n.id, Label: n.label}; })()`, &next)
		if next.ID == "" {
			t.Fatal("the first expansion drew no person")
		}
		p.search(next.Label, next.ID)
		p.click("panel-expand")
		p.wait("the expand dialog", `document.querySelector('[data-testid="expand-add"]')`, 20*time.Second)
		p.click("expand-add")
		p.wait("more neighbours", fmt.Sprintf(`window.__ringleader.nodes.length > %d`, len(before)), 20*time.Second)
		after := p.nodes()
		for id, n := range before {
			if m := after[id]; m.X != n.X || m.Y != n.Y {
				t.Errorf("%s moved from (%g, %g) to (%g, %g)", id, n.X, n.Y, m.X, m.Y)
			}
		}
	})

	t.Run("the Captagon case and what ties it to the weapons case", func(t *testing.T) {
		p.choose("case-select", d.truth.DrugsCase)
		p.wait("the case links", `document.querySelector('[data-testid="findings-case-links"]')`, time.Minute)
		card := p.text(sel("findings-case-links"))
		if !strings.Contains(card, "weapons") {
			t.Errorf("the case view does not name the weapons case: %q", card)
		}
		var highlighted []string
		p.eval(`(window.__ringleader.highlight || {nodes: []}).nodes`, &highlighted)
		if !slices.Contains(highlighted, d.truth.CaseBroker) {
			t.Errorf("the arms dealer %s, in both cases, is not highlighted (%d highlighted)", d.truth.CaseBroker, len(highlighted))
		}
		p.settle()
		p.shot("case")
		p.click("findings-clear")
		p.choose("case-select", "")
		p.waitReady()
	})

	t.Run("a time window changes the scores", func(t *testing.T) {
		p.choose("size-by", "betweenness")
		p.settle()
		before := p.nodes()
		var box struct{ X, Y, W, H float64 }
		p.eval(`(() => { const r = document.querySelector('[data-testid="timebar-bars"]').getBoundingClientRect();
			return {X: r.left, Y: r.top, W: r.width, H: r.height}; })()`, &box)
		p.must(p.c.Drag(p.ctx, box.X+box.W*0.55, box.Y+box.H/2, box.X+box.W*0.8, box.Y+box.H/2))
		p.wait("the window", `window.__ringleader.window !== null`, 20*time.Second)
		var changed bool
		for deadline := time.Now().Add(time.Minute); !changed && time.Now().Before(deadline); time.Sleep(200 * time.Millisecond) {
			for id, n := range p.nodes() {
				if b, ok := before[id]; ok && b.Size != n.Size {
					changed = true
					break
				}
			}
		}
		if !changed {
			t.Error("no node's size changed with the window")
		}
		p.click("timebar-clear")
		p.wait("no window", `window.__ringleader.window === null`, 20*time.Second)
	})

	t.Run("money: the round trip", func(t *testing.T) {
		p.click("money-cycles")
		p.wait("the round trips", `document.querySelector('[data-testid="cycle-1"]')`, time.Minute)
		var testid string
		p.eval(`(() => { const e = [...document.querySelectorAll('[data-testid^="cycle-"]')].find(e => e.textContent.includes('224,500'));
			return e ? e.dataset.testid : ''; })()`, &testid)
		if testid == "" {
			t.Fatalf("the planted hawala round trip (USD 224,500) is not listed: %q", p.text(sel("findings-cycles")))
		}
		p.click(testid)
		var labels []string
		p.eval(`window.__ringleader.links.filter(l => l.type === 'PAID' && !l.hidden).map(l => l.label)`, &labels)
		if !slices.ContainsFunc(labels, func(l string) bool { return strings.Contains(l, "224,500") && strings.Contains(l, "2026-01-07") }) {
			t.Errorf("no payment is labelled with the amount and date of the round trip's first leg")
		}
		p.shot("money")
		p.click("findings-clear")
	})

	var chartURL string
	t.Run("save the chart and open it again by its address", func(t *testing.T) {
		p.settle()
		drawn := p.nodes()
		p.click("chart-save")
		p.wait("the save dialog", `document.querySelector('[data-testid="chart-name"]')`, 10*time.Second)
		p.eval(`(() => { const i = document.querySelector('[data-testid="chart-name"]'); i.value = 'Demo ring, all cases';
			i.dispatchEvent(new Event('input', {bubbles: true})); return true; })()`, nil)
		p.click("chart-save-confirm")
		p.wait("the chart's address", `location.hash.includes('chart=')`, 20*time.Second)
		var hash string
		p.eval(`location.hash`, &hash)
		// Another analyst's browser: the address with the chart, and a token of that analyst's own.
		chartURL = d.srv.URL + "/#token=" + admin + "&" + strings.TrimPrefix(hash, "#")
		again := openPage(t, chartURL)
		reopened := again.nodes()
		if len(reopened) != len(drawn) {
			t.Errorf("the reopened chart draws %d entities, the saved one %d", len(reopened), len(drawn))
		}
		for id, n := range drawn {
			// Positions are saved to two decimals, which is far finer than a pixel.
			if m, ok := reopened[id]; !ok || math.Abs(m.X-n.X) > 0.01 || math.Abs(m.Y-n.Y) > 0.01 {
				t.Errorf("%s is at (%g, %g), saved at (%g, %g)", id, m.X, m.Y, n.X, n.Y)
				break
			}
		}
	})

	t.Run("export GEXF, read back by graphology-gexf", func(t *testing.T) {
		file := p.download(t, "export-gexf", "*.gexf")
		got := readGEXF(t, file)
		// The file holds the chart as shown: hidden case nodes and links of hidden types stay out.
		var shown struct{ Nodes, Links int }
		p.eval(`(() => { const r = window.__ringleader; const hidden = new Set(r.nodes.filter(n => n.hidden).map(n => n.id));
			return {Nodes: r.nodes.length - hidden.size,
				Links: r.links.filter(l => !l.hidden && !hidden.has(l.source) && !hidden.has(l.target)).length}; })()`, &shown)
		if got.Nodes != shown.Nodes || got.Edges != shown.Links || got.Edges == 0 || got.WithSize != got.Nodes || got.WithColor != got.Nodes {
			t.Errorf("graphology-gexf reads %+v; the chart shows %d entities and %d links", got, shown.Nodes, shown.Links)
		}
	})

	t.Run("export i2 ANX of the whole case, from the server", func(t *testing.T) {
		file := p.download(t, "export-anx", "*.anx")
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		var chart struct {
			XMLName xml.Name
			Items   []struct {
				End *struct {
					Entity struct {
						Identity string `xml:"Identity,attr"`
					} `xml:"Entity"`
				} `xml:"End"`
			} `xml:"ChartItemCollection>ChartItem"`
		}
		if err := xml.Unmarshal(data, &chart); err != nil || chart.XMLName.Local != "Chart" {
			t.Fatalf("the download is not an i2 chart: %v (root %q)", err, chart.XMLName.Local)
		}
		icons := map[string]bool{}
		for _, it := range chart.Items {
			if it.End != nil {
				icons[it.End.Entity.Identity] = true
			}
		}
		// The server writes the whole of the chart's scope: every entity drawn (the chart holds only part of it
		// when entities were collapsed or hidden) is an icon.
		var drawn []string
		p.eval(`window.__ringleader.nodes.filter(n => !n.hidden && !String(n.id).startsWith('community:')).map(n => n.id)`, &drawn)
		if len(drawn) == 0 {
			t.Fatal("nothing drawn")
		}
		for _, id := range drawn {
			if !icons[id] {
				t.Errorf("%s is drawn but not in the ANX chart of %d icons", id, len(icons))
				break
			}
		}
	})

	t.Run("a name that is markup shows as text", func(t *testing.T) {
		p.search("img src", "p-hostile")
		if got := p.text(sel("panel-name")); got != hostileName {
			t.Errorf("the panel shows %q", got)
		}
		var injected int
		p.eval(`document.querySelectorAll('img[src="x"]').length`, &injected)
		if injected > 0 {
			t.Error("the name became an element")
		}
	})
}

// download clicks the button testid and returns the path of the file it downloads, named like pattern.
func (p *page) download(t *testing.T, testid, pattern string) string {
	t.Helper()
	dir := t.TempDir()
	p.must(chromedp.Do(p.c.Context(), chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		_, err := chromedp.Call(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
			Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir})
		return err
	})))
	p.click(testid)
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(200 * time.Millisecond) {
		if m, _ := filepath.Glob(filepath.Join(dir, pattern)); len(m) > 0 {
			return m[0]
		}
	}
	t.Fatalf("%s downloaded no %s file", testid, pattern)
	return ""
}

// gexfRead is what graphology-gexf, Gephi Lite's parser, reads of a GEXF file.
type gexfRead struct {
	Nodes, Edges, WithSize, WithColor int
}

// readGEXF parses a file with graphology-gexf from web/node_modules (installed by make web-deps).
func readGEXF(t *testing.T, path string) gexfRead {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		t.Fatalf("node is needed to read GEXF with graphology-gexf: %v", err)
	}
	web, _ := filepath.Abs(filepath.Join("..", "..", "web"))
	if _, err := os.Stat(filepath.Join(web, "node_modules", "graphology-gexf")); err != nil {
		t.Fatalf("web/node_modules lacks graphology-gexf: run make web-deps (%v)", err)
	}
	script := `
const fs = require('fs');
const Graph = require('graphology');
const gexf = require('graphology-gexf');
const g = gexf.parse(Graph, fs.readFileSync(process.argv[1], 'utf8'), {allowUndeclaredAttributes: true});
let withSize = 0, withColor = 0;
g.forEachNode((_, a) => { if (typeof a.size === 'number') withSize++; if (a.color) withColor++; });
console.log(JSON.stringify({Nodes: g.order, Edges: g.size, WithSize: withSize, WithColor: withColor}));`
	cmd := exec.Command(node, "-e", script, path)
	cmd.Dir = web
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("graphology-gexf cannot read the export: %v\n%s", err, out)
	}
	var r gexfRead
	if err := json.Unmarshal(bytes.TrimSpace(out), &r); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	return r
}

// TestWorkbenchCompartment signs in with a token cleared for the weapons case only: nothing the page receives or
// draws names an entity outside it.
func TestWorkbenchCompartment(t *testing.T) {
	d := newDemo(t)
	weapons := d.token(t, "weapons-desk", ringleader.RoleAnalyst, d.truth.WeaponsCase)
	p := openPage(t, d.srv.URL+"/#token="+weapons)
	p.settle()
	all, err := d.store.Network(context.Background(), ringleader.AllCases(), ringleader.NetworkFilter{})
	if err != nil {
		t.Fatal(err)
	}
	scope := ringleader.CasesScope(d.truth.WeaponsCase)
	var hidden []string
	visible := map[string]bool{}
	for _, e := range all.Entities {
		if scope.SeesEntity(&e) {
			visible[e.ID] = true
		} else {
			hidden = append(hidden, e.ID)
		}
	}
	drawn := p.nodes()
	if len(drawn) == 0 {
		t.Fatal("the weapons desk sees an empty chart")
	}
	for id := range drawn {
		if !visible[id] && !strings.HasPrefix(id, "community:") {
			t.Errorf("the page draws %s, outside the weapons case", id)
		}
	}
	// Use the page as an analyst would, then read everything the server sent this token.
	p.click("chart-clear")
	p.search("Yousef Thamer al-Fahdawi", d.truth.CaseBroker) // the arms dealer, in the weapons case too
	p.click("panel-expand")
	p.wait("the expand dialog", `document.querySelector('[data-testid="expand-add"]')`, 20*time.Second)
	p.click("expand-add")
	p.choose("colour-by", "community")
	p.choose("size-by", "betweenness")
	p.click("money-cycles")
	p.choose("case-select", d.truth.WeaponsCase)
	p.wait("the case links", `document.querySelector('[data-testid="findings-case-links"]')`, time.Minute)
	p.settle()
	d.mu.Lock()
	bodies := d.answers[weapons]
	d.mu.Unlock()
	if len(bodies) < 8 {
		t.Fatalf("the page made %d API calls: the test exercised little", len(bodies))
	}
	for _, body := range bodies {
		for _, id := range hidden {
			if bytes.Contains(body, []byte(`"`+id+`"`)) {
				t.Errorf("the server sent the weapons desk %s, outside its case: %.200s", id, body)
			}
		}
		for _, c := range []string{d.truth.DrugsCase, d.truth.MoneyCase} {
			if bytes.Contains(body, []byte(c)) {
				t.Errorf("the server sent the weapons desk the id of case %s: %.200s", c, body)
			}
		}
	}
}

// TestWorkbenchBadInput checks what an analyst sees when things go wrong: no token asks for one; an unknown chart
// says so like any hidden object; a revoked token ends the session with a clear message; a server that stops
// answering shows a message, never a blank page.
func TestWorkbenchBadInput(t *testing.T) {
	d := newDemo(t)
	token := d.token(t, "desk", ringleader.RoleAnalyst)

	t.Run("no token asks for one", func(t *testing.T) {
		c, err := browsertest.Launch(browsertest.Chromium(t), width, height)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		p := &page{t: t, ctx: context.Background(), c: c}
		p.must(c.Open(p.ctx, d.srv.URL+"/", width, height))
		p.wait("the sign-in box", `document.querySelector('[data-testid="signin-token"]') && document.querySelector('#app').dataset.state === 'signin'`, time.Minute)
		p.click("signin-token")
		p.must(c.Type(p.ctx, "not-a-token"))
		p.click("signin-submit")
		p.wait("a refusal", `(document.querySelector('[data-testid="signin-error"]') || {}).textContent`, 10*time.Second)
	})

	p := openPage(t, d.srv.URL+"/#token="+token+"&chart=ch_nothing")
	t.Run("an unknown chart answers like a hidden one", func(t *testing.T) {
		var msg string
		p.eval(`window.__ringleader.lastError || ''`, &msg)
		if !strings.Contains(msg, "not found") {
			t.Errorf("opening an unknown chart says %q", msg)
		}
	})

	t.Run("a revoked token ends the session", func(t *testing.T) {
		if err := d.store.RevokeToken(context.Background(), "desk", time.Now()); err != nil {
			t.Fatal(err)
		}
		p.choose("size-by", "closeness") // any call to the API
		p.wait("the sign-in box", `document.querySelector('#app').dataset.state === 'signin'`, 30*time.Second)
		box := p.text(sel("signin"))
		if !strings.Contains(strings.ToLower(box), "session") && !strings.Contains(strings.ToLower(box), "token") {
			t.Errorf("the sign-in box does not say why: %q", box)
		}
		var stored string
		p.eval(`Object.values(sessionStorage).join(' ')`, &stored)
		if strings.Contains(stored, token) {
			t.Error("the revoked token is still kept")
		}
	})

	t.Run("a server that stops answering", func(t *testing.T) {
		fresh := d.token(t, "desk-2", ringleader.RoleAnalyst)
		q := openPage(t, d.srv.URL+"/#token="+fresh)
		d.down.Store(true)
		// A search asks the server each time; its answer shows under the box.
		q.click("search-input")
		q.must(q.c.Type(q.ctx, "Khalil"))
		q.wait("the search's message", `(document.querySelector('[data-testid="search-results"]') || {}).textContent.includes('does not answer')`, 30*time.Second)
		// A chart action shows its failure as a message over the chart.
		q.click("keyplayers-run")
		q.wait("a message", `(document.querySelector('[data-testid="toast-error"]') || {}).textContent`, 30*time.Second)
		if msg := q.text(sel("toast-error")); !strings.Contains(msg, "does not answer") {
			t.Errorf("a 503 shows as %q", msg)
		}
		if n := len(q.nodes()); n == 0 {
			t.Error("the chart went blank")
		}
	})
}
