package resolve

import (
	"strconv"
	"strings"
)

// Sign says which way a Reason points.
type Sign byte

// The signs of reasons.
const (
	// For is evidence that the records are one identity: a shared phone, matching names.
	For Sign = '+'
	// Against is evidence that they are two: different fathers' names.
	Against Sign = '-'
	// Contradiction is evidence that nearly rules the pair out: different birth dates.
	Contradiction Sign = '!'
	// Note is weak or qualifying evidence: only the kunya matches, a common name.
	Note Sign = '~'
)

// Reason is one piece of evidence about a candidate pair, in words.
type Reason struct {
	Sign Sign   `json:"sign"`
	Text string `json:"text"`
	// Weight is the evidence's log-likelihood ratio (natural log): what it added to the
	// pair's log-odds.
	Weight float64 `json:"weight"`
}

// String is the reason as a reviewer reads it: its text, then its sign.
func (r Reason) String() string { return r.Text + " " + string(r.Sign) }

// MarshalText lets the sign travel in JSON as "+", "-", "!" or "~".
func (s Sign) MarshalText() ([]byte, error) { return []byte{byte(s)}, nil }

// UnmarshalText reads a sign written by MarshalText.
func (s *Sign) UnmarshalText(b []byte) error {
	if len(b) == 1 && strings.IndexByte("+-!~", b[0]) >= 0 {
		*s = Sign(b[0])
		return nil
	}
	return strconv.ErrSyntax
}

// FormatReasons writes reasons as the "reasons" property of a SAME_AS link: one reason a
// line, each as String writes it, white space within a reason collapsed so that the
// format reads back unambiguously.
func FormatReasons(rs []Reason) string {
	lines := make([]string, len(rs))
	for i, r := range rs {
		r.Text = strings.Join(strings.Fields(r.Text), " ")
		lines[i] = r.String()
	}
	return strings.Join(lines, "\n")
}

// ParseReasons reads the "reasons" property written by FormatReasons. Weights are not
// stored and read back as 0; a line without a trailing sign is read as a Note.
func ParseReasons(s string) []Reason {
	var out []Reason
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		r := Reason{Sign: Note, Text: line}
		if n := len(line); n >= 2 && line[n-2] == ' ' && strings.IndexByte("+-!~", line[n-1]) >= 0 {
			r.Sign, r.Text = Sign(line[n-1]), strings.TrimSpace(line[:n-2])
		}
		out = append(out, r)
	}
	return out
}
