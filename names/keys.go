package names

import (
	"slices"
	"strings"
)

// coarse maps each consonant class to the letter of its group in a skeleton key. Groups
// join the classes that romanisations interchange (every class that the cost table puts
// within MaxWordDistance of another is in its group), so that two spellings of one name
// share a key: k for k, q, g, kh, gh and j (Qasim, Gasim; Jamal, Egyptian Gamal); d for
// t, th, d, dh and z (Kadhim, Kazem, Kathem). Vowels, w, y, ع and hamza are left out.
var coarse = map[class]byte{
	cB: 'b', cF: 'f',
	cT: 'd', cTH: 'd', cD: 'd', cDH: 'd', cZ: 'd',
	cS: 's', cSH: 's',
	cK: 'k', cQ: 'k', cG: 'k', cKH: 'k', cGH: 'k', cJ: 'k',
	cH: 'h', cL: 'l', cM: 'm', cN: 'n', cR: 'r',
}

// maxKeyVariants bounds the keys one word yields.
const maxKeyVariants = 4

// Key returns the skeleton key of one word in either script: the groups of its
// consonants, without vowels. The spellings of one name share it: Key("محمد"),
// Key("Mohammed"), Key("Muhammad"), Key("Mohamad") and Key("Mohamed") are all "mhmd".
// Names that differ only in vowels share it too (Mohammed, Mahmoud): a key finds
// candidates for comparison, Distance tells them apart.
func Key(word string) string {
	ks := wordKeys(word)
	if len(ks) == 0 {
		return ""
	}
	return ks[0]
}

// wordKeys returns the keys of a word: the main reading first, then the readings of a
// Latin digraph as two letters (Adham, أدهم) and without a final h (Taha, طه; Fatimah).
func wordKeys(word string) []string { return spellOf(word).keys }

func keysOf(folded string, sp spelling) []string {
	if allahFolded(folded) {
		return []string{"allah"}
	}
	keys := []string{""}
	for _, s := range sp.sounds {
		g, ok := coarse[s.c]
		if !ok || s.semi {
			continue
		}
		next := make([]string, 0, len(keys)*2)
		for _, k := range keys {
			next = append(next, k+string(g))
		}
		// A letter's second reading in another group (ث as s, ځ as j) keys the word a second way.
		if a, ok := coarse[s.alt]; ok && a != g && len(keys) < maxKeyVariants {
			for _, k := range keys {
				next = append(next, k+string(a))
			}
		}
		if s.split != 0 && len(keys) < maxKeyVariants {
			for _, k := range keys {
				next = append(next, k+string(coarse[digraphFirst[s.c]])+string(coarse[s.split]))
			}
		}
		if s.final && len(next) < maxKeyVariants {
			next = append(next, keys...)
		}
		keys = next
	}
	out := keys[:0]
	for _, k := range keys {
		if k != "" && !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	return out
}

// Keys returns the blocking keys of an element: the keys of its word, with the prefix
// and suffix of a compound ("abd krm", "nr din") and, for a kunya, its particle
// ("abu kll"), since a kunya is not the ism of the same word.
func (e Element) Keys() []string {
	var out []string
	for _, k := range wordKeys(e.Word) {
		if e.Prefix != "" {
			k = e.Prefix + " " + k
		}
		if e.Suffix != "" {
			k += " " + e.Suffix
		}
		if e.Role == RoleKunya {
			k = e.Kin + " " + k
		}
		out = append(out, k)
	}
	return out
}

// Keys returns the blocking keys of a full name: the keys of all its elements, sorted.
// Two names that share a key are worth comparing; see Element.Keys.
func Keys(name string) []string {
	var out []string
	for _, e := range Parse(name).Elements {
		out = append(out, e.Keys()...)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// ElementDistance is Distance between the words of two elements, or a value above any
// threshold when they are different kinds of compound (Abd al-Karim and Karim, Nur and
// Nur al-Din) or one is Allah and the other not (Abdullah, Abd al-Ilah). Roles and
// particles are not compared; the caller weighs them.
func ElementDistance(a, b Element) float64 {
	const different = 9
	if a.Prefix != b.Prefix || a.Suffix != b.Suffix {
		return different
	}
	if allahWord(a.Word) || allahWord(b.Word) {
		if allahWord(a.Word) && allahWord(b.Word) {
			return 0
		}
		return different
	}
	return Distance(a.Word, b.Word)
}

// SameElement reports whether two elements are spellings of one name.
func SameElement(a, b Element) bool {
	// Every reading within MaxWordDistance keeps the consonant groups of the key, so
	// words without a key in common need no alignment.
	if a.Prefix != b.Prefix || a.Suffix != b.Suffix || !shareKey(wordKeys(a.Word), wordKeys(b.Word)) {
		return false
	}
	return ElementDistance(a, b) <= MaxWordDistance+1e-9
}

func shareKey(a, b []string) bool {
	for _, k := range a {
		if slices.Contains(b, k) {
			return true
		}
	}
	return false
}

// latinOf spells each consonant class in Translit.
var latinOf = map[class]string{
	cB: "b", cF: "f", cT: "t", cTH: "th", cD: "d", cDH: "dh", cZ: "z", cS: "s", cSH: "sh", cK: "k", cQ: "q",
	cG: "g", cKH: "kh", cGH: "gh", cJ: "j", cH: "h", cE: "'", cL: "l", cM: "m", cN: "n", cR: "r",
}

// Translit returns the Latin key of a name: each Arabic-script word spelled with the
// consonants and long vowels it writes (محمد is "mhmd", خليل "khlil", أبو خليل "abu
// khlil"), other words folded (see Fold). It is a key for comparison and display next to
// the original, not a romanisation a reader would choose: Arabic script does not write
// the short vowels a romanisation needs.
func Translit(name string) string {
	words := strings.Fields(name)
	for i, w := range words {
		if !hasArabic(w) {
			words[i] = Fold(w)
			continue
		}
		var b strings.Builder
		ss := arabicSounds(w)
		for k, s := range ss {
			switch {
			case s.semi:
				consonant := k == 0 || k+1 < len(ss) && ss[k+1].isVowel()
				switch {
				case consonant && s.c == cW:
					b.WriteString("w")
				case consonant:
					b.WriteString("y")
				default:
					b.WriteByte(s.q)
				}
			case s.isVowel():
				if s.q == 'v' {
					b.WriteByte('a')
				} else {
					b.WriteByte(s.q)
				}
			default:
				b.WriteString(latinOf[s.c])
			}
		}
		words[i] = b.String()
	}
	return strings.Join(words, " ")
}
