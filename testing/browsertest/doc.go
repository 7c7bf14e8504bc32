// Package browsertest drives a headless Chromium over the DevTools protocol, for tests that check what a user sees
// in a web page: here, that Neo4j Browser connected to a real Neo4j server shows the demo graph in Ringleader's
// style, with the guide's queries (queries/browser).
//
// Chromium is Debian's `chromium` package. Chromium finds it, or installs it with setup-chromium.sh (apt-get) when
// it is missing; when that cannot be done the test is skipped with the reason, or fails when
// RINGLEADER_REQUIRE_BROWSER=1.
//
// The protocol runs over a pipe (--remote-debugging-pipe), not a WebSocket: no port, no module beyond the standard
// library. chromedp or puppeteer would do the same with a dependency this repository does not otherwise need.
package browsertest
