package neo4j_test

import (
	"slices"
	"testing"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/neo4j"
)

// simplePaths enumerates the loopless paths from a to b of exactly d links in g, as entity sequences.
func simplePaths(g *graph, a, b string, d int) [][]string {
	adj := g.neighbours()
	var out [][]string
	var walk func(path []string)
	walk = func(path []string) {
		at := path[len(path)-1]
		if len(path)-1 == d {
			if at == b {
				out = append(out, slices.Clone(path))
			}
			return
		}
		for _, v := range adj[at] {
			if !slices.Contains(path, v) {
				walk(append(path, v))
			}
		}
	}
	walk([]string{a})
	slices.SortFunc(out, slices.Compare)
	return slices.CompactFunc(out, slices.Equal)
}

func TestShortestPaths(t *testing.T) {
	s := mustOpen(t)
	ctx := t.Context()
	write(t, s, statementData())
	net, err := s.Network(ctx, ringleader.AllCases(), ringleader.NetworkFilter{})
	if err != nil {
		t.Fatal(err)
	}
	g := newGraph(net)

	tests := []struct {
		name     string
		scope    ringleader.Scope
		from, to string
		k, hops  int
		want     [][]string
		code     string
	}{
		{"both lengths", ringleader.AllCases(), "p1", "o1", 5, 5, [][]string{{"p1", "o1"}, {"p1", "p2", "o1"}}, ""},
		{"k cuts", ringleader.AllCases(), "p1", "o1", 1, 5, [][]string{{"p1", "o1"}}, ""},
		{"hops cut", ringleader.AllCases(), "p2", "o1", 5, 1, [][]string{{"p2", "o1"}}, ""},
		// In c1 only, o1 is hidden.
		{"hidden end", ringleader.CasesScope("c1"), "p1", "o1", 5, 5, nil, ringleader.ENOTFOUND},
		// In c2, p1 is hidden: no path from p2 to o1 through him.
		{"hidden middle", ringleader.CasesScope("c2"), "p2", "o1", 5, 5, [][]string{{"p2", "o1"}}, ""},
		{"no path", ringleader.CasesScope("c1"), "c1", "p1", 5, 5, [][]string{}, ""},
		{"k too large", ringleader.AllCases(), "p1", "o1", 11, 5, nil, ringleader.EINVALID},
		{"k zero", ringleader.AllCases(), "p1", "o1", 0, 5, nil, ringleader.EINVALID},
		{"hops too many", ringleader.AllCases(), "p1", "o1", 1, 21, nil, ringleader.EINVALID},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.ShortestPaths(ctx, tt.scope, tt.from, tt.to, tt.k, tt.hops)
			if code := ringleader.ErrorCode(err); code != tt.code {
				t.Fatalf("code %q (%v), want %q", code, err, tt.code)
			}
			if tt.code == "" && !slices.EqualFunc(got, tt.want, slices.Equal) {
				t.Errorf("paths %v, want %v", got, tt.want)
			}
		})
	}

	// Against an enumeration in Go: the shortest paths between every two entities here, and every two people of the
	// test bundle, when few enough to be all found.
	for _, a := range net.Entities {
		for _, b := range net.Entities {
			if a.ID != b.ID {
				checkShortest(t, s, g, a.ID, b.ID)
			}
		}
	}
	bundle, _ := loadBundle(t)
	s = bundle.store
	var checked int
	for _, a := range bundle.net.Entities {
		for _, b := range bundle.net.Entities {
			if a.ID != b.ID && a.Kind == ringleader.KindPerson && b.Kind == ringleader.KindPerson {
				checked += checkShortest(t, s, bundle, a.ID, b.ID)
			}
		}
	}
	if checked < 10 {
		t.Errorf("only %d pairs of people checked", checked)
	}
}

// checkShortest compares the shortest of ShortestPaths(a, b) with simplePaths, and returns 1 when it could (the
// shortest paths are few enough for Neo4j to find all), else 0.
func checkShortest(t *testing.T, s *neo4j.Store, g *graph, a, b string) int {
	t.Helper()
	ctx := t.Context()
	d, n := g.shortest(a, b)
	got, err := s.ShortestPaths(ctx, ringleader.AllCases(), a, b, 10, 20)
	if err != nil {
		t.Fatal(err)
	}
	if d < 0 {
		if len(got) != 0 {
			t.Errorf("%s to %s: paths %v, want none", a, b, got)
		}
		return 1
	}
	if n > 10 {
		return 0
	}
	want := simplePaths(g, a, b, d)
	var shortest [][]string
	for _, p := range got {
		if len(p)-1 == d {
			shortest = append(shortest, p)
		}
	}
	if !slices.EqualFunc(shortest, want, slices.Equal) {
		t.Errorf("%s to %s: shortest paths %v, want %v", a, b, shortest, want)
	}
	return 1
}
