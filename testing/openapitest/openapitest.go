// Package openapitest checks HTTP traffic against Ringleader's OpenAPI document with kin-openapi: a handler
// wrapped by Wrap validates every request it serves and every answer it gives (openapi3filter), so that the
// tests that drive the API also prove that api/openapi.json tells the truth.
package openapitest

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"github.com/getkin/kin-openapi/routers/gorillamux"

	"github.com/ringleader/ringleader/api"
)

var (
	once   sync.Once
	doc    *openapi3.T
	router routers.Router
	err    error
)

// Document loads api/openapi.json and validates it as an OpenAPI 3 document.
func Document() (*openapi3.T, routers.Router, error) {
	once.Do(func() {
		loader := openapi3.NewLoader()
		if doc, err = loader.LoadFromData(api.OpenAPI()); err != nil {
			err = fmt.Errorf("openapitest: load: %w", err)
			return
		}
		if err = doc.Validate(context.Background()); err != nil {
			err = fmt.Errorf("openapitest: the document is not valid OpenAPI: %w", err)
			return
		}
		router, err = gorillamux.NewRouter(doc)
	})
	return doc, router, err
}

// Wrap returns h with every request and answer checked against the document; a request or an answer the
// document does not describe fails tb. Requests for the workbench's files, the probes and /metrics pass
// unchecked, as the document does not describe their bodies.
func Wrap(tb testing.TB, h http.Handler) http.Handler {
	_, router, err := Document()
	if err != nil {
		tb.Fatal(err)
	}
	opts := &openapi3filter.Options{
		// Security is the API's own concern, tested apart; here the bearer token is taken as given.
		AuthenticationFunc:    openapi3filter.NoopAuthenticationFunc,
		IncludeResponseStatus: true,
		MultiError:            true,
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		route, params, err := router.FindRoute(r)
		if err != nil {
			// A route the document does not have must not be served: it is refused as unknown.
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, r)
			copyAnswer(w, rec)
			if rec.Code != http.StatusNotFound && rec.Code != http.StatusMethodNotAllowed && !api.IsPage(r.URL.Path) {
				tb.Errorf("openapitest: %s %s is not in the document, yet was answered %d", r.Method, r.URL.Path, rec.Code)
			}
			return
		}
		var body []byte
		if r.Body != nil {
			body, _ = io.ReadAll(r.Body)
			r.Body = io.NopCloser(bytes.NewReader(body))
		}
		in := &openapi3filter.RequestValidationInput{Request: r.Clone(r.Context()), PathParams: params, Route: route, Options: opts}
		in.Request.Body = io.NopCloser(bytes.NewReader(body))
		reqErr := openapi3filter.ValidateRequest(r.Context(), in)
		requestOK := reqErr == nil
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, r)
		copyAnswer(w, rec)
		// An invalid request is the client's mistake, which the API answers with a problem: only valid requests
		// are held to the document's answers, and invalid ones must be refused.
		if !requestOK {
			if rec.Code < 400 {
				tb.Errorf("openapitest: %s %s breaks the document but was answered %d: %v", r.Method, r.URL, rec.Code, reqErr)
			}
			return
		}
		// The page's files and Browser's guide are HTML the document names but does not describe.
		if ct := rec.Header().Get("Content-Type"); !strings.Contains(ct, "json") {
			return
		}
		if err := openapi3filter.ValidateResponse(r.Context(), &openapi3filter.ResponseValidationInput{
			RequestValidationInput: in, Status: rec.Code, Header: rec.Header(), Body: io.NopCloser(bytes.NewReader(rec.Body.Bytes())),
			Options: opts}); err != nil {
			tb.Errorf("openapitest: the answer to %s %s (%d) breaks the document: %v\n%.300s", r.Method, r.URL, rec.Code, err, rec.Body.Bytes())
		}
	})
}

func copyAnswer(w http.ResponseWriter, rec *httptest.ResponseRecorder) {
	for k, vs := range rec.Header() {
		w.Header()[k] = vs
	}
	w.WriteHeader(rec.Code)
	_, _ = w.Write(rec.Body.Bytes())
}
