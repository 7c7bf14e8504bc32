package api_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/api"
	"github.com/ringleader/ringleader/sqlite"
	"github.com/ringleader/ringleader/testing/openapitest"
)

// secured is a server with auth on, over a sqlite store that also keeps tokens and audit.
type secured struct {
	srv    *httptest.Server
	store  *sqlite.Store
	tokens map[string]string // name → secret
}

func newSecured(t *testing.T, mod func(*api.Deps)) *secured {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "auth.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	batch := &ringleader.Batch{Entities: []ringleader.Entity{
		{ID: "p1", Kind: ringleader.KindPerson, Name: "Abu Khalil", Cases: []string{"C1"}},
		{ID: "p2", Kind: ringleader.KindPerson, Name: "Bilal Haddad", Cases: []string{"C1"}},
	}, Links: []ringleader.Link{{Type: ringleader.LinkAssociate, Subtype: ringleader.AssocCall, Source: "p1", Target: "p2", Weight: 2}}}
	if _, err := st.Write(ctx, batch); err != nil {
		t.Fatal(err)
	}
	s := &secured{store: st, tokens: map[string]string{}}
	for _, tc := range []struct {
		name string
		role ringleader.Role
	}{{"ada", ringleader.RoleAdmin}, {"ana", ringleader.RoleAnalyst}, {"vic", ringleader.RoleViewer}, {"old", ringleader.RoleAdmin}} {
		secret, tok, err := ringleader.NewToken(tc.name, tc.role, true, nil, time.Now())
		if err != nil {
			t.Fatal(err)
		}
		if err := st.CreateToken(ctx, tok); err != nil {
			t.Fatal(err)
		}
		s.tokens[tc.name] = secret
	}
	if err := st.RevokeToken(ctx, "old", time.Now()); err != nil {
		t.Fatal(err)
	}
	d := api.Deps{Store: st, Tokens: st, Audit: st}
	if mod != nil {
		mod(&d)
	}
	s.srv = httptest.NewServer(openapitest.Wrap(t, api.NewHandler(d)))
	t.Cleanup(s.srv.Close)
	return s
}

func (s *secured) do(t *testing.T, method, path, token string, body io.Reader, contentType string) (int, http.Header, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, s.srv.URL+path, body)
	if err != nil {
		t.Fatal(err)
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header, b
}

// bundleBody is a multipart body holding one small valid CSV bundle.
func bundleBody(t *testing.T) (*bytes.Buffer, string) {
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	w, _ := mw.CreateFormFile("file", "cases.csv")
	io.WriteString(w, "id,title,type\nC1,Homs seizure,drugs\n")
	w, _ = mw.CreateFormFile("file", "suspects.csv")
	io.WriteString(w, "id,name,cases\np9,Omar Zaki,C1\n")
	mw.Close()
	return &buf, mw.FormDataContentType()
}

func TestEveryRouteNeedsAToken(t *testing.T) {
	// Every route is asked five times with bad credentials from one address: above the default per-address limit.
	s := newSecured(t, func(d *api.Deps) { d.FailedAuthBurst = 1000 })
	for _, r := range api.Routes() {
		method, path, _ := strings.Cut(r, " ")
		path = strings.ReplaceAll(path, "{id}", "p1")
		public := path == "/healthz" || path == "/readyz" || strings.HasPrefix(path, "/browser/") || api.IsPage(path)
		for _, tc := range []struct{ name, token string }{
			{"none", ""}, {"garbage", "nonsense"}, {"forged", "rl_abc_def"}, {"revoked", s.tokens["old"]},
			{"wrong secret", s.tokens["ada"][:len(s.tokens["ada"])-4] + "AAAA"},
		} {
			status, hdr, body := s.do(t, method, path, tc.token, nil, "")
			switch {
			case public && status == http.StatusUnauthorized:
				t.Errorf("%s with %s token: 401, but probes need none", r, tc.name)
			case !public && status != http.StatusUnauthorized:
				t.Errorf("%s with %s token: %d, want 401: %s", r, tc.name, status, body)
			case !public && !strings.HasPrefix(hdr.Get("WWW-Authenticate"), "Bearer"):
				t.Errorf("%s: 401 without WWW-Authenticate", r)
			}
		}
	}
}

func TestRoles(t *testing.T) {
	s := newSecured(t, nil)
	tests := []struct {
		token, method, path string
		want                int
	}{
		{"vic", "GET", "/api/v1/entities/p1", 200},
		{"vic", "GET", "/api/v1/entities?q=abu", 200},
		{"vic", "GET", "/api/v1/paths?from=p1&to=p2", 200},
		{"vic", "GET", "/api/v1/insights/centrality", 403},
		{"vic", "GET", "/api/v1/insights/communities", 403},
		{"vic", "POST", "/api/v1/load", 403},
		{"vic", "GET", "/api/v1/audit", 403},
		{"ana", "GET", "/api/v1/insights/centrality", 200},
		{"ana", "POST", "/api/v1/load", 403},
		{"ana", "GET", "/api/v1/audit", 403},
		{"ada", "POST", "/api/v1/load", 200},
		{"ada", "GET", "/api/v1/audit", 200},
		{"vic", "GET", "/metrics", 200},
	}
	for _, tt := range tests {
		t.Run(tt.token+" "+tt.method+" "+tt.path, func(t *testing.T) {
			var body io.Reader
			var ct string
			if tt.method == "POST" {
				body, ct = bundleBody(t)
			}
			status, _, b := s.do(t, tt.method, tt.path, s.tokens[tt.token], body, ct)
			if status != tt.want {
				t.Errorf("%d, want %d: %s", status, tt.want, b)
			}
		})
	}
	// The admin's load really wrote.
	if _, err := s.store.Entity(context.Background(), ringleader.AllCases(), "p9"); err != nil {
		t.Errorf("admin load did not write p9: %v", err)
	}
}

func TestAuditRecordsEveryRequest(t *testing.T) {
	s := newSecured(t, nil)
	s.do(t, "GET", "/api/v1/entities/p1", s.tokens["vic"], nil, "")
	s.do(t, "GET", "/api/v1/entities/nobody", s.tokens["ana"], nil, "")
	s.do(t, "GET", "/api/v1/insights/centrality?top=1", s.tokens["vic"], nil, "")
	s.do(t, "GET", "/api/v1/stats", "", nil, "")
	s.do(t, "GET", "/healthz", "", nil, "")
	status, _, body := s.do(t, "GET", "/api/v1/audit?limit=10", s.tokens["ada"], nil, "")
	if status != 200 {
		t.Fatalf("audit: %d %s", status, body)
	}
	var got struct{ Records []ringleader.AuditRecord }
	if err := json.Unmarshal(body, &got); err != nil {
		t.Fatal(err)
	}
	type seen struct {
		token, path string
		status      int
	}
	var records []seen
	for _, r := range got.Records {
		records = append(records, seen{r.Token, r.Path, r.Status})
		if r.RequestID == "" || r.Time.IsZero() || r.Method != "GET" {
			t.Errorf("incomplete record %+v", r)
		}
	}
	// Newest first; the audit read itself is recorded only after its answer is built.
	want := []seen{
		{"", "/api/v1/stats", 401},
		{"vic", "/api/v1/insights/centrality", 403},
		{"ana", "/api/v1/entities/nobody", 404},
		{"vic", "/api/v1/entities/p1", 200},
	}
	if len(records) != len(want) {
		t.Fatalf("audit holds %v, want %v", records, want)
	}
	for i := range want {
		if records[i] != want[i] {
			t.Errorf("record %d = %+v, want %+v", i, records[i], want[i])
		}
	}
	if got.Records[3].ResultSize == 0 || got.Records[3].Role != ringleader.RoleViewer {
		t.Errorf("record lacks size or role: %+v", got.Records[3])
	}
}

// failingAudit refuses every record.
type failingAudit struct{}

func (failingAudit) AppendAudit(context.Context, ringleader.AuditRecord) error {
	return errors.New("disk full")
}
func (failingAudit) Audit(context.Context, ringleader.AuditQuery) ([]ringleader.AuditRecord, error) {
	return nil, nil
}

func TestUnauditedAnswerIsWithheld(t *testing.T) {
	s := newSecured(t, func(d *api.Deps) { d.Audit = failingAudit{} })
	status, hdr, body := s.do(t, "GET", "/api/v1/entities/p1", s.tokens["vic"], nil, "")
	if status != http.StatusServiceUnavailable || hdr.Get("Retry-After") == "" {
		t.Errorf("status %d (Retry-After %q), want 503 with Retry-After", status, hdr.Get("Retry-After"))
	}
	if strings.Contains(string(body), "Abu Khalil") {
		t.Errorf("the answer leaked although its audit record failed: %s", body)
	}
}

func TestRateLimitPerToken(t *testing.T) {
	s := newSecured(t, func(d *api.Deps) { d.RateLimit, d.RateBurst = 0.001, 3 })
	for i := range 3 {
		if status, _, b := s.do(t, "GET", "/api/v1/stats", s.tokens["vic"], nil, ""); status != 200 {
			t.Fatalf("request %d within the burst: %d %s", i, status, b)
		}
	}
	status, hdr, _ := s.do(t, "GET", "/api/v1/stats", s.tokens["vic"], nil, "")
	if status != http.StatusTooManyRequests || hdr.Get("Retry-After") == "" {
		t.Errorf("request over the rate: %d (Retry-After %q), want 429", status, hdr.Get("Retry-After"))
	}
	// Another token has its own bucket.
	if status, _, _ := s.do(t, "GET", "/api/v1/stats", s.tokens["ana"], nil, ""); status != 200 {
		t.Errorf("another token was limited too: %d", status)
	}
}

func TestRequestIDEchoed(t *testing.T) {
	s := newSecured(t, nil)
	req, _ := http.NewRequest("GET", s.srv.URL+"/api/v1/stats", nil)
	req.Header.Set("Authorization", "Bearer "+s.tokens["vic"])
	req.Header.Set("X-Request-ID", "case-42.a")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if got := resp.Header.Get("X-Request-ID"); got != "case-42.a" {
		t.Errorf("X-Request-ID %q", got)
	}
	req.Header.Set("X-Request-ID", "evil\tid with spaces")
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if got := resp.Header.Get("X-Request-ID"); got == "" || strings.ContainsAny(got, " \t") {
		t.Errorf("unsafe request id kept: %q", got)
	}
}

func TestLoadBodyTooLargeOrInvalid(t *testing.T) {
	s := newSecured(t, nil)
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	w, _ := mw.CreateFormFile("file", "suspects.csv")
	io.WriteString(w, "id,name,birth_date\np8,Omar,1980-02-30\n")
	mw.Close()
	status, _, body := s.do(t, "POST", "/api/v1/load", s.tokens["ada"], &buf, mw.FormDataContentType())
	if status != 400 || !strings.Contains(string(body), "suspects.csv:2: birth_date") {
		t.Errorf("invalid bundle: %d %s", status, body)
	}
	if _, err := s.store.Entity(context.Background(), ringleader.AllCases(), "p8"); ringleader.ErrorCode(err) != ringleader.ENOTFOUND {
		t.Errorf("an invalid load wrote p8: %v", err)
	}
	status, _, _ = s.do(t, "POST", "/api/v1/load", s.tokens["ada"], strings.NewReader("{}"), "application/json")
	if status != 400 {
		t.Errorf("non-multipart load: %d, want 400", status)
	}
}

func TestResolutionRoutes(t *testing.T) {
	s := newSecured(t, nil)
	ctx := context.Background()
	if _, err := s.store.Write(ctx, &ringleader.Batch{Entities: []ringleader.Entity{
		{ID: "k1", Kind: ringleader.KindPerson, Name: "Abu Khaleel", Cases: []string{"C1"}, Props: map[string]string{"birth_date": "1979-04-02"}},
		{ID: "k2", Kind: ringleader.KindPerson, Name: "أبو خليل", Cases: []string{"C1"}, Props: map[string]string{"birth_date": "1979-04-02"}},
	}}); err != nil {
		t.Fatal(err)
	}
	status, _, body := s.do(t, "GET", "/api/v1/resolution/candidates?decision=all", s.tokens["ana"], nil, "")
	if status != 200 || !strings.Contains(string(body), `"k1"`) || !strings.Contains(string(body), `"reasons"`) {
		t.Fatalf("candidates: %d %s", status, body)
	}
	if status, _, _ := s.do(t, "GET", "/api/v1/resolution/candidates", s.tokens["vic"], nil, ""); status != 403 {
		t.Errorf("viewer read candidates: %d", status)
	}
	status, _, body = s.do(t, "POST", "/api/v1/resolution/decisions", s.tokens["ana"],
		strings.NewReader(`{"source":"k1","target":"k2","decision":"rejected","note":"different fathers","by":"someone else"}`), "application/json")
	if status != 200 {
		t.Fatalf("decision: %d %s", status, body)
	}
	var link ringleader.Link
	if err := json.Unmarshal(body, &link); err != nil {
		t.Fatal(err)
	}
	if link.Type != ringleader.LinkSameAs || link.Props["decision"] != "rejected" || link.Props["decided_by"] != "ana" {
		t.Errorf("decision link %+v: want SAME_AS rejected by the token ana", link)
	}
	// The decision sticks: the pair now reads as rejected.
	_, _, body = s.do(t, "GET", "/api/v1/resolution/candidates?decision=rejected", s.tokens["ana"], nil, "")
	if !strings.Contains(string(body), `"k1"`) {
		t.Errorf("rejected pair not listed as rejected: %s", body)
	}
	status, _, _ = s.do(t, "POST", "/api/v1/resolution/decisions", s.tokens["ana"],
		strings.NewReader(`{"source":"k1","target":"nobody","decision":"confirmed"}`), "application/json")
	if status != 404 {
		t.Errorf("decision on an unknown record: %d, want 404", status)
	}
}
