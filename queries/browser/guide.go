package browser

import (
	"bytes"
	_ "embed"
	"fmt"
	"html/template"
	"path"
	"regexp"
	"strings"

	"github.com/ringleader/ringleader/queries"
)

var (
	//go:embed style.grass
	style []byte
	//go:embed betweenness-sizes.cypher
	sizesFile string
	//go:embed guide.html.tmpl
	guideText string

	guideTemplate = template.Must(template.New("guide").Parse(guideText))
)

// SizeLabels are the labels SizesStatement sets and style.grass sizes, smallest first.
var SizeLabels = []string{"RlBetweenness1", "RlBetweenness2", "RlBetweenness3", "RlBetweenness4"}

// Style returns the GraSS style sheet. It has no comments: Browser's GraSS parser has no comment syntax and would
// read one as part of the next selector.
func Style() []byte { return bytes.Clone(style) }

// SizesStatement returns the Cypher that labels each entity with rl_betweenness by its size band
// (betweenness-sizes.cypher without its comment lines).
func SizesStatement() string { return cypherBody(sizesFile) }

// GuideQuery is one slide of the guide: a statement of the query library.
type GuideQuery struct {
	Name    string // library file name without .cypher: "money-trail"
	Title   string // from the header's first sentence: "The money trail out of an account (or any party)"
	Summary string // the rest of the header, without the Browser instructions
	// Params are the ":param" commands that set the statement's parameters: the header's own examples, or an
	// empty value for a parameter it gives none for.
	Params []string
	Query  string // the statement without its comment lines
	Slide  int    // the slide's number in the guide, counting the introduction as 1
}

// GuideQueries returns the query library as the guide shows it, in the library's order.
func GuideQueries() []GuideQuery {
	var out []GuideQuery
	for i, st := range queries.Library() {
		out = append(out, guideQuery(st, i+2))
	}
	return out
}

var (
	paramExample = regexp.MustCompile(`^//\s*(:param\s+([A-Za-z_][A-Za-z0-9_]*)\s*=>.*?)\s*$`)
	browserNote  = regexp.MustCompile(`\s*In Browser(:|, no parameters\.)\s*$`)
)

func guideQuery(st queries.Statement, slide int) GuideQuery {
	q := GuideQuery{Name: path.Base(st.Name), Query: cypherBody(st.Text), Slide: slide}
	examples := map[string]string{}
	var header []string
	for _, line := range strings.Split(st.Text, "\n") {
		if !strings.HasPrefix(line, "//") {
			break
		}
		if m := paramExample.FindStringSubmatch(line); m != nil {
			examples[m[2]] = m[1]
			continue
		}
		text := strings.TrimSpace(strings.TrimPrefix(line, "//"))
		if strings.HasPrefix(text, "Parameters:") {
			continue
		}
		header = append(header, text)
	}
	prose := strings.Join(header, " ")
	prose = strings.TrimPrefix(prose, q.Name+":")
	prose = browserNote.ReplaceAllString(prose, "")
	prose = strings.TrimSpace(prose)
	// "Title: what it does." or "Title, then more."; the title is the part before the first colon.
	if title, rest, ok := strings.Cut(prose, ": "); ok && len(title) < 80 {
		q.Title, q.Summary = title, upperFirst(rest)
	} else {
		q.Title, q.Summary = q.Name, prose
	}
	for _, p := range st.Params {
		cmd, ok := examples[p]
		if !ok {
			cmd = fmt.Sprintf(":param %s => ''", p)
		}
		q.Params = append(q.Params, cmd)
	}
	return q
}

// Guide returns the Browser guide: an introduction that applies the style at styleURL and sets the size labels,
// then one slide per library statement. Browser plays it with ":play <url>" (or ":guide <url>"); every
// <pre class="runnable"> block goes to the editor when clicked.
func Guide(styleURL string) ([]byte, error) {
	data := struct {
		StyleURL string
		Sizes    string
		Queries  []GuideQuery
	}{styleURL, SizesStatement(), GuideQueries()}
	var b bytes.Buffer
	if err := guideTemplate.Execute(&b, data); err != nil {
		return nil, fmt.Errorf("browser: guide: %w", err)
	}
	return b.Bytes(), nil
}

// cypherBody returns a statement without its comment lines and surrounding blank lines.
func cypherBody(text string) string {
	var lines []string
	for _, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "//") {
			continue
		}
		lines = append(lines, line)
	}
	return strings.TrimSpace(strings.Join(lines, "\n"))
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
