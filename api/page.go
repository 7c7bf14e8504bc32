package api

import (
	"bytes"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/ringleader/ringleader/web"
)

// pageCSP is the workbench's Content-Security-Policy: its own files only, nothing from elsewhere. The layout's
// web worker (graphology-layout-forceatlas2/worker) is made from a blob: URL, and PNG export draws into data:
// and blob: images; nothing else needs more than 'self'.
const pageCSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
	"worker-src 'self' blob:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; " +
	"frame-ancestors 'none'; form-action 'self'"

// apiCSP is the policy of every other answer: JSON is never a document to render.
const apiCSP = "default-src 'none'; frame-ancestors 'none'"

// pageFiles are the workbench's files, read once: name → content.
var pageFiles = func() map[string][]byte {
	out := map[string][]byte{}
	assets := web.Assets()
	_ = fs.WalkDir(assets, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(assets, p)
		if err == nil {
			out[p] = b
		}
		return err
	})
	return out
}()

// addPage serves the workbench at / and its files beside it. They hold no case data, so they need no token: the
// page asks for one and sends it with every API call.
func addPage(r *gin.Engine) {
	for name := range pageFiles {
		route := "/" + name
		if name == "index.html" {
			route = "/"
		}
		r.GET(route, servePageFile(name))
	}
}

// isAsset reports whether the request is for one of the page's files.
func isAsset(c *gin.Context) bool {
	return c.Request.Method == http.MethodGet && IsPage(c.Request.URL.Path)
}

// built is when the binary was started; files served with it change only with the binary.
var built = time.Now()

func servePageFile(name string) gin.HandlerFunc {
	data := pageFiles[name]
	ctype := mime.TypeByExtension(path.Ext(name))
	if ctype == "" {
		ctype = "application/octet-stream"
	}
	return func(c *gin.Context) {
		h := c.Writer.Header()
		h.Set("Content-Security-Policy", pageCSP)
		h.Set("Content-Type", ctype)
		http.ServeContent(c.Writer, c.Request, name, built, bytes.NewReader(data))
	}
}

// IsPage reports whether path is one of the workbench's files (or /), which need no token.
func IsPage(path string) bool {
	if path == "/" {
		return true
	}
	_, ok := pageFiles[strings.TrimPrefix(path, "/")]
	return ok
}
