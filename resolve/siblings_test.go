package resolve_test

import (
	"strings"
	"testing"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/resolve"
)

// TestSiblingsNeedEvidence: brothers and sisters share every part of their names but the given name, so those
// parts agreeing is no evidence of one person. Such a pair is never linked automatically; names alone keep it
// below review, and one more piece of evidence (a shared phone, the same birth date) proposes it for review.
// The names are made up, in the pattern of the UN list's families (the list itself is measured by make
// eval-names, not here).
func TestSiblingsNeedEvidence(t *testing.T) {
	type evidence struct{ phone, birth bool }
	tests := []struct {
		name     string
		a, b     string
		with     evidence
		decision string // "" pending, "none" below review
		reason   string
	}{
		{"brothers, names alone", "Yusuf Kamal Hamid Saleh al-Janabi", "Ammar Kamal Hamid Saleh al-Janabi", evidence{},
			"none", "while the rest of the name agrees"},
		{"brother and sister across scripts", "هدى كمال حامد صالح الجنابي", "Yusuf Kamal Hamid Saleh al-Janabi", evidence{},
			"none", "father's names match: كمال ~ Kamal (shared by a family) ~"},
		{"brothers with a shared phone", "Yusuf Kamal Hamid Saleh al-Janabi", "Ammar Kamal Hamid Saleh al-Janabi",
			evidence{phone: true}, "", "same phone"},
		{"brothers with a phone and a birth date", "Yusuf Kamal Hamid Saleh al-Janabi", "Ammar Kamal Hamid Saleh al-Janabi",
			evidence{phone: true, birth: true}, "", "held for review: the given names differ"},
		{"strangers with a shared phone", "Yusuf Kamal al-Janabi", "Nizar Fadel al-Rubaie", evidence{phone: true},
			"none", "given names differ"},
		{"one man, names alone", "Yusuf Kamal Hamid Saleh al-Janabi", "يوسف كمال حامد صالح الجنابي", evidence{},
			ringleader.DecisionAuto, "names match after transliteration"},
		{"a given and a father's name against a long name", "Yusuf Kamal", "Yusuf Kamal Hamid Saleh al-Janabi", evidence{},
			"", "many men share them"},
		{"the same with a shared phone", "Yusuf Kamal", "Yusuf Kamal Hamid Saleh al-Janabi", evidence{phone: true},
			ringleader.DecisionAuto, "same phone"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			net := &ringleader.Network{Entities: []ringleader.Entity{
				{ID: "a", Kind: ringleader.KindPerson, Name: tt.a}, {ID: "b", Kind: ringleader.KindPerson, Name: tt.b}}}
			if tt.with.phone {
				net.Entities = append(net.Entities, ringleader.Entity{ID: "phone:+1", Kind: ringleader.KindPhone, Name: "+1"})
				for _, p := range []string{"a", "b"} {
					net.Links = append(net.Links, ringleader.Link{Type: ringleader.LinkHolds, Source: p, Target: "phone:+1"})
				}
			}
			if tt.with.birth {
				for i := range 2 {
					net.Entities[i].Props = map[string]string{"birth_date": "1981-03-07"}
				}
			}
			cs := resolve.Candidates(net, resolve.Options{})
			if tt.decision == "none" {
				if len(cs) != 0 {
					t.Errorf("proposed %+v, want nothing", cs)
				}
				cs = resolve.Candidates(net, resolve.Options{MinScore: 1e-9})
			} else if len(cs) != 1 || cs[0].Decision != tt.decision {
				t.Fatalf("candidates %+v, want one with decision %q", cs, tt.decision)
			}
			if len(cs) != 1 || !strings.Contains(resolve.FormatReasons(cs[0].Reasons), tt.reason) {
				t.Errorf("reasons lack %q: %+v", tt.reason, cs)
			}
		})
	}
}
