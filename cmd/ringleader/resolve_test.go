package main

import (
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// One man, written "أبو خليل" in the weapons case and "Abu Khaleel" in the drugs case,
// with the same phone (written two ways); and two different men named Mohammed Ahmed.
var splitBundle = map[string]string{
	"cases.csv": "id,title,type\nk-drugs,Homs Captagon,drugs\nk-arms,Rabia weapons,weapons\n",
	"suspects.csv": "id,name,birth_date,phones,cases\n" +
		"w1,أبو خليل,,+963 944 123 456,k-arms\n" +
		"w2,Omar Zaki,1980-01-01,,k-arms\n" +
		"d1,Abu Khaleel,,+963944123456,k-drugs\n" +
		"d2,Mohammed Ahmed,1985-03-07,,k-drugs\n" +
		"d3,محمد أحمد,1999-11-19,,k-drugs\n",
	"associations.csv": "source,target,type\nw1,w2,meeting\nd1,d2,meeting\nd2,d3,meeting\n",
}

func TestResolveLinksCases(t *testing.T) {
	dir := writeBundle(t, splitBundle)
	store := "--store=sqlite:" + filepath.Join(t.TempDir(), "rl.db")
	mustRun(t, "load", store, dir)

	// Before resolution the cases share his phone, but not him.
	var before struct {
		Links []struct{ Shared []struct{ ID string } }
	}
	if err := json.Unmarshal([]byte(mustRun(t, "links", store, "k-drugs", "--format", "json")), &before); err != nil {
		t.Fatal(err)
	}
	if len(before.Links) != 1 || len(before.Links[0].Shared) != 1 || before.Links[0].Shared[0].ID != "phone:+963944123456" {
		t.Fatalf("before resolution the cases should share the phone alone: %+v", before)
	}

	out := mustRun(t, "resolve", store, "--format", "json")
	var res struct {
		AutoLinked int `json:"auto_linked"`
		Candidates []struct {
			Source, Target, Decision string
			Reasons                  []struct{ Text string }
		}
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	var split *struct {
		Source, Target, Decision string
		Reasons                  []struct{ Text string }
	}
	for i, c := range res.Candidates {
		pair := []string{c.Source, c.Target}
		slices.Sort(pair)
		switch strings.Join(pair, ",") {
		case "d1,w1":
			split = &res.Candidates[i]
		case "d2,d3":
			if c.Decision == "auto" {
				t.Errorf("the two Mohammed Ahmeds were merged: %+v", c)
			}
		}
	}
	if split == nil || split.Decision != "auto" {
		t.Fatalf("أبو خليل and Abu Khaleel not linked automatically: %s", out)
	}
	var reasons []string
	for _, r := range split.Reasons {
		reasons = append(reasons, r.Text)
	}
	all := strings.Join(reasons, "\n")
	if !strings.Contains(all, "phone") || !strings.Contains(all, "+963944123456") || !strings.Contains(strings.ToLower(all), "kunya") {
		t.Errorf("reasons do not name the phone and the name keys:\n%s", all)
	}

	var after struct {
		Links []struct {
			Case     struct{ ID string }
			Distance int
			Shared   []struct{ ID, Name string }
		}
	}
	if err := json.Unmarshal([]byte(mustRun(t, "links", store, "k-drugs", "--format", "json")), &after); err != nil {
		t.Fatal(err)
	}
	if len(after.Links) != 1 || after.Links[0].Case.ID != "k-arms" || after.Links[0].Distance != 0 {
		t.Fatalf("after resolution: %+v, want the weapons case sharing an entity", after.Links)
	}
	shared := after.Links[0].Shared
	// People come first among shared entities; before resolution only the phone was.
	if len(shared) < 2 || (shared[0].ID != "d1" && shared[0].ID != "w1") || !strings.HasPrefix(shared[1].ID, "phone:") {
		t.Errorf("shared %+v, want the resolved Abu Khalil, then his phone", shared)
	}
}
