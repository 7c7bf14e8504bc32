package api

import (
	_ "embed"
	"net/http"

	"github.com/gin-gonic/gin"
)

// openAPI is the OpenAPI 3 document of every route; a test checks it against the router.
//
//go:embed openapi.json
var openAPI []byte

func handleOpenAPI() gin.HandlerFunc {
	return func(c *gin.Context) { c.Data(http.StatusOK, "application/json", openAPI) }
}

// OpenAPI returns the OpenAPI document the API serves.
func OpenAPI() []byte { return openAPI }
