package sqlite

import (
	"encoding/json"
	"slices"
	"testing"
)

func TestDecodeList(t *testing.T) {
	tests := []struct {
		name string
		list []string
	}{
		{"nil", nil},
		{"one", []string{"c-homs"}},
		{"several", []string{"a", "b", "suspects.csv:7"}},
		{"empty string", []string{"", "x"}},
		{"comma inside", []string{"a,b", "c"}},
		{"quote inside", []string{`a","b`, `"`}},
		{"backslash", []string{`C:\cases\homs`}},
		{"html escaped by json", []string{"<script>&"}},
		{"arabic", []string{"أبو خليل", "فاطمة"}},
		{"brackets", []string{"[", "]", "[]"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, err := jsonList(tt.list)
			if err != nil {
				t.Fatal(err)
			}
			var raw []byte
			if text != nil {
				raw = []byte(text.(string))
			}
			got, err := decodeList(raw)
			if err != nil || !slices.Equal(got, tt.list) {
				t.Errorf("decodeList(%s) = %q, %v; want %q", raw, got, err, tt.list)
			}
		})
	}
}

func TestDecodeListMalformed(t *testing.T) {
	for _, text := range []string{`[`, `["a"`, `["a",]`, `["a"x]`, `[1]`, `{"a":1}`, `["a","b]`} {
		if got, err := decodeList([]byte(text)); err == nil {
			t.Errorf("decodeList(%s) = %q, want an error", text, got)
		}
	}
}

// FuzzDecodeList checks the fast path against encoding/json on any input.
func FuzzDecodeList(f *testing.F) {
	for _, s := range []string{`["a","b"]`, `[]`, `[""]`, `["a\"b"]`, `["a",""]`, `[ "a" ]`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, text []byte) {
		if len(text) == 0 {
			return
		}
		var want []string
		wantErr := json.Unmarshal(text, &want)
		got, err := decodeList(text)
		if (err != nil) != (wantErr != nil) {
			t.Fatalf("decodeList(%q): error %v, encoding/json %v", text, err, wantErr)
		}
		if err == nil && !slices.Equal(got, want) {
			t.Fatalf("decodeList(%q) = %q, encoding/json %q", text, got, want)
		}
	})
}
