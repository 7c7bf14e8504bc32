package browsertest_test

import (
	"bytes"
	"context"
	"image/png"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/ringleader/ringleader/testing/browsertest"
)

// TestChrome drives a page of its own through each call the Browser test relies on: evaluate, wait, click, type,
// screenshot.
func TestChrome(t *testing.T) {
	chromium := browsertest.Chromium(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c, err := browsertest.Launch(chromium, 400, 300)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	const page = `<!doctype html><body style="margin:0;background:#4C8EDA">
		<input id="in" style="position:absolute;left:10px;top:10px;width:200px">
		<button id="b" style="position:absolute;left:10px;top:60px;width:100px;height:40px"
			onclick="document.title = 'clicked ' + document.getElementById('in').value">go</button></body>`
	if err := c.Open(ctx, "data:text/html,"+url.PathEscape(page), 400, 300); err != nil {
		t.Fatal(err)
	}
	if err := c.WaitFor(ctx, "the page", `document.getElementById('b')`, time.Minute); err != nil {
		t.Fatal(err)
	}

	var sum int
	if err := c.Eval(ctx, `Promise.resolve(20 + 22)`, &sum); err != nil || sum != 42 {
		t.Errorf("Eval of a promise = %d, %v; want 42", sum, err)
	}
	if err := c.Eval(ctx, `(() => { throw new Error('boom') })()`, nil); err == nil || !strings.Contains(err.Error(), "boom") {
		t.Errorf("Eval of a throwing expression: %v, want the exception", err)
	}

	if err := c.Click(ctx, "#in"); err != nil {
		t.Fatal(err)
	}
	if err := c.Type(ctx, "جسر bridge"); err != nil {
		t.Fatal(err)
	}
	if err := c.Click(ctx, "#b"); err != nil {
		t.Fatal(err)
	}
	if err := c.WaitFor(ctx, "the click", `document.title === 'clicked جسر bridge'`, 10*time.Second); err != nil {
		var title string
		_ = c.Eval(ctx, `document.title`, &title)
		t.Errorf("%v (title %q)", err, title)
	}
	if err := c.Click(ctx, "#nothing"); err == nil {
		t.Error("Click on a selector that matches nothing did not fail")
	}
	if err := c.WaitFor(ctx, "never", `false`, 500*time.Millisecond); err == nil {
		t.Error("WaitFor of a false condition did not time out")
	}

	shot, err := c.Screenshot(ctx, &browsertest.Rect{X: 300, Y: 200, Width: 50, Height: 40})
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(shot))
	if err != nil {
		t.Fatal(err)
	}
	if b := img.Bounds(); b.Dx() != 50 || b.Dy() != 40 {
		t.Errorf("clip is %v, want 50x40", b)
	}
	r, g, b, _ := img.At(25, 20).RGBA()
	if r>>8 != 0x4C || g>>8 != 0x8E || b>>8 != 0xDA {
		t.Errorf("pixel %02x%02x%02x, want the page's background 4c8eda", r>>8, g>>8, b>>8)
	}
}
