package browser

import (
	"net/http"
	"regexp"
	"strconv"
)

// Paths Handler serves.
const (
	StylePath = "/browser/style.grass"
	GuidePath = "/browser/guide.html"
)

// corsMaxAge is how long Browser may reuse a preflight answer, in seconds.
const corsMaxAge = 600

// headerList is what a preflight's Access-Control-Request-Headers may hold to be echoed back: header names and
// the commas and spaces between them (and at most maxHeaderList bytes).
var headerList = regexp.MustCompile(`^[A-Za-z0-9!#$%&'*+.^_|~, -]+$`)

const maxHeaderList = 1024

// Handler serves the style sheet at StylePath and the guide at GuidePath, to any origin and without credentials.
//
// CORS: Browser runs on the Neo4j server's origin (or browser.neo4j.io, or Neo4j Desktop) and fetches both with
// fetch(). Every answer allows any origin ("*"): nothing here is secret, and "*" never lets a page send cookies
// or credentials along. The guide's fetch sends Pragma and Cache-Control, which makes Browser preflight it, so
// OPTIONS answers 204 with the methods, the requested headers and, for a public page reaching a server on a
// private network (Chrome's Private Network Access), Access-Control-Allow-Private-Network.
//
// The guide names the style's URL on the host and scheme the request came to, so that its ":style" block works
// wherever the API is reached from.
func Handler() http.Handler {
	return http.HandlerFunc(serve)
}

func serve(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Access-Control-Allow-Origin", "*")
	h.Set("X-Content-Type-Options", "nosniff")
	var body []byte
	switch r.URL.Path {
	case StylePath:
		body = style
		h.Set("Content-Type", "text/plain; charset=utf-8")
	case GuidePath:
		guide, err := Guide(baseURL(r) + StylePath)
		if err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		body = guide
		h.Set("Content-Type", "text/html; charset=utf-8")
	default:
		http.NotFound(w, r)
		return
	}
	switch r.Method {
	case http.MethodGet, http.MethodHead:
	case http.MethodOptions:
		preflight(w, r)
		return
	default:
		h.Set("Allow", "GET, HEAD, OPTIONS")
		h.Del("Content-Type")
		http.Error(w, r.Method+" is not allowed on "+r.URL.Path, http.StatusMethodNotAllowed)
		return
	}
	// Investigators change neither, but a new Ringleader may: no stale copy after an upgrade.
	h.Set("Cache-Control", "no-cache")
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(http.StatusOK)
	if r.Method == http.MethodGet {
		_, _ = w.Write(body)
	}
}

func preflight(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Del("Content-Type")
	h.Set("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS")
	if req := r.Header.Get("Access-Control-Request-Headers"); req != "" && len(req) <= maxHeaderList && headerList.MatchString(req) {
		h.Set("Access-Control-Allow-Headers", req)
	}
	if r.Header.Get("Access-Control-Request-Private-Network") == "true" {
		h.Set("Access-Control-Allow-Private-Network", "true")
	}
	h.Set("Access-Control-Max-Age", strconv.Itoa(corsMaxAge))
	h.Add("Vary", "Access-Control-Request-Headers")
	w.WriteHeader(http.StatusNoContent)
}

// hostPattern is a Host header worth repeating in the guide: a name or an address, with a port.
var hostPattern = regexp.MustCompile(`^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(:[0-9]{1,5})?$`)

// baseURL is the scheme and host the request came to; "http://localhost:8080" when the Host header is not a plain
// host (the guide is then still right for the default address).
func baseURL(r *http.Request) string {
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	host := r.Host
	if !hostPattern.MatchString(host) {
		host = "localhost:8080"
	}
	return scheme + "://" + host
}
