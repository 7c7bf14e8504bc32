package browsertest_test

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/png"
	"math"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/demo"
	"github.com/ringleader/ringleader/insights"
	"github.com/ringleader/ringleader/loaders"
	"github.com/ringleader/ringleader/neo4j"
	"github.com/ringleader/ringleader/queries/browser"
	"github.com/ringleader/ringleader/testing/browsertest"
	"github.com/ringleader/ringleader/testing/neo4jtest"
)

func TestMain(m *testing.M) { neo4jtest.Main(m) }

// Viewport of the screenshot, in CSS pixels.
const width, height = 1600, 1000

// ShotEnv names the file the test saves its screenshot to; relative names are relative to the repository root.
// `make browser-png` sets it to docs/browser.png. Unset, the screenshot goes to a temporary file, so that a plain
// test run leaves the tree as it was (the force layout differs on every run).
const ShotEnv = "RINGLEADER_BROWSER_PNG"

// TestNeo4jBrowser is the investigator's path through Neo4j Browser on the demo ring: connect, play Ringleader's
// guide, apply the style and the size labels from the guide's blocks, run the guide's broker query, and check that
// what Browser draws is the query's nodes in the style's colours and sizes.
func TestNeo4jBrowser(t *testing.T) {
	chromium := browsertest.Chromium(t)
	srv := neo4jtest.Start(t)
	srv.Reset(t)
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
	defer cancel()

	scores := loadDemo(t, ctx, srv)
	broker := crossBorderBroker(t)
	styleURL, guideURL := serveBrowserFiles(t)

	c, err := browsertest.Launch(chromium, width, height)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Close() })
	ui := &session{t: t, ctx: ctx, c: c}

	ui.connect(srv)
	ui.dismissBanner()

	// The guide, as an investigator starts it.
	ui.run(":play "+guideURL, "the guide", `f.querySelectorAll('pre.runnable').length > 0`)
	if got := ui.text(`[data-testid="frame"] h3`); got != "Ringleader" {
		t.Fatalf("the guide's first slide is headed %q, want Ringleader", got)
	}

	// Its first block applies the style, its second sets the size labels.
	ui.clickBlock(0, ":style "+styleURL)
	ui.run("", "the style", loaded(`node.RlBetweenness4`))
	ui.clickBlock(1, "MATCH (n:Entity)")
	ui.run("", "the size labels", loaded(`RlBetweenness4`))
	checkSizeLabels(t, ctx, srv, scores)

	// Colour by kind: the broker's own links reach people, cells, phones, vehicles and cases.
	ui.run(fmt.Sprintf(":param broker => '%s'", broker.ID), "the parameter", loaded(`"broker"`))
	ui.run("MATCH (b:Entity {id: $broker})-[r]-(x) RETURN b, r, x", "the broker's links",
		`f.querySelectorAll('svg.neod3viz g.node').length > 0`)
	checkKindColours(t, ctx, srv, ui.graph())

	// The broker's neighbourhood, from the guide's slide for it.
	q := guideQuery(t, "broker-neighbourhood")
	ui.goToSlide(q)
	ui.clickBlock(len(q.Params), firstLine(q.Query))
	ui.run("", "the graph", `f.querySelectorAll('svg.neod3viz g.node').length > 0`)
	ui.fullscreen()
	drawn := ui.settledGraph()

	checkDrawing(t, ctx, srv, drawn, broker, scores)
	saveScreenshot(t, ui)
}

// loadDemo loads the demo ring into an empty database, computes betweenness on the people projection with
// Ringleader's own analytics, and writes it back as rl_betweenness, as `ringleader analyze --write` does.
func loadDemo(t *testing.T, ctx context.Context, srv *neo4jtest.Server) map[string]float64 {
	t.Helper()
	st, err := neo4j.Open(ctx, neo4j.Config{URI: srv.URI, User: srv.User, Password: srv.Password})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	t0 := time.Now()
	sum, err := loaders.LoadFS(ctx, st, demo.Bundle(), loaders.Options{RejectsPath: filepath.Join(t.TempDir(), "rejects.csv")})
	if err != nil {
		t.Fatal(err)
	}
	res, err := insights.New(st).Centrality(ctx, ringleader.AllCases(),
		ringleader.ProjectionOptions{View: ringleader.ViewPeople}, "betweenness", 0)
	if err != nil {
		t.Fatal(err)
	}
	scores := map[string]float64{}
	for _, r := range res.Results {
		scores[r.ID] = r.Score
	}
	n, err := st.WriteScores(ctx, "rl_betweenness", scores)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("demo: %d entities, %d links; rl_betweenness written on %d people (%v)",
		sum.EntitiesCreated, sum.LinksCreated, n, time.Since(t0).Round(time.Millisecond))
	return scores
}

// crossBorderBroker is the demo's planted cross-border coordinator: the ring's three transport and distribution
// cells meet at him, which a picture of his neighbourhood should show.
func crossBorderBroker(t *testing.T) demo.Broker {
	t.Helper()
	for _, b := range demo.Truth().Brokers {
		if strings.Contains(b.Role, "cross-border") {
			return b
		}
	}
	t.Fatal("the demo has no cross-border broker")
	return demo.Broker{}
}

// serveBrowserFiles serves the style and the guide as the API does, and returns their URLs on "localhost": the
// host Browser's default remote-content allowlist ("guides.neo4j.com, localhost") lets it fetch from.
func serveBrowserFiles(t *testing.T) (styleURL, guideURL string) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	hs := &http.Server{Handler: browser.Handler(), ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = hs.Serve(ln) }()
	t.Cleanup(func() { _ = hs.Close() })
	base := fmt.Sprintf("http://localhost:%d", ln.Addr().(*net.TCPAddr).Port)
	return base + browser.StylePath, base + browser.GuidePath
}

func guideQuery(t *testing.T, name string) browser.GuideQuery {
	t.Helper()
	for _, q := range browser.GuideQueries() {
		if q.Name == name {
			return q
		}
	}
	t.Fatalf("the guide has no query %s", name)
	return browser.GuideQuery{}
}

// loaded is the condition that the newest frame's result (not its command line) holds text.
func loaded(text string) string {
	return `(() => { const c = f.querySelector('[data-testid="frameContents"]');
		return !!c && c.innerText.includes(` + jsString(text) + `); })()`
}

func firstLine(s string) string { line, _, _ := strings.Cut(s, "\n"); return line }

// band is the size label of a score, by its share of the highest score: the rule betweenness-sizes.cypher states,
// derived here without Cypher.
func band(score, top float64) string {
	switch share := score / top; {
	case score <= 0:
		return ""
	case share >= 0.5:
		return "RlBetweenness4"
	case share >= 0.2:
		return "RlBetweenness3"
	case share >= 0.05:
		return "RlBetweenness2"
	default:
		return "RlBetweenness1"
	}
}

func topScore(scores map[string]float64) float64 {
	top := 0.0
	for _, s := range scores {
		top = max(top, s)
	}
	return top
}

// checkSizeLabels checks the labels the guide's block set against the bands of the scores.
func checkSizeLabels(t *testing.T, ctx context.Context, srv *neo4jtest.Server, scores map[string]float64) {
	t.Helper()
	rows := cypher(t, ctx, srv, `MATCH (n:Entity) RETURN n.id AS id,
		[l IN labels(n) WHERE l STARTS WITH 'RlBetweenness'] AS sizes`, nil)
	top := topScore(scores)
	counts := map[string]int{}
	for _, r := range rows {
		id, _ := r.Get("id")
		sizes, _ := r.Get("sizes")
		var got string
		switch l := sizes.([]any); len(l) {
		case 0:
		case 1:
			got = l[0].(string)
		default:
			t.Errorf("%s has several size labels: %v", id, l)
		}
		want := band(scores[id.(string)], top)
		if got != want {
			t.Errorf("%s (betweenness %.4g of %.4g): size label %q, want %q", id, scores[id.(string)], top, got, want)
		}
		counts[got]++
	}
	t.Logf("size labels: %v (top betweenness %.4f)", counts, top)
	if counts["RlBetweenness4"] == 0 || counts["RlBetweenness1"] == 0 {
		t.Errorf("the demo should fill the top and bottom size bands: %v", counts)
	}
}

func cypher(t *testing.T, ctx context.Context, srv *neo4jtest.Server, q string, params map[string]any) []*neo4jdrv.Record {
	t.Helper()
	res, err := neo4jdrv.ExecuteQuery(ctx, srv.Driver(t), q, params, neo4jdrv.EagerResultTransformer,
		neo4jdrv.ExecuteQueryWithDatabase("neo4j"))
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return res.Records
}

// drawnNode is a node of Browser's drawing: its internal id (aria-label "graph-node<id>"), the radius and fill of
// its circle, its caption and its place.
type drawnNode struct {
	Label   string  `json:"label"`
	R       float64 `json:"r"`
	Fill    string  `json:"fill"`
	Caption string  `json:"caption"`
	X       float64 `json:"x"`
	Y       float64 `json:"y"`
}

type drawing struct {
	Nodes         []drawnNode `json:"nodes"`
	Relationships int         `json:"relationships"`
	PaidColour    int         `json:"paid"`
}

// internalID is the node id Browser names its drawing's nodes by: the last part of an element id ("4:<db>:<id>").
func internalID(elementID string) string { return elementID[strings.LastIndex(elementID, ":")+1:] }

// checkKindColours checks that each drawn node has its kind's colour, and that the drawing holds several kinds.
func checkKindColours(t *testing.T, ctx context.Context, srv *neo4jtest.Server, d drawing) {
	t.Helper()
	rules := grassRules(t)
	kinds := map[string]string{} // internal id -> kind
	for _, r := range cypher(t, ctx, srv, `MATCH (n:Entity) RETURN n.kind AS kind, elementId(n) AS element`, nil) {
		kind, _ := r.Get("kind")
		element, _ := r.Get("element")
		e := element.(string)
		kinds[internalID(e)] = kind.(string)
	}
	seen := map[string]int{}
	for _, n := range d.Nodes {
		kind, ok := kinds[strings.TrimPrefix(n.Label, "graph-node")]
		if !ok {
			t.Errorf("drawn node %s is no entity", n.Label)
			continue
		}
		seen[kind]++
		if want := rules["node."+kind]["color"]; !strings.EqualFold(n.Fill, want) {
			t.Errorf("%s node %s drawn in %s, want %s", kind, n.Label, n.Fill, want)
		}
	}
	t.Logf("the broker's links: %d nodes by kind %v", len(d.Nodes), seen)
	if len(seen) < 3 {
		t.Errorf("the broker's links reach only the kinds %v; the colour check needs several", seen)
	}
}

// checkDrawing compares Browser's drawing with what the database and the style say it should be: the nodes the
// guide's query returns, every person in the Person colour, each at the diameter of its size band, captioned by
// name.
func checkDrawing(t *testing.T, ctx context.Context, srv *neo4jtest.Server, d drawing, broker demo.Broker, scores map[string]float64) {
	t.Helper()
	rules := grassRules(t)
	rows := cypher(t, ctx, srv, guideQuery(t, "broker-neighbourhood").Query, map[string]any{"broker": broker.ID})
	want := map[string]string{} // internal id (Browser's "graph-node<id>") -> entity id
	for _, r := range rows {
		for _, col := range []string{"broker", "person"} {
			v, _ := r.Get(col)
			n := v.(neo4jdrv.Node)
			want[internalID(n.ElementId)] = n.Props["id"].(string)
		}
	}
	names := map[string]string{}
	for _, r := range cypher(t, ctx, srv, `MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id, n.name AS name`,
		map[string]any{"ids": slices.Collect(mapValues(want))}) {
		id, _ := r.Get("id")
		name, _ := r.Get("name")
		names[id.(string)] = name.(string)
	}

	personFill := rules["node.Person"]["color"]
	top := topScore(scores)
	seen := map[string]bool{}
	bands := map[string]int{}
	for _, n := range d.Nodes {
		internal := strings.TrimPrefix(n.Label, "graph-node")
		id, ok := want[internal]
		if !ok {
			t.Errorf("Browser draws node %s, which the query did not return", n.Label)
			continue
		}
		seen[internal] = true
		if !strings.EqualFold(n.Fill, personFill) {
			t.Errorf("%s drawn in %s, want the Person colour %s", id, n.Fill, personFill)
		}
		b := band(scores[id], top)
		bands[b]++
		diameter := rules["node"]["diameter"]
		if b != "" {
			diameter = rules["node."+b]["diameter"]
		}
		if wantR := px(t, diameter) / 2; math.Abs(n.R-wantR) > 0.01 {
			t.Errorf("%s (band %q) drawn with radius %g, want %g", id, b, n.R, wantR)
		}
		if !captionOf(n.Caption, names[id]) {
			t.Errorf("%s captioned %q, want its name %q", id, n.Caption, names[id])
		}
	}
	if len(seen) != len(want) {
		t.Errorf("Browser draws %d of the query's %d nodes", len(seen), len(want))
	}
	if d.Relationships == 0 || d.PaidColour == 0 {
		t.Errorf("%d relationships drawn, %d in the PAID colour: Browser should connect the result's nodes",
			d.Relationships, d.PaidColour)
	}
	t.Logf("Browser draws %d nodes (size bands %v) and %d relationships (%d payments)",
		len(d.Nodes), bands, d.Relationships, d.PaidColour)
	if bands["RlBetweenness4"] == 0 {
		t.Errorf("no node of the top size band in the broker's neighbourhood: %v", bands)
	}
}

// captionOf reports whether caption is Browser's rendering of name in a node too small for all of it: Browser
// lays the name's words out on lines that fit the circle, leaves out a word that fits on none, and cuts the last
// word it shows (with or without "…"). So the caption starts with the name's first word (or its start), and its
// other words are words of the name in the name's order, the last one possibly cut.
func captionOf(caption, name string) bool {
	got, words := strings.Fields(caption), strings.Fields(name)
	if len(got) == 0 || len(words) == 0 {
		return false
	}
	matches := func(i int, w string) bool {
		c := got[i]
		if cut, ok := strings.CutSuffix(c, "…"); ok || i == len(got)-1 {
			return strings.HasPrefix(w, cut)
		}
		return c == w
	}
	if !matches(0, words[0]) {
		return false
	}
	j := 1
	for i := 1; i < len(got); i++ {
		for j < len(words) && !matches(i, words[j]) {
			j++
		}
		if j == len(words) {
			return false
		}
		j++
	}
	return true
}

func mapValues(m map[string]string) func(func(string) bool) {
	return func(yield func(string) bool) {
		for _, v := range m {
			if !yield(v) {
				return
			}
		}
	}
}

var grassRule = regexp.MustCompile(`(?m)^(\S+) \{\n((?:  .*\n)*)\}`)

// grassRules reads the style sheet's rules (its plain layout: one property a line).
func grassRules(t *testing.T) map[string]map[string]string {
	t.Helper()
	rules := map[string]map[string]string{}
	for _, m := range grassRule.FindAllStringSubmatch(string(browser.Style()), -1) {
		props := map[string]string{}
		for _, line := range strings.Split(strings.TrimSpace(m[2]), "\n") {
			k, v, _ := strings.Cut(strings.TrimSuffix(strings.TrimSpace(line), ";"), ":")
			props[strings.TrimSpace(k)] = strings.Trim(strings.TrimSpace(v), "'")
		}
		rules[m[1]] = props
	}
	if rules["node.Person"]["color"] == "" || rules["node"]["diameter"] == "" {
		t.Fatalf("could not read the style's rules: %v", rules)
	}
	return rules
}

func px(t *testing.T, v string) float64 {
	t.Helper()
	f, err := strconv.ParseFloat(strings.TrimSuffix(v, "px"), 64)
	if err != nil {
		t.Fatalf("size %q: %v", v, err)
	}
	return f
}

// saveScreenshot takes the picture the README shows, checks that it shows a graph in the style's colours, and
// saves it where RINGLEADER_BROWSER_PNG says (else in a temporary file).
func saveScreenshot(t *testing.T, ui *session) {
	t.Helper()
	shot, err := ui.c.Screenshot(ui.ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(shot))
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	if b := img.Bounds(); b.Dx() != width || b.Dy() != height {
		t.Errorf("screenshot is %dx%d, want %dx%d", b.Dx(), b.Dy(), width, height)
	}
	rules := grassRules(t)
	blue := countColour(img, rules["node.Person"]["color"])
	gold := countColour(img, rules["relationship.PAID"]["color"])
	t.Logf("screenshot: %d pixels in the Person colour, %d in the payment colour", blue, gold)
	if blue < 5000 || gold < 100 {
		t.Errorf("the screenshot shows too little of the styled graph (%d Person pixels, %d payment pixels)", blue, gold)
	}
	path := os.Getenv(ShotEnv)
	if path == "" {
		path = filepath.Join(os.TempDir(), "ringleader-browser.png")
	} else if !filepath.IsAbs(path) {
		path = filepath.Join("..", "..", path) // the test runs in testing/browsertest
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, shot, 0o644); err != nil {
		t.Fatal(err)
	}
	abs, _ := filepath.Abs(path)
	t.Logf("screenshot saved to %s (%d bytes)", abs, len(shot))
}

// countColour counts the pixels of img that are the colour #rrggbb.
func countColour(img image.Image, hex string) int {
	v, err := strconv.ParseUint(strings.TrimPrefix(hex, "#"), 16, 32)
	if err != nil {
		return 0
	}
	wr, wg, wb := uint32(v>>16&0xff), uint32(v>>8&0xff), uint32(v&0xff)
	n := 0
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			if r>>8 == wr && g>>8 == wg && bl>>8 == wb {
				n++
			}
		}
	}
	return n
}
