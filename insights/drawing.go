package insights

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strconv"

	"github.com/ringleader/ringleader"
)

// Drawing limits: what a chart in the workbench draws at most. Sigma.js keeps 10,000 nodes and 50,000 links
// interactive on a laptop's integrated GPU; beyond that a chart is unreadable anyway, so communities stand in for
// their members.
const (
	MaxDrawnEntities = 10000
	MaxDrawnLinks    = 50000
)

// DrawingRequest asks for the network to draw.
type DrawingRequest struct {
	// Community, when set, asks for the members of one community of the summary and the links among them.
	Community string
	// MaxEntities and MaxLinks bound what is drawn (0: the package's limits).
	MaxEntities, MaxLinks int
}

// DateRange is the first and last date on the links of a drawing.
type DateRange struct {
	First string `json:"first,omitempty"`
	Last  string `json:"last,omitempty"`
}

// DrawingCounts counts the entities and links of the network asked for, before any summary.
type DrawingCounts struct {
	Entities int `json:"entities"`
	Links    int `json:"links"`
}

// SummaryNode stands for one community of a network too large to draw.
type SummaryNode struct {
	ID    string                  `json:"id"`
	Size  int                     `json:"size"`
	Label string                  `json:"label"`
	Kinds map[ringleader.Kind]int `json:"kinds"`
	Top   []Member                `json:"top"`
}

// SummaryLink counts the links between two communities of a summary.
type SummaryLink struct {
	Source string `json:"source"`
	Target string `json:"target"`
	Count  int    `json:"count"`
}

// Drawing is what the workbench draws: the entities and links themselves, or, when they are more than it can
// draw, the communities as summary nodes.
type Drawing struct {
	Summarised bool                `json:"summarised"`
	Reason     string              `json:"reason,omitempty"`
	Entities   []ringleader.Entity `json:"entities"`
	Links      []ringleader.Link   `json:"links"`
	// Communities and CommunityLinks summarise a network too large to draw; both are empty
	// when Entities and Links hold the network.
	Communities    []SummaryNode `json:"communities"`
	CommunityLinks []SummaryLink `json:"community_links"`
	Counts         DrawingCounts `json:"counts"`
	Dates          DateRange     `json:"dates"`
	// Restriction says which grading restriction was applied and what it left out; nil when none was.
	Restriction *ringleader.Restriction `json:"restriction,omitempty"`
}

// Draw returns the network that opt selects, as stored (entities and links, not the derived ties of the people
// view): with view full every entity, with view people the persons and the links among them; with min_core the
// entities of the projection's k-core alone. When it holds more
// than the limits it returns its communities instead (Leiden on the same projection), and req.Community then
// asks for one community's members.
func (e *Engine) Draw(ctx context.Context, scope ringleader.Scope, opt ringleader.ProjectionOptions, req DrawingRequest) (*Drawing, error) {
	maxEnt, maxLinks := cmp.Or(req.MaxEntities, MaxDrawnEntities), cmp.Or(req.MaxLinks, MaxDrawnLinks)
	p, err := e.Project(ctx, scope, opt)
	if err != nil {
		return nil, err
	}
	keep := func(ent *ringleader.Entity) bool {
		if opt.MinCore > 0 {
			_, inCore := p.Graph.Index(ent.ID) // the projection holds the k-core alone
			return inCore
		}
		return opt.View == ringleader.ViewFull || ent.Kind == ringleader.KindPerson
	}
	var members map[string]bool
	if req.Community != "" {
		comms, err := e.Communities(ctx, scope, summaryOptions(opt), DefaultCommunityOptions())
		if err != nil {
			return nil, err
		}
		for _, c := range comms.Communities {
			if strconv.Itoa(c.ID) == req.Community {
				members = make(map[string]bool, len(c.Members))
				for _, id := range c.Members {
					members[id] = true
				}
			}
		}
		if members == nil {
			return nil, ringleader.Errorf(ringleader.ENOTFOUND, "no community %q", req.Community)
		}
		inner := keep
		keep = func(ent *ringleader.Entity) bool { return inner(ent) && members[ent.ID] }
	}
	d := &Drawing{Entities: []ringleader.Entity{}, Links: []ringleader.Link{}, Communities: []SummaryNode{}, CommunityLinks: []SummaryLink{}}
	if p.Restriction.Active() {
		r := p.Restriction
		d.Restriction = &r
	}
	drawn := make(map[string]bool, len(p.Network.Entities))
	for i := range p.Network.Entities {
		if ent := &p.Network.Entities[i]; keep(ent) {
			drawn[ent.ID] = true
			d.Entities = append(d.Entities, *ent)
		}
	}
	for i := range p.Network.Links {
		l := &p.Network.Links[i]
		if drawn[l.Source] && drawn[l.Target] && opt.KeepsType(l) {
			d.Links = append(d.Links, *l)
			if s := l.Start(); s != "" && (d.Dates.First == "" || s < d.Dates.First) {
				d.Dates.First = s
			}
			if s := l.End(); s > d.Dates.Last {
				d.Dates.Last = s
			}
		}
	}
	d.Counts = DrawingCounts{Entities: len(d.Entities), Links: len(d.Links)}
	if len(d.Entities) <= maxEnt && len(d.Links) <= maxLinks {
		return d, nil
	}
	if req.Community != "" {
		// One community still too large: draw its best-connected members.
		return truncateDrawing(d, maxEnt, maxLinks), nil
	}
	return e.summarise(ctx, scope, opt, d, maxEnt, maxLinks)
}

// summaryOptions is the projection whose communities summarise a drawing: without a
// choice of link types, every type but INVOLVED_IN, since sharing a case is not a tie
// (see graph.Project): counted, it gathers a whole case's people around its case node.
func summaryOptions(opt ringleader.ProjectionOptions) ringleader.ProjectionOptions {
	if len(opt.Types) > 0 {
		return opt
	}
	for _, t := range ringleader.LinkTypes {
		if t != ringleader.LinkInvolvedIn {
			opt.Types = append(opt.Types, string(t))
		}
	}
	slices.Sort(opt.Types) // as Normalize leaves them, so the projection is cached once
	return opt
}

// summarise replaces a drawing's entities and links by its communities.
func (e *Engine) summarise(ctx context.Context, scope ringleader.Scope, opt ringleader.ProjectionOptions, d *Drawing, maxEnt, maxLinks int) (*Drawing, error) {
	comms, err := e.Communities(ctx, scope, summaryOptions(opt), DefaultCommunityOptions())
	if err != nil {
		return nil, err
	}
	of := make(map[string]string, len(d.Entities))
	kinds := make(map[string]ringleader.Kind, len(d.Entities))
	for _, ent := range d.Entities {
		kinds[ent.ID] = ent.Kind
	}
	out := &Drawing{Summarised: true, Counts: d.Counts, Dates: d.Dates, Restriction: d.Restriction, Entities: []ringleader.Entity{}, Links: []ringleader.Link{},
		Communities: []SummaryNode{}, CommunityLinks: []SummaryLink{}}
	for _, c := range comms.Communities {
		n := SummaryNode{ID: strconv.Itoa(c.ID), Kinds: map[ringleader.Kind]int{}, Top: c.Core, Label: c.Label}
		for _, id := range c.Members {
			if k, ok := kinds[id]; ok {
				of[id] = n.ID
				n.Kinds[k]++
				n.Size++
			}
		}
		if n.Size > 0 {
			out.Communities = append(out.Communities, n)
		}
	}
	between := map[[2]string]int{}
	for _, l := range d.Links {
		a, b := of[l.Source], of[l.Target]
		if a == "" || b == "" || a == b {
			continue
		}
		if b < a {
			a, b = b, a
		}
		between[[2]string{a, b}]++
	}
	for k, n := range between {
		out.CommunityLinks = append(out.CommunityLinks, SummaryLink{Source: k[0], Target: k[1], Count: n})
	}
	slices.SortFunc(out.CommunityLinks, func(a, b SummaryLink) int {
		return cmp.Or(cmp.Compare(a.Source, b.Source), cmp.Compare(a.Target, b.Target))
	})
	out.Reason = fmt.Sprintf("%d entities and %d links are more than a chart draws (%d and %d): each of the %d communities is "+
		"shown as one node; open one to draw its members", d.Counts.Entities, d.Counts.Links, maxEnt, maxLinks, len(out.Communities))
	return out, nil
}

// truncateDrawing keeps the maxEnt entities with the most links, and at most maxLinks links among them.
func truncateDrawing(d *Drawing, maxEnt, maxLinks int) *Drawing {
	degree := make(map[string]int, len(d.Entities))
	for _, l := range d.Links {
		degree[l.Source]++
		degree[l.Target]++
	}
	ents := slices.Clone(d.Entities)
	slices.SortStableFunc(ents, func(a, b ringleader.Entity) int { return cmp.Compare(degree[b.ID], degree[a.ID]) })
	ents = ents[:min(maxEnt, len(ents))]
	kept := make(map[string]bool, len(ents))
	for _, ent := range ents {
		kept[ent.ID] = true
	}
	out := &Drawing{Counts: d.Counts, Dates: d.Dates, Restriction: d.Restriction, Entities: ents, Links: []ringleader.Link{}, Communities: []SummaryNode{}, CommunityLinks: []SummaryLink{}}
	for _, l := range d.Links {
		if kept[l.Source] && kept[l.Target] && len(out.Links) < maxLinks {
			out.Links = append(out.Links, l)
		}
	}
	out.Reason = fmt.Sprintf("this community holds %d entities and %d links: the %d best-connected entities are drawn",
		d.Counts.Entities, d.Counts.Links, len(out.Entities))
	return out
}

// CaseSummary is a case a caller may see, with how many visible entities it involves.
type CaseSummary struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	Type     string `json:"type,omitempty"`
	Status   string `json:"status,omitempty"`
	Opened   string `json:"opened,omitempty"`
	Entities int    `json:"entities"`
}

// Cases lists the cases visible in scope, by id, each with the number of visible entities that name it.
func (e *Engine) Cases(ctx context.Context, scope ringleader.Scope) ([]CaseSummary, error) {
	p, err := e.Project(ctx, scope, ringleader.ProjectionOptions{View: ringleader.ViewFull})
	if err != nil {
		return nil, err
	}
	count := map[string]int{}
	for _, ent := range p.Network.Entities {
		if ent.Kind == ringleader.KindCase {
			continue
		}
		for _, c := range ent.Cases {
			count[c]++
		}
	}
	out := []CaseSummary{}
	for _, ent := range p.Network.Entities {
		if ent.Kind == ringleader.KindCase {
			out = append(out, CaseSummary{ID: ent.ID, Name: ent.Name, Type: ent.Prop("type"), Status: ent.Prop("status"),
				Opened: ent.Prop("opened"), Entities: count[ent.ID]})
		}
	}
	slices.SortFunc(out, func(a, b CaseSummary) int { return cmp.Compare(a.ID, b.ID) })
	return out, nil
}
