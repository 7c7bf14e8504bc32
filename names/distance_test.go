package names_test

import (
	"testing"

	"github.com/ringleader/ringleader/names"
)

// TestSameWord lists spellings of one name that must match and names that must not.
// The pairs come from the romanisation conventions in use (ALA-LC, French, Egyptian,
// Levantine and Gulf spellings), not from this package's output.
func TestSameWord(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		same bool
	}{
		{"Mohammed ou/u double m", "Mohammed", "Muhammad", true},
		{"Mohamed to script", "Mohamed", "محمد", true},
		{"Mohamad to script", "Mohamad", "محمد", true},
		{"Muhamad to script", "Muhamad", "محمد", true},
		{"Mohammed with harakat", "Mohammed", "مُحَمَّد", true},
		{"Mahmoud to script", "Mahmoud", "محمود", true},
		{"Ahmed e/a", "Ahmed", "Ahmad", true},
		{"Ahmed to script with hamza", "Ahmed", "أحمد", true},
		{"Khaleel ee/i", "Khaleel", "Khalil", true},
		{"Khaleel to script", "Khaleel", "خليل", true},
		{"Khaled kh/k", "Khaled", "Kaled", true},
		{"Qasim q/g Gulf", "Qasim", "Gasim", true},
		{"Gasim to script", "Gasim", "قاسم", true},
		{"Kassem k for qaf", "Kassem", "قاسم", true},
		{"Gamal Egyptian g", "Gamal", "جمال", true},
		{"Kadhim dh for zaa", "Kadhim", "كاظم", true},
		{"Kazem z for zaa", "Kazem", "كاظم", true},
		{"Youssef ou/u", "Youssef", "Yusuf", true},
		{"Youssef to script", "Youssef", "يوسف", true},
		{"Hussein ei/ai", "Hussein", "Hussain", true},
		{"Husayn to script", "Husayn", "حسين", true},
		{"Hicham French ch", "Hicham", "Hisham", true},
		{"Chaker French ch", "Chaker", "شاكر", true},
		{"Fatimah final h", "Fatimah", "فاطمة", true},
		{"Fatmeh Levantine", "Fatmeh", "فاطمه", true},
		{"Mustafa alef maqsura", "Mustafa", "مصطفى", true},
		{"Moustafa French ou", "Moustafa", "مصطفى", true},
		{"Dawood waw as consonant and vowel", "Dawood", "داود", true},
		{"Adham dh as two letters", "Adham", "أدهم", true},
		{"Taha final h", "Taha", "طه", true},
		{"Raed hamza seat", "Raed", "رائد", true},
		{"Ra'id apostrophe", "Ra'id", "رائد", true},
		{"Saeed ain", "Saeed", "سعيد", true},
		{"Ihab initial alef and yaa", "Ihab", "إيهاب", true},
		{"Ehab Egyptian e", "Ehab", "إيهاب", true},
		{"Zainab ai", "Zainab", "زينب", true},
		{"Rubaie nisba in ain", "Rubaie", "ربيعي", true},
		{"Harthy final y", "Harthy", "حارثي", true},
		{"Fawaz double w", "Fawaz", "Fawwaz", true},
		{"arabizi", "7assan", "حسن", true},
		// Arabic as written in Afghanistan, Pakistan, Egypt and the Maghreb: a letter read two ways.
		{"Ali final alef maqsura", "Ali", "على", true},
		{"Haqqani final alef maqsura", "Haqqani", "حقانى", true},
		{"Isa Persian final yeh", "Isa", "عیسی", true},
		{"Musa Persian final yeh", "Musa", "موسی", true},
		{"Hakimi Persian final yeh", "Hakimi", "حکیمی", true},
		{"Zia dad as z", "Zia", "ضیا", true},
		{"Fazl dad as z", "Fazl", "فضل", true},
		{"Ramadan dad as d", "Ramadan", "رمضان", true},
		{"Saqib tha as s", "Saqib", "ثاقب", true},
		{"Nazim zaa as z", "Nazim", "ناظم", true},
		{"Gul unstroked kaf", "Gul", "كل", true},
		{"Zadran Pashto dz", "Zadran", "ځدران", true},
		{"Jadran Pashto dz", "Jadran", "ځدران", true},
		{"Faycal cedilla", "Fayçal", "فيصل", true},
		{"Sher Persian yeh as e", "Sher", "شیر", true},
		{"Khel Persian yeh as e", "Khel", "خیل", true},
		{"Zada final heh as a", "Zada", "زاده", true},
		{"Arabic yeh is not e", "Samer", "سمير", false},
		{"Kamal is not Jamal", "Jamal", "كمال", false},
		{"Kamal is not Jamal in script", "كمال", "جمال", false},
		{"Thamer is not Samer in script", "ثامر", "سامر", false},
		{"Khalid and Khalil", "Khalid", "Khalil", false},
		{"Mohammed and Mahmoud", "Mohammed", "Mahmoud", false},
		{"Mohammed and script Mahmoud", "Mohammed", "محمود", false},
		{"Mahmoud and script Mohammed", "Mahmoud", "محمد", false},
		{"Hassan and Hussein", "Hassan", "Hussein", false},
		{"Hasan and Hussain", "Hasan", "Hussain", false},
		{"script Hassan and Hussein", "حسن", "حسين", false},
		{"Hassan and script Hussein", "Hassan", "حسين", false},
		{"Samer and Sameer", "Samer", "Sameer", false},
		{"Samer and script Samir", "Samer", "سمير", false},
		{"Firas and Fares", "Firas", "Fares", false},
		{"Nizar and Nazir", "Nizar", "Nazir", false},
		{"Rashed and Rasheed", "Rashed", "Rasheed", false},
		{"Majid and Majdi", "Majid", "Majdi", false},
		{"Hamid and Ahmed", "Hamid", "Ahmed", false},
		{"Omar and Ammar", "Omar", "Ammar", false},
		{"Jamal and Kamal", "Jamal", "Kamal", false},
		{"Yasser and Yassin", "Yasser", "Yassin", false},
		{"Hana and Hani", "Hana", "Hani", false},
		{"Said and script Asaad", "Said", "أسعد", false},
		{"Ali and Alaa", "Ali", "Alaa", false},
		{"empty", "", "Ali", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := names.SameWord(tt.a, tt.b); got != tt.same {
				t.Errorf("SameWord(%q, %q) = %v (Distance %.2f), want %v", tt.a, tt.b, got, names.Distance(tt.a, tt.b), tt.same)
			}
			if d, e := names.Distance(tt.a, tt.b), names.Distance(tt.b, tt.a); d-e > 1e-9 || e-d > 1e-9 {
				t.Errorf("Distance is not symmetric: %.3f, %.3f", d, e)
			}
		})
	}
}

func TestDistanceProperties(t *testing.T) {
	for _, w := range []string{"Mohammed", "محمد", "Abu", "x"} {
		if d := names.Distance(w, w); d != 0 {
			t.Errorf("Distance(%q, itself) = %g", w, d)
		}
	}
	// A consonant changed costs more than a vowel changed: the scale says so.
	if vowel, consonant := names.Distance("Hasan", "Hasin"), names.Distance("Hasan", "Hadan"); vowel >= consonant {
		t.Errorf("vowel change %.2f >= consonant change %.2f", vowel, consonant)
	}
}
