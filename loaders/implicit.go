package loaders

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Derived ids of implicit entities. The same phone, account, plate or place written in
// different ways in different rows must land on one entity, so each id is a normal form
// of the value.

// asciiDigit returns the value of an ASCII, Arabic-Indic (٠–٩) or Eastern Arabic-Indic
// (۰–۹) digit as an ASCII digit, since Arabic registers write numbers either way.
func asciiDigit(r rune) (byte, bool) {
	switch {
	case r >= '0' && r <= '9':
		return byte(r), true
	case r >= '\u0660' && r <= '\u0669':
		return byte('0' + r - '\u0660'), true
	case r >= '\u06F0' && r <= '\u06F9':
		return byte('0' + r - '\u06F0'), true
	}
	return 0, false
}

// phoneNumber normalises a phone number: a leading + kept, then the digits only
// ("(+963) 944-123 456" is "+963944123456"). Spaces, dashes, dots, slashes and brackets
// are separators; a + after a digit, any other character, or no digit at all makes it
// not a number.
func phoneNumber(v string) (string, bool) {
	var b strings.Builder
	for _, r := range v {
		if d, ok := asciiDigit(r); ok {
			b.WriteByte(d)
			continue
		}
		switch {
		case r == '+' && b.Len() == 0:
			b.WriteByte('+')
		case unicode.IsSpace(r) || strings.ContainsRune("-./()", r):
		default:
			return "", false
		}
	}
	s := b.String()
	if strings.TrimPrefix(s, "+") == "" {
		return "", false
	}
	return s, true
}

// accountNumber normalises an account (an IBAN, a wallet, a hawala ledger number): upper
// case without spaces.
func accountNumber(v string) string {
	return strings.ToUpper(strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, v))
}

// plate normalises a vehicle plate: its letters and digits, upper case ("abc-123" is
// "ABC123").
func plate(v string) string {
	var b strings.Builder
	for _, r := range norm.NFKC.String(v) {
		if d, ok := asciiDigit(r); ok {
			b.WriteByte(d)
		} else if unicode.IsLetter(r) {
			b.WriteRune(unicode.ToUpper(r))
		}
	}
	return b.String()
}

// slug is the lower-case slug of a place name: letters and digits, diacritics (Latin
// accents, Arabic harakat) and tatweel dropped, every other run of characters one dash.
// "Deir ez-Zor" is "deir-ez-zor", "Ḥimṣ" is "hims", "حَلَب" is "حلب".
func slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFKD.String(name) {
		switch {
		case unicode.Is(unicode.Mn, r) || r == '\u0640':
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			if d, ok := asciiDigit(r); ok {
				b.WriteByte(d)
			} else {
				b.WriteRune(unicode.ToLower(r))
			}
		default:
			dash = true
		}
	}
	return b.String()
}

// paymentID derives the id of a payment the input gave none: "pay:" and 16 hex digits
// of a SHA-256 of what tells transfers apart, so that reloading a bundle finds the same
// link while two transfers that differ in any of these fields stay two. 64 bits keep the
// chance that two of a million payments collide near 3·10⁻⁸.
func paymentID(fields ...string) string {
	h := sha256.Sum256([]byte(strings.Join(fields, "\x1f")))
	return "pay:" + hex.EncodeToString(h[:8])
}
