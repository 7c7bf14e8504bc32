package loaders_test

import (
	"context"
	"maps"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/loaders"
)

// The test bundle (testdata/bundle), counted by hand:
//
//	cases 3 (c1-c3), organisations 3 (o1-o3), suspects 6 (p1-p6; p2's notes span lines 3-4)
//	phones 4: +963944123456 (p1 and p5, written "(+963) 944-123-456"), +963933000111 (p1),
//	  00963944555666 (p2, in Arabic-Indic digits), +9647701112222 (p4)
//	vehicles 1: ABC123 (p1 "ABC 123", s1 "abc-123")
//	shipments 3; locations 11: homs riyadh nasib amman jaber (s1), حلب al-qaim deir-ez-zor
//	  abu-kamal (s2; "Al-Qaim" and "AL-QAIM" are one place), baghdad beirut (s3)
//	accounts 2: p1's SY21... (t3 from, t4 to), p5's IQ98... (t3 to)
//
//	INVOLVED_IN 13 = organisations 4 (o2 in c1 and c2) + suspects 6 + shipments 3
//	MEMBER_OF 5; HOLDS 8 = phones 5 + vehicle 1 + accounts 2 (t3 and t4 both tie p1 to SY21...)
//	ORIGIN 3, DESTINATION 3, ROUTED_VIA 4 (s1 2, s2 2), SEIZED_AT 2
//	ORGANISED 4 (s1: p1 o1; s2: o2; s3: p4), TRANSPORTED 3 (s1: p2 and the vehicle; s2: p3)
//	PAID 4 (t1, one without id, t3, t4), ASSOCIATE 7 (calls both ways count twice)
var (
	wantKinds = map[ringleader.Kind]int{
		ringleader.KindCase: 3, ringleader.KindOrganisation: 3, ringleader.KindPerson: 6,
		ringleader.KindPhone: 4, ringleader.KindVehicle: 1, ringleader.KindShipment: 3,
		ringleader.KindLocation: 11, ringleader.KindAccount: 2,
	}
	wantTypes = map[ringleader.LinkType]int{
		ringleader.LinkInvolvedIn: 13, ringleader.LinkMemberOf: 5, ringleader.LinkHolds: 8,
		ringleader.LinkOrigin: 3, ringleader.LinkDestination: 3, ringleader.LinkRoutedVia: 4,
		ringleader.LinkSeizedAt: 2, ringleader.LinkOrganised: 4, ringleader.LinkTransported: 3,
		ringleader.LinkPaid: 4, ringleader.LinkAssociate: 7,
	}
	wantRows = []loaders.FileSummary{
		{File: "cases.csv", Rows: 3}, {File: "organisations.csv", Rows: 3}, {File: "suspects.csv", Rows: 6},
		{File: "shipments.csv", Rows: 3}, {File: "financial_links.csv", Rows: 4}, {File: "associations.csv", Rows: 7},
	}
)

const (
	ibanSY = "account:SY2100201234567890123456789"
	ibanIQ = "account:IQ98NBIQ8503450012345678"
)

func sum(m map[ringleader.Kind]int) int { return sumOf(maps.Values(m)) }

func sumOf(seq func(func(int) bool)) int {
	n := 0
	for v := range seq {
		n += v
	}
	return n
}

func TestLoadBundle(t *testing.T) {
	st := newMemStore()
	got, err := loaders.LoadFS(context.Background(), st, bundleFS(t), loaders.Options{})
	if err != nil {
		t.Fatal(err)
	}
	kinds, types := st.counts()
	if !maps.Equal(kinds, wantKinds) {
		t.Errorf("entities per kind %v, want %v", kinds, wantKinds)
	}
	if !maps.Equal(types, wantTypes) {
		t.Errorf("links per type %v, want %v", types, wantTypes)
	}
	want := ringleader.WriteResult{EntitiesCreated: sum(wantKinds), LinksCreated: sumOf(maps.Values(wantTypes))}
	if got.WriteResult != want || got.Duplicates != 0 || got.Rejected != 0 {
		t.Errorf("summary %+v, want %+v and no duplicates or rejections", got, want)
	}
	if !slices.EqualFunc(got.Files, wantRows, func(a, b loaders.FileSummary) bool { return a.File == b.File && a.Rows == b.Rows }) {
		t.Errorf("files %+v, want %+v", got.Files, wantRows)
	}
	if st.missingCalls != 0 {
		t.Errorf("Missing called %d times for a self-contained bundle", st.missingCalls)
	}
}

func TestLoadBundleEntities(t *testing.T) {
	st := newMemStore()
	if _, err := loaders.LoadFS(context.Background(), st, bundleFS(t), loaders.Options{}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		id       string
		kind     ringleader.Kind
		name     string
		aliases  []string
		cases    []string
		sources  []string
		implicit bool
		props    map[string]string
		// sourceCases, when set, are the cases of the row behind each source; otherwise each source carries the
		// entity's cases.
		sourceCases [][]string
	}{
		{id: "c2", kind: ringleader.KindCase, name: "عملية الهلال", cases: []string{"c2"}, sources: []string{"cases.csv:3"},
			props: map[string]string{"type": "weapons", "agency": "Iraqi Border Police", "opened": "2025-11-02", "status": "open"}},
		{id: "o1", kind: ringleader.KindOrganisation, name: "Al-Hadi Transport LLC", cases: []string{"c1"},
			sources: []string{"organisations.csv:2"},
			props:   map[string]string{"type": "front_company", "country": "Syria", "website": "hadi-transport.example"}},
		{id: "p1", kind: ringleader.KindPerson, name: "Abu Khalil", aliases: []string{"Khalil al-Homsi", "أبو خليل"},
			cases: []string{"c1", "c2"}, sources: []string{"suspects.csv:2"},
			props: map[string]string{"nationality": "SY", "birth_date": "1979-04-02", "id_numbers": "passport:N0123456;national:0102",
				"role": "organiser", "status": "at_large"}},
		{id: "p2", kind: ringleader.KindPerson, name: "محمد العلي", aliases: []string{"Mohammed al-Ali"},
			cases: []string{"c1"}, sources: []string{"suspects.csv:3"},
			props: map[string]string{"nationality": "SY", "birth_date": "1985-11-30", "role": "courier", "status": "arrested",
				"notes": "Arrested at Nasib crossing,\ncarrying 40,000 pills"}},
		{id: "p3", kind: ringleader.KindPerson, name: "Hassan Darwish", cases: []string{"c2"}, sources: []string{"suspects.csv:5"},
			props: map[string]string{"nationality": "LB"}},
		{id: "p6", kind: ringleader.KindPerson, name: "Yusuf Saleh", sources: []string{"suspects.csv:8"},
			props: map[string]string{"nationality": "SY", "status": "deceased"}},
		{id: "s1", kind: ringleader.KindShipment, name: "s1", cases: []string{"c1"}, sources: []string{"shipments.csv:2"},
			props: map[string]string{"commodity": "captagon", "quantity": "1200000", "unit": "pills", "weight_kg": "180.5",
				"date": "2025-03-10", "concealment": "hidden in pomegranates", "status": "seized"}},
		{id: "phone:+963944123456", kind: ringleader.KindPhone, name: "+963944123456", cases: []string{"c1", "c2", "c3"},
			sources: []string{"suspects.csv:2", "suspects.csv:7"}, sourceCases: [][]string{{"c1", "c2"}, {"c3"}}, implicit: true},
		{id: "phone:00963944555666", kind: ringleader.KindPhone, name: "00963944555666", cases: []string{"c1"},
			sources: []string{"suspects.csv:3"}, implicit: true},
		{id: "vehicle:ABC123", kind: ringleader.KindVehicle, name: "ABC123", cases: []string{"c1", "c2"},
			sources: []string{"shipments.csv:2", "suspects.csv:2"}, sourceCases: [][]string{{"c1"}, {"c1", "c2"}}, implicit: true},
		{id: "location:al-qaim", kind: ringleader.KindLocation, name: "Al-Qaim", cases: []string{"c2"},
			sources: []string{"shipments.csv:3"}, implicit: true},
		{id: "location:حلب", kind: ringleader.KindLocation, name: "حلب", cases: []string{"c2"},
			sources: []string{"shipments.csv:3"}, implicit: true},
		{id: "location:deir-ez-zor", kind: ringleader.KindLocation, name: "Deir ez-Zor", cases: []string{"c2"},
			sources: []string{"shipments.csv:3"}, implicit: true},
		{id: ibanSY, kind: ringleader.KindAccount, name: strings.TrimPrefix(ibanSY, "account:"), cases: []string{"c1", "c3"},
			sources: []string{"financial_links.csv:4", "financial_links.csv:5"}, sourceCases: [][]string{{"c3"}, {"c1"}},
			implicit: true},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			e, ok := st.ents[tt.id]
			if !ok {
				t.Fatalf("no entity %q", tt.id)
			}
			want := ringleader.Entity{ID: tt.id, Kind: tt.kind, Name: tt.name, Aliases: tt.aliases, Cases: tt.cases,
				Sources: tt.sources, SourceCases: tt.sourceCases, Implicit: tt.implicit, Props: tt.props}
			if !ringleader.EqualEntity(e, want) || !slices.Equal(e.Aliases, tt.aliases) {
				t.Errorf("got  %+v\nwant %+v", e, want)
			}
		})
	}
}

func TestLoadBundleLinks(t *testing.T) {
	st := newMemStore()
	if _, err := loaders.LoadFS(context.Background(), st, bundleFS(t), loaders.Options{}); err != nil {
		t.Fatal(err)
	}
	link := func(t ringleader.LinkType, s, d string) ringleader.Link {
		return ringleader.Link{Type: t, Source: s, Target: d}
	}
	tests := []struct {
		name string
		want ringleader.Link
	}{
		{"role lower case", with(link(ringleader.LinkMemberOf, "p1", "o1"), func(l *ringleader.Link) {
			l.Role, l.Cases, l.Sources = "leader", []string{"c1", "c2"}, []string{"suspects.csv:2"}
		})},
		{"case role", with(link(ringleader.LinkInvolvedIn, "s2", "c2"), func(l *ringleader.Link) {
			l.Role, l.Cases, l.Sources = "seized", []string{"c2"}, []string{"shipments.csv:3"}
		})},
		{"call, directed", with(link(ringleader.LinkAssociate, "p2", "p1"), func(l *ringleader.Link) {
			l.Subtype, l.Weight, l.FirstSeen, l.LastSeen = "call", 3, "2025-02-01", "2025-03-01"
			l.Cases, l.Sources = []string{"c1"}, []string{"associations.csv:3"}
			l.Props = map[string]string{"source_grade": "A", "info_grade": "2"}
		})},
		{"family, undirected, stored in id order", with(link(ringleader.LinkAssociate, "p1", "p3"), func(l *ringleader.Link) {
			l.Subtype, l.Weight, l.Sources = "family", 1, []string{"associations.csv:5"}
		})},
		{"enumeration lower case", with(link(ringleader.LinkAssociate, "p4", "p5"), func(l *ringleader.Link) {
			l.Subtype, l.Weight, l.FirstSeen, l.LastSeen = "travel", 1, "2025-12-01", "2025-12-03"
			l.Cases, l.Sources = []string{"c3"}, []string{"associations.csv:8"}
			l.Props = map[string]string{"source_grade": "C", "info_grade": "2"}
		})},
		{"route in order", with(link(ringleader.LinkRoutedVia, "s1", "location:amman"), func(l *ringleader.Link) {
			l.FirstSeen, l.LastSeen, l.Props = "2025-03-10", "2025-03-10", map[string]string{"order": "2"}
			l.Cases, l.Sources = []string{"c1"}, []string{"shipments.csv:2"}
		})},
		{"vehicle carried", with(link(ringleader.LinkTransported, "vehicle:ABC123", "s1"), func(l *ringleader.Link) {
			l.FirstSeen, l.LastSeen, l.Cases, l.Sources = "2025-03-10", "2025-03-10", []string{"c1"}, []string{"shipments.csv:2"}
		})},
		{"seized where destined", with(link(ringleader.LinkSeizedAt, "s2", "location:al-qaim"), func(l *ringleader.Link) {
			l.FirstSeen, l.LastSeen, l.Cases, l.Sources = "2025-10-28", "2025-10-28", []string{"c2"}, []string{"shipments.csv:3"}
		})},
		{"holder of an account used twice", with(link(ringleader.LinkHolds, "p1", ibanSY), func(l *ringleader.Link) {
			l.Cases, l.Sources = []string{"c1", "c3"}, []string{"financial_links.csv:4", "financial_links.csv:5"}
			l.SourceCases = [][]string{{"c3"}, {"c1"}} // each row's own case
		})},
		{"payment between accounts", with(link(ringleader.LinkPaid, ibanSY, ibanIQ), func(l *ringleader.Link) {
			l.ID, l.Amount, l.Currency, l.Date, l.Channel = "t3", 12000, "EUR", "2026-01-12", "bank"
			l.Cases, l.Sources = []string{"c3"}, []string{"financial_links.csv:4"}
		})},
		{"payment to an account", with(link(ringleader.LinkPaid, "o1", ibanSY), func(l *ringleader.Link) {
			l.ID, l.Amount, l.Currency, l.Date, l.Channel = "t4", 3000, "USD", "2025-02-20", "bank"
			l.Cases, l.Sources = []string{"c1"}, []string{"financial_links.csv:5"}
		})},
		{"payment with an unknown column", with(link(ringleader.LinkPaid, "p4", "o3"), func(l *ringleader.Link) {
			l.ID, l.Amount, l.Currency, l.Date, l.Channel = "t1", 50000, "USD", "2026-01-06", "hawala"
			l.Cases, l.Sources, l.Props = []string{"c3"}, []string{"financial_links.csv:2"}, map[string]string{"reference": "ref-771"}
		})},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := st.link(tt.want.Key())
			if err != nil {
				t.Fatal(err)
			}
			got.Observations = nil // TestLoadObservations checks them
			if !ringleader.EqualLink(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}

	// The payment without an id gets a derived one.
	var derived []ringleader.Link
	for _, l := range st.links {
		if l.Type == ringleader.LinkPaid && !slices.Contains([]string{"t1", "t3", "t4"}, l.ID) {
			derived = append(derived, l)
		}
	}
	if len(derived) != 1 || !regexp.MustCompile(`^pay:[0-9a-f]{16}$`).MatchString(derived[0].ID) ||
		derived[0].Source != "o3" || derived[0].Target != "p1" || derived[0].Amount != 48000 ||
		derived[0].Currency != "USD" || derived[0].Channel != "hawala" {
		t.Errorf("payments without an id: %+v, want one o3 -> p1 of 48000 USD by hawala with a pay: id", derived)
	}
}

func with(l ringleader.Link, f func(*ringleader.Link)) ringleader.Link {
	f(&l)
	return l
}

func TestLoadTwiceChangesNothing(t *testing.T) {
	st := newMemStore()
	ctx := context.Background()
	first, err := loaders.LoadFS(ctx, st, bundleFS(t), loaders.Options{})
	if err != nil {
		t.Fatal(err)
	}
	second, err := loaders.LoadFS(ctx, st, bundleFS(t), loaders.Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := ringleader.WriteResult{EntitiesUnchanged: first.EntitiesCreated, LinksUnchanged: first.LinksCreated}
	if second.WriteResult != want {
		t.Errorf("second load %+v, want %+v", second.WriteResult, want)
	}
}

// An invalid birth date on line 7 of suspects.csv fails the load and writes nothing.
func TestInvalidRowWritesNothing(t *testing.T) {
	fsys := bundleFS(t)
	replaceLine(t, fsys, "suspects.csv", 7, "p5,Fatima Nouri,فاطمة نوري,IQ,,", "p5,Fatima Nouri,فاطمة نوري,IQ,2026-13-40,")
	st := newMemStore()
	_, err := loaders.LoadFS(context.Background(), st, fsys, loaders.Options{})
	got := problemLines(t, err)
	want := []string{`suspects.csv:7: birth_date: "2026-13-40" is not a date (YYYY-MM-DD)`}
	if !slices.Equal(got, want) {
		t.Errorf("problems %q, want %q", got, want)
	}
	if !strings.HasPrefix(got[0], "suspects.csv:7: birth_date:") {
		t.Errorf("problem %q does not start with suspects.csv:7: birth_date:", got[0])
	}
	if st.writes != 0 || len(st.ents) != 0 {
		t.Errorf("an invalid load wrote %d batches, %d entities", st.writes, len(st.ents))
	}
}

func TestDuplicates(t *testing.T) {
	fsys := textFS(map[string]string{
		"suspects.csv": "id,name,phones\n" +
			"p1,Ali,+963 944 1\n" +
			"p2,Omar,+963944 1\n" + // the same phone: an implicit entity, not a duplicate row
			"p1,Ali Hassan,\n", // p1 again: the later name wins
		"associations.csv": "source,target,type,weight\n" +
			"p1,p2,meeting,1\n" +
			"p2,p1,meeting,5\n" + // undirected: the same link
			"p1,p2,call,1\n" + // a call each way is two links
			"p2,p1,call,1\n",
		"financial_links.csv": "id,from,to,amount,currency\n" +
			"t1,p1,p2,100,USD\n" +
			"t1,p1,p2,150,USD\n" + // same id
			",p1,p2,100,USD\n" +
			",p1,p2,100,USD\n" + // same derived id: the same transfer twice
			",p1,p2,100,EUR\n", // another transfer
	})
	st := newMemStore()
	got, err := loaders.LoadFS(context.Background(), st, fsys, loaders.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got.Duplicates != 4 {
		t.Errorf("duplicates %d, want 4 (p1, the meeting, t1, the repeated transfer)", got.Duplicates)
	}
	want := ringleader.WriteResult{EntitiesCreated: 3, LinksCreated: 2 + 3 + 3}
	if got.WriteResult != want {
		t.Errorf("wrote %+v, want %+v", got.WriteResult, want)
	}
	p1 := st.ents["p1"]
	if p1.Name != "Ali Hassan" || !slices.Equal(p1.Sources, []string{"suspects.csv:2", "suspects.csv:4"}) {
		t.Errorf("p1 %+v, want the later name and both rows as sources", p1)
	}
	meeting, err := st.link("ASSOCIATE|meeting|p1|p2")
	if err != nil || meeting.Weight != 6 {
		t.Errorf("meeting %+v (%v), want weight 6: two rows, two observations", meeting, err)
	}
	t1, err := st.link("id:t1")
	if err != nil || t1.Amount != 150 {
		t.Errorf("t1 %+v (%v), want amount 150 from the later row", t1, err)
	}
}
