package queries_test

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/queries"
)

var paramUse = regexp.MustCompile(`\$([A-Za-z_][A-Za-z0-9_]*)`)

// body returns a statement's text without comment lines and string literals, where a "$" is no parameter.
func body(text string) string {
	var b strings.Builder
	for _, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "//") {
			continue
		}
		b.WriteString(line + "\n")
	}
	return regexp.MustCompile(`'[^']*'`).ReplaceAllString(b.String(), "''")
}

// TestParamsDeclared keeps each header's "Parameters:" line true: every parameter the body uses is declared, and
// every declared one is used.
func TestParamsDeclared(t *testing.T) {
	for _, name := range queries.Names() {
		t.Run(name, func(t *testing.T) {
			st := queries.Lookup(name)
			var used []string
			for _, m := range paramUse.FindAllStringSubmatch(body(st.Text), -1) {
				used = append(used, m[1])
			}
			slices.Sort(used)
			used = slices.Compact(used)
			declared := slices.Sorted(slices.Values(st.Params))
			if !slices.Equal(used, declared) {
				t.Errorf("body uses %v, header declares %v", used, declared)
			}
			if st.Summary == "" {
				t.Error("no summary line")
			}
		})
	}
}

// TestCoversAllowLists checks the statements that must name every kind or link type by hand (Cypher cannot take a
// label or type as a parameter in an index definition or an index-backed MATCH).
func TestCoversAllowLists(t *testing.T) {
	schema := queries.Get("schema")
	for _, k := range ringleader.Kinds {
		if !strings.Contains(schema, "FOR (n:"+string(k)+") ON (n.name)") {
			t.Errorf("schema: no name index for kind label %s", k)
		}
	}
	existing := queries.Get("links-existing")
	for _, lt := range ringleader.LinkTypes {
		if !strings.Contains(schema, "FOR ()-[r:"+string(lt)+"]-() ON (r.key)") {
			t.Errorf("schema: no key index for relationship type %s", lt)
		}
		if !strings.Contains(existing, "MATCH ()-[r:"+string(lt)+" {key: k}]->() USING INDEX SEEK r:"+string(lt)+"(key)") {
			t.Errorf("links-existing: no branch for relationship type %s", lt)
		}
	}
	if got, want := strings.Count(existing, "MATCH ()-[r:"), len(ringleader.LinkTypes); got != want {
		t.Errorf("links-existing has %d branches, want one per link type (%d)", got, want)
	}
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"comments and blank lines go", "// a\n\nCREATE X;\n// b\nCREATE Y;\n", []string{"CREATE X", "CREATE Y"}},
		{"a statement over lines", "CREATE INDEX i\n  FOR (n:A) ON (n.b);\nRETURN 1", []string{"CREATE INDEX i\n  FOR (n:A) ON (n.b)", "RETURN 1"}},
		{"no separator", "RETURN 1\n", []string{"RETURN 1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := queries.Split(tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("Split = %q, want %q", got, tt.want)
			}
		})
	}
	stmts := queries.Split(queries.Get("schema"))
	// 3 constraints (entity, metadata and chart ids), 4 entity indexes, one name index per kind, one key index per
	// link type.
	if want := 3 + 4 + len(ringleader.Kinds) + len(ringleader.LinkTypes); len(stmts) != want {
		t.Errorf("schema splits into %d statements, want %d", len(stmts), want)
	}
	for _, s := range stmts {
		if !strings.HasPrefix(s, "CREATE ") || !strings.Contains(s, " IF NOT EXISTS ") {
			t.Errorf("schema statement is not an idempotent CREATE: %q", s)
		}
	}
}

func TestLibrary(t *testing.T) {
	var got []string
	for _, st := range queries.Library() {
		got = append(got, st.Name)
		for _, p := range st.Params {
			if !strings.Contains(st.Text, ":param "+p+" =>") {
				t.Errorf("%s: the header shows no Browser example for $%s (:param %s => ...)", st.Name, p, p)
			}
		}
	}
	want := []string{"library/broker-neighbourhood", "library/drugs-and-weapons", "library/graded-ties",
		"library/money-trail", "library/shipments-via", "library/shortest-paths"}
	if !slices.Equal(got, want) {
		t.Errorf("Library() = %v, want %v", got, want)
	}
}

func TestGetUnknownPanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("Get of an unknown name did not panic")
		}
	}()
	queries.Get("no-such-statement")
}
