package queries

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strings"
)

//go:embed *.cypher library/*.cypher
var files embed.FS

// Statement is one named Cypher file.
type Statement struct {
	// Name is the file's path without ".cypher": "entity", "library/money-trail".
	Name string
	// Summary is the first comment line, after the name.
	Summary string
	// Params are the parameters of the "Parameters:" line, without "$", in the order given.
	Params []string
	// Text is the whole file, comments included; Neo4j ignores // comments.
	Text string
}

var (
	all    = map[string]Statement{}
	byName []string
)

func init() {
	err := fs.WalkDir(files, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := files.ReadFile(p)
		if err != nil {
			return err
		}
		st, err := parse(strings.TrimSuffix(p, ".cypher"), string(b))
		if err != nil {
			return err
		}
		all[st.Name] = st
		byName = append(byName, st.Name)
		return nil
	})
	if err != nil {
		// The files are compiled in: a malformed one is a bug that every test run shows at once.
		panic("queries: " + err.Error())
	}
	slices.Sort(byName)
}

var paramsLine = regexp.MustCompile(`^//\s*Parameters:\s*(.*?)\.?\s*$`)

// parse reads a file's header: "// name: summary" and "// Parameters: $a, $b." (or "none").
func parse(name, text string) (Statement, error) {
	st := Statement{Name: name, Text: text}
	var sawParams bool
	for i, line := range strings.Split(text, "\n") {
		if !strings.HasPrefix(line, "//") {
			break
		}
		if i == 0 {
			st.Summary = strings.TrimSpace(strings.TrimPrefix(line, "//"))
			if base := path.Base(name); strings.HasPrefix(st.Summary, base+":") {
				st.Summary = strings.TrimSpace(strings.TrimPrefix(st.Summary, base+":"))
			}
		}
		m := paramsLine.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		sawParams = true
		if m[1] == "none" {
			continue
		}
		for _, p := range strings.Split(m[1], ",") {
			p = strings.TrimSpace(p)
			if !strings.HasPrefix(p, "$") {
				return st, fmt.Errorf("%s.cypher: parameter %q does not start with $", name, p)
			}
			st.Params = append(st.Params, strings.TrimPrefix(p, "$"))
		}
	}
	if !sawParams {
		return st, fmt.Errorf(`%s.cypher: no "// Parameters:" line in the header`, name)
	}
	return st, nil
}

// Get returns the text of the named statement. It panics when there is none: names are constants of the calling
// code, so a wrong one is a bug, and package-level variables that call Get fail at start-up.
func Get(name string) string { return Lookup(name).Text }

// Lookup returns the named statement; it panics like Get when there is none.
func Lookup(name string) Statement {
	st, ok := all[name]
	if !ok {
		panic(fmt.Sprintf("queries: no statement %q", name))
	}
	return st
}

// Names returns the names of every statement, sorted.
func Names() []string { return slices.Clone(byName) }

// Library returns the investigators' Browser queries (library/*.cypher), sorted by name.
func Library() []Statement {
	var out []Statement
	for _, n := range byName {
		if strings.HasPrefix(n, "library/") {
			out = append(out, all[n])
		}
	}
	return out
}

// Split returns the statements of a file that holds several, separated by ";" at the end of a line (schema), with
// comment lines removed. Neo4j runs one statement per query.
func Split(text string) []string {
	var out []string
	var cur strings.Builder
	for _, line := range strings.Split(text, "\n") {
		trimmed := strings.TrimSpace(line)
		if trimmed == "" || strings.HasPrefix(trimmed, "//") {
			continue
		}
		cur.WriteString(line)
		cur.WriteString("\n")
		if strings.HasSuffix(trimmed, ";") {
			out = append(out, strings.TrimSuffix(strings.TrimSpace(cur.String()), ";"))
			cur.Reset()
		}
	}
	if s := strings.TrimSpace(cur.String()); s != "" {
		out = append(out, s)
	}
	return out
}
