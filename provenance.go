package ringleader

import (
	"slices"
	"strings"
)

// Provenance keeps, beside each source of a record ("suspects.csv:7"), the cases of the row that asserted it, so
// that a caller limited to some cases is shown only the sources of rows in them: a phone named by a weapons
// suspect's row and by a drugs suspect's row must not tell a weapons analyst that line 90 of suspects.csv, a
// drugs-only row, names it too.
//
// A record without SourceCases takes its own cases for each of its sources: a row's records carry the row's
// cases. Stores read a record stored without them (written before Ringleader kept them) with no case for each
// source, which only AllCases sees.

// mergeProvenance returns the sorted, de-duplicated union of two records' sources with the cases of each: a
// source both name gets the union of its cases. Empty sources are dropped. aDefault and bDefault are the cases
// given to the sources of a or b that come without theirs (see alignCases).
func mergeProvenance(aSrc []string, aCases [][]string, aDefault []string, bSrc []string, bCases [][]string, bDefault []string) ([]string, [][]string) {
	if len(aSrc) == 0 && len(bSrc) == 0 {
		return nil, nil
	}
	type entry struct {
		src   string
		cases []string
	}
	all := make([]entry, 0, len(aSrc)+len(bSrc))
	aCases, bCases = alignCases(aSrc, aCases, aDefault), alignCases(bSrc, bCases, bDefault)
	for i, s := range aSrc {
		all = append(all, entry{s, aCases[i]})
	}
	for i, s := range bSrc {
		all = append(all, entry{s, bCases[i]})
	}
	slices.SortStableFunc(all, func(x, y entry) int {
		switch {
		case x.src < y.src:
			return -1
		case x.src > y.src:
			return 1
		}
		return 0
	})
	src := make([]string, 0, len(all))
	cases := make([][]string, 0, len(all))
	for _, e := range all {
		if e.src == "" {
			continue
		}
		if n := len(src); n > 0 && src[n-1] == e.src {
			cases[n-1] = union(cases[n-1], e.cases)
			continue
		}
		src = append(src, e.src)
		cases = append(cases, union(nil, e.cases))
	}
	if len(src) == 0 {
		return nil, nil
	}
	return src, cases
}

// alignCases returns cases when it holds one entry per source, and otherwise def for every source.
func alignCases(src []string, cases [][]string, def []string) [][]string {
	if len(cases) == len(src) {
		return cases
	}
	out := make([][]string, len(src))
	for i := range out {
		out[i] = def
	}
	return out
}

// visibleSources returns the sources of a record that s may see, with their cases: those of rows in one of its
// cases, or, when caseless is set (links, which a scope sees when they name no case), of rows in no case. own
// are the record's cases, which sources without theirs take.
func (s Scope) visibleSources(src []string, cases [][]string, own []string, caseless bool) ([]string, [][]string) {
	if s.all {
		return src, cases
	}
	cases = alignCases(src, cases, own)
	var outSrc []string
	var outCases [][]string
	for i, c := range cases {
		if s.Allows(c) || (caseless && len(c) == 0) {
			outSrc = append(outSrc, src[i])
			outCases = append(outCases, s.visibleCases(c))
		}
	}
	return outSrc, outCases
}

// provenanceEqual reports whether two records' sources carry the same cases, in any order; aOwn and bOwn are
// the records' own cases, which sources without theirs take.
func provenanceEqual(aSrc []string, aCases [][]string, aOwn []string, bSrc []string, bCases [][]string, bOwn []string) bool {
	if len(aCases) == len(aSrc) && len(bCases) == len(bSrc) && slices.Equal(aSrc, bSrc) {
		// Stored and merged records: sorted, aligned; compare without allocating.
		return slices.EqualFunc(aCases, bCases, func(x, y []string) bool { return slices.Equal(x, y) })
	}
	as, ac := mergeProvenance(nil, nil, nil, aSrc, aCases, aOwn)
	bs, bc := mergeProvenance(nil, nil, nil, bSrc, bCases, bOwn)
	return slices.Equal(as, bs) && slices.EqualFunc(ac, bc, func(x, y []string) bool { return slices.Equal(x, y) })
}

// Stored form of SourceCases, the same in every store: one text, "=" followed by each source's cases joined by
// U+001F, the sources' lists joined by U+001E. Ids never hold control characters (loaders refuse them), and
// the leading "=" tells a value from a missing one. Decoding such text for every record of a network read costs
// a fraction of what encoding/json does for the same lists.
const (
	sourceCasesMark = "="
	casesSep        = "\x1f"
	sourcesSep      = "\x1e"
)

// EncodeSourceCases returns the stored form of a record's SourceCases, aligned with its sources; "" when it has
// no sources.
func EncodeSourceCases(sources []string, cases [][]string, own []string) string {
	if len(sources) == 0 {
		return ""
	}
	cases = alignCases(sources, cases, own)
	n := len(sourceCasesMark)
	for _, c := range cases {
		for _, id := range c {
			n += len(id) + 1
		}
		n++
	}
	b := make([]byte, 0, n)
	b = append(b, sourceCasesMark...)
	for i, c := range cases {
		if i > 0 {
			b = append(b, sourcesSep...)
		}
		for j, id := range c {
			if j > 0 {
				b = append(b, casesSep...)
			}
			b = append(b, id...)
		}
	}
	return string(b)
}

// DecodeSourceCases reads the stored form of the SourceCases of a record with n sources. Text that is empty
// (written before Ringleader kept the cases of sources) or does not hold n lists gives every source no case,
// which only AllCases sees.
func DecodeSourceCases(text string, n int) [][]string {
	if n == 0 {
		return nil
	}
	out := make([][]string, n)
	rest, ok := strings.CutPrefix(text, sourceCasesMark)
	if !ok || strings.Count(rest, sourcesSep) != n-1 {
		return out
	}
	for i := range n {
		item, after, _ := strings.Cut(rest, sourcesSep)
		rest = after
		if item != "" {
			out[i] = strings.Split(item, casesSep)
		}
	}
	return out
}
