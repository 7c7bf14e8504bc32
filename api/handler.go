package api

import (
	"log/slog"
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/insights"
)

// Deps are what the API needs.
type Deps struct {
	Store  ringleader.Store
	Engine *insights.Engine
	Logger *slog.Logger
}

// NewHandler returns the API's http.Handler.
func NewHandler(d Deps) http.Handler {
	if d.Logger == nil {
		d.Logger = slog.New(slog.DiscardHandler)
	}
	if d.Engine == nil {
		d.Engine = insights.New(d.Store)
	}
	gin.SetMode(gin.ReleaseMode)
	r := gin.New()
	// Entity ids may hold reserved characters ("phone:+963...", ids with "/"): route on
	// the escaped path and unescape the parameters.
	r.UseRawPath = true
	r.UnescapePathValues = true
	r.HandleMethodNotAllowed = true
	r.Use(recoverProblem(d.Logger), writeErrors(d.Logger))
	addRoutes(r, d)
	return r
}

// scope returns the cases the caller may see. Until tokens exist every caller sees all.
func scope(*gin.Context) ringleader.Scope { return ringleader.AllCases() }
