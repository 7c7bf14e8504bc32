package api

import (
	"encoding/json"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/insights"
	"github.com/ringleader/ringleader/resolve"
)

const maxCandidates = 10000

func handleCandidates(e *insights.Engine) gin.HandlerFunc {
	return func(c *gin.Context) {
		q := parseQuery(c, "threshold", "min_score", "decision", "limit", "entity")
		entity := q.str("entity")
		opt := resolve.Options{AutoThreshold: q.number("threshold", 0, 0, 1), MinScore: q.number("min_score", 0, 0, 1)}
		decision := q.str("decision")
		if decision == "" {
			decision = "all"
		}
		if decision != "all" && decision != "pending" && decision != ringleader.DecisionAuto &&
			decision != ringleader.DecisionConfirmed && decision != ringleader.DecisionRejected {
			q.fail("decision", "must be all, pending, auto, confirmed or rejected")
		}
		limit := q.integer("limit", 100, 1, maxCandidates)
		answer(c, q, func() (any, error) {
			all, err := e.Candidates(c.Request.Context(), scope(c), opt)
			if err != nil {
				return nil, err
			}
			out := []resolve.Candidate{}
			for _, cand := range all {
				d := cand.Decision
				if d == "" {
					d = "pending"
				}
				if entity != "" && cand.Source != entity && cand.Target != entity {
					continue
				}
				if (decision == "all" || decision == d) && len(out) < limit {
					out = append(out, cand)
				}
			}
			return gin.H{"count": len(out), "total": len(all), "candidates": out}, nil
		})
	}
}

// handleDecision records a person's confirmation or rejection of a candidate pair as a
// SAME_AS link, with the evidence, who decided and when.
func handleDecision(store ringleader.Store, e *insights.Engine) gin.HandlerFunc {
	return func(c *gin.Context) {
		if err := parseQuery(c).err(); err != nil {
			fail(c, err)
			return
		}
		var r resolve.Review
		dec := json.NewDecoder(c.Request.Body)
		dec.DisallowUnknownFields()
		if err := dec.Decode(&r); err != nil {
			fail(c, jsonError(err))
			return
		}
		r.By = caller(c).Name // who decided is the token, not what the body claims
		r.Date = time.Now().UTC().Format(ringleader.DateLayout)
		sc := scope(c)
		link, err := e.Decision(c.Request.Context(), sc, r)
		if err != nil {
			fail(c, err)
			return
		}
		batch := &ringleader.Batch{Links: []ringleader.Link{link}}
		if !sc.All() {
			batch.Compartment = &sc // a decision made inside a compartment stays in it
		}
		if _, err := store.Write(c.Request.Context(), batch); err != nil {
			fail(c, err)
			return
		}
		c.JSON(http.StatusOK, link)
	}
}
