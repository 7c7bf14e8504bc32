package loadbench

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"os"
	"path"
	"strconv"
	"strings"
	"time"

	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/testcontainers/testcontainers-go"
	"github.com/testcontainers/testcontainers-go/wait"
)

// ImportDir is where a container's LOAD CSV files are copied: its server.directories.import.
const ImportDir = "/import"

// Server is a Neo4j server the bench loads into.
type Server struct {
	URI, User, Password string
	// Container is the container's id, empty for a server someone else runs (NEO4J_URI); Direct says that URI is
	// the container's bridge address rather than a published port.
	Container string
	Direct    bool
	stop      func(context.Context) error
}

// ContainerConfig says how to run a fresh server in a container.
type ContainerConfig struct {
	Image string
	// Settings are neo4j.conf settings, passed as NEO4J_<setting> as the image reads them
	// (server.memory.pagecache.size=1g).
	Settings map[string]string
	// Files maps paths under ImportDir to the host files copied there before the server starts.
	Files map[string]string
	Logf  func(format string, args ...any)
}

// StartContainer runs a fresh server from cfg.Image, as testing/neo4jtest does (the image's NEO4J_AUTH convention,
// a wait for "Started.", testcontainers' labels so that scripts/docker-sweep.sh finds a container left behind),
// and returns once Bolt accepts its credentials. Ryuk is off and the host is localhost unless the environment
// says otherwise: see testing/neo4jtest's package documentation for why.
func StartContainer(ctx context.Context, cfg ContainerConfig) (*Server, error) {
	for k, v := range map[string]string{"TESTCONTAINERS_RYUK_DISABLED": "true", "TESTCONTAINERS_HOST_OVERRIDE": "localhost"} {
		if _, set := os.LookupEnv(k); !set && (k != "TESTCONTAINERS_HOST_OVERRIDE" || dockerHostIsLocal()) {
			if err := os.Setenv(k, v); err != nil {
				return nil, err
			}
		}
	}
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		return nil, err
	}
	password := hex.EncodeToString(b)
	env := map[string]string{"NEO4J_AUTH": "neo4j/" + password, "NEO4J_server_directories_import": ImportDir}
	for k, v := range cfg.Settings {
		env["NEO4J_"+strings.ReplaceAll(strings.ReplaceAll(k, "_", "__"), ".", "_")] = v
	}
	var files []testcontainers.ContainerFile
	for rel, host := range cfg.Files {
		files = append(files, testcontainers.ContainerFile{HostFilePath: host,
			ContainerFilePath: path.Join(ImportDir, rel), FileMode: 0o644})
	}
	ctr, err := testcontainers.Run(ctx, cfg.Image,
		testcontainers.WithExposedPorts("7687/tcp"),
		testcontainers.WithEnv(env),
		testcontainers.WithFiles(files...),
		testcontainers.WithLabels(map[string]string{"io.github.ringleader.loadbench.pid": strconv.Itoa(os.Getpid())}),
		testcontainers.WithWaitStrategyAndDeadline(8*time.Minute, wait.ForLog("Started.").WithStartupTimeout(8*time.Minute)),
		testcontainers.WithLogger(logger(cfg.Logf)),
	)
	if err != nil {
		if ctr != nil {
			err = errors.Join(err, ctr.Terminate(context.WithoutCancel(ctx)))
		}
		return nil, fmt.Errorf("run %s: %w", cfg.Image, err)
	}
	s := &Server{User: "neo4j", Password: password, Container: ctr.GetContainerID(),
		stop: func(ctx context.Context) error { return ctr.Terminate(ctx, testcontainers.RemoveVolumes()) }}
	// The container's own address first, as a Ringleader container beside Neo4j reaches it: the published port
	// goes through Docker's userland proxy, which copies every byte that Ringleader sends and LOAD CSV does not.
	if ip, err := ctr.ContainerIP(ctx); err == nil && ip != "" {
		s.URI, s.Direct = "bolt://"+net.JoinHostPort(ip, "7687"), true
		if s.waitBolt(ctx, 10*time.Second) != nil {
			s.Direct = false
		}
	}
	if !s.Direct {
		if s.URI, err = ctr.PortEndpoint(ctx, "7687/tcp", "bolt"); err == nil {
			err = s.waitBolt(ctx, time.Minute)
		}
	}
	if err != nil {
		return nil, errors.Join(err, s.Stop(context.WithoutCancel(ctx)))
	}
	return s, nil
}

func dockerHostIsLocal() bool {
	h := os.Getenv("DOCKER_HOST")
	return h == "" || strings.HasPrefix(h, "unix://")
}

// Stop removes a container; a server someone else runs is left alone.
func (s *Server) Stop(ctx context.Context) error {
	if s.stop == nil {
		return nil
	}
	return s.stop(ctx)
}

// Driver returns a driver for the server.
func (s *Server) Driver() (neo4jdrv.DriverWithContext, error) {
	return neo4jdrv.NewDriverWithContext(s.URI, neo4jdrv.BasicAuth(s.User, s.Password, ""))
}

// waitBolt waits until the server accepts a session: "Started." can come a moment before Bolt authenticates.
func (s *Server) waitBolt(ctx context.Context, limit time.Duration) error {
	d, err := s.Driver()
	if err != nil {
		return err
	}
	defer d.Close(context.WithoutCancel(ctx))
	deadline := time.Now().Add(limit)
	for {
		err := d.VerifyConnectivity(ctx)
		if err == nil || time.Now().After(deadline) {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(500 * time.Millisecond):
		}
	}
}

type logger func(format string, args ...any)

func (l logger) Printf(format string, args ...any) {
	if l != nil {
		l(format, args...)
	}
}
