package neo4j_test

import (
	"cmp"
	"fmt"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/loaders"
	"github.com/ringleader/ringleader/names"
	"github.com/ringleader/ringleader/neo4j"
	"github.com/ringleader/ringleader/queries"
)

// graph is the stored network as the library's expectations are derived from it, independently of Cypher.
type graph struct {
	net   *ringleader.Network
	byID  map[string]ringleader.Entity
	store *neo4j.Store
}

func newGraph(net *ringleader.Network) *graph {
	g := &graph{net: net, byID: map[string]ringleader.Entity{}}
	for _, e := range net.Entities {
		g.byID[e.ID] = e
	}
	return g
}

// neighbours lists, for each entity, the far ends of its links in either direction, one entry per link (a
// multigraph, as Cypher's paths see it); self-loops are left out.
func (g *graph) neighbours() map[string][]string {
	adj := map[string][]string{}
	for _, l := range g.net.Links {
		if l.Source != l.Target {
			adj[l.Source] = append(adj[l.Source], l.Target)
			adj[l.Target] = append(adj[l.Target], l.Source)
		}
	}
	return adj
}

// shortest returns the distance from a to b and the number of shortest paths, counting parallel links apart.
func (g *graph) shortest(a, b string) (int, int) {
	adj := g.neighbours()
	dist, sigma := map[string]int{a: 0}, map[string]int{a: 1}
	for frontier := []string{a}; len(frontier) > 0; {
		var next []string
		for _, u := range frontier {
			for _, v := range adj[u] {
				d, seen := dist[v]
				if !seen {
					dist[v] = dist[u] + 1
					next = append(next, v)
					d = dist[v]
				}
				if d == dist[u]+1 {
					sigma[v] += sigma[u]
				}
			}
		}
		frontier = next
	}
	d, ok := dist[b]
	if !ok {
		return -1, 0
	}
	return d, sigma[b]
}

func loadBundle(t *testing.T) (*graph, func(name string, params map[string]any) []*neo4jdrv.Record) {
	t.Helper()
	s := mustOpen(t)
	opt := loaders.Options{RejectsPath: filepath.Join(t.TempDir(), "rejects.csv")}
	if _, err := loaders.Load(t.Context(), s, []string{"../loaders/testdata/bundle"}, opt); err != nil {
		t.Fatal(err)
	}
	net, err := s.Network(t.Context(), ringleader.AllCases(), ringleader.NetworkFilter{})
	if err != nil {
		t.Fatal(err)
	}
	g := newGraph(net)
	g.store = s
	persons := map[string]int{}
	for i, e := range net.Entities {
		if e.Kind == ringleader.KindPerson {
			persons[e.ID] = i % 3
		}
	}
	if _, err := s.WriteCommunities(t.Context(), "rl_community", persons); err != nil {
		t.Fatal(err)
	}
	run := func(name string, params map[string]any) []*neo4jdrv.Record {
		return cypher(t, queries.Get("library/"+name), params)
	}
	return g, run
}

// TestLibrary runs each query of the investigators' library on the test bundle and checks its rows against
// answers derived in Go from the stored network.
func TestLibrary(t *testing.T) {
	g, run := loadBundle(t)
	tested := map[string]bool{}
	test := func(name string, fn func(t *testing.T)) {
		tested["library/"+name] = true
		t.Run(name, fn)
	}

	test("shortest-paths", func(t *testing.T) {
		// Every pair of people at distance 2 or more: the query finds every shortest path and no other.
		var pairs int
		for _, a := range g.net.Entities {
			for _, b := range g.net.Entities {
				if a.Kind != ringleader.KindPerson || b.Kind != ringleader.KindPerson || a.ID >= b.ID {
					continue
				}
				d, n := g.shortest(a.ID, b.ID)
				if d < 2 || d > 8 {
					continue
				}
				pairs++
				recs := run("shortest-paths", map[string]any{"from": a.ID, "to": b.ID})
				if len(recs) != n {
					t.Errorf("%s to %s: %d paths, want %d", a.ID, b.ID, len(recs), n)
				}
				for _, r := range recs {
					if p := r.Values[0].(neo4jdrv.Path); len(p.Relationships) != d {
						t.Errorf("%s to %s: a path of %d links, want %d", a.ID, b.ID, len(p.Relationships), d)
					}
				}
			}
		}
		if pairs == 0 {
			t.Fatal("no pair of people two or more links apart in the bundle")
		}
	})

	test("drugs-and-weapons", func(t *testing.T) {
		caseType := func(id string) string { return strings.ToLower(g.byID[id].Props["type"]) }
		var want []string
		for _, i := range g.net.Links {
			for _, j := range g.net.Links {
				if i.Type == ringleader.LinkInvolvedIn && j.Type == ringleader.LinkInvolvedIn && i.Source == j.Source &&
					g.byID[i.Source].Kind == ringleader.KindPerson && caseType(i.Target) == "drugs" && caseType(j.Target) == "weapons" {
					want = append(want, i.Source+" "+i.Target+" "+j.Target)
				}
			}
		}
		var got []string
		for _, r := range run("drugs-and-weapons", nil) {
			got = append(got, fmt.Sprint(r.Values[0].(neo4jdrv.Node).Props["id"], " ", r.Values[2].(neo4jdrv.Node).Props["id"],
				" ", r.Values[4].(neo4jdrv.Node).Props["id"]))
		}
		slices.Sort(want)
		slices.Sort(got)
		if len(want) == 0 || !slices.Equal(got, want) {
			t.Errorf("rows %v, want %v (non-empty)", got, want)
		}
	})

	test("money-trail", func(t *testing.T) {
		// From every payer: the chains of payments forward in time through distinct parties, up to 6 deep.
		out := map[string][]ringleader.Link{}
		for _, l := range g.net.Links {
			if l.Type == ringleader.LinkPaid {
				out[l.Source] = append(out[l.Source], l)
			}
		}
		var payers int
		for from := range out {
			var want []string
			var walk func(at string, visited []string, lastDate string, hops int)
			walk = func(at string, visited []string, lastDate string, hops int) {
				for _, l := range out[at] {
					if slices.Contains(visited, l.Target) || (lastDate != "" && l.Date != "" && l.Date < lastDate) {
						continue
					}
					want = append(want, fmt.Sprintf("%s %d %s", l.Target, hops+1, l.Date))
					if hops+1 < 6 {
						walk(l.Target, append(slices.Clone(visited), l.Target), l.Date, hops+1)
					}
				}
			}
			walk(from, []string{from}, "", 0)
			var got []string
			for _, r := range run("money-trail", map[string]any{"from": from}) {
				date, _ := r.Values[5].(string)
				got = append(got, fmt.Sprintf("%s %d %s", r.Values[1], r.Values[2], date))
			}
			slices.Sort(want)
			slices.Sort(got)
			if !slices.Equal(got, want) {
				t.Errorf("from %s: %v, want %v", from, got, want)
			}
			if len(want) > 1 {
				payers++
			}
		}
		if payers == 0 {
			t.Fatal("no payer with a trail of more than one payment in the bundle")
		}
	})

	test("shipments-via", func(t *testing.T) {
		for _, place := range []string{"nasib", "QAIM", "homs", "nowhere"} {
			via := map[string]bool{}
			for _, l := range g.net.Links {
				switch l.Type {
				case ringleader.LinkOrigin, ringleader.LinkDestination, ringleader.LinkRoutedVia, ringleader.LinkSeizedAt:
					loc := g.byID[l.Target]
					keys := []string{names.Fold(loc.Name)}
					for _, a := range loc.Aliases {
						keys = append(keys, names.Fold(a))
					}
					for _, k := range keys {
						if strings.Contains(k, strings.ToLower(place)) {
							via[l.Source] = true
						}
					}
				}
			}
			recs := run("shipments-via", map[string]any{"place": place})
			var got []string
			for _, r := range recs {
				got = append(got, r.Values[0].(string))
				// The route in order of the route column.
				var stops []ringleader.Link
				for _, l := range g.net.Links {
					if l.Type == ringleader.LinkRoutedVia && l.Source == r.Values[0] {
						stops = append(stops, l)
					}
				}
				slices.SortFunc(stops, func(a, b ringleader.Link) int {
					x, _ := strconv.Atoi(a.Props["order"])
					y, _ := strconv.Atoi(b.Props["order"])
					return cmp.Compare(x, y)
				})
				var route []string
				for _, l := range stops {
					route = append(route, g.byID[l.Target].Name)
				}
				if gotRoute := fmt.Sprint(r.Values[8]); gotRoute != fmt.Sprint(orEmpty(route)) {
					t.Errorf("%s: route %s, want %v", r.Values[0], gotRoute, route)
				}
			}
			want := slices.Sorted(func(yield func(string) bool) {
				for id := range via {
					if !yield(id) {
						return
					}
				}
			})
			slices.Sort(got)
			if !slices.Equal(got, want) {
				t.Errorf("via %q: shipments %v, want %v", place, got, want)
			}
			if place == "nasib" && len(want) == 0 {
				t.Error("no shipment through Nasib in the bundle")
			}
		}
	})

	test("broker-neighbourhood", func(t *testing.T) {
		adj := g.neighbours()
		for _, b := range g.net.Entities {
			if b.Kind != ringleader.KindPerson {
				continue
			}
			hops := map[string]int{}
			for _, m := range adj[b.ID] {
				if g.byID[m].Kind == ringleader.KindPerson && m != b.ID {
					hops[m] = 1
				}
				if g.byID[m].Kind == ringleader.KindCase {
					continue
				}
				for _, x := range adj[m] {
					if _, near := hops[x]; !near && x != b.ID && g.byID[x].Kind == ringleader.KindPerson {
						hops[x] = 2
					}
				}
			}
			community := map[string]int{}
			for i, e := range g.net.Entities {
				if e.Kind == ringleader.KindPerson {
					community[e.ID] = i % 3
				}
			}
			var want []string
			reached := map[int]bool{}
			for x, h := range hops {
				want = append(want, fmt.Sprintf("%s %d %d", x, h, community[x]))
				reached[community[x]] = true
			}
			var got []string
			for _, r := range run("broker-neighbourhood", map[string]any{"broker": b.ID}) {
				got = append(got, fmt.Sprintf("%s %d %d", r.Values[1].(neo4jdrv.Node).Props["id"], r.Values[2], r.Values[3]))
				if r.Values[4] != int64(len(reached)) {
					t.Errorf("broker %s: communities_reached %v, want %d", b.ID, r.Values[4], len(reached))
				}
			}
			slices.Sort(want)
			slices.Sort(got)
			if !slices.Equal(got, want) {
				t.Errorf("broker %s: %v, want %v", b.ID, got, want)
			}
		}
	})

	test("graded-ties", func(t *testing.T) {
		// Each person's links, each once, with the confidence and grade the loaders kept, in the query's order.
		confRank := map[string]int{ringleader.ConfidenceConfirmed: 0, ringleader.ConfidenceUnconfirmed: 1, ringleader.ConfidenceTentative: 2}
		var graded int
		for _, e := range g.net.Entities {
			if e.Kind != ringleader.KindPerson {
				continue
			}
			type row struct{ conf, grade, typ, other string }
			var want []row
			for _, l := range g.net.Links {
				if l.Source != e.ID && l.Target != e.ID {
					continue
				}
				other := l.Target
				if other == e.ID {
					other = l.Source
				}
				grade := l.Props[ringleader.PropSourceGrade] + l.Props[ringleader.PropInfoGrade]
				if grade != "" {
					graded++
				}
				want = append(want, row{l.Confidence(), grade, string(l.Type), other})
			}
			slices.SortStableFunc(want, func(a, b row) int {
				return cmp.Or(cmp.Compare(confRank[a.conf], confRank[b.conf]), cmp.Compare(boolInt(a.grade == ""), boolInt(b.grade == "")),
					cmp.Compare(a.grade, b.grade), cmp.Compare(a.typ, b.typ), cmp.Compare(a.other, b.other))
			})
			var got []row
			for _, r := range run("graded-ties", map[string]any{"person": e.ID}) {
				rel := r.Values[1].(neo4jdrv.Relationship)
				got = append(got, row{r.Values[3].(string), r.Values[4].(string), rel.Type, r.Values[2].(neo4jdrv.Node).Props["id"].(string)})
			}
			if !slices.Equal(got, want) {
				t.Errorf("%s: %v, want %v", e.ID, got, want)
			}
		}
		if graded == 0 {
			t.Fatal("the bundle has no graded link")
		}
	})

	for _, st := range queries.Library() {
		if !tested[st.Name] {
			t.Errorf("%s has no test", st.Name)
		}
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func orEmpty(l []string) []string {
	if l == nil {
		return []string{}
	}
	return l
}
