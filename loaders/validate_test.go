package loaders_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/loaders"
)

// Files that other tables refer to in the validation cases.
const (
	twoSuspects = "id,name\np1,Ali\np2,Omar\n"
	oneCase     = "id,title,type\nc1,Op,drugs\n"
)

func TestValidation(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  []string // every problem, in order; none for a valid bundle
	}{
		{name: "valid", files: map[string]string{"suspects.csv": twoSuspects}},
		{name: "byte order mark accepted", files: map[string]string{"suspects.csv": "\uFEFFid,name\np1,Ali\n"}},
		{name: "header names ignore case and spaces", files: map[string]string{"suspects.csv": " ID , Name \np1,Ali\n"}},
		{name: "nameless empty column ignored", files: map[string]string{"suspects.csv": "id,name,\np1,Ali,\n"}},
		{name: "required column missing",
			files: map[string]string{"suspects.csv": "id,aliases\np1,x\n"},
			want:  []string{"suspects.csv:1: name: required column is missing"}},
		{name: "duplicate column",
			files: map[string]string{"suspects.csv": "id,name,Name\np1,Ali,Ali\n"},
			want:  []string{"suspects.csv:1: name: duplicate column"}},
		{name: "invalid UTF-8 in the header",
			files: map[string]string{"suspects.csv": "id,name,n\xfftes\np1,Ali,x\n"},
			want:  []string{"suspects.csv:1: column 3: invalid UTF-8"}},
		{name: "required value empty",
			files: map[string]string{"suspects.csv": "id,name\np1,  \n"},
			want:  []string{"suspects.csv:2: name: required value is empty"}},
		{name: "id with surrounding spaces",
			files: map[string]string{"suspects.csv": "id,name\n p1,Ali\n"},
			want:  []string{`suspects.csv:2: id: " p1" has surrounding spaces`}},
		{name: "id with a control character",
			files: map[string]string{"suspects.csv": "id,name\n\"p\x071\",Ali\n"},
			want:  []string{`suspects.csv:2: id: "p\a1" contains control characters`}},
		{name: "invalid UTF-8",
			files: map[string]string{"suspects.csv": "id,name\np1,Al\xffi\n"},
			want:  []string{"suspects.csv:2: name: invalid UTF-8"}},
		{name: "date",
			files: map[string]string{"suspects.csv": "id,name,birth_date\np1,Ali,2026-13-40\n"},
			want:  []string{`suspects.csv:2: birth_date: "2026-13-40" is not a date (YYYY-MM-DD)`}},
		{name: "case type",
			files: map[string]string{"cases.csv": "id,title,type\nc1,Op,drug\n"},
			want:  []string{`cases.csv:2: type: "drug" is not one of: drugs, weapons, money_laundering, human_smuggling, other`}},
		{name: "organisation type",
			files: map[string]string{"organisations.csv": "id,name,type\no1,X,mafia\n"},
			want:  []string{`organisations.csv:2: type: "mafia" is not one of: cartel, militia, gang, front_company, company, hawala, other`}},
		{name: "suspect status",
			files: map[string]string{"suspects.csv": "id,name,status\np1,Ali,free\n"},
			want:  []string{`suspects.csv:2: status: "free" is not one of: at_large, arrested, convicted, deceased`}},
		{name: "commodity, status, numbers",
			files: map[string]string{"shipments.csv": "id,commodity,status,quantity,weight_kg\ns1,tea,lost,1_000,-3\n"},
			want: []string{
				`shipments.csv:2: commodity: "tea" is not one of: captagon, hashish, cocaine, heroin, methamphetamine, weapons, ammunition, precursors, cash, other`,
				`shipments.csv:2: quantity: "1_000" is not a number`,
				`shipments.csv:2: weight_kg: "-3" is negative`,
				`shipments.csv:2: status: "lost" is not one of: seized, delivered, intercepted, planned`,
			}},
		{name: "association type and weight",
			files: map[string]string{"suspects.csv": twoSuspects,
				"associations.csv": "source,target,type,weight\np1,p2,friend,1\np1,p2,call,heavy\np1,p2,call,0\np1,p2,call,NaN\n"},
			want: []string{
				`associations.csv:2: type: "friend" is not one of: call, meeting, family, associate, co_arrested, travel, other`,
				`associations.csv:3: weight: "heavy" is not a number`,
				`associations.csv:4: weight: "0" is not greater than 0`,
				`associations.csv:5: weight: "NaN" is not a number`,
			}},
		{name: "first seen after last seen",
			files: map[string]string{"suspects.csv": twoSuspects,
				"associations.csv": "source,target,type,first_seen,last_seen\np1,p2,meeting,2025-02-01,2025-01-01\n"},
			want: []string{`associations.csv:2: last_seen: "2025-01-01" is before first_seen "2025-02-01"`}},
		{name: "association with oneself",
			files: map[string]string{"suspects.csv": twoSuspects, "associations.csv": "source,target,type\np1,p1,meeting\n"},
			want:  []string{"associations.csv:2: target: same as source"}},
		{name: "payment fields",
			files: map[string]string{"suspects.csv": twoSuspects,
				"financial_links.csv": "from,to,amount,currency,channel,date\np1,p2,-5,US,wire,2026-02-30\np1,p2,,USD,,\n"},
			want: []string{
				`financial_links.csv:2: amount: "-5" is negative`,
				`financial_links.csv:2: currency: "US" is not a 3-letter ISO currency code`,
				`financial_links.csv:2: date: "2026-02-30" is not a date (YYYY-MM-DD)`,
				`financial_links.csv:2: channel: "wire" is not one of: bank, hawala, crypto, cash, trade`,
				`financial_links.csv:3: amount: required value is empty`,
			}},
		{name: "payment to oneself",
			files: map[string]string{"suspects.csv": twoSuspects,
				"financial_links.csv": "from,to,amount,currency,from_account,to_account\np1,p2,5,USD,SY 12,sy12\n"},
			want: []string{"financial_links.csv:2: to: same as from"}},
		{name: "unknown reference",
			files: map[string]string{"suspects.csv": twoSuspects, "associations.csv": "source,target,type\np1,p9,call\n"},
			want:  []string{`associations.csv:2: target: "p9" is not defined in this load or in the store`}},
		{name: "reference of the wrong kind",
			files: map[string]string{"suspects.csv": twoSuspects, "organisations.csv": "id,name\no1,X\n",
				"associations.csv": "source,target,type\np1,o1,call\n"},
			want: []string{`associations.csv:2: target: "o1" is an Organisation, not a Person`}},
		{name: "references in suspects",
			files: map[string]string{"cases.csv": oneCase, "organisations.csv": "id,name\no1,X\n",
				"suspects.csv": "id,name,organisations,cases\np1,Ali,o1:leader;o9;c1,c1:suspect;c9;o1;:x\n"},
			want: []string{
				`suspects.csv:2: cases: ":x" names no id`,
				`suspects.csv:2: organisations: "c1" is a Case, not an Organisation`,
				`suspects.csv:2: cases: "o1" is an Organisation, not a Case`,
				`suspects.csv:2: cases: "c9" is not defined in this load or in the store`,
				`suspects.csv:2: organisations: "o9" is not defined in this load or in the store`,
			}},
		{name: "references in shipments",
			files: map[string]string{"cases.csv": oneCase, "suspects.csv": twoSuspects,
				"shipments.csv": "id,commodity,organised_by,transported_by,origin\ns1,cash,p1;c1,p2;p7,--\n"},
			want: []string{
				`shipments.csv:2: origin: "--" is not a place name`,
				`shipments.csv:2: organised_by: "c1" is a Case, not a Person or an Organisation`,
				`shipments.csv:2: transported_by: "p7" is not defined in this load or in the store`,
			}},
		{name: "references in payments",
			files: map[string]string{"cases.csv": oneCase, "suspects.csv": twoSuspects,
				"financial_links.csv": "from,to,amount,currency,cases,from_account\nc1,p2,5,USD,c2,\np1,p2,5,USD,c1,AC1\n"},
			want: []string{
				`financial_links.csv:2: from: "c1" is a Case, not a Person, an Organisation or an Account`,
				`financial_links.csv:2: cases: "c2" is not defined in this load or in the store`,
			}},
		{name: "one id, two kinds",
			files: map[string]string{"organisations.csv": "id,name\nx1,X\n", "suspects.csv": "id,name\nx1,Ali\n"},
			want:  []string{`suspects.csv:2: id: "x1" is already an Organisation (organisations.csv:2)`}},
		{name: "phone",
			files: map[string]string{"suspects.csv": "id,name,phones\np1,Ali,+963 944;call me;12+3\n"},
			want: []string{
				`suspects.csv:2: phones: "call me" is not a phone number`,
				`suspects.csv:2: phones: "12+3" is not a phone number`,
			}},
		{name: "value under a nameless column",
			files: map[string]string{"suspects.csv": "id,name,\np1,Ali,x\n"},
			want:  []string{"suspects.csv:2: column 3: value in a column without a name"}},
		{name: "wrong number of fields",
			files: map[string]string{"suspects.csv": "id,name\np1,Ali,extra\np2\n"},
			want: []string{"suspects.csv:2: row has 3 fields, the header has 2",
				"suspects.csv:3: row has 1 fields, the header has 2"}},
		{name: "bare quote",
			files: map[string]string{"suspects.csv": "id,name\np1,A\"li\np2,\n"},
			want: []string{`suspects.csv:2: bare " in non-quoted-field`,
				"suspects.csv:3: name: required value is empty"}},
		{name: "line numbers count the lines of quoted line breaks",
			files: map[string]string{"suspects.csv": "id,name,notes\np1,Ali,\"one\ntwo\nthree\"\np2,,x\n\np3,,y\n"},
			want: []string{"suspects.csv:5: name: required value is empty",
				"suspects.csv:7: name: required value is empty"}},
		{name: "unknown table",
			files: map[string]string{"suspects.csv": twoSuspects, "suspect.csv": twoSuspects},
			want: []string{"suspect.csv: unknown table: a bundle's CSV files are cases.csv, organisations.csv, " +
				"suspects.csv, shipments.csv, financial_links.csv, associations.csv"}},
		{name: "JSON Lines entity",
			files: map[string]string{"people.jsonl": `{"id":"p1","kind":"Persn","name":"Ali"}` + "\n" +
				`{"id":"p2","kind":"Person"}` + "\n" +
				`{"id":"p3","kind":"person","name":"Omar","aliases":"Abu Omar"}` + "\n" +
				`{"id":"p4","kind":"Person","name":"Ali",` + "\n" +
				`["p5"]` + "\n\n" +
				`{"id":"p6","kind":"Person","name":"Ali","properties":{"birth_date":"1990-02-31"},"cases":["c1"]}` + "\n" +
				`{"id":"s1","kind":"Shipment"}` + "\n"},
			want: []string{
				`people.jsonl:1: kind: unknown kind "Persn"`,
				"people.jsonl:2: name: required value is empty",
				"people.jsonl:3: aliases: expected a list of strings, got a string",
				"people.jsonl:4: the line ends before its JSON does: a } or a quote is missing, or a record was split over two lines",
				"people.jsonl:5: not a JSON object",
				`people.jsonl:7: birth_date: "1990-02-31" is not a date (YYYY-MM-DD)`,
				`people.jsonl:7: cases: "c1" is not defined in this load or in the store`,
				"people.jsonl:8: commodity: required value is empty",
			}},
		{name: "JSON Lines link",
			files: map[string]string{"suspects.csv": twoSuspects, "links.jsonl": `{"type":"KNOWS","source":"p1","target":"p2"}` + "\n" +
				`{"type":"ASSOCIATE","source":"p1","target":"p2"}` + "\n" +
				`{"type":"associate","subtype":"Call","source":"p1","target":"p9","weight":-1}` + "\n" +
				`{"type":"PAID","source":"p1","target":"p2","amount":5}` + "\n" +
				`{"type":"SAME_AS","source":"p1","target":"p2","properties":{"decision":"maybe","score":0.9}}` + "\n" +
				`{"type":"MEMBER_OF","source":"p1","target":"p2","first_seen":"2025-05-01","last_seen":"2025-04-01"}` + "\n"},
			want: []string{
				`links.jsonl:1: type: unknown link type "KNOWS"`,
				"links.jsonl:2: subtype: required value is empty",
				`links.jsonl:3: weight: "-1" is negative`,
				`links.jsonl:3: target: "p9" is not defined in this load or in the store`,
				"links.jsonl:4: currency: required value is empty",
				`links.jsonl:5: decision: "maybe" is not one of: auto, confirmed, rejected`,
				`links.jsonl:6: last_seen: "2025-04-01" is before first_seen "2025-05-01"`,
				`links.jsonl:6: target: "p2" is a Person, not an Organisation`,
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := newMemStore()
			_, err := loaders.LoadFS(context.Background(), st, textFS(tt.files), loaders.Options{})
			if len(tt.want) == 0 {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				if len(st.ents) == 0 {
					t.Error("a valid bundle wrote nothing")
				}
				return
			}
			if got := problemLines(t, err); !slices.Equal(got, tt.want) {
				t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			if st.writes != 0 {
				t.Errorf("an invalid load wrote %d batches", st.writes)
			}
		})
	}
}

// References to entities already stored are valid, and the store is asked once.
func TestReferencesToStoredEntities(t *testing.T) {
	ctx := context.Background()
	st := newMemStore()
	if _, err := loaders.LoadFS(ctx, st, textFS(map[string]string{"suspects.csv": twoSuspects, "cases.csv": oneCase}), loaders.Options{}); err != nil {
		t.Fatal(err)
	}
	st.missingCalls = 0
	got, err := loaders.LoadFS(ctx, st, textFS(map[string]string{
		"associations.csv":    "source,target,type,cases\np1,p2,call,c1\np2,p3,call,\n",
		"financial_links.csv": "from,to,amount,currency\np1,p2,5,USD\n",
	}), loaders.Options{})
	if lines := problemLines(t, err); !slices.Equal(lines, []string{`associations.csv:3: target: "p3" is not defined in this load or in the store`}) {
		t.Errorf("problems %q", lines)
	}
	if st.missingCalls != 1 {
		t.Errorf("Missing called %d times, want once", st.missingCalls)
	}
	got, err = loaders.LoadFS(ctx, st, textFS(map[string]string{"associations.csv": "source,target,type,cases\np1,p2,call,c1\n"}), loaders.Options{})
	if err != nil || got.LinksCreated != 1 {
		t.Errorf("link between stored entities: %+v, %v", got, err)
	}
}

// Every problem is counted; the error lists the first hundred.
func TestProblemsCapped(t *testing.T) {
	var b strings.Builder
	b.WriteString("id,name\n")
	for i := range 150 {
		fmt.Fprintf(&b, "p%d,\n", i)
	}
	_, _, _, err := loaders.ReadBundle(context.Background(), textFS(map[string]string{"suspects.csv": b.String()}), nil, loaders.Options{})
	lines := problemLines(t, err)
	if len(lines) != 100 || lines[99] != "suspects.csv:101: name: required value is empty" {
		t.Errorf("%d problems listed, the last %q; want 100 ending on line 101", len(lines), lines[len(lines)-1])
	}
	if msg := ringleader.ErrorMessage(err); !strings.HasPrefix(msg, "invalid input: 150 problems, the first 100:\n") {
		t.Errorf("message starts %q", msg[:min(len(msg), 60)])
	}
}
