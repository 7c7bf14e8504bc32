package browsertest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// Chrome is a headless Chromium driven by chromedp: a fresh profile, a window of a given size, and one page.
type Chrome struct {
	ctx         context.Context // the page's chromedp context
	cancel      func()
	cancelAlloc func()
	profile     string

	mu     sync.Mutex
	stderr strings.Builder
}

// Launch starts Chromium at path headless, with a fresh profile and a window of width×height CSS pixels.
//
// WebGL (the workbench draws with sigma.js) runs on SwiftShader, Chromium's software renderer: headless Chromium
// on a machine without a GPU draws a blank canvas without it.
func Launch(path string, width, height int) (*Chrome, error) {
	profile, err := os.MkdirTemp("", "ringleader-chromium-")
	if err != nil {
		return nil, err
	}
	c := &Chrome{profile: profile}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(width, height),
		// Root in a container: Chromium's sandbox needs user namespaces this machine kind does not give.
		chromedp.NoSandbox,
		chromedp.Flag("disable-gpu", false),
		chromedp.Flag("use-gl", "angle"),
		chromedp.Flag("use-angle", "swiftshader"),
		chromedp.Flag("enable-unsafe-swiftshader", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("force-color-profile", "srgb"),
		chromedp.Flag("lang", "en-GB"),
		chromedp.CombinedOutput(&lockedWriter{c: c}),
	)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(allocCtx)
	c.ctx, c.cancel, c.cancelAlloc = ctx, cancel, cancelAlloc
	// The first call starts the browser, which lives as long as the context of that call: it takes no timeout.
	if err := chromedp.Do(ctx); err != nil {
		c.Close()
		return nil, fmt.Errorf("start %s: %w\n%s", path, err, tailLines(c.Stderr(), 20))
	}
	return c, nil
}

// lockedWriter keeps what Chromium writes, for failure messages.
type lockedWriter struct{ c *Chrome }

func (w *lockedWriter) Write(p []byte) (int, error) {
	w.c.mu.Lock()
	defer w.c.mu.Unlock()
	return w.c.stderr.Write(p)
}

// Stderr returns what Chromium wrote to its standard output and error.
func (c *Chrome) Stderr() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.stderr.String()
}

// Context returns the page's chromedp context, for actions beyond the methods here (chromedp.Run, listeners).
// It lives until Close.
func (c *Chrome) Context() context.Context { return c.ctx }

// run runs chromedp actions on the page, bounded by ctx as well as by the page's life.
func (c *Chrome) run(ctx context.Context, actions ...chromedp.Action[chromedp.Void]) error {
	rctx, cancel := c.bound(ctx)
	defer cancel()
	return chromedp.Do(rctx, actions...)
}

// bound derives from the page's context one that also ends with ctx.
func (c *Chrome) bound(ctx context.Context) (context.Context, func()) {
	rctx, cancel := context.WithCancel(c.ctx)
	if d, ok := ctx.Deadline(); ok {
		rctx, cancel = context.WithDeadline(c.ctx, d)
	}
	stop := context.AfterFunc(ctx, cancel)
	return rctx, func() { stop(); cancel() }
}

// Open sets the viewport to width×height and goes to url.
func (c *Chrome) Open(ctx context.Context, url string, width, height int) error {
	return c.run(ctx, chromedp.EmulateViewport(int64(width), int64(height)), chromedp.Navigate(url))
}

// Eval evaluates a JavaScript expression in the page (awaiting a promise) and stores its JSON value in result.
func (c *Chrome) Eval(ctx context.Context, expr string, result any) error {
	rctx, cancel := c.bound(ctx)
	defer cancel()
	raw, err := chromedp.Run(rctx, chromedp.Evaluate[json.RawMessage](expr, chromedp.EvalAwaitPromise,
		func(p *runtime.EvaluateParams) { p.UserGesture = ptr(true) }))
	if err != nil {
		var exc *chromedp.ExceptionError
		if errors.As(err, &exc) {
			msg := exc.Text
			if exc.Exception != nil && exc.Exception.Description != "" {
				msg = exc.Exception.Description
			}
			return fmt.Errorf("javascript: %s", msg)
		}
		return err
	}
	if result != nil && len(raw) > 0 && string(raw) != "null" {
		return json.Unmarshal(raw, result)
	}
	return nil
}

func ptr[T any](v T) *T { return &v }

// WaitFor evaluates expr until it returns true, every 100 ms, until ctx ends or timeout passes.
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
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// Click clicks the middle of the first element matching a CSS selector, as a mouse would.
func (c *Chrome) Click(ctx context.Context, selector string) error {
	var box *struct{ X, Y float64 }
	js := fmt.Sprintf(`(() => { const e = document.querySelector(%q); if (!e) return null;
		e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();
		return {X: r.left + r.width / 2, Y: r.top + r.height / 2}; })()`, selector)
	if err := c.Eval(ctx, js, &box); err != nil {
		return err
	}
	if box == nil {
		return fmt.Errorf("click: no element matches %s", selector)
	}
	return c.ClickAt(ctx, box.X, box.Y)
}

// ClickAt presses and releases the left mouse button at a point of the viewport.
func (c *Chrome) ClickAt(ctx context.Context, x, y float64) error {
	return c.run(ctx, chromedp.MouseClickXY(x, y))
}

// DoubleClickAt double-clicks at a point of the viewport.
func (c *Chrome) DoubleClickAt(ctx context.Context, x, y float64) error {
	return c.run(ctx, chromedp.MouseClickXY(x, y, chromedp.ClickCount(2)))
}

// Drag presses the left button at one point, moves to another in steps, and releases it there.
func (c *Chrome) Drag(ctx context.Context, fromX, fromY, toX, toY float64) error {
	const steps = 10
	mouse := func(p input.DispatchMouseEventParams) chromedp.Action[chromedp.Void] {
		return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
			_, err := cdp.Call(ctx, t, input.DispatchMouseEvent, p)
			return err
		})
	}
	actions := []chromedp.Action[chromedp.Void]{
		mouse(input.DispatchMouseEventParams{Type: input.DispatchMouseEventTypeMouseMoved, X: fromX, Y: fromY}),
		mouse(input.DispatchMouseEventParams{Type: input.DispatchMouseEventTypeMousePressed, X: fromX, Y: fromY, Button: input.MouseButtonLeft,
			Buttons: 1, ClickCount: 1}),
	}
	for i := 1; i <= steps; i++ {
		x, y := fromX+(toX-fromX)*float64(i)/steps, fromY+(toY-fromY)*float64(i)/steps
		actions = append(actions, mouse(input.DispatchMouseEventParams{Type: input.DispatchMouseEventTypeMouseMoved, X: x, Y: y,
			Button: input.MouseButtonLeft, Buttons: 1}))
	}
	actions = append(actions, mouse(input.DispatchMouseEventParams{Type: input.DispatchMouseEventTypeMouseReleased, X: toX, Y: toY,
		Button: input.MouseButtonLeft, ClickCount: 1}))
	return c.run(ctx, actions...)
}

// Type inserts text at the focus, as an input method would (one input event, whatever the text).
func (c *Chrome) Type(ctx context.Context, text string) error {
	return c.run(ctx, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, input.InsertText, input.InsertTextParams{Text: text})
		return err
	}))
}

// Key sends one key press, such as "Enter" or "Escape" (see chromedp/kb).
func (c *Chrome) Key(ctx context.Context, key string) error {
	return c.run(ctx, chromedp.KeyEvent(key))
}

// Screenshot returns a PNG of the viewport, or of the given clip in CSS pixels when clip is not nil.
func (c *Chrome) Screenshot(ctx context.Context, clip *Rect) ([]byte, error) {
	var buf []byte
	err := c.run(ctx, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		p := page.CaptureScreenshotParams{Format: page.CaptureScreenshotFormatPng}
		if clip != nil {
			p.Clip = &page.Viewport{X: clip.X, Y: clip.Y, Width: clip.Width, Height: clip.Height, Scale: 1}
		}
		r, err := cdp.Call(ctx, t, page.CaptureScreenshot, p)
		buf = r.Data
		return err
	}))
	return buf, err
}

// Rect is a rectangle of the page in CSS pixels.
type Rect struct{ X, Y, Width, Height float64 }

// Close ends Chromium and removes its profile.
func (c *Chrome) Close() error {
	if c.cancel != nil {
		c.cancel()
	}
	if c.cancelAlloc != nil {
		c.cancelAlloc()
	}
	return os.RemoveAll(c.profile)
}

func tailLines(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}
