package neo4j

import (
	"errors"
	"strings"
	"testing"

	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/ringleader/ringleader"
)

// TestGDSMissing checks the errors of a database without GDS, which the test server (it has GDS) cannot give: the
// messages are those Neo4j 5.26 returns for an unknown gds.* procedure and function.
func TestGDSMissing(t *testing.T) {
	noProcedure := &neo4jdrv.Neo4jError{Code: "Neo.ClientError.Procedure.ProcedureNotFound",
		Msg: "There is no procedure with the name `gds.graph.drop` registered for this database instance. Please ensure you've spelled the procedure name correctly and that the procedure is properly deployed."}
	noFunction := &neo4jdrv.Neo4jError{Code: "Neo.ClientError.Statement.SyntaxError",
		Msg: "Unknown function 'gds.graph.project' (line 58, column 6 (offset: 3912))"}
	tests := []struct {
		name    string
		err     error
		code    string
		missing bool
	}{
		{"no procedure", noProcedure, ringleader.EINVALID, true},
		{"no function", noFunction, ringleader.EINVALID, true},
		{"retried, then no procedure", &neo4jdrv.TransactionExecutionLimit{Cause: "timeout",
			Errors: []error{errors.New("connection reset"), noProcedure}}, ringleader.EINVALID, true},
		{"another procedure", &neo4jdrv.Neo4jError{Code: "Neo.ClientError.Procedure.ProcedureNotFound",
			Msg: "There is no procedure with the name `db.nothing` registered"}, ringleader.EINTERNAL, false},
		{"another syntax error", &neo4jdrv.Neo4jError{Code: "Neo.ClientError.Statement.SyntaxError",
			Msg: "Invalid input 'x'"}, ringleader.EINTERNAL, false},
		{"gds refused", &neo4jdrv.Neo4jError{Code: "Neo.ClientError.Procedure.ProcedureCallFailed",
			Msg: "Failed to invoke procedure `gds.betweenness.stream`: Caused by: java.lang.IllegalStateException: Procedure was blocked since minimum estimated memory (1 GiB) exceeds current free memory (512 MiB)."},
			ringleader.EINVALID, false},
		{"no connection", &neo4jdrv.ConnectivityError{Inner: errors.New("connection refused")}, ringleader.EUNAVAILABLE, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := gdsError(tt.err, "gds degree")
			if got := ringleader.ErrorCode(err); got != tt.code {
				t.Errorf("code %s, want %s (%v)", got, tt.code, err)
			}
			msg := ringleader.ErrorMessage(err)
			if got := strings.Contains(msg, "GDS is not installed"); got != tt.missing {
				t.Errorf("message %q: says GDS is missing = %v, want %v", msg, got, tt.missing)
			}
			if tt.code == ringleader.EINVALID && !tt.missing && !strings.Contains(msg, "gds degree: Failed to invoke procedure") {
				t.Errorf("message %q does not pass on what GDS said", msg)
			}
		})
	}
}
