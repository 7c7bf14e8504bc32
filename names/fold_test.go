package names_test

import (
	"fmt"
	"strings"
	"testing"
	"unicode"

	"github.com/ringleader/ringleader/names"
)

func TestFold(t *testing.T) {
	// Each want is written out by hand from the rules in Fold's doc comment.
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"lower case", "Abu KHALIL", "abu khalil"},
		{"latin acute", "José", "jose"},
		{"latin umlaut", "Müller", "muller"},
		{"latin cedilla and tilde", "François Peña", "francois pena"},
		{"sharp s folds to ss", "Straße", "strasse"},
		{"turkish dotted capital I", "İzmir", "izmir"},
		{"whitespace collapsed and trimmed", "  Abu \t Khalil\n", "abu khalil"},
		{"no-break space", "Abu\u00a0Khalil", "abu khalil"},
		{"full-width letters", "ＡＢＣ", "abc"},
		{"alef with hamza above", "أبو خليل", "ابو خليل"},
		{"alef with hamza below", "إبراهيم", "ابراهيم"},
		{"alef with madda", "آمنة", "امنه"},
		{"alef wasla", "ٱلله", "الله"},
		{"taa marbuta", "فاطمة", "فاطمه"},
		{"alef maqsura", "مصطفى", "مصطفي"},
		{"farsi yeh", "علی", "علي"},
		{"hamza on waw", "مسؤول", "مسوول"},
		{"hamza on yaa", "رئيس", "رييس"},
		{"tatweel", "علـــي", "علي"},
		{"harakat", "مُحَمَّد", "محمد"},
		{"tanween and sukun", "كِتَابٌ مَكْتُوبٌ", "كتاب مكتوب"},
		{"superscript alef", "هٰذا", "هذا"},
		{"lam-alef ligature", "\ufefb", "لا"},
		{"presentation forms", "\ufe83\ufea3\ufee4\ufeaa", "احمد"}, // أحمد as OCR gives it
		{"bidi mark", "\u200fأحمد\u200f", "احمد"},
		{"arabic-indic digits", "+٩٦٣٩٤٤", "+963944"},
		{"extended arabic-indic digits", "۰۹۱۲", "0912"},
		{"mixed scripts", "Ahmad أحمد", "ahmad احمد"},
		{"empty", "", ""},
		{"only spaces", " \t ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := names.Fold(tt.in); got != tt.want {
				t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestFoldEquivalent(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"أبو خليل", "ابو خليل", true},
		{"أبو خليل", "ابو  خليل ", true},
		{"فاطمة", "فاطمه", true},
		{"Müller", "muller", true},
		{"José", "jose", true},
		{"JOSÉ", "josé", true},
		{"مُحَمَّد", "محمد", true},
		{"عيسى", "عيسي", true},
		{"ꮵ", "Ꮵ", true}, // Cherokee, which case folding maps to upper case
		{"ΣΊΣΥΦΟΣ", "σισυφος", true},
		// Fold removes variants of spelling within a script, not transliteration.
		{"Müller", "Mueller", false},
		{"Abu Khalil", "أبو خليل", false},
		{"فاطمة", "فاطمة محمد", false},
		// Letters that differ in meaning stay apart.
		{"ح", "خ", false},
		{"ه", "ة ه", false},
	}
	for _, tt := range tests {
		if got := names.Fold(tt.a) == names.Fold(tt.b); got != tt.same {
			t.Errorf("Fold(%q) == Fold(%q) is %v, want %v (%q, %q)", tt.a, tt.b, got, tt.same,
				names.Fold(tt.a), names.Fold(tt.b))
		}
	}
}

func TestFoldIdempotent(t *testing.T) {
	for _, s := range []string{"أبو خليل", "Müller", "Straße", "ﻻ", "مُحَمَّد", "İzmir", "  x  y ", "ǅemal", "ﬁsh"} {
		once := names.Fold(s)
		if twice := names.Fold(once); twice != once {
			t.Errorf("Fold(Fold(%q)) = %q, Fold = %q", s, twice, once)
		}
	}
}

func TestFoldConcurrent(t *testing.T) {
	done := make(chan string)
	for range 8 {
		go func() {
			var last string
			for range 200 {
				last = names.Fold("أبو خليل Müller")
			}
			done <- last
		}()
	}
	for range 8 {
		if got := <-done; got != "ابو خليل muller" {
			t.Errorf("concurrent Fold = %q", got)
		}
	}
}

func ExampleFold() {
	fmt.Println(names.Fold("أبو خليل") == names.Fold("ابو خليل"))
	fmt.Println(names.Fold("  José  MÜLLER "))
	// Output:
	// true
	// jose muller
}

// FuzzFold checks the properties stores rely on for any input: Fold is idempotent, and
// its keys hold no upper case, no combining marks and no runs of spaces.
func FuzzFold(f *testing.F) {
	for _, s := range []string{"أبو خليل", "Müller", "Straße", "ﻻ", "İzmir", "ǅemal", "Ω", "ﬁ", " a  b "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		key := names.Fold(s)
		if again := names.Fold(key); again != key {
			t.Fatalf("Fold(%q) = %q, but Fold of that = %q", s, key, again)
		}
		if strings.Contains(key, "  ") || strings.TrimSpace(key) != key {
			t.Fatalf("Fold(%q) = %q: spaces not collapsed", s, key)
		}
		for _, r := range key {
			if unicode.Is(unicode.Mn, r) {
				t.Fatalf("Fold(%q) = %q keeps mark %U", s, key, r)
			}
		}
	})
}
