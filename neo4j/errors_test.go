package neo4j

import (
	"context"
	"errors"
	"fmt"
	"testing"

	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/ringleader/ringleader"
)

// TestErrorCodes checks the mapping of driver errors to ringleader codes, including errors the server cannot be
// made to produce on demand (a cluster leader switch, a retried transaction that gave up).
func TestErrorCodes(t *testing.T) {
	conn := &neo4jdrv.ConnectivityError{Inner: errors.New("dial tcp 127.0.0.1:7687: connect: connection refused")}
	tests := []struct {
		name string
		err  error
		want string
	}{
		{"connectivity", conn, ringleader.EUNAVAILABLE},
		{"wrapped connectivity", fmt.Errorf("write: %w", conn), ringleader.EUNAVAILABLE},
		{"retries gave up on a lost connection", &neo4jdrv.TransactionExecutionLimit{Cause: "timeout", Errors: []error{conn}}, ringleader.EUNAVAILABLE},
		{"retries gave up on a bug", &neo4jdrv.TransactionExecutionLimit{Errors: []error{&neo4jdrv.Neo4jError{Code: "Neo.ClientError.Statement.SyntaxError"}}}, ringleader.EINTERNAL},
		{"wrong password", &neo4jdrv.Neo4jError{Code: "Neo.ClientError.Security.Unauthorized"}, ringleader.EUNAUTHORIZED},
		{"too many wrong passwords", &neo4jdrv.Neo4jError{Code: "Neo.ClientError.Security.AuthenticationRateLimit"}, ringleader.EUNAUTHORIZED},
		{"no privilege", &neo4jdrv.Neo4jError{Code: "Neo.ClientError.Security.Forbidden"}, ringleader.EFORBIDDEN},
		{"unknown database", &neo4jdrv.Neo4jError{Code: "Neo.ClientError.Database.DatabaseNotFound"}, ringleader.EINVALID},
		{"constraint", &neo4jdrv.Neo4jError{Code: "Neo.ClientError.Schema.ConstraintValidationFailed"}, ringleader.ECONFLICT},
		{"deadlock", &neo4jdrv.Neo4jError{Code: "Neo.TransientError.Transaction.DeadlockDetected"}, ringleader.EUNAVAILABLE},
		{"out of memory", &neo4jdrv.Neo4jError{Code: "Neo.TransientError.General.MemoryPoolOutOfMemoryError"}, ringleader.EUNAVAILABLE},
		{"leader moved", &neo4jdrv.Neo4jError{Code: "Neo.ClientError.Cluster.NotALeader"}, ringleader.EUNAVAILABLE},
		{"syntax", &neo4jdrv.Neo4jError{Code: "Neo.ClientError.Statement.SyntaxError"}, ringleader.EINTERNAL},
		{"cancelled", fmt.Errorf("run: %w", context.Canceled), ringleader.EUNAVAILABLE},
		{"closed driver", &neo4jdrv.UsageError{Message: "Trying to create session on closed driver"}, ringleader.EUNAVAILABLE},
		{"other", errors.New("something else"), ringleader.EINTERNAL},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := wrap(tt.err, "do %s", "it")
			if got := ringleader.ErrorCode(err); got != tt.want {
				t.Errorf("code %q, want %q", got, tt.want)
			}
			if !errors.Is(err, tt.err) {
				t.Error("the cause is not in the chain")
			}
		})
	}
	// A code set inside a transaction survives the wrapping.
	inner := ringleader.Errorf(ringleader.EINVALID, "bad")
	if got := ringleader.ErrorCode(wrap(inner, "write")); got != ringleader.EINVALID {
		t.Errorf("wrapped EINVALID became %q", got)
	}
}
