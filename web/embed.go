// Package web holds the investigation workbench: the single page served at / (built by esbuild from src/ into
// dist/, committed so that a Go build needs no Node). See README.md for how to rebuild and test it.
package web

import (
	"embed"
	"io/fs"
)

// Dist holds the built page under dist/: index.html, app.js and app.css.
//
//go:embed dist
var Dist embed.FS

// Assets returns the built page with dist/ stripped, so that index.html is at the root of the file system.
func Assets() fs.FS {
	sub, err := fs.Sub(Dist, "dist")
	if err != nil {
		panic("web: " + err.Error()) // cannot happen: dist is embedded above
	}
	return sub
}
