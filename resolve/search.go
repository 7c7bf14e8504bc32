package resolve

import (
	"math"
	"strings"

	"github.com/ringleader/ringleader/names"
)

// NameMatch is how well a record's names answer a name typed in a search.
type NameMatch struct {
	// Score is the probability that the record bears the name asked for, weighed as entity resolution weighs
	// name evidence (compareNames) against the prior of two records naming one person: a given name and a
	// family name that agree, in any script, score about 0.8; a common given name alone about 0.4.
	Score float64 `json:"score"`
	// How says in words what matched ("names match after transliteration: Mohammed al-Ahmad ~ محمد الأحمد").
	How string `json:"how"`
}

// MatchName compares a name typed in a search with the names of a record (its name first, then its aliases),
// part by part as entity resolution does: the given name with the given name, fathers with fathers, family
// names as a set, kunyas with kunyas, in Arabic script or any romanisation. A part the query leaves out is no
// evidence against (a search names what the analyst knows); a part that differs is, and rules the record out
// (ok is false) unless more parts match than differ: a search must still find a man whose grandfather's name one
// list spells differently, ranked below the exact matches. A query that matches no part finds nothing.
func MatchName(query string, recordNames []string) (m NameMatch, ok bool) {
	q, r := viewNames([]string{query}), viewNames(recordNames)
	if len(q.ism)+len(q.nasab)+len(q.family)+len(q.kunya) == 0 || len(r.ism)+len(r.nasab)+len(r.family)+len(r.kunya) == 0 {
		return NameMatch{}, false
	}
	nm := compareNames(q, r)
	if nm.matched == 0 || nm.conflicts >= nm.matched {
		return NameMatch{}, false
	}
	weight := wPrior
	var how []string
	for _, e := range nm.evidence {
		if e.Sign == Note && e.Weight == wMissing {
			continue // what the query does not say is not held against the record
		}
		weight += e.Weight
		if e.Sign == For {
			how = append(how, e.Text)
		}
	}
	return NameMatch{Score: 1 / (1 + math.Exp(-weight)), How: strings.Join(how, "; ")}, true
}

// SearchKeys returns the keys under which a search for query looks names up: the blocking keys of entity
// resolution (names.Keys), so that a name is found in any script its records are written in.
func SearchKeys(query string) []string { return names.Keys(query) }
