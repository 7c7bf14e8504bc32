package names_test

import (
	"slices"
	"testing"

	"github.com/ringleader/ringleader/names"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in     string
		ism    string
		nasab  []string
		kunya  string
		nisba  []string
		laqab  []string
		gender string
	}{
		{in: "Khaled Ibrahim al-Masri", ism: "Khaled", nasab: []string{"Ibrahim"}, nisba: []string{"al-Masri"}},
		{in: "خالد إبراهيم المصري", ism: "خالد", nasab: []string{"إبراهيم"}, nisba: []string{"المصري"}},
		{in: "Ahmed bin Salem Al Harthy", ism: "Ahmed", nasab: []string{"bin Salem"}, nisba: []string{"Al Harthy"}, gender: "m"},
		{in: "Amina bint Khalid", ism: "Amina", nasab: []string{"bint Khalid"}, gender: "f"},
		{in: "Osama ibn Mohammed ibn Awad", ism: "Osama", nasab: []string{"ibn Mohammed", "ibn Awad"}, gender: "m"},
		{in: "Abu Khalil", kunya: "Abu Khalil", gender: "m"},
		{in: "أبو خليل", kunya: "أبو خليل", gender: "m"},
		{in: "Umm Ahmed", kunya: "Umm Ahmed", gender: "f"},
		{in: "Abu Omar al-Iraqi", kunya: "Abu Omar", nisba: []string{"al-Iraqi"}, gender: "m"},
		{in: "Ahmed Saleh al-Amiri (Abu Yasser)", ism: "Ahmed", nasab: []string{"Saleh"}, kunya: "Abu Yasser",
			nisba: []string{"al-Amiri"}, gender: "m"},
		{in: "Abdul Karim Hamdan", ism: "Abdul Karim", nasab: []string{"Hamdan"}},
		{in: "Abd al-Karim Hamdan", ism: "Abd al-Karim", nasab: []string{"Hamdan"}},
		{in: "Abdulkarim Hamdan", ism: "Abdulkarim", nasab: []string{"Hamdan"}},
		{in: "عبدالكريم حمدان", ism: "عبدالكريم", nasab: []string{"حمدان"}},
		{in: "Nour El Din Zaki", ism: "Nour El Din", nasab: []string{"Zaki"}},
		{in: "Nureddin Zaki", ism: "Nureddin", nasab: []string{"Zaki"}},
		{in: "نور الدين زكي", ism: "نور الدين", nasab: []string{"زكي"}},
		{in: "Adnan Khair Allah", ism: "Adnan", nasab: []string{"Khair Allah"}},
		{in: "Bashar al-Assad", ism: "Bashar", laqab: []string{"al-Assad"}},
		{in: "Yusuf ash-Shami", ism: "Yusuf", nisba: []string{"ash-Shami"}},
		{in: "al-Masri, Khaled", ism: "Khaled", nisba: []string{"al-Masri"}},
		{in: "Sheikh Ahmed Yassin", ism: "Ahmed", nasab: []string{"Yassin"}},
		{in: "Khaled al-Masri Hamdan", ism: "Khaled", nisba: []string{"al-Masri"}, laqab: []string{"Hamdan"}},
		{in: "Ali", ism: "Ali"},
		// "son of" in the Maghreb, Mauritania and among the Tuareg is a marker, not a father's name.
		{in: "Sidi Ould Mohamed", ism: "Sidi", nasab: []string{"Ould Mohamed"}, gender: "m"},
		{in: "سيدي ولد محمد", ism: "سيدي", nasab: []string{"ولد محمد"}, gender: "m"},
		{in: "Iyad Ag Ghali", ism: "Iyad", nasab: []string{"Ag Ghali"}, gender: "m"},
		{in: "Mariem Mint Ahmed", ism: "Mariem", nasab: []string{"Mint Ahmed"}, gender: "f"},
		// A given name with the article, and al-Sayyid within the chain, are links of the chain.
		{in: "Al-Hadi Mohammed Salem", ism: "Al-Hadi", nasab: []string{"Mohammed", "Salem"}},
		{in: "الطاهر علي حسن", ism: "الطاهر", nasab: []string{"علي", "حسن"}},
		{in: "Ali al-Sayyid Mohammed Mustafa", ism: "Ali", nasab: []string{"al-Sayyid", "Mohammed", "Mustafa"}},
		{in: "Tarek Anwar El Sayed Ahmad", ism: "Tarek", nasab: []string{"Anwar"}, laqab: []string{"El Sayed", "Ahmad"}},
		// Compounds that begin with Allah (Persian and Pashto) are one given name.
		{in: "الله داد ولد محمد", ism: "الله داد", nasab: []string{"ولد محمد"}, gender: "m"},
		{in: "Allahdad Khan", ism: "Allahdad", nasab: []string{"Khan"}},
		// A missing space before Abd.
		{in: "نظر محمدعبد البصير", ism: "نظر", nasab: []string{"محمد", "عبد البصير"}},
		// Persian and Pashto words of descent and tribe belong to the word before them.
		{in: "محمد اسحاق آخوند زاده", ism: "محمد", nasab: []string{"اسحاق", "آخوند زاده"}},
		{in: "Mullah Qari Ahmad Shahid Khel", ism: "Ahmad", nasab: []string{"Shahid Khel"}},
		{in: ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			p := names.Parse(tt.in)
			if p.Ism != tt.ism || !slices.Equal(p.Nasab, tt.nasab) || p.Kunya != tt.kunya ||
				!slices.Equal(p.Nisba, tt.nisba) || !slices.Equal(p.Laqab, tt.laqab) || p.Gender != tt.gender {
				t.Errorf("Parse(%q) = ism %q nasab %q kunya %q nisba %q laqab %q gender %q;\nwant ism %q nasab %q kunya %q nisba %q laqab %q gender %q",
					tt.in, p.Ism, p.Nasab, p.Kunya, p.Nisba, p.Laqab, p.Gender,
					tt.ism, tt.nasab, tt.kunya, tt.nisba, tt.laqab, tt.gender)
			}
		})
	}
}

// TestParseCompounds checks that the spellings of one compound name parse to elements
// that SameElement matches, and that different compounds do not.
func TestParseCompounds(t *testing.T) {
	first := func(s string) names.Element { return names.Parse(s).Elements[0] }
	same := [][]string{
		{"Abdul Karim", "Abd al-Karim", "Abdulkarim", "Abdelkarim", "Abd el-Karim", "عبد الكريم", "عبدالكريم"},
		{"Abdul Rahman", "Abd al-Rahman", "Abdulrahman", "Abdurrahman", "Abderrahmane", "Abd ar-Rahman", "عبد الرحمن"},
		{"Abdullah", "Abdallah", "Abd Allah", "Abdulla", "عبد الله", "عبدالله"},
		{"Abdul Ilah", "Abd al-Ilah", "Abdulilah", "عبد الإله"},
		{"Nur al-Din", "Nour El Din", "Nureddin", "Nouriddine", "Nour-ud-Din", "نور الدين", "نورالدين"},
		{"Khairallah", "Khair Allah", "خير الله"},
		{"Nur al-Din", "Nor Eldin", "Nuredin", "Nour Din"},
		{"Saif al-Din", "SAIF-AL-DIN", "Saifuddin", "Seifeddine", "سيف الدين", "سيفالدين"},
		{"Jalal al-Din", "Jallaloudine", "Jalaluddin", "جلال الدين"},
		{"Sad al-Din", "Sadudin", "Saduddin", "Saadeddine", "سعد الدين"},
		{"Zayn al-Din", "Zinedine", "زين الدين"},
		{"Aziz al-Rahman", "Azizirahman", "Azizurrahman", "Aziz-ur-Rahman", "Aziz ur Rehman", "عزیز الرحمان", "عزيز الرحمن"},
		{"Zia al-Haq", "Zia-ul-Haq", "Ziaulhaq", "Zia ul Haq", "ضياء الحق"},
		{"Saif al-Islam", "Saifulislam", "Saif-ul-Islam", "سيف الإسلام"},
		{"Abd al-Fattah", "Abdefattah", "Abdelfattah", "عبدفتاح", "عبد الفتاح"},
		{"Abdullahi", "Abdillahi", "Abdullah", "عبد الله"},
		{"Abdur Rehman", "Abdul Rahman", "عبد الرحمن"},
		{"Allahdad", "Allah Dad", "الله داد", "اللهداد"},
		{"Akhundzada", "Akhund Zada", "آخوند زاده", "آخوندزاده"},
		{"Shahidkhel", "شهید خیل"},
	}
	for _, group := range same {
		for _, a := range group {
			for _, b := range group {
				if !names.SameElement(first(a), first(b)) {
					t.Errorf("%q and %q: not the same element (%+v, %+v)", a, b, first(a), first(b))
				}
			}
		}
	}
	for _, p := range [][2]string{{"Abdullah", "Abdul Ilah"}, {"Abdul Rahman", "Abdul Rahim"}, {"Abdul Karim", "Karim"},
		{"Nur al-Din", "Nur"}, {"Salah al-Din", "Alaa al-Din"}, {"عبد الله", "عبد الإله"},
		// Names that end as a compound's second word does and are none: Abidin (عابدين), Nadine, Ishaq.
		{"Abidin", "Abi al-Din"}, {"Nadine", "Na al-Din"}, {"Ishaq", "Is al-Haq"}, {"Aziz al-Rahman", "Aziz"},
		{"Allahdad", "Dad"}} {
		if names.SameElement(first(p[0]), first(p[1])) {
			t.Errorf("%q and %q: the same element", p[0], p[1])
		}
	}
}
