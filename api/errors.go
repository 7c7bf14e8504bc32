package api

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/ringleader/ringleader"
)

// statusOf maps error codes to HTTP status: the one place where domain errors meet HTTP.
var statusOf = map[string]int{
	ringleader.EINVALID:      http.StatusBadRequest,
	ringleader.EUNAUTHORIZED: http.StatusUnauthorized,
	ringleader.EFORBIDDEN:    http.StatusForbidden,
	ringleader.ENOTFOUND:     http.StatusNotFound,
	ringleader.ECONFLICT:     http.StatusConflict,
	ringleader.ETOOLARGE:     http.StatusRequestEntityTooLarge,
	ringleader.ETOOMANY:      http.StatusTooManyRequests,
	// 504 rather than 503: the same request will run past the limit again, so there is no Retry-After to give;
	// the problem's detail says how to ask for less.
	ringleader.ETIMEOUT:     http.StatusGatewayTimeout,
	ringleader.EINTERNAL:    http.StatusInternalServerError,
	ringleader.EUNAVAILABLE: http.StatusServiceUnavailable,
}

// Problem is an RFC 9457 problem detail, with Ringleader's error code and, for invalid
// input, the list of problems.
type Problem struct {
	Type     string               `json:"type"`
	Title    string               `json:"title"`
	Status   int                  `json:"status"`
	Detail   string               `json:"detail,omitempty"`
	Instance string               `json:"instance,omitempty"`
	Code     string               `json:"code"`
	Problems []ringleader.Problem `json:"problems,omitempty"`
}

// retryAfterSeconds is what a 503 asks clients to wait before trying again.
const retryAfterSeconds = "5"

// fail records err on the request; writeErrors answers it.
func fail(c *gin.Context, err error) {
	_ = c.Error(err)
	c.Abort()
}

// writeErrors answers the first error a handler recorded as problem+json.
func writeErrors(log *slog.Logger) gin.HandlerFunc {
	return func(c *gin.Context) {
		c.Next()
		if len(c.Errors) == 0 || c.Writer.Written() {
			return
		}
		status, code, err := problemOf(c, c.Errors[0].Err)
		if status >= 500 {
			log.Error("request failed", "method", c.Request.Method, "path", c.Request.URL.Path, "status", status, "err", err)
		}
		if status == http.StatusServiceUnavailable {
			c.Header("Retry-After", retryAfterSeconds)
		}
		writeProblem(c, status, code, ringleader.ErrorMessage(err), ringleader.ErrorProblems(err))
	}
}

// problemOf maps an error of c's handler to the HTTP status and code it answers with, and the error to report.
func problemOf(c *gin.Context, err error) (int, string, error) {
	code := ringleader.ErrorCode(err)
	switch ctxErr := c.Request.Context().Err(); {
	case ctxErr == nil || code == ringleader.ETIMEOUT:
	case errors.Is(ctxErr, context.DeadlineExceeded) && errors.Is(err, ctxErr):
		// The request's own time limit passed in a store read, outside an analysis that would have said so.
		err = ringleader.WrapError(ringleader.ETIMEOUT, err, "the request ran past the server's time limit (serve --analysis-timeout)")
		code = ringleader.ETIMEOUT
	case errors.Is(err, ctxErr):
		code = ringleader.EUNAVAILABLE // the client went away; nobody reads the answer
	}
	status := statusOf[code]
	if status == 0 {
		status = http.StatusInternalServerError
	}
	return status, code, err
}

// problem is the problem+json body of an answer with status and code.
func problem(c *gin.Context, status int, code, detail string, problems []ringleader.Problem) Problem {
	return Problem{Type: "about:blank", Title: http.StatusText(status), Status: status,
		Detail: detail, Instance: c.Request.URL.Path, Code: code, Problems: problems}
}

func writeProblem(c *gin.Context, status int, code, detail string, problems []ringleader.Problem) {
	c.Header("Content-Type", "application/problem+json")
	c.JSON(status, problem(c, status, code, detail, problems))
}

// recoverProblem turns a panic into a 500 problem without internals.
func recoverProblem(log *slog.Logger) gin.HandlerFunc {
	return func(c *gin.Context) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				log.Error("panic", "path", c.Request.URL.Path, "panic", fmt.Sprint(v))
				c.Abort()
				writeProblem(c, http.StatusInternalServerError, ringleader.EINTERNAL, "internal error", nil)
			}
		}()
		c.Next()
	}
}
