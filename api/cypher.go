package api

import (
	"encoding/json"
	"net/http"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/ringleader/ringleader"
)

// Limits of /api/v1/cypher.
const (
	cypherTimeout    = 30 * time.Second
	cypherMaxRows    = 10000
	cypherDefaultRow = 1000
)

type cypherRequest struct {
	Statement  string         `json:"statement"`
	Parameters map[string]any `json:"parameters"`
	MaxRows    int            `json:"max_rows"`
}

// handleCypher runs an investigator's read-only Cypher on a Neo4j store. Compartments
// cannot be enforced inside arbitrary Cypher, so only tokens cleared for all cases may use
// it, whatever their role; the store refuses any statement that is not read-only.
func handleCypher(store ringleader.Store) gin.HandlerFunc {
	return func(c *gin.Context) {
		if err := parseQuery(c).err(); err != nil {
			fail(c, err)
			return
		}
		if t := caller(c); t == nil || !t.AllCases {
			fail(c, ringleader.Errorf(ringleader.EFORBIDDEN, "Cypher needs a token cleared for all cases: compartments cannot be enforced inside a statement"))
			return
		}
		cr, ok := store.(ringleader.CypherReader)
		if !ok {
			fail(c, ringleader.Errorf(ringleader.ENOTFOUND, "this store does not speak Cypher (use a Neo4j store)"))
			return
		}
		var req cypherRequest
		dec := json.NewDecoder(c.Request.Body)
		dec.DisallowUnknownFields()
		dec.UseNumber()
		if err := dec.Decode(&req); err != nil {
			fail(c, jsonError(err))
			return
		}
		if strings.TrimSpace(req.Statement) == "" {
			fail(c, ringleader.Errorf(ringleader.EINVALID, "statement: required"))
			return
		}
		if req.MaxRows == 0 {
			req.MaxRows = cypherDefaultRow
		}
		if req.MaxRows < 1 || req.MaxRows > cypherMaxRows {
			fail(c, ringleader.Errorf(ringleader.EINVALID, "max_rows: must be between 1 and %d", cypherMaxRows))
			return
		}
		res, err := cr.ReadCypher(c.Request.Context(), req.Statement, numbers(req.Parameters), req.MaxRows, cypherTimeout)
		if err != nil {
			fail(c, err)
			return
		}
		c.JSON(http.StatusOK, res)
	}
}

// numbers turns JSON numbers into the int64 or float64 the Neo4j driver sends, so that
// a parameter 3 matches an integer property.
func numbers(m map[string]any) map[string]any {
	for k, v := range m {
		m[k] = number(v)
	}
	return m
}

func number(v any) any {
	switch x := v.(type) {
	case json.Number:
		if i, err := x.Int64(); err == nil {
			return i
		}
		f, _ := x.Float64()
		return f
	case []any:
		for i := range x {
			x[i] = number(x[i])
		}
	case map[string]any:
		return numbers(x)
	}
	return v
}
