package api

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/insights"
)

// Neighbourhood bounds: depth beyond 4 covers most of a real ring and answers slowly.
const (
	maxDepth             = 4
	defaultNeighbourhood = 500
	maxNeighbourhood     = 5000
	maxSearch            = 500
)

func handleEntity(store ringleader.Store) gin.HandlerFunc {
	return func(c *gin.Context) {
		if err := parseQuery(c).err(); err != nil {
			fail(c, err)
			return
		}
		ent, err := store.Entity(c.Request.Context(), scope(c), c.Param("id"))
		if err != nil {
			fail(c, err)
			return
		}
		c.JSON(http.StatusOK, scope(c).Redact(ent))
	}
}

func handleFindEntities(e *insights.Engine) gin.HandlerFunc {
	return func(c *gin.Context) {
		q := parseQuery(c, "q", "kind", "limit")
		eq := ringleader.EntityQuery{Text: q.required("q"), Limit: q.integer("limit", 50, 1, maxSearch)}
		if k := q.str("kind"); k != "" {
			kind, ok := ringleader.ParseKind(k)
			if !ok {
				q.fail("kind", "unknown kind "+k)
			}
			eq.Kind = kind
		}
		if err := q.err(); err != nil {
			fail(c, err)
			return
		}
		found, err := e.Search(c.Request.Context(), scope(c), eq)
		if err != nil {
			fail(c, err)
			return
		}
		for i := range found {
			found[i].Entity = scope(c).Redact(found[i].Entity)
		}
		c.JSON(http.StatusOK, gin.H{"query": eq.Text, "count": len(found), "results": found})
	}
}

func handleNeighbourhood(store ringleader.Store) gin.HandlerFunc {
	return func(c *gin.Context) {
		q := parseQuery(c, "depth", "limit")
		depth := q.integer("depth", 1, 1, maxDepth)
		limit := q.integer("limit", defaultNeighbourhood, 1, maxNeighbourhood)
		if err := q.err(); err != nil {
			fail(c, err)
			return
		}
		id := c.Param("id")
		net, err := store.Neighbourhood(c.Request.Context(), scope(c), id, depth, limit)
		if err != nil {
			fail(c, err)
			return
		}
		net = scope(c).RedactNetwork(net)
		c.JSON(http.StatusOK, gin.H{"id": id, "depth": depth, "limit": limit,
			"truncated": len(net.Entities) >= limit, "entities": net.Entities, "links": nonNil(net.Links)})
	}
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
