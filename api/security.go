package api

import (
	"net/http"
	"strings"
	"sync"

	"github.com/gin-gonic/gin"
	"golang.org/x/time/rate"

	"github.com/ringleader/ringleader"
)

// Keys of what the middleware leaves on a request's context.
const (
	tokenKey     = "ringleader.token"
	requestIDKey = "ringleader.request_id"
)

// anonymous is the caller of an API served with auth off (serve --insecure-no-auth).
var anonymous = ringleader.Token{Name: "anonymous", Role: ringleader.RoleAdmin, AllCases: true}

// authenticate finds the caller's token from "Authorization: Bearer ...". Every answer to
// a missing, unknown or revoked token is the same 401, so that it reveals nothing.
func authenticate(d Deps) gin.HandlerFunc {
	return func(c *gin.Context) {
		if d.NoAuth {
			c.Set(tokenKey, &anonymous)
			return
		}
		tok, err := lookupToken(c, d.Tokens)
		if err != nil {
			c.Header("WWW-Authenticate", `Bearer realm="ringleader"`)
			fail(c, err)
			return
		}
		c.Set(tokenKey, tok)
	}
}

func lookupToken(c *gin.Context, tokens ringleader.TokenStore) (*ringleader.Token, error) {
	unauthorized := ringleader.Errorf(ringleader.EUNAUTHORIZED, "a valid API token is required (Authorization: Bearer TOKEN)")
	scheme, secret, ok := strings.Cut(c.GetHeader("Authorization"), " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") || tokens == nil {
		return nil, unauthorized
	}
	id, raw, ok := ringleader.SplitSecret(strings.TrimSpace(secret))
	if !ok {
		return nil, unauthorized
	}
	tok, err := tokens.TokenByID(c.Request.Context(), id)
	switch {
	case ringleader.ErrorCode(err) == ringleader.ENOTFOUND:
		return nil, unauthorized
	case err != nil:
		return nil, err
	case !tok.Verify(raw) || !tok.Active():
		return nil, unauthorized
	}
	return &tok, nil
}

// caller returns the authenticated token of the request.
func caller(c *gin.Context) *ringleader.Token {
	if v, ok := c.Get(tokenKey); ok {
		return v.(*ringleader.Token)
	}
	return nil
}

// scope returns the cases the caller may see: its token's compartment. A request that did
// not pass authentication sees nothing.
func scope(c *gin.Context) ringleader.Scope {
	if t := caller(c); t != nil {
		return t.Scope()
	}
	return ringleader.Scope{}
}

// need refuses callers whose role does not include role.
func need(role ringleader.Role) gin.HandlerFunc {
	return func(c *gin.Context) {
		t := caller(c)
		if t == nil || !t.Role.Includes(role) {
			fail(c, ringleader.Errorf(ringleader.EFORBIDDEN, "this needs the %s role", role))
		}
	}
}

// limiter keeps one token bucket per token, so that one client cannot starve the others.
type limiter struct {
	every rate.Limit
	burst int
	mu    sync.Mutex
	by    map[string]*rate.Limiter
}

func (l *limiter) allow(name string) bool {
	if l.every <= 0 {
		return true
	}
	l.mu.Lock()
	lim, ok := l.by[name]
	if !ok {
		lim = rate.NewLimiter(l.every, l.burst)
		l.by[name] = lim
	}
	l.mu.Unlock()
	return lim.Allow()
}

// rateLimit answers 429 with Retry-After when a token exceeds its rate.
func rateLimit(d Deps) gin.HandlerFunc {
	l := &limiter{every: d.RateLimit, burst: max(d.RateBurst, 1), by: map[string]*rate.Limiter{}}
	return func(c *gin.Context) {
		t := caller(c)
		if t == nil || l.allow(t.Name) {
			return
		}
		c.Header("Retry-After", "1")
		fail(c, ringleader.Errorf(ringleader.ETOOMANY, "rate limit of %g requests per second exceeded", float64(l.every)))
	}
}

// limitBody caps request bodies: a larger one fails with 413 when a handler reads it.
func limitBody(maxBytes int64) gin.HandlerFunc {
	return func(c *gin.Context) {
		if c.Request.Body != nil && c.Request.Body != http.NoBody {
			c.Request.Body = http.MaxBytesReader(c.Writer, c.Request.Body, maxBytes)
		}
	}
}
