package names

import (
	"fmt"
	"testing"
)

func TestZZDebug(t *testing.T) {
	pairs := [][2]string{
		{"Mohammed", "Muhammad"}, {"Mohammed", "محمد"}, {"Mohamad", "محمد"}, {"Mohammed", "Mahmoud"}, {"Mahmoud", "محمود"},
		{"Mohammed", "محمود"}, {"Mahmud", "محمد"}, {"Hassan", "Hussein"}, {"Hasan", "Hussain"}, {"Hussein", "حسين"}, {"Hassan", "حسين"},
		{"Khalil", "خليل"}, {"Khaleel", "خليل"}, {"Khalid", "Khalil"}, {"Khalid", "خالد"}, {"Gasim", "قاسم"}, {"Qasim", "Gasim"},
		{"Kazem", "كاظم"}, {"Kadhim", "كاظم"}, {"Kathem", "Kadhim"}, {"Samer", "Sameer"}, {"Samer", "سمير"}, {"Sameer", "سامر"},
		{"Ehab", "إيهاب"}, {"Ihab", "إيهاب"}, {"Dawood", "داود"}, {"Daoud", "داود"}, {"Adham", "أدهم"}, {"Taha", "طه"}, {"Fatimah", "فاطمة"},
		{"Fatmeh", "فاطمه"}, {"Raed", "رائد"}, {"Ra'id", "رائد"}, {"Wael", "وائل"}, {"Djazairi", "جزائري"}, {"Saeed", "سعيد"}, {"Said", "سعيد"},
		{"Omar", "Ammar"}, {"Amer", "Ammar"}, {"Tamer", "Thamer"}, {"Hamid", "Ahmed"}, {"Hamid", "حامد"}, {"Ahmed", "أحمد"},
		{"Yusuf", "يوسف"}, {"Youssef", "يوسف"}, {"Mustafa", "مصطفى"}, {"Moustafa", "مصطفى"}, {"Suleiman", "سليمان"}, {"Sulayman", "سليمان"},
		{"Jamal", "Kamal"}, {"Gamal", "جمال"}, {"Ziad", "زياد"}, {"Haitham", "هيثم"}, {"Dhiab", "ذياب"}, {"Zaki", "زكي"}, {"Issa", "عيسى"},
		{"Fouad", "فؤاد"}, {"Louay", "لؤي"}, {"Qusay", "قصي"}, {"Kusai", "قصي"}, {"Othman", "عثمان"}, {"Cheikh", "شيخ"}, {"Djazairi", "Jazairi"},
		{"Hicham", "هشام"}, {"Munther", "منذر"}, {"Bitar", "بيطار"}, {"Daraawi", "درعاوي"}, {"Nuaimi", "نعيمي"}, {"Naimi", "نعيمي"},
		{"Amina", "آمنة"}, {"Khadija", "خديجة"}, {"Zainab", "زينب"}, {"Rubaie", "ربيعي"}, {"Ismail", "إسماعيل"}, {"Shawqi", "شوقي"},
		{"Asaad", "أسعد"}, {"Saadi", "ساعدي"}, {"Haider", "حيدر"}, {"Homsi", "حمصي"}, {"Kubaisi", "كبيسي"}, {"Samarrai", "سامرائي"},
		{"Dulaimi", "دليمي"}, {"Jubouri", "جبوري"}, {"Jabouri", "Jubouri"}, {"Obaidi", "عبيدي"}, {"Otaibi", "عتيبي"}, {"Harthy", "حارثي"},
		{"Zoubi", "زعبي"}, {"Husseini", "حسيني"}, {"Musawi", "موسوي"}, {"Moussawi", "موسوي"}, {"Azzawi", "عزاوي"}, {"Khoury", "خوري"},
		{"Shammari", "شمري"}, {"Kahtani", "قحطاني"}, {"Qurashi", "قرشي"}, {"Kaabi", "كعبي"}, {"Dossari", "دوسري"}, {"Hashimi", "هاشمي"},
		{"Rami", "Rania"}, {"Hana", "Hani"}, {"Amin", "Amir"}, {"Nabil", "Nabih"}, {"Ali", "Alaa"}, {"Firas", "Fares"}, {"Nizar", "Nazir"},
		{"Yasser", "Yassin"}, {"Bassam", "Hussam"}, {"Imad", "Iyad"}, {"Majid", "Majdi"}, {"Rashed", "Rasheed"}, {"Hamed", "Hameed"},
		{"Saleh", "Salih"}, {"Selim", "Salim"}, {"Yahya", "Yehia"}, {"Zakaria", "Zakariya"}, {"Zuhair", "Zouheir"}, {"Darwish", "Darwiche"},
		{"Mahajna", "Mahajneh"}, {"Kuwari", "Kuwari"}, {"Marri", "Mari"}, {"Chaker", "Shaker"}, {"Qadri", "Kadri"}, {"Jibril", "Gibril"},
		{"Fawaz", "Fawwaz"}, {"Majid", "Majeed"}, {"Riad", "Riyad"}, {"Kanaan", "Canaan"}, {"Muayad", "Mouayad"}, {"Hamid", "Hameed"},
		{"Karim", "Kareem"}, {"Mansour", "Mansoor"}, {"Aly", "Ali"}, {"Ebrahim", "Ibrahim"}, {"Sayyid", "Sayed"}, {"Husayn", "Hussein"},
		{"Ibraheem", "Ibrahim"}, {"Eissa", "Issa"}, {"Nasir", "Nasser"}, {"Mubarak", "مبارك"}, {"Kurdi", "كردي"},
	}
	for _, p := range pairs {
		fmt.Printf("%-10s %-10s %.2f\n", p[0], p[1], Distance(p[0], p[1]))
	}
}
