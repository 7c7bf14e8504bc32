package resolve_test

import (
	"strings"
	"testing"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/resolve"
)

// TestPresentationForms: a name in Arabic presentation forms (ﻤﺣﻤﺩ, as PDFs and OCR give it) is in the Arabic
// script, so that its match with a romanisation is read as a transliteration and it is compared with other
// Arabic-script spellings letter for letter.
func TestPresentationForms(t *testing.T) {
	tests := []struct{ a, b, reason string }{
		{"ﻤﺣﻤﺩ ﻤﺴﻌﻮﺩ", "Mohammad Masood", "names match after transliteration"},
		{"ﻤﺣﻤﺩ ﻤﺴﻌﻮﺩ", "محمد مسعود", "same name"}, // one spelling once folded
	}
	for _, tt := range tests {
		net := &ringleader.Network{Entities: []ringleader.Entity{
			{ID: "a", Kind: ringleader.KindPerson, Name: tt.a}, {ID: "b", Kind: ringleader.KindPerson, Name: tt.b}}}
		cs := resolve.Candidates(net, resolve.Options{})
		if len(cs) != 1 || !strings.Contains(resolve.FormatReasons(cs[0].Reasons), tt.reason) {
			t.Errorf("%s ~ %s: %+v, want a candidate whose reasons say %q", tt.a, tt.b, cs, tt.reason)
		}
	}
}
