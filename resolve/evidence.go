package resolve

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/names"
)

// Weights of the evidence other than names (see namematch.go for the scale).
const (
	// wPrior is the log-odds that a candidate pair is one identity before any evidence:
	// about one pair in thirteen that share a name key or an identifier.
	wPrior = -2.5
	// A passport or national id number identifies one person; clerical errors and
	// forged papers keep it from being certain.
	wSameID = 8.0
	// The same number under two types (a passport number recorded as a national id).
	wSameNumber = 6.0
	// People hold several passports, so different numbers are weak evidence; a national
	// id is one per person and country.
	wOtherPassport = -1.0
	wOtherNational = -3.0
	// A phone or an account is held by one person mostly, but handed on, shared in a
	// family or a cell; a vehicle is lent more often.
	wSamePhone   = 4.0
	wSameAccount = 4.0
	wSameVehicle = 2.5
	// A birth date agrees by chance about once in 10,000 pairs of adults; registers
	// mistype it, so its weight is capped well below ln(9000).
	wSameBirth       = 4.0
	wSwappedBirth    = -0.5
	wOtherBirth      = -6.0
	wSameYear        = 1.0
	wOtherYear       = -4.0
	wSameNation      = 0.3
	wOtherNation     = -1.0
	wOtherGender     = -6.0
	wTiedToEachOther = -3.0
	wOrgNames        = 5.0
	wOrgNamesDiffer  = -3.0
	wSameCountry     = 0.3
	wOtherCountry    = -1.5
)

// record is an entity with what resolution compares.
type record struct {
	e       *ringleader.Entity
	name    nameView // name and aliases
	ids     []idNumber
	held    []string // ids of held phones, accounts and vehicles
	birth   string
	nations []string
	gender  string
	country string
	orgName [][]names.Element // significant words of the name and aliases (organisations)
}

type idNumber struct{ kind, value string }

func (n idNumber) label() string {
	switch n.kind {
	case "passport":
		return "passport " + n.value
	case "national":
		return "national id " + n.value
	}
	return n.kind + " number " + n.value
}

// idProps are properties that hold one identity number, and its kind.
var idProps = map[string]string{
	"passport": "passport", "passport_number": "passport", "passportnumber": "passport",
	"national_id": "national", "national_number": "national", "id_number": "national", "idnumber": "national",
}

func newRecord(e *ringleader.Entity) *record {
	r := &record{e: e}
	r.name = viewNames(append([]string{e.Name}, e.Aliases...))
	for k, v := range e.Props {
		k = strings.ToLower(k)
		if k == "id_numbers" {
			for _, item := range strings.Split(v, ";") {
				kind, value, ok := strings.Cut(item, ":")
				if !ok {
					kind, value = "id", item
				}
				r.addID(kind, value)
			}
		} else if kind, ok := idProps[k]; ok {
			for _, item := range strings.Split(v, ";") {
				r.addID(kind, item)
			}
		}
	}
	slices.SortFunc(r.ids, func(a, b idNumber) int { return strings.Compare(a.kind+a.value, b.kind+b.value) })
	r.birth = strings.TrimSpace(e.Prop("birth_date"))
	for _, n := range strings.Split(e.Prop("nationality"), ";") {
		if n = names.Fold(n); n != "" {
			r.nations = append(r.nations, n)
		}
	}
	r.gender = gender(e.Prop("gender") + e.Prop("sex"))
	r.country = names.Fold(e.Prop("country"))
	if e.Kind == ringleader.KindOrganisation {
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if ws := orgWords(n); len(ws) > 0 {
				r.orgName = append(r.orgName, ws)
			}
		}
	}
	return r
}

func (r *record) addID(kind, value string) {
	kind = strings.ToLower(strings.TrimSpace(kind))
	switch kind {
	case "passport", "pass", "pp", "passport_number":
		kind = "passport"
	case "national", "national_id", "nid", "id_card", "civil", "civil_id":
		kind = "national"
	}
	value = normalID(value)
	if value != "" && kind != "" {
		r.ids = append(r.ids, idNumber{kind, value})
	}
}

// normalID keeps the letters and digits of an identity number, upper case, Arabic-Indic
// digits as ASCII: "n 123-456" and "N123456" are one number.
func normalID(v string) string {
	var b strings.Builder
	for _, r := range names.Fold(v) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToUpper(r))
		}
	}
	return b.String()
}

func gender(v string) string {
	switch strings.ToLower(strings.TrimSpace(v)) {
	case "m", "male", "man", "ذكر":
		return "m"
	case "f", "female", "woman", "أنثى", "انثى":
		return "f"
	}
	return ""
}

// scorer compares records within one network.
type scorer struct {
	byID    map[string]*ringleader.Entity
	holders map[string]int         // held entity id -> number of records holding it
	ties    map[[2]string][]string // record pair -> association subtypes between them
}

// compare returns the reasons for and against a and b being one identity, the score
// they add up to, and whether the pair must wait for a person however high it scores
// (the given names differ).
func (s *scorer) compare(a, b *record) (float64, []Reason, bool) {
	var rs []Reason
	hold := false
	add := func(sign Sign, w float64, format string, args ...any) {
		rs = append(rs, Reason{Sign: sign, Text: oneLine(fmt.Sprintf(format, args...)), Weight: w})
	}
	s.compareIDs(a, b, add)
	s.compareHeld(a, b, add)
	if a.e.Kind == ringleader.KindOrganisation {
		compareOrgNames(a, b, add)
		if a.country != "" && b.country != "" {
			if a.country == b.country {
				add(For, wSameCountry, "same country %s", a.e.Prop("country"))
			} else {
				add(Against, wOtherCountry, "countries differ (%s vs %s)", a.e.Prop("country"), b.e.Prop("country"))
			}
		}
	} else {
		nm := nameEvidence(a, b)
		rs = append(rs, nm.evidence...)
		hold = nm.hold
		compareBirth(a.birth, b.birth, add)
		compareNations(a, b, add)
		if a.gender != "" && b.gender != "" && a.gender != b.gender {
			add(Contradiction, wOtherGender, "one record is a man, the other a woman")
		}
	}
	if subtypes := s.ties[pairKey(a.e.ID, b.e.ID)]; len(subtypes) > 0 {
		add(Against, wTiedToEachOther, "the records are tied to each other (%s), as two people are",
			strings.Join(subtypes, ", "))
	}
	total := wPrior
	for _, r := range rs {
		total += r.Weight
	}
	return 1 / (1 + math.Exp(-total)), rs, hold
}

func (s *scorer) compareIDs(a, b *record, add func(Sign, float64, string, ...any)) {
	shared := map[string]bool{}
	for _, x := range a.ids {
		for _, y := range b.ids {
			if x.value != y.value || shared[x.value] {
				continue
			}
			shared[x.value] = true
			if x.kind == y.kind {
				add(For, wSameID, "same %s", x.label())
			} else {
				add(For, wSameNumber, "same number %s (%s in one record, %s in the other)", x.value, x.kind, y.kind)
			}
		}
	}
	if len(shared) > 0 {
		return
	}
	for _, kind := range []string{"passport", "national"} {
		xs, ys := idsOf(a.ids, kind), idsOf(b.ids, kind)
		if len(xs) == 0 || len(ys) == 0 {
			continue
		}
		w, what := wOtherPassport, "passport numbers"
		if kind == "national" {
			w, what = wOtherNational, "national ids"
		}
		add(Against, w, "different %s (%s vs %s)", what, strings.Join(xs, ", "), strings.Join(ys, ", "))
	}
}

func idsOf(ids []idNumber, kind string) []string {
	var out []string
	for _, n := range ids {
		if n.kind == kind {
			out = append(out, n.value)
		}
	}
	return out
}

// compareHeld weighs phones, accounts and vehicles both records hold. A thing held by
// many records (an office phone) says less: its weight drops by log2 of the other
// holders.
func (s *scorer) compareHeld(a, b *record, add func(Sign, float64, string, ...any)) {
	seen := map[ringleader.Kind]int{}
	for _, id := range a.held {
		if !slices.Contains(b.held, id) {
			continue
		}
		thing := s.byID[id]
		w, what := wSameVehicle, "vehicle"
		switch thing.Kind {
		case ringleader.KindPhone:
			w, what = wSamePhone, "phone"
		case ringleader.KindAccount:
			w, what = wSameAccount, "account"
		}
		text := "same " + what + " " + thing.Name
		if n := s.holders[id]; n > 2 {
			w -= math.Log2(float64(n - 1))
			text += fmt.Sprintf(" (held by %d records)", n)
		}
		// A second shared phone adds less than the first: two phones of one cell.
		w /= float64(1 + seen[thing.Kind])
		seen[thing.Kind]++
		if w > 0 {
			add(For, w, "%s", text)
		}
	}
}

// nameEvidence compares what the records say of the person's name (see nameView).
func nameEvidence(a, b *record) nameMatch {
	if len(a.name.ism)+len(a.name.nasab)+len(a.name.family)+len(a.name.kunya) == 0 ||
		len(b.name.ism)+len(b.name.nasab)+len(b.name.family)+len(b.name.kunya) == 0 {
		return nameMatch{}
	}
	return compareNames(a.name, b.name)
}

func compareBirth(a, b string, add func(Sign, float64, string, ...any)) {
	if a == "" || b == "" {
		return
	}
	switch {
	case a == b:
		add(For, wSameBirth, "same birth date %s", a)
	case len(a) == 10 && len(b) == 10 && a[:4] == b[:4] && a[5:7] == b[8:10] && a[8:10] == b[5:7]:
		add(Note, wSwappedBirth, "birth dates differ only by day and month swapped (%s vs %s)", a, b)
	case len(a) >= 4 && len(b) >= 4 && (len(a) == 4 || len(b) == 4):
		if a[:4] == b[:4] {
			add(Note, wSameYear, "same birth year %s", a[:4])
		} else {
			add(Contradiction, wOtherYear, "birth years differ (%s vs %s)", a[:4], b[:4])
		}
	default:
		add(Contradiction, wOtherBirth, "birth dates differ (%s vs %s)", a, b)
	}
}

func compareNations(a, b *record, add func(Sign, float64, string, ...any)) {
	if len(a.nations) == 0 || len(b.nations) == 0 {
		return
	}
	for _, n := range a.nations {
		if slices.Contains(b.nations, n) {
			add(For, wSameNation, "same nationality %s", n)
			return
		}
	}
	add(Against, wOtherNation, "nationalities differ (%s vs %s)", a.e.Prop("nationality"), b.e.Prop("nationality"))
}

// orgStopWords are words of company names that do not tell companies apart.
var orgStopWords = []string{"co", "company", "ltd", "limited", "llc", "inc", "sarl", "sa", "sal", "gmbh", "plc",
	"corp", "corporation", "group", "trading", "general", "est", "establishment", "for", "and", "of", "the",
	"&", "شركة", "شركه", "مؤسسة", "مؤسسه", "للتجارة", "للتجاره", "العامة", "العامه", "مجموعة", "مجموعه", "و"}

// orgWords are the significant words of an organisation's name, articles removed.
func orgWords(name string) []names.Element {
	var out []names.Element
	for _, e := range names.Parse(name).Elements {
		if !slices.Contains(orgStopWords, names.Fold(e.Word)) && !slices.Contains(orgStopWords, names.Fold(e.Text)) {
			out = append(out, e)
		}
	}
	return out
}

// compareOrgNames weighs the share of significant words the best pair of names has in
// common, matched across scripts.
func compareOrgNames(a, b *record, add func(Sign, float64, string, ...any)) {
	best, bx, by := -1.0, 0, 0
	for i, xs := range a.orgName {
		for j, ys := range b.orgName {
			if f := wordShare(xs, ys); f > best {
				best, bx, by = f, i, j
			}
		}
	}
	if best < 0 {
		return
	}
	an, bn := orgText(a, bx), orgText(b, by)
	switch {
	case best == 1 && names.Fold(an) == names.Fold(bn):
		add(For, wOrgNames, "same name %s", an)
	case best == 1:
		add(For, wOrgNames+wVariant, "names match after transliteration: %s ~ %s", an, bn)
	case best >= 0.5:
		add(For, wOrgNames*best-1, "names share %.0f%% of their words: %s ~ %s", 100*best, an, bn)
	default:
		add(Against, wOrgNamesDiffer, "names differ: %s vs %s", an, bn)
	}
}

func orgText(r *record, i int) string {
	all := append([]string{r.e.Name}, r.e.Aliases...)
	k := 0
	for _, n := range all {
		if len(orgWords(n)) > 0 {
			if k == i {
				return n
			}
			k++
		}
	}
	return r.e.Name
}

// wordShare is the share of words matched one to one (Jaccard over matched words).
func wordShare(xs, ys []names.Element) float64 {
	used := make([]bool, len(ys))
	matched := 0
	for _, x := range xs {
		for j, y := range ys {
			if !used[j] && names.SameElement(x, y) {
				used[j] = true
				matched++
				break
			}
		}
	}
	return float64(matched) / float64(len(xs)+len(ys)-matched)
}

// oneLine collapses the white space of a reason, which may quote a name or property as
// entered, so that FormatReasons can put one reason on each line.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func pairKey(a, b string) [2]string {
	if b < a {
		a, b = b, a
	}
	return [2]string{a, b}
}
