package api

import (
	"net/http"
	"net/url"
	"strings"
	"sync"

	"github.com/gin-gonic/gin"
	lru "github.com/hashicorp/golang-lru/v2"
	"golang.org/x/time/rate"

	"github.com/ringleader/ringleader"
)

// Keys of what the middleware leaves on a request's context.
const (
	tokenKey     = "ringleader.token"
	authKey      = "ringleader.auth" // ringleader.AuthToken, AuthNone or AuthInvalid
	requestIDKey = "ringleader.request_id"
	// unauditedKey marks a request refused before authentication by the per-address limit: it is counted and
	// logged, not written to the audit trail, so that a flood of bad tokens cannot fill the store.
	unauditedKey = "ringleader.unaudited"
)

// anonymous is the caller of an API served with auth off (serve --insecure-no-auth).
var anonymous = ringleader.Token{Name: "anonymous", Role: ringleader.RoleAdmin, AllCases: true}

// authenticate finds the caller's token from "Authorization: Bearer ...". Every answer to
// a missing, unknown or revoked token is the same 401, so that it reveals nothing; the audit
// record tells a bad token from none. A client address that keeps failing is refused with
// 429 before its requests are audited (see addressLimiter).
func authenticate(d Deps, failures *addressLimiter) gin.HandlerFunc {
	return func(c *gin.Context) {
		if d.NoAuth {
			c.Set(tokenKey, &anonymous)
			c.Set(authKey, ringleader.AuthToken)
			return
		}
		tok, auth, err := lookupToken(c, d.Tokens)
		c.Set(authKey, auth)
		if err != nil {
			if (auth == ringleader.AuthNone || auth == ringleader.AuthInvalid) && !failures.allow(c.RemoteIP()) {
				c.Set(unauditedKey, true)
				c.Header("Retry-After", "60")
				fail(c, ringleader.Errorf(ringleader.ETOOMANY, "too many requests without a valid token from this address"))
				return
			}
			c.Header("WWW-Authenticate", `Bearer realm="ringleader"`)
			fail(c, err)
			return
		}
		c.Set(tokenKey, tok)
	}
}

// identify names the caller of a request that no route matched, for its audit record, without refusing it:
// the answer is a 404 whatever the token.
func identify(d Deps) gin.HandlerFunc {
	return func(c *gin.Context) {
		if d.NoAuth {
			c.Set(tokenKey, &anonymous)
			c.Set(authKey, ringleader.AuthToken)
			return
		}
		tok, auth, _ := lookupToken(c, d.Tokens)
		c.Set(authKey, auth)
		if tok != nil {
			c.Set(tokenKey, tok)
		}
	}
}

// lookupToken returns the caller's token, and how the request authenticated: AuthNone without credentials,
// AuthInvalid with credentials that name no active token.
func lookupToken(c *gin.Context, tokens ringleader.TokenStore) (*ringleader.Token, string, error) {
	unauthorized := ringleader.Errorf(ringleader.EUNAUTHORIZED, "a valid API token is required (Authorization: Bearer TOKEN)")
	header := c.GetHeader("Authorization")
	if strings.TrimSpace(header) == "" {
		return nil, ringleader.AuthNone, unauthorized
	}
	tok, err := checkToken(c, tokens, header)
	switch {
	case ringleader.ErrorCode(err) == ringleader.EUNAUTHORIZED:
		return nil, ringleader.AuthInvalid, err
	case err != nil:
		return nil, "", err // the store failed: the credentials are not known to be good or bad
	}
	return tok, ringleader.AuthToken, nil
}

func checkToken(c *gin.Context, tokens ringleader.TokenStore, header string) (*ringleader.Token, error) {
	unauthorized := ringleader.Errorf(ringleader.EUNAUTHORIZED, "a valid API token is required (Authorization: Bearer TOKEN)")
	scheme, secret, ok := strings.Cut(header, " ")
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

// addressLimiter keeps a token bucket per client address for requests that fail authentication, so that
// guessing tokens is slow and a flood of bad requests writes nothing. The address is the TCP peer's, never a
// header a client could forge; an LRU bounds the memory a flood from many addresses can take.
type addressLimiter struct {
	every rate.Limit
	burst int
	mu    sync.Mutex
	by    *lru.Cache[string, *rate.Limiter]
}

// Limits on requests without a valid token, per client address: a person who mistypes a token is not held
// back; a script that guesses is, to one guess a second after its first 20.
const (
	unauthenticatedRate  = rate.Limit(1)
	unauthenticatedBurst = 20
	trackedAddresses     = 10000
)

func newAddressLimiter(every rate.Limit, burst int) *addressLimiter {
	by, _ := lru.New[string, *rate.Limiter](trackedAddresses) // the size is a positive constant
	if every <= 0 {
		every = unauthenticatedRate
	}
	if burst <= 0 {
		burst = unauthenticatedBurst
	}
	return &addressLimiter{every: every, burst: burst, by: by}
}

func (l *addressLimiter) allow(addr string) bool {
	l.mu.Lock()
	lim, ok := l.by.Get(addr)
	if !ok {
		lim = rate.NewLimiter(l.every, l.burst)
		l.by.Add(addr, lim)
	}
	l.mu.Unlock()
	return lim.Allow()
}

// limitBody caps request bodies: a larger one fails with 413 when a handler reads it.
func limitBody(maxBytes int64) gin.HandlerFunc {
	return func(c *gin.Context) {
		if c.Request.Body != nil && c.Request.Body != http.NoBody {
			c.Request.Body = http.MaxBytesReader(c.Writer, c.Request.Body, maxBytes)
		}
	}
}

// strictQuery refuses a query string that Go's parser would read only in part: a literal ";" (which net/url
// drops, with the pair it is in, since Go 1.17) or a malformed escape. Without it, "types=call;x" answered as if
// no filter were given, and "case=c1;" as if no case were.
func strictQuery() gin.HandlerFunc {
	return func(c *gin.Context) {
		if _, err := url.ParseQuery(c.Request.URL.RawQuery); err != nil {
			reason := "malformed query string"
			if strings.Contains(c.Request.URL.RawQuery, ";") {
				reason = `";" is not a separator: use "&" between parameters, and %3B for a ";" in a value`
			}
			fail(c, &ringleader.Error{Code: ringleader.EINVALID, Message: "invalid query string",
				Problems: []ringleader.Problem{{Field: "query", Reason: reason}}})
		}
	}
}

// securityHeaders sets what every answer carries: no content sniffing, no caching of answers that hold case
// data, no referrer, no framing, and a policy that renders nothing (the page's own files set theirs).
func securityHeaders() gin.HandlerFunc {
	return func(c *gin.Context) {
		setSecurityHeaders(c.Writer.Header())
		c.Next()
	}
}

func setSecurityHeaders(h http.Header) {
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Cache-Control", "no-store")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Content-Security-Policy", apiCSP)
}
