package resolve_test

import (
	"encoding/json"
	"testing"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/resolve"
)

func TestDecide(t *testing.T) {
	c := &resolve.Candidate{Source: "a", Target: "b", Score: 0.8123,
		Reasons: []resolve.Reason{{Sign: resolve.For, Text: "same phone +1"}, {Sign: resolve.Contradiction, Text: "birth dates differ"}}}
	l, err := resolve.Decide(resolve.Review{Source: "b", Target: "a", Decision: ringleader.DecisionConfirmed, By: "lina",
		Note: "same photo", Date: "2026-02-22"}, c)
	if err != nil {
		t.Fatal(err)
	}
	want := ringleader.Link{Type: ringleader.LinkSameAs, Source: "a", Target: "b", Sources: []string{"review:lina"},
		Props: map[string]string{"decision": "confirmed", "score": "0.812", "reasons": "same phone +1 +\nbirth dates differ !",
			"decided_by": "lina", "note": "same photo", "decided_on": "2026-02-22"}}
	if !ringleader.EqualLink(l, want) {
		t.Errorf("Decide = %+v\nwant     %+v", l, want)
	}
	if l, err := resolve.Decide(resolve.Review{Source: "a", Target: "b", Decision: ringleader.DecisionRejected}, nil); err != nil ||
		l.Props["decision"] != "rejected" || len(l.Props) != 1 {
		t.Errorf("without a candidate: %+v, %v", l, err)
	}
	bad := []resolve.Review{
		{Source: "a", Target: "", Decision: "confirmed"},
		{Source: "a", Target: "a", Decision: "confirmed"},
		{Source: "a", Target: "b", Decision: "auto"},
		{Source: "a", Target: "b", Decision: "maybe"},
		{Source: "a", Target: "b", Decision: "confirmed", Date: "22/02/2026"},
		{Source: "a", Target: "c", Decision: "confirmed"}, // not the candidate's pair
	}
	for _, r := range bad {
		if _, err := resolve.Decide(r, c); ringleader.ErrorCode(err) != ringleader.EINVALID {
			t.Errorf("Decide(%+v) = %v, want EINVALID", r, err)
		}
	}
}

func TestReasonsRoundTrip(t *testing.T) {
	rs := []resolve.Reason{
		{Sign: resolve.For, Text: "same phone +963944123456"},
		{Sign: resolve.Contradiction, Text: "birth dates differ (1979-04-02 vs 1985-11-30)"},
		{Sign: resolve.Note, Text: "only the kunya Abu Khalil matches"},
		{Sign: resolve.Against, Text: "fathers' names differ: Ibrahim vs Mahmoud"},
	}
	s := resolve.FormatReasons(rs)
	if want := "same phone +963944123456 +\nbirth dates differ (1979-04-02 vs 1985-11-30) !\n" +
		"only the kunya Abu Khalil matches ~\nfathers' names differ: Ibrahim vs Mahmoud -"; s != want {
		t.Errorf("FormatReasons = %q", s)
	}
	back := resolve.ParseReasons(s)
	if len(back) != len(rs) {
		t.Fatalf("ParseReasons = %+v", back)
	}
	for i := range rs {
		if back[i].Sign != rs[i].Sign || back[i].Text != rs[i].Text {
			t.Errorf("reason %d: %+v, want %+v", i, back[i], rs[i])
		}
	}
	if got := resolve.ParseReasons("written by hand"); len(got) != 1 || got[0].Sign != resolve.Note {
		t.Errorf("unsigned line: %+v", got)
	}
	b, err := json.Marshal(rs[1])
	if err != nil || string(b) != `{"sign":"!","text":"birth dates differ (1979-04-02 vs 1985-11-30)","weight":0}` {
		t.Errorf("json %s, %v", b, err)
	}
	var r resolve.Reason
	if err := json.Unmarshal(b, &r); err != nil || r != rs[1] {
		t.Errorf("unmarshal: %+v, %v", r, err)
	}
}
