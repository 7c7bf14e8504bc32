package resolve

import (
	"slices"

	"github.com/ringleader/ringleader"
)

// Defaults of Options.
const (
	// DefaultAutoThreshold links a pair without review when the evidence makes it at
	// least 90% likely to be one identity. On the 183 labelled name pairs in testdata
	// it gave precision 0.98 and recall 0.91 when set (TestNamePairs reports the
	// current figures); on the UN list's labelled pairs, precision 1.000 and recall
	// 0.893 with no wrong link over every pair of 404 names (make eval-names,
	// docs/names.md).
	DefaultAutoThreshold = 0.9
	// DefaultMinScore keeps for review the pairs more likely one identity than two.
	DefaultMinScore = 0.5
	// DefaultMaxBlock skips a name key shared by more records than this: a key as
	// common as Mohammed's tells nothing, and comparing all its pairs is quadratic.
	DefaultMaxBlock = 100
	// DefaultMaxHolders skips an identifier held by more records than this (a phone of
	// a shop or an office), for the same reasons.
	DefaultMaxHolders = 20
)

// Options tune Candidates. The zero value means the defaults.
type Options struct {
	// AutoThreshold is the score from which a candidate is decided "auto".
	AutoThreshold float64 `json:"auto_threshold,omitempty"`
	// MinScore is the score below which a candidate is not returned, unless a SAME_AS
	// link already names the pair. Set a tiny positive value to see every pair compared.
	MinScore float64 `json:"min_score,omitempty"`
	// MaxBlock and MaxHolders bound the blocks of records sharing a name key or an
	// identifier; larger blocks are skipped.
	MaxBlock   int `json:"max_block,omitempty"`
	MaxHolders int `json:"max_holders,omitempty"`
	// Kinds are the kinds of entity to resolve; empty means persons and organisations.
	Kinds []ringleader.Kind `json:"kinds,omitempty"`
}

// withDefaults fills the zero fields.
func (o Options) withDefaults() Options {
	if o.AutoThreshold == 0 {
		o.AutoThreshold = DefaultAutoThreshold
	}
	if o.MinScore == 0 {
		o.MinScore = DefaultMinScore
	}
	if o.MaxBlock == 0 {
		o.MaxBlock = DefaultMaxBlock
	}
	if o.MaxHolders == 0 {
		o.MaxHolders = DefaultMaxHolders
	}
	if len(o.Kinds) == 0 {
		o.Kinds = []ringleader.Kind{ringleader.KindPerson, ringleader.KindOrganisation}
	}
	return o
}

// Validate reports the first invalid field as an EINVALID error.
func (o Options) Validate() error {
	if o.AutoThreshold < 0 || o.AutoThreshold > 1 {
		return ringleader.Errorf(ringleader.EINVALID, "auto_threshold: must be between 0 and 1, not %g", o.AutoThreshold)
	}
	if o.MinScore < 0 || o.MinScore > 1 {
		return ringleader.Errorf(ringleader.EINVALID, "min_score: must be between 0 and 1, not %g", o.MinScore)
	}
	if o.MaxBlock < 0 || o.MaxHolders < 0 {
		return ringleader.Errorf(ringleader.EINVALID, "max_block, max_holders: must not be negative")
	}
	for _, k := range o.Kinds {
		if !k.Valid() {
			return ringleader.Errorf(ringleader.EINVALID, "kinds: unknown kind %q", k)
		}
	}
	return nil
}

func (o Options) resolves(k ringleader.Kind) bool { return slices.Contains(o.Kinds, k) }
