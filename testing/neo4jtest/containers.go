package neo4jtest

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"maps"
	"net"
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
// host let a later start remove the containers of processes that died before they could.
const (
	labelOwner = "io.github.ringleader.neo4jtest"
	labelPID   = "io.github.ringleader.neo4jtest.pid"
	labelHost  = "io.github.ringleader.neo4jtest.host"
)

// ContainerOptions says how StartContainer runs a server. The zero value runs the server the tests get.
type ContainerOptions struct {
	// Image is the image to run: empty means RINGLEADER_NEO4J_IMAGE, else DefaultImage.
	Image string
	// Settings are neo4j.conf settings (server.memory.pagecache.size: 1g), passed as NEO4J_<setting>, as both the
	// official image and ours read them. They override the tests' own (unrestricted gds.* and apoc.*).
	Settings map[string]string
	// Files maps paths in the container to the host files copied there before the server starts.
	Files map[string]string
	// HomeVolume, if set, is a named Docker volume mounted at the image's NEO4J_HOME (Home), created when missing:
	// the store in it outlives the container, and a store that RunAdmin wrote there (neo4j-admin database
	// import) is what the server starts on. The caller removes it (RemoveVolume).
	HomeVolume string
	// Direct makes URI the container's own address on Docker's bridge, when Bolt answers there, rather than the
	// published port, which goes through Docker's userland proxy: the proxy copies every byte a client sends, a
	// cost that a load benchmark would measure and a server-side LOAD CSV does not pay. HTTPURL stays published.
	Direct bool
	// Logf receives the messages of the start and of testcontainers; nil drops them.
	Logf func(format string, args ...any)
}

// StartContainer runs a fresh server in a container, as Start's route testcontainers does (the images'
// NEO4J_AUTH convention with a random password, a wait for "Started.", labels by which a later start or
// scripts/docker-sweep.sh removes a container left behind), and returns once Bolt accepts its credentials. It is
// for programs (the load benchmark, bench/load) and for tests that need a server of their own with other settings;
// the caller ends it with Terminate. Without a Docker engine or a missing ringleader/ image the error says so, and
// is not retried on another route.
//
// Ryuk is off and, on a local engine, the host is 127.0.0.1, unless the environment says otherwise: see the package
// documentation for why.
func StartContainer(ctx context.Context, opts ContainerOptions) (*Server, error) {
	logf := func(format string, args ...any) {
		if opts.Logf != nil {
			opts.Logf(format, args...)
		}
	}
	setDefaultEnv(logf, "TESTCONTAINERS_RYUK_DISABLED", "true")
	if h := os.Getenv("DOCKER_HOST"); h == "" || strings.HasPrefix(h, "unix://") {
		setDefaultEnv(logf, "TESTCONTAINERS_HOST_OVERRIDE", "127.0.0.1")
	}
	image := containerImage(opts.Image)
	cli, err := dockerClient(ctx)
	if err != nil {
		return nil, unavailable("no Docker engine answers (scripts/docker-up.sh starts one): %v", err)
	}
	defer cli.Close()
	sweepOrphans(ctx, logf, cli)
	if _, err := cli.ImageInspect(ctx, image); err != nil {
		if !errdefs.IsNotFound(err) {
			return nil, fmt.Errorf("inspect image %s: %w", image, err)
		}
		if strings.HasPrefix(image, "ringleader/") {
			return nil, unavailable("image %s is not built: run scripts/docker-up.sh and testing/neo4j/build-images.sh", image)
		}
		logf("neo4jtest: image %s is not local: testcontainers will pull it", image)
	}

	password, err := newPassword()
	if err != nil {
		return nil, err
	}
	env := map[string]string{
		// The official image's conventions, which neo4j-run.sh follows too.
		"NEO4J_AUTH": "neo4j/" + password,
		// Official image only: install APOC and GDS at start (GDS is downloaded). Ours has them and ignores this.
		"NEO4J_PLUGINS": `["apoc", "graph-data-science"]`,
	}
	settings := map[string]string{"dbms.security.procedures.unrestricted": "gds.*,apoc.*"}
	maps.Copy(settings, opts.Settings)
	for k, v := range settings {
		env[settingEnv(k)] = v
	}
	var files []testcontainers.ContainerFile
	for inContainer, host := range opts.Files {
		files = append(files, testcontainers.ContainerFile{HostFilePath: host, ContainerFilePath: inContainer, FileMode: 0o644})
	}
	host, _ := os.Hostname()
	var mounts []testcontainers.ContainerMount
	if opts.HomeVolume != "" {
		mounts = append(mounts, testcontainers.VolumeMount(opts.HomeVolume, Home))
	}
	ctr, err := testcontainers.Run(ctx, image,
		testcontainers.WithMounts(mounts...),
		testcontainers.WithExposedPorts("7687/tcp", "7474/tcp"),
		testcontainers.WithEnv(env),
		testcontainers.WithFiles(files...),
		testcontainers.WithLabels(map[string]string{
			labelOwner: "1",
			labelPID:   strconv.Itoa(os.Getpid()),
			labelHost:  host,
		}),
		// Both images print "Started." once Bolt and HTTP accept connections; a container that exits ends the wait.
		// The log strategy has its own 60 s default, which a loaded 2-core machine exceeds: a start took 70 s with
		// several test binaries running, and over 3 minutes with three servers starting at once beside other work.
		testcontainers.WithWaitStrategyAndDeadline(8*time.Minute, wait.ForLog("Started.").WithStartupTimeout(8*time.Minute)),
		testcontainers.WithLogger(printf(func(format string, args ...any) { logf("testcontainers: "+format, args...) })),
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
	s := &Server{User: "neo4j", Password: password, Route: RouteTestcontainers, Container: ctr.GetContainerID(),
		stop: terminate}
	if err := s.connect(ctx, ctr, opts.Direct, time.Minute); err != nil {
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
		return s.connect(ctx, ctr, s.Direct, 8*time.Minute)
	}
	return s, nil
}

// connect reads the addresses of a started container (again after a restart: a container's ports and address may
// change) and waits until Bolt accepts the credentials, for at most timeout; direct tries the container's own
// address first, for ten seconds.
func (s *Server) connect(ctx context.Context, ctr testcontainers.Container, direct bool, timeout time.Duration) error {
	var err error
	if s.HTTPURL, err = ctr.PortEndpoint(ctx, "7474/tcp", "http"); err != nil {
		return fmt.Errorf("%w\n%s", err, tail(ctx, ctr, 40))
	}
	s.Direct = false
	if direct {
		if ip, err := ctr.ContainerIP(ctx); err == nil && ip != "" {
			uri := "bolt://" + net.JoinHostPort(ip, "7687")
			if waitBolt(ctx, uri, s.User, s.Password, 10*time.Second) == nil {
				s.URI, s.Direct = uri, true
				return nil
			}
		}
	}
	if s.URI, err = ctr.PortEndpoint(ctx, "7687/tcp", "bolt"); err == nil {
		err = waitBolt(ctx, s.URI, s.User, s.Password, timeout)
	}
	if err != nil {
		return fmt.Errorf("%w\n%s", err, tail(ctx, ctr, 40))
	}
	return nil
}

// containerImage is image, else RINGLEADER_NEO4J_IMAGE, else DefaultImage.
func containerImage(image string) string {
	return cmp.Or(image, os.Getenv("RINGLEADER_NEO4J_IMAGE"), DefaultImage)
}

// settingEnv is the environment variable by which both images take a neo4j.conf setting:
// server.memory.pagecache.size is NEO4J_server_memory_pagecache_size, an underscore in a name is doubled.
func settingEnv(setting string) string {
	return "NEO4J_" + strings.ReplaceAll(strings.ReplaceAll(setting, "_", "__"), ".", "_")
}

// startContainer is route testcontainers: StartContainer with the tests' settings, its messages in the test's log.
func startContainer(tb testing.TB) (*Server, error) {
	tb.Helper()
	// Bounds everything: a pull of a missing official image, the start, the wait for Bolt.
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	logs := &testLog{tb: tb}
	defer logs.detach()
	t0 := time.Now()
	s, err := StartContainer(ctx, ContainerOptions{Logf: logs.logf})
	if err != nil {
		return nil, err
	}
	tb.Logf("neo4jtest: route=testcontainers image=%s container=%.12s uri=%s http=%s (started in %v)",
		containerImage(""), s.Container, s.URI, s.HTTPURL, time.Since(t0).Round(time.Millisecond))
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

// sweepOrphans removes the containers this package started on this host for processes that are gone, which died
// before they could remove them (Ryuk would have, but it is disabled here): a test binary killed by -timeout, a
// load benchmark interrupted twice.
func sweepOrphans(ctx context.Context, logf func(string, ...any), cli *testcontainers.DockerClient) {
	host, _ := os.Hostname()
	list, err := cli.ContainerList(ctx, client.ContainerListOptions{
		All:     true,
		Filters: make(client.Filters).Add("label", labelOwner+"=1", labelHost+"="+host),
	})
	if err != nil {
		logf("neo4jtest: list old containers: %v", err)
		return
	}
	for _, c := range list.Items {
		pid, err := strconv.Atoi(c.Labels[labelPID])
		if err != nil || pid == os.Getpid() || syscall.Kill(pid, 0) != syscall.ESRCH {
			continue
		}
		_, err = cli.ContainerRemove(ctx, c.ID, client.ContainerRemoveOptions{Force: true, RemoveVolumes: true})
		logf("neo4jtest: removed container %.12s of process %d, which is gone (err=%v)", c.ID, pid, err)
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
func setDefaultEnv(logf func(string, ...any), key, value string) {
	if _, ok := os.LookupEnv(key); ok {
		return
	}
	if err := os.Setenv(key, value); err != nil {
		logf("neo4jtest: set %s: %v", key, err)
		return
	}
	logf("neo4jtest: %s=%s (set in process; set it yourself to override)", key, value)
}

// printf is a logf as testcontainers' Logger.
type printf func(format string, args ...any)

func (p printf) Printf(format string, args ...any) { p(format, args...) }

// testLog sends messages to the test that started the container, and drops them once Start returns: the container
// outlives that test, and logging to a finished test panics.
type testLog struct {
	mu sync.Mutex
	tb testing.TB
}

func (l *testLog) logf(format string, args ...any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.tb != nil {
		l.tb.Logf(format, args...)
	}
}

func (l *testLog) detach() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.tb = nil
}
