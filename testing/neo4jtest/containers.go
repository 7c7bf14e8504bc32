package neo4jtest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/containerd/errdefs"
	"github.com/moby/moby/client"
	"github.com/testcontainers/testcontainers-go"
	"github.com/testcontainers/testcontainers-go/wait"
)

// Labels on the containers this package starts, besides testcontainers' own org.testcontainers=true. The pid and
// host let a later Start remove the containers of test binaries that died before they could.
const (
	labelOwner = "io.github.ringleader.neo4jtest"
	labelPID   = "io.github.ringleader.neo4jtest.pid"
	labelHost  = "io.github.ringleader.neo4jtest.host"
)

// startContainer is route testcontainers.
func startContainer(tb testing.TB) (*Server, error) {
	tb.Helper()
	setDefaultEnv(tb, "TESTCONTAINERS_RYUK_DISABLED", "true")
	if h := os.Getenv("DOCKER_HOST"); h == "" || strings.HasPrefix(h, "unix://") {
		setDefaultEnv(tb, "TESTCONTAINERS_HOST_OVERRIDE", "localhost")
	}
	image := os.Getenv("RINGLEADER_NEO4J_IMAGE")
	if image == "" {
		image = DefaultImage
	}

	// Bounds everything: a pull of a missing official image, the start, the wait for Bolt.
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	cli, err := dockerClient(ctx)
	if err != nil {
		return nil, unavailable("no Docker engine answers (scripts/docker-up.sh starts one): %v", err)
	}
	defer cli.Close()
	sweepOrphans(ctx, tb, cli)
	if _, err := cli.ImageInspect(ctx, image); err != nil {
		if !errdefs.IsNotFound(err) {
			return nil, fmt.Errorf("inspect image %s: %w", image, err)
		}
		if strings.HasPrefix(image, "ringleader/") {
			return nil, unavailable("image %s is not built: run scripts/docker-up.sh and testing/neo4j/build-images.sh", image)
		}
		tb.Logf("neo4jtest: image %s is not local: testcontainers will pull it", image)
	}

	password, err := newPassword()
	if err != nil {
		return nil, err
	}
	host, _ := os.Hostname()
	logs := &tcLogger{tb: tb}
	defer logs.detach()
	t0 := time.Now()
	ctr, err := testcontainers.Run(ctx, image,
		testcontainers.WithExposedPorts("7687/tcp", "7474/tcp"),
		testcontainers.WithEnv(map[string]string{
			// The official image's conventions, which neo4j-run.sh follows too.
			"NEO4J_AUTH": "neo4j/" + password,
			// Official image only: install APOC and GDS at start (GDS is downloaded). Ours has them and ignores this.
			"NEO4J_PLUGINS": `["apoc", "graph-data-science"]`,
			"NEO4J_dbms_security_procedures_unrestricted": "gds.*,apoc.*",
		}),
		testcontainers.WithLabels(map[string]string{
			labelOwner: "1",
			labelPID:   strconv.Itoa(os.Getpid()),
			labelHost:  host,
		}),
		// Both images print "Started." once Bolt and HTTP accept connections; a container that exits ends the wait.
		// The log strategy has its own 60 s default, which a loaded 2-core machine exceeds: a start took 70 s with
		// several test binaries running, and over 3 minutes with three servers starting at once beside other work.
		testcontainers.WithWaitStrategyAndDeadline(8*time.Minute, wait.ForLog("Started.").WithStartupTimeout(8*time.Minute)),
		testcontainers.WithLogger(logs),
	)
	if err != nil {
		if ctr != nil {
			err = fmt.Errorf("%w\n%s", err, tail(ctx, ctr, 40))
			_ = ctr.Terminate(context.WithoutCancel(ctx))
		}
		return nil, fmt.Errorf("run %s: %w", image, err)
	}
	terminate := func() error {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		if err := ctr.Terminate(ctx, testcontainers.RemoveVolumes()); err != nil {
			return fmt.Errorf("terminate container %s: %w", ctr.GetContainerID(), err)
		}
		return nil
	}
	s := &Server{User: "neo4j", Password: password, Route: RouteTestcontainers, stop: terminate}
	if s.URI, err = ctr.PortEndpoint(ctx, "7687/tcp", "bolt"); err == nil {
		s.HTTPURL, err = ctr.PortEndpoint(ctx, "7474/tcp", "http")
	}
	if err == nil {
		err = waitBolt(ctx, s.URI, s.User, s.Password, time.Minute)
	}
	if err != nil {
		err = fmt.Errorf("%w\n%s", err, tail(ctx, ctr, 40))
		return nil, errors.Join(err, terminate())
	}
	s.kill = func(ctx context.Context) error {
		cli, err := dockerClient(ctx)
		if err != nil {
			return err
		}
		defer cli.Close()
		_, err = cli.ContainerKill(ctx, ctr.GetContainerID(), client.ContainerKillOptions{Signal: "KILL"})
		return err
	}
	s.restart = func(ctx context.Context) error {
		// The log wait strategy matches the first run's "Started." line at once: Bolt answering is the real wait.
		if err := ctr.Start(ctx); err != nil {
			return fmt.Errorf("start container %.12s: %w", ctr.GetContainerID(), err)
		}
		var err error
		if s.URI, err = ctr.PortEndpoint(ctx, "7687/tcp", "bolt"); err == nil {
			s.HTTPURL, err = ctr.PortEndpoint(ctx, "7474/tcp", "http")
		}
		if err == nil {
			err = waitBolt(ctx, s.URI, s.User, s.Password, 8*time.Minute)
		}
		if err != nil {
			return fmt.Errorf("%w\n%s", err, tail(ctx, ctr, 40))
		}
		return nil
	}
	tb.Logf("neo4jtest: route=testcontainers image=%s container=%.12s uri=%s http=%s (started in %v)",
		image, ctr.GetContainerID(), s.URI, s.HTTPURL, time.Since(t0).Round(time.Millisecond))
	return s, nil
}

// dockerClient connects to the engine testcontainers would use. testcontainers can panic when no engine is
// configured at all; that means unavailable too.
func dockerClient(ctx context.Context) (cli *testcontainers.DockerClient, err error) {
	defer func() {
		if r := recover(); r != nil {
			cli, err = nil, fmt.Errorf("docker client: %v", r)
		}
	}()
	// testcontainers falls back to the default socket when DOCKER_HOST does not answer; an explicit DOCKER_HOST
	// that does not answer means no engine here.
	if h := os.Getenv("DOCKER_HOST"); h != "" {
		c, err := client.New(client.FromEnv)
		if err != nil {
			return nil, fmt.Errorf("DOCKER_HOST=%s: %w", h, err)
		}
		pingCtx, cancel := context.WithTimeout(ctx, 10*time.Second)
		_, err = c.Ping(pingCtx, client.PingOptions{})
		cancel()
		c.Close()
		if err != nil {
			return nil, fmt.Errorf("DOCKER_HOST=%s: %w", h, err)
		}
	}
	cli, err = testcontainers.NewDockerClientWithOpts(ctx)
	if err != nil {
		return nil, err
	}
	pingCtx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if _, err := cli.Ping(pingCtx, client.PingOptions{}); err != nil {
		cli.Close()
		return nil, err
	}
	return cli, nil
}

// sweepOrphans removes the containers this package started on this host for test binaries that are gone, which
// died before Main could remove them (Ryuk would have, but it is disabled here).
func sweepOrphans(ctx context.Context, tb testing.TB, cli *testcontainers.DockerClient) {
	tb.Helper()
	host, _ := os.Hostname()
	list, err := cli.ContainerList(ctx, client.ContainerListOptions{
		All:     true,
		Filters: make(client.Filters).Add("label", labelOwner+"=1", labelHost+"="+host),
	})
	if err != nil {
		tb.Logf("neo4jtest: list old containers: %v", err)
		return
	}
	for _, c := range list.Items {
		pid, err := strconv.Atoi(c.Labels[labelPID])
		if err != nil || pid == os.Getpid() || syscall.Kill(pid, 0) != syscall.ESRCH {
			continue
		}
		_, err = cli.ContainerRemove(ctx, c.ID, client.ContainerRemoveOptions{Force: true, RemoveVolumes: true})
		tb.Logf("neo4jtest: removed container %.12s of test process %d, which is gone (err=%v)", c.ID, pid, err)
	}
}

// tail returns the last n lines of a container's output, for error messages.
func tail(ctx context.Context, ctr testcontainers.Container, n int) string {
	r, err := ctr.Logs(context.WithoutCancel(ctx))
	if err != nil {
		return "(no container logs: " + err.Error() + ")"
	}
	defer r.Close()
	b, _ := io.ReadAll(io.LimitReader(r, 1<<20))
	lines := bytes.Split(bytes.TrimRight(b, "\n"), []byte("\n"))
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return "container output (last lines):\n" + string(bytes.Join(lines, []byte("\n")))
}

// setDefaultEnv sets an environment variable that the user has not set, and says so.
func setDefaultEnv(tb testing.TB, key, value string) {
	tb.Helper()
	if _, ok := os.LookupEnv(key); ok {
		return
	}
	if err := os.Setenv(key, value); err != nil {
		tb.Logf("neo4jtest: set %s: %v", key, err)
		return
	}
	tb.Logf("neo4jtest: %s=%s (set in process; set it yourself to override)", key, value)
}

// tcLogger sends testcontainers' messages to the test that started the container, and drops them once Start
// returns: the container outlives that test, and logging to a finished test panics.
type tcLogger struct {
	mu sync.Mutex
	tb testing.TB
}

func (l *tcLogger) Printf(format string, v ...any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.tb != nil {
		l.tb.Logf("testcontainers: "+format, v...)
	}
}

func (l *tcLogger) detach() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.tb = nil
}
