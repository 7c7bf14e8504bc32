package main

import (
	"fmt"
	"strings"
)

type peerFigures struct {
	sys *system
	f   figures
}

// report is what docs/names.md says.
type report struct {
	set          *unSet
	ours         *system
	now          figures
	lists        listed
	base         *baseline
	peers        []peerFigures
	peerVersions string
}

// row is one line of the figures table: its label, its target, and how to read it from figures.
type row struct {
	label, target string
	value         func(f figures) string
}

func num(f float64) string { return fmt.Sprintf("%.3f", f) }

func rows() []row {
	return []row{
		{"**UN labelled pairs** (scored in the bundle)", "", func(f figures) string {
			return fmt.Sprintf("%d same, %d different", f.Positives, f.Negatives)
		}},
		{"auto-link precision", "≥ 0.99", func(f figures) string {
			return fmt.Sprintf("%s (%d/%d)", num(f.AutoPrecision()), f.AutoTP, f.AutoTP+f.AutoFP)
		}},
		{"auto-link recall", "", func(f figures) string { return fmt.Sprintf("%s (%d)", num(f.AutoRecall()), f.AutoTP) }},
		{"review recall (auto or review)", "≥ 0.90", func(f figures) string {
			return fmt.Sprintf("%s (%d)", num(f.ReviewRecall()), f.ReviewTP)
		}},
		{"review recall, Taliban list", "≥ 0.85", func(f figures) string {
			return fmt.Sprintf("%s (%d/%d)", num(f.TalibanRecall()), f.TalibanReview, f.TalibanPositives)
		}},
		{"review precision", "", func(f figures) string {
			return fmt.Sprintf("%s (%d wrong)", num(f.ReviewPrecision()), f.ReviewFP)
		}},
		{"siblings (one part differs) linked / proposed", "0 / 0", func(f figures) string {
			return fmt.Sprintf("%d / %d of %d", f.SiblingsAuto, f.SiblingsReview, f.Siblings)
		}},
		{"**Every pair of the bundle**", "", func(f figures) string {
			return fmt.Sprintf("%d names, %d true pairs", f.Records, f.TruePairs)
		}},
		{"automatic links, wrong", "", func(f figures) string { return fmt.Sprintf("%d, %d wrong", f.AutoLinks, f.WrongAuto) }},
		{"wrong automatic links per 1,000 names", "≤ 1", func(f figures) string { return fmt.Sprintf("%.1f", f.WrongPer1000()) }},
		{"review queue (below auto) / true pairs", "≤ 1.5", func(f figures) string {
			return fmt.Sprintf("%.2f (%d)", f.QueueRatio(), f.Queue)
		}},
		{"true pairs found (auto or review)", "", func(f figures) string {
			return fmt.Sprintf("%d of %d", f.Found, f.TruePairs)
		}},
		{"**Project's own pairs** (resolve/testdata)", "", func(f figures) string {
			return fmt.Sprintf("%d same, %d different", f.OwnPositives, f.OwnNegatives)
		}},
		{"auto-link precision", "", func(f figures) string {
			return fmt.Sprintf("%s (%d/%d)", num(f.OwnPrecision()), f.OwnAutoTP, f.OwnAutoTP+f.OwnAutoFP)
		}},
		{"auto-link recall", "", func(f figures) string { return num(f.OwnRecall()) }},
		{"review recall", "", func(f figures) string { return num(f.OwnReviewRecall()) }},
		{"**Search** (answer in the first ten)", "", func(f figures) string { return "" }},
		{"first 50 people: Latin finds Arabic / back", "≥ 45 / 45", func(f figures) string {
			if f.Search == nil {
				return "—"
			}
			return fmt.Sprintf("%d / %d", f.Search.LatinFinds50, f.Search.ArabicFinds50)
		}},
		{"all people: Latin finds Arabic / back", "", func(f figures) string {
			if f.Search == nil {
				return "—"
			}
			return fmt.Sprintf("%d / %d of %d", f.Search.LatinFinds, f.Search.ArabicFinds, f.Search.All)
		}},
	}
}

func (r *report) markdown() string {
	var b strings.Builder
	w := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	w("# Names: how well resolution and search hold on real lists\n\n")
	w("Written by `make eval-names` (`cmd/evalnames`); do not edit by hand. The names are the development half of the\n")
	w("UN Security Council Consolidated List's labelled pairs, `%s` (see SOURCE.md beside it): %d records, one\n", r.set.path, len(r.set.records))
	w("suspect per name (the Arabic-script record and the UN's romanisation in a drugs and a weapons case, alternating\n")
	w("by person, a second romanisation in a money-laundering case), names only: no phone, account or birth date.\n\n")
	w("- **Labelled pairs**: each pair's score from one resolution run over the whole bundle (a pair that blocking\n")
	w("  never compares scores 0). Ringleader links at %.2f and proposes for review from %.2f (its defaults);\n", r.ours.auto, r.ours.review)
	w("  nomenklatura's scores are read with yente's thresholds, a match from %.2f and nothing below %.2f.\n", peerAuto, peerReview)
	w("- **Every pair of the bundle**: all %d pairs of records, each judged by its UN entry whether labelled or not.\n",
		len(r.set.records)*(len(r.set.records)-1)/2)
	w("  The review queue is the pairs proposed for review and not linked.\n")
	w("- **Project's own pairs**: `resolve/testdata/name_pairs.csv`, each pair alone with its birth dates.\n")
	w("- **Search**: `insights.Engine.Search` over the bundle in a SQLite store; a person's Latin name must find the\n")
	w("  Arabic-script record among the first ten answers, and the Arabic name the Latin record.\n")
	if r.peerVersions != "" {
		w("- **nomenklatura** (%s): `logic-v2`, the matcher yente screens with, and `name-based`, plain name\n", r.peerVersions)
		w("  similarity, with their default configuration (`scripts/eval-names-nomenklatura.py`).\n")
	}
	w("\n## Figures\n\n")
	head := []string{"", "target"}
	if r.base != nil {
		head = append(head, "Ringleader before")
	}
	head = append(head, "Ringleader now")
	for _, p := range r.peers {
		head = append(head, p.sys.name)
	}
	w("| %s |\n|%s\n", strings.Join(head, " | "), strings.Repeat("---|", len(head)))
	for _, rw := range rows() {
		cells := []string{rw.label, rw.target}
		if r.base != nil {
			cells = append(cells, rw.value(r.base.Figures))
		}
		cells = append(cells, rw.value(r.now))
		for _, p := range r.peers {
			cells = append(cells, rw.value(p.f))
		}
		w("| %s |\n", strings.Join(cells, " | "))
	}
	if r.base != nil && r.base.Note != "" {
		w("\n\"Before\" is %s.\n", r.base.Note)
	}
	list := func(title, empty string, ps []scoredPair) {
		w("\n## %s (%d)\n\n", title, len(ps))
		if len(ps) == 0 {
			w("%s\n", empty)
			return
		}
		w("| score | pair | record | name | record | name |\n|---|---|---|---|---|---|\n")
		for _, p := range ps {
			id := p.labelled
			if id == "" {
				id = "unlabelled"
			} else {
				id += " " + p.kind
			}
			w("| %.3f | %s | %s %s | %s | %s %s | %s |\n", p.score, id, p.a.person, p.a.role, cell(p.a.name), p.b.person,
				p.b.role, cell(p.b.name))
		}
	}
	w("\nThe lists below are Ringleader's, now. Records are named by their UN entry and role: ar the Arabic-script\n")
	w("name, la the UN's romanisation, lv another romanisation.\n")
	list("Wrong automatic links, over every pair", "None.", r.lists.wrongAuto)
	list("Labelled different people proposed for review or linked", "None.", r.lists.wrongQueue)
	list("Missed: labelled same person, below review", "None.", r.lists.missed)
	list("Proposed for review, not linked: labelled same person", "None.", r.lists.reviewOnly)
	return b.String()
}

// cell keeps a name from breaking the table.
func cell(s string) string { return strings.ReplaceAll(s, "|", "\\|") }

// summary is what the command prints: the figures the issue sets targets for.
func (r *report) summary() string {
	var b strings.Builder
	line := func(name string, f figures) {
		fmt.Fprintf(&b, "%-26s precision %.3f recall %.3f review recall %.3f (Taliban %.3f); wrong auto links %d (%.1f per 1,000 names); queue %.2f× true pairs",
			name, f.AutoPrecision(), f.AutoRecall(), f.ReviewRecall(), f.TalibanRecall(), f.WrongAuto, f.WrongPer1000(), f.QueueRatio())
		if f.Search != nil {
			fmt.Fprintf(&b, "; search %d/%d of %d", f.Search.LatinFinds50, f.Search.ArabicFinds50, f.Search.First)
		}
		b.WriteByte('\n')
	}
	if r.base != nil {
		line("Ringleader before", r.base.Figures)
	}
	line("Ringleader now", r.now)
	for _, p := range r.peers {
		line(p.sys.name, p.f)
	}
	return b.String()
}
