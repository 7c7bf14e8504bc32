package browser_test

import (
	"bytes"
	"crypto/tls"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"

	"github.com/ringleader/ringleader/queries/browser"
)

func TestHandler(t *testing.T) {
	tests := []struct {
		name       string
		method     string
		path       string
		host       string
		tls        bool
		header     map[string]string
		wantStatus int
		wantType   string
		wantBody   func(string) bool
		wantHeader map[string]string
	}{
		{
			name: "style", method: "GET", path: browser.StylePath, wantStatus: 200,
			wantType: "text/plain; charset=utf-8",
			wantBody: func(b string) bool { return b == string(browser.Style()) },
			// Browser's page is on the Neo4j server's origin, not the API's.
			wantHeader: map[string]string{"Access-Control-Allow-Origin": "*", "Cache-Control": "no-cache"},
		},
		{
			name: "guide names the style on the host asked", method: "GET", path: browser.GuidePath,
			host: "ringleader.example:9090", wantStatus: 200, wantType: "text/html; charset=utf-8",
			wantBody: func(b string) bool {
				return strings.Contains(b, ":style http://ringleader.example:9090/browser/style.grass</pre>")
			},
			wantHeader: map[string]string{"Access-Control-Allow-Origin": "*"},
		},
		{
			name: "guide over TLS", method: "GET", path: browser.GuidePath, host: "rl.example", tls: true,
			wantStatus: 200, wantType: "text/html; charset=utf-8",
			wantBody: func(b string) bool { return strings.Contains(b, ":style https://rl.example/browser/style.grass<") },
		},
		{
			name: "a Host that is no host is not repeated", method: "GET", path: browser.GuidePath,
			host: `evil"><script>x</script>`, wantStatus: 200, wantType: "text/html; charset=utf-8",
			wantBody: func(b string) bool {
				return !strings.Contains(b, "evil") && strings.Contains(b, ":style http://localhost:8080/browser/style.grass<")
			},
		},
		{
			name: "head", method: "HEAD", path: browser.StylePath, wantStatus: 200, wantType: "text/plain; charset=utf-8",
			wantBody:   func(b string) bool { return b == "" },
			wantHeader: map[string]string{"Content-Length": strconv.Itoa(len(browser.Style()))},
		},
		{
			// What Browser's fetch of a guide sends first: its request carries Pragma and Cache-Control.
			name: "preflight", method: "OPTIONS", path: browser.GuidePath, wantStatus: 204,
			header: map[string]string{
				"Origin":                         "http://localhost:7474",
				"Access-Control-Request-Method":  "GET",
				"Access-Control-Request-Headers": "cache-control,pragma",
			},
			wantBody: func(b string) bool { return b == "" },
			wantHeader: map[string]string{
				"Access-Control-Allow-Origin":  "*",
				"Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
				"Access-Control-Allow-Headers": "cache-control,pragma",
				"Access-Control-Max-Age":       "600",
			},
		},
		{
			name: "preflight from a public page to a private address", method: "OPTIONS", path: browser.StylePath,
			header: map[string]string{
				"Origin":                                 "https://browser.neo4j.io",
				"Access-Control-Request-Method":          "GET",
				"Access-Control-Request-Private-Network": "true",
			},
			wantStatus: 204,
			wantHeader: map[string]string{"Access-Control-Allow-Private-Network": "true", "Access-Control-Allow-Headers": ""},
		},
		{
			name: "preflight with a header list that is no list", method: "OPTIONS", path: browser.StylePath,
			header:     map[string]string{"Access-Control-Request-Headers": "x\r\ny"},
			wantStatus: 204, wantHeader: map[string]string{"Access-Control-Allow-Headers": ""},
		},
		{
			name: "post", method: "POST", path: browser.StylePath, wantStatus: 405,
			wantHeader: map[string]string{"Allow": "GET, HEAD, OPTIONS"},
		},
		{name: "other path", method: "GET", path: "/browser/other.grass", wantStatus: 404},
		{name: "directory", method: "GET", path: "/browser/", wantStatus: 404},
	}
	h := browser.Handler()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := httptest.NewRequest(tt.method, tt.path, nil)
			if tt.host != "" {
				req.Host = tt.host
			}
			if tt.tls {
				req.TLS = &tls.ConnectionState{}
			}
			for k, v := range tt.header {
				req.Header.Set(k, v)
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			res := rec.Result()
			body, _ := io.ReadAll(res.Body)
			if res.StatusCode != tt.wantStatus {
				t.Fatalf("status %d, want %d: %s", res.StatusCode, tt.wantStatus, body)
			}
			if tt.wantType != "" && res.Header.Get("Content-Type") != tt.wantType {
				t.Errorf("Content-Type %q, want %q", res.Header.Get("Content-Type"), tt.wantType)
			}
			if tt.wantBody != nil && !tt.wantBody(string(body)) {
				t.Errorf("unexpected body:\n%.600s", body)
			}
			for k, v := range tt.wantHeader {
				if got := res.Header.Get(k); got != v {
					t.Errorf("%s = %q, want %q", k, got, v)
				}
			}
		})
	}
}

// TestHandlerOverHTTP fetches the guide as a browser would, through a real server, and checks that the style
// URL it names answers the style.
func TestHandlerOverHTTP(t *testing.T) {
	srv := httptest.NewServer(browser.Handler())
	defer srv.Close()
	guide := fetch(t, srv.URL+browser.GuidePath)
	i := strings.Index(guide, ":style ")
	if i < 0 {
		t.Fatal("no :style block in the guide")
	}
	url, _, _ := strings.Cut(guide[i+len(":style "):], "<")
	if url != srv.URL+browser.StylePath {
		t.Errorf("the guide names %s, the server is at %s", url, srv.URL)
	}
	if got := fetch(t, url); !bytes.Equal([]byte(got), browser.Style()) {
		t.Error("the style URL the guide names does not answer the style")
	}
}

func fetch(t *testing.T, url string) string {
	t.Helper()
	res, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	if res.StatusCode != 200 {
		t.Fatalf("GET %s: %d", url, res.StatusCode)
	}
	return string(b)
}
