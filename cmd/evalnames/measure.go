package main

import (
	"cmp"
	"slices"
)

// system is one matcher's answers on the bundle and on the project's own pairs, with the two thresholds it
// decides by.
type system struct {
	name         string
	auto, review float64
	// bundle holds the score of every pair of bundle records the matcher scored; a pair it did not score (not
	// blocked together, or below what it reports) counts as below both thresholds.
	bundle map[[2]string]float64
	// linked, when not nil, says which pairs of the bundle the matcher links: Ringleader holds some pairs for
	// review whatever their score (the given names differ). A nil map links every pair scoring auto or more.
	linked map[[2]string]bool
	// own holds the score of each of the project's own pairs, in file order; ownLinked, when not nil, whether
	// each was linked.
	own       []float64
	ownLinked []bool
	// search is the cross-script search count, nil for a matcher that does not search.
	search *searchCounts
}

// searchCounts count the people whose Latin name finds their Arabic-script record among the first ten answers,
// and the reverse: for the first 50 people (the figure the issue sets a target for) and for all.
type searchCounts struct {
	first, latinFinds50, arabicFinds50 int
	all, latinFinds, arabicFinds       int
}

func pair(a, b string) [2]string {
	if b < a {
		a, b = b, a
	}
	return [2]string{a, b}
}

// figures are what the evaluation reports of one matcher.
type figures struct {
	// Labelled UN pairs, scored in the bundle.
	Positives, Negatives int
	AutoTP, AutoFP       int
	ReviewTP, ReviewFP   int
	TalibanPositives     int
	TalibanReview        int
	TalibanAuto          int
	// SiblingsReview counts the labelled negatives of kind onepart (all name parts but one alike: siblings,
	// mostly) proposed for review or linked; SiblingsAuto those linked.
	Siblings, SiblingsReview, SiblingsAuto int
	// Every pair of the bundle.
	Records, TruePairs   int
	AutoLinks, WrongAuto int
	Queue                int // pairs at review, below auto
	Found                int // true pairs at review or auto
	// The project's own pairs.
	OwnPositives, OwnNegatives int
	OwnAutoTP, OwnAutoFP       int
	OwnReviewTP                int
	// Search, when measured.
	Search *searchFigures `json:",omitempty"`
}

type searchFigures struct {
	First, LatinFinds50, ArabicFinds50 int
	All, LatinFinds, ArabicFinds       int
}

func ratio(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}

func (f figures) AutoPrecision() float64   { return ratio(f.AutoTP, f.AutoTP+f.AutoFP) }
func (f figures) AutoRecall() float64      { return ratio(f.AutoTP, f.Positives) }
func (f figures) ReviewPrecision() float64 { return ratio(f.ReviewTP, f.ReviewTP+f.ReviewFP) }
func (f figures) ReviewRecall() float64    { return ratio(f.ReviewTP, f.Positives) }
func (f figures) TalibanRecall() float64   { return ratio(f.TalibanReview, f.TalibanPositives) }
func (f figures) WrongPer1000() float64    { return 1000 * ratio(f.WrongAuto, f.Records) }
func (f figures) QueueRatio() float64      { return ratio(f.Queue, f.TruePairs) }
func (f figures) OwnPrecision() float64    { return ratio(f.OwnAutoTP, f.OwnAutoTP+f.OwnAutoFP) }
func (f figures) OwnRecall() float64       { return ratio(f.OwnAutoTP, f.OwnPositives) }
func (f figures) OwnReviewRecall() float64 { return ratio(f.OwnReviewTP, f.OwnPositives) }

// listed are the pairs the report names: what a reader checks the figures against.
type listed struct {
	missed     []scoredPair // labelled same-person pairs below review
	reviewOnly []scoredPair // labelled same-person pairs at review, not linked
	wrongAuto  []scoredPair // links, labelled or not, between two UN entries
	wrongQueue []scoredPair // labelled different-person pairs proposed for review
}

type scoredPair struct {
	a, b     *record
	score    float64
	labelled string // the pair id, or "" for a pair the file does not label
	kind     string
}

// measure computes a matcher's figures on the UN set and the project's own pairs.
func measure(s *unSet, own []ownPair, sys *system) (figures, listed) {
	var f figures
	var l listed
	at := func(a, b string) float64 { return sys.bundle[pair(a, b)] }
	links := func(a, b string) bool {
		if sys.linked != nil {
			return sys.linked[pair(a, b)]
		}
		return at(a, b) >= sys.auto
	}
	for _, p := range s.pairs {
		score := at(p.a, p.b)
		sp := scoredPair{a: s.byID[p.a], b: s.byID[p.b], score: score, labelled: p.id, kind: p.kind}
		auto, review := links(p.a, p.b), score >= sys.review
		onepart := slices.Contains([]string{"neg-onepart-xs", "neg-onepart-la", "neg-onepart-ar"}, p.kind)
		switch {
		case p.same:
			f.Positives++
			taliban := sp.a.list == "Taliban"
			if taliban {
				f.TalibanPositives++
			}
			if auto {
				f.AutoTP++
				if taliban {
					f.TalibanAuto++
				}
			}
			if review {
				f.ReviewTP++
				if taliban {
					f.TalibanReview++
				}
			}
			switch {
			case !review:
				l.missed = append(l.missed, sp)
			case !auto:
				l.reviewOnly = append(l.reviewOnly, sp)
			}
		default:
			f.Negatives++
			if onepart {
				f.Siblings++
			}
			if auto {
				f.AutoFP++
				if onepart {
					f.SiblingsAuto++
				}
			}
			if review {
				f.ReviewFP++
				l.wrongQueue = append(l.wrongQueue, sp)
				if onepart {
					f.SiblingsReview++
				}
			}
		}
	}
	labelled := map[[2]string]unPair{}
	for _, p := range s.pairs {
		labelled[pair(p.a, p.b)] = p
	}
	f.Records = len(s.records)
	for i, x := range s.records {
		for _, y := range s.records[i+1:] {
			same := x.person == y.person
			if same {
				f.TruePairs++
			}
			score := at(x.id, y.id)
			switch {
			case links(x.id, y.id):
				f.AutoLinks++
				if !same {
					f.WrongAuto++
					p := labelled[pair(x.id, y.id)]
					l.wrongAuto = append(l.wrongAuto, scoredPair{a: x, b: y, score: score, labelled: p.id, kind: p.kind})
				} else {
					f.Found++
				}
			case score >= sys.review:
				f.Queue++
				if same {
					f.Found++
				}
			}
		}
	}
	for i, p := range own {
		score := 0.0
		if i < len(sys.own) {
			score = sys.own[i]
		}
		linked := score >= sys.auto
		if sys.ownLinked != nil {
			linked = i < len(sys.ownLinked) && sys.ownLinked[i]
		}
		if p.same {
			f.OwnPositives++
			if linked {
				f.OwnAutoTP++
			}
			if score >= sys.review {
				f.OwnReviewTP++
			}
		} else {
			f.OwnNegatives++
			if linked {
				f.OwnAutoFP++
			}
		}
	}
	if c := sys.search; c != nil {
		f.Search = &searchFigures{First: c.first, LatinFinds50: c.latinFinds50, ArabicFinds50: c.arabicFinds50,
			All: c.all, LatinFinds: c.latinFinds, ArabicFinds: c.arabicFinds}
	}
	byScore := func(x, y scoredPair) int {
		return cmp.Or(cmp.Compare(y.score, x.score), cmp.Compare(x.a.id, y.a.id), cmp.Compare(x.b.id, y.b.id))
	}
	for _, ps := range [][]scoredPair{l.missed, l.reviewOnly, l.wrongAuto, l.wrongQueue} {
		slices.SortFunc(ps, byScore)
	}
	return f, l
}
