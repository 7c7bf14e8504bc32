package loaders_test

import (
	"context"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/loaders"
)

// ftmSample has a line of every schema the loader reads, and three it skips: a
// RealEstate, the Ownership of it, and a Sanction.
var ftmSample = strings.Join([]string{
	`{"id":"p1","schema":"Person","properties":{"name":["Khaled Haddad","Abu Khalil"],"alias":["أبو خليل"],"birthDate":["1979-04-02"],"nationality":["sy"],"passportNumber":["N0123456"],"idNumber":["0102"],"phone":["+963 944 123 456"],"gender":["male"]}}`,
	`{"id":"p2","schema":"Person","properties":{"firstName":["Omar"],"lastName":["Saleh"],"birthDate":["1985"],"status":["Arrested"]}}`,
	`{"id":"c1","schema":"Company","properties":{"name":["Latakia Shipping Ltd"],"country":["sy"],"incorporationDate":["2015-06-01"],"phone":["+963 41 555 000"]}}`,
	`{"id":"o1","schema":"Organization","properties":{"name":["Homs cell"],"classification":["gang"]}}`,
	`{"id":"le1","schema":"LegalEntity","properties":{"name":["Unknown front"],"sector":["shipping","logistics"]}}`,
	`{"id":"acc1","schema":"BankAccount","properties":{"iban":["SY21 0000 1111"],"bankName":["Bank of Syria"]}}`,
	`{"id":"acc2","schema":"BankAccount","properties":{"accountNumber":["4711"]}}`,
	`{"id":"v1","schema":"Vehicle","properties":{"registrationNumber":["ABC-123"],"model":["Kia Rio"],"owner":["p1"]}}`,
	`{"id":"ves1","schema":"Vessel","properties":{"name":["Sea Star"],"imoNumber":["IMO9123456"]}}`,
	`{"id":"addr1","schema":"Address","properties":{"full":["Port of Latakia"],"country":["sy"]}}`,
	`{"id":"pay1","schema":"Payment","properties":{"payer":["p1"],"beneficiary":["c1"],"amount":["15000"],"currency":["usd"],"date":["2024-03-01T10:00:00"],"purpose":["freight"]}}`,
	`{"id":"pay2","schema":"Payment","properties":{"payer":["c1"],"payerAccount":["acc1"],"beneficiaryAccount":["acc2"],"amount":[2500.50],"currency":["EUR"]}}`,
	`{"id":"own1","schema":"Ownership","properties":{"owner":["p1"],"asset":["c1"],"percentage":["51 %"],"startDate":["2016-01-01"],"endDate":["2020"]}}`,
	`{"id":"own2","schema":"Ownership","properties":{"owner":["c1"],"asset":["ves1"]}}`,
	`{"id":"dir1","schema":"Directorship","properties":{"director":["p1"],"organization":["c1"],"role":["Managing director"]}}`,
	`{"id":"mem1","schema":"Membership","properties":{"member":["p2"],"organization":["o1"],"role":["Courier"]}}`,
	``,
	`{"id":"ass1","schema":"Associate","properties":{"person":["p2"],"associate":["p1"],"relationship":["meeting"],"date":["2023-11-05"]}}`,
	`{"id":"fam1","schema":"Family","properties":{"person":["p1"],"relative":["p2"],"relationship":["cousin"]}}`,
	`{"id":"re1","schema":"RealEstate","properties":{"name":["Villa"]}}`,
	`{"id":"own3","schema":"Ownership","properties":{"owner":["p1"],"asset":["re1"]}}`,
	`{"id":"san1","schema":"Sanction","properties":{"entity":["p1"],"whatever":[{"no":"id"}]}}`,
}, "\n") + "\n"

// Every schema maps as ftm.go's table says; the records below are written from that
// table, not from the loader's output.
func TestFtMImport(t *testing.T) {
	st := newMemStore()
	sum, err := loaders.LoadFS(context.Background(), st, textFS(map[string]string{"sample.ftm.jsonl": ftmSample}), loaders.Options{})
	if err != nil {
		t.Fatal(err)
	}
	src := func(line string) []string { return []string{"sample.ftm.jsonl:" + line} }
	wantEntities := []ringleader.Entity{
		{ID: "p1", Kind: ringleader.KindPerson, Name: "Khaled Haddad", Aliases: []string{"Abu Khalil", "أبو خليل"}, Sources: src("1"),
			Props: map[string]string{"birth_date": "1979-04-02", "nationality": "sy", "id_numbers": "passport:N0123456;national:0102",
				"ftm_gender": "male"}},
		{ID: "phone:+963944123456", Kind: ringleader.KindPhone, Name: "+963944123456", Implicit: true, Sources: src("1")},
		{ID: "p2", Kind: ringleader.KindPerson, Name: "Omar Saleh", Sources: src("2"),
			Props: map[string]string{"status": "arrested", "ftm_birthDate": "1985", "ftm_firstName": "Omar", "ftm_lastName": "Saleh"}},
		{ID: "c1", Kind: ringleader.KindOrganisation, Name: "Latakia Shipping Ltd", Sources: src("3"),
			Props: map[string]string{"type": "company", "country": "sy", "ftm_incorporationDate": "2015-06-01"}},
		{ID: "phone:+96341555000", Kind: ringleader.KindPhone, Name: "+96341555000", Implicit: true, Sources: src("3")},
		{ID: "o1", Kind: ringleader.KindOrganisation, Name: "Homs cell", Sources: src("4"), Props: map[string]string{"type": "gang"}},
		{ID: "le1", Kind: ringleader.KindOrganisation, Name: "Unknown front", Sources: src("5"),
			Props: map[string]string{"ftm_schema": "LegalEntity", "ftm_sector": `["shipping","logistics"]`}},
		{ID: "acc1", Kind: ringleader.KindAccount, Name: "SY21 0000 1111", Sources: src("6"),
			Props: map[string]string{"ftm_iban": "SY21 0000 1111", "ftm_bankName": "Bank of Syria"}},
		{ID: "acc2", Kind: ringleader.KindAccount, Name: "4711", Sources: src("7")},
		{ID: "v1", Kind: ringleader.KindVehicle, Name: "ABC-123", Sources: src("8"),
			Props: map[string]string{"registration_number": "ABC-123", "ftm_model": "Kia Rio"}},
		{ID: "ves1", Kind: ringleader.KindVehicle, Name: "Sea Star", Sources: src("9"),
			Props: map[string]string{"ftm_schema": "Vessel", "ftm_imoNumber": "IMO9123456"}},
		{ID: "addr1", Kind: ringleader.KindLocation, Name: "Port of Latakia", Sources: src("10"), Props: map[string]string{"country": "sy"}},
	}
	wantLinks := []ringleader.Link{
		{Type: ringleader.LinkHolds, Source: "p1", Target: "phone:+963944123456", Sources: src("1")},
		{Type: ringleader.LinkHolds, Source: "c1", Target: "phone:+96341555000", Sources: src("3")},
		{Type: ringleader.LinkHolds, Source: "p1", Target: "v1", Sources: src("8")},
		{ID: "pay1", Type: ringleader.LinkPaid, Source: "p1", Target: "c1", Amount: 15000, Currency: "USD", Date: "2024-03-01",
			Sources: src("11"), Props: map[string]string{"ftm_purpose": "freight"}},
		{Type: ringleader.LinkHolds, Source: "c1", Target: "acc1", Sources: src("12")},
		{ID: "pay2", Type: ringleader.LinkPaid, Source: "acc1", Target: "acc2", Amount: 2500.5, Currency: "EUR", Sources: src("12")},
		{ID: "own1", Type: ringleader.LinkMemberOf, Source: "p1", Target: "c1", Role: "owner", FirstSeen: "2016-01-01", Sources: src("13"),
			Props: map[string]string{"percentage": "51", "ftm_endDate": "2020"}},
		{ID: "own2", Type: ringleader.LinkHolds, Source: "c1", Target: "ves1", Sources: src("14")},
		{ID: "dir1", Type: ringleader.LinkMemberOf, Source: "p1", Target: "c1", Role: "director", Sources: src("15"),
			Props: map[string]string{"ftm_role": "Managing director"}},
		{ID: "mem1", Type: ringleader.LinkMemberOf, Source: "p2", Target: "o1", Role: "courier", Sources: src("16")},
		{ID: "ass1", Type: ringleader.LinkAssociate, Subtype: "meeting", Source: "p1", Target: "p2", FirstSeen: "2023-11-05",
			LastSeen: "2023-11-05", Sources: src("18")},
		{ID: "fam1", Type: ringleader.LinkAssociate, Subtype: "family", Source: "p1", Target: "p2", Sources: src("19"),
			Props: map[string]string{"ftm_relationship": "cousin"}},
	}
	if len(st.ents) != len(wantEntities) || len(st.links) != len(wantLinks) {
		t.Errorf("%d entities and %d links, want %d and %d", len(st.ents), len(st.links), len(wantEntities), len(wantLinks))
	}
	for _, want := range wantEntities {
		if got, ok := st.ents[want.ID]; !ok || !ringleader.EqualEntity(got, want) {
			t.Errorf("entity %s:\ngot  %+v\nwant %+v", want.ID, got, want)
		}
	}
	for _, want := range wantLinks {
		got, err := st.link(want.Key())
		if err != nil || !ringleader.EqualLink(got, want) {
			t.Errorf("link %s:\ngot  %+v (%v)\nwant %+v", want.Key(), got, err, want)
		}
	}
	wantSkipped := map[string]int{"RealEstate": 1, "Ownership": 1, "Sanction": 1}
	if len(sum.Files) != 1 || sum.Files[0].Rows != 21 || !maps.Equal(sum.Files[0].Skipped, wantSkipped) {
		t.Errorf("files %+v, want 21 rows with %v skipped", sum.Files, wantSkipped)
	}
}

// A malformed line is a problem named by file, line and field, and nothing is written.
func TestFtMProblems(t *testing.T) {
	const people = `{"id":"p","schema":"Person","properties":{"name":["P"]}}` + "\n" +
		`{"id":"q","schema":"Person","properties":{"name":["Q"]}}` + "\n" +
		`{"id":"c","schema":"Company","properties":{"name":["C"]}}` + "\n"
	tests := []struct {
		name, line string
		want       []string // problems after the three lines above: line 4 is the test's
	}{
		{"not JSON", `{"id":`, []string{"x.ftm.jsonl:4: invalid JSON: unexpected end of JSON input"}},
		{"not an object", `["p"]`, []string{"x.ftm.jsonl:4: not a JSON object"}},
		{"no id", `{"schema":"Person","properties":{"name":["A"]}}`, []string{"x.ftm.jsonl:4: id: required value is empty"}},
		{"no schema", `{"id":"a","properties":{}}`, []string{"x.ftm.jsonl:4: schema: required value is empty"}},
		{"id a number", `{"id":5,"schema":"Person"}`, []string{"x.ftm.jsonl:4: id: expected a string, got a number"}},
		{"id with a control character", `{"id":"a\u0007","schema":"Person","properties":{"name":["A"]}}`,
			[]string{`x.ftm.jsonl:4: id: "a\a" contains control characters`}},
		{"properties a list", `{"id":"a","schema":"Person","properties":[]}`,
			[]string{"x.ftm.jsonl:4: properties: expected an object, got a list", "x.ftm.jsonl:4: name: required value is empty"}},
		{"value an object", `{"id":"a","schema":"Person","properties":{"name":[{"x":1}]}}`,
			[]string{"x.ftm.jsonl:4: name: expected a list of strings, got an object", "x.ftm.jsonl:4: name: required value is empty"}},
		{"no name", `{"id":"a","schema":"Company","properties":{}}`, []string{"x.ftm.jsonl:4: name: required value is empty"}},
		{"not a date", `{"id":"a","schema":"Person","properties":{"name":["A"],"birthDate":["02/04/1979"]}}`,
			[]string{`x.ftm.jsonl:4: birthDate: "02/04/1979" is not a date (ISO 8601, YYYY-MM-DD)`}},
		{"not a phone", `{"id":"a","schema":"Person","properties":{"name":["A"],"phone":["call me"]}}`,
			[]string{`x.ftm.jsonl:4: phone: "call me" is not a phone number`}},
		{"amount with a thousands separator", `{"id":"f","schema":"Payment","properties":{"payer":["p"],"beneficiary":["c"],"amount":["1,500"],"currency":["USD"]}}`,
			[]string{`x.ftm.jsonl:4: amount: "1,500" is not a number`}},
		{"amount without currency", `{"id":"f","schema":"Payment","properties":{"payer":["p"],"beneficiary":["c"],"amount":["10"]}}`,
			[]string{"x.ftm.jsonl:4: currency: required value is empty: the amount has no currency"}},
		{"not a currency", `{"id":"f","schema":"Payment","properties":{"payer":["p"],"beneficiary":["c"],"amount":["10"],"currency":["dollars"]}}`,
			[]string{`x.ftm.jsonl:4: currency: "dollars" is not a 3-letter ISO currency code`}},
		{"no payer", `{"id":"f","schema":"Payment","properties":{"beneficiary":["c"]}}`,
			[]string{"x.ftm.jsonl:4: payer: required value is empty"}},
		{"paying oneself", `{"id":"f","schema":"Payment","properties":{"payer":["c"],"beneficiary":["c"]}}`,
			[]string{"x.ftm.jsonl:4: beneficiary: same as payer"}},
		{"two owners", `{"id":"o","schema":"Ownership","properties":{"owner":["p","q"],"asset":["c"]}}`,
			[]string{"x.ftm.jsonl:4: owner: 2 values; one entity is expected"}},
		{"unknown asset", `{"id":"o","schema":"Ownership","properties":{"owner":["p"],"asset":["zz"]}}`,
			[]string{`x.ftm.jsonl:4: asset: "zz" is not defined in this load or in the store`}},
		{"directing a person", `{"id":"d","schema":"Directorship","properties":{"director":["p"],"organization":["q"]}}`,
			[]string{`x.ftm.jsonl:4: organization: "q" is a Person, not an Organisation`}},
		{"associating a company", `{"id":"a","schema":"Associate","properties":{"person":["p"],"associate":["c"]}}`,
			[]string{`x.ftm.jsonl:4: associate: "c" is an Organisation, not a Person`}},
		{"one's own associate", `{"id":"a","schema":"Associate","properties":{"person":["p"],"associate":["p"]}}`,
			[]string{"x.ftm.jsonl:4: associate: same as person"}},
		{"ending before starting", `{"id":"m","schema":"Membership","properties":{"member":["p"],"organization":["c"],"startDate":["2020-01-01"],"endDate":["2019-01-01"]}}`,
			[]string{`x.ftm.jsonl:4: endDate: "2019-01-01" is before startDate "2020-01-01"`}},
		{"a company that is a person", `{"id":"p","schema":"Company","properties":{"name":["P Ltd"]}}`,
			[]string{`x.ftm.jsonl:4: id: "p" is already a Person (x.ftm.jsonl:1)`}},
		{"ringleader weight a string", `{"id":"a","schema":"Associate","properties":{"person":["p"],"associate":["q"]},"ringleader":{"weight":"3"}}`,
			[]string{"x.ftm.jsonl:4: ringleader.weight: expected a number, got a string"}},
		{"ringleader channel", `{"id":"f","schema":"Payment","properties":{"payer":["p"],"beneficiary":["c"]},"ringleader":{"channel":"wire"}}`,
			[]string{`x.ftm.jsonl:4: ringleader.channel: "wire" is not one of: bank, hawala, crypto, cash, trade`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := newMemStore()
			_, err := loaders.LoadFS(context.Background(), st, textFS(map[string]string{"x.ftm.jsonl": people + tt.line + "\n"}), loaders.Options{})
			if got := problemLines(t, err); !slices.Equal(got, tt.want) {
				t.Errorf("problems\n%q\nwant\n%q", got, tt.want)
			}
			if st.writes != 0 {
				t.Errorf("%d writes, want none", st.writes)
			}
		})
	}
}

// With SkipInvalid, a bad relation goes to the rejects file with what depends on it,
// and the rest is loaded.
func TestFtMSkipInvalid(t *testing.T) {
	stream := `{"id":"p","schema":"Person","properties":{"name":["P"],"birthDate":["yesterday"]}}` + "\n" +
		`{"id":"c","schema":"Company","properties":{"name":["C"]}}` + "\n" +
		`{"id":"o","schema":"Ownership","properties":{"owner":["p"],"asset":["c"]}}` + "\n" +
		`{"id":"x","schema":"Thing","properties":{}}` + "\n"
	st := newMemStore()
	rejects := t.TempDir() + "/rejects.csv"
	sum, err := loaders.LoadFS(context.Background(), st, textFS(map[string]string{"x.ftm.jsonl": stream}),
		loaders.Options{SkipInvalid: true, RejectsPath: rejects})
	if err != nil {
		t.Fatal(err)
	}
	f := sum.Files[0]
	if !slices.Equal(f.RejectedLines, []int{1, 3}) || f.Skipped["Thing"] != 1 || len(st.ents) != 1 || len(st.links) != 0 {
		t.Errorf("summary %+v, stored %v", f, ftmSortedKeys(st.ents))
	}
}

// A file is read as FtM by its name, or by its first line when it is JSON Lines; other
// .json files are not read at all.
func TestFtMDetection(t *testing.T) {
	const company = `{"id":"c","schema":"Company","properties":{"name":["C"]}}` + "\n"
	tests := []struct {
		name    string
		files   map[string]string
		loaded  int
		wantErr bool
	}{
		{"ftm.json", map[string]string{"a.ftm.json": company}, 1, false},
		{"FTM.NDJSON", map[string]string{"A.FTM.NDJSON": company}, 1, false},
		{"jsonl by content", map[string]string{"a.jsonl": "\n" + company}, 1, false},
		{"ringleader jsonl", map[string]string{"a.jsonl": `{"id":"c","kind":"organisation","name":"C","schema":"x"}` + "\n"}, 1, false},
		{"plain json ignored", map[string]string{"a.json": company, "b.ftm.jsonl": company}, 1, false},
		{"only plain json", map[string]string{"a.json": company}, 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := newMemStore()
			sum, err := loaders.LoadFS(context.Background(), st, textFS(tt.files), loaders.Options{})
			if (err != nil) != tt.wantErr || len(st.ents) != tt.loaded {
				t.Errorf("loaded %d (%+v, %v), want %d", len(st.ents), sum, err, tt.loaded)
			}
		})
	}
}
