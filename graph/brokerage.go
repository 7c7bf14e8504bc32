package graph

// BrokerageRoles counts the Gould–Fernandez brokerage roles of one node (or holds their
// expected or normalised values). Node b brokers for a and c when a→b→c and there is no
// arc a→c (a, b, c distinct); G(x) is x's group in the partition:
//   - Coordinator: G(a) = G(b) = G(c), mediation inside one's own group;
//   - Consultant (Gould and Fernandez's itinerant broker): G(a) = G(c) ≠ G(b), mediation
//     between two members of another group;
//   - Gatekeeper: G(a) ≠ G(b) = G(c), letting an outsider reach one's own group;
//   - Representative: G(a) = G(b) ≠ G(c), carrying one's group's contact outside;
//   - Liaison: all three groups differ.
//
// Total is the sum of the five.
type BrokerageRoles struct {
	Coordinator    float64 `json:"coordinator"`
	Consultant     float64 `json:"consultant"`
	Gatekeeper     float64 `json:"gatekeeper"`
	Representative float64 `json:"representative"`
	Liaison        float64 `json:"liaison"`
	Total          float64 `json:"total"`
}

// BrokerageResult holds the brokerage roles of every node, by node index.
type BrokerageResult struct {
	// Raw counts the two-paths each node brokers, by role.
	Raw []BrokerageRoles
	// Expected is each count's expected value if the graph's arcs were placed at
	// random with its density, given the group sizes (Gould and Fernandez 1989).
	Expected []BrokerageRoles
	// Normalized is Raw over Expected, role by role, as UCINET's "normalized" brokerage
	// scores are: 1 means as often as chance would have it. A role whose expected value
	// is 0 (a group too small to hold it, or a graph with density 0 or 1, where no such
	// two-path can exist) has 0.
	Normalized []BrokerageRoles
	// Density is the density used for Expected: arcs / (n(n-1)).
	Density float64
}

// Brokerage returns the Gould–Fernandez brokerage roles of every node relative to a
// partition (R. V. Gould and R. M. Fernandez 1989, "Structures of mediation: a formal
// approach to brokerage in transaction networks", Sociological Methodology 19:89–126),
// the five roles UCINET's Network > Ego networks > Brokerage reports, with full credit
// for every brokered pair (UCINET's partial-credit option is not offered). group[i] is
// node i's group: an organisation, a case type, a country or a detected community, as
// any integer labels. Weights are ignored. An undirected graph counts each edge as two
// arcs, so a pair a–c brokered by b counts once each way (a→b→c and c→b→a), as sna's
// brokerage and UCINET do on a symmetric matrix; there Gatekeeper and Representative
// are equal.
//
// The expected values are those of sna's brokerage (C. T. Butts), from Gould and
// Fernandez's random-graph model: with d the density and n_B the size of the broker's
// group among n nodes, d²(1−d) times the number of ordered pairs (a, c) that could give
// the role: (n_B−1)(n_B−2) for coordinator, Σ_{A≠B} n_A(n_A−1) for consultant,
// (n−n_B)(n_B−1) for gatekeeper and for representative, (n−n_B)² − Σ_{A≠B} n_A² for
// liaison and (n−1)(n−2) in total.
//
// len(group) must be g.N(), else it returns an *InputError. Time is
// O(Σ_b Σ_{a→b} (outdeg(a) + outdeg(b))).
func Brokerage(g *Graph, group []int) (*BrokerageResult, error) {
	n := g.N()
	if len(group) != n {
		return nil, inputError("%d group labels for %d nodes", len(group), n)
	}
	res := &BrokerageResult{Raw: make([]BrokerageRoles, n), Expected: make([]BrokerageRoles, n),
		Normalized: make([]BrokerageRoles, n)}
	// succOfA marks the successors of the current source a, so that "no arc a→c" is one
	// lookup.
	succOfA := make([]bool, n)
	for b := range n {
		gb := group[b]
		r := &res.Raw[b]
		preds, _ := g.In(b)
		succs, _ := g.Out(b)
		for _, a := range preds {
			aOut, _ := g.Out(int(a))
			for _, x := range aOut {
				succOfA[x] = true
			}
			ga := group[a]
			for _, c := range succs {
				if c == a || succOfA[c] {
					continue
				}
				gc := group[c]
				switch {
				case ga == gb && gb == gc:
					r.Coordinator++
				case ga == gc:
					r.Consultant++
				case gb == gc:
					r.Gatekeeper++
				case ga == gb:
					r.Representative++
				default:
					r.Liaison++
				}
			}
			for _, x := range aOut {
				succOfA[x] = false
			}
		}
		r.Total = r.Coordinator + r.Consultant + r.Gatekeeper + r.Representative + r.Liaison
	}
	expectedBrokerage(g, group, res)
	return res, nil
}

// expectedBrokerage fills res.Expected, res.Normalized and res.Density.
func expectedBrokerage(g *Graph, group []int, res *BrokerageResult) {
	n := g.N()
	if n < 2 {
		return
	}
	arcs := float64(g.M())
	if !g.directed {
		arcs *= 2
	}
	nf := float64(n)
	d := arcs / (nf * (nf - 1))
	res.Density = d
	size := map[int]float64{}
	for _, c := range group {
		size[c]++
	}
	// Σ_A n_A(n_A−1) and Σ_A n_A² over all groups; the sums over A ≠ B subtract B's term.
	var sumPairs, sumSquares float64
	for _, s := range size {
		sumPairs += s * (s - 1)
		sumSquares += s * s
	}
	scale := d * d * (1 - d)
	byGroup := make(map[int]BrokerageRoles, len(size))
	for c, nb := range size {
		out := nf - nb
		byGroup[c] = BrokerageRoles{
			Coordinator:    scale * (nb - 1) * (nb - 2),
			Consultant:     scale * (sumPairs - nb*(nb-1)),
			Gatekeeper:     scale * out * (nb - 1),
			Representative: scale * out * (nb - 1),
			Liaison:        scale * (out*out - (sumSquares - nb*nb)),
			Total:          scale * (nf - 1) * (nf - 2),
		}
	}
	ratio := func(raw, exp float64) float64 {
		if exp == 0 {
			return 0
		}
		return raw / exp
	}
	for v := range n {
		e := byGroup[group[v]]
		r := res.Raw[v]
		res.Expected[v] = e
		res.Normalized[v] = BrokerageRoles{
			Coordinator:    ratio(r.Coordinator, e.Coordinator),
			Consultant:     ratio(r.Consultant, e.Consultant),
			Gatekeeper:     ratio(r.Gatekeeper, e.Gatekeeper),
			Representative: ratio(r.Representative, e.Representative),
			Liaison:        ratio(r.Liaison, e.Liaison),
			Total:          ratio(r.Total, e.Total),
		}
	}
}
