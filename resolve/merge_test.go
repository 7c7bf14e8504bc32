package resolve_test

import (
	"reflect"
	"slices"
	"testing"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/resolve"
)

func sameAs(a, b, decision string) ringleader.Link {
	props := map[string]string{"score": "0.95"}
	if decision != "" {
		props["decision"] = decision
	}
	return ringleader.Link{Type: ringleader.LinkSameAs, Source: a, Target: b, Props: props}.Canonical()
}

func call(a, b string, w float64, firstSeen string, cases ...string) ringleader.Link {
	return ringleader.Link{Type: ringleader.LinkAssociate, Subtype: ringleader.AssocCall, Source: a, Target: b, Weight: w,
		Cases: cases, FirstSeen: firstSeen}
}

// khalilNetwork spells one man three ways across two cases; resolution linked two of
// the records automatically and a person confirmed the third. Samir was rejected as
// the same man, and a pending link (no decision) ties Samir to Tariq.
func khalilNetwork() *ringleader.Network {
	withSeq := func(e ringleader.Entity, seq int64) ringleader.Entity { e.Seq = seq; return e }
	ak := person("p-ak", "Abu Khaleel", "D")
	ak.Aliases = []string{"AK"}
	ak.Props = map[string]string{"birth_date": "1979-04-02"}
	w := person("p-w", "أبو خليل", "W")
	w.Props = map[string]string{"nationality": "Syrian", "birth_date": "1980-01-01"}
	net := &ringleader.Network{
		Entities: []ringleader.Entity{
			withSeq(ak, 1), withSeq(w, 2), withSeq(person("p-ou", "Abou Khalil", "W"), 3),
			withSeq(person("p-s", "Samir", "W"), 4), withSeq(person("p-t", "Tariq", "D"), 5),
			withSeq(ringleader.Entity{ID: "phone:+1", Kind: ringleader.KindPhone, Name: "+1", Cases: []string{"D", "W"}}, 6),
		},
		Links: []ringleader.Link{
			{Type: ringleader.LinkHolds, Source: "p-w", Target: "phone:+1", Cases: []string{"W"}},
			{Type: ringleader.LinkHolds, Source: "p-ak", Target: "phone:+1", Cases: []string{"D"}},
			call("p-w", "p-t", 3, "2025-03-01", "W"),
			call("p-ak", "p-t", 2, "2025-02-01", "D"),
			meeting("p-ou", "p-s", "W"),
			sameAs("p-w", "p-ak", ringleader.DecisionAuto),
			sameAs("p-ou", "p-w", ringleader.DecisionConfirmed),
			sameAs("p-s", "p-w", ringleader.DecisionRejected),
			sameAs("p-s", "p-t", ""),
		},
	}
	net.Sort()
	return net
}

func TestMergeMergesAnIdentity(t *testing.T) {
	net := khalilNetwork()
	before := cloneNetwork(net)
	got := resolve.Merge(net)
	if !reflect.DeepEqual(net, before) {
		t.Error("Merge modified its input")
	}
	var ids []string
	for _, e := range got.Entities {
		ids = append(ids, e.ID)
	}
	if want := []string{"p-ak", "p-s", "p-t", "phone:+1"}; !slices.Equal(ids, want) {
		t.Fatalf("entities %q, want %q", ids, want)
	}
	k := got.Entities[0]
	if k.Name != "Abu Khaleel" || !slices.Equal(k.Aliases, []string{"AK", "Abou Khalil", "أبو خليل"}) ||
		!slices.Equal(k.Cases, []string{"D", "W"}) || k.Props[resolve.MergedIDsProp] != "p-ak;p-ou;p-w" ||
		k.Props["birth_date"] != "1979-04-02" || k.Props["nationality"] != "Syrian" || k.Seq != 1 {
		t.Errorf("merged entity %+v", k)
	}
	var holds, calls, sameAsLinks, meetings []ringleader.Link
	for _, l := range got.Links {
		switch {
		case l.Type == ringleader.LinkHolds:
			holds = append(holds, l)
		case l.Type == ringleader.LinkSameAs:
			sameAsLinks = append(sameAsLinks, l)
		case l.Subtype == ringleader.AssocCall:
			calls = append(calls, l)
		case l.Subtype == ringleader.AssocMeeting:
			meetings = append(meetings, l)
		}
	}
	if len(sameAsLinks) != 0 {
		t.Errorf("SAME_AS links kept: %+v", sameAsLinks)
	}
	if len(holds) != 1 || holds[0].Source != "p-ak" || !slices.Equal(holds[0].Cases, []string{"D", "W"}) {
		t.Errorf("HOLDS links %+v, want one from p-ak in D and W", holds)
	}
	// The calls of both records add up; the observed window widens to both.
	if len(calls) != 1 || calls[0].Source != "p-ak" || calls[0].Target != "p-t" || calls[0].W() != 5 ||
		calls[0].FirstSeen != "2025-02-01" {
		t.Errorf("calls %+v, want one p-ak -> p-t of weight 5 first seen 2025-02-01", calls)
	}
	if len(meetings) != 1 || meetings[0].Source != "p-ak" || meetings[0].Target != "p-s" {
		t.Errorf("meetings %+v, want p-ak -- p-s", meetings)
	}
}

func TestIdentitiesRespectRejections(t *testing.T) {
	net := &ringleader.Network{
		Entities: []ringleader.Entity{person("a", "A"), person("b", "B"), person("c", "C"), person("d", "D"),
			{ID: "o", Kind: ringleader.KindOrganisation, Name: "D"}},
		Links: []ringleader.Link{
			sameAs("a", "b", ringleader.DecisionConfirmed),
			sameAs("b", "c", ringleader.DecisionAuto), // would put a and c together
			sameAs("a", "c", ringleader.DecisionRejected),
			sameAs("d", "o", ringleader.DecisionConfirmed), // a person and an organisation
		},
	}
	got := resolve.Identities(net)
	if want := map[string]string{"a": "a", "b": "a"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Identities = %v, want %v", got, want)
	}
}

func TestMergeWithoutSameAsChangesNothing(t *testing.T) {
	net := khalilNetwork()
	net.Links = slices.DeleteFunc(net.Links, func(l ringleader.Link) bool { return l.Type == ringleader.LinkSameAs })
	got := resolve.Merge(net)
	if len(got.Entities) != len(net.Entities) || len(got.Links) != len(net.Links) {
		t.Fatalf("%d entities, %d links; want %d, %d", len(got.Entities), len(got.Links), len(net.Entities), len(net.Links))
	}
	for i := range net.Entities {
		if !ringleader.EqualEntity(got.Entities[i], net.Entities[i]) {
			t.Errorf("entity %d: %+v, want %+v", i, got.Entities[i], net.Entities[i])
		}
	}
	for i := range net.Links {
		if !ringleader.EqualLink(got.Links[i], net.Links[i]) {
			t.Errorf("link %d: %+v, want %+v", i, got.Links[i], net.Links[i])
		}
	}
}

func cloneNetwork(n *ringleader.Network) *ringleader.Network {
	out := &ringleader.Network{}
	for _, e := range n.Entities {
		e.Aliases, e.Cases, e.Sources = slices.Clone(e.Aliases), slices.Clone(e.Cases), slices.Clone(e.Sources)
		if e.Props != nil {
			p := map[string]string{}
			for k, v := range e.Props {
				p[k] = v
			}
			e.Props = p
		}
		out.Entities = append(out.Entities, e)
	}
	for _, l := range n.Links {
		l.Cases, l.Sources = slices.Clone(l.Cases), slices.Clone(l.Sources)
		if l.Props != nil {
			p := map[string]string{}
			for k, v := range l.Props {
				p[k] = v
			}
			l.Props = p
		}
		out.Links = append(out.Links, l)
	}
	return out
}

func person(id, name string, cases ...string) ringleader.Entity {
	return ringleader.Entity{ID: id, Kind: ringleader.KindPerson, Name: name, Cases: cases}
}

func meeting(a, b string, cases ...string) ringleader.Link {
	return ringleader.Link{Type: ringleader.LinkAssociate, Subtype: ringleader.AssocMeeting, Source: a, Target: b, Cases: cases}
}
