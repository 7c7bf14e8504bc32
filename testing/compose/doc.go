// Package compose holds the test of docker-compose.yml as users run it (TestCompose): Ringleader's image and Neo4j's
// in one stack, the demo loaded into that Neo4j and an analyst token stored there, the API answering insights read
// from it, which must be what Neo4j itself holds and what the same image computes on the same demo in sqlite.
//
// scripts/compose-test.sh (make compose-test) provisions the stack: it builds the images when missing, brings the
// stack up on free loopback ports, loads the demo, creates the token, starts the API, runs this test with the
// RINGLEADER_COMPOSE_* variables that say where all that is, and takes the stack down. Without them the test is
// skipped, so plain `go test ./...` passes it by; RINGLEADER_REQUIRE_COMPOSE=1 makes their absence a failure.
package compose
