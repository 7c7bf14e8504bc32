package neo4jtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Version is the Neo4j version of the distribution defined in testing/neo4j/pom.xml.
const Version = "5.26.31"

// DefaultImage is the image the testcontainers route runs unless RINGLEADER_NEO4J_IMAGE names another.
const DefaultImage = "ringleader/neo4j:" + Version

// Route names, as in Server.Route.
const (
	RouteEnv            = "env"
	RouteTestcontainers = "testcontainers"
	RouteHostJava       = "host-java"
)

// Server is a running Neo4j server and how to reach it.
type Server struct {
	URI      string // Bolt URI, bolt://host:port
	User     string
	Password string
	HTTPURL  string // http://host:port: Browser at /browser/, the Query API at /db/neo4j/query/v2
	Route    string // RouteEnv, RouteTestcontainers or RouteHostJava
	// Container is the container's id on route testcontainers. Direct says that URI is the container's own
	// address rather than a published port (ContainerOptions.Direct).
	Container string
	Direct    bool

	stop func() error // nil for RouteEnv: someone else owns that server
	// kill and restart implement Kill and Restart; nil for RouteEnv.
	kill, restart func(context.Context) error
	shared        bool // the server of Start
}

var (
	once     sync.Once
	shared   *Server
	startErr error
	inMain   atomic.Bool
	stopOnce sync.Once
	stopErr  error
)

// unavailableError says a route cannot be tried here (no engine, no image, no distribution); Start moves on to the
// next route, and skips the test if no route is left.
type unavailableError struct{ reason string }

func (e *unavailableError) Error() string { return e.reason }

func unavailable(format string, args ...any) error {
	return &unavailableError{reason: fmt.Sprintf(format, args...)}
}

// Start returns the test binary's Neo4j server, starting it on the first call. It is safe for concurrent use and
// returns the same server to every caller. See the package documentation for the routes and the TestMain contract.
func Start(tb testing.TB) *Server {
	tb.Helper()
	if !inMain.Load() {
		tb.Fatal("neo4jtest: Start needs TestMain to call neo4jtest.Main(m), which stops the server after the tests")
	}
	once.Do(func() {
		if shared, startErr = start(tb); shared != nil {
			shared.shared = true
		}
	})
	if startErr != nil {
		var u *unavailableError
		if errors.As(startErr, &u) && os.Getenv("RINGLEADER_REQUIRE_NEO4J") != "1" {
			tb.Skipf("neo4jtest: %v (RINGLEADER_REQUIRE_NEO4J=1 makes this a failure)", startErr)
		}
		tb.Fatalf("neo4jtest: %v", startErr)
	}
	return shared
}

func start(tb testing.TB) (*Server, error) {
	tb.Helper()
	if uri := os.Getenv("NEO4J_URI"); uri != "" {
		return fromEnv(tb, uri)
	}
	var reasons []string
	for _, route := range []struct {
		name  string
		start func(testing.TB) (*Server, error)
	}{
		{RouteTestcontainers, startContainer},
		{RouteHostJava, startHost},
	} {
		s, err := route.start(tb)
		if err == nil {
			return s, nil
		}
		var u *unavailableError
		if !errors.As(err, &u) {
			return nil, fmt.Errorf("route=%s: %w", route.name, err)
		}
		tb.Logf("neo4jtest: route=%s unavailable: %v", route.name, err)
		reasons = append(reasons, route.name+": "+err.Error())
	}
	return nil, unavailable("no Neo4j server: NEO4J_URI is not set; %s", strings.Join(reasons, "; "))
}

// Main runs the tests, stops the server if one was started, and exits with the tests' code. Call it from TestMain.
// SIGINT and SIGTERM also stop the server before the binary exits.
func Main(m *testing.M) {
	inMain.Store(true)
	signals := make(chan os.Signal, 1)
	signal.Notify(signals, os.Interrupt, syscall.SIGTERM)
	go func() {
		sig := <-signals
		if err := Stop(); err != nil {
			fmt.Fprintf(os.Stderr, "neo4jtest: stop on %v: %v\n", sig, err)
		}
		os.Exit(128 + int(sig.(syscall.Signal)))
	}()
	code := m.Run()
	if err := Stop(); err != nil {
		fmt.Fprintf(os.Stderr, "neo4jtest: stop: %v\n", err)
		if code == 0 {
			code = 1
		}
	}
	os.Exit(code)
}

// Stop stops the server Start started (a container is removed, a host process ended and its directory deleted).
// It is idempotent and does nothing for route env. Main calls it; a TestMain that cannot use Main calls it after
// m.Run.
func Stop() error {
	stopOnce.Do(func() {
		// Waits for a Start in progress, and keeps a later Start from starting a server nobody would stop.
		once.Do(func() { startErr = errors.New("the server was stopped: Start after Stop") })
		if shared != nil && shared.stop != nil {
			stopErr = shared.stop()
		}
	})
	return stopErr
}

// Terminate stops a server that StartContainer started: its container is removed, volumes included. A server
// someone else runs (route env) is left alone. The server Start shares belongs to the test binary, which stops it
// in Main: Terminate refuses it.
func (s *Server) Terminate() error {
	if s.shared {
		return errors.New("neo4jtest: Terminate of the shared server: Main stops it")
	}
	if s.stop == nil {
		return nil
	}
	return s.stop()
}

// Kill ends the server at once, as a crash or a kill -9 would (SIGKILL: no shutdown, no checkpoint), and keeps its
// store for Restart. A server of route env belongs to someone else: the test is skipped, or fails when
// RINGLEADER_REQUIRE_NEO4J=1. Kill and Restart change the shared server: use them only in a test binary of their own.
func (s *Server) Kill(tb testing.TB) {
	tb.Helper()
	if s.kill == nil {
		s.unsupported(tb, "kill")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := s.kill(ctx); err != nil {
		tb.Fatalf("neo4jtest: kill the %s server: %v", s.Route, err)
	}
	tb.Logf("neo4jtest: killed the %s server at %s", s.Route, s.URI)
}

// Restart starts a killed server again on the same store, password and, for route host-java, ports; a container's
// ports may change, so URI and HTTPURL are read again. It returns when Bolt accepts the credentials.
func (s *Server) Restart(tb testing.TB) {
	tb.Helper()
	if s.restart == nil {
		s.unsupported(tb, "restart")
	}
	t0 := time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	if err := s.restart(ctx); err != nil {
		tb.Fatalf("neo4jtest: restart the %s server: %v", s.Route, err)
	}
	tb.Logf("neo4jtest: restarted the %s server at %s in %v", s.Route, s.URI, time.Since(t0).Round(time.Millisecond))
}

func (s *Server) unsupported(tb testing.TB, what string) {
	tb.Helper()
	msg := fmt.Sprintf("neo4jtest: route %s: cannot %s a server someone else runs", s.Route, what)
	if os.Getenv("RINGLEADER_REQUIRE_NEO4J") == "1" {
		tb.Fatal(msg)
	}
	tb.Skip(msg)
}

// Driver returns a new driver for the server, closed when the test ends, after checking that it can connect and
// authenticate.
func (s *Server) Driver(tb testing.TB) neo4jdrv.DriverWithContext {
	tb.Helper()
	d, err := neo4jdrv.NewDriverWithContext(s.URI, neo4jdrv.BasicAuth(s.User, s.Password, ""))
	if err != nil {
		tb.Fatalf("neo4jtest: driver for %s: %v", s.URI, err)
	}
	tb.Cleanup(func() { _ = d.Close(context.Background()) })
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := d.VerifyConnectivity(ctx); err != nil {
		tb.Fatalf("neo4jtest: connect to %s: %v", s.URI, err)
	}
	return d
}

// newPassword returns 32 random hex digits: long enough for Neo4j's minimum of 8 and free of characters that a
// NEO4J_AUTH=neo4j/<password> split or a shell could misread.
func newPassword() (string, error) {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("password: %w", err)
	}
	return hex.EncodeToString(b), nil
}

// DistDir is the directory of the distribution testing/neo4j/build-dist.sh builds: RINGLEADER_NEO4J_DIST, else
// $XDG_CACHE_HOME or ~/.cache, then ringleader/neo4j-<Version>, as in the script.
func DistDir() string {
	if d := os.Getenv("RINGLEADER_NEO4J_DIST"); d != "" {
		return d
	}
	cache := os.Getenv("XDG_CACHE_HOME")
	if cache == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			home = os.TempDir()
		}
		cache = filepath.Join(home, ".cache")
	}
	return filepath.Join(cache, "ringleader", "neo4j-"+Version)
}
