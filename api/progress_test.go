package api_test

import (
	"bufio"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
)

type event struct {
	name string
	data string
}

// readEvents reads a text/event-stream answer to a GET of path.
func readEvents(t *testing.T, url string) (*http.Response, []event) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Accept", "text/event-stream")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var events []event
	var cur event
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "event: "):
			cur.name = strings.TrimPrefix(line, "event: ")
		case strings.HasPrefix(line, "data: "):
			cur.data = strings.TrimPrefix(line, "data: ")
		case line == "":
			events = append(events, cur)
			cur = event{}
		}
	}
	return resp, events
}

// An analysis asked for as text/event-stream streams its stages, then the answer the route gives as JSON; an
// analysis that fails ends with the problem it would have answered; bad parameters are refused before.
func TestAnalysisEvents(t *testing.T) {
	srv := newServer(t)
	const path = "/api/v1/insights/centrality?measure=betweenness&top=3"
	resp, events := readEvents(t, srv.URL+path) // first: a cached answer has no stages to show
	_, _, plain := get(t, srv, path)
	if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/event-stream") {
		t.Fatalf("status %d, content type %q", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	if len(events) < 3 || events[0].name != "progress" || events[len(events)-1].name != "result" {
		t.Fatalf("events %+v: want progress first and the result last", events)
	}
	var last struct {
		Stages []struct {
			Stage    string `json:"stage"`
			Finished bool   `json:"finished"`
		} `json:"stages"`
	}
	if err := json.Unmarshal([]byte(events[len(events)-2].data), &last); err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, s := range last.Stages {
		if !s.Finished {
			t.Errorf("stage %q not finished when the result came", s.Stage)
		}
		names = append(names, s.Stage)
	}
	if strings.Join(names, ", ") != "reading the store, projecting, computing centrality betweenness" {
		t.Errorf("stages %q", names)
	}
	if got := events[len(events)-1].data; got != strings.TrimSpace(string(plain)) {
		t.Errorf("the result event differs from the JSON answer:\n%s\n%s", got, plain)
	}

	resp, events = readEvents(t, srv.URL+"/api/v1/paths?from=nobody&to=p1")
	var p struct {
		Status int    `json:"status"`
		Detail string `json:"detail"`
	}
	if n := len(events); resp.StatusCode != 200 || n == 0 || events[n-1].name != "error" || json.Unmarshal([]byte(events[n-1].data), &p) != nil ||
		p.Status != 404 || !strings.Contains(p.Detail, "nobody") {
		t.Errorf("a path from nobody: status %d, events %+v", resp.StatusCode, events)
	}
	if resp, _ := readEvents(t, srv.URL+"/api/v1/insights/centrality?top=-1"); resp.StatusCode != 400 {
		t.Errorf("a bad parameter streams with status %d, want 400 before the stream", resp.StatusCode)
	}
}
