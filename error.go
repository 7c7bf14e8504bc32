package ringleader

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Error codes. Surfaces map them to their own terms in one place (HTTP status in api,
// exit codes in cmd). ETIMEOUT is work that ran past the deadline it was given (serve
// --analysis-timeout); ETOOLARGE a request or an analysis larger than the server takes.
const (
	ECONFLICT     = "conflict"
	EFORBIDDEN    = "forbidden"
	EINTERNAL     = "internal"
	EINVALID      = "invalid"
	ENOTFOUND     = "not_found"
	ETIMEOUT      = "timeout"
	ETOOMANY      = "too_many_requests"
	ETOOLARGE     = "too_large"
	EUNAUTHORIZED = "unauthorized"
	EUNAVAILABLE  = "unavailable"
)

// Error is an error a user can act on: a code for machines, a message for people, and for
// invalid input the list of problems, each naming its file, line and field.
type Error struct {
	Code     string
	Message  string
	Problems []Problem
	// Err is the underlying cause, kept for logs; never shown to users for EINTERNAL.
	Err error
}

// Problem is one defect of the input: "suspects.csv:7: birth_date: not a date".
type Problem struct {
	File   string `json:"file,omitempty"`
	Line   int    `json:"line,omitempty"`
	Field  string `json:"field,omitempty"`
	Reason string `json:"reason"`
}

func (p Problem) String() string {
	var b strings.Builder
	if p.File != "" {
		b.WriteString(p.File)
		if p.Line > 0 {
			b.WriteString(":" + strconv.Itoa(p.Line))
		}
		b.WriteString(": ")
	}
	if p.Field != "" {
		b.WriteString(p.Field + ": ")
	}
	b.WriteString(p.Reason)
	return b.String()
}

func (e *Error) Error() string {
	msg := e.Message
	if len(e.Problems) > 0 {
		lines := make([]string, 0, len(e.Problems)+1)
		if msg != "" {
			lines = append(lines, msg)
		}
		for _, p := range e.Problems {
			lines = append(lines, p.String())
		}
		msg = strings.Join(lines, "\n")
	}
	if e.Err != nil {
		return msg + ": " + e.Err.Error()
	}
	return msg
}

func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error with the given code and message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// WrapError returns an *Error with the given code and message around cause.
func WrapError(code string, cause error, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...), Err: cause}
}

// ErrorCode returns the code of the first *Error in err's chain; EINTERNAL for other
// errors, "" for nil.
func ErrorCode(err error) string {
	var e *Error
	switch {
	case err == nil:
		return ""
	case errors.As(err, &e):
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the message a user may see: an *Error's own message, or
// "internal error" for anything else, so that internals never leak.
func ErrorMessage(err error) string {
	var e *Error
	switch {
	case err == nil:
		return ""
	case errors.As(err, &e) && e.Code != EINTERNAL:
		if len(e.Problems) > 0 {
			return (&Error{Message: e.Message, Problems: e.Problems}).Error()
		}
		return e.Message
	}
	return "internal error"
}

// ErrorProblems returns the problems of the first *Error in err's chain.
func ErrorProblems(err error) []Problem {
	var e *Error
	if errors.As(err, &e) {
		return e.Problems
	}
	return nil
}
