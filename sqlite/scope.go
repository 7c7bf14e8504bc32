package sqlite

import (
	"database/sql"
	"strings"

	"github.com/ringleader/ringleader"
)

// The scope rules of ringleader.Scope, as SQL conditions. A limited scope's case ids are
// bound as a JSON array to :cases; AllCases binds nothing and its conditions are the
// constant 1, which SQLite drops from the plan. Only this package's constant column names
// are ever placed in the SQL text.

// entityVisible is the condition that the entity whose id is in column idColumn is
// visible: one of its cases is in scope.
func entityVisible(s ringleader.Scope, idColumn string) string {
	if s.All() {
		return "1"
	}
	return `EXISTS (SELECT 1 FROM entity_cases ec WHERE ec.entity_id = ` + idColumn +
		` AND ec.case_id IN (SELECT value FROM json_each(:cases)))`
}

// linkVisible is the condition that link l (aliased l) is visible given that both its
// endpoints are: it names no case, or one of its cases is in scope.
func linkVisible(s ringleader.Scope) string {
	if s.All() {
		return "1"
	}
	return `(l.cases IS NULL OR EXISTS (SELECT 1 FROM link_cases lc WHERE lc.link_key = l.key
		AND lc.case_id IN (SELECT value FROM json_each(:cases))))`
}

// scopeArgs returns the arguments the scope's conditions bind.
func scopeArgs(s ringleader.Scope) []any {
	if s.All() {
		return nil
	}
	return []any{sql.Named("cases", jsonArray(s.Cases()))}
}

// query fills the {name} placeholders of a query template with SQL conditions built by
// this package; a template keeps each query readable in one piece.
func query(template string, conditions ...string) string {
	return strings.NewReplacer(conditions...).Replace(template)
}
