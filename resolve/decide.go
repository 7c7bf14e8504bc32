package resolve

import (
	"strings"

	"github.com/ringleader/ringleader"
)

// Review is what a person decides about a pair of records.
type Review struct {
	Source string `json:"source"`
	Target string `json:"target"`
	// Decision is ringleader.DecisionConfirmed or ringleader.DecisionRejected.
	Decision string `json:"decision"`
	// By names who decided (a user or token name); Note says why; Date is when
	// (YYYY-MM-DD). All three are optional and stored as link properties.
	By   string `json:"by,omitempty"`
	Note string `json:"note,omitempty"`
	Date string `json:"date,omitempty"`
}

// Decide returns the SAME_AS link that records r, for a Writer: it replaces any earlier
// link of the pair (links are keyed by type and endpoints), and Candidates keeps the
// decision from then on. c, when not nil, is the candidate the person reviewed; its
// score and reasons are kept on the link so that the decision can be read with the
// evidence it was made on. Invalid reviews are EINVALID errors naming the field.
func Decide(r Review, c *Candidate) (ringleader.Link, error) {
	r.Source, r.Target = strings.TrimSpace(r.Source), strings.TrimSpace(r.Target)
	switch {
	case r.Source == "" || r.Target == "":
		return ringleader.Link{}, ringleader.Errorf(ringleader.EINVALID, "source, target: both records are required")
	case r.Source == r.Target:
		return ringleader.Link{}, ringleader.Errorf(ringleader.EINVALID, "target: a record is not resolved with itself (%q)", r.Source)
	case r.Decision != ringleader.DecisionConfirmed && r.Decision != ringleader.DecisionRejected:
		return ringleader.Link{}, ringleader.Errorf(ringleader.EINVALID, "decision: must be %s or %s, not %q",
			ringleader.DecisionConfirmed, ringleader.DecisionRejected, r.Decision)
	case r.Date != "" && !ringleader.ValidDate(r.Date):
		return ringleader.Link{}, ringleader.Errorf(ringleader.EINVALID, "date: %q is not a date (YYYY-MM-DD)", r.Date)
	}
	props := map[string]string{"decision": r.Decision}
	if c != nil {
		if pairKey(c.Source, c.Target) != pairKey(r.Source, r.Target) {
			return ringleader.Link{}, ringleader.Errorf(ringleader.EINVALID,
				"source, target: the review is of %s and %s, the candidate of %s and %s", r.Source, r.Target, c.Source, c.Target)
		}
		l := c.Link()
		props["score"], props["reasons"] = l.Props["score"], l.Props["reasons"]
	}
	for k, v := range map[string]string{"decided_by": r.By, "note": r.Note, "decided_on": r.Date} {
		if v = strings.TrimSpace(v); v != "" {
			props[k] = v
		}
	}
	source := "review"
	if r.By != "" {
		source += ":" + strings.TrimSpace(r.By)
	}
	return ringleader.Link{Type: ringleader.LinkSameAs, Source: r.Source, Target: r.Target, Sources: []string{source},
		Props: props}.Canonical(), nil
}
