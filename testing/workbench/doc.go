// Package workbench holds the browser tests of the investigation workbench (web/): an analyst's session on the
// demo ring in Debian's headless Chromium, driven by chromedp, with screenshots (make workbench-png saves them to
// docs/), and a token cleared for one case that must never receive or draw an entity outside it.
package workbench
