package neo4jtest

import (
	"context"
	"fmt"
	"net"
	"net/url"
	"os"
	"testing"
	"time"
)

// fromEnv is route env: a server someone else runs. A wrong NEO4J_URI is a failure, not a reason to skip.
func fromEnv(tb testing.TB, uri string) (*Server, error) {
	tb.Helper()
	s := &Server{
		URI:      uri,
		User:     os.Getenv("NEO4J_USER"),
		Password: os.Getenv("NEO4J_PASSWORD"),
		HTTPURL:  os.Getenv("NEO4J_HTTP_URL"),
		Route:    RouteEnv,
	}
	if s.User == "" {
		s.User = "neo4j"
	}
	if s.HTTPURL == "" {
		// Neo4j's default HTTP port on the Bolt host; start-host.sh prints NEO4J_HTTP_URL so this guess is rare.
		u, err := url.Parse(uri)
		if err != nil {
			return nil, fmt.Errorf("route=env: NEO4J_URI %q: %w", uri, err)
		}
		s.HTTPURL = "http://" + net.JoinHostPort(u.Hostname(), "7474")
	}
	t0 := time.Now()
	if err := waitBolt(context.Background(), s.URI, s.User, s.Password, 30*time.Second); err != nil {
		return nil, fmt.Errorf("route=env (NEO4J_URI=%s): %w", uri, err)
	}
	tb.Logf("neo4jtest: route=env uri=%s (answered in %v)", s.URI, time.Since(t0).Round(time.Millisecond))
	return s, nil
}
