package loaders_test

import (
	"context"
	"maps"
	"slices"
	"testing"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/loaders"
)

// A row's grading grades the records it makes; a row's confidence goes to its links only.
func TestGradingColumns(t *testing.T) {
	fsys := textFS(map[string]string{
		"cases.csv":         "id,title,type\nc1,Captagon,drugs\n",
		"organisations.csv": "id,name,source_grade,info_grade\no1,Front Co,b,2\n",
		"suspects.csv": "id,name,organisations,cases,source_grade,info_grade,handling,confidence\n" +
			"p1,Ali,o1:courier,c1,A,1,2,tentative\n" +
			"p2,Omar,,c1,,,,\n",
		"associations.csv": "source,target,type,weight,source_grade,info_grade,confidence\n" +
			"p1,p2,call,3,C,3,Unconfirmed\n" +
			"p1,p2,meeting,1,,,\n",
		"financial_links.csv": "id,from,to,amount,currency,source_grade,info_grade\nt1,p1,p2,100,USD,X,4\n",
	})
	st := newMemStore()
	if _, err := loaders.LoadFS(context.Background(), st, fsys, loaders.Options{}); err != nil {
		t.Fatal(err)
	}
	grading := func(p map[string]string) map[string]string {
		out := map[string]string{}
		for _, k := range ringleader.GradingProps {
			if v, ok := p[k]; ok {
				out[k] = v
			}
		}
		return out
	}
	g := func(kv ...string) map[string]string {
		m := map[string]string{}
		for i := 0; i < len(kv); i += 2 {
			m[kv[i]] = kv[i+1]
		}
		return m
	}
	linkOf := func(typ ringleader.LinkType, sub, src, dst string) ringleader.Link {
		for _, l := range st.links {
			if l.Type == typ && l.Subtype == sub && l.Source == src && l.Target == dst {
				return l
			}
		}
		t.Fatalf("no %s %s link %s→%s", typ, sub, src, dst)
		return ringleader.Link{}
	}
	for _, tt := range []struct {
		what      string
		got, want map[string]string
	}{
		{"p1", grading(st.ents["p1"].Props), g("source_grade", "A", "info_grade", "1", "handling", "2")},
		{"p2", grading(st.ents["p2"].Props), g()},
		{"o1", grading(st.ents["o1"].Props), g("source_grade", "B", "info_grade", "2")},
		{"p1 member of o1", grading(linkOf(ringleader.LinkMemberOf, "", "p1", "o1").Props),
			g("source_grade", "A", "info_grade", "1", "handling", "2", "confidence", "tentative")},
		{"p1 involved in c1", grading(linkOf(ringleader.LinkInvolvedIn, "", "p1", "c1").Props),
			g("source_grade", "A", "info_grade", "1", "handling", "2", "confidence", "tentative")},
		{"p2 involved in c1", grading(linkOf(ringleader.LinkInvolvedIn, "", "p2", "c1").Props), g()},
		{"call", grading(linkOf(ringleader.LinkAssociate, "call", "p1", "p2").Props),
			g("source_grade", "C", "info_grade", "3", "confidence", "unconfirmed")},
		{"meeting", grading(linkOf(ringleader.LinkAssociate, "meeting", "p1", "p2").Props), g()},
		{"payment", grading(st.links["id:t1"].Props), g("source_grade", "X", "info_grade", "4")},
	} {
		if !maps.Equal(tt.got, tt.want) {
			t.Errorf("%s: grading %v, want %v", tt.what, tt.got, tt.want)
		}
	}
}

func TestGradingProblems(t *testing.T) {
	for _, tt := range []struct {
		name, file, text string
		want             []string
	}{
		{"source grade", "suspects.csv", "id,name,source_grade\np1,Ali,F\n",
			[]string{`suspects.csv:2: source_grade: "F" is not a source grade (A, B, C, X in the 4×4; A–E in the 5×5×5)`}},
		{"info grade", "associations.csv", "source,target,type,info_grade\np1,p2,call,6\n",
			[]string{`associations.csv:2: info_grade: "6" is not an information grade (1–4 in the 4×4; 1–5 in the 5×5×5)`}},
		{"handling", "suspects.csv", "id,name,handling\np1,Ali,P\n",
			[]string{`suspects.csv:2: handling: "P" is not a handling code (1–5)`}},
		{"confidence", "associations.csv", "source,target,type,confidence\np1,p2,call,likely\n",
			[]string{`associations.csv:2: confidence: "likely" is not a confidence (confirmed, unconfirmed or tentative)`}},
		{"entity confidence in JSON Lines", "graph.jsonl", `{"kind":"Person","id":"p1","name":"Ali","properties":{"confidence":"confirmed"}}` + "\n",
			[]string{`graph.jsonl:1: confidence: a confidence grades a link, not an entity`}},
		{"JSON Lines link", "graph.jsonl", `{"kind":"Person","id":"p1","name":"Ali"}` + "\n" + `{"kind":"Person","id":"p2","name":"Omar"}` + "\n" +
			`{"type":"ASSOCIATE","subtype":"call","source":"p1","target":"p2","properties":{"source_grade":"Q"}}` + "\n",
			[]string{`graph.jsonl:3: source_grade: "Q" is not a source grade (A, B, C, X in the 4×4; A–E in the 5×5×5)`}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			files := map[string]string{tt.file: tt.text}
			if tt.file == "associations.csv" {
				files["suspects.csv"] = "id,name\np1,Ali\np2,Omar\n"
			}
			st := newMemStore()
			_, err := loaders.LoadFS(context.Background(), st, textFS(files), loaders.Options{})
			if got := problemLines(t, err); !slices.Equal(got, tt.want) {
				t.Errorf("problems %q, want %q", got, tt.want)
			}
			if len(st.ents) != 0 || len(st.links) != 0 {
				t.Errorf("a bad file wrote %d entities and %d links", len(st.ents), len(st.links))
			}
		})
	}
}
