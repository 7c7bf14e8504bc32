package ringleader

import "testing"

func TestParseMinGrade(t *testing.T) {
	for _, tt := range []struct {
		in, want string
		bad      bool
	}{
		{"B2", "B2", false}, {"b2", "B2", false}, {" C ", "C", false}, {"3", "3", false}, {"", "", false},
		{"X4", "X4", false}, {"F2", "", true}, {"B6", "", true}, {"B22", "", true}, {"2B", "", true},
	} {
		got, err := ParseMinGrade(tt.in)
		if (err != nil) != tt.bad || got != tt.want {
			t.Errorf("ParseMinGrade(%q) = %q, %v; want %q, error %v", tt.in, got, err, tt.want, tt.bad)
		}
	}
}

func TestGradeFilterKeepsLink(t *testing.T) {
	graded := func(src, info, conf string) *Link {
		p := map[string]string{}
		for k, v := range map[string]string{PropSourceGrade: src, PropInfoGrade: info, PropConfidence: conf} {
			if v != "" {
				p[k] = v
			}
		}
		return &Link{Type: LinkAssociate, Source: "a", Target: "b", Props: p}
	}
	for _, tt := range []struct {
		name string
		f    GradeFilter
		l    *Link
		want bool
	}{
		{"no filter keeps ungraded", GradeFilter{}, graded("", "", ""), true},
		{"A1 meets B2", GradeFilter{MinGrade: "B2"}, graded("A", "1", ""), true},
		{"B2 meets B2", GradeFilter{MinGrade: "B2"}, graded("B", "2", ""), true},
		{"C1 misses B2", GradeFilter{MinGrade: "B2"}, graded("C", "1", ""), false},
		{"A3 misses B2", GradeFilter{MinGrade: "B2"}, graded("A", "3", ""), false},
		{"X1 misses C", GradeFilter{MinGrade: "C"}, graded("X", "1", ""), false},
		{"E1 misses D", GradeFilter{MinGrade: "D"}, graded("E", "1", ""), false},
		{"D4 meets D", GradeFilter{MinGrade: "D"}, graded("D", "4", ""), true},
		{"ungraded link misses B2", GradeFilter{MinGrade: "B2"}, graded("", "", ""), false},
		{"source only misses B2", GradeFilter{MinGrade: "B2"}, graded("A", "", ""), false},
		{"source only meets B", GradeFilter{MinGrade: "B"}, graded("A", "", ""), true},
		{"unstated is confirmed", GradeFilter{ConfirmedOnly: true}, graded("", "", ""), true},
		{"confirmed kept", GradeFilter{ConfirmedOnly: true}, graded("", "", "confirmed"), true},
		{"unconfirmed left out", GradeFilter{ConfirmedOnly: true}, graded("A", "1", "unconfirmed"), false},
		{"tentative left out", GradeFilter{ConfirmedOnly: true}, graded("A", "1", "tentative"), false},
	} {
		if got := tt.f.KeepsLink(tt.l); got != tt.want {
			t.Errorf("%s: KeepsLink = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestGradeFilterRestrict(t *testing.T) {
	n := &Network{
		Entities: []Entity{
			{ID: "a", Kind: KindPerson, Props: map[string]string{PropSourceGrade: "A", PropInfoGrade: "1"}},
			{ID: "b", Kind: KindPerson}, // ungraded: kept
			{ID: "c", Kind: KindPerson, Props: map[string]string{PropSourceGrade: "C", PropInfoGrade: "3"}}, // below: out
		},
		Links: []Link{
			{Type: LinkAssociate, Subtype: AssocCall, Source: "a", Target: "b", Props: map[string]string{PropSourceGrade: "B", PropInfoGrade: "2"}},
			{Type: LinkAssociate, Subtype: AssocCall, Source: "a", Target: "c", Props: map[string]string{PropSourceGrade: "A", PropInfoGrade: "1"}},
			{Type: LinkAssociate, Subtype: AssocMeeting, Source: "a", Target: "b", Props: map[string]string{PropSourceGrade: "A", PropInfoGrade: "1", PropConfidence: ConfidenceTentative}},
		},
	}
	out, r := GradeFilter{MinGrade: "B2", ConfirmedOnly: true}.Restrict(n)
	if len(out.Entities) != 2 || len(out.Links) != 1 || out.Links[0].Target != "b" || out.Links[0].Subtype != AssocCall {
		t.Fatalf("Restrict kept %+v", out)
	}
	if r.EntitiesLeftOut != 1 || r.LinksLeftOut != 2 {
		t.Errorf("left out %d entities, %d links; want 1, 2", r.EntitiesLeftOut, r.LinksLeftOut)
	}
	if got, want := r.String(), "grade B2 or better, confirmed links only: 2 links and 1 entity left out"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	if len(n.Links) != 3 {
		t.Error("Restrict changed its input")
	}
}

func TestMergeLinkKeepsBestGrading(t *testing.T) {
	a := Link{Type: LinkAssociate, Subtype: AssocCall, Source: "a", Target: "b", Weight: 2, Sources: []string{"jan.csv:2"},
		Props: map[string]string{PropSourceGrade: "A", PropInfoGrade: "3", PropConfidence: ConfidenceConfirmed}}
	b := Link{Type: LinkAssociate, Subtype: AssocCall, Source: "a", Target: "b", Weight: 3, Sources: []string{"feb.csv:2"},
		Props: map[string]string{PropSourceGrade: "C", PropInfoGrade: "2", PropConfidence: ConfidenceTentative}}
	first := MergeLink(nil, a)
	got := MergeLink(&first, b)
	want := map[string]string{PropSourceGrade: "A", PropInfoGrade: "2", PropConfidence: ConfidenceConfirmed}
	if !propsEqual(got.Props, want) {
		t.Errorf("merged grading %v, want %v", got.Props, want)
	}
	again := MergeLink(&got, b)
	if !EqualLink(again, got) {
		t.Errorf("merging the same observation again changed the link: %+v", again)
	}
}
