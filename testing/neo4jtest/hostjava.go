package neo4jtest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// startHost is route host-java: the distribution of testing/neo4j/build-dist.sh, run by its own launcher
// (bin/neo4j-run.sh, the image's entry point too) on the host's Java, with a fresh store on free ports.
func startHost(tb testing.TB) (*Server, error) {
	tb.Helper()
	dist := DistDir()
	launcher := filepath.Join(dist, "bin", "neo4j-run.sh")
	if _, err := os.Stat(filepath.Join(dist, ".complete")); err != nil {
		return nil, unavailable("no distribution in %s: run testing/neo4j/build-dist.sh (or make neo4j-dist)", dist)
	}
	if _, err := exec.LookPath("java"); err != nil {
		return nil, unavailable("no java on PATH for the distribution in %s", dist)
	}
	removeStaleHomes(tb)
	home, err := os.MkdirTemp("", homePrefix)
	if err != nil {
		return nil, err
	}
	ports, err := freePorts(2)
	if err != nil {
		return nil, errors.Join(err, os.RemoveAll(home))
	}
	bolt, http := ports[0], ports[1]
	password, err := newPassword()
	if err != nil {
		return nil, errors.Join(err, os.RemoveAll(home))
	}
	consolePath := filepath.Join(home, "console.log")
	env := append(withoutNeo4jSettings(os.Environ()),
		"NEO4J_HOME="+home,
		"NEO4J_DIST="+dist,
		"NEO4J_PIDFILE="+filepath.Join(home, pidFile),
		"NEO4J_AUTH=neo4j/"+password,
		"NEO4J_server_default__listen__address=127.0.0.1",
		"NEO4J_server_bolt_listen__address=127.0.0.1:"+bolt,
		"NEO4J_server_bolt_advertised__address=127.0.0.1:"+bolt,
		"NEO4J_server_http_listen__address=127.0.0.1:"+http,
		"NEO4J_server_http_advertised__address=127.0.0.1:"+http,
	)
	t0 := time.Now()
	proc, err := launchHost(launcher, env, consolePath)
	if err != nil {
		return nil, errors.Join(err, os.RemoveAll(home))
	}
	stop := func() error {
		proc.end(syscall.SIGTERM, 30*time.Second)
		return os.RemoveAll(home)
	}
	s := &Server{
		URI:      "bolt://127.0.0.1:" + bolt,
		User:     "neo4j",
		Password: password,
		HTTPURL:  "http://127.0.0.1:" + http,
		Route:    RouteHostJava,
		stop:     stop,
	}
	if err := proc.waitReady(s); err != nil {
		return nil, errors.Join(err, stop())
	}
	s.kill = func(context.Context) error {
		proc.end(syscall.SIGKILL, time.Minute)
		return nil
	}
	// The same home, ports and password: the store is kept, and NEO4J_AUTH is ignored for an existing store.
	s.restart = func(context.Context) error {
		if proc, err = launchHost(launcher, env, consolePath); err != nil {
			return err
		}
		return proc.waitReady(s)
	}
	tb.Logf("neo4jtest: route=host-java dist=%s pid=%d home=%s uri=%s http=%s (started in %v)",
		dist, proc.cmd.Process.Pid, home, s.URI, s.HTTPURL, time.Since(t0).Round(time.Millisecond))
	return s, nil
}

// hostProcess is one run of the launcher; the launcher execs java, so its process is the server.
type hostProcess struct {
	cmd     *exec.Cmd
	console string
	// startsBefore counts the "Started." lines the console log held before this run.
	startsBefore int
	exited       chan struct{} // closed when the server has exited; waitErr is then its status
	waitErr      error
}

// launchHost starts the launcher with env, its output appended to the console log.
func launchHost(launcher string, env []string, consolePath string) (*hostProcess, error) {
	console, err := os.OpenFile(consolePath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return nil, err
	}
	defer console.Close()
	p := &hostProcess{cmd: exec.Command(launcher), console: consolePath, exited: make(chan struct{}),
		startsBefore: countStarted(consolePath)}
	p.cmd.Env = env
	p.cmd.Stdout, p.cmd.Stderr = console, console
	// The server must not outlive the test binary, even one killed by a -timeout panic: the kernel sends it SIGTERM
	// when the thread that started it ends, so that thread stays locked to the goroutine waiting for the server.
	p.cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGTERM}
	startErr := make(chan error, 1)
	go func() {
		runtime.LockOSThread()
		if err := p.cmd.Start(); err != nil {
			startErr <- err
			return
		}
		startErr <- nil
		p.waitErr = p.cmd.Wait()
		close(p.exited)
	}()
	if err := <-startErr; err != nil {
		return nil, fmt.Errorf("start %s: %w", launcher, err)
	}
	return p, nil
}

// waitReady waits for this run's "Started." line (a restart appends to the console log of the runs before), then
// for Bolt to accept s's credentials.
func (p *hostProcess) waitReady(s *Server) error {
	if err := waitStarted(p.console, p.startsBefore, p.exited, &p.waitErr, 8*time.Minute); err != nil {
		return fmt.Errorf("%w\n%s", err, tailFile(p.console, 40))
	}
	if err := waitBolt(context.Background(), s.URI, s.User, s.Password, time.Minute); err != nil {
		return fmt.Errorf("%w\n%s", err, tailFile(p.console, 40))
	}
	return nil
}

// end sends sig and waits up to grace for the server to exit, then kills it.
func (p *hostProcess) end(sig syscall.Signal, grace time.Duration) {
	_ = p.cmd.Process.Signal(sig)
	select {
	case <-p.exited:
	case <-time.After(grace):
		_ = p.cmd.Process.Kill()
		<-p.exited
	}
}

const (
	homePrefix = "neo4jtest-"
	pidFile    = "neo4j.pid"
)

// removeStaleHomes deletes the instance directories of servers that are gone without Stop: their test binary was
// killed (the server then got SIGTERM, but nobody removed its directory). Young directories are left alone, as a
// server starting in another test binary has not written its pid yet.
func removeStaleHomes(tb testing.TB) {
	tb.Helper()
	dirs, _ := filepath.Glob(filepath.Join(os.TempDir(), homePrefix+"*"))
	for _, dir := range dirs {
		info, err := os.Stat(dir)
		if err != nil || !info.IsDir() || time.Since(info.ModTime()) < 5*time.Minute {
			continue
		}
		if b, err := os.ReadFile(filepath.Join(dir, pidFile)); err == nil {
			pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
			if err == nil && syscall.Kill(pid, 0) != syscall.ESRCH {
				continue
			}
		}
		if err := os.RemoveAll(dir); err == nil {
			tb.Logf("neo4jtest: removed %s, left by a server that is gone", dir)
		}
	}
}

// startedLine is what the server prints once Bolt and HTTP accept connections.
var startedLine = []byte(" Started.\n")

// countStarted returns how many times the console log says the server started.
func countStarted(console string) int {
	b, _ := os.ReadFile(console)
	return bytes.Count(b, startedLine)
}

// waitStarted waits for a "Started." line in the console log beyond the first before of them. A server that exits
// first ends the wait.
func waitStarted(console string, before int, exited <-chan struct{}, waitErr *error, timeout time.Duration) error {
	deadline := time.After(timeout)
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	for {
		if countStarted(console) > before {
			return nil
		}
		select {
		case <-exited:
			return fmt.Errorf("neo4j exited before it started: %v", *waitErr)
		case <-deadline:
			return fmt.Errorf("neo4j did not print Started. within %v", timeout)
		case <-tick.C:
		}
	}
}

// freePorts returns n distinct ports that were free on 127.0.0.1 a moment ago.
func freePorts(n int) ([]string, error) {
	var ports []string
	var listeners []net.Listener
	defer func() {
		for _, l := range listeners {
			l.Close()
		}
	}()
	for range n {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return nil, fmt.Errorf("free port: %w", err)
		}
		listeners = append(listeners, l)
		ports = append(ports, strconv.Itoa(l.Addr().(*net.TCPAddr).Port))
	}
	return ports, nil
}

// withoutNeo4jSettings drops the caller's NEO4J_* variables: the launcher would take them for server settings, and
// NEO4J_URI and friends belong to route env.
func withoutNeo4jSettings(env []string) []string {
	out := env[:0:0]
	for _, kv := range env {
		if !strings.HasPrefix(kv, "NEO4J_") {
			out = append(out, kv)
		}
	}
	return out
}

// tailFile returns the last n lines of a file, for error messages.
func tailFile(path string, n int) string {
	b, err := os.ReadFile(path)
	if err != nil {
		return "(no console log: " + err.Error() + ")"
	}
	lines := bytes.Split(bytes.TrimRight(b, "\n"), []byte("\n"))
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return path + " (last lines):\n" + string(bytes.Join(lines, []byte("\n")))
}
