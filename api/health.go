package api

import (
	"context"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/ringleader/ringleader"
)

func handleHealthz() gin.HandlerFunc {
	return func(c *gin.Context) { c.JSON(http.StatusOK, gin.H{"status": "ok"}) }
}

// readyTimeout bounds the store ping of /readyz, so that a hung store answers 503 fast.
const readyTimeout = 2 * time.Second

func handleReadyz(store ringleader.Store) gin.HandlerFunc {
	return func(c *gin.Context) {
		ctx, cancel := context.WithTimeout(c.Request.Context(), readyTimeout)
		defer cancel()
		if err := store.Ping(ctx); err != nil {
			fail(c, ringleader.WrapError(ringleader.EUNAVAILABLE, err, "store unavailable"))
			return
		}
		c.JSON(http.StatusOK, gin.H{"status": "ready"})
	}
}

func handleStats(store ringleader.Store) gin.HandlerFunc {
	return func(c *gin.Context) {
		if err := parseQuery(c).err(); err != nil {
			fail(c, err)
			return
		}
		counts, err := store.Counts(c.Request.Context(), scope(c))
		if err != nil {
			fail(c, err)
			return
		}
		c.JSON(http.StatusOK, gin.H{"entities": counts.Entities, "links": counts.Links,
			"total_entities": counts.TotalEntities(), "total_links": counts.TotalLinks()})
	}
}
