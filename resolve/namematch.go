package resolve

import (
	"fmt"
	"strings"

	"github.com/ringleader/ringleader/names"
)

// Weights of name evidence, as natural-log likelihood ratios. An agreement weighs
// ln(m/u): m, the chance that two records of one person agree (about 0.9, allowing for
// romanisation and typing), over u, the chance that two different people agree, which
// is the name's frequency. Mohammed is borne by roughly one Arab man in eight (u ≈
// 0.12, ln(0.9/0.12) ≈ 2); a name outside the common list by one in a few hundred at
// most (ln ≥ 3.5, capped there since rare names are also misread more often). A
// disagreement weighs ln((1-m)/(1-u)) and is stronger for the ism, which records agree
// on most.
const (
	wIsmCommon       = 2.0
	wIsm             = 3.5
	wNasabCommon     = 1.8
	wNasab           = 3.0
	wFamilyCommon    = 2.0
	wFamily          = 3.5
	wKunyaCommon     = 2.0
	wKunya           = 3.0
	wVariant         = -0.2 // the same name spelled two ways: a little less sure
	wIsmDiffers      = -4.5
	wNasabDiffers    = -3.0
	wFamilyDiffers   = -2.5
	wKunyaDiffers    = -1.5
	wSwapped         = -1.0
	wMissing         = -0.2
	wGenderConflicts = -6.0
)

// commonGiven are the most frequent given names in the Levant, Iraq and the Gulf, one
// spelling each: every spelling of them matches (names.SameElement). Weighing them less
// is what keeps two men named Mohammed Ahmed apart without other evidence.
var commonGiven = parseAll("Mohammed", "Ahmed", "Ali", "Hassan", "Hussein", "Mahmoud", "Omar", "Ibrahim",
	"Abdullah", "Khaled", "Youssef", "Mustafa", "Abdul Rahman", "Saleh", "Said", "Abdul Aziz", "Hamza", "Yasser",
	"Fatima", "Aisha", "Zainab", "Maryam", "Khadija", "Amina")

// commonFamily are frequent family names: the large tribes of Iraq, Syria and the Gulf,
// nisbas of countries and cities, trades, and the family names formed from the commonest
// given names (al-Ali, al-Hassan).
var commonFamily = parseAll("Masri", "Shami", "Iraqi", "Halabi", "Souri", "Tamimi", "Jubouri", "Dulaimi",
	"Obaidi", "Shammari", "Janabi", "Zubaidi", "Anizi", "Harbi", "Otaibi", "Qahtani", "Saadi", "Azzawi",
	"Hashimi", "Husseini", "Ansari", "Khatib", "Najjar", "Haddad", "Sayyid", "Kurdi")

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

// nameView is a name's elements sorted by what they compare with.
type nameView struct {
	text   string
	gender string
	ism    *names.Element
	nasab  []names.Element
	family []names.Element
	kunya  []names.Element
}

func viewName(text string) nameView {
	p := names.Parse(text)
	v := nameView{text: strings.Join(strings.Fields(text), " "), gender: p.Gender}
	for i := range p.Elements {
		e := p.Elements[i]
		switch e.Role {
		case names.RoleIsm:
			v.ism = &e
		case names.RoleNasab:
			v.nasab = append(v.nasab, e)
		case names.RoleKunya:
			v.kunya = append(v.kunya, e)
		default:
			v.family = append(v.family, e)
		}
	}
	return v
}

// nameMatch is the outcome of comparing two names.
type nameMatch struct {
	evidence  []Reason
	weight    float64
	matched   int // elements found in both
	conflicts int
	missing   int
	kunyaOnly bool // the only elements matched are kunyas
}

func (m *nameMatch) add(sign Sign, w float64, format string, args ...any) {
	m.evidence = append(m.evidence, Reason{Sign: sign, Text: fmt.Sprintf(format, args...), Weight: w})
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
	matchElem := func(role string, x, y names.Element, wCommon, wRare float64, list []names.Element) bool {
		d := names.ElementDistance(x, y)
		if d > names.MaxWordDistance+1e-9 {
			return false
		}
		w := wRare
		if isCommon(x, list) {
			w = wCommon
			common = append(common, x.Text)
		}
		if d > 0 || names.Translit(x.Text) != names.Translit(y.Text) {
			w += wVariant
		}
		m.matched++
		m.add(For, w, "%s match: %s", role, pairText(x, y))
		return true
	}

	switch {
	case a.ism != nil && b.ism != nil:
		if !matchElem("given names", *a.ism, *b.ism, wIsmCommon, wIsm, commonGiven) {
			m.conflicts++
			m.add(Contradiction, wIsmDiffers, "given names differ: %s vs %s", a.ism.Text, b.ism.Text)
			if len(a.nasab) > 0 && len(b.nasab) > 0 && names.SameElement(*a.ism, b.nasab[0]) &&
				names.SameElement(*b.ism, a.nasab[0]) {
				m.add(Against, wSwapped, "given and father's names are swapped: a father and his son?")
			}
		}
	case a.ism != nil || b.ism != nil:
		m.missing++
		m.add(Note, wMissing, "given name %s in one record only", either(a.ism, b.ism).Text)
	}

	for k := 0; k < max(len(a.nasab), len(b.nasab)); k++ {
		role := ancestor(k)
		if k >= len(a.nasab) || k >= len(b.nasab) {
			m.missing++
			e := a.nasab
			if k >= len(a.nasab) {
				e = b.nasab
			}
			m.add(Note, wMissing, "%s %s in one record only", role, e[k].Text)
			continue
		}
		if !matchElem(role+"s", a.nasab[k], b.nasab[k], wNasabCommon, wNasab, commonGiven) {
			m.conflicts++
			m.add(Against, wNasabDiffers, "%ss differ: %s vs %s", role, a.nasab[k].Text, b.nasab[k].Text)
			break // the line of descent has parted; deeper names say nothing more
		}
	}

	switch {
	case len(a.family) > 0 && len(b.family) > 0:
		found := false
		for _, x := range a.family {
			for _, y := range b.family {
				if matchElem("family names", x, y, wFamilyCommon, wFamily, commonSurnames) {
					found = true
					break
				}
			}
		}
		if !found {
			m.conflicts++
			m.add(Against, wFamilyDiffers, "family names differ: %s vs %s", texts(a.family), texts(b.family))
		}
	case len(a.family) > 0 || len(b.family) > 0:
		m.missing++
		f := a.family
		if len(f) == 0 {
			f = b.family
		}
		m.add(Note, wMissing, "family name %s in one record only", texts(f))
	}

	otherMatched := m.matched
	if len(a.kunya) > 0 && len(b.kunya) > 0 {
		x, y := a.kunya[0], b.kunya[0]
		switch {
		case x.Kin != y.Kin:
			// Already counted as a gender conflict: Umm Ahmed and Abu Ahmed are a couple.
		case matchElem("kunyas", x, y, wKunyaCommon, wKunya, commonGiven):
		default:
			m.conflicts++
			m.add(Against, wKunyaDiffers, "kunyas differ: %s vs %s", x.Text, y.Text)
		}
	}
	m.kunyaOnly = m.matched > 0 && otherMatched == 0
	if m.kunyaOnly && (a.ism != nil || b.ism != nil || len(a.family)+len(b.family) > 0) {
		m.add(Note, 0, "only the kunya %s matches", a.kunya[0].Text)
	}
	if len(common) > 0 && len(common) == m.matched {
		m.add(Note, 0, "common names: %s", strings.Join(common, ", "))
	}
	m.summarise(a, b)
	return m
}

// summarise replaces the element-by-element reasons of a complete match (every element
// of each name found in the other) with one reason naming both spellings and the key
// that joined them, which is what a reviewer wants to read.
func (m *nameMatch) summarise(a, b nameView) {
	if m.conflicts > 0 || m.missing > 0 || m.matched == 0 {
		return
	}
	var kept []Reason
	for _, r := range m.evidence {
		if r.Sign == Note {
			kept = append(kept, r)
		}
	}
	how := "same name"
	switch {
	case names.Fold(a.text) == names.Fold(b.text):
	case isArabicText(a.text) != isArabicText(b.text):
		how = "names match after transliteration"
	default:
		how = "names match as spelling variants"
	}
	text := how + ": " + a.text
	if how != "same name" {
		text += " ~ " + b.text
	}
	if key := strings.Join(names.Keys(a.text), ", "); key != "" {
		text += " (name keys " + key + ")"
	}
	m.evidence = append([]Reason{{Sign: For, Text: text, Weight: m.weight}}, kept...)
	if m.kunyaOnly {
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
	for _, f := range b.family {
		if names.SameElement(last, f) {
			a.nasab = a.nasab[:len(a.nasab)-1]
			a.family = []names.Element{last}
			return
		}
	}
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

func pairText(x, y names.Element) string {
	if x.Text == y.Text {
		return x.Text
	}
	return x.Text + " ~ " + y.Text
}

func texts(es []names.Element) string {
	s := make([]string, len(es))
	for i, e := range es {
		s[i] = e.Text
	}
	return strings.Join(s, " ")
}

func either(a, b *names.Element) *names.Element {
	if a != nil {
		return a
	}
	return b
}

func isArabicText(s string) bool {
	for _, r := range s {
		if r >= 0x0600 && r <= 0x06FF {
			return true
		}
	}
	return false
}
