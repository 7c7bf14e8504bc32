package neo4j

import (
	"context"
	"errors"
	"strings"

	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/ringleader/ringleader"
)

// wrap returns err as a *ringleader.Error with the code its cause deserves and the message "neo4j: " + format. An
// error that already carries a code (EINVALID from a check inside a transaction) keeps it.
func wrap(err error, format string, args ...any) error {
	var re *ringleader.Error
	if errors.As(err, &re) {
		return ringleader.WrapError(re.Code, err, "neo4j: "+format, args...)
	}
	c := code(err)
	if c == ringleader.EUNAVAILABLE {
		// The driver's own words (TransactionExecutionLimit, ConnectivityError) do not say it plainly.
		format += ": the Neo4j server is unavailable"
	}
	return ringleader.WrapError(c, err, "neo4j: "+format, args...)
}

// code maps a driver error to a ringleader error code.
func code(err error) string {
	// The driver's wrappers do not implement Unwrap: a retried transaction that gave up holds its last error.
	var limit *neo4jdrv.TransactionExecutionLimit
	if errors.As(err, &limit) {
		if len(limit.Errors) == 0 {
			return ringleader.EUNAVAILABLE
		}
		return code(limit.Errors[len(limit.Errors)-1])
	}
	var conn *neo4jdrv.ConnectivityError
	var auth *neo4jdrv.InvalidAuthenticationError
	var tokenExpired *neo4jdrv.TokenExpiredError
	var ne *neo4jdrv.Neo4jError
	switch {
	case errors.As(err, &conn):
		return ringleader.EUNAVAILABLE
	case errors.As(err, &auth), errors.As(err, &tokenExpired):
		return ringleader.EUNAUTHORIZED
	case errors.As(err, &ne):
		return neo4jCode(ne.Code)
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled):
		// The caller gave up or ran out of time waiting for the server.
		return ringleader.EUNAVAILABLE
	}
	// The driver reports some connection failures as plain errors ("connection refused" from a pool it could
	// not fill, a closed driver).
	msg := err.Error()
	for _, s := range []string{"ConnectivityError", "connection refused", "i/o timeout", "broken pipe",
		"connection reset", "closed driver", "driver is closed", "no such host"} {
		if strings.Contains(msg, s) {
			return ringleader.EUNAVAILABLE
		}
	}
	return ringleader.EINTERNAL
}

// neo4jCode maps a Neo4j status code (Neo.<classification>.<category>.<title>) to a ringleader error code.
func neo4jCode(c string) string {
	switch {
	case strings.HasPrefix(c, "Neo.ClientError.Security.Unauthorized"),
		strings.HasPrefix(c, "Neo.ClientError.Security.AuthenticationRateLimit"),
		strings.HasPrefix(c, "Neo.ClientError.Security.CredentialsExpired"):
		return ringleader.EUNAUTHORIZED
	case strings.HasPrefix(c, "Neo.ClientError.Security.Forbidden"),
		strings.HasPrefix(c, "Neo.ClientError.Security.AuthorizationExpired"):
		return ringleader.EFORBIDDEN
	case c == "Neo.ClientError.Database.DatabaseNotFound":
		return ringleader.EINVALID
	case c == "Neo.ClientError.Schema.ConstraintValidationFailed":
		return ringleader.ECONFLICT
	case strings.HasPrefix(c, "Neo.TransientError."),
		c == "Neo.ClientError.Cluster.NotALeader",
		c == "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase",
		strings.HasPrefix(c, "Neo.ClientError.Transaction.TransactionTimedOut"):
		return ringleader.EUNAVAILABLE
	case strings.HasPrefix(c, "Neo.ClientError.Transaction.TransactionMarkedAsFailed"),
		c == "Neo.ClientError.Transaction.Terminated":
		return ringleader.EUNAVAILABLE
	}
	return ringleader.EINTERNAL
}
