package resolve_test

import (
	"encoding/csv"
	"os"
	"testing"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/resolve"
)

// namePair is one row of testdata/name_pairs.csv: two records of persons and whether
// they are one man or woman. The labels were written from knowledge of Arabic naming
// (romanisation systems, nasab chains, kunyas, families naming sons alike) before the
// scorer existed, and are not changed to suit it.
type namePair struct {
	line           int
	a, b           string
	birthA, birthB string
	same           bool
	why            string
}

func readNamePairs(t *testing.T) []namePair {
	t.Helper()
	f, err := os.Open("testdata/name_pairs.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var out []namePair
	for i, r := range rows[1:] {
		if len(r) != 6 || (r[4] != "0" && r[4] != "1") {
			t.Fatalf("name_pairs.csv:%d: malformed row %q", i+2, r)
		}
		out = append(out, namePair{line: i + 2, a: r[0], b: r[1], birthA: r[2], birthB: r[3], same: r[4] == "1", why: r[5]})
	}
	return out
}

// pairNetwork is a network of the pair's two records and nothing else, so that the
// names (and birth dates, where the row gives them) are all the evidence there is.
func pairNetwork(p namePair) *ringleader.Network {
	person := func(id, name, birth string) ringleader.Entity {
		e := ringleader.Entity{ID: id, Kind: ringleader.KindPerson, Name: name}
		if birth != "" {
			e.Props = map[string]string{"birth_date": birth}
		}
		return e
	}
	return &ringleader.Network{Entities: []ringleader.Entity{person("a", p.a, p.birthA), person("b", p.b, p.birthB)}}
}

// TestNamePairs measures precision and recall of automatic linking on the labelled name
// pairs at the default threshold, through the whole of Candidates: a pair that blocking
// never proposes counts as not linked.
func TestNamePairs(t *testing.T) {
	pairs := readNamePairs(t)
	if len(pairs) < 150 {
		t.Fatalf("%d labelled pairs, want at least 150", len(pairs))
	}
	var tp, fp, fn, tn int
	for _, p := range pairs {
		cs := resolve.Candidates(pairNetwork(p), resolve.Options{MinScore: 1e-9})
		linked := len(cs) == 1 && cs[0].Decision == ringleader.DecisionAuto
		score := 0.0
		if len(cs) == 1 {
			score = cs[0].Score
		}
		switch {
		case linked && p.same:
			tp++
		case linked:
			fp++
		case p.same:
			fn++
		default:
			tn++
		}
		if linked != p.same {
			t.Logf("line %d (%s): %s | %s: score %.3f, labelled same=%v", p.line, p.why, p.a, p.b, score, p.same)
			if len(cs) == 1 {
				for _, r := range cs[0].Reasons {
					t.Logf("    %s (%+.1f)", r, r.Weight)
				}
			}
		}
	}
	precision := float64(tp) / float64(tp+fp)
	recall := float64(tp) / float64(tp+fn)
	t.Logf("%d pairs (%d same, %d different) at threshold %.2f: TP %d FP %d FN %d TN %d; precision %.3f, recall %.3f",
		len(pairs), tp+fn, fp+tn, resolve.DefaultAutoThreshold, tp, fp, fn, tn, precision, recall)
	if precision < 0.95 {
		t.Errorf("precision %.3f, want at least 0.95", precision)
	}
	if recall < 0.90 {
		t.Errorf("recall %.3f, want at least 0.90", recall)
	}
}
