package resolve_test

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/loaders"
	"github.com/ringleader/ringleader/resolve"
)

// readBundle reads a CSV bundle held in memory into the network a store would return.
func readBundle(t *testing.T, files map[string]string) *ringleader.Network {
	t.Helper()
	fsys := fstest.MapFS{}
	for name, data := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(data)}
	}
	batch, _, _, err := loaders.ReadBundle(context.Background(), fsys, nil, loaders.Options{})
	if err != nil {
		t.Fatal(err)
	}
	net := &ringleader.Network{Entities: batch.Entities, Links: batch.Links}
	for i := range net.Entities {
		net.Entities[i].Seq = int64(i + 1)
	}
	net.Sort()
	return net
}

// twoCases is the bundle of the acceptance test: one man spelled "أبو خليل" in
// the weapons case and "Abu Khaleel" in the drugs case, with the same phone written two
// ways; two different men named Mohammed Ahmed, born years apart; and a bystander.
var twoCases = map[string]string{
	"cases.csv": "id,title,type\nc-weapons,Operation Anvil,weapons\nc-drugs,Operation Desert Pill,drugs\n",
	"suspects.csv": "id,name,birth_date,phones,cases\n" +
		"w-1,أبو خليل,,+963 944 123 456,c-weapons:suspect\n" +
		"d-7,Abu Khaleel,,+963-944-123-456,c-drugs:courier\n" +
		"d-8,Mohammed Ahmed,1979-04-02,,c-drugs\n" +
		"w-2,Muhammad Ahmad,1985-11-30,,c-weapons\n" +
		"w-3,Samir Haddad,,,c-weapons\n",
}

func TestCandidatesAcrossCases(t *testing.T) {
	net := readBundle(t, twoCases)
	cs := resolve.Candidates(net, resolve.Options{})
	var khalil *resolve.Candidate
	for i := range cs {
		if cs[i].Source == "d-7" && cs[i].Target == "w-1" {
			khalil = &cs[i]
		}
		if (cs[i].Source == "d-8" && cs[i].Target == "w-2") && cs[i].Decision == ringleader.DecisionAuto {
			t.Errorf("the two Mohammed Ahmeds are merged automatically: %+v", cs[i])
		}
	}
	if khalil == nil {
		t.Fatalf("no candidate d-7 ~ w-1 among %+v", cs)
	}
	if khalil.Decision != ringleader.DecisionAuto || khalil.Score < resolve.DefaultAutoThreshold {
		t.Errorf("Abu Khaleel ~ أبو خليل: decision %q score %.3f, want auto", khalil.Decision, khalil.Score)
	}
	text := resolve.FormatReasons(khalil.Reasons)
	for _, want := range []string{"same phone +963944123456 +", "names match after transliteration: Abu Khaleel ~ أبو خليل",
		"(name keys abu kll) +"} {
		if !strings.Contains(text, want) {
			t.Errorf("reasons lack %q:\n%s", want, text)
		}
	}
	links := resolve.AutoLinks(cs)
	if len(links) != 1 {
		t.Fatalf("AutoLinks = %+v, want the one link", links)
	}
	l := links[0]
	if l.Type != ringleader.LinkSameAs || l.Source != "d-7" || l.Target != "w-1" || l.Props["decision"] != ringleader.DecisionAuto ||
		l.Props["score"] == "" || l.Props["reasons"] != text {
		t.Errorf("link = %+v", l)
	}
}

func TestCommonNameNeedsEvidence(t *testing.T) {
	person := func(id, name, birth, ids string) ringleader.Entity {
		p := map[string]string{}
		if birth != "" {
			p["birth_date"] = birth
		}
		if ids != "" {
			p["id_numbers"] = ids
		}
		return ringleader.Entity{ID: id, Kind: ringleader.KindPerson, Name: name, Props: p}
	}
	tests := []struct {
		name     string
		a, b     ringleader.Entity
		decision string // "" pending, "none" not returned
		reason   string
	}{
		{"different birth dates", person("a", "Mohammed Ahmed", "1979-04-02", ""), person("b", "Muhammad Ahmad", "1985-11-30", ""),
			"none", "birth dates differ (1979-04-02 vs 1985-11-30) !"},
		{"names alone", person("a", "Mohammed Ahmed", "", ""), person("b", "Muhammad Ahmad", "", ""),
			"", "common names: Mohammed, Ahmed ~"},
		{"same birth date", person("a", "Mohammed Ahmed", "1979-04-02", ""), person("b", "محمد أحمد", "1979-04-02", ""),
			ringleader.DecisionAuto, "same birth date 1979-04-02 +"},
		{"same passport written two ways", person("a", "Mohammed Ahmed", "", "passport:N 123-456"),
			person("b", "Muhammad Ahmad", "", "passport:n123456;national:0102"), ringleader.DecisionAuto, "same passport N123456 +"},
		{"different national ids", person("a", "Mohammed Ahmed", "", "national:0102"), person("b", "Muhammad Ahmad", "", "national:0707"),
			"none", "different national ids (0102 vs 0707) -"},
		{"swapped day and month", person("a", "Firas Hamdan", "1980-04-02", ""), person("b", "Feras Hamdan", "1980-02-04", ""),
			ringleader.DecisionAuto, "birth dates differ only by day and month swapped (1980-04-02 vs 1980-02-04) ~"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := resolve.Candidates(&ringleader.Network{Entities: []ringleader.Entity{tt.a, tt.b}}, resolve.Options{})
			if tt.decision == "none" {
				if len(cs) != 0 {
					t.Errorf("candidates %+v, want none", cs)
				}
				cs = resolve.Candidates(&ringleader.Network{Entities: []ringleader.Entity{tt.a, tt.b}}, resolve.Options{MinScore: 1e-9})
			} else if len(cs) != 1 || cs[0].Decision != tt.decision {
				t.Fatalf("candidates %+v, want one with decision %q", cs, tt.decision)
			}
			if len(cs) != 1 || !strings.Contains(resolve.FormatReasons(cs[0].Reasons), tt.reason) {
				t.Errorf("reasons lack %q: %+v", tt.reason, cs)
			}
		})
	}
}

func TestSharedThings(t *testing.T) {
	person := func(id, name string) ringleader.Entity {
		return ringleader.Entity{ID: id, Kind: ringleader.KindPerson, Name: name}
	}
	phone := ringleader.Entity{ID: "phone:+1", Kind: ringleader.KindPhone, Name: "+1"}
	holds := func(p, thing string) ringleader.Link {
		return ringleader.Link{Type: ringleader.LinkHolds, Source: p, Target: thing}
	}
	// Two records with unrelated names share a phone: a phone alone does not merge
	// people whose given names differ.
	net := &ringleader.Network{Entities: []ringleader.Entity{person("a", "Walid Hamdan"), person("b", "Samir Qabbani"), phone},
		Links: []ringleader.Link{holds("a", "phone:+1"), holds("b", "phone:+1")}}
	if cs := resolve.Candidates(net, resolve.Options{}); len(cs) != 0 {
		t.Errorf("unrelated names with one phone: %+v", cs)
	}
	// The same phone held by more records than MaxHolders is not a block.
	net = &ringleader.Network{Entities: []ringleader.Entity{person("a", "أبو خليل"), person("b", "Abu Khaleel"),
		person("c", "Firas Zaki"), phone}, Links: []ringleader.Link{holds("a", "phone:+1"), holds("b", "phone:+1"), holds("c", "phone:+1")}}
	cs := resolve.Candidates(net, resolve.Options{MaxHolders: 2, MinScore: 1e-9})
	for _, c := range cs {
		if c.Source == "a" && c.Target == "c" || c.Source == "b" && c.Target == "c" {
			t.Errorf("paired through an oversized block: %+v", c)
		}
	}
	// Held by three records, the phone weighs less than held by two, and says so.
	if len(cs) != 1 || !strings.Contains(resolve.FormatReasons(cs[0].Reasons), "same phone +1 (held by 3 records) +") {
		t.Fatalf("candidates %+v", cs)
	}
	two := resolve.Candidates(&ringleader.Network{Entities: []ringleader.Entity{net.Entities[0], net.Entities[1], phone},
		Links: net.Links[:2:2]}, resolve.Options{})
	if len(two) != 1 || two[0].Score <= cs[0].Score {
		t.Errorf("phone of two records: %+v; of three: %.3f", two, cs[0].Score)
	}
}

func TestTiedRecordsAreTwoPeople(t *testing.T) {
	a := ringleader.Entity{ID: "a", Kind: ringleader.KindPerson, Name: "Firas Mahmoud al-Obaidi"}
	b := ringleader.Entity{ID: "b", Kind: ringleader.KindPerson, Name: "Firas Mahmoud al-Obaidi"}
	net := &ringleader.Network{Entities: []ringleader.Entity{a, b}}
	alone := resolve.Candidates(net, resolve.Options{})
	net.Links = []ringleader.Link{{Type: ringleader.LinkAssociate, Subtype: ringleader.AssocCall, Source: "a", Target: "b"}}
	tied := resolve.Candidates(net, resolve.Options{MinScore: 1e-9})
	if len(alone) != 1 || len(tied) != 1 || tied[0].Score >= alone[0].Score ||
		!strings.Contains(resolve.FormatReasons(tied[0].Reasons), "tied to each other (call)") {
		t.Errorf("alone %+v; tied %+v", alone, tied)
	}
}

func TestPersonDecisionKept(t *testing.T) {
	a := ringleader.Entity{ID: "a", Kind: ringleader.KindPerson, Name: "خالد إبراهيم المصري"}
	b := ringleader.Entity{ID: "b", Kind: ringleader.KindPerson, Name: "Khaled Ibrahim al-Masri", Props: map[string]string{"birth_date": "1970-01-01"}}
	net := &ringleader.Network{Entities: []ringleader.Entity{a, b}}
	cs := resolve.Candidates(net, resolve.Options{})
	if len(cs) != 1 || cs[0].Decision != ringleader.DecisionAuto {
		t.Fatalf("candidates %+v, want one auto", cs)
	}
	rejected, err := resolve.Decide(resolve.Review{Source: "b", Target: "a", Decision: ringleader.DecisionRejected, By: "analyst"}, &cs[0])
	if err != nil {
		t.Fatal(err)
	}
	net.Links = append(net.Links, rejected)
	cs = resolve.Candidates(net, resolve.Options{})
	if len(cs) != 1 || cs[0].Decision != ringleader.DecisionRejected || !cs[0].Reviewed() {
		t.Fatalf("after rejection: %+v", cs)
	}
	if links := resolve.AutoLinks(cs); len(links) != 0 {
		t.Errorf("AutoLinks would overwrite the rejection: %+v", links)
	}
}

func TestOrganisations(t *testing.T) {
	org := func(id, name, country string) ringleader.Entity {
		return ringleader.Entity{ID: id, Kind: ringleader.KindOrganisation, Name: name, Props: map[string]string{"country": country}}
	}
	tests := []struct {
		a, b ringleader.Entity
		auto bool
	}{
		{org("o1", "Al-Nour Trading Co", "Syria"), org("o2", "شركة النور للتجارة", "Syria"), true},
		{org("o1", "Al-Nour Trading Co", "Syria"), org("o2", "Al-Nour Shipping", "Lebanon"), false},
		{org("o1", "Al-Nour Trading Co", ""), org("o2", "Al-Huda Trading Co", ""), false},
	}
	for _, tt := range tests {
		cs := resolve.Candidates(&ringleader.Network{Entities: []ringleader.Entity{tt.a, tt.b}}, resolve.Options{})
		auto := len(cs) == 1 && cs[0].Decision == ringleader.DecisionAuto
		if auto != tt.auto {
			t.Errorf("%s ~ %s: auto %v, want %v (%+v)", tt.a.Name, tt.b.Name, auto, tt.auto, cs)
		}
	}
	// A person and an organisation of one name are never paired.
	p := ringleader.Entity{ID: "p", Kind: ringleader.KindPerson, Name: "Al-Nour"}
	if cs := resolve.Candidates(&ringleader.Network{Entities: []ringleader.Entity{p, org("o", "Al-Nour", "")}},
		resolve.Options{MinScore: 1e-9}); len(cs) != 0 {
		t.Errorf("person paired with organisation: %+v", cs)
	}
}

func TestOptionsValidate(t *testing.T) {
	for _, o := range []resolve.Options{{AutoThreshold: 1.5}, {MinScore: -1}, {MaxBlock: -1}, {Kinds: []ringleader.Kind{"Boat"}}} {
		if err := o.Validate(); ringleader.ErrorCode(err) != ringleader.EINVALID {
			t.Errorf("Validate(%+v) = %v, want EINVALID", o, err)
		}
	}
	if err := (resolve.Options{}).Validate(); err != nil {
		t.Errorf("zero options: %v", err)
	}
}

func TestAliasesDescribeOnePerson(t *testing.T) {
	person := func(id, name string, aliases ...string) ringleader.Entity {
		return ringleader.Entity{ID: id, Kind: ringleader.KindPerson, Name: name, Aliases: aliases}
	}
	// The kunya is in one alias and the family name in another: read together they
	// agree on two parts, which neither alias does alone.
	net := &ringleader.Network{Entities: []ringleader.Entity{
		person("a", "أبو خليل", "أبو خليل الكربولي"),
		person("b", "Abu Khaleel", "Abdul Karim Ahmed al-Karbouli"),
	}}
	cs := resolve.Candidates(net, resolve.Options{})
	if len(cs) != 1 || cs[0].Decision != ringleader.DecisionAuto {
		t.Fatalf("candidates %+v, want one auto", cs)
	}
	text := resolve.FormatReasons(cs[0].Reasons)
	for _, want := range []string{"kunyas match: أبو خليل ~ Abu Khaleel +", "family names match: الكربولي ~ al-Karbouli +"} {
		if !strings.Contains(text, want) {
			t.Errorf("reasons lack %q:\n%s", want, text)
		}
	}
	// Both records write the father's name in Arabic script, محمد and محمود; the Latin
	// alias Mahmud could be read as either, so the script decides.
	net = &ringleader.Network{Entities: []ringleader.Entity{
		person("a", "أنس محمد الحمصي", "Anas Mohammed al-Homsi"),
		person("b", "انس محمود الحمصي", "Anas Mahmud al-Hemsi"),
	}}
	cs = resolve.Candidates(net, resolve.Options{MinScore: 1e-9})
	if len(cs) != 1 || cs[0].Decision != "" ||
		!strings.Contains(resolve.FormatReasons(cs[0].Reasons), "father's names differ: محمد vs محمود -") {
		t.Errorf("candidates %+v, want the fathers' names to differ", cs)
	}
}

func TestCompare(t *testing.T) {
	net := readBundle(t, twoCases)
	c, err := resolve.Compare(net, "w-3", "d-7", resolve.Options{})
	if err != nil {
		t.Fatal(err)
	}
	// Blocking never pairs Samir Haddad with Abu Khaleel; Compare scores them anyway.
	if c.Source != "d-7" || c.Target != "w-3" || c.Decision != "" || c.Score >= resolve.DefaultMinScore || len(c.Reasons) == 0 {
		t.Errorf("Compare = %+v", c)
	}
	k, err := resolve.Compare(net, "w-1", "d-7", resolve.Options{})
	if err != nil || k.Decision != ringleader.DecisionAuto {
		t.Errorf("Compare(w-1, d-7) = %+v, %v", k, err)
	}
	for _, tt := range []struct{ a, b, code string }{
		{"w-1", "w-1", ringleader.EINVALID},
		{"w-1", "nobody", ringleader.ENOTFOUND},
		{"w-1", "c-drugs", ringleader.EINVALID},
		{"w-1", "phone:+963944123456", ringleader.EINVALID},
	} {
		if _, err := resolve.Compare(net, tt.a, tt.b, resolve.Options{}); ringleader.ErrorCode(err) != tt.code {
			t.Errorf("Compare(%s, %s) = %v, want %s", tt.a, tt.b, err, tt.code)
		}
	}
}
