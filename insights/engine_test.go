package insights_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/demo"
	"github.com/ringleader/ringleader/insights"
	"github.com/ringleader/ringleader/loaders"
	"github.com/ringleader/ringleader/testing/fixtures"
)

// memReader is a real fake NetworkReader over a fixed network, counting reads.
type memReader struct {
	mu      sync.Mutex
	net     *ringleader.Network
	version int64
	reads   atomic.Int64
	fail    error
}

func (m *memReader) Network(_ context.Context, scope ringleader.Scope, f ringleader.NetworkFilter) (*ringleader.Network, error) {
	m.reads.Add(1)
	if m.fail != nil {
		return nil, m.fail
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	return ringleader.FilterNetwork(m.net, scope, f), nil
}

func (m *memReader) Counts(_ context.Context, scope ringleader.Scope) (ringleader.Counts, error) {
	if m.fail != nil {
		return ringleader.Counts{}, m.fail
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	net := ringleader.FilterNetwork(m.net, scope, ringleader.NetworkFilter{})
	c := ringleader.Counts{Entities: map[ringleader.Kind]int{}, Links: map[ringleader.LinkType]int{}}
	for _, e := range net.Entities {
		c.Entities[e.Kind]++
	}
	for _, l := range net.Links {
		c.Links[l.Type]++
	}
	return c, nil
}

func (m *memReader) Version(context.Context) (int64, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.version, nil
}

func person(id, name string, cases ...string) ringleader.Entity {
	return ringleader.Entity{ID: id, Kind: ringleader.KindPerson, Name: name, Cases: cases}
}

func meeting(a, b string, cases ...string) ringleader.Link {
	return ringleader.Link{Type: ringleader.LinkAssociate, Subtype: ringleader.AssocMeeting, Source: a, Target: b, Cases: cases}
}

// ring: two triangles (a,b,c) and (d,e,f) joined through c–x–d, where x is in both
// cases and also the only contact of z; y holds a phone with a, so y–a is a derived tie
// in the people view.
func ring() *ringleader.Network {
	return &ringleader.Network{
		Entities: []ringleader.Entity{
			person("a", "Ahmad", "D"), person("b", "Bilal", "D"), person("c", "Cemal", "D"),
			person("x", "Abu Khalil", "D", "W"),
			person("d", "Dawud", "W"), person("e", "Eyad", "W"), person("f", "Fadi", "W"),
			person("y", "Yasin", "D"), person("z", "Zaid", "W"),
			{ID: "phone:+963944000001", Kind: ringleader.KindPhone, Name: "+963944000001", Cases: []string{"D"}},
			{ID: "D", Kind: ringleader.KindCase, Name: "Homs Captagon", Cases: []string{"D"}, Props: map[string]string{"type": "drugs"}},
			{ID: "W", Kind: ringleader.KindCase, Name: "Anbar weapons", Cases: []string{"W"}, Props: map[string]string{"type": "weapons"}},
		},
		Links: []ringleader.Link{
			meeting("a", "b"), meeting("b", "c"), meeting("a", "c"), meeting("c", "x"),
			meeting("x", "d"), meeting("d", "e"), meeting("e", "f"), meeting("d", "f"), meeting("x", "z"),
			{Type: ringleader.LinkHolds, Source: "a", Target: "phone:+963944000001"},
			{Type: ringleader.LinkHolds, Source: "y", Target: "phone:+963944000001"},
		},
	}
}

func TestCentralityRanksTheBridge(t *testing.T) {
	r := &memReader{net: ring(), version: 1}
	e := insights.New(r)
	res, err := e.Centrality(context.Background(), ringleader.AllCases(), ringleader.ProjectionOptions{}, "betweenness", 3)
	if err != nil {
		t.Fatal(err)
	}
	if res.Nodes != 9 || res.Links != 10 || len(res.Results) != 3 {
		t.Fatalf("got %d nodes, %d links, %d results; want 9, 10, 3", res.Nodes, res.Links, len(res.Results))
	}
	if res.Results[0].ID != "x" || res.Results[0].Rank != 1 {
		t.Errorf("top broker = %+v, want x", res.Results[0])
	}
	if !strings.Contains(res.Results[0].Explanation, "shortest paths") {
		t.Errorf("explanation %q does not explain betweenness", res.Results[0].Explanation)
	}
	for i := 1; i < len(res.Results); i++ {
		a, b := res.Results[i-1], res.Results[i]
		if a.Score < b.Score || (a.Score == b.Score && a.ID > b.ID) {
			t.Errorf("results not sorted by score then id: %+v before %+v", a, b)
		}
	}
}

func TestCachePerVersionAndScope(t *testing.T) {
	r := &memReader{net: ring(), version: 1}
	e := insights.New(r)
	ctx := context.Background()
	opt := ringleader.ProjectionOptions{}
	for range 3 {
		if _, err := e.Centrality(ctx, ringleader.AllCases(), opt, "pagerank", 0); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := e.Centrality(ctx, ringleader.AllCases(), opt, "degree", 0); err != nil {
		t.Fatal(err)
	}
	if got := r.reads.Load(); got != 1 {
		t.Errorf("store read %d times for one version, want 1", got)
	}
	if _, err := e.Centrality(ctx, ringleader.CasesScope("W"), opt, "degree", 0); err != nil {
		t.Fatal(err)
	}
	r.mu.Lock()
	r.version = 2
	r.mu.Unlock()
	if _, err := e.Centrality(ctx, ringleader.AllCases(), opt, "degree", 0); err != nil {
		t.Fatal(err)
	}
	if got := r.reads.Load(); got != 3 {
		t.Errorf("store read %d times, want 3 (one per scope and version)", got)
	}
}

func TestScopedCentralityOnlySeesTheScope(t *testing.T) {
	e := insights.New(&memReader{net: ring(), version: 1})
	res, err := e.Centrality(context.Background(), ringleader.CasesScope("W"), ringleader.ProjectionOptions{}, "degree", 0)
	if err != nil {
		t.Fatal(err)
	}
	if res.Nodes != 5 {
		t.Errorf("weapons scope has %d nodes, want 5 (x, d, e, f, z)", res.Nodes)
	}
	for _, s := range res.Results {
		if s.ID == "a" || s.ID == "y" {
			t.Errorf("scope W leaked %s", s.ID)
		}
	}
}

func TestErrors(t *testing.T) {
	ctx := context.Background()
	e := insights.New(&memReader{net: ring(), version: 1})
	tests := []struct {
		name string
		call func() error
		code string
	}{
		{"unknown measure", func() error {
			_, err := e.Centrality(ctx, ringleader.AllCases(), ringleader.ProjectionOptions{}, "charisma", 5)
			return err
		}, ringleader.EINVALID},
		{"bad view", func() error {
			_, err := e.Centrality(ctx, ringleader.AllCases(), ringleader.ProjectionOptions{View: "all"}, "degree", 5)
			return err
		}, ringleader.EINVALID},
		{"path from hidden entity", func() error {
			_, err := e.Paths(ctx, ringleader.CasesScope("W"), ringleader.ProjectionOptions{}, "a", "d", 1)
			return err
		}, ringleader.ENOTFOUND},
		{"path k too large", func() error {
			_, err := e.Paths(ctx, ringleader.AllCases(), ringleader.ProjectionOptions{}, "a", "d", 99)
			return err
		}, ringleader.EINVALID},
		{"bad resolution", func() error {
			_, err := e.Communities(ctx, ringleader.AllCases(), ringleader.ProjectionOptions{}, insights.CommunityOptions{Resolution: 0, Seed: 1})
			return err
		}, ringleader.EINVALID},
		{"unknown community method", func() error {
			_, err := e.Communities(ctx, ringleader.AllCases(), ringleader.ProjectionOptions{}, insights.CommunityOptions{Method: "infomap", Resolution: 1})
			return err
		}, ringleader.EINVALID},
		{"unknown objective", func() error {
			_, err := e.Communities(ctx, ringleader.AllCases(), ringleader.ProjectionOptions{}, insights.CommunityOptions{Objective: "surprise", Resolution: 1})
			return err
		}, ringleader.EINVALID},
		{"CPM with Louvain", func() error {
			_, err := e.Communities(ctx, ringleader.AllCases(), ringleader.ProjectionOptions{}, insights.CommunityOptions{Method: "louvain", Objective: "cpm", Resolution: 0.1})
			return err
		}, ringleader.EINVALID},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ringleader.ErrorCode(tt.call()); got != tt.code {
				t.Errorf("code = %q, want %q", got, tt.code)
			}
		})
	}
	broken := insights.New(&memReader{net: ring(), fail: errors.New("disk on fire")})
	if _, err := broken.Centrality(ctx, ringleader.AllCases(), ringleader.ProjectionOptions{}, "degree", 1); err == nil {
		t.Error("a store failure must surface")
	}
}

func TestPathsShowLinksAndSharedEntities(t *testing.T) {
	e := insights.New(&memReader{net: ring(), version: 1})
	res, err := e.Paths(context.Background(), ringleader.AllCases(), ringleader.ProjectionOptions{View: ringleader.ViewPeople}, "y", "d", 2)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Paths) == 0 {
		t.Fatal("no path from y to d")
	}
	p := res.Paths[0]
	var ids []string
	for _, m := range p.Entities {
		ids = append(ids, m.ID)
	}
	if got := strings.Join(ids, ">"); got != "y>a>c>x>d" {
		t.Fatalf("shortest path = %s, want y>a>c>x>d", got)
	}
	if len(p.Hops[0].Links) != 0 || len(p.Hops[0].Via) != 1 || p.Hops[0].Via[0].Kind != ringleader.KindPhone {
		t.Errorf("hop y–a should be explained by the shared phone, got %+v", p.Hops[0])
	}
	if len(p.Hops[1].Links) != 1 || p.Hops[1].Links[0].Subtype != "meeting" {
		t.Errorf("hop a–c should carry the meeting link, got %+v", p.Hops[1])
	}
	full, err := e.Paths(context.Background(), ringleader.AllCases(), ringleader.ProjectionOptions{}, "y", "a", 1)
	if err != nil {
		t.Fatal(err)
	}
	if full.View != ringleader.ViewFull || full.Paths[0].Length != 2 {
		t.Errorf("full view path y→a = %+v, want length 2 through the phone", full.Paths)
	}
}

func TestCommunitiesAndBridges(t *testing.T) {
	e := insights.New(&memReader{net: ring(), version: 1})
	ctx := context.Background()
	res, err := e.Communities(ctx, ringleader.AllCases(), ringleader.ProjectionOptions{}, insights.CommunityOptions{Resolution: 1, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	if res.Count < 2 || res.Modularity <= 0.2 {
		t.Errorf("two triangles should split into >= 2 communities with Q > 0.2, got %d, Q=%.3f", res.Count, res.Modularity)
	}
	total := 0
	for _, c := range res.Communities {
		total += c.Size
		if c.Label == "" || len(c.Core) == 0 {
			t.Errorf("community %d has no label or core", c.ID)
		}
	}
	if total != 9 {
		t.Errorf("communities cover %d people, want 9", total)
	}
	bridges, err := e.CaseBridges(ctx, ringleader.AllCases())
	if err != nil {
		t.Fatal(err)
	}
	if len(bridges) != 1 || bridges[0].ID != "x" || bridges[0].CaseTypes != 2 || bridges[0].BetweennessRank != 1 {
		t.Fatalf("bridges = %+v, want x spanning drugs and weapons, ranked 1st", bridges)
	}
	if want := "appears in D (drugs) and W (weapons); ranks 1st by betweenness"; bridges[0].Explanation != want {
		t.Errorf("explanation = %q, want %q", bridges[0].Explanation, want)
	}
}

// slowReader is a memReader whose Network waits until released, honouring its context as a store does.
type slowReader struct {
	memReader
	release chan struct{}
	started chan struct{}
}

func (s *slowReader) Network(ctx context.Context, scope ringleader.Scope, f ringleader.NetworkFilter) (*ringleader.Network, error) {
	close(s.started)
	select {
	case <-s.release:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	return s.memReader.Network(ctx, scope, f)
}

// TestSharedComputationOutlivesACancelledCaller: two clients ask for the same ranking; the one whose request
// started the computation gives up; the other still gets its answer.
func TestSharedComputationOutlivesACancelledCaller(t *testing.T) {
	st := &slowReader{memReader: memReader{net: ring()}, release: make(chan struct{}), started: make(chan struct{})}
	e := insights.New(st)
	first, cancel := context.WithCancel(context.Background())
	firstErr := make(chan error, 1)
	go func() {
		_, err := e.Centrality(first, ringleader.AllCases(), ringleader.ProjectionOptions{}, "betweenness", 0)
		firstErr <- err
	}()
	<-st.started
	second := make(chan error, 1)
	go func() {
		res, err := e.Centrality(context.Background(), ringleader.AllCases(), ringleader.ProjectionOptions{}, "betweenness", 0)
		if err == nil && len(res.Results) == 0 {
			err = errors.New("no results")
		}
		second <- err
	}()
	cancel()
	if err := <-firstErr; !errors.Is(err, context.Canceled) {
		t.Errorf("the cancelled caller got %v, want context.Canceled", err)
	}
	close(st.release)
	if err := <-second; err != nil {
		t.Errorf("the other caller got %v: one client's cancel failed it", err)
	}
}

// TestDegreeExplanations checks that a degree ranking says what it counted: ties unweighted, the sum of their
// weights weighted (graph.Strength). In the ring, x meets c, d and z; the c–x meeting weighs 5 here.
func TestDegreeExplanations(t *testing.T) {
	net := ring()
	for i, l := range net.Links {
		if l.Source == "c" && l.Target == "x" {
			net.Links[i].Weight = 5
		}
	}
	tests := []struct {
		name  string
		opt   ringleader.ProjectionOptions
		score float64
		words string
	}{
		{"unweighted", ringleader.ProjectionOptions{}, 3.0 / 8, "tied directly to 3 of the 8 others"},
		{"weighted", ringleader.ProjectionOptions{Weighted: true}, 7.0 / 8, "ties weighing 7 in all (calls, meetings, ...)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := insights.New(&memReader{net: net, version: 1}).Centrality(context.Background(), ringleader.AllCases(), tt.opt, "degree", 0)
			if err != nil {
				t.Fatal(err)
			}
			i := slices.IndexFunc(res.Results, func(r insights.Score) bool { return r.ID == "x" })
			if i < 0 {
				t.Fatalf("x is not ranked: %+v", res.Results)
			}
			if r := res.Results[i]; r.Score != tt.score || r.Explanation != tt.words {
				t.Errorf("x: %v, %q; want %v, %q", r.Score, r.Explanation, tt.score, tt.words)
			}
		})
	}
}

// TestCommunityMethods runs each method and objective on the demo network: the result
// says which it is, Leiden's communities are each connected, Quality is Q for
// modularity, and each choice is cached apart (a second call returns the same answer).
func TestCommunityMethods(t *testing.T) {
	batch, _, _, err := loaders.ReadBundle(context.Background(), demo.Bundle(), nil, loaders.Options{})
	if err != nil {
		t.Fatal(err)
	}
	e := insights.New(&memReader{net: &ringleader.Network{Entities: batch.Entities, Links: batch.Links}, version: 1})
	ctx := context.Background()
	all := ringleader.AllCases()
	p, err := e.Project(ctx, all, ringleader.ProjectionOptions{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name                 string
		opt                  insights.CommunityOptions
		algorithm, objective string
	}{
		{"default", insights.CommunityOptions{Resolution: 1, Seed: 42}, "leiden", "modularity"},
		{"leiden", insights.DefaultCommunityOptions(), "leiden", "modularity"},
		{"louvain", insights.CommunityOptions{Method: "louvain", Resolution: 1, Seed: 42}, "louvain", "modularity"},
		{"leiden, CPM", insights.CommunityOptions{Objective: "cpm", Resolution: 0.1, Seed: 42}, "leiden", "cpm"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := e.Communities(ctx, all, ringleader.ProjectionOptions{}, tt.opt)
			if err != nil {
				t.Fatal(err)
			}
			if res.Algorithm != tt.algorithm || res.Objective != tt.objective {
				t.Errorf("algorithm, objective = %s, %s; want %s, %s", res.Algorithm, res.Objective, tt.algorithm, tt.objective)
			}
			if tt.objective == "modularity" && res.Quality != res.Modularity {
				t.Errorf("quality %v, modularity %v: want equal", res.Quality, res.Modularity)
			}
			if tt.objective == "cpm" && res.Quality <= 0 {
				t.Errorf("CPM quality %v: a partition into singletons has 0", res.Quality)
			}
			again, err := e.Communities(ctx, all, ringleader.ProjectionOptions{}, tt.opt)
			if err != nil || again != res {
				t.Errorf("a second call computed again (err %v)", err)
			}
			if tt.algorithm != "leiden" {
				return
			}
			for _, c := range res.Communities {
				in := map[string]bool{}
				for _, id := range c.Members {
					in[id] = true
				}
				reached := map[string]bool{c.Members[0]: true}
				queue := []string{c.Members[0]}
				for len(queue) > 0 {
					u, _ := p.Graph.Index(queue[0])
					queue = queue[1:]
					for _, v := range p.Graph.Neighbours(u) {
						if id := p.Graph.NodeID(v); in[id] && !reached[id] {
							reached[id] = true
							queue = append(queue, id)
						}
					}
				}
				if len(reached) != c.Size {
					t.Errorf("community %d: %d of its %d members reached from %s", c.ID, len(reached), c.Size, c.Members[0])
				}
			}
			t.Logf("%d communities, Q %.4f, quality %.4g", res.Count, res.Modularity, res.Quality)
		})
	}
}

// TestMinCore checks that min_core keeps the ring's 2-core in every answer built on the
// projection: rankings, communities and the drawing, which draws the core's people and
// the links among them. The 2-core is the two triangles and x, who keeps two ties
// (c and d) once z, tied to x alone, and y, tied to a alone, are gone.
func TestMinCore(t *testing.T) {
	e := insights.New(&memReader{net: ring(), version: 1})
	ctx := context.Background()
	all := ringleader.AllCases()
	core := ringleader.ProjectionOptions{MinCore: 2}
	want := []string{"a", "b", "c", "d", "e", "f", "x"}
	var got []string
	res, err := e.Centrality(ctx, all, core, "core", 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res.Results {
		got = append(got, r.ID)
		if r.Score != 2 {
			t.Errorf("%s: core number %v in the 2-core, want 2", r.ID, r.Score)
		}
	}
	slices.Sort(got)
	if !slices.Equal(got, want) || res.MinCore != 2 || res.Nodes != 7 {
		t.Errorf("ranked %v (min_core %d, %d nodes); want %v", got, res.MinCore, res.Nodes, want)
	}
	comms, err := e.Communities(ctx, all, core, insights.DefaultCommunityOptions())
	if err != nil {
		t.Fatal(err)
	}
	if comms.Count != 2 || comms.Communities[0].Size+comms.Communities[1].Size != 7 {
		t.Errorf("communities of the 2-core: %+v, want the two triangles, one with x", comms.Communities)
	}
	d, err := e.Draw(ctx, all, core, insights.DrawingRequest{})
	if err != nil {
		t.Fatal(err)
	}
	got = got[:0]
	for _, ent := range d.Entities {
		got = append(got, ent.ID)
	}
	slices.Sort(got)
	if !slices.Equal(got, want) || len(d.Links) != 8 {
		t.Errorf("drawn %v and %d links, want %v and their 8 meetings", got, len(d.Links), want)
	}
}

// blockingReader is a memReader whose Network blocks until its context ends, as a long store read does, and
// reports that it ended.
type blockingReader struct {
	memReader
	started, stopped chan struct{}
}

func newBlockingReader() *blockingReader {
	return &blockingReader{memReader: memReader{net: ring(), version: 1}, started: make(chan struct{}), stopped: make(chan struct{})}
}

func (b *blockingReader) Network(ctx context.Context, scope ringleader.Scope, f ringleader.NetworkFilter) (*ringleader.Network, error) {
	close(b.started)
	<-ctx.Done()
	close(b.stopped)
	return nil, ctx.Err()
}

// waitFor fails the test unless ch closes within a few seconds.
func waitFor(t *testing.T, ch <-chan struct{}, what string) {
	t.Helper()
	select {
	case <-ch:
	case <-time.After(5 * time.Second):
		t.Fatalf("%s: not within 5 s", what)
	}
}

// TestLastCallerGoneStopsTheComputation: a computation that no caller waits for any longer is cancelled (a client
// that disconnects, a Ctrl-C), so that it does not run on for no one; one that others still wait for goes on
// (TestSharedComputationOutlivesACancelledCaller).
func TestLastCallerGoneStopsTheComputation(t *testing.T) {
	st := newBlockingReader()
	e := insights.New(st)
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() {
		_, err := e.Centrality(ctx, ringleader.AllCases(), ringleader.ProjectionOptions{}, "betweenness", 0)
		errc <- err
	}()
	waitFor(t, st.started, "the store read")
	cancel()
	if err := <-errc; !errors.Is(err, context.Canceled) {
		t.Errorf("the caller got %v, want context.Canceled", err)
	}
	waitFor(t, st.stopped, "the store read's cancellation")
}

// TestAnalysisTimeout: past Limits.Timeout, or past the deadline of the caller's context (the API's), the
// computation stops and the caller gets ETIMEOUT with what to do about it.
func TestAnalysisTimeout(t *testing.T) {
	tests := []struct {
		name    string
		limits  insights.Limits
		timeout time.Duration // of the caller's context; 0: none
	}{
		{"engine's limit", insights.Limits{Timeout: 50 * time.Millisecond}, 0},
		{"caller's deadline", insights.Limits{}, 50 * time.Millisecond},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := newBlockingReader()
			e := insights.NewBounded(st, tt.limits)
			ctx := context.Background()
			if tt.timeout > 0 {
				var cancel context.CancelFunc
				ctx, cancel = context.WithTimeout(ctx, tt.timeout)
				defer cancel()
			}
			_, err := e.Centrality(ctx, ringleader.AllCases(), ringleader.ProjectionOptions{}, "betweenness", 0)
			if code := ringleader.ErrorCode(err); code != ringleader.ETIMEOUT {
				t.Fatalf("error %v (code %q), want ETIMEOUT", err, code)
			}
			msg := ringleader.ErrorMessage(err)
			for _, want := range []string{"--analysis-timeout", "epsilon", "--engine gds"} {
				if !strings.Contains(msg, want) {
					t.Errorf("message %q does not say %q", msg, want)
				}
			}
			waitFor(t, st.stopped, "the store read's cancellation")
		})
	}
}

// TestProjectionsShareOneRead: projections that differ in view, link types, direction, weights or min_core are
// built from one read of the store; a case, a time window or resolution is another read.
func TestProjectionsShareOneRead(t *testing.T) {
	r := &memReader{net: ring(), version: 1}
	e := insights.New(r)
	ctx := context.Background()
	all := ringleader.AllCases()
	same := []ringleader.ProjectionOptions{{}, {Directed: true}, {Weighted: true},
		{Weighted: true, WeightAs: ringleader.WeightDistance}, {View: ringleader.ViewFull}, {Types: []string{"meeting"}},
		{MinCore: 2}, {Directed: true, Weighted: true, View: ringleader.ViewFull}}
	for _, opt := range same {
		if _, err := e.Centrality(ctx, all, opt, "degree", 0); err != nil {
			t.Fatal(err)
		}
	}
	if n := r.reads.Load(); n != 1 {
		t.Errorf("%d projections read the store %d times, want once", len(same), n)
	}
	// The answers are those of projections read each on their own.
	for _, opt := range same {
		got, _ := e.Centrality(ctx, all, opt, "degree", 0)
		want, err := insights.New(&memReader{net: ring(), version: 1}).Centrality(ctx, all, opt, "degree", 0)
		if err != nil || !slices.Equal(got.Results, want.Results) {
			t.Errorf("%+v: %+v, want %+v (%v)", opt, got.Results, want.Results, err)
		}
	}
	for _, opt := range []ringleader.ProjectionOptions{{Case: "D"}, {From: "2025-01-01"}, {Resolved: true}} {
		if _, err := e.Centrality(ctx, all, opt, "degree", 0); err != nil {
			t.Fatal(err)
		}
	}
	if n := r.reads.Load(); n != 4 {
		t.Errorf("a case, a window and resolution: %d reads in all, want 4", n)
	}
}

// TestTooLargeRefusedBeforeReading: a network whose estimate is above the memory budget is refused with
// ETOOLARGE, and a message that says what to do, before the store is read.
func TestTooLargeRefusedBeforeReading(t *testing.T) {
	r := &memReader{net: ring(), version: 1}
	net := ring()
	budget := insights.EstimateBytes(len(net.Entities), len(net.Links)) - 1
	e := insights.NewBounded(r, insights.Limits{MemoryBudget: budget})
	_, err := e.Centrality(context.Background(), ringleader.AllCases(), ringleader.ProjectionOptions{}, "degree", 0)
	if code := ringleader.ErrorCode(err); code != ringleader.ETOOLARGE {
		t.Fatalf("error %v (code %q), want ETOOLARGE", err, code)
	}
	msg := ringleader.ErrorMessage(err)
	for _, want := range []string{"12 entities and 11 links", "--memory-budget", "epsilon", "--engine gds"} {
		if !strings.Contains(msg, want) {
			t.Errorf("message %q does not say %q", msg, want)
		}
	}
	if n := r.reads.Load(); n != 0 {
		t.Errorf("the store was read %d times", n)
	}
	// One case of it fits.
	if _, err := e.Centrality(context.Background(), ringleader.AllCases(), ringleader.ProjectionOptions{Case: "W"}, "degree", 0); err != nil {
		t.Errorf("case W: %v", err)
	}
}

// TestCacheStaysWithinBudget asks a bounded engine for many distinct analyses of a generated network: the cache's
// measured bytes never exceed the budget, it evicts to stay there, and every answer equals an unbounded engine's.
func TestCacheStaysWithinBudget(t *testing.T) {
	net := fixtures.SyntheticNetwork(2000, 8, 3)
	for i := range net.Links {
		net.Links[i].FirstSeen = fmt.Sprintf("2025-%02d-01", 1+i%12)
	}
	one, err := insights.New(&memReader{net: net, version: 1}).Project(context.Background(), ringleader.AllCases(), ringleader.ProjectionOptions{})
	if err != nil {
		t.Fatal(err)
	}
	// Room for about two networks with a projection each.
	budget := 2 * (insights.EstimateBytes(len(one.Network.Entities), len(one.Network.Links)))
	e := insights.NewBounded(&memReader{net: net, version: 1}, insights.Limits{MemoryBudget: budget})
	ref := insights.New(&memReader{net: net, version: 1})
	ctx := context.Background()
	all := ringleader.AllCases()
	var opts []ringleader.ProjectionOptions
	for m := 1; m <= 12; m += 3 {
		from := fmt.Sprintf("2025-%02d-01", m)
		opts = append(opts, ringleader.ProjectionOptions{From: from}, ringleader.ProjectionOptions{From: from, Directed: true},
			ringleader.ProjectionOptions{From: from, Weighted: true})
	}
	for round := range 2 {
		for _, opt := range opts {
			for _, measure := range []string{"degree", "pagerank"} {
				got, err := e.Centrality(ctx, all, opt, measure, 10)
				if err != nil {
					t.Fatal(err)
				}
				want, err := ref.Centrality(ctx, all, opt, measure, 10)
				if err != nil {
					t.Fatal(err)
				}
				if !slices.Equal(got.Results, want.Results) {
					t.Errorf("%+v %s: the bounded engine's answer differs", opt, measure)
				}
				if s := e.CacheStats(); s.Bytes > budget || s.Bytes <= 0 {
					t.Fatalf("round %d, %+v %s: cache holds %d bytes, budget %d", round, opt, measure, s.Bytes, budget)
				}
			}
		}
	}
	s := e.CacheStats()
	t.Logf("budget %d: %+v; unbounded: %+v", budget, s, ref.CacheStats())
	if s.Evictions == 0 || ref.CacheStats().Bytes <= budget {
		t.Errorf("nothing was evicted (%+v): the test asks for too little", s)
	}
}
