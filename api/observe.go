package api

import (
	"bytes"
	"cmp"
	"context"
	"crypto/rand"
	"encoding/hex"
	"log/slog"
	"net/http"
	"regexp"
	"strconv"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/insights"
)

// validRequestID is what a client may send as X-Request-ID; anything else is replaced, so
// that logs cannot be forged with new lines or huge values.
var validRequestID = regexp.MustCompile(`^[A-Za-z0-9._-]{1,64}$`)

// requestID gives every request an id, echoed in X-Request-ID and in every log line and
// audit record about it.
func requestID() gin.HandlerFunc {
	return func(c *gin.Context) {
		id := c.GetHeader("X-Request-ID")
		if !validRequestID.MatchString(id) {
			var b [8]byte
			_, _ = rand.Read(b[:])
			id = hex.EncodeToString(b[:])
		}
		c.Set(requestIDKey, id)
		c.Header("X-Request-ID", id)
		c.Next()
	}
}

func requestIDOf(c *gin.Context) string { return c.GetString(requestIDKey) }

// metrics are the API's Prometheus series.
type metrics struct {
	requests *prometheus.CounterVec
	duration *prometheus.HistogramVec
}

func newMetrics(reg prometheus.Registerer) *metrics {
	m := &metrics{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "ringleader_http_requests_total",
			Help: "HTTP requests by route, method and status."}, []string{"route", "method", "status"}),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "ringleader_http_request_duration_seconds",
			Help: "HTTP request latency by route.", Buckets: prometheus.ExponentialBuckets(0.0005, 2.5, 14)},
			[]string{"route"}),
	}
	reg.MustRegister(m.requests, m.duration)
	return m
}

// registerCacheMetrics exposes what the analysis cache holds against its budget (serve --memory-budget).
func registerCacheMetrics(reg prometheus.Registerer, e *insights.Engine) {
	gauge := func(name, help string, v func(insights.CacheStats) float64) prometheus.Collector {
		return prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: name, Help: help},
			func() float64 { return v(e.CacheStats()) })
	}
	reg.MustRegister(
		gauge("ringleader_analysis_cache_bytes", "Measured bytes of the networks, projections and results the analysis cache holds.",
			func(s insights.CacheStats) float64 { return float64(s.Bytes) }),
		gauge("ringleader_analysis_cache_budget_bytes", "The analysis cache's memory budget.",
			func(s insights.CacheStats) float64 { return float64(s.Budget) }),
		gauge("ringleader_analysis_cache_entries", "Entries in the analysis cache.",
			func(s insights.CacheStats) float64 { return float64(s.Entries) }),
		prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "ringleader_analysis_cache_evictions_total",
			Help: "Entries evicted from the analysis cache to stay within its budget."},
			func() float64 { return float64(e.CacheStats().Evictions) }),
	)
}

// observe logs every request as one JSON line and counts it in the metrics.
func observe(log *slog.Logger, m *metrics) gin.HandlerFunc {
	return func(c *gin.Context) {
		start := time.Now()
		c.Next()
		route := routeOf(c)
		status := c.Writer.Status()
		elapsed := time.Since(start)
		m.requests.WithLabelValues(route, c.Request.Method, strconv.Itoa(status)).Inc()
		m.duration.WithLabelValues(route).Observe(elapsed.Seconds())
		attrs := []any{"request_id", requestIDOf(c), "method", c.Request.Method, "route", route,
			"status", status, "bytes", c.Writer.Size(), "ms", float64(elapsed.Microseconds()) / 1000}
		if c.GetBool(unauditedKey) {
			attrs = append(attrs, "client", c.RemoteIP(), "audited", false)
		}
		if t := caller(c); t != nil {
			attrs = append(attrs, "token", t.Name)
		}
		log.Info("request", attrs...)
	}
}

// routeOf is the route pattern, so that metrics and logs do not grow a series per id.
func routeOf(c *gin.Context) string {
	if r := c.FullPath(); r != "" {
		return r
	}
	return "unmatched"
}

// audit records every request in the audit log before its answer leaves: the handler's
// answer is held in a buffer, the record is written, and only then is the answer sent.
// When the record cannot be written the caller gets a 503 instead of the answer.
func audit(d Deps) gin.HandlerFunc {
	return func(c *gin.Context) {
		if d.Audit == nil || c.Request.URL.Path == "/healthz" || c.Request.URL.Path == "/readyz" || isAsset(c) {
			c.Next() // probes come every few seconds and carry no one's question, nor do the page's files
			return
		}
		start := time.Now()
		w := &heldWriter{ResponseWriter: c.Writer, status: http.StatusOK}
		c.Writer = w
		c.Next()
		c.Writer = w.ResponseWriter
		if c.GetBool(unauditedKey) {
			c.Writer.WriteHeader(w.status)
			_, _ = c.Writer.Write(w.buf.Bytes())
			return
		}

		rec := ringleader.AuditRecord{Time: start.UTC(), RequestID: requestIDOf(c), Method: c.Request.Method,
			Route: routeOf(c), Path: c.Request.URL.Path, Params: c.Request.URL.RawQuery, Status: w.status,
			ResultSize: w.buf.Len(), Millis: float64(time.Since(start).Microseconds()) / 1000,
			Auth: cmp.Or(c.GetString(authKey), ringleader.AuthNone)}
		if t := caller(c); t != nil {
			rec.Token, rec.Role, rec.AllCases, rec.Cases = t.Name, t.Role, t.AllCases, t.Cases
		}
		// The record is written even when the client has gone or the request timed out.
		ctx, cancel := context.WithTimeout(context.WithoutCancel(c.Request.Context()), auditTimeout)
		defer cancel()
		if err := d.Audit.AppendAudit(ctx, rec); err != nil {
			d.Logger.Error("audit record not written; answer withheld", "request_id", rec.RequestID, "err", err)
			h := c.Writer.Header()
			for k := range h {
				if k != "X-Request-Id" {
					delete(h, k)
				}
			}
			setSecurityHeaders(h)
			c.Header("Retry-After", retryAfterSeconds)
			writeProblem(c, http.StatusServiceUnavailable, ringleader.EUNAVAILABLE, "the audit trail cannot be written", nil)
			return
		}
		c.Writer.WriteHeader(w.status)
		_, _ = c.Writer.Write(w.buf.Bytes())
	}
}

// auditTimeout bounds the writing of one audit record.
const auditTimeout = 10 * time.Second

// heldWriter holds a response until the audit record about it is written.
type heldWriter struct {
	gin.ResponseWriter
	status  int
	written bool
	buf     bytes.Buffer
}

func (w *heldWriter) WriteHeader(code int) {
	if !w.written && code > 0 {
		w.status = code
	}
}

func (w *heldWriter) WriteHeaderNow() { w.written = true }

func (w *heldWriter) Write(b []byte) (int, error) {
	w.written = true
	return w.buf.Write(b)
}

func (w *heldWriter) WriteString(s string) (int, error) {
	w.written = true
	return w.buf.WriteString(s)
}

func (w *heldWriter) Status() int   { return w.status }
func (w *heldWriter) Size() int     { return w.buf.Len() }
func (w *heldWriter) Written() bool { return w.written }
func (w *heldWriter) Flush()        {}
