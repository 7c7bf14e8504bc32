package api

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/insights"
)

const maxTop = 100000

func handleCentrality(e *insights.Engine) gin.HandlerFunc {
	allowed := append([]string{"measure", "top"}, projectionParams...)
	return func(c *gin.Context) {
		q := parseQuery(c, allowed...)
		measure := q.str("measure")
		if measure == "" {
			measure = "betweenness"
		}
		top := q.integer("top", 20, 0, maxTop)
		opt := q.projection(ringleader.ViewPeople, "from", "to")
		if err := q.err(); err != nil {
			fail(c, err)
			return
		}
		res, err := e.Centrality(c.Request.Context(), scope(c), opt, measure, top)
		if err != nil {
			fail(c, err)
			return
		}
		c.JSON(http.StatusOK, res)
	}
}

func handleCommunities(e *insights.Engine) gin.HandlerFunc {
	allowed := append([]string{"resolution", "seed"}, projectionParams...)
	return func(c *gin.Context) {
		q := parseQuery(c, allowed...)
		resolution := q.number("resolution", 1, 0.01, 100)
		seed := q.integer("seed", insights.DefaultSeed, 0, 1<<31-1)
		opt := q.projection(ringleader.ViewPeople, "from", "to")
		if err := q.err(); err != nil {
			fail(c, err)
			return
		}
		res, err := e.Communities(c.Request.Context(), scope(c), opt, resolution, uint64(seed))
		if err != nil {
			fail(c, err)
			return
		}
		c.JSON(http.StatusOK, res)
	}
}

func handleCaseBridges(e *insights.Engine) gin.HandlerFunc {
	return func(c *gin.Context) {
		q := parseQuery(c, "top")
		top := q.integer("top", 20, 0, maxTop)
		if err := q.err(); err != nil {
			fail(c, err)
			return
		}
		res, err := e.CaseBridges(c.Request.Context(), scope(c))
		if err != nil {
			fail(c, err)
			return
		}
		if top > 0 && len(res) > top {
			res = res[:top]
		}
		c.JSON(http.StatusOK, gin.H{"count": len(res), "results": nonNil(res)})
	}
}

func handlePaths(e *insights.Engine) gin.HandlerFunc {
	allowed := append([]string{"from", "to", "k"}, pathParams...)
	return func(c *gin.Context) {
		q := parseQuery(c, allowed...)
		from, to := q.required("from"), q.required("to")
		k := q.integer("k", 3, 1, insights.MaxPaths)
		opt := q.projection(ringleader.ViewFull, "from_date", "to_date")
		if err := q.err(); err != nil {
			fail(c, err)
			return
		}
		res, err := e.Paths(c.Request.Context(), scope(c), opt, from, to, k)
		if err != nil {
			fail(c, err)
			return
		}
		c.JSON(http.StatusOK, res)
	}
}
