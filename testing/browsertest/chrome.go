package browsertest

import (
	"bufio"
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"time"
)

// Chrome is a headless Chromium driven over the DevTools protocol on a pipe (--remote-debugging-pipe): Chromium
// reads commands from its fd 3 and writes answers and events to its fd 4, each message JSON ended by a NUL byte.
// A pipe needs no port, no WebSocket client and no module beyond the standard library, and it closes with the
// process.
type Chrome struct {
	cmd     *exec.Cmd
	profile string
	toChrome,
	fromChrome *os.File
	stderr *bytes.Buffer

	mu      sync.Mutex
	nextID  int64
	pending map[int64]chan reply
	closed  chan struct{}
	readErr error

	session string // the flattened session of the page target Open attached to
}

type reply struct {
	Result json.RawMessage `json:"result"`
	Error  *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// Launch starts Chromium at path headless, with a fresh profile and a window of width×height CSS pixels.
func Launch(path string, width, height int) (*Chrome, error) {
	profile, err := os.MkdirTemp("", "ringleader-chromium-")
	if err != nil {
		return nil, err
	}
	// Ours: commands go in on r1 (Chromium's fd 3), answers come out on w2 (Chromium's fd 4).
	r1, w1, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	r2, w2, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	c := &Chrome{
		profile: profile, toChrome: w1, fromChrome: r2, stderr: &bytes.Buffer{},
		pending: map[int64]chan reply{}, closed: make(chan struct{}),
	}
	c.cmd = exec.Command(path,
		"--headless=new",
		"--remote-debugging-pipe",
		"--user-data-dir="+profile,
		// Root in a container: Chromium's sandbox needs user namespaces this machine kind does not give.
		"--no-sandbox",
		"--disable-dev-shm-usage",
		"--disable-gpu",
		"--no-first-run",
		"--no-default-browser-check",
		"--disable-extensions",
		"--disable-background-networking",
		"--disable-component-update",
		"--disable-sync",
		"--mute-audio",
		"--hide-scrollbars",
		"--force-color-profile=srgb",
		"--lang=en-GB",
		fmt.Sprintf("--window-size=%d,%d", width, height),
		"about:blank",
	)
	c.cmd.ExtraFiles = []*os.File{r1, w2}
	c.cmd.Stderr = &lockedWriter{w: c.stderr}
	// Chromium dies with the test binary, even one killed by a timeout.
	c.cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL, Setpgid: true}
	if err := c.cmd.Start(); err != nil {
		os.RemoveAll(profile)
		return nil, fmt.Errorf("start %s: %w", path, err)
	}
	r1.Close()
	w2.Close()
	go c.read()
	return c, nil
}

// lockedWriter lets Stderr be read while Chromium writes it.
type lockedWriter struct {
	mu sync.Mutex
	w  *bytes.Buffer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// Stderr returns what Chromium wrote to its standard error, for failure messages.
func (c *Chrome) Stderr() string {
	lw := c.cmd.Stderr.(*lockedWriter)
	lw.mu.Lock()
	defer lw.mu.Unlock()
	return lw.w.String()
}

func (c *Chrome) read() {
	r := bufio.NewReaderSize(c.fromChrome, 1<<20)
	var err error
	for {
		var msg []byte
		msg, err = r.ReadBytes(0)
		if err != nil {
			break
		}
		var m struct {
			ID int64 `json:"id"`
			reply
		}
		if json.Unmarshal(msg[:len(msg)-1], &m) != nil || m.ID == 0 {
			continue // an event: nothing here waits on events, it polls the page instead
		}
		c.mu.Lock()
		ch := c.pending[m.ID]
		delete(c.pending, m.ID)
		c.mu.Unlock()
		if ch != nil {
			ch <- m.reply
		}
	}
	c.mu.Lock()
	c.readErr = err
	c.mu.Unlock()
	close(c.closed)
}

// Call sends one command (to the page session once Open has attached to one) and returns its result.
func (c *Chrome) Call(ctx context.Context, method string, params any, result any) error {
	return c.call(ctx, c.session, method, params, result)
}

func (c *Chrome) call(ctx context.Context, session, method string, params any, result any) error {
	if params == nil {
		params = struct{}{}
	}
	c.mu.Lock()
	c.nextID++
	id := c.nextID
	ch := make(chan reply, 1)
	c.pending[id] = ch
	c.mu.Unlock()
	msg := map[string]any{"id": id, "method": method, "params": params}
	if session != "" {
		msg["sessionId"] = session
	}
	b, err := json.Marshal(msg)
	if err != nil {
		return err
	}
	if _, err := c.toChrome.Write(append(b, 0)); err != nil {
		return fmt.Errorf("cdp %s: write: %w", method, err)
	}
	select {
	case r := <-ch:
		if r.Error != nil {
			return fmt.Errorf("cdp %s: %s (%d)", method, r.Error.Message, r.Error.Code)
		}
		if result != nil {
			return json.Unmarshal(r.Result, result)
		}
		return nil
	case <-c.closed:
		return fmt.Errorf("cdp %s: chromium closed the pipe (%v); stderr:\n%s", method, c.readErr, tailLines(c.Stderr(), 20))
	case <-ctx.Done():
		c.mu.Lock()
		delete(c.pending, id)
		c.mu.Unlock()
		return fmt.Errorf("cdp %s: %w", method, ctx.Err())
	}
}

// Open creates a page target at url, attaches to it, and sends every later Call to it.
func (c *Chrome) Open(ctx context.Context, url string, width, height int) error {
	var created struct {
		TargetID string `json:"targetId"`
	}
	if err := c.call(ctx, "", "Target.createTarget", map[string]any{"url": "about:blank"}, &created); err != nil {
		return err
	}
	var attached struct {
		SessionID string `json:"sessionId"`
	}
	if err := c.call(ctx, "", "Target.attachToTarget", map[string]any{"targetId": created.TargetID, "flatten": true}, &attached); err != nil {
		return err
	}
	c.session = attached.SessionID
	for _, step := range []struct {
		method string
		params any
	}{
		{"Page.enable", nil},
		{"Runtime.enable", nil},
		{"Emulation.setDeviceMetricsOverride", map[string]any{"width": width, "height": height, "deviceScaleFactor": 1, "mobile": false}},
		{"Page.navigate", map[string]any{"url": url}},
	} {
		if err := c.Call(ctx, step.method, step.params, nil); err != nil {
			return err
		}
	}
	return nil
}

// Eval evaluates a JavaScript expression in the page (awaiting a promise) and stores its JSON value in result.
func (c *Chrome) Eval(ctx context.Context, expr string, result any) error {
	var r struct {
		Result struct {
			Value json.RawMessage `json:"value"`
		} `json:"result"`
		ExceptionDetails *struct {
			Text      string `json:"text"`
			Exception *struct {
				Description string `json:"description"`
			} `json:"exception"`
		} `json:"exceptionDetails"`
	}
	err := c.Call(ctx, "Runtime.evaluate", map[string]any{
		"expression": expr, "awaitPromise": true, "returnByValue": true, "userGesture": true,
	}, &r)
	if err != nil {
		return err
	}
	if e := r.ExceptionDetails; e != nil {
		msg := e.Text
		if e.Exception != nil {
			msg = e.Exception.Description
		}
		return fmt.Errorf("javascript: %s", msg)
	}
	if result != nil && len(r.Result.Value) > 0 {
		return json.Unmarshal(r.Result.Value, result)
	}
	return nil
}

// WaitFor evaluates expr until it returns true, every 200 ms, until ctx ends or timeout passes.
func (c *Chrome) WaitFor(ctx context.Context, what, expr string, timeout time.Duration) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	var lastErr error
	for {
		var ok bool
		err := c.Eval(ctx, "Boolean("+expr+")", &ok)
		if err == nil && ok {
			return nil
		}
		if err != nil {
			lastErr = err
		}
		select {
		case <-ctx.Done():
			if lastErr != nil {
				return fmt.Errorf("waiting for %s: %w (last error: %v)", what, ctx.Err(), lastErr)
			}
			return fmt.Errorf("waiting for %s: %w", what, ctx.Err())
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// Click clicks the middle of the first element matching a CSS selector, as a mouse would.
func (c *Chrome) Click(ctx context.Context, selector string) error {
	var box struct{ X, Y float64 }
	js := fmt.Sprintf(`(() => { const e = document.querySelector(%q); if (!e) return null;
		e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();
		return {X: r.left + r.width / 2, Y: r.top + r.height / 2}; })()`, selector)
	var raw json.RawMessage
	if err := c.Eval(ctx, js, &raw); err != nil {
		return err
	}
	if string(raw) == "null" || len(raw) == 0 {
		return fmt.Errorf("click: no element matches %s", selector)
	}
	if err := json.Unmarshal(raw, &box); err != nil {
		return err
	}
	return c.ClickAt(ctx, box.X, box.Y)
}

// ClickAt presses and releases the left mouse button at a point of the viewport.
func (c *Chrome) ClickAt(ctx context.Context, x, y float64) error {
	for _, typ := range []string{"mouseMoved", "mousePressed", "mouseReleased"} {
		p := map[string]any{"type": typ, "x": x, "y": y}
		if typ != "mouseMoved" {
			p["button"], p["clickCount"] = "left", 1
		}
		if err := c.Call(ctx, "Input.dispatchMouseEvent", p, nil); err != nil {
			return err
		}
	}
	return nil
}

// Type inserts text at the focus, as an input method would (one input event, whatever the text).
func (c *Chrome) Type(ctx context.Context, text string) error {
	return c.Call(ctx, "Input.insertText", map[string]any{"text": text}, nil)
}

// Screenshot returns a PNG of the viewport, or of the given clip in CSS pixels when clip is not nil.
func (c *Chrome) Screenshot(ctx context.Context, clip *Rect) ([]byte, error) {
	p := map[string]any{"format": "png", "captureBeyondViewport": false}
	if clip != nil {
		p["clip"] = map[string]any{"x": clip.X, "y": clip.Y, "width": clip.Width, "height": clip.Height, "scale": 1}
	}
	var r struct {
		Data string `json:"data"`
	}
	if err := c.Call(ctx, "Page.captureScreenshot", p, &r); err != nil {
		return nil, err
	}
	return base64.StdEncoding.DecodeString(r.Data)
}

// Rect is a rectangle of the page in CSS pixels.
type Rect struct{ X, Y, Width, Height float64 }

// Close ends Chromium (politely, then by force) and removes its profile.
func (c *Chrome) Close() error {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	_ = c.call(ctx, "", "Browser.close", nil, nil)
	cancel()
	c.toChrome.Close()
	done := make(chan error, 1)
	go func() { done <- c.cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		_ = syscall.Kill(-c.cmd.Process.Pid, syscall.SIGKILL)
		<-done
	}
	c.fromChrome.Close()
	return os.RemoveAll(c.profile)
}

func tailLines(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}
