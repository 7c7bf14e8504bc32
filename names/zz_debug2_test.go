package names

import (
	"fmt"
	"testing"
)

func TestZZParse(t *testing.T) {
	for _, n := range []string{"Khaled Ibrahim al-Masri", "خالد إبراهيم المصري", "Ahmed bin Salem Al Harthy", "Abdulrahman Youssef al-Halabi",
		"عبد الرحمن يوسف الحلبي", "Muhannad Abd al-Sattar al-Samarrai", "Nureddin Ahmed es-Suri", "نور الدين أحمد السوري", "Nour El Din Ahmad al-Souri",
		"Abu Khalil", "أبو خليل", "Ahmed Saleh al-Amiri (Abu Yasser)", "Gamal Abdel Nasser Hussein", "Adnan Khair Allah", "Adnan Khairallah",
		"Abdallah Hasan Al-Kahtani", "عبدالله حسن", "Amina bint Khalid", "Umm Ahmed", "al-Masri, Khaled", "Abu Abdullah al-Shami", "عبد الإله نجيب الراشد",
		"Abdul Ilah Najib al-Rashed", "Salah al-Din al-Kurdi", "Imad Eddine Zaki", "Sheikh Ahmed Yassin", "Cherif Abdelaziz Cheikh", "Abd el-Aziz Salih Shammari",
		"Mohammed Jasim (Abu Ali)", "محمد جاسم أبو علي", "Hicham Abdelkader El Djazairi", "Abdurrahman", "Elsayed Almasri"} {
		p := Parse(n)
		fmt.Printf("%s\n  ism=%q nasab=%q kunya=%q nisba=%q laqab=%q g=%s keys=%q translit=%q\n", n, p.Ism, p.Nasab, p.Kunya, p.Nisba, p.Laqab, p.Gender, Keys(n), Translit(n))
		for _, e := range p.Elements {
			fmt.Printf("    %+v\n", e)
		}
	}
}
