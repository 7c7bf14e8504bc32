package ringleader

import (
	"fmt"
	"strings"
)

// Grading. Criminal intelligence grades every item twice: how reliable its source is and how credible the
// information is, with a handling code that says who may receive it; and a link is confirmed, unconfirmed or
// tentative (i2 draws them solid, dashed and dotted). Two systems are in use and both are accepted:
//   - the EU 4×4 (Europol): source A, B, C or X (cannot be judged), information 1–4;
//   - the UK 5×5×5: source A–E (E untested), information 1–5, handling code 1–5.
//
// A grading is kept among a record's properties under the names below, so that every store, loader, export and
// Neo4j Browser sees it as an ordinary property (Browser styles links by their confidence); the loaders check it.
const (
	PropSourceGrade = "source_grade"
	PropInfoGrade   = "info_grade"
	PropHandling    = "handling"
	// PropConfidence is on links only.
	PropConfidence = "confidence"
)

// Link confidences. A link without one counts as confirmed, as i2 draws it solid.
const (
	ConfidenceConfirmed   = "confirmed"
	ConfidenceUnconfirmed = "unconfirmed"
	ConfidenceTentative   = "tentative"
)

// Confidences lists the link confidences, surest first.
var Confidences = []string{ConfidenceConfirmed, ConfidenceUnconfirmed, ConfidenceTentative}

// GradingProps lists the grading properties in the order outputs show them.
var GradingProps = []string{PropSourceGrade, PropInfoGrade, PropHandling, PropConfidence}

// sourceRank orders source grades, most reliable first. X (4×4, cannot be judged) and E (5×5×5, untested) are
// the least reliable: nothing vouches for the source.
var sourceRank = map[string]int{"A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "X": 5}

// ParseSourceGrade returns the source grade v names (A–E or X, any case), or a reason it does not.
func ParseSourceGrade(v string) (string, string) {
	g := strings.ToUpper(strings.TrimSpace(v))
	if _, ok := sourceRank[g]; !ok {
		return v, fmt.Sprintf("%q is not a source grade (A, B, C, X in the 4×4; A–E in the 5×5×5)", v)
	}
	return g, ""
}

// ParseInfoGrade returns the information grade v names (1–5), or a reason it does not.
func ParseInfoGrade(v string) (string, string) {
	g := strings.TrimSpace(v)
	if len(g) != 1 || g[0] < '1' || g[0] > '5' {
		return v, fmt.Sprintf("%q is not an information grade (1–4 in the 4×4; 1–5 in the 5×5×5)", v)
	}
	return g, ""
}

// ParseHandling returns the 5×5×5 handling code v names (1–5), or a reason it does not.
func ParseHandling(v string) (string, string) {
	g := strings.TrimSpace(v)
	if len(g) != 1 || g[0] < '1' || g[0] > '5' {
		return v, fmt.Sprintf("%q is not a handling code (1–5)", v)
	}
	return g, ""
}

// ParseConfidence returns the link confidence v names (confirmed, unconfirmed, tentative; any case), or a reason
// it does not.
func ParseConfidence(v string) (string, string) {
	c := strings.ToLower(strings.TrimSpace(v))
	for _, k := range Confidences {
		if c == k {
			return c, ""
		}
	}
	return v, fmt.Sprintf("%q is not a confidence (confirmed, unconfirmed or tentative)", v)
}

// Confidence returns the link's confidence, confirmed when it states none.
func (l *Link) Confidence() string {
	if c := l.Props[PropConfidence]; c != "" {
		return c
	}
	return ConfidenceConfirmed
}

// Grade returns a record's grading as one code, source then information ("B2"), from its properties; "" when it
// has neither, and "?" stands for the half it lacks.
func Grade(props map[string]string) string {
	s, i := props[PropSourceGrade], props[PropInfoGrade]
	if s == "" && i == "" {
		return ""
	}
	return orElse(s, "?") + orElse(i, "?")
}

func orElse(v, or string) string {
	if v == "" {
		return or
	}
	return v
}

// GradeFilter restricts an analysis, a path search or an export to the intelligence an analyst trusts: records
// graded at least MinGrade, links not marked unconfirmed or tentative. The zero value keeps everything.
//
// MinGrade "B2" keeps a record whose source grade is A or B and whose information grade is 1 or 2. A link
// without a grade is left out, since nothing says it meets the bar; an entity without one is kept (it is the ties
// that are contested, and the loaders give the links a row derives the row's grading), but an entity graded below
// the bar is left out with its links.
type GradeFilter struct {
	MinGrade      string `json:"min_grade,omitempty"`
	ConfirmedOnly bool   `json:"confirmed_only,omitempty"`
}

// ParseMinGrade checks a minimum grade such as "B2", "b2", "B" (any information) or "2" (any source), returning
// it in canonical form.
func ParseMinGrade(v string) (string, error) {
	g := strings.ToUpper(strings.TrimSpace(v))
	if g == "" {
		return "", nil
	}
	src, info := "", ""
	if g[0] >= 'A' && g[0] <= 'Z' {
		src, g = g[:1], g[1:]
	}
	info = g
	if src != "" {
		if _, reason := ParseSourceGrade(src); reason != "" {
			return "", Errorf(EINVALID, "min_grade: %q: %s", v, reason)
		}
	}
	if info != "" {
		if _, reason := ParseInfoGrade(info); reason != "" {
			return "", Errorf(EINVALID, "min_grade: %q: %s", v, reason)
		}
	}
	if src == "" && info == "" {
		return "", Errorf(EINVALID, "min_grade: %q is not a grade such as B2", v)
	}
	return src + info, nil
}

// Active reports whether f restricts anything.
func (f GradeFilter) Active() bool { return f.MinGrade != "" || f.ConfirmedOnly }

// meets reports whether props' grading reaches f.MinGrade; ungraded reports that they hold no grade the bar asks
// about.
func (f GradeFilter) meets(props map[string]string) (ok, ungraded bool) {
	if f.MinGrade == "" {
		return true, false
	}
	minSrc, minInfo := "", f.MinGrade
	if c := f.MinGrade[0]; c >= 'A' && c <= 'Z' {
		minSrc, minInfo = f.MinGrade[:1], f.MinGrade[1:]
	}
	s, i := props[PropSourceGrade], props[PropInfoGrade]
	if (minSrc != "" && s == "") || (minInfo != "" && i == "") {
		return false, true
	}
	if minSrc != "" && sourceRank[s] > sourceRank[minSrc] {
		return false, false
	}
	if minInfo != "" && i > minInfo { // one digit each: string order is numeric order
		return false, false
	}
	return true, false
}

// KeepsEntity reports whether f keeps e: an ungraded entity stays.
func (f GradeFilter) KeepsEntity(e *Entity) bool {
	ok, ungraded := f.meets(e.Props)
	return ok || ungraded
}

// KeepsLink reports whether f keeps l, ignoring its endpoints.
func (f GradeFilter) KeepsLink(l *Link) bool {
	if f.ConfirmedOnly && l.Confidence() != ConfidenceConfirmed {
		return false
	}
	ok, _ := f.meets(l.Props)
	return ok
}

// Restriction says what a GradeFilter left out of a network, for outputs to report.
type Restriction struct {
	GradeFilter
	// EntitiesLeftOut and LinksLeftOut count what the filter removed; links whose endpoint was removed count
	// among LinksLeftOut.
	EntitiesLeftOut int `json:"entities_left_out"`
	LinksLeftOut    int `json:"links_left_out"`
}

// String describes the restriction in a line: "grade B2 or better, confirmed links only: 12 links and 1 entity
// left out".
func (r Restriction) String() string {
	var parts []string
	if r.MinGrade != "" {
		parts = append(parts, "grade "+r.MinGrade+" or better")
	}
	if r.ConfirmedOnly {
		parts = append(parts, "confirmed links only")
	}
	return fmt.Sprintf("%s: %d %s and %d %s left out", strings.Join(parts, ", "),
		r.LinksLeftOut, plural(r.LinksLeftOut, "link", "links"), r.EntitiesLeftOut, plural(r.EntitiesLeftOut, "entity", "entities"))
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// Restrict returns what of n f keeps, and what it left out; n itself is not changed. With a zero f it returns n.
func (f GradeFilter) Restrict(n *Network) (*Network, Restriction) {
	r := Restriction{GradeFilter: f}
	if !f.Active() {
		return n, r
	}
	out := &Network{Entities: make([]Entity, 0, len(n.Entities)), Links: make([]Link, 0, len(n.Links))}
	kept := make(map[string]bool, len(n.Entities))
	for _, e := range n.Entities {
		if f.KeepsEntity(&e) {
			kept[e.ID] = true
			out.Entities = append(out.Entities, e)
		}
	}
	for _, l := range n.Links {
		if kept[l.Source] && kept[l.Target] && f.KeepsLink(&l) {
			out.Links = append(out.Links, l)
		}
	}
	r.EntitiesLeftOut = len(n.Entities) - len(out.Entities)
	r.LinksLeftOut = len(n.Links) - len(out.Links)
	return out, r
}

// mergeGrading keeps, when two observations of one tie are merged, the best grading either gave: the tie is as
// sure as its best source says (a call confirmed by one intercept is confirmed), and taking the best is
// idempotent, so a reload changes nothing. out is the merged link's properties (next's), prev the older ones.
func mergeGrading(out, prev map[string]string) map[string]string {
	better := func(key string, rank func(string) int) {
		p := prev[key]
		if p == "" {
			return
		}
		if o := out[key]; o == "" || rank(p) < rank(o) {
			if out == nil {
				out = map[string]string{}
			}
			out[key] = p
		}
	}
	better(PropSourceGrade, func(g string) int { return sourceRank[g] })
	better(PropInfoGrade, func(g string) int { return int(g[0]) })
	better(PropConfidence, func(c string) int {
		for i, k := range Confidences {
			if c == k {
				return i
			}
		}
		return len(Confidences)
	})
	return out
}
