package loaders_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/loaders"
)

// ftmIDSyntax is FtM's entity id syntax (followthemoney/types/entity.py).
var ftmIDSyntax = regexp.MustCompile(`^[0-9a-zA-Z]([0-9a-zA-Z\.\-]*[0-9a-zA-Z])?$`)

// ftmLine is a line of an FtM stream as a test reads it.
type ftmLine struct {
	ID         string              `json:"id"`
	Schema     string              `json:"schema"`
	Properties map[string][]string `json:"properties"`
	Ringleader json.RawMessage     `json:"ringleader"`
}

func readFtMLines(tb testing.TB, data []byte) []ftmLine {
	tb.Helper()
	var out []ftmLine
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var l ftmLine
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			tb.Fatalf("%v: %s", err, sc.Bytes())
		}
		out = append(out, l)
	}
	return out
}

// exportAndLoad writes net as FtM and loads the stream into an empty store.
func exportAndLoad(t *testing.T, net *ringleader.Network) (*memStore, loaders.FtMExport, []byte) {
	t.Helper()
	var b bytes.Buffer
	sum, err := loaders.WriteFtM(&b, net)
	if err != nil {
		t.Fatal(err)
	}
	st := newMemStore()
	if _, err := loaders.LoadFS(context.Background(), st, textFS(map[string]string{"net.ftm.jsonl": b.String()}), loaders.Options{}); err != nil {
		t.Fatalf("%v\n%s", err, b.String())
	}
	return st, sum, b.Bytes()
}

// withoutScope drops what an FtM stream does not carry: cases and sources.
func entityWithoutScope(e ringleader.Entity) ringleader.Entity {
	e.Cases, e.Sources, e.Seq = nil, nil, 0
	return e
}

func linkWithoutScope(l ringleader.Link) ringleader.Link {
	// Observations name the file of their row, so they differ between formats; the weight they make up does not.
	l.Cases, l.Sources, l.Observations = nil, nil, nil
	return l
}

// The test bundle, exported and loaded back, gives the same people, organisations,
// accounts, vehicles, places and phones, and the same payments, memberships, holdings
// and associations, field for field but for cases and sources. Cases, shipments and the
// links that name them have no FtM schema and are counted as skipped.
func TestFtMRoundTripBundle(t *testing.T) {
	batch, _, _, err := loaders.ReadBundle(context.Background(), bundleFS(t), nil, loaders.Options{})
	if err != nil {
		t.Fatal(err)
	}
	net := &ringleader.Network{Entities: batch.Entities, Links: batch.Links}
	st, sum, out := exportAndLoad(t, net)

	// From the bundle's files: 3 cases, 3 shipments, and their 13 + 19 links; the 4
	// phones are written as their holders' phone numbers.
	wantSkipped := map[string]int{"Case": 3, "Shipment": 3, "INVOLVED_IN": 13, "ORIGIN": 3, "DESTINATION": 3,
		"ROUTED_VIA": 4, "SEIZED_AT": 2, "ORGANISED": 4, "TRANSPORTED": 3}
	if !maps.Equal(sum.Skipped, wantSkipped) || sum.Lines != 6+3+2+1+11+5+3+4+7 {
		t.Errorf("export %+v, want %d lines and skipped %v", sum, 6+3+2+1+11+5+3+4+7, wantSkipped)
	}
	kept := map[ringleader.Kind]bool{ringleader.KindPerson: true, ringleader.KindOrganisation: true, ringleader.KindAccount: true,
		ringleader.KindVehicle: true, ringleader.KindLocation: true, ringleader.KindPhone: true}
	ents := 0
	for _, want := range net.Entities {
		if !kept[want.Kind] {
			continue
		}
		ents++
		if got, ok := st.ents[want.ID]; !ok || !ringleader.EqualEntity(entityWithoutScope(got), entityWithoutScope(want)) {
			t.Errorf("entity %s:\ngot  %+v\nwant %+v", want.ID, got, want)
		}
	}
	links := 0
	for _, want := range net.Links {
		switch want.Type {
		case ringleader.LinkPaid, ringleader.LinkMemberOf, ringleader.LinkHolds, ringleader.LinkAssociate:
		default:
			continue
		}
		links++
		if got, err := st.link(want.Key()); err != nil || !ringleader.EqualLink(linkWithoutScope(got), linkWithoutScope(want)) {
			t.Errorf("link %s:\ngot  %+v (%v)\nwant %+v", want.Key(), got, err, want)
		}
	}
	if len(st.ents) != ents || len(st.links) != links || ents != 27 || links != 24 {
		t.Errorf("loaded %d entities and %d links, want %d (27) and %d (24)", len(st.ents), len(st.links), ents, links)
	}
	checkFtMSyntax(t, out)
}

// Records that came from FtM, and the corners of the mapping: ids FtM refuses, a link id
// that is also an entity's, values FtM has no place for, conflicting ftm_ properties.
func TestFtMRoundTripCorners(t *testing.T) {
	net := cornersNet()
	ents, links := net.Entities, net.Links
	st, sum, out := exportAndLoad(t, net)
	if sum.Skipped != nil || sum.Lines != len(ents)+len(links) {
		t.Errorf("export %+v, want %d lines and nothing skipped", sum, len(ents)+len(links))
	}
	for _, want := range ents {
		if got := st.ents[want.ID]; !ringleader.EqualEntity(entityWithoutScope(got), want) {
			t.Errorf("entity %s:\ngot  %+v\nwant %+v", want.ID, got, want)
		}
	}
	for _, want := range links {
		want = want.Canonical()
		if got, err := st.link(want.Key()); err != nil || !ringleader.EqualLink(linkWithoutScope(got), want) {
			t.Errorf("link %s:\ngot  %+v (%v)\nwant %+v", want.Key(), got, err, want)
		}
	}
	if len(st.ents) != len(ents) || len(st.links) != len(links) {
		t.Errorf("loaded %d entities and %d links, want %d and %d", len(st.ents), len(st.links), len(ents), len(links))
	}
	checkFtMSyntax(t, out)

	// What an FtM reader sees: the schemas and properties of FtM, not Ringleader's names.
	lines := readFtMLines(t, out)
	byID := map[string]ftmLine{}
	for _, l := range lines {
		byID[l.ID] = l
	}
	checks := []struct {
		id, schema string
		props      map[string][]string
	}{
		{"p1", "Person", map[string][]string{"name": {"Abu Khalil"}, "alias": {"أبو خليل"}, "passportNumber": {"N1"},
			"birthDate": {"1985"}, "gender": {"male", "m"}}},
		{"p2", "Person", map[string][]string{"name": {"Omar"}, "status": {"deceased"}, "birthDate": {"1970-01-01"}}},
		{"rlx-6f72672031", "Company", map[string][]string{"name": {"Cartel Co"}, "classification": {"cartel"}}},
		{"ves", "Vessel", map[string][]string{"name": {"Sea Star"}, "imoNumber": {"IMO1"}}},
		{"rlx-726c782d3431", "Vehicle", map[string][]string{"name": {"rlx-41"}, "registrationNumber": {"B 77"}}},
		{"own-2", "Ownership", map[string][]string{"owner": {"le"}, "asset": {"rlx-6f72672031"}, "percentage": {"12.5"}}},
		{"dir", "Directorship", map[string][]string{"director": {"p2"}, "organization": {"rlx-6f72672031"}, "role": {"Chairman"},
			"endDate": {"2021-05-05"}}},
	}
	for _, c := range checks {
		l, ok := byID[c.id]
		if !ok || l.Schema != c.schema || !reflect.DeepEqual(l.Properties, c.props) {
			t.Errorf("line %s: %+v, want %s with %v", c.id, l, c.schema, c.props)
		}
	}
}

// checkFtMSyntax checks that every id of an exported stream, its own and those its
// relations name, is one that FtM accepts.
func checkFtMSyntax(t *testing.T, out []byte) {
	t.Helper()
	refs := []string{"payer", "payerAccount", "beneficiary", "beneficiaryAccount", "owner", "asset", "director",
		"organization", "member", "person", "associate", "relative"}
	seen := map[string]bool{}
	for _, l := range readFtMLines(t, out) {
		if !ftmIDSyntax.MatchString(l.ID) || seen[l.ID] {
			t.Errorf("id %q is not a valid FtM id, or repeats", l.ID)
		}
		seen[l.ID] = true
		for _, p := range refs {
			for _, v := range l.Properties[p] {
				if !ftmIDSyntax.MatchString(v) {
					t.Errorf("%s %s: %q is not a valid FtM id", l.ID, p, v)
				}
			}
		}
	}
}

// The KEK stream, loaded and exported, is the stream it was, line for line: the same
// ids, schemas and properties, and nothing Ringleader would need to add.
func TestFtMRoundTripKEK(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(kekDir, "entities.ftm.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	st := newMemStore()
	if _, err := loaders.LoadFS(context.Background(), st, textFS(map[string]string{"kek.ftm.jsonl": string(data)}), loaders.Options{}); err != nil {
		t.Fatal(err)
	}
	net := &ringleader.Network{}
	for _, id := range ftmSortedKeys(st.ents) {
		net.Entities = append(net.Entities, st.ents[id])
	}
	for _, k := range ftmSortedKeys(st.links) {
		net.Links = append(net.Links, st.links[k])
	}
	var b bytes.Buffer
	if err := loaders.ExportFtM(&b, net); err != nil {
		t.Fatal(err)
	}
	want, got := readFtMLines(t, data), readFtMLines(t, b.Bytes())
	wantByID := map[string]ftmLine{}
	for _, l := range want {
		wantByID[l.ID] = l
	}
	if len(got) != len(want) {
		t.Fatalf("%d lines, want %d", len(got), len(want))
	}
	for _, l := range got {
		w, ok := wantByID[l.ID]
		if !ok || l.Schema != w.Schema || !reflect.DeepEqual(l.Properties, w.Properties) || l.Ringleader != nil {
			t.Errorf("line %s:\ngot  %+v\nwant %+v", l.ID, l, w)
		}
	}
}

// The sample stream survives a round trip through Ringleader in what FtM would call the
// same facts: every entity and relation, with values put in Ringleader's normal forms.
func TestFtMRoundTripSample(t *testing.T) {
	st := newMemStore()
	if _, err := loaders.LoadFS(context.Background(), st, textFS(map[string]string{"s.ftm.jsonl": ftmSample}), loaders.Options{}); err != nil {
		t.Fatal(err)
	}
	net := &ringleader.Network{}
	for _, id := range ftmSortedKeys(st.ents) {
		net.Entities = append(net.Entities, st.ents[id])
	}
	for _, k := range ftmSortedKeys(st.links) {
		net.Links = append(net.Links, st.links[k])
	}
	var b bytes.Buffer
	if err := loaders.ExportFtM(&b, net); err != nil {
		t.Fatal(err)
	}
	byID := map[string]ftmLine{}
	for _, l := range readFtMLines(t, b.Bytes()) {
		byID[l.ID] = l
	}
	tests := []struct {
		id, schema string
		props      map[string][]string
	}{
		{"p1", "Person", map[string][]string{"name": {"Khaled Haddad"}, "alias": {"Abu Khalil", "أبو خليل"}, "birthDate": {"1979-04-02"},
			"nationality": {"sy"}, "passportNumber": {"N0123456"}, "idNumber": {"0102"}, "phone": {"+963944123456"}, "gender": {"male"}}},
		{"p2", "Person", map[string][]string{"name": {"Omar Saleh"}, "firstName": {"Omar"}, "lastName": {"Saleh"}, "birthDate": {"1985"},
			"status": {"arrested"}}},
		{"le1", "LegalEntity", map[string][]string{"name": {"Unknown front"}, "sector": {"shipping", "logistics"}}},
		{"acc1", "BankAccount", map[string][]string{"iban": {"SY21 0000 1111"}, "bankName": {"Bank of Syria"}}},
		{"pay2", "Payment", map[string][]string{"payerAccount": {"acc1"}, "beneficiaryAccount": {"acc2"}, "amount": {"2500.5"},
			"currency": {"EUR"}}},
		{"own1", "Ownership", map[string][]string{"owner": {"p1"}, "asset": {"c1"}, "percentage": {"51"}, "startDate": {"2016-01-01"},
			"endDate": {"2020"}}},
		{"own2", "Ownership", map[string][]string{"owner": {"c1"}, "asset": {"ves1"}}},
		{"ass1", "Associate", map[string][]string{"person": {"p1"}, "associate": {"p2"}, "relationship": {"meeting"},
			"startDate": {"2023-11-05"}, "endDate": {"2023-11-05"}}},
		{"fam1", "Family", map[string][]string{"person": {"p1"}, "relative": {"p2"}, "relationship": {"cousin"}}},
	}
	for _, tt := range tests {
		l, ok := byID[tt.id]
		if !ok || l.Schema != tt.schema || !reflect.DeepEqual(l.Properties, tt.props) {
			t.Errorf("line %s:\ngot  %+v\nwant %s %v", tt.id, l, tt.schema, tt.props)
		}
	}
	// The payer's account and the vehicle's owner, which the sample gives as properties,
	// come back as Ownerships of their own.
	owns := 0
	for _, l := range byID {
		if l.Schema == "Ownership" && strings.HasPrefix(l.ID, "rl-") {
			owns++
		}
	}
	// 10 entities (the phones are properties) and 10 relations.
	if owns != 2 || len(byID) != 20 {
		t.Errorf("%d lines with %d derived ownerships, want 20 with 2", len(byID), owns)
	}
}

// cornersNet is the network of TestFtMRoundTripCorners.
func cornersNet() *ringleader.Network {
	ents := []ringleader.Entity{
		{ID: "p1", Kind: ringleader.KindPerson, Name: "Abu Khalil", Aliases: []string{"أبو خليل"},
			Props: map[string]string{"id_numbers": "tax:77;passport:N1", "ftm_birthDate": "1985", "ftm_gender": `["male","m"]`, "notes": "x;y"}},
		{ID: "p2", Kind: ringleader.KindPerson, Name: "Omar", Props: map[string]string{"status": "deceased", "birth_date": "1970-01-01"}},
		{ID: "org 1", Kind: ringleader.KindOrganisation, Name: "Cartel Co", Props: map[string]string{"type": "cartel", "ftm_schema": "Company"}},
		{ID: "le", Kind: ringleader.KindOrganisation, Name: "LE", Props: map[string]string{"ftm_schema": "LegalEntity", "ftm_name": "LE2"}},
		{ID: "acc", Kind: ringleader.KindAccount, Name: "SY21 0000 1111", Props: map[string]string{"ftm_iban": "SY21 0000 1111"}},
		{ID: "account:X1", Kind: ringleader.KindAccount, Name: "X1", Implicit: true},
		{ID: "rlx-41", Kind: ringleader.KindVehicle, Name: "rlx-41", Props: map[string]string{"registration_number": "B 77"}},
		{ID: "ves", Kind: ringleader.KindVehicle, Name: "Sea Star", Props: map[string]string{"ftm_schema": "Vessel", "ftm_imoNumber": "IMO1"}},
		{ID: "location:حلب", Kind: ringleader.KindLocation, Name: "حلب", Aliases: []string{"Aleppo"}, Implicit: true},
	}
	links := []ringleader.Link{
		{ID: "p1", Type: ringleader.LinkPaid, Source: "p1", Target: "acc", Amount: 1e6, Currency: "USD", Date: "2026-01-02", Channel: "hawala",
			Props: map[string]string{"ftm_purpose": "goods", "reference": "ref-1"}},
		{ID: "pay:abc", Type: ringleader.LinkPaid, Source: "account:X1", Target: "acc", Amount: 0.5, Currency: "BTC"},
		{Type: ringleader.LinkMemberOf, Source: "p1", Target: "org 1", Role: "owner", FirstSeen: "2020-01-01",
			Props: map[string]string{"percentage": "about half"}},
		{ID: "own-2", Type: ringleader.LinkMemberOf, Source: "le", Target: "org 1", Role: "owner", Props: map[string]string{"percentage": "12.5"}},
		{ID: "dir", Type: ringleader.LinkMemberOf, Source: "p2", Target: "org 1", Role: "director", LastSeen: "2021-05-05",
			Props: map[string]string{"ftm_role": "Chairman"}},
		{Type: ringleader.LinkMemberOf, Source: "p2", Target: "le", Role: "financier", Weight: 2},
		{Type: ringleader.LinkHolds, Source: "p1", Target: "account:X1", Role: "signatory"},
		{Type: ringleader.LinkHolds, Source: "org 1", Target: "ves"},
		{Type: ringleader.LinkAssociate, Subtype: "call", Source: "p2", Target: "p1", Weight: 14, FirstSeen: "2025-01-05", LastSeen: "2025-03-09"},
		{ID: "a2", Type: ringleader.LinkAssociate, Subtype: "meeting", Source: "p1", Target: "p2", Props: map[string]string{"ftm_relationship": "met in Homs"}},
		{Type: ringleader.LinkAssociate, Subtype: "family", Source: "p1", Target: "p2", Props: map[string]string{"ftm_relationship": "cousin"}},
	}
	return &ringleader.Network{Entities: ents, Links: links}
}
