package loaders_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/loaders"
)

// Random valid FtM streams load, export and load again to the same records, and a
// second export is the first one byte for byte: the mapping loses nothing it keeps.
func TestFtMRoundTripRandom(t *testing.T) {
	ctx := context.Background()
	kinds, types := map[ringleader.Kind]int{}, map[ringleader.LinkType]int{}
	for seed := range 200 {
		stream := randomFtMStream(rand.New(rand.NewPCG(uint64(seed), 2026)))
		first, _, _, err := loaders.ReadBundle(ctx, fstest.MapFS{"r.ftm.jsonl": {Data: stream}}, nil, loaders.Options{})
		if err != nil {
			t.Fatalf("seed %d: %v\n%s", seed, err, stream)
		}
		var out1, out2 bytes.Buffer
		if err := loaders.ExportFtM(&out1, &ringleader.Network{Entities: first.Entities, Links: first.Links}); err != nil {
			t.Fatal(err)
		}
		for _, e := range first.Entities {
			kinds[e.Kind]++
		}
		for _, l := range first.Links {
			types[l.Type]++
		}
		second, _, _, err := loaders.ReadBundle(ctx, fstest.MapFS{"e.ftm.jsonl": {Data: out1.Bytes()}}, nil, loaders.Options{})
		if err != nil {
			t.Fatalf("seed %d: export does not load: %v\n%s", seed, err, out1.Bytes())
		}
		if len(second.Entities) != len(first.Entities) || len(second.Links) != len(first.Links) {
			t.Fatalf("seed %d: %d entities and %d links, want %d and %d", seed, len(second.Entities), len(second.Links),
				len(first.Entities), len(first.Links))
		}
		for i, e := range first.Entities {
			if !ringleader.EqualEntity(entityWithoutScope(second.Entities[i]), entityWithoutScope(e)) {
				t.Fatalf("seed %d: entity %s\ngot  %+v\nwant %+v\n%s\n%s", seed, e.ID, second.Entities[i], e, stream, out1.Bytes())
			}
		}
		links := map[string]ringleader.Link{}
		for _, l := range second.Links {
			links[l.Key()] = l
		}
		for _, l := range first.Links {
			if !ringleader.EqualLink(linkWithoutScope(links[l.Key()]), linkWithoutScope(l)) {
				t.Fatalf("seed %d: link %s\ngot  %+v\nwant %+v\n%s\n%s", seed, l.Key(), links[l.Key()], l, stream, out1.Bytes())
			}
		}
		if err := loaders.ExportFtM(&out2, &ringleader.Network{Entities: second.Entities, Links: second.Links}); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(out1.Bytes(), out2.Bytes()) {
			t.Fatalf("seed %d: exports differ\n%s\n%s", seed, out1.Bytes(), out2.Bytes())
		}
	}
	// The streams hold every kind and link type the mapping makes, many times over.
	for _, k := range []ringleader.Kind{ringleader.KindPerson, ringleader.KindOrganisation, ringleader.KindAccount,
		ringleader.KindVehicle, ringleader.KindLocation, ringleader.KindPhone} {
		if kinds[k] < 50 {
			t.Errorf("%d %s entities over all streams, want at least 50", kinds[k], k)
		}
	}
	for _, lt := range []ringleader.LinkType{ringleader.LinkPaid, ringleader.LinkMemberOf, ringleader.LinkHolds, ringleader.LinkAssociate} {
		if types[lt] < 50 {
			t.Errorf("%d %s links over all streams, want at least 50", types[lt], lt)
		}
	}
	t.Logf("entities %v, links %v", kinds, types)
}

// randomFtMStream writes a valid FtM stream of random entities and relations among them,
// with the awkward values of real data: several values, coarse dates, times, free-text
// enumerations, list separators, text that looks like JSON, ids FtM itself would refuse.
func randomFtMStream(rng *rand.Rand) []byte {
	pick := func(vs ...string) string { return vs[rng.IntN(len(vs))] }
	some := func(n int, gen func() string) []string {
		var out []string
		for range rng.IntN(n + 1) {
			out = append(out, gen())
		}
		return out
	}
	name := func() string {
		return pick("Abu Khalil", "أبو خليل", "Mohammed Ahmed", "محمد أحمد", "Latakia Shipping", "Sea Star", "A; B", `["x","y"]`, "[x]")
	}
	date := func() string {
		return pick("2020-01-01", "2021-06-30", "2019", "2018-07", "2022-02-02T10:11:12", "2023-12-31")
	}
	text := func() string {
		return pick("alpha", "beta gamma", "x;y", `["p","q"]`, "Arrested", "gang", "company", "member")
	}
	type record struct {
		id, schema string
		props      map[string][]string
	}
	var records []*record
	line := func(id, schema string, props map[string][]string) {
		records = append(records, &record{id, schema, props})
	}
	type ent struct {
		id, class string
		rec       *record
	}
	var ents []ent
	ids := []string{"e1", "e2", "e3", "e4", "e5", "e6", "e7", "e8", "e9", "a b", "x:y", "rlx-41", "مرحبا", "E-10", "e.11", "e12"}
	rng.Shuffle(len(ids), func(i, j int) { ids[i], ids[j] = ids[j], ids[i] })
	for _, id := range ids[:3+rng.IntN(len(ids)-3)] {
		p := map[string][]string{}
		schema := pick("Person", "Person", "Company", "Organization", "LegalEntity", "PublicBody", "BankAccount", "Vehicle",
			"Vessel", "Address", "RealEstate")
		class := schema
		switch schema {
		case "Person":
			p["name"] = append([]string{name()}, some(1, name)...)
			p["alias"], p["weakAlias"] = some(2, name), some(1, name)
			p["birthDate"], p["nationality"] = some(1, date), some(2, func() string { return pick("sy", "lb", "iq") })
			p["status"], p["position"], p["address"] = some(1, text), some(1, text), some(2, text)
			p["passportNumber"], p["idNumber"] = some(2, func() string { return pick("N1", "P 22", "7;8") }), some(1, func() string { return "0102" })
			p["phone"] = some(2, func() string { return pick("+963 944 123 456", "00963-933-000-111", "٠٩٤٤٥٥٥٦٦٦") })
			p["gender"], p["firstName"] = some(1, text), some(1, name)
		case "Company", "Organization", "LegalEntity", "PublicBody":
			class = "Organisation"
			p["name"] = []string{name()}
			p["alias"], p["classification"], p["country"] = some(1, name), some(1, text), some(2, text)
			p["incorporationDate"], p["sector"] = some(1, date), some(2, text)
			p["phone"] = some(1, func() string { return "+964 770 111 2222" })
		case "BankAccount":
			p["accountNumber"], p["iban"], p["name"] = some(2, text), some(1, text), some(1, name)
			p["bankName"], p["alias"] = some(1, text), some(1, name)
		case "Vehicle", "Vessel":
			class = "Vehicle"
			p["name"], p["registrationNumber"] = some(1, name), some(2, text)
			p["imoNumber"], p["model"] = some(1, text), some(1, text)
			if schema == "Vessel" {
				p["name"] = []string{name()}
			}
		case "Address":
			p["full"], p["city"], p["country"] = some(2, text), some(1, text), some(1, text)
		}
		line(id, schema, p)
		ents = append(ents, ent{id, class, records[len(records)-1]})
	}
	of := func(classes ...string) []string {
		var out []string
		for _, e := range ents {
			for _, c := range classes {
				if e.class == c {
					out = append(out, e.id)
				}
			}
		}
		return out
	}
	parties, orgs, people := of("Person", "Organisation"), of("Organisation"), of("Person")
	assets, accounts := of("Organisation", "BankAccount", "Vehicle"), of("BankAccount")
	for _, e := range ents {
		if e.class == "Vehicle" && len(parties) > 0 && rng.IntN(2) == 0 {
			e.rec.props["owner"] = []string{parties[rng.IntN(len(parties))]}
		}
	}
	two := func(from, to []string, distinct bool) (string, string, bool) {
		if len(from) == 0 || len(to) == 0 {
			return "", "", false
		}
		a, b := from[rng.IntN(len(from))], to[rng.IntN(len(to))]
		return a, b, !distinct || a != b
	}
	for i := range rng.IntN(12) {
		id := fmt.Sprintf("r%d", i)
		p := map[string][]string{}
		if rng.IntN(2) == 0 {
			start := pick("2019-01-01", "2020-05-05", "2019")
			p["startDate"] = []string{start}
			if rng.IntN(2) == 0 {
				p["endDate"] = []string{pick("2021-01-01", "2022")}
			}
		} else if rng.IntN(2) == 0 {
			p["date"] = []string{date()}
		}
		switch schema := pick("Payment", "Ownership", "Directorship", "Membership", "Associate", "Family"); schema {
		case "Payment":
			payers, payees := parties, parties
			accountFrom, accountTo := len(accounts) > 0 && rng.IntN(2) == 0, len(accounts) > 0 && rng.IntN(2) == 0
			if accountFrom {
				payers = accounts
			}
			if accountTo {
				payees = accounts
			}
			a, b, ok := two(payers, payees, true)
			if !ok {
				continue
			}
			from, to := "payer", "beneficiary"
			if accountFrom {
				from = "payerAccount"
				if len(parties) > 0 && rng.IntN(2) == 0 {
					p["payer"] = []string{parties[rng.IntN(len(parties))]}
				}
			}
			if accountTo {
				to = "beneficiaryAccount"
			}
			p[from], p[to] = []string{a}, []string{b}
			if rng.IntN(3) > 0 {
				p["amount"], p["currency"] = []string{pick("15000", "2500.50", "0.1", "1e3")}, []string{pick("usd", "EUR", "BTC")}
			}
			p["purpose"] = some(1, text)
			delete(p, "startDate")
			delete(p, "endDate")
			line(id, schema, p)
		case "Ownership":
			a, b, ok := two(parties, assets, false)
			if !ok {
				continue
			}
			p["owner"], p["asset"] = []string{a}, []string{b}
			p["percentage"], p["sharesCount"] = some(1, func() string { return pick("50", "12.5 %", "most") }), some(1, text)
			line(id, schema, p)
		case "Directorship", "Membership":
			a, b, ok := two(parties, orgs, true)
			if !ok {
				continue
			}
			src := map[string]string{"Directorship": "director", "Membership": "member"}[schema]
			p[src], p["organization"], p["role"] = []string{a}, []string{b}, some(1, text)
			line(id, schema, p)
		case "Associate", "Family":
			a, b, ok := two(people, people, true)
			if !ok {
				continue
			}
			other := map[string]string{"Associate": "associate", "Family": "relative"}[schema]
			p["person"], p[other] = []string{a}, []string{b}
			p["relationship"] = some(1, func() string { return pick("call", "meeting", "cousin", "travel", "Business partner") })
			line(id, schema, p)
		}
	}
	var b strings.Builder
	for _, r := range records {
		for k, v := range r.props {
			if len(v) == 0 {
				delete(r.props, k)
			}
		}
		line, _ := json.Marshal(map[string]any{"id": r.id, "schema": r.schema, "properties": r.props})
		b.Write(line)
		b.WriteByte('\n')
	}
	return []byte(b.String())
}
