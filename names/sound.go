package names

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// class is a consonant class: the letters that romanisations of Arabic write for one
// Arabic consonant or for consonants they confuse. Emphatic and plain consonants share a
// class (ص and س are both "s" in every common romanisation); consonants that one region
// writes one way and another region another way keep separate classes that the cost
// table in distance.go puts close together (ق is "q", "k" or Gulf "g").
type class uint8

const (
	vowel class = iota // not a consonant: see sound.q and sound.long
	cB                 // ب, b, p
	cF                 // ف, f, ph, v
	cT                 // ت ط, t
	cTH                // ث, th
	cD                 // د ض, d
	cDH                // ذ ظ, dh
	cZ                 // ز, z
	cS                 // س ص, s, c before e/i
	cSH                // ش, sh, ch (French), sch
	cK                 // ك, k, c, ck
	cQ                 // ق, q
	cG                 // g: Egyptian ج, Gulf and Iraqi ق, sometimes غ
	cKH                // خ, kh, x
	cGH                // غ, gh
	cJ                 // ج, j, dj
	cH                 // ح ه, h
	cE                 // ع and hamza: ', ʿ, often not written at all
	cL
	cM
	cN
	cR
	cW // و; in Arabic script also the long vowel ū
	cY // ي; in Arabic script also the long vowel ī
)

// sound is one unit of a word's pronunciation as its spelling shows it.
type sound struct {
	c class
	// q is the quality of a vowel: 'a', 'i', 'u'; Latin 'e' (fatha or kasra), 'o' (damma,
	// sometimes fatha); 'v' for the vowel an initial Arabic alef carries, which may be any.
	q byte
	// long marks a vowel written long: any Arabic alef, Latin aa, ee, oo, ou, ei.
	long bool
	// semi marks Arabic و and ي, which are a consonant (w, y), a long vowel (ū, ī) or both
	// (Dāwūd written داود); the alignment tries each reading.
	semi bool
	// split is the second consonant of a Latin digraph that may also be two letters:
	// "dh" in Adham is d+h, "sh" in Ishaq is s+h.
	split class
	// gem marks a Latin doubled consonant (shadda), which Arabic script does not show.
	gem bool
	// final marks the last consonant of a word when it is h: a Latin final h after a
	// vowel (Fatimah) and an Arabic final ه (فاطمه for فاطمة) are often not pronounced.
	final bool
	// stressed marks a Latin vowel of the word's last syllable. A long vowel written there
	// (Mahmoud, Majdi) is almost always an Arabic long vowel, while French ou in a first
	// syllable is often a short u (Moustafa, مصطفى; Mounir, منير).
	stressed bool
	// initial marks a Latin word-initial vowel, which stands for an Arabic consonant (ع or
	// hamza): dropping it changes the name (Omar, Ammar).
	initial bool
	// seat marks an initial Arabic alef before و or ي: the alef only carries the hamza
	// of a long vowel that romanisations write as one letter (Ihab, Ehab for إيهاب).
	seat bool
	// alt is a second reading of an Arabic consonant, as a region says it: ض is d in Arabic
	// and z in Dari, Pashto and Urdu (Zia, ضیا; Fazl, فضل), ث th or s (Osman, Saqib), ظ and
	// ذ dh or z, ک k or, unstroked for گ, g (Gul, کل). The alignment takes whichever reading
	// costs less, at altCost for the second (see distance.go), or altCostK for ک as g, which
	// must not make Kamal (كمال) of Jamal by way of Egyptian g.
	alt class
	// yehA marks a final Arabic ي, ی or ى: read as ī (Ali, Haqqani; Persian ی, Egyptian ى
	// for ي) or as ā (Isa, عیسی; Mustafa, مصطفى), whichever a writer meant.
	yehA bool
	// yehE marks Persian ی and Pashto ې, which also write the long ē that Dari and Pashto
	// keep (Sher, شیر; Khel, خیل). An Arabic ي read as e is another name (Samer, Sameer).
	yehE bool
}

func (s sound) isVowel() bool { return s.c == vowel }

// spelling is a word as a sequence of sounds, with the script it was written in.
type spelling struct {
	sounds []sound
	arabic bool
}

// isArabicLetter reports whether r is a letter of the Arabic script, including the
// presentation forms that PDFs and OCR produce.
func isArabicLetter(r rune) bool {
	return unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r)
}

// hasArabic reports whether s holds an Arabic letter.
func hasArabic(s string) bool {
	for _, r := range s {
		if isArabicLetter(r) {
			return true
		}
	}
	return false
}

// spell turns one word, in either script, into its sounds.
func spell(word string) spelling {
	if hasArabic(word) {
		return spelling{sounds: arabicSounds(word), arabic: true}
	}
	return spelling{sounds: latinSounds(word)}
}

// arabicConsonants maps Arabic letters (after NFKC) to their class and, where Arabic as
// written in the Levant, Iraq and the Maghreb or in Dari, Pashto and Urdu reads a letter
// another way, its second class (sound.alt). و ي ا ى ة and the hamza forms are handled in
// arabicSounds. Persian, Pashto and Urdu letters are read as their romanisations write
// them (Pashto ځ dz as Z or J: Zadran, Jadran; ښ as sh or kh; ږ as zh or g).
var arabicConsonants = map[rune][2]class{
	'ب': {cB}, 'پ': {cB},
	'ف': {cF}, 'ڤ': {cF},
	'ت': {cT}, 'ط': {cT}, 'ټ': {cT}, 'ٹ': {cT},
	'ث': {cTH, cS},
	'د': {cD}, 'ډ': {cD}, 'ڈ': {cD},
	'ض': {cD, cZ},
	'ذ': {cDH, cZ}, 'ظ': {cDH, cZ},
	'ز': {cZ}, 'ژ': {cZ},
	'ځ': {cZ, cJ}, 'ږ': {cZ, cG},
	'س': {cS}, 'ص': {cS}, 'څ': {cS},
	'ش': {cSH}, 'چ': {cSH}, 'ښ': {cSH, cKH},
	'ك': {cK, cG}, 'ک': {cK, cG},
	'ق': {cQ},
	'گ': {cG},
	'خ': {cKH},
	'غ': {cGH},
	'ج': {cJ},
	'ح': {cH}, 'ه': {cH}, 'ھ': {cH}, 'ہ': {cH},
	'ع': {cE}, 'ء': {cE}, 'ئ': {cE}, 'ؤ': {cE},
	'ل': {cL}, 'م': {cM}, 'ن': {cN}, 'ڼ': {cN}, 'ں': {cN}, 'ر': {cR}, 'ړ': {cR}, 'ڑ': {cR},
}

// arabicSounds reads an Arabic-script word. Short vowels are not written, so the result
// holds consonants and long vowels only; harakat, if present, are ignored so that a
// vocalised and a bare spelling read alike.
func arabicSounds(word string) []sound {
	var rs []rune
	for _, r := range norm.NFKC.String(word) {
		if r == tatweel || unicode.In(r, unicode.Mn, unicode.Cf) {
			continue
		}
		if isArabicLetter(r) {
			rs = append(rs, r)
		}
	}
	out := make([]sound, 0, len(rs))
	for i, r := range rs {
		switch r {
		case 'ا', 'ٱ':
			if i == 0 {
				out = append(out, sound{q: 'v', seat: len(rs) > 1 && (rs[1] == 'و' || rs[1] == 'ي')})
			} else {
				out = append(out, sound{q: 'a', long: true})
			}
		case 'أ', 'إ':
			if i == 0 {
				out = append(out, sound{q: 'v', seat: len(rs) > 1 && (rs[1] == 'و' || rs[1] == 'ي')})
			} else {
				out = append(out, sound{c: cE})
			}
		case 'آ':
			out = append(out, sound{q: 'a', long: true})
		case 'ة':
			out = append(out, sound{q: 'a'})
		case 'و':
			out = append(out, sound{c: cW, q: 'u', semi: true})
		case 'ي', 'ی', 'ى', 'ې', 'ۍ', 'ے':
			// Alef maqsura ى is ā in Arabic spelling, but Egyptian, Sudanese and Afghan writers
			// put it for final ي (على for Ali, حقانى for Haqqani) and Persian writes final ی for
			// both (عیسی Isa, حکیمی Hakimi): a final yeh of any form is read either way.
			out = append(out, sound{c: cY, q: 'i', semi: true, yehA: i == len(rs)-1 && i > 0, yehE: r == 'ی' || r == 'ې'})
		default:
			if c, ok := arabicConsonants[r]; ok {
				out = append(out, sound{c: c[0], alt: c[1]})
			}
		}
	}
	markFinalH(out)
	return out
}

// markFinalH marks a word-final h (a vowel may follow it in Latin: Taha).
func markFinalH(s []sound) {
	for i := len(s) - 1; i >= 0; i-- {
		if !s[i].isVowel() {
			if s[i].c == cH {
				s[i].final = true
			}
			return
		}
	}
}

// latinDigraphs are read before single letters, longest first. split gives the second
// consonant when the two letters may also be read apart.
var latinDigraphs = []struct {
	text  string
	c     class
	split class
}{
	{"dsch", cJ, 0},
	{"sch", cSH, 0},
	{"sh", cSH, cH},
	{"ch", cSH, 0},
	{"kh", cKH, cH},
	{"gh", cGH, cH},
	{"th", cTH, cH},
	{"dh", cDH, cH},
	{"zh", cZ, cH}, // ژ, Pashto ږ
	{"dj", cJ, 0},
	{"ph", cF, 0},
	{"ck", cK, 0},
}

var latinLetters = map[rune]class{
	'b': cB, 'p': cB, 'f': cF, 'v': cF, 't': cT, 'd': cD, 'z': cZ, 's': cS, 'k': cK,
	'q': cQ, 'g': cG, 'x': cKH, 'j': cJ, 'h': cH, 'l': cL, 'm': cM, 'n': cN, 'r': cR,
	// Arabizi, the Latin chat spelling of Arabic: 3 for ع, 7 for ح, 5 for خ, ...
	'2': cE, '3': cE, '5': cKH, '6': cT, '7': cH, '8': cGH, '9': cQ,
}

// longVowels are the Latin pairs written for one long vowel or a diphthong that Arabic
// writes with a vowel letter. Other pairs (ai in Jazairi, ae in Saeed) are read as two
// vowels, which also aligns them with a diphthong.
var longVowels = map[string]byte{
	"aa": 'a', "ee": 'i', "ii": 'i', "ei": 'i', "oo": 'u', "ou": 'u', "uu": 'u',
}

func isLatinVowel(r rune) bool { return strings.ContainsRune("aeiou", r) }

// glottal reports whether r is written for ع or hamza in Latin.
func glottal(r rune) bool {
	switch r {
	case '\'', '’', '‘', '`', 'ʿ', 'ʾ', 'ʼ', 'ʻ', 'ʕ', 'ʔ':
		return true
	}
	return false
}

// latinSounds reads a romanised word: digraphs, long vowels, and y and w as consonants
// before a vowel and as vowels elsewhere (Fawzy, Husayn).
func latinSounds(word string) []sound {
	var rs []rune
	// ç is s (French and Turkish: Faycal, Fayçal for فيصل); folding would leave a c, read k.
	word = strings.NewReplacer("ç", "s", "Ç", "s").Replace(word)
	for _, r := range Fold(word) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || glottal(r) {
			rs = append(rs, r)
		}
	}
	// Collapse doubled consonants, remembering them: "mm" in Mohammed is a shadda.
	var letters []rune
	var doubled []bool
	for _, r := range rs {
		// The h after a digraph's h is a letter of its own: Mashhadani is m-a-sh-h-a-d-a-n-i (مشهداني).
		digraphH := r == 'h' && len(letters) >= 2 && strings.ContainsRune("skgtdzcp", letters[len(letters)-2])
		if n := len(letters); n > 0 && letters[n-1] == r && !isLatinVowel(r) && !digraphH {
			doubled[n-1] = true
			continue
		}
		letters = append(letters, r)
		doubled = append(doubled, false)
	}
	out := make([]sound, 0, len(letters))
	n := len(letters)
	for i := 0; i < n; {
		r := letters[i]
		switch {
		case isLatinVowel(r):
			j := i
			for j < n && isLatinVowel(letters[j]) {
				j++
			}
			for k := i; k < j; {
				if k+2 == j && j == n && string(letters[k:j]) == "ie" {
					// A final -ie is the nisba of a name in ع: Rubaie, Shafie (ربيعي, شافعي).
					out = append(out, sound{q: 'i'}, sound{q: 'i', long: true})
					break
				}
				if k+1 < j {
					if q, ok := longVowels[string(letters[k:k+2])]; ok {
						out = append(out, sound{q: q, long: true})
						k += 2
						continue
					}
				}
				out = append(out, sound{q: byte(letters[k])})
				k++
			}
			i = j
		case r == 'y' || r == 'w':
			if i+1 < n && isLatinVowel(letters[i+1]) {
				c := cY
				if r == 'w' {
					c = cW
				}
				out = append(out, sound{c: c, gem: doubled[i]})
			} else if r == 'y' {
				out = append(out, sound{q: 'i'})
			} else {
				out = append(out, sound{q: 'u'})
			}
			i++
		case glottal(r):
			out = append(out, sound{c: cE})
			i++
		default:
			if d, ok := latinDigraph(letters[i:]); ok {
				out = append(out, sound{c: d.c, split: d.split, gem: doubled[i+len(d.text)-1]})
				i += len(d.text)
				continue
			}
			c, ok := latinLetters[r]
			if r == 'c' {
				c, ok = cK, true
				if i+1 < n && strings.ContainsRune("eiy", letters[i+1]) {
					c = cS
				}
			}
			if ok {
				out = append(out, sound{c: c, gem: doubled[i]})
			}
			i++
		}
	}
	markFinalH(out)
	markLatinVowels(out)
	return out
}

// markLatinVowels marks the initial vowel, the vowels of the last syllable, and a final
// i, u or o as long: Arabic names end in a long vowel there (Majdi, مجدي; Abu, أبو), and
// the short ones that end a name are fatha and taa marbuta, written a or e.
func markLatinVowels(s []sound) {
	if len(s) > 0 && s[0].isVowel() {
		s[0].initial = true
	}
	consonants := 0
	for i := len(s) - 1; i >= 0; i-- {
		if !s[i].isVowel() && s[i].c != cE {
			consonants++
			if consonants == 2 {
				break
			}
			continue
		}
		if s[i].isVowel() {
			s[i].stressed = true
		}
	}
	if n := len(s); n > 1 && s[n-1].isVowel() && strings.IndexByte("iuo", s[n-1].q) >= 0 {
		s[n-1].long = true
		if s[n-1].q == 'o' {
			s[n-1].q = 'u'
		}
	}
}

func latinDigraph(rs []rune) (d struct {
	text  string
	c     class
	split class
}, ok bool) {
	for _, d := range latinDigraphs {
		if len(rs) >= len(d.text) && string(rs[:len(d.text)]) == d.text {
			return d, true
		}
	}
	return d, false
}
