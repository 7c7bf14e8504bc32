package browsertest

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// RequireEnv makes a missing Chromium a test failure instead of a skip (CI sets it).
const RequireEnv = "RINGLEADER_REQUIRE_BROWSER"

// Chromium returns the path of a Chromium to drive: RINGLEADER_CHROMIUM, else chromium (or chromium-browser,
// google-chrome) on PATH, else the one setup-chromium.sh installs from Debian's packages. When none can be had it
// skips the test, or fails it when RINGLEADER_REQUIRE_BROWSER=1.
func Chromium(tb testing.TB) string {
	tb.Helper()
	if p := os.Getenv("RINGLEADER_CHROMIUM"); p != "" {
		if _, err := exec.LookPath(p); err != nil {
			tb.Fatalf("browsertest: RINGLEADER_CHROMIUM=%s: %v", p, err)
		}
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome-stable", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	_, file, _, _ := runtime.Caller(0)
	script := filepath.Join(filepath.Dir(file), "setup-chromium.sh")
	tb.Logf("browsertest: no Chromium on PATH; running %s (apt-get install chromium)", script)
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
	defer cancel()
	var stdout, stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, script)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	t0 := time.Now()
	err := cmd.Run()
	lines := strings.Split(strings.TrimSpace(stdout.String()), "\n")
	path := lines[len(lines)-1]
	if err == nil && path != "" {
		if _, statErr := os.Stat(path); statErr == nil {
			tb.Logf("browsertest: %s installed Chromium at %s in %v", filepath.Base(script), path, time.Since(t0).Round(time.Second))
			return path
		}
	}
	reason := "no Chromium, and " + filepath.Base(script) + " could not install one: " + tailLines(stderr.String(), 5)
	if err != nil {
		reason += " (" + err.Error() + ")"
	}
	if os.Getenv(RequireEnv) == "1" {
		tb.Fatalf("browsertest: %s", reason)
	}
	tb.Skipf("browsertest: %s (%s=1 makes this a failure)", reason, RequireEnv)
	return ""
}
