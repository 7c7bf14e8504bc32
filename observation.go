package ringleader

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"maps"
	"slices"
	"strconv"
	"strings"
)

// Observations, not overwrites. Rows with the same link identity (Link.Key) are observations of one tie: calls
// between a and b counted in January and calls counted in February are two rows of one tie, not a correction of the
// first by the second. What a store keeps of them (MergeLink):
//   - the weights of different rows add up;
//   - first and last seen widen to the earliest and the latest of the rows';
//   - cases and sources unite (each source keeps the cases of its row, see provenance.go);
//   - the other fields (role, amount, currency, date, channel, properties) are the newest row's: they describe the
//     one tie, or the one payment of a payment id, and a later row corrects them.
//
// Adding is not idempotent, and loads must be: the same row loaded twice is one observation, not two. So a link
// keeps, beside its weight, the observations that make it up (Link.Observations), each with its row's weight, and a
// merge unites them by ID: an observation already held is replaced, not added again. The weight is their sum. Only
// observations with a weight are kept; one without cannot change the sum, and dates and cases need no bookkeeping
// because widening and uniting are idempotent already.
//
// What identifies an observation:
//   - a row of an input file (the loaders): the file's name and the row's content as it bears on the link (its
//     identity, weight, dates, role, payment fields, cases and properties; not its line), and, for the k-th
//     identical such row of one file, k. A file loaded again, whole, grown by rows added anywhere, or re-sorted,
//     adds only the rows it did not hold; the same row in two files of different names counts twice. What this
//     cannot tell apart: a row edited in place is a new observation beside the old one (the old count stays; the
//     store deletes nothing), and an identical row (same pair, count, dates, cases) in another file of the same
//     name, such as a second month's associations.csv, is taken for the same row: give such rows their dates.
//   - a record written without observations (an API or Go caller; Link.Observations nil): its sources, when it
//     has some, so that writing the same record again changes nothing; without sources it is the link's
//     unattributed observation (ID ""), which the next record without sources replaces: a write without
//     provenance states the tie as its writer knows it now, on top of what the rows observed.
//   - a link stored before Ringleader kept observations reads as one observation identified by its sources, with
//     the weight its last row gave; its rows loaded again are new observations beside it. Reload the bundles of
//     such a store into a fresh one.

// Observation is one row's account of a link's weight: a count of calls or meetings, say.
type Observation struct {
	// ID identifies the row (see above); "" is the link's unattributed observation.
	ID string
	// Weight is the weight that row gave.
	Weight float64
}

// ObservationID returns the identity of the observation of l made by the occurrence-th identical row (from 1) of
// the file named file: a hash of the file's name and of what the row says of the link, so that the same row loaded
// again finds the observation it made before. l's sources (its line) are not part of it.
func ObservationID(file string, l *Link, occurrence int) string {
	c := l.Canonical()
	// Loaders call this for every weighted row, so the text hashed is built in a buffer that stays on the stack for
	// most rows: one allocation (the ID) and 0.6 µs a row (BenchmarkObservationID), where a strings.Builder and
	// Link.Key took eight and added 52 MB of garbage to a read of 100,000 association rows.
	var stack [256]byte
	b := stack[:0]
	field := func(s string) {
		b = append(b, s...)
		b = append(b, 0)
	}
	num := func(f float64) {
		b = strconv.AppendFloat(b, f, 'g', -1, 64)
		b = append(b, 0)
	}
	field(file)
	field(c.ID)
	field(string(c.Type))
	field(c.Subtype)
	field(c.Source)
	field(c.Target)
	field(c.Role)
	num(c.Weight)
	num(c.Amount)
	field(c.Currency)
	field(c.Date)
	field(c.Channel)
	field(c.FirstSeen)
	field(c.LastSeen)
	cases := c.Cases
	if !slices.IsSorted(cases) {
		cases = slices.Sorted(slices.Values(cases))
	}
	for i, s := range cases {
		if s != "" && (i == 0 || s != cases[i-1]) {
			field(s)
		}
	}
	b = append(b, 1)
	if len(c.Props) > 0 {
		keys := slices.Sorted(maps.Keys(c.Props))
		for _, k := range keys {
			field(k)
			field(c.Props[k])
		}
	}
	sum := sha256.Sum256(b)
	var id [16]byte
	hex.Encode(id[:], sum[:8])
	if occurrence > 1 {
		return string(id[:]) + "/" + strconv.Itoa(occurrence)
	}
	return string(id[:])
}

// NextOccurrence returns the ID of the next identical row after the one whose observation is id (see
// ObservationID): "h" becomes "h/2", "h/2" becomes "h/3".
func NextOccurrence(id string) string {
	base, k, ok := strings.Cut(id, "/")
	n, err := strconv.Atoi(k)
	if !ok || err != nil {
		return base + "/2"
	}
	return base + "/" + strconv.Itoa(n+1)
}

// hashID is 64 bits of SHA-256 in hex: an observation's ID needs only be unique among one link's observations.
func hashID(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:8])
}

// observed returns l's observations: Observations when it has them, otherwise the one observation that l stands
// for (see above), or none when it has no weight.
func (l *Link) observed() []Observation {
	if l.Observations != nil || l.Weight == 0 {
		return l.Observations
	}
	id := ""
	if len(l.Sources) > 0 {
		id = "s" + hashID(strings.Join(union(nil, l.Sources), "\n"))
	}
	return []Observation{{ID: id, Weight: l.Weight}}
}

// mergeObservations returns the union of two lists of observations by ID, sorted by ID, an observation in next
// replacing one of prev with the same ID; observations of weight 0 are dropped (nil when none is left).
func mergeObservations(prev, next []Observation) []Observation {
	if len(prev) == 0 && len(next) == 1 && next[0].Weight != 0 {
		// A new link of one row, as loaders and stores write most: nothing to unite. The list is shared, never
		// changed in place.
		return next
	}
	out := make([]Observation, 0, len(prev)+len(next))
	out = append(out, prev...)
	for _, o := range next {
		if i := slices.IndexFunc(out, func(p Observation) bool { return p.ID == o.ID }); i >= 0 {
			out[i] = o
			continue
		}
		out = append(out, o)
	}
	out = slices.DeleteFunc(out, func(o Observation) bool { return o.Weight == 0 })
	if len(out) == 0 {
		return nil
	}
	slices.SortStableFunc(out, func(a, b Observation) int { return cmp.Compare(a.ID, b.ID) })
	// Within one list an ID appears once; a list given by a caller might repeat one: keep the last.
	for i := len(out) - 1; i > 0; i-- {
		if out[i].ID == out[i-1].ID {
			out = slices.Delete(out, i-1, i)
		}
	}
	return out
}

// sumWeights is the weight a link's observations make up. They are summed in ID order, so that every store gets
// the same bits.
func sumWeights(obs []Observation) float64 {
	var w float64
	for _, o := range obs {
		w += o.Weight
	}
	return w
}

// observationsEqual reports whether two links hold the same observations, as they hold them: a record to write
// without observations (nil) differs from a stored one with some, as it would be written with them.
func observationsEqual(a, b *Link) bool {
	if slices.Equal(a.Observations, b.Observations) {
		return true
	}
	return slices.Equal(mergeObservations(nil, a.Observations), mergeObservations(nil, b.Observations))
}

// earliest and latest widen a span of dates (ISO 8601, so that strings compare as dates); "" is unknown.
func earliest(a, b string) string {
	if a == "" || (b != "" && b < a) {
		return b
	}
	return a
}

func latest(a, b string) string {
	if b > a {
		return b
	}
	return a
}

// Stored form of Observations, the same in every store: each observation's ID and weight joined by U+001F, the
// observations joined by U+001E; "" for none. IDs are hex digits, "s" and "/" (ObservationID, observed), or "".
const obsSep = "\x1e"

// EncodeObservations returns the stored form of a link's observations.
func EncodeObservations(obs []Observation) string {
	var b strings.Builder
	for i, o := range obs {
		if i > 0 {
			b.WriteString(obsSep)
		}
		b.WriteString(o.ID)
		b.WriteString(casesSep)
		b.WriteString(strconv.FormatFloat(o.Weight, 'g', -1, 64))
	}
	return b.String()
}

// DecodeObservations reads the stored form of a link's observations; text that does not hold them is an error.
func DecodeObservations(text string) ([]Observation, error) {
	if text == "" {
		return nil, nil
	}
	if !strings.Contains(text, obsSep) {
		// Most links have one observation; every network read decodes them all.
		id, w, ok := strings.Cut(text, casesSep)
		f, err := strconv.ParseFloat(w, 64)
		if !ok || err != nil {
			return nil, Errorf(EINTERNAL, "observation 1 of 1: %q is not an id and a weight", text)
		}
		return []Observation{{ID: id, Weight: f}}, nil
	}
	items := strings.Split(text, obsSep)
	out := make([]Observation, len(items))
	for i, item := range items {
		id, w, ok := strings.Cut(item, casesSep)
		f, err := strconv.ParseFloat(w, 64)
		if !ok || err != nil {
			return nil, Errorf(EINTERNAL, "observation %d of %d: %q is not an id and a weight", i+1, len(items), item)
		}
		out[i] = Observation{ID: id, Weight: f}
	}
	return out, nil
}
