package browser_test

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/queries/browser"
)

// parseGrass reads a style sheet the way Neo4j Browser 5 does (parseGrassCSS in src/shared/services/grassUtils.ts):
// characters outside braces, blanks dropped, make the selector; inside, "key: value" pairs split at ";" and ":",
// and a pair with more than one ":" is dropped; quotes only toggle string mode and are themselves dropped. Rules
// keep the file's order, which is the order Browser applies them in (a later rule's property wins).
func parseGrass(t *testing.T, text string) (order []string, rules map[string]map[string]string) {
	t.Helper()
	rules = map[string]map[string]string{}
	var keyword, props strings.Builder
	inString, inProps, inBinding := false, false, false
	for _, c := range text {
		skip := true
		switch c {
		case '{':
			switch {
			case inString:
				skip = false
			case inProps:
				inBinding = true
			default:
				inProps = true
			}
		case '}':
			switch {
			case inString:
				skip = false
			case inBinding:
				inBinding = false
			default:
				inProps = false
				sel := keyword.String()
				if _, dup := rules[sel]; dup {
					t.Errorf("selector %q appears twice: Browser keeps only the last", sel)
				}
				order = append(order, sel)
				rules[sel] = map[string]string{}
				for _, p := range strings.Split(props.String(), ";") {
					kv := strings.Split(p, ":")
					if len(kv) == 2 {
						rules[sel][strings.TrimSpace(kv[0])] = strings.TrimSpace(kv[1])
					} else if strings.TrimSpace(p) != "" {
						t.Errorf("%s: %q is not one key: value pair; Browser drops it", sel, strings.TrimSpace(p))
					}
				}
				keyword.Reset()
				props.Reset()
			}
		case '\'', '"':
			inString = !inString
		default:
			skip = false
		}
		if skip {
			continue
		}
		if inProps {
			props.WriteRune(c)
		} else if c != ' ' && c != '\n' && c != '\t' && c != '\r' {
			keyword.WriteRune(c)
		}
	}
	if rest := strings.TrimSpace(keyword.String()); rest != "" {
		t.Errorf("text after the last rule: %q", rest)
	}
	return order, rules
}

// The properties Browser's GraphStyle and renderers read.
var grassKeys = map[string]bool{
	"diameter": true, "color": true, "border-color": true, "border-width": true, "text-color-internal": true,
	"text-color-external": true, "font-size": true, "caption": true, "shaft-width": true, "padding": true,
}

var (
	selectorSyntax = regexp.MustCompile(`^(node|relationship)(\.[A-Za-z_][A-Za-z0-9_]*)?$`)
	colour         = regexp.MustCompile(`^#[0-9A-Fa-f]{6}$`)
	pixels         = regexp.MustCompile(`^([0-9]+)px$`)
)

func px(t *testing.T, rule, v string) int {
	t.Helper()
	m := pixels.FindStringSubmatch(v)
	if m == nil {
		t.Fatalf("%s: %q is not a size in px", rule, v)
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

func TestStyleParsesAsBrowserReadsIt(t *testing.T) {
	text := string(browser.Style())
	if strings.Contains(text, "/*") || strings.Contains(text, "//") {
		t.Error("the style has a comment: Browser's parser would glue it to the next selector")
	}
	order, rules := parseGrass(t, text)
	blocks := regexp.MustCompile(`(?m)^\S+ \{$`).FindAllString(text, -1)
	if len(order) != len(blocks) {
		t.Errorf("parsed %d rules, the file has %d selector lines", len(order), len(blocks))
	}
	for _, sel := range order {
		if !selectorSyntax.MatchString(sel) {
			t.Errorf("selector %q: Browser matches node.Label or relationship.TYPE", sel)
		}
		if len(rules[sel]) == 0 {
			t.Errorf("%s has no properties", sel)
		}
		for k, v := range rules[sel] {
			if !grassKeys[k] {
				t.Errorf("%s: unknown property %q", sel, k)
			}
			if strings.HasSuffix(k, "color") && !colour.MatchString(v) {
				t.Errorf("%s: %s %q is not #rrggbb", sel, k, v)
			}
		}
	}
	if order[0] != "node" || rules["relationship"] == nil {
		t.Errorf("the defaults (node, relationship) must come first so that the specific rules override them: %v", order)
	}
}

// TestStyleKinds checks what the issue asks of the style: a distinct colour per kind, the name as caption.
func TestStyleKinds(t *testing.T) {
	_, rules := parseGrass(t, string(browser.Style()))
	if got := rules["node.Entity"]["caption"]; got != "{name}" {
		t.Errorf("node.Entity caption = %q, want {name}", got)
	}
	seen := map[string]ringleader.Kind{}
	for _, k := range ringleader.Kinds {
		r, ok := rules["node."+string(k)]
		if !ok {
			t.Errorf("no rule for kind %s", k)
			continue
		}
		c := strings.ToUpper(r["color"])
		if c == "" {
			t.Errorf("node.%s has no colour", k)
		}
		if other, dup := seen[c]; dup {
			t.Errorf("kinds %s and %s share colour %s", other, k, c)
		}
		seen[c] = k
		if strings.ToUpper(rules["node"]["color"]) == c {
			t.Errorf("node.%s has the default colour of unstyled nodes", k)
		}
		if _, ok := r["diameter"]; ok {
			t.Errorf("node.%s sets a diameter: sizes come from the betweenness labels only", k)
		}
	}
}

// TestStyleSizes checks that the size labels grow with betweenness and are all bigger than an unscored node, and
// that they cannot change a kind's colour. Browser applies the matching rules in the sheet's order, later ones
// winning, and gives a label whose rule has no colour one of its own (GraphStyle.setDefaultNodeStyle): so each
// size rule names a colour, and every kind rule comes after every size rule.
func TestStyleSizes(t *testing.T) {
	order, rules := parseGrass(t, string(browser.Style()))
	index := map[string]int{}
	for i, s := range order {
		index[s] = i
	}
	firstKind := len(order)
	for _, k := range ringleader.Kinds {
		firstKind = min(firstKind, index["node."+string(k)])
	}
	prev := px(t, "node", rules["node"]["diameter"])
	for _, label := range browser.SizeLabels {
		sel := "node." + label
		r, ok := rules[sel]
		if !ok {
			t.Fatalf("no rule for size label %s", label)
		}
		d := px(t, sel, r["diameter"])
		if d <= prev {
			t.Errorf("%s diameter %dpx is not above the band below (%dpx)", sel, d, prev)
		}
		prev = d
		if r["color"] == "" {
			t.Errorf("%s names no colour: Browser would pick one, and it could hide the kind's", sel)
		}
		if index[sel] > firstKind {
			t.Errorf("%s comes after a kind rule, whose colour it could then override", sel)
		}
	}
}

func TestStyleRelationships(t *testing.T) {
	_, rules := parseGrass(t, string(browser.Style()))
	if rules["relationship"]["caption"] != "<type>" {
		t.Errorf("relationship caption = %q, want <type>", rules["relationship"]["caption"])
	}
	known := map[string]bool{}
	for _, lt := range ringleader.LinkTypes {
		known["relationship."+string(lt)] = true
	}
	for sel, r := range rules {
		if strings.HasPrefix(sel, "relationship.") && !known[sel] {
			t.Errorf("%s is not a link type", sel)
		}
		if strings.HasPrefix(sel, "relationship.") && r["caption"] == "" {
			t.Errorf("%s has no caption", sel)
		}
	}
	// The association's kind (call, meeting, family, ...) is what an investigator reads off a person-person tie;
	// the store keeps it in the relationship property "subtype". Browser styles links by type only, so the grade
	// and confidence of ties and payments are in the caption: "call A1 confirmed", "meeting C3 tentative".
	for sel, want := range map[string]string{
		"relationship.ASSOCIATE": "{subtype} {source_grade}{info_grade} {confidence}",
		"relationship.PAID":      "{amount} {currency} {source_grade}{info_grade} {confidence}",
	} {
		if got := rules[sel]["caption"]; got != want {
			t.Errorf("%s caption = %q, want %s", sel, got, want)
		}
	}
}
