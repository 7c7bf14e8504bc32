package neo4j

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/ringleader/ringleader"
)

var _ ringleader.CypherReader = (*Store)(nil)

// ReadCypher runs an investigator's own statement, read-only. The statement is first
// EXPLAINed (planned, not run) and refused unless the server classifies it as read-only:
// that catches CREATE, MERGE, SET, DELETE, write procedures and schema or admin
// commands, however spelled, because the server's own planner decides. It then runs in a
// read session (a cluster routes it to a reader) and a transaction with the given timeout,
// and at most maxRows rows come back.
func (s *Store) ReadCypher(ctx context.Context, stmt string, params map[string]any, maxRows int, timeout time.Duration) (*ringleader.CypherResult, error) {
	session := s.session(ctx, neo4jdrv.AccessModeRead)
	defer session.Close(context.WithoutCancel(ctx))

	explained, err := session.Run(ctx, "EXPLAIN "+stmt, params, neo4jdrv.WithTxTimeout(timeout))
	if err != nil {
		return nil, cypherError(err)
	}
	summary, err := explained.Consume(ctx)
	if err != nil {
		return nil, cypherError(err)
	}
	if t := summary.StatementType(); t != neo4jdrv.StatementTypeReadOnly {
		return nil, ringleader.Errorf(ringleader.EFORBIDDEN, "only read-only statements may run here; this one is %s", statementKind(t))
	}

	res, err := neo4jdrv.ExecuteRead(ctx, session, func(tx neo4jdrv.ManagedTransaction) (*ringleader.CypherResult, error) {
		cur, err := tx.Run(ctx, stmt, params)
		if err != nil {
			return nil, err
		}
		keys, err := cur.Keys()
		if err != nil {
			return nil, err
		}
		out := &ringleader.CypherResult{Columns: keys, Rows: [][]any{}}
		for cur.Next(ctx) {
			if len(out.Rows) == maxRows {
				out.Truncated = true
				break
			}
			out.Rows = append(out.Rows, plainValues(cur.Record().Values))
		}
		if err := cur.Err(); err != nil {
			return nil, err
		}
		_, err = cur.Consume(ctx)
		return out, err
	}, neo4jdrv.WithTxTimeout(timeout))
	if err != nil {
		return nil, cypherError(err)
	}
	return res, nil
}

func statementKind(t neo4jdrv.StatementType) string {
	switch t {
	case neo4jdrv.StatementTypeReadWrite:
		return "read-write"
	case neo4jdrv.StatementTypeWriteOnly:
		return "write-only"
	case neo4jdrv.StatementTypeSchemaWrite:
		return "a schema change"
	}
	return "of unknown type"
}

// cypherError keeps the server's message for a statement's own mistakes (syntax, unknown
// procedure, refused access), which the investigator needs to fix it; other failures are
// mapped as every store error is.
func cypherError(err error) error {
	var limit *neo4jdrv.TransactionExecutionLimit
	if errors.As(err, &limit) && len(limit.Errors) > 0 {
		err = limit.Errors[len(limit.Errors)-1] // the driver's wrapper does not unwrap
	}
	var ne *neo4jdrv.Neo4jError
	if errors.As(err, &ne) {
		switch {
		case strings.Contains(ne.Code, "TransactionTimedOut"):
			return ringleader.Errorf(ringleader.EINVALID, "statement: ran longer than the time limit; narrow it down")
		case strings.HasPrefix(ne.Code, "Neo.ClientError.Security."):
			return ringleader.Errorf(ringleader.EFORBIDDEN, "refused by the server: %s", ne.Msg)
		case strings.HasPrefix(ne.Code, "Neo.ClientError.Statement."), strings.HasPrefix(ne.Code, "Neo.ClientError.Procedure."):
			return ringleader.Errorf(ringleader.EINVALID, "statement: %s", ne.Msg)
		}
	}
	return wrap(err, "run statement")
}

// plainValues turns driver values into what encoding/json writes plainly: nodes and
// relationships become maps of their properties with their labels or type.
func plainValues(vs []any) []any {
	out := make([]any, len(vs))
	for i, v := range vs {
		out[i] = plainValue(v)
	}
	return out
}

func plainValue(v any) any {
	switch x := v.(type) {
	case neo4jdrv.Node:
		return map[string]any{"labels": x.Labels, "properties": plainMap(x.Props)}
	case neo4jdrv.Relationship:
		return map[string]any{"type": x.Type, "properties": plainMap(x.Props)}
	case neo4jdrv.Path:
		nodes := make([]any, len(x.Nodes))
		for i, n := range x.Nodes {
			nodes[i] = plainValue(n)
		}
		rels := make([]any, len(x.Relationships))
		for i, r := range x.Relationships {
			rels[i] = plainValue(r)
		}
		return map[string]any{"nodes": nodes, "relationships": rels}
	case []any:
		return plainValues(x)
	case map[string]any:
		return plainMap(x)
	case neo4jdrv.Date, neo4jdrv.LocalDateTime, neo4jdrv.LocalTime, neo4jdrv.Time, neo4jdrv.Duration, time.Time:
		return fmt.Sprint(x)
	}
	return v
}

func plainMap(m map[string]any) map[string]any {
	out := make(map[string]any, len(m))
	for k, v := range m {
		out[k] = plainValue(v)
	}
	return out
}
