package names

import "math"

// MaxWordDistance is the largest Distance at which SameWord still reads two words as
// one name. The costs in this file are set so that the romanisation variants of one
// Arabic name stay within it (Mohammed, Muhammad, محمد: 0.1–0.2; Gasim, قاسم: 0.3) and
// names that differ in a consonant or in a long vowel do not (Khalid, Khalil: 1;
// Mohammed, Mahmoud: 1.15; Hassan, Hussein: 0.95; Samer, Sameer: 0.4; Firas, Fares:
// 0.35).
const MaxWordDistance = 0.3

// Distance returns the cost of reading word a as word b: 0 for two spellings of the
// same sounds, about 1 per differing consonant. Either word may be in Arabic script or
// romanised. It is a weighted edit distance (Levenshtein with costs) over the sounds the
// spellings show:
//   - consonants that romanisations interchange cost little (q, k and Gulf g for ق; dh,
//     z and th for ظ; kh and k; sh and French ch);
//   - short vowels, which Arabic script does not write and romanisations write each
//     their own way (Mohammed, Muhammad), cost little; a long vowel against nothing or
//     against a different vowel costs much, since it tells names apart (محمد, محمود);
//   - ع and hamza, which romanisations often drop, cost little;
//   - a Latin digraph may be read as two letters (the dh of Adham, أدهم), and Arabic و
//     and ي as a consonant, a long vowel or both (Dawood, داود).
func Distance(a, b string) float64 {
	if a == b {
		return 0
	}
	sa, sb := spellOf(a), spellOf(b)
	if sa.fold == sb.fold {
		return 0
	}
	return align(sa.sp, sb.sp)
}

// SameWord reports whether a and b are spellings of one name (Distance at most
// MaxWordDistance).
func SameWord(a, b string) bool { return Distance(a, b) <= MaxWordDistance+1e-9 }

const impossible = math.MaxFloat32

// near holds the cost of reading one consonant class as another, for the pairs that
// romanisations confuse; any other pair costs 1. Keys are ordered (lower class first).
var near = map[[2]class]float64{
	{cK, cQ}:   0.2, // Tariq, Tarek
	{cQ, cG}:   0.2, // Qasim, Gulf and Iraqi Gasim
	{cK, cG}:   0.3,
	{cG, cJ}:   0.2, // Jamal, Egyptian Gamal
	{cG, cGH}:  0.2,
	{cQ, cGH}:  0.4,
	{cK, cKH}:  0.3, // Khaled, Kaled
	{cKH, cH}:  0.4, // Khalil, Turkish Halil
	{cKH, cGH}: 0.4,
	{cT, cTH}:  0.3, // Haitham, Haitam
	{cTH, cS}:  0.4, // Othman, Osman
	{cTH, cDH}: 0.2, // Kathem, Kadhim
	{cDH, cZ}:  0.2, // Nadhim, Nazim
	{cD, cDH}:  0.2, // Ramadan, Ramadhan
	{cT, cD}:   0.4, // Ahmed, Turkish Ahmet
	{cD, cTH}:  0.4,
	{cZ, cS}:   0.5,
	{cS, cSH}:  0.5,
	{cF, cW}:   0.5, // Persian and Turkish v for و
	{cB, cF}:   0.6,
}

// altCost is the cost of reading an Arabic letter its second way (sound.alt, sound.yehA): next to nothing, as
// a region's reading is no misspelling, but enough that the first reading wins a tie.
const (
	altCost  = 0.05
	altCostK = 0.15
)

// secondReading is the cost of reading s its second way.
func secondReading(s sound) float64 {
	if s.c == cK {
		return altCostK
	}
	return altCost
}

// readCost is the cost of reading class c as sound y, a consonant, in whichever of y's readings is closer.
func readCost(c class, y sound) float64 {
	cost := consonantCost(c, y.c)
	if y.alt != 0 {
		cost = min(cost, secondReading(y)+consonantCost(c, y.alt))
	}
	return cost
}

// pairCost is the cost of reading consonant x as consonant y, each in either of its readings. Two spellings in
// Arabic script are compared letter for letter: a second reading says how a letter may be romanised, not that
// two letters are one (ث and س are two names' letters).
func (al *aligner) pairCost(x, y sound) float64 {
	if al.a.arabic && al.b.arabic {
		return consonantCost(x.c, y.c)
	}
	cost := readCost(x.c, y)
	if x.alt != 0 {
		cost = min(cost, secondReading(x)+readCost(x.alt, y))
	}
	return cost
}

func consonantCost(a, b class) float64 {
	if a == b {
		return 0
	}
	if a > b {
		a, b = b, a
	}
	if c, ok := near[[2]class{a, b}]; ok {
		return c
	}
	return 1
}

// vowelCost is the cost of reading vowel x as vowel y. initial is set for a word's first
// vowel, where Egyptian and Levantine spellings write e for an Arabic long ī (Ehab,
// إيهاب; Eman, إيمان).
func vowelCost(x, y sound, initial bool) float64 {
	long := x.long || y.long
	if x.q == 'v' || y.q == 'v' {
		if long {
			return 0.1
		}
		return 0
	}
	if x.q == y.q {
		if x.long == y.long {
			return 0
		}
		return 0.05
	}
	if x.q > y.q {
		x, y = y, x
	}
	switch string([]byte{x.q, y.q}) {
	case "ae", "ou":
		return 0.1
	case "eu", "eo":
		// Levantine and French spellings write e for most short vowels: Youssef, Yusuf.
		if !long {
			return 0.2
		}
	case "ei":
		// Saleh, Salih: e for kasra. A long ī is written i or ee, rarely e: Samer (سامر)
		// and Sameer (سمير) are two names.
		if y.long && !initial {
			return 0.4
		}
		return 0.1
	}
	if long {
		return 0.8
	}
	return 0.3
}

// aligner computes Distance between two spellings.
type aligner struct {
	a, b spelling
}

func align(a, b spelling) float64 {
	if len(a.sounds) == 0 || len(b.sounds) == 0 {
		if len(a.sounds) == 0 && len(b.sounds) == 0 {
			return 0
		}
		return impossible
	}
	al := aligner{a: a, b: b}
	return al.run()
}

func (al *aligner) run() float64 {
	a, b := al.a.sounds, al.b.sounds
	n, m := len(a), len(b)
	d := make([]float64, (n+1)*(m+1))
	at := func(i, j int) *float64 { return &d[i*(m+1)+j] }
	for i := 1; i <= n; i++ {
		*at(i, 0) = *at(i-1, 0) + al.indel(a[i-1], al.a.arabic, al.b.arabic)
	}
	for j := 1; j <= m; j++ {
		*at(0, j) = *at(0, j-1) + al.indel(b[j-1], al.b.arabic, al.a.arabic)
	}
	for i := 1; i <= n; i++ {
		for j := 1; j <= m; j++ {
			best := *at(i-1, j) + al.indel(a[i-1], al.a.arabic, al.b.arabic)
			best = min(best, *at(i, j-1)+al.indel(b[j-1], al.b.arabic, al.a.arabic))
			best = min(best, *at(i-1, j-1)+al.subst(a[i-1], b[j-1], i == 1 || j == 1))
			if j >= 2 {
				best = min(best, *at(i-1, j-2)+al.one2two(a[i-1], b[j-2], b[j-1]))
			}
			if i >= 2 {
				best = min(best, *at(i-2, j-1)+al.one2two(b[j-1], a[i-2], a[i-1]))
			}
			*at(i, j) = best
		}
	}
	return *at(n, m)
}

// one2two is the cost of reading sound x as the two sounds y1 y2: a Latin digraph as
// two consonants, or an Arabic و or ي as a consonant and its long vowel.
func (al *aligner) one2two(x, y1, y2 sound) float64 {
	switch {
	case x.split != 0 && !y1.isVowel() && !y2.isVowel():
		return readCost(digraphFirst[x.c], y1) + readCost(x.split, y2)
	case x.semi && !y1.isVowel() && y2.isVowel():
		return consonantCost(x.c, y1.c) + vowelCost(sound{q: x.q, long: true}, y2, false)
	}
	return impossible
}

// digraphFirst is the first letter's class of a digraph read as two letters.
var digraphFirst = map[class]class{cSH: cS, cKH: cK, cGH: cG, cTH: cT, cDH: cD, cZ: cZ}

func (al *aligner) subst(x, y sound, initial bool) float64 {
	switch {
	case x.semi && y.semi:
		return consonantCost(x.c, y.c)
	case x.semi:
		return semiCost(x, y, initial)
	case y.semi:
		return semiCost(y, x, initial)
	case x.isVowel() && y.isVowel():
		return vowelCost(x, y, initial)
	case x.isVowel() || y.isVowel():
		c, v := x, y
		if c.isVowel() {
			c, v = v, c
		}
		switch {
		case c.c == cE:
			// ع written as a vowel: Omar for عمر, Ali for علي.
			return 0.1
		case c.c == cH && c.final && (al.a.arabic || al.b.arabic) && (v.q == 'a' || v.q == 'e'):
			// A final ه after a consonant writes the vowel a or e in Persian and Pashto (زاده, Zada;
			// کاکا زاده, Kakazada), as taa marbuta does in Arabic (فاطمه, Fatma).
			return 0.05
		case c.c == cW && (v.q == 'u' || v.q == 'o'), c.c == cY && (v.q == 'i' || v.q == 'e'):
			// Dawud, Daoud; Sayed, Said.
			return 0.1
		}
		return impossible
	}
	cost := al.pairCost(x, y)
	if !al.a.arabic && !al.b.arabic && x.gem != y.gem {
		// A doubled letter in one romanisation and not in another is mostly spelling
		// (Hassan, Hasan), sometimes two names (Amer, Ammar).
		cost += 0.05
	}
	return cost
}

// semiCost reads Arabic و or ي (s) as the sound o: as its consonant or as its long vowel.
func semiCost(s, o sound, initial bool) float64 {
	if o.isVowel() {
		cost := vowelCost(sound{q: s.q, long: true}, o, initial)
		if s.yehA {
			cost = min(cost, altCost+vowelCost(sound{q: 'a', long: true}, o, initial))
		}
		if s.yehE {
			cost = min(cost, altCost+vowelCost(sound{q: 'e', long: true}, o, initial))
		}
		return cost
	}
	return readCost(s.c, o)
}

// indel is the cost of a sound of one spelling that the other does not show.
func (al *aligner) indel(x sound, ownArabic, otherArabic bool) float64 {
	switch {
	case x.semi:
		return 0.8
	case x.isVowel():
		switch {
		case x.q == 'v' && x.seat:
			return 0.1
		case x.q == 'v':
			// An initial alef carries a hamza, a consonant: Asaad (أسعد) is not Said.
			return 0.3
		case ownArabic && x.long:
			return 0.8
		case ownArabic:
			return 0.1 // taa marbuta's a
		case x.initial:
			return 0.3
		case x.long && (x.stressed || !otherArabic):
			return 0.6
		case x.long:
			return 0.15
		case otherArabic:
			// Arabic script does not write short vowels.
			if x.q == 'a' || x.q == 'e' {
				return 0.03
			}
			return 0.05
		case x.q == 'a' || x.q == 'e':
			return 0.1
		default:
			return 0.15
		}
	case x.c == cE:
		return 0.1
	case x.final:
		return 0.15
	}
	return 1
}
