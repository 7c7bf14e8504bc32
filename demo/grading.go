package demo

import (
	"math/rand/v2"
	"strings"
)

// The demo's grading (EU 4×4 source and information grades, and the confidence of each tie), drawn from the
// provenance an analyst would give each kind of record: calls come from lawful intercepts (A1–A2, confirmed),
// meetings and travel from surveillance (B2), associations from informants (C3, often unconfirmed or tentative),
// bank payments from bank records, hawala transfers from informants' accounts of the hawaladar's books. It is
// drawn from a stream of its own, after the ring is built, so that it changes nothing else in the bundle.
const demoGradingStream = 4

// demoGrader draws the grading of the bundle's rows.
type demoGrader struct{ rng *rand.Rand }

func newDemoGrader() *demoGrader {
	return &demoGrader{rng: rand.New(rand.NewPCG(demoSeed, demoGradingStream))}
}

// grade is a row's grading: source grade, information grade and, for ties, confidence.
type grade struct{ source, info, confidence string }

func (g grade) cells() []string { return []string{g.source, g.info, g.confidence} }

// gradingColumns are the columns that hold a grade's cells.
var gradingColumns = []string{"source_grade", "info_grade", "confidence"}

// pick draws one of the choices, weighted.
func (d *demoGrader) pick(choices ...weighted) grade {
	total := 0
	for _, c := range choices {
		total += c.weight
	}
	n := d.rng.IntN(total)
	for _, c := range choices {
		if n < c.weight {
			return c.grade
		}
		n -= c.weight
	}
	return choices[len(choices)-1].grade
}

type weighted struct {
	weight int
	grade
}

func w(weight int, source, info, confidence string) weighted {
	return weighted{weight, grade{source, info, confidence}}
}

// association grades a tie by how it was observed.
func (d *demoGrader) association(typ string) grade {
	switch typ {
	case "call":
		return d.pick(w(8, "A", "1", "confirmed"), w(2, "A", "2", "confirmed"))
	case "meeting", "travel":
		return d.pick(w(6, "B", "2", "confirmed"), w(3, "B", "3", "unconfirmed"), w(1, "C", "3", "tentative"))
	case "co_arrested":
		return grade{"A", "1", "confirmed"}
	case "family":
		return d.pick(w(7, "B", "2", "confirmed"), w(3, "C", "2", "unconfirmed"))
	default: // associate and other: informants' reporting
		return d.pick(w(3, "B", "3", "unconfirmed"), w(4, "C", "3", "unconfirmed"), w(3, "X", "4", "tentative"))
	}
}

// payment grades a transfer by its channel.
func (d *demoGrader) payment(channel string) grade {
	switch channel {
	case "bank":
		return grade{"A", "1", "confirmed"}
	case "hawala":
		return d.pick(w(4, "B", "2", "confirmed"), w(4, "C", "3", "unconfirmed"), w(2, "X", "4", "tentative"))
	default:
		return d.pick(w(6, "B", "2", "confirmed"), w(4, "C", "3", "unconfirmed"))
	}
}

// record grades an entity's row: arrested and convicted people and seized shipments are on police records;
// the others come from intelligence reporting. Its confidence grades the ties the row states (memberships, case
// links, organisers and carriers).
func (d *demoGrader) record(status string) grade {
	switch strings.ToLower(status) {
	case "arrested", "convicted", "seized", "intercepted":
		return grade{"A", "1", "confirmed"}
	}
	return d.pick(w(6, "B", "2", "confirmed"), w(3, "C", "3", "confirmed"), w(1, "C", "3", "unconfirmed"))
}
