package resolve

import (
	"cmp"
	"slices"
	"strconv"

	"github.com/ringleader/ringleader"
)

// Candidate is a pair of records that may be one identity, with the evidence.
type Candidate struct {
	// Source and Target are the records' ids, Source < Target (the order in which
	// stores keep an undirected SAME_AS link).
	Source     string          `json:"source"`
	Target     string          `json:"target"`
	SourceName string          `json:"source_name"`
	TargetName string          `json:"target_name"`
	Kind       ringleader.Kind `json:"kind"`
	// Score is the probability, in [0, 1], that the records are one identity.
	Score   float64  `json:"score"`
	Reasons []Reason `json:"reasons"`
	// Decision is DecisionAuto when Score reaches the threshold, "" while the pair
	// awaits review, or the DecisionConfirmed or DecisionRejected a person recorded on
	// an earlier SAME_AS link, which a new score never overrides.
	Decision string `json:"decision,omitempty"`
}

// Reviewed reports whether a person has decided the pair.
func (c *Candidate) Reviewed() bool {
	return c.Decision == ringleader.DecisionConfirmed || c.Decision == ringleader.DecisionRejected
}

// Link returns the SAME_AS link that records the candidate: its score (three
// decimals), reasons (FormatReasons) and decision ("" while pending).
func (c *Candidate) Link() ringleader.Link {
	props := map[string]string{
		"score":   strconv.FormatFloat(c.Score, 'f', 3, 64),
		"reasons": FormatReasons(c.Reasons),
	}
	if c.Decision != "" {
		props["decision"] = c.Decision
	}
	return ringleader.Link{Type: ringleader.LinkSameAs, Source: c.Source, Target: c.Target,
		Sources: []string{"resolution"}, Props: props}.Canonical()
}

// AutoLinks returns the SAME_AS links of the candidates decided "auto", for a Writer.
// Pending candidates are left out: a pending link in the store would read as a tie in a
// full projection. Reviewed candidates are left out too, so that writing the result
// never overwrites a person's decision.
func AutoLinks(cs []Candidate) []ringleader.Link {
	var out []ringleader.Link
	for i := range cs {
		if cs[i].Decision == ringleader.DecisionAuto {
			out = append(out, cs[i].Link())
		}
	}
	return out
}

// Candidates returns the pairs of records of net that may be one identity, best first
// (score, then ids). A pair is compared when the records share an identifier (a
// passport or national id number in the "id_numbers" property; a phone, account or
// vehicle both HOLD) or a name key (names.Keys, and the key of ism and father together),
// and is returned when its score reaches opt.MinScore or a SAME_AS link in net already
// names it. Persons and organisations are resolved by default (opt.Kinds); only records
// of one kind are paired.
//
// Two men named Mohammed Ahmed without a shared identifier stay below the automatic
// threshold: two common names agreeing weigh about 3.8 against a prior of -2.5, a score
// near 0.8; different birth dates bring it near 0.
func Candidates(net *ringleader.Network, opt Options) []Candidate {
	opt = opt.withDefaults()
	ix := newIndex(net, opt)
	var out []Candidate
	for _, p := range ix.pairs(opt) {
		c := ix.candidate(ix.records[p[0]], ix.records[p[1]], opt)
		if _, linked := ix.sameAs[pairKey(c.Source, c.Target)]; c.Score >= opt.MinScore || linked {
			out = append(out, c)
		}
	}
	slices.SortFunc(out, func(x, y Candidate) int {
		return cmp.Or(cmp.Compare(y.Score, x.Score), cmp.Compare(x.Source, y.Source), cmp.Compare(x.Target, y.Target))
	})
	return out
}

// Compare scores one pair of records of net, whatever blocking would say of it: what a
// reviewer sees for a pair named by hand, and what Decide keeps with a decision. The
// records must be in net (ENOTFOUND) and of one kind that opt resolves (EINVALID).
func Compare(net *ringleader.Network, a, b string, opt Options) (Candidate, error) {
	if err := opt.Validate(); err != nil {
		return Candidate{}, err
	}
	opt = opt.withDefaults()
	if a == b {
		return Candidate{}, ringleader.Errorf(ringleader.EINVALID, "target: a record is not compared with itself (%q)", a)
	}
	ix := newIndex(net, opt)
	var rs [2]*record
	for i, id := range []string{a, b} {
		p, ok := ix.pos[id]
		if !ok {
			if e := ix.byID[id]; e != nil {
				return Candidate{}, ringleader.Errorf(ringleader.EINVALID, "%q is %s, which resolution does not compare", id, e.Kind)
			}
			return Candidate{}, ringleader.Errorf(ringleader.ENOTFOUND, "%q: no such record", id)
		}
		rs[i] = ix.records[p]
	}
	if rs[0].e.Kind != rs[1].e.Kind {
		return Candidate{}, ringleader.Errorf(ringleader.EINVALID, "%q is %s and %q %s: only records of one kind are compared",
			a, rs[0].e.Kind, b, rs[1].e.Kind)
	}
	return ix.candidate(rs[0], rs[1], opt), nil
}

// candidate scores a pair and decides it.
func (ix *index) candidate(a, b *record, opt Options) Candidate {
	if b.e.ID < a.e.ID {
		a, b = b, a
	}
	score, reasons, hold := ix.compare(a, b)
	c := Candidate{Source: a.e.ID, Target: b.e.ID, SourceName: a.e.Name, TargetName: b.e.Name, Kind: a.e.Kind,
		Score: score, Reasons: reasons}
	switch prev := ix.sameAs[pairKey(a.e.ID, b.e.ID)]; {
	case prev == ringleader.DecisionConfirmed || prev == ringleader.DecisionRejected:
		c.Decision = prev
	case score >= opt.AutoThreshold && hold:
		c.Reasons = append(c.Reasons, Reason{Sign: Note, Text: "held for review: the given names differ"})
	case score >= opt.AutoThreshold:
		c.Decision = ringleader.DecisionAuto
	}
	return c
}

// index holds the records of a network and the blocks that pair them.
type index struct {
	scorer
	records []*record
	sameAs  map[[2]string]string // existing SAME_AS links: pair -> decision
	pos     map[string]int
}

func newIndex(net *ringleader.Network, opt Options) *index {
	ix := &index{
		scorer: scorer{byID: make(map[string]*ringleader.Entity, len(net.Entities)), holders: map[string]int{},
			ties: map[[2]string][]string{}},
		sameAs: map[[2]string]string{},
		pos:    map[string]int{},
	}
	for i := range net.Entities {
		e := &net.Entities[i]
		ix.byID[e.ID] = e
		if opt.resolves(e.Kind) {
			if _, dup := ix.pos[e.ID]; !dup {
				ix.pos[e.ID] = len(ix.records)
				ix.records = append(ix.records, newRecord(e))
			}
		}
	}
	for i := range net.Links {
		l := &net.Links[i]
		switch l.Type {
		case ringleader.LinkHolds:
			thing := ix.byID[l.Target]
			p, ok := ix.pos[l.Source]
			if !ok || thing == nil || (thing.Kind != ringleader.KindPhone && thing.Kind != ringleader.KindAccount &&
				thing.Kind != ringleader.KindVehicle) || slices.Contains(ix.records[p].held, l.Target) {
				continue
			}
			ix.records[p].held = append(ix.records[p].held, l.Target)
			ix.holders[l.Target]++
		case ringleader.LinkAssociate:
			k := pairKey(l.Source, l.Target)
			if l.Source != l.Target && !slices.Contains(ix.ties[k], l.Subtype) {
				ix.ties[k] = append(ix.ties[k], l.Subtype)
			}
		case ringleader.LinkSameAs:
			ix.sameAs[pairKey(l.Source, l.Target)] = l.Props["decision"]
		}
	}
	return ix
}

// pairs returns the pairs of record positions to compare, each once, in a stable order.
func (ix *index) pairs(opt Options) [][2]int {
	type block struct {
		members []int
		limit   int
	}
	blocks := map[string]*block{}
	var order []string
	join := func(key string, limit, member int) {
		b := blocks[key]
		if b == nil {
			b = &block{limit: limit}
			blocks[key] = b
			order = append(order, key)
		}
		if n := len(b.members); n == 0 || b.members[n-1] != member {
			b.members = append(b.members, member)
		}
	}
	for i, r := range ix.records {
		kind := string(r.e.Kind) + "\x00"
		for _, k := range blockKeys(r) {
			join(kind+"name\x00"+k, opt.MaxBlock, i)
		}
		for _, n := range r.ids {
			join(kind+"id\x00"+n.value, opt.MaxHolders, i)
		}
		for _, h := range r.held {
			join(kind+"held\x00"+h, opt.MaxHolders, i)
		}
	}
	seen := map[[2]int]bool{}
	var out [][2]int
	add := func(i, j int) {
		if i == j {
			return
		}
		p := [2]int{min(i, j), max(i, j)}
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	for _, key := range order {
		b := blocks[key]
		if len(b.members) > b.limit {
			continue
		}
		for x := 0; x < len(b.members); x++ {
			for y := x + 1; y < len(b.members); y++ {
				add(b.members[x], b.members[y])
			}
		}
	}
	for k := range ix.sameAs {
		i, okI := ix.pos[k[0]]
		j, okJ := ix.pos[k[1]]
		if okI && okJ && ix.records[i].e.Kind == ix.records[j].e.Kind {
			add(i, j)
		}
	}
	slices.SortFunc(out, func(a, b [2]int) int { return cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1])) })
	return out
}

// blockKeys are a record's name keys: the keys of every element of its names (a kunya
// with its particle), and the key of ism and father together, which still pairs two
// Mohammed Ahmeds when the key of Mohammed alone is too common to block on.
func blockKeys(r *record) []string {
	var out []string
	if r.e.Kind == ringleader.KindOrganisation {
		for _, ws := range r.orgName {
			for _, w := range ws {
				out = append(out, w.Keys()...)
			}
		}
		return out
	}
	v := r.name
	for _, group := range [][]slot{{v.ism}, v.nasab, {v.family}, {v.kunya}} {
		for _, sl := range group {
			for _, e := range sl {
				out = append(out, e.Keys()...)
			}
		}
	}
	var first []string
	for _, sl := range append([]slot{v.ism}, v.nasab...) {
		if len(sl) > 0 && len(first) < 2 {
			if ks := sl[0].Keys(); len(ks) > 0 {
				first = append(first, ks[0])
			}
		}
	}
	if len(first) == 2 {
		out = append(out, first[0]+" + "+first[1])
	}
	return out
}
