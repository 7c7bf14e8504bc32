package neo4jtest

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"strconv"
	"time"

	"github.com/moby/moby/client"
	"github.com/testcontainers/testcontainers-go"
	"github.com/testcontainers/testcontainers-go/wait"
)

// Home is NEO4J_HOME in the ringleader/neo4j image (conf, data, logs): where ContainerOptions.HomeVolume and
// AdminOptions.HomeVolume are mounted.
const Home = "/var/lib/neo4j"

// AdminOptions says how RunAdmin runs neo4j-admin.
type AdminOptions struct {
	// Image is as in ContainerOptions. It must hold the distribution at /opt/neo4j, as ringleader/neo4j does.
	Image string
	// HomeVolume is the named volume mounted at Home, created when missing: the store neo4j-admin writes, which a
	// server started with the same ContainerOptions.HomeVolume then runs on. Required.
	HomeVolume string
	// Files maps paths in the container to the host files copied there before the clock starts.
	Files map[string]string
	// JavaOpts are JVM options (-Xmx2g) put before the class name.
	JavaOpts []string
	// Logf receives testcontainers' messages; nil drops them.
	Logf func(format string, args ...any)
}

// AdminRun is what RunAdmin reports: the tool's output and the time from the container's start to its exit (the
// JVM's start included, as an operator running neo4j-admin waits for it).
type AdminRun struct {
	Output   string
	Duration time.Duration
}

// RunAdmin runs neo4j-admin (org.neo4j.cli.AdminTool, what bin/neo4j-admin starts) with args in a container of the
// image, on the store of opts.HomeVolume, and waits for it to exit. A non-zero exit is an error that carries the
// end of the output. Files are copied before the clock starts. It is how a store is written offline (neo4j-admin
// database import full) before a server starts on it: in Community the database must not be running, and the
// default database can only be imported into before its first start.
func RunAdmin(ctx context.Context, opts AdminOptions, args ...string) (AdminRun, error) {
	var run AdminRun
	if opts.HomeVolume == "" {
		return run, fmt.Errorf("neo4jtest: RunAdmin needs a HomeVolume")
	}
	logf := func(format string, args ...any) {
		if opts.Logf != nil {
			opts.Logf(format, args...)
		}
	}
	setDefaultEnv(logf, "TESTCONTAINERS_RYUK_DISABLED", "true")
	image := containerImage(opts.Image)
	var files []testcontainers.ContainerFile
	for inContainer, host := range opts.Files {
		files = append(files, testcontainers.ContainerFile{HostFilePath: host, ContainerFilePath: inContainer, FileMode: 0o644})
	}
	cmd := append([]string{}, opts.JavaOpts...)
	cmd = append(cmd,
		// As neo4j.conf's server.jvm.additional: without them the tool logs warnings and takes slower paths.
		"--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
		"--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
		"-cp", "/opt/neo4j/lib/*", "org.neo4j.cli.AdminTool")
	cmd = append(cmd, args...)
	host, _ := os.Hostname()
	req := testcontainers.GenericContainerRequest{Started: false}
	for _, opt := range []testcontainers.ContainerCustomizer{
		testcontainers.WithEntrypoint("java"),
		testcontainers.WithCmd(cmd...),
		testcontainers.WithEnv(map[string]string{"NEO4J_HOME": Home, "NEO4J_CONF": "/opt/neo4j/conf"}),
		testcontainers.WithMounts(testcontainers.VolumeMount(opts.HomeVolume, Home)),
		testcontainers.WithFiles(files...),
		testcontainers.WithLabels(map[string]string{labelOwner: "1", labelPID: strconv.Itoa(os.Getpid()), labelHost: host}),
		testcontainers.WithWaitStrategyAndDeadline(time.Hour, wait.ForExit().WithPollInterval(50*time.Millisecond)),
		testcontainers.WithLogger(printf(func(format string, args ...any) { logf("testcontainers: "+format, args...) })),
	} {
		if err := opt.Customize(&req); err != nil {
			return run, err
		}
	}
	req.Image = image
	ctr, err := testcontainers.GenericContainer(ctx, req)
	if err != nil {
		return run, fmt.Errorf("create the neo4j-admin container of %s: %w", image, err)
	}
	defer func() {
		tctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), time.Minute)
		defer cancel()
		_ = ctr.Terminate(tctx)
	}()
	start := time.Now()
	err = ctr.Start(ctx)
	run.Duration = time.Since(start)
	if r, lerr := ctr.Logs(context.WithoutCancel(ctx)); lerr == nil {
		b, _ := io.ReadAll(io.LimitReader(r, 4<<20))
		r.Close()
		run.Output = string(bytes.TrimRight(b, "\n"))
	}
	if err != nil {
		return run, fmt.Errorf("neo4j-admin %v: %w\n%s", args, err, lastLines(run.Output, 40))
	}
	state, err := ctr.State(ctx)
	if err != nil {
		return run, err
	}
	if state.ExitCode != 0 {
		return run, fmt.Errorf("neo4j-admin %v exited with %d:\n%s", args, state.ExitCode, lastLines(run.Output, 40))
	}
	return run, nil
}

// RemoveVolume removes a named volume (and the store in it) that no container uses any more.
func RemoveVolume(ctx context.Context, name string) error {
	cli, err := dockerClient(ctx)
	if err != nil {
		return err
	}
	defer cli.Close()
	if _, err := cli.VolumeRemove(ctx, name, client.VolumeRemoveOptions{Force: true}); err != nil {
		return fmt.Errorf("remove volume %s: %w", name, err)
	}
	return nil
}

func lastLines(s string, n int) string {
	lines := bytes.Split([]byte(s), []byte("\n"))
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return string(bytes.Join(lines, []byte("\n")))
}
