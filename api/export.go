package api

import (
	"bytes"
	"net/http"
	"slices"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/exchange"
	"github.com/ringleader/ringleader/graph"
	"github.com/ringleader/ringleader/insights"
)

// RestrictionHeader says, on an export restricted by grading, what was left out.
const RestrictionHeader = "X-Ringleader-Restriction"

// handleExport writes what the caller sees of the network (of one case with case=) in an exchange format,
// restricted by grading when asked (min_grade, confirmed_only), saying so in RestrictionHeader and in the file.
func handleExport(e *insights.Engine) gin.HandlerFunc {
	return func(c *gin.Context) {
		q := parseQuery(c, "format", "case", "min_grade", "confirmed_only", "measure")
		format := q.required("format")
		if format != "" && !slices.Contains(exchange.Formats, format) {
			q.fail("format", "must be one of "+strings.Join(exchange.Formats, ", "))
		}
		measure := q.str("measure")
		if measure == "" {
			measure = "betweenness"
		}
		if !slices.Contains(graph.Measures(), measure) {
			q.fail("measure", "must be one of "+strings.Join(graph.Measures(), ", "))
		}
		grading := ringleader.GradeFilter{ConfirmedOnly: q.boolean("confirmed_only", false)}
		if mg := q.str("min_grade"); mg != "" {
			g, err := ringleader.ParseMinGrade(mg)
			if err != nil {
				_, reason, _ := strings.Cut(ringleader.ErrorMessage(err), ": ")
				q.fail("min_grade", reason)
			}
			grading.MinGrade = g
		}
		if err := q.err(); err != nil {
			fail(c, err)
			return
		}
		req := insights.ExportRequest{Case: q.str("case"), Grading: grading}
		if format == "gexf" {
			req.Measure, req.Communities = measure, true
		}
		x, err := e.Export(c.Request.Context(), scope(c), req)
		if err != nil {
			fail(c, err)
			return
		}
		title := "Ringleader network"
		if req.Case != "" {
			title += ", case " + req.Case
		}
		var buf bytes.Buffer
		if err := exchange.Write(&buf, format, x.Network, exchange.Options{Title: title, Restriction: &x.Restriction,
			Sizes: x.Sizes, SizeMeasure: x.Measure, Communities: x.Communities}); err != nil {
			fail(c, err)
			return
		}
		if x.Restriction.Active() {
			c.Header(RestrictionHeader, x.Restriction.String())
		}
		c.Header("Content-Disposition", `attachment; filename="ringleader`+exchange.Extensions[format]+`"`)
		c.Data(http.StatusOK, exchange.ContentTypes[format], buf.Bytes())
	}
}
