package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/ringleader/ringleader/testing/fixtures"
)

// generatorVersion names the bundle's recipe; a cached bundle of another version is made again.
const generatorVersion = 1

// Shares of the network's ties by kind: a tie between two people is one of these. Calls dominate, as they do
// in call-detail records; a shared phone is a phone entity that both people hold (the people view derives a tie
// from it).
const (
	shareCall    = 0.55
	shareMeeting = 0.15
	sharePayment = 0.20
	// the rest (0.10) are shared phones
)

// bundleStats describes a generated bundle; it is kept beside the files (bundle.json), written last, so that a
// bundle without it is incomplete and made again.
type bundleStats struct {
	Version      int     `json:"version"`
	People       int     `json:"people"`
	Degree       float64 `json:"degree"`
	Seed         uint64  `json:"seed"`
	Ties         int     `json:"ties"` // edges of the generated graph
	Calls        int     `json:"calls"`
	Meetings     int     `json:"meetings"`
	Payments     int     `json:"payments"`
	SharedPhones int     `json:"shared_phones"`
	Bytes        int64   `json:"bytes"`
	Seconds      float64 `json:"seconds"`
}

const statsFile = "bundle.json"

// readStats returns the stats of the complete bundle in dir, or false.
func readStats(dir string, people int, degree float64, seed uint64) (bundleStats, bool) {
	var st bundleStats
	b, err := os.ReadFile(filepath.Join(dir, statsFile))
	if err != nil || json.Unmarshal(b, &st) != nil {
		return st, false
	}
	return st, st.Version == generatorVersion && st.People == people && st.Degree == degree && st.Seed == seed
}

// bundleName is the cache directory's name for a bundle.
func bundleName(people int, degree float64, seed uint64) string {
	return fmt.Sprintf("n%d-d%g-s%d-v%d", people, degree, seed, generatorVersion)
}

// generate writes a CSV bundle of people persons with degree ties each on average into dir: the graph of
// fixtures.SyntheticEdges (heavy-tailed degrees, planted communities), each tie made a call (associations.csv,
// type call, a heavy-tailed count as weight, first and last seen within 2025), a meeting, a payment
// (financial_links.csv: amount, currency, date, channel) or a phone both people hold (suspects.csv's phones
// column). Names are drawn from Arabic given and family names, a third of them in Arabic script. The same
// arguments give the same bytes.
func generate(dir string, people int, degree float64, seed uint64) (bundleStats, error) {
	t0 := time.Now()
	st := bundleStats{Version: generatorVersion, People: people, Degree: degree, Seed: seed}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return st, err
	}
	os.Remove(filepath.Join(dir, statsFile))
	edges, community := fixtures.SyntheticEdges(people, degree, seed)
	st.Ties = len(edges)
	rng := rand.New(rand.NewPCG(seed, 0x5343414c45)) // "SCALE"

	// Each tie's kind, drawn once; the phones each person holds follow from the shared ones.
	kinds := make([]byte, len(edges))
	phones := make([][]int32, people)
	for i, e := range edges {
		switch x := rng.Float64(); {
		case x < shareCall:
			kinds[i] = 'c'
			st.Calls++
		case x < shareCall+shareMeeting:
			kinds[i] = 'm'
			st.Meetings++
		case x < shareCall+shareMeeting+sharePayment:
			kinds[i] = 'p'
			st.Payments++
		default:
			kinds[i] = 'h'
			phones[e[0]] = append(phones[e[0]], int32(st.SharedPhones))
			phones[e[1]] = append(phones[e[1]], int32(st.SharedPhones))
			st.SharedPhones++
		}
	}

	suspects, err := newTable(dir, "suspects.csv", "id", "name", "nationality", "phones", "community")
	if err != nil {
		return st, err
	}
	var list []string
	for i := range people {
		list = list[:0]
		for _, ph := range phones[i] {
			list = append(list, phoneNumber(ph))
		}
		suspects.row(personID(i), personName(rng), nationalities[rng.IntN(len(nationalities))], strings.Join(list, ";"),
			"c"+strconv.Itoa(community[i]+1))
	}
	phones = nil
	if err := suspects.close(); err != nil {
		return st, err
	}

	assocs, err := newTable(dir, "associations.csv", "source", "target", "type", "weight", "first_seen", "last_seen")
	if err != nil {
		return st, err
	}
	pays, err := newTable(dir, "financial_links.csv", "id", "from", "to", "amount", "currency", "date", "channel")
	if err != nil {
		assocs.close()
		return st, err
	}
	payment := 0
	for i, e := range edges {
		a, b := personID(int(e[0])), personID(int(e[1]))
		if kinds[i] != 'h' && rng.IntN(2) == 0 { // calls and payments have a direction
			a, b = b, a
		}
		switch kinds[i] {
		case 'c':
			first, last := span(rng)
			assocs.row(a, b, "call", strconv.Itoa(callCount(rng)), date(first), date(last))
		case 'm':
			first, last := span(rng)
			assocs.row(a, b, "meeting", strconv.Itoa(1+rng.IntN(4)), date(first), date(last))
		case 'p':
			payment++
			amount := math.Round(math.Exp(7.5+1.2*rng.NormFloat64())/10)*10 + 10
			pays.row("pay-"+strconv.Itoa(payment), a, b, strconv.FormatFloat(amount, 'f', -1, 64),
				currencies[rng.IntN(len(currencies))], date(rng.IntN(365)), channels[rng.IntN(len(channels))])
		}
	}
	err = assocs.close()
	if err2 := pays.close(); err == nil {
		err = err2
	}
	if err != nil {
		return st, err
	}
	for _, name := range []string{"suspects.csv", "associations.csv", "financial_links.csv"} {
		if fi, err := os.Stat(filepath.Join(dir, name)); err == nil {
			st.Bytes += fi.Size()
		}
	}
	st.Seconds = time.Since(t0).Seconds()
	js, err := json.MarshalIndent(st, "", "  ")
	if err != nil {
		return st, err
	}
	return st, os.WriteFile(filepath.Join(dir, statsFile), append(js, '\n'), 0o644)
}

func personID(i int) string { return "p" + strconv.Itoa(i+1) }

// phoneNumber is the k-th shared phone's number: a Syrian mobile number.
func phoneNumber(k int32) string { return fmt.Sprintf("+9639%08d", k) }

var (
	nationalities = []string{"SY", "SY", "SY", "IQ", "IQ", "JO", "LB", "TR"}
	currencies    = []string{"USD", "USD", "USD", "IQD", "SYP", "EUR", "JOD"}
	channels      = []string{"bank", "hawala", "hawala", "cash", "crypto", "trade"}
	// Given and family names in Latin letters and Arabic script, in the same order.
	givenLatin   = []string{"Ahmad", "Mohammed", "Ali", "Hassan", "Hussein", "Omar", "Khaled", "Mahmoud", "Youssef", "Ibrahim", "Abdullah", "Mustafa", "Saleh", "Karim", "Tariq", "Ziad", "Fadi", "Bilal", "Walid", "Samir", "Fatima", "Zainab", "Mariam", "Huda", "Rania", "Layla"}
	givenArabic  = []string{"أحمد", "محمد", "علي", "حسن", "حسين", "عمر", "خالد", "محمود", "يوسف", "إبراهيم", "عبدالله", "مصطفى", "صالح", "كريم", "طارق", "زياد", "فادي", "بلال", "وليد", "سمير", "فاطمة", "زينب", "مريم", "هدى", "رانيا", "ليلى"}
	familyLatin  = []string{"al-Hassan", "al-Khatib", "al-Ahmad", "al-Jubouri", "al-Dulaimi", "Haddad", "Nasser", "al-Masri", "al-Halabi", "al-Shami", "Darwish", "Saleh", "al-Tikriti", "al-Obeidi", "Khalil", "Mansour", "al-Zoubi", "Qassem", "al-Rawi", "Hamdan"}
	familyArabic = []string{"الحسن", "الخطيب", "الأحمد", "الجبوري", "الدليمي", "حداد", "ناصر", "المصري", "الحلبي", "الشامي", "درويش", "صالح", "التكريتي", "العبيدي", "خليل", "منصور", "الزعبي", "قاسم", "الراوي", "حمدان"}
)

// personName draws a given name, a father's name and a family name, in Arabic script one time in three.
func personName(rng *rand.Rand) string {
	g, f, s := rng.IntN(len(givenLatin)), rng.IntN(len(givenLatin)), rng.IntN(len(familyLatin))
	if rng.IntN(3) == 0 {
		return givenArabic[g] + " " + givenArabic[f] + " " + familyArabic[s]
	}
	return givenLatin[g] + " " + givenLatin[f] + " " + familyLatin[s]
}

// callCount draws a number of calls, heavy-tailed as call records are: a Pareto tail of exponent 1.2 from 1,
// capped at 5,000.
func callCount(rng *rand.Rand) int {
	return min(5000, int(math.Pow(1-rng.Float64(), -1/1.2)))
}

// span draws the first and last day a tie was seen in 2025.
func span(rng *rand.Rand) (first, last int) {
	first = rng.IntN(365)
	return first, min(364, first+int(math.Exp(rng.Float64()*6)))
}

var year = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)

func date(day int) string { return year.AddDate(0, 0, day).Format("2006-01-02") }

// table is a CSV file being written.
type table struct {
	f   *os.File
	buf *bufio.Writer
	w   *csv.Writer
}

func newTable(dir, name string, header ...string) (*table, error) {
	f, err := os.Create(filepath.Join(dir, name))
	if err != nil {
		return nil, err
	}
	t := &table{f: f, buf: bufio.NewWriterSize(f, 1<<20)}
	t.w = csv.NewWriter(t.buf)
	t.row(header...)
	return t, nil
}

func (t *table) row(fields ...string) { _ = t.w.Write(fields) } // its error is t.w.Error()

func (t *table) close() error {
	t.w.Flush()
	err := t.w.Error()
	if err == nil {
		err = t.buf.Flush()
	}
	if err2 := t.f.Close(); err == nil {
		err = err2
	}
	if err != nil {
		return fmt.Errorf("write %s: %w", t.f.Name(), err)
	}
	return nil
}
