package loaders

import (
	"fmt"
	"iter"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/ringleader/ringleader"
)

// The check functions take a trimmed, non-empty value and return it in stored form, or
// a reason why it is invalid, which quotes the value as written.

func checkDate(v string) (string, string) {
	if !ringleader.ValidDate(v) {
		return "", fmt.Sprintf("%q is not a date (YYYY-MM-DD)", v)
	}
	return v, ""
}

// enum checks a value of an enumeration, ignoring case; it is stored in lower case.
func enum(allowed []string) func(string) (string, string) {
	list := strings.Join(allowed, ", ")
	return func(v string) (string, string) {
		lv := strings.ToLower(v)
		if !slices.Contains(allowed, lv) {
			return "", fmt.Sprintf("%q is not one of: %s", v, list)
		}
		return lv, ""
	}
}

// parseNumber parses a plain decimal number: digits with an optional sign, point and
// exponent. Thousands separators, hexadecimal, NaN and infinities are refused, since a
// register that writes "1,500" may mean 1.5 or 1500.
func parseNumber(v string) (float64, string) {
	if !plainNumber(v) {
		return 0, fmt.Sprintf("%q is not a number", v)
	}
	f, err := strconv.ParseFloat(v, 64)
	if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
		return 0, fmt.Sprintf("%q is not a number", v)
	}
	return f, ""
}

func plainNumber(v string) bool {
	i := 0
	if i < len(v) && (v[i] == '+' || v[i] == '-') {
		i++
	}
	digits := 0
	for i < len(v) && v[i] >= '0' && v[i] <= '9' {
		i, digits = i+1, digits+1
	}
	if i < len(v) && v[i] == '.' {
		i++
		for i < len(v) && v[i] >= '0' && v[i] <= '9' {
			i, digits = i+1, digits+1
		}
	}
	if digits == 0 {
		return false
	}
	if i < len(v) && (v[i] == 'e' || v[i] == 'E') {
		i++
		if i < len(v) && (v[i] == '+' || v[i] == '-') {
			i++
		}
		exp := 0
		for i < len(v) && v[i] >= '0' && v[i] <= '9' {
			i, exp = i+1, exp+1
		}
		if exp == 0 {
			return false
		}
	}
	return i == len(v)
}

func formatNumber(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

func checkNonNegative(v string) (string, string) {
	f, reason := parseNumber(v)
	if reason != "" {
		return "", reason
	}
	if f < 0 {
		return "", fmt.Sprintf("%q is negative", v)
	}
	return formatNumber(f), ""
}

func checkPositive(v string) (string, string) {
	f, reason := parseNumber(v)
	if reason != "" {
		return "", reason
	}
	if f <= 0 {
		return "", fmt.Sprintf("%q is not greater than 0", v)
	}
	return formatNumber(f), ""
}

// checkCurrency accepts three letters, the shape of an ISO 4217 code, and stores them
// upper case. It does not consult the ISO list, so that the codes registers use for
// cryptocurrencies (BTC, ETH) still load.
func checkCurrency(v string) (string, string) {
	if len(v) != 3 || strings.IndexFunc(v, func(r rune) bool {
		return (r < 'a' || r > 'z') && (r < 'A' || r > 'Z')
	}) >= 0 {
		return "", fmt.Sprintf("%q is not a 3-letter ISO currency code", v)
	}
	return strings.ToUpper(v), ""
}

// idProblem says why v, as written, is not a usable id; "" when it is one. An empty v
// is reported by the caller.
func idProblem(v string) string {
	if strings.TrimSpace(v) != v {
		return fmt.Sprintf("%q has surrounding spaces", v)
	}
	if strings.ContainsFunc(v, unicode.IsControl) {
		return fmt.Sprintf("%q contains control characters", v)
	}
	return ""
}

// splitList splits a `;`-separated cell into its trimmed, non-empty items.
func splitList(v string) []string { return slices.Collect(listItems(v)) }

// listItems yields the trimmed, non-empty items of a `;`-separated cell.
func listItems(v string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for v != "" {
			item, rest, _ := strings.Cut(v, ";")
			v = rest
			if item = strings.TrimSpace(item); item != "" && !yield(item) {
				return
			}
		}
	}
}

// roleRef is an item of an organisations or cases column: "o1" or "o1:leader".
type roleRef struct{ id, role string }

// splitRole splits "id:role" at its last colon, so that ids may hold colons when a role
// is given; the role is stored in lower case.
func splitRole(item string) roleRef {
	i := strings.LastIndexByte(item, ':')
	if i < 0 {
		return roleRef{id: item}
	}
	return roleRef{id: strings.TrimSpace(item[:i]), role: strings.ToLower(strings.TrimSpace(item[i+1:]))}
}

// sortedSet returns the sorted, de-duplicated ids, the form stores keep lists in: ids
// itself when it is in that form already, since rows share their lists among records.
func sortedSet(ids []string) []string {
	if len(ids) == 0 {
		return nil
	}
	canonical := true
	for i := 1; i < len(ids) && canonical; i++ {
		canonical = ids[i-1] < ids[i]
	}
	if canonical {
		return ids
	}
	out := slices.Clone(ids)
	slices.Sort(out)
	return slices.Compact(out)
}
