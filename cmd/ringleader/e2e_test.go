package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"net/http"
	"net/http/httptrace"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"testing/fstest"
	"time"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/demo"
	"github.com/ringleader/ringleader/sqlite"
	"github.com/ringleader/ringleader/testing/fixtures"
)

// These tests drive the program through run(), as main does, on real files and stores.

// runCLI runs the program with args and an empty environment, returning its output.
func runCLI(t *testing.T, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errOut bytes.Buffer
	err = run(context.Background(), args, func(string) string { return "" }, strings.NewReader(""), &out, &errOut)
	return out.String(), errOut.String(), err
}

func mustRun(t *testing.T, args ...string) string {
	t.Helper()
	out, errOut, err := runCLI(t, args...)
	if err != nil {
		t.Fatalf("ringleader %s: %v\nstderr:\n%s", strings.Join(args, " "), err, errOut)
	}
	return out
}

// storeState is what must not change when a load is refused or repeated.
type storeState struct {
	Counts  ringleader.Counts
	Version int64
}

func readState(t *testing.T, path string) storeState {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	c, err := st.Counts(ctx, ringleader.AllCases())
	if err != nil {
		t.Fatal(err)
	}
	v, err := st.Version(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return storeState{c, v}
}

func (s storeState) String() string {
	b, _ := json.Marshal(s)
	return string(b)
}

// writeBundle writes CSV files (name → content) into a fresh directory.
func writeBundle(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestInvalidLoadWritesNothing(t *testing.T) {
	db := filepath.Join(t.TempDir(), "rl.db")
	store := "--store=sqlite:" + db
	mustRun(t, "load", store, "../../loaders/testdata/bundle")
	before := readState(t, db)
	if before.Counts.TotalEntities() == 0 {
		t.Fatal("the valid bundle loaded nothing")
	}

	// Line 7 of suspects.csv carries an impossible date; every other row is valid and new.
	bad := writeBundle(t, map[string]string{
		"cases.csv": "id,title,type\nk9,Weapons at Rabia,weapons\n",
		"suspects.csv": "id,name,birth_date,cases\n" +
			"z1,Omar Zaki,1980-01-01,k9\n" +
			"z2,Ali Zaki,1981-02-02,k9\n" +
			"z3,Sami Zaki,,k9\n" +
			"z4,Hadi Zaki,1983-04-04,k9\n" +
			"z5,Nour Zaki,1984-05-05,k9\n" +
			"z6,Rami Zaki,2026-02-30,k9\n" +
			"z7,Fadi Zaki,1986-07-07,k9\n",
		"associations.csv": "source,target,type,weight\nz1,z2,call,3\nz2,z7,meeting,1\n",
	})
	_, _, err := runCLI(t, "load", store, bad)
	if err == nil {
		t.Fatal("loading an invalid bundle succeeded")
	}
	var u *usageError
	if errors.As(err, &u) {
		t.Fatalf("invalid input reported as a usage error (exit 2), want exit 1: %v", err)
	}
	if !strings.Contains(err.Error(), "suspects.csv:7: birth_date: ") {
		t.Errorf("error does not name file, line and field:\n%v", err)
	}
	if after := readState(t, db); after.String() != before.String() {
		t.Errorf("a refused load changed the store:\nbefore %s\nafter  %s", before, after)
	}
}

func TestReloadChangesNothing(t *testing.T) {
	db := filepath.Join(t.TempDir(), "rl.db")
	store := "--store=sqlite:" + db
	mustRun(t, "load", store, "../../loaders/testdata/bundle")
	first := readState(t, db)
	out := mustRun(t, "load", store, "--format", "json", "../../loaders/testdata/bundle")
	second := readState(t, db)
	if first.String() != second.String() {
		t.Errorf("reloading changed the store:\nfirst  %s\nsecond %s", first, second)
	}
	var sum struct {
		EntitiesCreated, EntitiesUpdated, LinksCreated, LinksUpdated int
		EntitiesUnchanged                                            int `json:"entities_unchanged"`
	}
	if err := json.Unmarshal([]byte(out), &sum); err != nil {
		t.Fatalf("summary is not JSON: %v\n%s", err, out)
	}
	if sum.EntitiesUnchanged != first.Counts.TotalEntities() {
		t.Errorf("second load reports %d entities unchanged, store holds %d", sum.EntitiesUnchanged, first.Counts.TotalEntities())
	}
}

// nxReference is the part of testdata/reference/networkx.json these tests read.
type nxReference struct {
	Libraries map[string]string `json:"libraries"`
	Graphs    map[string]struct {
		Source   string                        `json:"source"`
		Directed bool                          `json:"directed"`
		Weighted bool                          `json:"weighted"`
		WeightAs string                        `json:"weight_as"`
		N        int                           `json:"n"`
		M        int                           `json:"m"`
		Measures map[string]map[string]float64 `json:"measures"`
	} `json:"graphs"`
}

// TestAnalyzeMatchesNetworkx loads the real CAVIAR and Montagna networks through the CLI
// and compares every node's score of every measure, in every configuration the reference
// holds, with networkx's.
func TestAnalyzeMatchesNetworkx(t *testing.T) {
	data, err := os.ReadFile("../../testdata/reference/networkx.json")
	if err != nil {
		t.Fatal(err)
	}
	var ref nxReference
	if err := json.Unmarshal(data, &ref); err != nil {
		t.Fatal(err)
	}
	if len(ref.Graphs) < 8 {
		t.Fatalf("reference holds %d graphs, want 8", len(ref.Graphs))
	}
	t.Logf("reference: networkx %s", ref.Libraries["networkx"])

	root := t.TempDir()
	stores := map[string]string{} // dataset source → --store flag of a store holding it
	storeFor := func(t *testing.T, source string) string {
		if s, ok := stores[source]; ok {
			return s
		}
		path := filepath.Join("../..", source)
		var bundle fstest.MapFS
		var err error
		switch {
		case strings.Contains(source, "caviar"):
			bundle, err = fixtures.CaviarBundle(path)
		case strings.Contains(source, "meetings"):
			bundle, err = fixtures.MontagnaBundle(path, ringleader.AssocMeeting)
		default:
			bundle, err = fixtures.MontagnaBundle(path, ringleader.AssocAssociate)
		}
		if err != nil {
			t.Fatal(err)
		}
		dir := filepath.Join(root, fmt.Sprint(len(stores)))
		if err := fixtures.WriteDatasetBundle(dir, bundle); err != nil {
			t.Fatal(err)
		}
		s := "--store=sqlite:" + dir + ".db"
		mustRun(t, "load", s, dir)
		stores[source] = s
		return s
	}

	for name, g := range ref.Graphs {
		for measure, want := range g.Measures {
			t.Run(name+"/"+measure, func(t *testing.T) {
				args := []string{"analyze", storeFor(t, g.Source), "--measure", measure, "--top", "0", "--format", "json"}
				if g.Directed {
					args = append(args, "--directed")
				}
				if g.Weighted {
					args = append(args, "--weighted", "--weight-as", g.WeightAs)
				}
				var got struct {
					Measure, View string
					Nodes, Links  int
					Results       []struct {
						Rank  int
						ID    string
						Score float64
					}
				}
				out := mustRun(t, args...)
				if err := json.Unmarshal([]byte(out), &got); err != nil {
					t.Fatalf("output is not JSON: %v\n%s", err, out)
				}
				if got.Nodes != g.N || got.Links != g.M {
					t.Errorf("projection has %d nodes, %d links; networkx's graph %d, %d", got.Nodes, got.Links, g.N, g.M)
				}
				if len(got.Results) != len(want) {
					t.Fatalf("%d results, networkx scored %d nodes", len(got.Results), len(want))
				}
				worst, worstID := 0.0, ""
				for i, r := range got.Results {
					w, ok := want[r.ID]
					if !ok {
						t.Fatalf("result %s is not a node of networkx's graph", r.ID)
					}
					if d := math.Abs(r.Score - w); d > worst {
						worst, worstID = d, r.ID
					}
					if r.Rank != i+1 || (i > 0 && r.Score > got.Results[i-1].Score) {
						t.Fatalf("results not ranked by score at %d: %+v", i, r)
					}
				}
				if worst > 1e-6 {
					t.Errorf("%s differs from networkx by %.3g (node %s)", measure, worst, worstID)
				}
			})
		}
	}
}

// syncBuffer is a buffer a test reads while the program writes to it.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

var (
	listening = regexp.MustCompile(`listening on (http://[0-9.:]+)`)
	demoToken = regexp.MustCompile(`RINGLEADER_TOKEN=(rl_\S+)`)
)

// TestDemoServes runs the main job as a user does (on port 0 rather than 8080), checks
// the insight tables it prints, then asks its API for the top five brokers.
func TestDemoServes(t *testing.T) {
	dir := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	var out, errOut syncBuffer
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"demo", "--store", "sqlite:" + filepath.Join(dir, "demo.db"), "--addr", "127.0.0.1:0"},
			func(string) string { return "" }, strings.NewReader(""), &out, &errOut)
	}()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("demo ended with %v", err)
		}
	}()

	var base string
	deadline := time.Now().Add(2 * time.Minute)
	for base == "" {
		select {
		case err := <-done:
			done <- err
			t.Fatalf("demo stopped before serving: %v\n%s\n%s", err, out.String(), errOut.String())
		case <-time.After(50 * time.Millisecond):
		}
		if m := listening.FindStringSubmatch(out.String()); m != nil {
			base = m[1]
		}
		if time.Now().After(deadline) {
			t.Fatalf("demo did not start serving:\n%s", out.String())
		}
	}
	printed := out.String()
	for _, want := range []string{"KEY BROKERS", "communities (Leiden", "CROSS-CASE BRIDGES"} {
		if !strings.Contains(printed, want) {
			t.Errorf("demo output lacks %q:\n%s", want, printed)
		}
	}

	resp, err := http.Get(base + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Errorf("/healthz: %s", resp.Status)
	}
	m := demoToken.FindStringSubmatch(printed)
	if m == nil {
		t.Fatalf("demo printed no API token:\n%s", printed)
	}
	resp, err = http.Get(base + "/api/v1/insights/centrality?measure=betweenness&top=5")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("centrality without a token: %s, want 401", resp.Status)
	}
	req, _ := http.NewRequest("GET", base+"/api/v1/insights/centrality?measure=betweenness&top=5", nil)
	req.Header.Set("Authorization", "Bearer "+m[1])
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var got struct {
		Measure string
		Results []struct {
			ID    string
			Score float64
		}
	}
	if err := json.NewDecoder(resp.Body).Decode(&got); err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("centrality: %s, %v", resp.Status, err)
	}
	if got.Measure != "betweenness" || len(got.Results) != 5 {
		t.Fatalf("centrality: measure %q with %d results, want betweenness with 5", got.Measure, len(got.Results))
	}
	// The five people the generator planted as brokers are the five the analytics rank first.
	var planted, found []string
	for _, b := range demo.Truth().Brokers {
		planted = append(planted, b.ID)
	}
	for _, r := range got.Results {
		found = append(found, r.ID)
	}
	slices.Sort(planted)
	slices.Sort(found)
	if !slices.Equal(planted, found) {
		t.Errorf("top five by betweenness %v, planted brokers %v", found, planted)
	}
	// The printed table and the API agree on the top broker.
	if !strings.Contains(printed, got.Results[0].ID) {
		t.Errorf("API's top broker %s is not in the printed table", got.Results[0].ID)
	}
}

// TestExitCodes builds the real binary and checks the exit status scripts rely on.
func TestExitCodes(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	dir := t.TempDir()
	bin := buildBinary(t)
	bad := writeBundle(t, map[string]string{"suspects.csv": "id,name,birth_date\np1,Omar,1980-13-01\n"})
	store := "sqlite:" + filepath.Join(dir, "rl.db")
	tests := []struct {
		name string
		args []string
		want int
	}{
		{"help", []string{"help"}, 0},
		{"load valid", []string{"load", "--store", store, "../../loaders/testdata/bundle"}, 0},
		{"analyze", []string{"analyze", "--store", store, "--top", "3"}, 0},
		{"load invalid", []string{"load", "--store", store, bad}, 1},
		{"load missing file", []string{"load", "--store", store, filepath.Join(dir, "nope")}, 1},
		{"unknown command", []string{"frobnicate"}, 2},
		{"no command", nil, 2},
		{"unknown flag", []string{"load", "--bogus", bad}, 2},
		{"load without paths", []string{"load", "--store", store}, 2},
		{"unknown measure", []string{"analyze", "--store", store, "--measure", "fame"}, 2},
		{"approximate betweenness", []string{"analyze", "--store", store, "--epsilon", "0.05"}, 0},
		{"approximate degree", []string{"analyze", "--store", store, "--measure", "degree", "--epsilon", "0.05"}, 2},
		{"epsilon out of range", []string{"analyze", "--store", store, "--epsilon", "1.5"}, 2},
		{"bad minimum grade", []string{"analyze", "--store", store, "--min-grade", "B9"}, 2},
		{"confirmed only", []string{"brokers", "--store", store, "--confirmed-only", "--min-grade", "C"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cmd := exec.Command(bin, tt.args...)
			cmd.Env = append(os.Environ(), "RINGLEADER_STORE=")
			out, err := cmd.CombinedOutput()
			code := 0
			var exit *exec.ExitError
			if errors.As(err, &exit) {
				code = exit.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			if code != tt.want {
				t.Errorf("exit %d, want %d\n%s", code, tt.want, out)
			}
		})
	}
}

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// buildBinary builds the real ringleader binary once per test run.
func buildBinary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "ringleader-bin")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "ringleader")
		if out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput(); err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binPath
}

func TestMain(m *testing.M) {
	code := m.Run()
	if binPath != "" {
		os.RemoveAll(filepath.Dir(binPath))
	}
	os.Exit(code)
}

// TestGracefulShutdown sends SIGTERM to the real binary while it computes an answer: the
// answer still arrives whole, and the process exits 0.
func TestGracefulShutdown(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := buildBinary(t)
	db := filepath.Join(t.TempDir(), "rl.db")
	st, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	// Betweenness on 4,000 people takes long enough (about a second) to be in flight.
	net := fixtures.SyntheticNetwork(4000, 10, 7)
	if _, err := st.Write(context.Background(), &ringleader.Batch{Entities: net.Entities, Links: net.Links}); err != nil {
		t.Fatal(err)
	}
	st.Close()

	cmd := exec.Command(bin, "serve", "--store", "sqlite:"+db, "--addr", "127.0.0.1:0", "--insecure-no-auth")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr syncBuffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	line, err := bufio.NewReader(stdout).ReadString('\n')
	m := listening.FindStringSubmatch(line)
	if err != nil || m == nil {
		t.Fatalf("no listening line: %q %v\n%s", line, err, stderr.String())
	}
	go io.Copy(io.Discard, stdout)

	type result struct {
		status int
		body   []byte
		err    error
		at     time.Time
	}
	done := make(chan result, 1)
	var wroteOnce sync.Once
	wrote := make(chan struct{})
	trace := &httptrace.ClientTrace{WroteRequest: func(httptrace.WroteRequestInfo) { wroteOnce.Do(func() { close(wrote) }) }}
	go func() {
		ctx := httptrace.WithClientTrace(context.Background(), trace)
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, m[1]+"/api/v1/insights/centrality?measure=betweenness&top=3", nil)
		if err != nil {
			done <- result{err: err}
			return
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			done <- result{err: err}
			return
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		done <- result{resp.StatusCode, b, err, time.Now()}
	}()
	// The request is in flight once the server holds its connection. Its bytes are sent (WroteRequest); then a
	// /healthz on a second connection, made after the first, is answered only once the server has accepted that
	// one, and one listener accepts connections in the order they were made. An accepted connection that has not
	// been read yet counts as active for Shutdown, which waits for it.
	select {
	case <-wrote:
	case r := <-done:
		t.Fatalf("the request ended before it was sent: %d %v", r.status, r.err)
	case <-time.After(time.Minute):
		t.Fatal("the request was not sent within a minute")
	}
	probe, err := (&http.Client{Timeout: time.Minute}).Get(m[1] + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	probe.Body.Close()
	signalled := time.Now()
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	r := <-done
	if r.at.Before(signalled) {
		t.Fatal("the answer came before SIGTERM: the test no longer has a request in flight (make the graph larger)")
	}
	if r.err != nil || r.status != http.StatusOK || !json.Valid(r.body) {
		t.Fatalf("in-flight request: %d %v %s", r.status, r.err, r.body)
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("exit after SIGTERM: %v\n%s", err, stderr.String())
	}
	if !strings.Contains(stderr.String(), "WITHOUT AUTHENTICATION") {
		t.Errorf("--insecure-no-auth did not warn:\n%s", stderr.String())
	}
}

// TestAnalyzeApproximate runs `analyze --epsilon` on the demo: the JSON states the guarantee, and every estimate
// is within epsilon of the exact betweenness that `analyze` gives for the same person.
func TestAnalyzeApproximate(t *testing.T) {
	store := "sqlite:" + filepath.Join(t.TempDir(), "demo.db")
	mustRun(t, "demo", "--no-serve", "--store", store)
	type result struct {
		Approximation *struct {
			Epsilon float64 `json:"epsilon"`
			Samples int     `json:"samples"`
		} `json:"approximation"`
		Results []struct {
			ID    string  `json:"id"`
			Score float64 `json:"score"`
		} `json:"results"`
	}
	var exact, approx result
	if err := json.Unmarshal([]byte(mustRun(t, "analyze", "--store", store, "--top", "0", "--format", "json")), &exact); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(mustRun(t, "analyze", "--store", store, "--top", "0", "--format", "json", "--epsilon", "0.02")), &approx); err != nil {
		t.Fatal(err)
	}
	if exact.Approximation != nil || approx.Approximation == nil || approx.Approximation.Epsilon != 0.02 || approx.Approximation.Samples == 0 {
		t.Fatalf("approximation: exact run %+v, approximate run %+v", exact.Approximation, approx.Approximation)
	}
	want := map[string]float64{}
	for _, r := range exact.Results {
		want[r.ID] = r.Score
	}
	if len(approx.Results) != len(exact.Results) {
		t.Fatalf("%d approximate results, %d exact", len(approx.Results), len(exact.Results))
	}
	for _, r := range approx.Results {
		if d := math.Abs(r.Score - want[r.ID]); d > 0.02 {
			t.Errorf("%s: approximate %.4f, exact %.4f", r.ID, r.Score, want[r.ID])
		}
	}
}
