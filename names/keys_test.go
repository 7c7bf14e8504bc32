package names_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/ringleader/ringleader/names"
)

func TestKey(t *testing.T) {
	groups := [][]string{
		{"محمد", "Mohammed", "Muhammad", "Mohamad", "Muhamad", "Mohamed", "Mohammad"},
		{"خليل", "Khalil", "Khaleel"},
		{"قاسم", "Qasim", "Gasim", "Kassem", "Qassem"},
		{"جمال", "Jamal", "Gamal", "Djamal"},
		{"كاظم", "Kadhim", "Kazem", "Kathem"},
		{"يوسف", "Youssef", "Yusuf", "Yousef"},
		{"حسين", "Hussein", "Husayn", "Hussain"},
		{"شاكر", "Shaker", "Chaker"},
	}
	for _, g := range groups {
		want := names.Key(g[0])
		if want == "" {
			t.Fatalf("Key(%q) is empty", g[0])
		}
		for _, w := range g[1:] {
			if got := names.Key(w); got != want {
				t.Errorf("Key(%q) = %q, want %q as for %q", w, got, want, g[0])
			}
		}
	}
	if names.Key("محمد") != "mhmd" {
		t.Errorf("Key(محمد) = %q, want mhmd", names.Key("محمد"))
	}
}

func TestKeys(t *testing.T) {
	tests := []struct {
		a, b  string
		share bool
	}{
		{"أبو خليل", "Abu Khaleel", true},
		{"أبو خليل", "Abou Khalil", true},
		{"Khaled Ibrahim al-Masri", "خالد إبراهيم المصري", true},
		{"Abdul Karim Hamdan", "عبد الكريم", true},
		{"Taha Yassin", "طه", true},
		{"Adham Sabri", "أدهم", true},
		// A letter read two ways keys its word both ways: ث as th or s, Pashto ځ as z or j.
		{"Saqib Noor", "ثاقب", true},
		{"Jadran", "ځدران", true},
		{"Zadran", "ځدران", true},
		// A kunya is not a given name: Abu Khalil is the father of a Khalil.
		{"Abu Khalil", "Khalil Hamdan", false},
		{"Abu Khalil", "Umm Khalil", false},
		{"Walid Saeed", "Firas Zaki", false},
	}
	for _, tt := range tests {
		ka, kb := names.Keys(tt.a), names.Keys(tt.b)
		shared := slices.ContainsFunc(ka, func(k string) bool { return slices.Contains(kb, k) })
		if shared != tt.share {
			t.Errorf("Keys(%q) = %q and Keys(%q) = %q: share a key %v, want %v", tt.a, ka, tt.b, kb, shared, tt.share)
		}
	}
}

func TestTranslit(t *testing.T) {
	tests := []struct{ in, want string }{
		{"محمد", "mhmd"},
		{"خليل", "khlil"},
		{"أبو خليل", "abu khlil"},
		{"وليد", "wlid"},
		{"زياد", "zyad"},
		{"فاطمة", "fatma"},
		{"Abu Khaleel", "abu khaleel"},
		{"مُحَمَّد", "mhmd"},
	}
	for _, tt := range tests {
		if got := names.Translit(tt.in); got != tt.want {
			t.Errorf("Translit(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func ExampleKey() {
	for _, w := range []string{"محمد", "Mohammed", "Muhammad", "Mohamad", "Muhamad", "Mohamed"} {
		fmt.Print(names.Key(w), " ")
	}
	fmt.Println()
	// Output: mhmd mhmd mhmd mhmd mhmd mhmd
}

func ExampleParse() {
	p := names.Parse("Ahmed bin Salem al-Harthi (Abu Yasser)")
	fmt.Println(p.Ism, "|", p.Nasab, "|", p.Kunya, "|", p.Nisba)
	// Output: Ahmed | [bin Salem] | Abu Yasser | [al-Harthi]
}
