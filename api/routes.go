package api

import (
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/queries/browser"
)

// Routes lists the API's routes as "METHOD /path/{param}", as the OpenAPI document names
// them.
func Routes() []string {
	r := gin.New()
	addRoutes(r, Deps{})
	var out []string
	for _, ri := range r.Routes() {
		path := ri.Path
		if path != "/" && IsPage(path) {
			continue // the page's files: built, not an API
		}
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
	r.NoRoute(identify(d), func(c *gin.Context) {
		writeProblem(c, http.StatusNotFound, "not_found", "no route "+c.Request.URL.Path, nil)
	})
	r.NoMethod(func(c *gin.Context) {
		writeProblem(c, http.StatusMethodNotAllowed, "invalid", c.Request.Method+" is not allowed on "+c.Request.URL.Path, nil)
	})

	// The workbench page: public like the probes (it holds no case data and asks for a token).
	addPage(r)

	// Neo4j Browser's style sheet and guide (queries/browser): public like the probes (no case data in them), with
	// CORS for Browser's origin; the guide's fetch is preflighted, hence OPTIONS.
	browserFiles := gin.WrapH(browser.Handler())
	for _, p := range []string{browser.StylePath, browser.GuidePath} {
		r.GET(p, browserFiles)
		r.OPTIONS(p, browserFiles)
	}

	// Everything below needs a token; each route names the least role it needs.
	viewer, analyst, admin := need(ringleader.RoleViewer), need(ringleader.RoleAnalyst), need(ringleader.RoleAdmin)
	// Bodies are capped per route: JSON bodies at maxBody, a chart at maxChartBody, a bundle at maxLoadBody.
	authed := []gin.HandlerFunc{authenticate(d, newAddressLimiter(d.FailedAuthRate, d.FailedAuthBurst)), rateLimit(d), strictQuery()}
	jsonBody, chartBody, bundleBody := limitBody(maxBody), limitBody(maxChartBody), limitBody(maxLoadBody)
	r.GET("/metrics", append(authed, viewer, handleMetrics(d.Registry))...)

	v1 := r.Group("/api/v1", authed...)
	v1.GET("/openapi.json", viewer, handleOpenAPI())
	v1.GET("/about", viewer, handleAbout(d))
	v1.GET("/stats", viewer, handleStats(d.Store))
	v1.GET("/cases", viewer, handleCases(d.Engine))
	v1.GET("/network", viewer, handleNetwork(d.Engine))
	v1.GET("/export", analyst, handleExport(d.Engine))
	v1.GET("/entities", viewer, handleFindEntities(d.Engine))
	v1.GET("/entities/:id", viewer, handleEntity(d.Store))
	v1.GET("/entities/:id/neighbourhood", viewer, handleNeighbourhood(d.Store))
	v1.GET("/paths", viewer, handlePaths(d.Engine))
	v1.GET("/insights/centrality", analyst, handleCentrality(d.Engine))
	v1.GET("/insights/communities", analyst, handleCommunities(d.Engine))
	v1.GET("/insights/case-bridges", analyst, handleCaseBridges(d.Engine))
	v1.GET("/cases/:id/links", analyst, handleCaseLinks(d.Engine))
	v1.GET("/insights/brokers", analyst, handleBrokers(d.Engine))
	v1.GET("/insights/key-players", analyst, handleKeyPlayers(d.Engine))
	v1.POST("/insights/disruption", analyst, jsonBody, handleDisruption(d.Engine))
	v1.GET("/insights/centralization", analyst, handleCentralization(d.Engine))
	v1.GET("/insights/centrality-over-time", analyst, handleCentralityOverTime(d.Engine))
	v1.GET("/paths/time", viewer, handleTimePaths(d.Engine))
	v1.GET("/money/flows", analyst, handleMoneyFlows(d.Engine))
	v1.GET("/money/trail", analyst, handleMoneyTrail(d.Engine))
	v1.GET("/money/maxflow", analyst, handleMoneyMaxFlow(d.Engine))
	v1.GET("/money/cycles", analyst, handleMoneyCycles(d.Engine))
	v1.GET("/money/fans", analyst, handleMoneyFans(d.Engine))
	v1.GET("/money/hawala", analyst, handleMoneyHawala(d.Engine))
	v1.GET("/resolution/candidates", analyst, handleCandidates(d.Engine))
	v1.POST("/resolution/decisions", analyst, jsonBody, handleDecision(d.Store, d.Engine))
	v1.GET("/charts", viewer, handleCharts(d))
	v1.POST("/charts", analyst, chartBody, handleSaveChart(d))
	v1.GET("/charts/:id", viewer, handleChart(d))
	v1.POST("/cypher", viewer, jsonBody, handleCypher(d.Store))
	v1.POST("/load", admin, bundleBody, handleLoad(d.Store))
	v1.GET("/audit", admin, handleAudit(d.Audit, d.Store))
}
