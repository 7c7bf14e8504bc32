package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// A hawala round trip planted among other payments: A pays B, B pays C, C pays A back
// within 30 days. A second loop D→E→F→D has dates that no starting point puts in order,
// so the money cannot have gone round it.
var moneyBundle = map[string]string{
	"suspects.csv": "id,name\nA,Ahmad Saleh\nB,Bilal Haddad\nC,Cemal Ozturk\nD,Dawud Rashid\nE,Eyad Najjar\nF,Fadi Aziz\n",
	"financial_links.csv": "id,from,to,amount,currency,date,channel\n" +
		"t1,A,B,50000,USD,2026-01-05,hawala\n" +
		"t2,B,C,48000,USD,2026-01-12,hawala\n" +
		"t3,C,A,47000,USD,2026-01-30,cash\n" +
		"t4,D,E,9000,USD,2026-03-10,cash\n" +
		"t5,E,F,8000,USD,2026-03-05,cash\n" +
		"t7,F,D,7000,USD,2026-03-01,cash\n" +
		"t6,A,D,1000,USD,2026-02-01,bank\n",
}

func TestMoneyCyclesCLI(t *testing.T) {
	dir := writeBundle(t, moneyBundle)
	store := "--store=sqlite:" + filepath.Join(t.TempDir(), "rl.db")
	mustRun(t, "load", store, dir)
	out := mustRun(t, "money", "cycles", store, "--within", "30", "--format", "json")
	var res struct {
		Cycles []struct {
			Parties  []struct{ ID string }
			Payments []struct {
				ID, Currency, Date string
				Amount             float64
			}
			Total []struct {
				Currency string
				Amount   float64
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if len(res.Cycles) != 1 {
		t.Fatalf("%d cycles, want the one round trip A→B→C→A:\n%s", len(res.Cycles), out)
	}
	c := res.Cycles[0]
	var ids, dates []string
	for _, p := range c.Payments {
		ids, dates = append(ids, p.ID), append(dates, p.Date)
	}
	if strings.Join(ids, ",") != "t1,t2,t3" || strings.Join(dates, ",") != "2026-01-05,2026-01-12,2026-01-30" {
		t.Errorf("cycle payments %v on %v", ids, dates)
	}
	if len(c.Total) != 1 || c.Total[0].Amount != 145000 || c.Total[0].Currency != "USD" {
		t.Errorf("cycle total %+v, want USD 145000", c.Total)
	}
	// Too short a window loses it.
	out = mustRun(t, "money", "cycles", store, "--within", "20", "--format", "json")
	if strings.Contains(out, `"t3"`) {
		t.Errorf("a 25-day round trip reported within 20 days:\n%s", out)
	}
	out = mustRun(t, "money", "maxflow", store, "--from", "A", "--to", "C", "--format", "json")
	var mf struct{ Value float64 }
	if err := json.Unmarshal([]byte(out), &mf); err != nil || mf.Value != 48000 {
		t.Errorf("maxflow A→C = %v (%v), want 48000 (the B→C payment bounds it)", mf.Value, err)
	}
	if _, _, err := runCLI(t, "money", "trail", store); err == nil {
		t.Error("money trail without --from succeeded")
	}
}
