package api

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/insights"
)

const maxTop = 100000

// minApproxEpsilon is the smallest error the API accepts for approximate betweenness: at 0.005 a 20,000-node
// graph needs about 130,000 sampled paths, about a second here.
const minApproxEpsilon = 0.005

func handleCentrality(e *insights.Engine) gin.HandlerFunc {
	allowed := append(append([]string{"measure", "top", "epsilon", "delta"}, robustnessParams...), projectionParams...)
	return func(c *gin.Context) {
		q := parseQuery(c, allowed...)
		measure := q.str("measure")
		if measure == "" {
			measure = "betweenness"
		}
		top := q.integer("top", 20, 0, maxTop)
		// epsilon asks for approximate betweenness; its lower bound keeps the sample count (about 0.5/eps² times
		// a small log factor) within a request's time.
		eps := q.number("epsilon", 0, minApproxEpsilon, 0.5)
		delta := q.number("delta", insights.DefaultApproxDelta, 0.001, 0.5)
		if eps > 0 && measure != "betweenness" {
			q.fail("epsilon", "only betweenness has an approximation (measure=betweenness)")
		}
		if q.str("delta") != "" && eps == 0 {
			q.fail("delta", "applies to approximate betweenness only: give epsilon too")
		}
		robust, ro := q.robustness(top)
		if robust && eps > 0 {
			q.fail("robustness", "recomputes exact scores: drop epsilon")
		}
		opt := q.projection(ringleader.ViewPeople, "from", "to")
		answer(c, q, func() (any, error) {
			var res *insights.CentralityResult
			var err error
			if eps > 0 {
				res, err = e.ApproxBetweenness(c.Request.Context(), scope(c), opt, eps, delta, top)
			} else {
				res, err = e.Centrality(c.Request.Context(), scope(c), opt, measure, top)
			}
			if err == nil && robust {
				res.Robustness, err = e.CentralityRobustness(c.Request.Context(), scope(c), opt, measure, ro)
			}
			return res, err
		})
	}
}

func handleCommunities(e *insights.Engine) gin.HandlerFunc {
	allowed := append([]string{"method", "objective", "resolution", "seed"}, projectionParams...)
	return func(c *gin.Context) {
		q := parseQuery(c, allowed...)
		// method and objective are checked by insights, which names them.
		copt := insights.CommunityOptions{Method: q.str("method"), Objective: q.str("objective"),
			Resolution: q.number("resolution", 1, 0.01, 100), Seed: uint64(q.integer("seed", insights.DefaultSeed, 0, 1<<31-1))}
		opt := q.projection(ringleader.ViewPeople, "from", "to")
		answer(c, q, func() (any, error) { return e.Communities(c.Request.Context(), scope(c), opt, copt) })
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
		answer(c, q, func() (any, error) { return e.Paths(c.Request.Context(), scope(c), opt, from, to, k) })
	}
}
