package resolve

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"

	"github.com/ringleader/ringleader/names"
)

// Weights of name evidence, as natural-log likelihood ratios. An agreement weighs
// ln(m/u): m, the chance that two records of one person agree (about 0.9, allowing for
// romanisation and typing), over u, the chance that two different people agree, which
// is the name's frequency. Mohammed is borne by roughly one Arab man in eight (u ≈
// 0.12, ln(0.9/0.12) ≈ 2); a name outside the common list by one in a few hundred at
// most, ln(0.9·300) ≈ 5.6, which is capped at 4 for the ism and 3.5 for the others
// because rare names are also misread more often and family names cluster by region. A
// disagreement weighs ln((1-m)/(1-u)) and is stronger for the ism, which records agree
// on most.
const (
	wIsmCommon    = 2.0
	wIsm          = 4.0
	wNasabCommon  = 1.8
	wNasab        = 3.5
	wFamilyCommon = 2.0
	wFamily       = 3.5
	wKunyaCommon  = 2.0
	wKunya        = 3.0
	wVariant      = -0.2 // the same name spelled two ways: a little less sure
	wIsmDiffers   = -4.5
	// wIsmDiffersKin replaces every name weight when the given names differ and the rest of the names
	// (a father's, a grandfather's, a family name) agree: that is how brothers, sisters and cousins are named,
	// so the agreement says "same family", not "same person" (Fellegi–Sunter's independence does not hold between
	// name parts of one family). Set so that such a pair stays well below review on names alone (score 0.02 with
	// the prior) and reaches it with one more piece of evidence, a shared phone or account or the same birth date
	// (0.57); it is never linked automatically (nameMatch.hold).
	wIsmDiffersKin   = -1.2
	wNasabDiffers    = -3.0
	wFamilyDiffers   = -2.5
	wKunyaDiffers    = -1.5
	wSwapped         = -1.0
	wMissing         = -0.2
	wGenderConflicts = -6.0
	// A family name alone is shared by brothers and cousins, who appear in the same case
	// files far more often than the name's frequency in the population says.
	wFamilyOnly = -1.0
	// wShortName caps the name weight when only a given and a father's name agree and the other name goes on
	// for two parts or more (Jamal Mustafa against Jamal Mustafa Abdallah Sultan al-Tikriti): many men share a
	// given and a father's name, and what tells them apart, the grandfather and the family, is what one record
	// leaves out. With the prior it scores 0.87, below the automatic threshold: names alone propose such a pair
	// for review, and one more piece of evidence (a phone, a birth date) links it.
	wShortName = 4.4
)

// commonGiven are the most frequent given names in the Levant, Iraq and the Gulf, in
// Arabic script: every romanisation of them matches (names.SameElement). Weighing them
// less is what keeps two men named Mohammed Ahmed apart without other evidence.
var commonGiven = parseAll("محمد", "أحمد", "علي", "حسن", "حسين", "محمود", "عمر", "إبراهيم", "عبد الله", "خالد",
	"يوسف", "مصطفى", "عبد الرحمن", "صالح", "سعيد", "عبد العزيز", "حمزة", "ياسر",
	"فاطمة", "عائشة", "زينب", "مريم", "خديجة", "آمنة")

// commonFamily are frequent family names: the large tribes of Iraq, Syria and the Gulf,
// nisbas of countries and cities, trades; and (commonSurnames) the family names formed
// from the commonest given names (al-Ali, al-Hassan).
var commonFamily = parseAll("المصري", "الشامي", "العراقي", "الحلبي", "السوري", "التميمي", "الجبوري", "الدليمي",
	"العبيدي", "الشمري", "الجنابي", "الزبيدي", "العنزي", "الحربي", "العتيبي", "القحطاني", "الساعدي", "العزاوي",
	"الهاشمي", "الحسيني", "الأنصاري", "الخطيب", "النجار", "الحداد", "السيد", "الكردي")

// commonSurnames are the family names and given names used as family names (al-Ali).
var commonSurnames = append(append([]names.Element(nil), commonFamily...), commonGiven...)

func parseAll(ns ...string) []names.Element {
	out := make([]names.Element, len(ns))
	for i, n := range ns {
		out[i] = names.Parse(n).Elements[0]
	}
	return out
}

func isCommon(e names.Element, list []names.Element) bool {
	for _, c := range list {
		if names.SameElement(e, c) {
			return true
		}
	}
	return false
}

// elem is an element of a name with what comparisons need of it, computed once.
type elem struct {
	names.Element
	commonGiven, commonSurname bool
	// alias marks an element read from an alias rather than the record's name.
	alias bool
}

func newElem(e names.Element, alias bool) elem {
	return elem{Element: e, commonGiven: isCommon(e, commonGiven), commonSurname: isCommon(e, commonSurnames), alias: alias}
}

// slot is one part of a person's name (the ism, the father's name, ...) in each of the
// spellings the record's name and aliases give it, the name's own first.
type slot []elem

func (s slot) hasArabic() bool {
	for _, e := range s {
		if isArabicText(e.Word) {
			return true
		}
	}
	return false
}

// nameView is what a record says of a person's name, part by part. A record's aliases
// all describe one person, so they are read together: the ism of a full-name alias
// completes a record whose name is a kunya, and a second romanisation is one more
// spelling of each part.
type nameView struct {
	text   string
	gender string
	ism    slot
	nasab  []slot
	family slot // family names and epithets of all spellings, any of which may match
	kunya  slot
}

func viewNames(texts []string) nameView {
	var v nameView
	for i, text := range texts {
		p := names.Parse(text)
		if len(p.Elements) == 0 {
			continue
		}
		if v.text == "" {
			v.text = strings.Join(strings.Fields(text), " ")
		}
		if v.gender == "" {
			v.gender = p.Gender
		}
		k := 0
		for _, e := range p.Elements {
			x := newElem(e, i > 0)
			switch e.Role {
			case names.RoleIsm:
				v.ism = append(v.ism, x)
			case names.RoleNasab:
				if k == len(v.nasab) {
					v.nasab = append(v.nasab, nil)
				}
				v.nasab[k] = append(v.nasab[k], x)
				k++
			case names.RoleKunya:
				v.kunya = append(v.kunya, x)
			default:
				v.family = append(v.family, x)
			}
		}
	}
	return v
}

// best returns the closest pair of spellings of two slots that are one name. When both
// slots have a spelling in Arabic script, only those are compared: the script is what
// the romanisations were made from, and it tells apart names that a romanisation may
// blur (محمد and محمود; Mahmud could be read as either).
func best(x, y slot) (ex, ey elem, d float64, ok bool) {
	scriptOnly := x.hasArabic() && y.hasArabic()
	d = math.Inf(1)
	for _, a := range x {
		for _, b := range y {
			if scriptOnly && (!isArabicText(a.Word) || !isArabicText(b.Word)) {
				continue
			}
			if !names.SameElement(a.Element, b.Element) {
				continue
			}
			if e := names.ElementDistance(a.Element, b.Element); e < d {
				ex, ey, d, ok = a, b, e, true
			}
		}
	}
	return ex, ey, d, ok
}

// nameMatch is the outcome of comparing two names.
type nameMatch struct {
	evidence  []Reason
	weight    float64
	matched   int // parts found in both
	conflicts int
	missing   int
	pairs     [][2]elem // the spellings that matched, in name order
	// hold is set when the given names differ: a different given name is another person far more often than
	// a second given name of one, so no amount of other evidence links the pair without a person's review.
	hold bool
}

func (m *nameMatch) add(sign Sign, w float64, format string, args ...any) {
	m.evidence = append(m.evidence, Reason{Sign: sign, Text: oneLine(fmt.Sprintf(format, args...)), Weight: w})
	m.weight += w
}

// compareNames weighs the evidence that names a and b name one person. It compares the
// ism with the ism, the nasab chain position by position (father with father), family
// names as sets and kunyas with kunyas: in Arabic names order carries meaning, so that
// Ibrahim Khaled and Khaled Ibrahim are a father and his son, not one man.
func compareNames(a, b nameView) nameMatch {
	var m nameMatch
	if a.gender != "" && b.gender != "" && a.gender != b.gender {
		m.add(Contradiction, wGenderConflicts, "one name is a man's, the other a woman's (%s, %s)", a.text, b.text)
		m.conflicts++
	}
	adoptFamily(&a, &b)
	adoptFamily(&b, &a)
	var common []string
	match := func(role string, x, y slot, wCommon, wRare float64, surname bool) bool {
		ex, ey, d, ok := best(x, y)
		if !ok {
			return false
		}
		w := wRare
		if ex.commonGiven && !surname || ex.commonSurname && surname {
			w = wCommon
			common = append(common, ex.Text)
		}
		if d > 0 {
			w += wVariant
		}
		m.matched++
		m.pairs = append(m.pairs, [2]elem{ex, ey})
		m.add(For, w, "%s match: %s", role, pairText(ex, ey))
		return true
	}

	ismDiffers := -1 // the index of the reason that says so
	switch {
	case len(a.ism) > 0 && len(b.ism) > 0:
		if !match("given names", a.ism, b.ism, wIsmCommon, wIsm, false) {
			m.conflicts++
			m.hold = true
			ismDiffers = len(m.evidence)
			m.add(Contradiction, wIsmDiffers, "given names differ: %s vs %s", a.ism[0].Text, b.ism[0].Text)
			if len(a.nasab) > 0 && len(b.nasab) > 0 && sameSlot(a.ism, b.nasab[0]) && sameSlot(b.ism, a.nasab[0]) {
				m.add(Against, wSwapped, "given and father's names are swapped: a father and his son?")
			}
		}
	case len(a.ism) > 0 || len(b.ism) > 0:
		m.missing++
		m.add(Note, wMissing, "given name %s in one record only", first(a.ism, b.ism).Text)
	}

	for k := 0; k < max(len(a.nasab), len(b.nasab)); k++ {
		role := ancestor(k)
		if k >= len(a.nasab) || k >= len(b.nasab) {
			m.missing++
			m.add(Note, wMissing, "%s %s in one record only", role, first(slotAt(a.nasab, k), slotAt(b.nasab, k)).Text)
			continue
		}
		if !match(role+"s", a.nasab[k], b.nasab[k], wNasabCommon, wNasab, false) {
			m.conflicts++
			m.add(Against, wNasabDiffers, "%ss differ: %s vs %s", role, a.nasab[k][0].Text, b.nasab[k][0].Text)
			break // the line of descent has parted; deeper names say nothing more
		}
	}

	familyMatched := false
	switch {
	case len(a.family) > 0 && len(b.family) > 0:
		familyMatched = match("family names", a.family, b.family, wFamilyCommon, wFamily, true)
		if !familyMatched {
			m.conflicts++
			m.add(Against, wFamilyDiffers, "family names differ: %s vs %s", a.family[0].Text, b.family[0].Text)
		}
	case len(a.family) > 0 || len(b.family) > 0:
		m.missing++
		m.add(Note, wMissing, "family name %s in one record only", first(a.family, b.family).Text)
	}

	otherMatched := m.matched
	if len(a.kunya) > 0 && len(b.kunya) > 0 && a.kunya[0].Kin == b.kunya[0].Kin {
		// Kunyas of different particles (Umm Ahmed, Abu Ahmed) are a gender conflict.
		if !match("kunyas", a.kunya, b.kunya, wKunyaCommon, wKunya, false) {
			m.conflicts++
			m.add(Against, wKunyaDiffers, "kunyas differ: %s vs %s", a.kunya[0].Text, b.kunya[0].Text)
		}
	}
	kunyaOnly := m.matched > 0 && otherMatched == 0
	if kunyaOnly && (len(a.ism) > 0 || len(b.ism) > 0 || len(a.family)+len(b.family) > 0) {
		m.add(Note, 0, "only the kunya %s matches", m.pairs[0][0].Text)
	}
	if familyMatched && m.matched == 1 && m.conflicts == 0 {
		m.add(Note, wFamilyOnly, "only the family name matches, which relatives share")
	}
	if len(common) > 0 && len(common) == m.matched {
		m.add(Note, 0, "common names: %s", strings.Join(common, ", "))
	}
	switch {
	case ismDiffers >= 0 && m.matched > 0:
		m.kin(ismDiffers)
	case m.matched <= 2 && !familyMatched && m.missing >= 2 && m.conflicts == 0 && m.weight > wShortName:
		m.add(Note, wShortName-m.weight, "only %d parts of the names agree and one name says more: many men share them", m.matched)
	}
	m.summarise(kunyaOnly)
	return m
}

// kin reweighs a match whose given names differ (reason i says so) while other parts agree: the parts that
// agree become notes of what the family shares, and the names weigh wIsmDiffersKin in all.
func (m *nameMatch) kin(i int) {
	m.weight = 0
	for k := range m.evidence {
		r := &m.evidence[k]
		switch {
		case k == i:
			r.Weight = wIsmDiffersKin
			r.Text += ", while the rest of the name agrees, as brothers', sisters' and cousins' names do"
		case r.Sign == For:
			r.Sign, r.Weight = Note, 0
			r.Text += " (shared by a family)"
		default:
			m.weight += r.Weight
			continue
		}
		m.weight += r.Weight
	}
}

// summarise replaces the part-by-part reasons of a complete match (every part of each
// name found in the other) with one reason naming both spellings and the keys that
// joined them, which is what a reviewer wants to read.
func (m *nameMatch) summarise(kunyaOnly bool) {
	if m.conflicts > 0 || m.missing > 0 || m.matched == 0 {
		return
	}
	var kept []Reason
	for _, r := range m.evidence {
		if r.Sign == Note {
			kept = append(kept, r)
		}
	}
	var xs, ys, keys []string
	arabic, variant, alias := false, false, false
	for _, p := range m.pairs {
		xs, ys = append(xs, p[0].Text), append(ys, p[1].Text)
		arabic = arabic || isArabicText(p[0].Text) != isArabicText(p[1].Text)
		variant = variant || names.Fold(p[0].Text) != names.Fold(p[1].Text)
		alias = alias || p[0].alias || p[1].alias
		for _, k := range p[0].Keys() {
			if slices.Contains(p[1].Keys(), k) && !slices.Contains(keys, k) {
				keys = append(keys, k)
			}
		}
	}
	x, y := strings.Join(xs, " "), strings.Join(ys, " ")
	var text string
	switch {
	case arabic:
		text = "names match after transliteration: " + x + " ~ " + y
	case variant:
		text = "names match as spelling variants: " + x + " ~ " + y
	default:
		text = "same name: " + x
	}
	if len(keys) > 0 {
		text += " (name keys " + strings.Join(keys, ", ") + ")"
	}
	if alias {
		text += ", aliases counted"
	}
	m.evidence = append([]Reason{{Sign: For, Text: text, Weight: m.weight}}, kept...)
	if kunyaOnly {
		m.evidence = append(m.evidence, Reason{Sign: Note, Text: "the name is only a kunya, a nom de guerre that many men share"})
	}
}

// adoptFamily reads the last nasab of a as a family name when b has a family name and a
// has none but writes that name without the article: Samer Nabil Haddad, سامر نبيل
// الحداد.
func adoptFamily(a, b *nameView) {
	if len(a.family) > 0 || len(b.family) == 0 || len(a.nasab) == 0 {
		return
	}
	last := a.nasab[len(a.nasab)-1]
	if _, _, _, ok := best(last, b.family); ok {
		a.nasab = a.nasab[:len(a.nasab)-1]
		a.family = last
	}
}

func sameSlot(x, y slot) bool {
	_, _, _, ok := best(x, y)
	return ok
}

func slotAt(s []slot, k int) slot {
	if k < len(s) {
		return s[k]
	}
	return nil
}

func first(a, b slot) elem {
	if len(a) > 0 {
		return a[0]
	}
	return b[0]
}

func ancestor(k int) string {
	switch k {
	case 0:
		return "father's name"
	case 1:
		return "grandfather's name"
	}
	return "ancestor's name"
}

func pairText(x, y elem) string {
	if x.Text == y.Text {
		return x.Text
	}
	return x.Text + " ~ " + y.Text
}

// isArabicText reports whether s holds a letter of the Arabic script, presentation forms included (ﻤﺣﻤﺩ, as
// PDFs and OCR give it): a name in them is written in the script, not romanised.
func isArabicText(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r) {
			return true
		}
	}
	return false
}
