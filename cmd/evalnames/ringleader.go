package main

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/insights"
	"github.com/ringleader/ringleader/resolve"
	"github.com/ringleader/ringleader/sqlite"
)

// The bundle's cases, as SOURCE.md lays them out: a person's Arabic-script record in one agency's case, the Latin
// record in the other's, alternating by person, and a second romanisation in the money-laundering case.
const (
	caseDrugs   = "D1"
	caseWeapons = "W1"
	caseMoney   = "M1"
)

// bundle returns the network of the set's records: one suspect per name, names only.
func bundle(s *unSet) *ringleader.Network {
	people := map[string]int{}
	net := &ringleader.Network{}
	for _, r := range s.records {
		n, ok := people[r.person]
		if !ok {
			n = len(people)
			people[r.person] = n
		}
		first, second := caseDrugs, caseWeapons
		if n%2 == 1 {
			first, second = second, first
		}
		c := first
		switch r.role {
		case "la":
			c = second
		case "lv":
			c = caseMoney
		}
		net.Entities = append(net.Entities, ringleader.Entity{ID: r.id, Kind: ringleader.KindPerson, Name: r.name,
			Cases: []string{c}})
	}
	return net
}

// ringleaderSystem runs entity resolution on the bundle and on each of the project's pairs alone, and search on
// the bundle, with the thresholds users get by default.
func ringleaderSystem(ctx context.Context, s *unSet, own []ownPair, tmp string) (*system, error) {
	sys := &system{name: "Ringleader", auto: resolve.DefaultAutoThreshold, review: resolve.DefaultMinScore,
		bundle: map[[2]string]float64{}, linked: map[[2]string]bool{}}
	// MinScore near 0 returns every pair blocking compared, so that misses are listed with their scores.
	all := resolve.Options{MinScore: 1e-9}
	net := bundle(s)
	for _, c := range resolve.Candidates(net, all) {
		sys.bundle[pair(c.Source, c.Target)] = c.Score
		sys.linked[pair(c.Source, c.Target)] = c.Decision == ringleader.DecisionAuto
	}
	for _, p := range own {
		person := func(id, name, birth string) ringleader.Entity {
			e := ringleader.Entity{ID: id, Kind: ringleader.KindPerson, Name: name}
			if birth != "" {
				e.Props = map[string]string{"birth_date": birth}
			}
			return e
		}
		pn := &ringleader.Network{Entities: []ringleader.Entity{person("a", p.a, p.birthA), person("b", p.b, p.birthB)}}
		score, linked := 0.0, false
		if cs := resolve.Candidates(pn, all); len(cs) == 1 {
			score, linked = cs[0].Score, cs[0].Decision == ringleader.DecisionAuto
		}
		sys.own = append(sys.own, score)
		sys.ownLinked = append(sys.ownLinked, linked)
	}
	counts, err := searchUN(ctx, s, net, filepath.Join(tmp, "search.db"))
	if err != nil {
		return nil, err
	}
	sys.search = counts
	return sys, nil
}

// searchUN searches, in a store holding the bundle, each person's Latin name (the UN's romanisation) for their
// Arabic-script record and the Arabic name for the Latin record, as insights/search_test.go does for the first
// 50: found when among the first ten answers.
func searchUN(ctx context.Context, s *unSet, net *ringleader.Network, path string) (*searchCounts, error) {
	st, err := sqlite.Open(ctx, path)
	if err != nil {
		return nil, err
	}
	defer st.Close()
	if _, err := st.Write(ctx, &ringleader.Batch{Entities: net.Entities}); err != nil {
		return nil, fmt.Errorf("search store: %w", err)
	}
	engine := insights.New(st)
	finds := func(query, want string) (bool, error) {
		found, err := engine.Search(ctx, ringleader.AllCases(), ringleader.EntityQuery{Text: query, Limit: 10})
		if err != nil {
			return false, err
		}
		return slices.ContainsFunc(found, func(f insights.Found) bool { return f.ID == want }), nil
	}
	c := &searchCounts{}
	for _, p := range s.pairs {
		if p.kind != "pos-ar-la" {
			continue
		}
		ar, la := s.byID[p.a], s.byID[p.b]
		latin, err := finds(la.name, ar.id)
		if err != nil {
			return nil, err
		}
		arabic, err := finds(ar.name, la.id)
		if err != nil {
			return nil, err
		}
		c.all++
		c.latinFinds += b2i(latin)
		c.arabicFinds += b2i(arabic)
		if c.all <= 50 {
			c.first++
			c.latinFinds50 += b2i(latin)
			c.arabicFinds50 += b2i(arabic)
		}
	}
	return c, nil
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
