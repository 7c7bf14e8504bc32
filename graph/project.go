package graph

import (
	"cmp"
	"math"
	"slices"

	"github.com/ringleader/ringleader"
)

// Project builds the analytic projection of net that opt describes (opt already
// normalized by ProjectionOptions.Normalize; net already scoped and filtered by time).
//
// ViewFull holds every entity of net, in net's order, and every link among them except
// SAME_AS links whose "decision" property is "rejected".
//
// ViewPeople holds every person, in net's order, linked or not. Two persons are tied:
//   - by an ASSOCIATE link between them (a call keeps its direction);
//   - once per organisation both are MEMBER_OF, per shipment both ORGANISED or
//     TRANSPORTED (in any combination), and per phone, account or vehicle both HOLD
//     (undirected, weight 1 each);
//   - by a PAID link between them (payer → payee, weight 1 per payment), and by a PAID
//     link between parties they hold, such as accounts: from every person who HOLDS the
//     payer to every person who HOLDS the payee (a person party stands for itself).
//
// Sharing a case (INVOLVED_IN) is not a tie, nor is SAME_AS. ProjectionOptions.Types
// chooses which links produce ties; the HOLDS links that name the holders of a paying
// account are read whatever the filter, so that types=PAID still follows payments
// between accounts.
//
// In a directed projection a directed tie becomes one arc and an undirected tie two;
// in an undirected one every tie loses its direction. Parallel ties between two nodes
// merge into one edge whose weight is the sum of theirs (a link weight of 0 counts as 1,
// as Link.W says; a negative or non-finite one also counts as 1). Self-loops are dropped:
// none of the measures here gives them a meaning a reader would expect (a person paying
// himself between his own accounts is not a tie to anyone).
//
// opt.Resolved (merging SAME_AS records into one node) is not applied yet: the
// projection analyses the raw records.
//
// opt.MinCore above 0 keeps the k-core of that graph (see CoreNumbers), nodes in the
// same order, and the edges among them.
func Project(net *ringleader.Network, opt ringleader.ProjectionOptions) *Graph {
	p := NewProjector(opt)
	p.Grow(len(net.Entities), len(net.Links))
	for i := range net.Entities {
		p.AddEntity(&net.Entities[i])
	}
	for i := range net.Links {
		p.AddLink(&net.Links[i])
	}
	return p.Graph()
}

// Projector builds the projection that Project builds, from a network given one record
// at a time: every entity, in the network's order, then every link, in its order. It
// keeps no record it is given (only ids, and the ends of the payments a people view
// resolves at the end), so a store can stream its rows into it, decoded into one
// reused struct, instead of materialising a Network.
type Projector struct {
	opt   ringleader.ProjectionOptions
	full  bool
	b     *Builder
	links bool

	// Groups of persons who share a thing, in order of first appearance so that merged
	// weights are summed in the same order on every run.
	groupOf  map[string]int
	groups   [][]int32
	holders  map[string][]int32
	payments []payment
}

// payment is a PAID link kept until every holder is known.
type payment struct{ source, target string }

// NewProjector returns a projector for opt (already normalized by
// ProjectionOptions.Normalize).
func NewProjector(opt ringleader.ProjectionOptions) *Projector {
	return &Projector{opt: opt, full: opt.View == ringleader.ViewFull, b: NewBuilder(opt),
		groupOf: map[string]int{}, holders: map[string][]int32{}}
}

// Grow makes room for a network of about the given numbers of entities and links.
func (p *Projector) Grow(entities, links int) {
	p.b.Grow(entities, links)
}

// AddEntity adds e as a node if the view holds it. It panics after AddLink: links are
// read against the nodes.
func (p *Projector) AddEntity(e *ringleader.Entity) {
	if p.links {
		panic("graph: Projector.AddEntity after AddLink")
	}
	if p.full || e.Kind == ringleader.KindPerson {
		p.b.AddNode(e.ID)
	}
}

// AddLink adds the ties l makes in the view.
func (p *Projector) AddLink(l *ringleader.Link) {
	p.links = true
	if p.full {
		if !p.opt.KeepsType(l) || (l.Type == ringleader.LinkSameAs && l.Props["decision"] == ringleader.DecisionRejected) {
			return
		}
		u, okU := p.b.Node(l.Source)
		v, okV := p.b.Node(l.Target)
		if okU && okV {
			p.b.AddTie(u, v, linkWeight(l), l.Directed())
		}
		return
	}
	keep := p.opt.KeepsType(l)
	u, personU := p.b.Node(l.Source)
	switch l.Type {
	case ringleader.LinkAssociate:
		if v, personV := p.b.Node(l.Target); keep && personU && personV {
			p.b.AddTie(u, v, linkWeight(l), l.Directed())
		}
	case ringleader.LinkMemberOf:
		if keep && personU {
			p.join("org\x00"+l.Target, u)
		}
	case ringleader.LinkOrganised, ringleader.LinkTransported:
		if keep && personU {
			p.join("shipment\x00"+l.Target, u)
		}
	case ringleader.LinkHolds:
		if personU {
			p.holders[l.Target] = append(p.holders[l.Target], int32(u))
			if keep {
				p.join("held\x00"+l.Target, u)
			}
		}
	case ringleader.LinkPaid:
		if keep {
			p.payments = append(p.payments, payment{l.Source, l.Target})
		}
	}
}

func (p *Projector) join(key string, person int) {
	gi, ok := p.groupOf[key]
	if !ok {
		gi = len(p.groups)
		p.groupOf[key] = gi
		p.groups = append(p.groups, nil)
	}
	p.groups[gi] = append(p.groups[gi], int32(person))
}

// Graph returns the projection of what was added. The projector must not be used
// afterwards.
func (p *Projector) Graph() *Graph {
	b := p.b
	p.b = nil
	for _, members := range p.groups {
		slices.Sort(members)
		members = slices.Compact(members)
		for a := range members {
			for c := a + 1; c < len(members); c++ {
				b.AddTie(int(members[a]), int(members[c]), 1, false)
			}
		}
	}
	p.groups, p.groupOf = nil, nil
	parties := func(id string) []int32 {
		if i, ok := b.Node(id); ok {
			return []int32{int32(i)}
		}
		hs := slices.Clone(p.holders[id])
		slices.Sort(hs)
		return slices.Compact(hs)
	}
	for _, pay := range p.payments {
		for _, u := range parties(pay.source) {
			for _, v := range parties(pay.target) {
				b.AddTie(int(u), int(v), 1, true)
			}
		}
	}
	p.holders, p.payments = nil, nil
	return b.Graph()
}

func linkWeight(l *ringleader.Link) float64 {
	w := l.W()
	if !(w > 0) || math.IsInf(w, 1) {
		return 1
	}
	return w
}

// arc is one half of an edge while the CSR arrays are built.
type arc struct {
	u, v int32
	w    float64
}

// csr groups arcs by row(arc), sorts each row by col(arc) keeping the input order
// among equals, and merges equal columns by summing their weights in that order.
func csr(n int, arcs []arc, row, col func(arc) int32) adjacency {
	count := make([]int, n+1)
	for _, a := range arcs {
		count[row(a)+1]++
	}
	for i := range n {
		count[i+1] += count[i]
	}
	sorted := make([]arc, len(arcs))
	next := slices.Clone(count[:n])
	for _, a := range arcs {
		r := row(a)
		sorted[next[r]] = a
		next[r]++
	}
	adj := adjacency{start: make([]int, n+1), nbr: make([]int32, 0, len(arcs)), w: make([]float64, 0, len(arcs))}
	for i := range n {
		rowArcs := sorted[count[i]:count[i+1]]
		slices.SortStableFunc(rowArcs, func(a, b arc) int { return cmp.Compare(col(a), col(b)) })
		for _, a := range rowArcs {
			c := col(a)
			if k := len(adj.nbr) - 1; k >= adj.start[i] && adj.nbr[k] == c {
				adj.w[k] += a.w
				continue
			}
			adj.nbr = append(adj.nbr, c)
			adj.w = append(adj.w, a.w)
		}
		adj.start[i+1] = len(adj.nbr)
	}
	return adj
}
