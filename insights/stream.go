package insights

import (
	"context"
	"fmt"
	"unsafe"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/graph"
)

// projectNodes returns the projection for scope and opt for an analysis that reads only its graph and, of its
// records, the ids, kinds and names of its entities and the organisations people are members of (centrality
// rankings, communities). From a store that streams (ringleader.NetworkStreamer) it builds the graph from the
// records as they are read, keeping only those fields, instead of holding the network, whose structs are most
// of a projection's memory: `analyze --measure pagerank` on a SQLite store of 200,000 people and a million links
// peaked at 1.35 GB resident with the network, 0.30 GB streamed. It streams when the engine's limits say so
// (Limits.Stream) or when the network's estimate exceeds half the memory budget; otherwise, and whenever a
// projection or network of the same read is cached, the store does not stream or opt asks for resolution (which
// merges records and needs them whole), it is Project: one read shared by every projection of it.
//
// The records go through what readNetwork applies to a network: the store's scope and time window, redaction
// (Scope.Redact), then the grading restriction (ringleader.GradeFilter.Restrict), record by record.
func (e *Engine) projectNodes(ctx context.Context, scope ringleader.Scope, opt ringleader.ProjectionOptions) (*Projection, error) {
	st, ok := e.store.(ringleader.NetworkStreamer)
	if !ok || opt.Resolved {
		return e.Project(ctx, scope, opt)
	}
	if err := opt.Normalize(); err != nil {
		return nil, err
	}
	version, err := e.store.Version(ctx)
	switch {
	case err != nil && ctx.Err() != nil: // a caller's deadline says what to ask instead, as share's does
		return nil, e.stopped(ctx)
	case err != nil:
		return nil, fmt.Errorf("insights: store version: %w", err)
	}
	key, netKey := projectionKeys(version, scope, opt)
	if _, ok := e.cache.get(key); ok {
		return e.Project(ctx, scope, opt)
	}
	if _, ok := e.cache.get(netKey); ok {
		return e.Project(ctx, scope, opt)
	}
	counts, err := e.store.Counts(ctx, scope.Narrow(opt.Case))
	switch {
	case err != nil && ctx.Err() != nil:
		return nil, e.stopped(ctx)
	case err != nil:
		return nil, fmt.Errorf("insights: count network: %w", err)
	}
	if !e.limits.Stream && 2*EstimateBytes(counts.TotalEntities(), counts.TotalLinks()) <= e.limits.MemoryBudget {
		return e.project(ctx, scope, opt, &counts)
	}
	streamKey := "streamed|" + key
	p, err := e.share(ctx, streamKey, "reading the store and projecting", func(ctx context.Context) (entry, error) {
		p, err := e.streamProjection(ctx, st, scope, opt, counts)
		if err != nil {
			return entry{}, err
		}
		p.Version, p.key = version, streamKey
		return entry{val: p, size: streamedBytes(p)}, nil
	})
	if err != nil {
		return nil, err
	}
	return p.(*Projection), nil
}

// ProjectNodes is the projection that a centrality ranking or communities (Centrality, ApproxBetweenness,
// Communities) are computed on for scope and opt: streamed from the store when the engine streams (see
// projectNodes). A caller that shows progress builds it first, to show the read apart from the kernel.
func (e *Engine) ProjectNodes(ctx context.Context, scope ringleader.Scope, opt ringleader.ProjectionOptions) (*Projection, error) {
	return e.projectNodes(ctx, scope, opt)
}

// streamedRecords are what a streamed projection keeps of its records.
type streamedRecords struct {
	// names and kinds of the graph's nodes, by node.
	names []string
	kinds []ringleader.Kind
	// others are the entities that are not nodes (a people view's other kinds, those outside the k-core), with
	// their ids, kinds and names, for community labels.
	others map[string]*ringleader.Entity
	// orgs maps each entity to the organisations it is a member of.
	orgs map[string][]string
}

func (r *streamedRecords) node(g *graph.Graph, i int) *ringleader.Entity {
	return &ringleader.Entity{ID: g.NodeID(i), Kind: r.kinds[i], Name: r.names[i]}
}

func (r *streamedRecords) entity(g *graph.Graph, id string) *ringleader.Entity {
	if i, ok := g.Index(id); ok {
		return r.node(g, i)
	}
	return r.others[id]
}

// streamProjection reads the network scope and opt ask for from st, record by record, into a projection.
// counts are the store's counts in scope narrowed to opt's case.
func (e *Engine) streamProjection(ctx context.Context, st ringleader.NetworkStreamer, scope ringleader.Scope,
	opt ringleader.ProjectionOptions, counts ringleader.Counts) (*Projection, error) {
	narrow := scope.Narrow(opt.Case)
	if err := e.fitsStreamed(counts.TotalEntities(), counts.TotalLinks()); err != nil {
		return nil, err
	}
	full := opt.View == ringleader.ViewFull
	grades := opt.Grades()
	restriction := ringleader.Restriction{GradeFilter: grades}
	leftOut := map[string]bool{} // entities the grading left out
	proj := graph.NewProjector(opt)
	proj.Grow(counts.TotalEntities(), counts.TotalLinks())
	var ids, names []string
	var kinds []ringleader.Kind
	rec := &streamedRecords{others: map[string]*ringleader.Entity{}, orgs: map[string][]string{}}
	entity := func(stored *ringleader.Entity) error {
		e := scope.Redact(*stored)
		if !grades.KeepsEntity(&e) {
			restriction.EntitiesLeftOut++
			leftOut[e.ID] = true
			return nil
		}
		proj.AddEntity(&e)
		if full || e.Kind == ringleader.KindPerson {
			ids, names, kinds = append(ids, e.ID), append(names, e.Name), append(kinds, e.Kind)
		} else {
			rec.others[e.ID] = &ringleader.Entity{ID: e.ID, Kind: e.Kind, Name: e.Name}
		}
		return nil
	}
	link := func(stored *ringleader.Link) error {
		l := scope.RedactLink(*stored)
		if grades.Active() && (leftOut[l.Source] || leftOut[l.Target] || !grades.KeepsLink(&l)) {
			restriction.LinksLeftOut++
			return nil
		}
		proj.AddLink(&l)
		if l.Type == ringleader.LinkMemberOf {
			rec.orgs[l.Source] = append(rec.orgs[l.Source], l.Target)
		}
		return nil
	}
	if err := st.StreamNetwork(ctx, narrow, opt.Filter(), entity, link); err != nil {
		return nil, fmt.Errorf("insights: read network: %w", err)
	}
	leftOut = nil
	g := proj.Graph()
	// The graph's nodes are those added, in their order, less those outside the k-core.
	rec.names, rec.kinds = names, kinds
	if g.N() < len(ids) {
		rec.names, rec.kinds = make([]string, 0, g.N()), make([]ringleader.Kind, 0, g.N())
		for j, id := range ids {
			if i, ok := g.Index(id); ok && i == len(rec.names) {
				rec.names, rec.kinds = append(rec.names, names[j]), append(rec.kinds, kinds[j])
			} else {
				rec.others[id] = &ringleader.Entity{ID: id, Kind: kinds[j], Name: names[j]}
			}
		}
	}
	if len(rec.names) != g.N() {
		return nil, fmt.Errorf("insights: streamed projection: %d records for %d nodes", len(rec.names), g.N())
	}
	return &Projection{Scope: scope, Options: opt, Restriction: restriction, Graph: g, streamed: rec}, nil
}

// Bytes per record of a streamed projection (see EstimateBytes): the graph's node (its id, its index entry, its
// name and kind) and a link's share of the CSR rows, with room for a weighted graph's distances and for the
// ties held while the rows are built. The heap a streamed projection keeps, measured on SQLite, is about half
// the estimate: 0.19–0.25 MB on the demo (estimate 0.39 MB), 1.2–1.8 MB on a generated 5,000-person network
// (estimate 3.6 MB), people and full views; the rest is the build's peak.
const (
	streamedEntityBytes = 160
	streamedLinkBytes   = 110
)

// fitsStreamed is fits for a streamed projection.
func (e *Engine) fitsStreamed(entities, links int) error {
	return e.fitsEstimate(entities, links, int64(entities)*streamedEntityBytes+int64(links)*streamedLinkBytes)
}

// streamedBytes estimates what a streamed projection holds: its graph with its ids' characters (no network
// shares them), its nodes' names and kinds, the other entities and the memberships.
func streamedBytes(p *Projection) int64 {
	r := p.streamed
	b := int64(unsafe.Sizeof(*p)) + int64(unsafe.Sizeof(*r)) + p.Graph.Bytes() + stringsBytes(r.names) +
		int64(cap(r.kinds))*stringHeader
	for i := range p.Graph.N() {
		b += int64(len(p.Graph.NodeID(i)))
	}
	b += graph.MapBytes(len(r.others), 2*stringHeader)
	for id, e := range r.others {
		b += int64(len(id)+len(e.Name)) + int64(unsafe.Sizeof(*e))
	}
	b += graph.MapBytes(len(r.orgs), stringHeader+int64(unsafe.Sizeof([]string(nil))))
	for id, orgs := range r.orgs {
		b += int64(len(id)) + stringsBytes(orgs)
	}
	return b
}
