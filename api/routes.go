package api

import (
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
)

// Routes lists the API's routes as "METHOD /path/{param}", as the OpenAPI document names
// them.
func Routes() []string {
	r := gin.New()
	addRoutes(r, Deps{})
	var out []string
	for _, ri := range r.Routes() {
		path := ri.Path
		for _, seg := range strings.Split(path, "/") {
			if strings.HasPrefix(seg, ":") {
				path = strings.Replace(path, seg, "{"+seg[1:]+"}", 1)
			}
		}
		out = append(out, ri.Method+" "+path)
	}
	return out
}

// addRoutes lists every route of the API; the OpenAPI document describes each one.
func addRoutes(r *gin.Engine, d Deps) {
	r.GET("/healthz", handleHealthz())
	r.GET("/readyz", handleReadyz(d.Store))
	r.NoRoute(func(c *gin.Context) {
		writeProblem(c, http.StatusNotFound, "not_found", "no route "+c.Request.URL.Path, nil)
	})
	r.NoMethod(func(c *gin.Context) {
		writeProblem(c, http.StatusMethodNotAllowed, "invalid", c.Request.Method+" is not allowed on "+c.Request.URL.Path, nil)
	})

	v1 := r.Group("/api/v1")
	v1.GET("/openapi.json", handleOpenAPI())
	v1.GET("/stats", handleStats(d.Store))
	v1.GET("/entities", handleFindEntities(d.Store))
	v1.GET("/entities/:id", handleEntity(d.Store))
	v1.GET("/entities/:id/neighbourhood", handleNeighbourhood(d.Store))
	v1.GET("/paths", handlePaths(d.Engine))
	v1.GET("/insights/centrality", handleCentrality(d.Engine))
	v1.GET("/insights/communities", handleCommunities(d.Engine))
	v1.GET("/insights/case-bridges", handleCaseBridges(d.Engine))
}
