package browser_test

import (
	"encoding/xml"
	"errors"
	"io"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/ringleader/ringleader/queries"
	"github.com/ringleader/ringleader/queries/browser"
)

// slide is what a guide slide offers an investigator: its heading and its runnable blocks, as text.
type slide struct {
	heading  string
	runnable []string
}

// readGuide parses the guide strictly (as XML: every element closed, so that the DOM Browser builds from it is the
// one written) and returns its slides. Browser splits a guide at <slide> and lets the user run <pre> elements of
// class "runnable".
func readGuide(t *testing.T, guide []byte) []slide {
	t.Helper()
	dec := xml.NewDecoder(strings.NewReader(string(guide)))
	var slides []slide
	var inPre, inH3 bool
	var text strings.Builder
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("the guide is not well-formed: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			switch {
			case tok.Name.Local == "slide":
				slides = append(slides, slide{})
			case tok.Name.Local == "pre" && hasClass(tok, "runnable"):
				inPre = true
				text.Reset()
			case tok.Name.Local == "h3":
				inH3 = true
				text.Reset()
			}
		case xml.CharData:
			if inPre || inH3 {
				text.Write(tok)
			}
		case xml.EndElement:
			if len(slides) == 0 {
				continue
			}
			cur := &slides[len(slides)-1]
			switch {
			case tok.Name.Local == "pre" && inPre:
				cur.runnable = append(cur.runnable, text.String())
				inPre = false
			case tok.Name.Local == "h3" && inH3:
				cur.heading = text.String()
				inH3 = false
			}
		}
	}
	return slides
}

func hasClass(e xml.StartElement, class string) bool {
	for _, a := range e.Attr {
		if a.Name.Local == "class" && slices.Contains(strings.Fields(a.Value), class) {
			return true
		}
	}
	return false
}

func TestGuideHoldsTheLibrary(t *testing.T) {
	const styleURL = "http://investigator.example:8080/browser/style.grass"
	guide, err := browser.Guide(styleURL)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(guide), `<article class="guide">`) {
		t.Error(`the guide is not an <article class="guide">, the element Browser looks for`)
	}
	slides := readGuide(t, guide)
	library := queries.Library()
	if len(library) < 5 {
		t.Fatalf("the library has %d statements; the issue names five", len(library))
	}
	if got, want := len(slides), 1+len(library); got != want {
		t.Fatalf("%d slides, want an introduction and one per library statement (%d)", got, want)
	}
	intro := slides[0]
	if !slices.Contains(intro.runnable, ":style "+styleURL) {
		t.Errorf("the introduction has no block applying the style at %s: %q", styleURL, intro.runnable)
	}
	if !slices.Contains(intro.runnable, browser.SizesStatement()) {
		t.Error("the introduction has no block setting the size labels")
	}
	for i, st := range library {
		s := slides[i+1]
		t.Run(st.Name, func(t *testing.T) {
			if s.heading == "" || strings.Contains(s.heading, "In Browser") {
				t.Errorf("heading %q", s.heading)
			}
			// The query block is the statement as the library holds it, comments aside: the text Neo4j runs in
			// the library's own tests.
			query := s.runnable[len(s.runnable)-1]
			if want := strings.TrimSpace(strings.Join(queries.Split(st.Text), ";\n")); query != want {
				t.Errorf("query block:\n%s\nwant:\n%s", query, want)
			}
			params := s.runnable[:len(s.runnable)-1]
			if len(params) != len(st.Params) {
				t.Errorf("%d parameter blocks for parameters %v", len(params), st.Params)
			}
			for _, p := range st.Params {
				re := regexp.MustCompile(`^:param ` + p + ` => .+$`)
				if !slices.ContainsFunc(params, re.MatchString) {
					t.Errorf("no block sets $%s: %q", p, params)
				}
			}
		})
	}
}

func TestGuideQueryHeaders(t *testing.T) {
	for _, q := range browser.GuideQueries() {
		t.Run(q.Name, func(t *testing.T) {
			if q.Title == q.Name || q.Title == "" || len(q.Title) > 80 {
				t.Errorf("title %q: the header's first sentence should give it", q.Title)
			}
			if q.Summary == "" || strings.Contains(q.Summary, "Parameters:") || strings.Contains(q.Summary, ":param") ||
				strings.HasSuffix(q.Summary, "In Browser:") {
				t.Errorf("summary %q keeps header instructions", q.Summary)
			}
			if strings.Contains(q.Query, "//") {
				t.Errorf("query keeps comment lines:\n%s", q.Query)
			}
		})
	}
}

func TestSizesStatement(t *testing.T) {
	s := browser.SizesStatement()
	if strings.Contains(s, "//") {
		t.Error("comment lines left in")
	}
	for _, l := range browser.SizeLabels {
		if strings.Count(s, l) != 2 {
			t.Errorf("%s: want it removed once and set once, found %d mentions", l, strings.Count(s, l))
		}
	}
	if !strings.Contains(s, "rl_betweenness") {
		t.Error("the statement does not read rl_betweenness")
	}
}
