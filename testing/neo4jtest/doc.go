// Package neo4jtest gives tests a real Neo4j 5.26 Community server (with APOC, OpenGDS and Browser), one per test
// binary, shared by every test that asks for it.
//
// Start tries, in order:
//
//  1. route "env": NEO4J_URI (with NEO4J_USER, NEO4J_PASSWORD and optionally NEO4J_HTTP_URL), a server someone
//     else runs, for example testing/neo4j/start-host.sh;
//  2. route "testcontainers": a container of RINGLEADER_NEO4J_IMAGE (default ringleader/neo4j:5.26.31, built by
//     testing/neo4j/build-images.sh) when a Docker engine answers. The official neo4j:5.26-community is meant to
//     work too where it can be pulled: the environment follows its NEO4J_AUTH and NEO4J_PLUGINS conventions
//     (not tried here, where no registry is reachable);
//  3. route "host-java": the distribution of testing/neo4j/build-dist.sh on the host's Java 17, on free ports.
//
// When none is available the test is skipped with the reasons, or fails when RINGLEADER_REQUIRE_NEO4J=1 (CI sets
// it). A route that is available but whose server does not come up fails the test: it is not covered up by the
// next route. Auth is always on, with a random password per server.
//
// # Contract
//
// A package that calls Start must stop the server after its tests, failed or not, by calling Main from TestMain:
//
//	func TestMain(m *testing.M) { neo4jtest.Main(m) }
//
// Start fails the test when Main is not in charge. Tests share the server: a test that needs an empty database calls
// Server.Reset first and must not run in parallel with other tests using the server.
//
// A test binary that dies without returning from m.Run (a panic, a -timeout) cannot clean up. The host-java server
// then gets SIGTERM from the kernel (PR_SET_PDEATHSIG); a container stays until the next Start in any test binary
// removes containers whose test binary is gone, or scripts/docker-sweep.sh removes every testcontainers container.
//
// # A server of its own
//
// StartContainer runs a fresh server in a container, as route testcontainers does, with settings and files of the
// caller's (ContainerOptions) and outside Start's sharing; Server.Terminate ends it. The load benchmark
// (bench/load/cmd/loadbench) runs its server so, with its own memory settings and the CSV files in the import
// directory.
//
// testcontainers-go's reaper (Ryuk) needs an image from Docker Hub, which is not reachable here, so Start sets
// TESTCONTAINERS_RYUK_DISABLED=true unless it is set, and removes its containers itself. On a local engine it also
// sets TESTCONTAINERS_HOST_OVERRIDE=127.0.0.1 unless set: this VM has /.dockerenv, so testcontainers would
// otherwise dial the bridge gateway instead of the published ports. Not "localhost": Debian's Docker 20.10 publishes
// a container port on IPv4 and IPv6 under host ports it picks independently (7687 on 0.0.0.0:32866 and
// [::]:32865, while [::]:32866 is 7474), testcontainers reports the IPv4 one, and Chromium tries ::1 first for
// localhost, so Neo4j Browser's Bolt WebSocket reached the HTTP port (seen as "Unexpected response code: 200").
package neo4jtest
