package api

import (
	"encoding/json"
	"errors"
	"io"

	"github.com/gin-gonic/gin"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/insights"
)

// Bounds of the broker routes' parameters.
const (
	maxKeyPlayers = 50
	maxRemovals   = 100000
)

func handleBrokers(e *insights.Engine) gin.HandlerFunc {
	allowed := append(append([]string{"partition", "top"}, robustnessParams...), projectionParams...)
	return func(c *gin.Context) {
		q := parseQuery(c, allowed...)
		bo := insights.BrokerOptions{Partition: q.str("partition"), Top: q.integer("top", 20, 0, maxTop)}
		robust, ro := q.robustness(bo.Top)
		opt := q.projection(ringleader.ViewPeople, "from", "to")
		answer(c, q, func() (any, error) {
			res, err := e.Brokers(c.Request.Context(), scope(c), opt, bo)
			if err == nil && robust {
				res.Robustness, err = e.BrokersRobustness(c.Request.Context(), scope(c), opt, bo, ro)
			}
			return res, err
		})
	}
}

func handleKeyPlayers(e *insights.Engine) gin.HandlerFunc {
	allowed := append([]string{"k", "measure", "tie_break"}, projectionParams...)
	return func(c *gin.Context) {
		q := parseQuery(c, allowed...)
		k := q.integer("k", 3, 1, maxKeyPlayers)
		measure, tie := q.str("measure"), q.str("tie_break")
		opt := q.projection(ringleader.ViewPeople, "from", "to")
		answer(c, q, func() (any, error) { return e.KeyPlayers(c.Request.Context(), scope(c), opt, k, measure, tie) })
	}
}

// handleDisruption runs a disruption simulation. The simulation is described in the JSON
// body ({"by":"betweenness","mode":"sequential","count":10}); the projection in the query.
func handleDisruption(e *insights.Engine) gin.HandlerFunc {
	return func(c *gin.Context) {
		q := parseQuery(c, projectionParams...)
		opt := q.projection(ringleader.ViewPeople, "from", "to")
		var req insights.DisruptionRequest
		dec := json.NewDecoder(c.Request.Body)
		dec.DisallowUnknownFields()
		if err := dec.Decode(&req); err != nil && !errors.Is(err, io.EOF) {
			fail(c, jsonError(err))
			return
		}
		if req.By == "" {
			req.By = "betweenness"
		}
		if req.Count < 0 || req.Count > maxRemovals || req.BlockSize < 0 || req.BlockSize > maxRemovals {
			q.fail("count", "count and block_size must be between 0 and 100000")
		}
		answer(c, q, func() (any, error) { return e.Disruption(c.Request.Context(), scope(c), opt, req) })
	}
}

func handleCentralization(e *insights.Engine) gin.HandlerFunc {
	allowed := append([]string{"period"}, projectionParams...)
	return func(c *gin.Context) {
		q := parseQuery(c, allowed...)
		period := q.str("period")
		opt := q.projection(ringleader.ViewPeople, "from", "to")
		answer(c, q, func() (any, error) { return e.Centralization(c.Request.Context(), scope(c), opt, period) })
	}
}

// jsonError turns a body decoding error into a clear EINVALID or ETOOLARGE.
func jsonError(err error) error {
	if e := bodyError(err); ringleader.ErrorCode(e) == ringleader.ETOOLARGE {
		return e
	}
	return ringleader.Errorf(ringleader.EINVALID, "body: not the JSON expected: %s", err.Error())
}

func handleCaseLinks(e *insights.Engine) gin.HandlerFunc {
	return func(c *gin.Context) {
		q := parseQuery(c, append([]string{"hops"}, gradeParams...)...)
		hops := q.integer("hops", insights.DefaultCaseHops, 1, insights.MaxCaseHops)
		grades := q.grades()
		answer(c, q, func() (any, error) { return e.CaseLinks(c.Request.Context(), scope(c), c.Param("id"), hops, grades) })
	}
}
