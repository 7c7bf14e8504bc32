// Package api is Ringleader's REST API on gin: NewHandler builds the http.Handler; every
// route is listed in routes.go; errors become RFC 9457 problem+json in one place
// (errors.go); the OpenAPI 3 document served at /api/v1/openapi.json describes every
// route. gin is imported nowhere else.
package api
