package compose_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"net/http"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ringleader/ringleader"
)

// What scripts/compose-test.sh tells the test.
const (
	envURL        = "RINGLEADER_COMPOSE_URL"            // Ringleader in the stack: http://127.0.0.1:PORT
	envToken      = "RINGLEADER_COMPOSE_TOKEN"          // the last line `token create --role analyst --cases all` printed
	envDemoOutput = "RINGLEADER_COMPOSE_DEMO_OUTPUT"    // a file: what `demo --no-serve --store bolt://neo4j:7687` printed
	envNeo4jURL   = "RINGLEADER_COMPOSE_NEO4J_URL"      // the stack's Neo4j over HTTP: http://127.0.0.1:PORT
	envNeo4jPass  = "RINGLEADER_COMPOSE_NEO4J_PASSWORD" // of the user neo4j
	envImage      = "RINGLEADER_COMPOSE_IMAGE"          // the stack's Ringleader image, run again here on sqlite
	envRequire    = "RINGLEADER_REQUIRE_COMPOSE"        // 1: no stack is a failure, not a skip
	envTimeout    = "COMPOSE_TEST_TIMEOUT"              // seconds each wait may take (default 300)
)

// demoSummary starts the line `demo` prints once the ring is in the store it was given.
const demoSummary = "Demo ring loaded into bolt://neo4j:7687"

// stack is the compose stack under test.
type stack struct {
	url, token, demoOutput string
	neo4jURL, neo4jPass    string
	image                  string
	wait                   time.Duration
	client                 *http.Client
}

// openStack reads where the stack is, and skips the test when no stack is named.
func openStack(t *testing.T) *stack {
	t.Helper()
	s := &stack{
		url:        os.Getenv(envURL),
		token:      os.Getenv(envToken),
		demoOutput: os.Getenv(envDemoOutput),
		neo4jURL:   os.Getenv(envNeo4jURL),
		neo4jPass:  os.Getenv(envNeo4jPass),
		image:      os.Getenv(envImage),
		wait:       300 * time.Second,
		client:     &http.Client{Timeout: time.Minute},
	}
	if s.url == "" {
		msg := envURL + " is not set: this test checks the docker-compose.yml stack that scripts/compose-test.sh " +
			"(make compose-test) brings up and describes to it"
		if os.Getenv(envRequire) == "1" {
			t.Fatal(msg + " (" + envRequire + "=1)")
		}
		t.Skip(msg)
	}
	for name, v := range map[string]string{envDemoOutput: s.demoOutput, envNeo4jURL: s.neo4jURL,
		envNeo4jPass: s.neo4jPass, envImage: s.image} {
		if v == "" {
			t.Fatalf("%s is set but %s is not: run the test through scripts/compose-test.sh", envURL, name)
		}
	}
	if v := os.Getenv(envTimeout); v != "" {
		secs, err := strconv.Atoi(v)
		if err != nil || secs <= 0 {
			t.Fatalf("%s=%q: want a number of seconds", envTimeout, v)
		}
		s.wait = time.Duration(secs) * time.Second
	}
	return s
}

// TestCompose checks the stack scripts/compose-test.sh provisioned: the demo went into its Neo4j, the analyst token
// is one, the API is up on that store and wants a token, its counts are Neo4j's own, and its betweenness ranking is
// the one the same image computes on the same demo in sqlite.
func TestCompose(t *testing.T) {
	s := openStack(t)
	t.Logf("Ringleader %s (%s), Neo4j %s", s.url, s.image, s.neo4jURL)
	// Without the demo or a token there is nothing to check.
	if !t.Run("demo loaded into Neo4j", s.testDemoLoaded) || !t.Run("analyst token created", s.testToken) {
		t.FailNow()
	}
	s.waitFor(t, "Ringleader /healthz", "/healthz")
	s.waitFor(t, "Ringleader /readyz (its store answers)", "/readyz")
	t.Run("a token is required", s.testTokenRequired)
	t.Run("stats count what Neo4j holds", s.testStats)
	t.Run("betweenness as on sqlite", s.testBetweenness)
}

func (s *stack) testDemoLoaded(t *testing.T) {
	out, err := os.ReadFile(s.demoOutput)
	if err != nil {
		t.Fatal(err)
	}
	for line := range strings.Lines(string(out)) {
		if strings.Contains(line, demoSummary) {
			t.Log(strings.TrimSpace(line))
			return
		}
	}
	t.Fatalf("the demo printed no line %q; its last lines:\n%s", demoSummary, lastLines(out, 20))
}

func (s *stack) testToken(t *testing.T) {
	if !strings.HasPrefix(s.token, "rl_") {
		t.Fatalf("token create printed %q last, want a token rl_...", s.token)
	}
}

func (s *stack) testTokenRequired(t *testing.T) {
	resp, err := s.client.Get(s.url + "/api/v1/stats")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("/api/v1/stats without a token answered %s, want 401", resp.Status)
	}
}

// testStats compares /api/v1/stats with what Neo4j itself counts, asked over its own HTTP API.
func (s *stack) testStats(t *testing.T) {
	var stats struct {
		Entities map[ringleader.Kind]int `json:"entities"`
	}
	s.get(t, "/api/v1/stats", &stats)
	for _, kind := range ringleader.Kinds {
		inNeo4j := s.count(t, `MATCH (n:Entity) WHERE $kind IN labels(n) RETURN count(n) AS n`, map[string]any{"kind": kind})
		if inAPI := stats.Entities[kind]; inAPI != inNeo4j {
			t.Errorf("%s: Neo4j holds %d, /api/v1/stats says %d", kind, inNeo4j, inAPI)
		}
	}
	t.Logf("/api/v1/stats counts what Neo4j holds: %v", stats.Entities)
}

// ranking is a centrality answer, from the API or from `analyze --format json`.
type ranking struct {
	Nodes   int `json:"nodes"`
	Results []struct {
		ID    string  `json:"id"`
		Name  string  `json:"name"`
		Score float64 `json:"score"`
	} `json:"results"`
}

// ranks is the ranking as ids with scores to 1e-9: what must not depend on the store.
func (r ranking) ranks() []string {
	var out []string
	for _, x := range r.Results {
		out = append(out, fmt.Sprintf("%s %d", x.ID, int64(math.Round(x.Score*1e9))))
	}
	return out
}

// testBetweenness checks the API's betweenness on Neo4j: its projection holds every person Neo4j holds, and its top
// 10 is what the same image's `analyze` computes on the same demo in sqlite.
func (s *stack) testBetweenness(t *testing.T) {
	var fromNeo4j ranking
	s.get(t, "/api/v1/insights/centrality?measure=betweenness&top=10", &fromNeo4j)
	if people := s.count(t, `MATCH (p:Person) RETURN count(p) AS n`, nil); fromNeo4j.Nodes != people {
		t.Errorf("the projection has %d nodes, Neo4j %d people", fromNeo4j.Nodes, people)
	}
	if len(fromNeo4j.Results) != 10 {
		t.Fatalf("betweenness top 10 from Neo4j has %d results", len(fromNeo4j.Results))
	}

	volume := s.sqliteVolume(t)
	s.docker(t, "run", "--rm", "-v", volume+":/data", s.image, "demo", "--no-serve")
	out := s.docker(t, "run", "--rm", "-v", volume+":/data", s.image,
		"analyze", "--store", "sqlite:/data/ringleader.db", "--measure", "betweenness", "--top", "10", "--format", "json")
	var fromSQLite ranking
	if err := json.Unmarshal(out, &fromSQLite); err != nil {
		t.Fatalf("analyze on sqlite: %v\n%s", err, out)
	}
	if a, b := fromNeo4j.ranks(), fromSQLite.ranks(); !slices.Equal(a, b) {
		t.Fatalf("betweenness top 10 differs:\nNeo4j  %v\nsqlite %v", a, b)
	}
	var top []string
	for _, r := range fromNeo4j.Results[:3] {
		top = append(top, fmt.Sprintf("%s %s %.3f", r.ID, r.Name, r.Score))
	}
	t.Logf("the API on Neo4j ranks as Ringleader on sqlite; top 3: %s", strings.Join(top, "; "))
}

// waitFor asks path until it answers 200, every second, for at most the stack's wait.
func (s *stack) waitFor(t *testing.T, what, path string) {
	t.Helper()
	t0 := time.Now()
	for {
		resp, err := s.client.Get(s.url + path)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				t.Logf("ok: %s after %v", what, time.Since(t0).Round(100*time.Millisecond))
				return
			}
			err = fmt.Errorf("%s", resp.Status)
		}
		if time.Since(t0) > s.wait {
			t.Fatalf("%s: not within %v (last: %v)", what, s.wait, err)
		}
		time.Sleep(time.Second) // the poll's interval
	}
}

// get asks the API for path with the analyst token and decodes the JSON answer into v.
func (s *stack) get(t *testing.T, path string, v any) {
	t.Helper()
	req, err := http.NewRequestWithContext(t.Context(), http.MethodGet, s.url+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Authorization", "Bearer "+s.token)
	resp, err := s.client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("%s: %s\n%s", path, resp.Status, body)
	}
	if err := json.Unmarshal(body, v); err != nil {
		t.Fatalf("%s: %v\n%s", path, err, body)
	}
}

// count runs a Cypher statement that returns one count, over Neo4j's Query API (HTTP), as the user neo4j.
func (s *stack) count(t *testing.T, statement string, params map[string]any) int {
	t.Helper()
	body, err := json.Marshal(map[string]any{"statement": statement, "parameters": params})
	if err != nil {
		t.Fatal(err)
	}
	req, err := http.NewRequestWithContext(t.Context(), http.MethodPost, s.neo4jURL+"/db/neo4j/query/v2", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.SetBasicAuth("neo4j", s.neo4jPass)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json")
	resp, err := s.client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	answer, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	var res struct {
		Data struct {
			Values [][]json.Number `json:"values"`
		} `json:"data"`
	}
	if resp.StatusCode/100 != 2 {
		t.Fatalf("Neo4j: %s: %s\n%s", statement, resp.Status, answer)
	}
	if err := json.Unmarshal(answer, &res); err != nil || len(res.Data.Values) != 1 || len(res.Data.Values[0]) != 1 {
		t.Fatalf("Neo4j: %s: want one count, got %s (%v)", statement, answer, err)
	}
	n, err := res.Data.Values[0][0].Int64()
	if err != nil {
		t.Fatalf("Neo4j: %s: %v", statement, err)
	}
	return int(n)
}

// sqliteVolume names a Docker volume for the sqlite run, removed when the test ends.
func (s *stack) sqliteVolume(t *testing.T) string {
	t.Helper()
	b := make([]byte, 6)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	volume := "ringleader-compose-test-sqlite-" + hex.EncodeToString(b)
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		if out, err := exec.CommandContext(ctx, "docker", "volume", "rm", "-f", volume).CombinedOutput(); err != nil {
			t.Logf("docker volume rm %s: %v\n%s", volume, err, out)
		}
	})
	return volume
}

// docker runs the docker CLI and returns its standard output.
func (s *stack) docker(t *testing.T, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), s.wait)
	defer cancel()
	var stdout, stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, "docker", args...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("docker %s: %v\n%s", strings.Join(args, " "), err, lastLines(stderr.Bytes(), 20))
	}
	return stdout.Bytes()
}

// lastLines is the last n lines of b.
func lastLines(b []byte, n int) string {
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}
