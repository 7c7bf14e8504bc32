package api

import (
	"context"
	"log/slog"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"golang.org/x/time/rate"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/insights"
)

// Deps are what the API needs.
type Deps struct {
	Store  ringleader.Store
	Engine *insights.Engine
	Logger *slog.Logger
	// Tokens authenticates callers; every route but /healthz and /readyz needs a token.
	Tokens ringleader.TokenStore
	// NoAuth serves without tokens: every caller is an all-cases admin. Only for a
	// machine of one's own (serve --insecure-no-auth).
	NoAuth bool
	// Audit records every request before it is answered; nil records nothing (tests).
	Audit ringleader.AuditLog
	// RateLimit is each token's sustained rate in requests per second (0: unlimited),
	// RateBurst the bucket size.
	RateLimit rate.Limit
	RateBurst int
	// FailedAuthRate and FailedAuthBurst limit, per client address, requests without a valid token (0: one a
	// second after the first 20); one over the limit is refused with 429 and not audited.
	FailedAuthRate  rate.Limit
	FailedAuthBurst int
	// RequestTimeout bounds each request's work (0: DefaultRequestTimeout).
	RequestTimeout time.Duration
	// Registry receives the API's metrics, served at /metrics (nil: a fresh registry
	// with the Go and process collectors).
	Registry *prometheus.Registry
	// StoreKind names the store ("sqlite" or "neo4j") for the workbench; BrowserURL, for a Neo4j store, is where
	// its Neo4j Browser answers, so that the workbench can open an entity's neighbourhood there.
	StoreKind  string
	BrowserURL string
}

// Request limits.
const (
	DefaultRequestTimeout = 2 * time.Minute
	maxBody               = 1 << 20   // JSON bodies
	maxChartBody          = 16 << 20  // a saved chart: 10,000 nodes' positions and the page's settings
	maxLoadBody           = 256 << 20 // bundles sent to /api/v1/load
)

// NewHandler returns the API's http.Handler.
func NewHandler(d Deps) http.Handler {
	if d.Logger == nil {
		d.Logger = slog.New(slog.DiscardHandler)
	}
	if d.Engine == nil {
		d.Engine = insights.New(d.Store)
	}
	gin.SetMode(gin.ReleaseMode)
	r := gin.New()
	// Entity ids may hold reserved characters ("phone:+963...", ids with "/"): route on
	// the escaped path and unescape the parameters.
	r.UseRawPath = true
	r.UnescapePathValues = true
	r.HandleMethodNotAllowed = true
	if d.RequestTimeout <= 0 {
		d.RequestTimeout = DefaultRequestTimeout
	}
	if d.Registry == nil {
		d.Registry = prometheus.NewRegistry()
		d.Registry.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	}
	// Outermost first: the request id, then the log line and metrics (which see the final
	// status), then the audit record (written before the answer leaves), then panics and
	// errors turned into problem+json.
	registerCacheMetrics(d.Registry, d.Engine)
	r.Use(requestID(), securityHeaders(), observe(d.Logger, newMetrics(d.Registry)), audit(d), recoverProblem(d.Logger),
		writeErrors(d.Logger), timeout(d.RequestTimeout))
	addRoutes(r, d)
	return r
}

// timeout bounds the work of a request; stores and analyses stop when it passes.
func timeout(d time.Duration) gin.HandlerFunc {
	return func(c *gin.Context) {
		ctx, cancel := context.WithTimeout(c.Request.Context(), d)
		defer cancel()
		c.Request = c.Request.WithContext(ctx)
		c.Next()
	}
}
