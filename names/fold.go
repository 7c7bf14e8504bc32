package names

import (
	"strings"
	"unicode"

	"golang.org/x/text/cases"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Fold returns the search key of a name: two spellings of one name that differ only in
// case, Latin diacritics, Arabic letter variants, tashkeel or spacing fold to the same key.
// Stores keep Fold(name) beside each name and alias and match Fold(query) against it.
//
// The steps, in order:
//   - compatibility decomposition (NFKD), which also turns Arabic presentation forms
//     (ﻻ, ﺃ, as PDFs and OCR produce them) and full-width letters into plain letters;
//   - removal of what a reader does not see as part of the spelling: nonspacing marks
//     (Unicode Mn: Latin accents, Arabic harakat U+064B–U+065F, superscript alef U+0670),
//     format characters (Unicode Cf: bidi marks, zero-width joiners) and tatweel (U+0640);
//   - Arabic letter variants mapped to one letter (see arabicLetters) and Arabic-Indic
//     digits to ASCII digits, so that phone numbers match too;
//   - recomposition (NFC), Unicode case folding (Straße → strasse) and lower case;
//   - whitespace collapsed to single spaces and trimmed.
//
// Fold is idempotent: Fold(Fold(s)) == Fold(s). Keys are for comparison, never for display.
func Fold(s string) string {
	// A transform.Chain keeps buffers, so each call builds its own: Fold is safe for
	// concurrent use.
	t := transform.Chain(
		norm.NFKD,
		runes.Remove(runes.Predicate(ignorable)),
		runes.Map(foldLetter),
		norm.NFC,
		cases.Fold(),
	)
	// Invalid bytes become U+FFFD first: norm passes a bad byte through and leaves the
	// segment after it unnormalised, so Fold was not idempotent (FuzzFold found it).
	folded, _, err := transform.String(t, strings.ToValidUTF8(s, "\uFFFD"))
	if err != nil {
		// None of these transformers reports errors on any input, valid UTF-8 or not;
		// should one start to, a lower-cased name is still a usable key.
		folded = s
	}
	// Case folding is not always lower case: x/text folds lower-case Cherokee (ꮵ) to
	// upper case and upper case to lower, so that the two never met. Lower-casing the
	// folded text gives one key for both (FuzzFold found it).
	return strings.Join(strings.Fields(strings.ToLower(folded)), " ")
}

// tatweel (kashida) stretches a word for layout; it is not a letter.
const tatweel = '\u0640'

// ignorable reports whether r is left out of a key.
func ignorable(r rune) bool {
	return r == tatweel || unicode.In(r, unicode.Mn, unicode.Cf)
}

// arabicLetters maps each Arabic letter variant that writers use interchangeably to the
// letter it folds to. After NFKD the hamza and madda of أ إ آ ؤ ئ are already separate
// marks, removed as Mn; the precomposed forms are listed as well so that the table
// states the whole rule on its own.
var arabicLetters = map[rune]rune{
	'أ': 'ا', // alef with hamza above
	'إ': 'ا', // alef with hamza below
	'آ': 'ا', // alef with madda
	'ٱ': 'ا', // alef wasla
	'ؤ': 'و', // waw with hamza
	'ئ': 'ي', // yeh with hamza
	'ى': 'ي', // alef maqsura, often written for final yeh and the reverse
	'ی': 'ي', // Farsi yeh, which Persian keyboards type for Arabic yeh
	'ة': 'ه', // taa marbuta, often written as haa
}

// foldLetter maps Arabic letter variants and Arabic-Indic and Extended Arabic-Indic
// digits; other runes pass unchanged.
func foldLetter(r rune) rune {
	switch {
	case r >= '٠' && r <= '٩':
		return '0' + r - '٠'
	case r >= '۰' && r <= '۹':
		return '0' + r - '۰'
	}
	if m, ok := arabicLetters[r]; ok {
		return m
	}
	return r
}
