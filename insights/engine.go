package insights

import (
	"context"
	"fmt"
	"strconv"
	"time"

	lru "github.com/hashicorp/golang-lru/v2"
	"golang.org/x/sync/singleflight"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/graph"
	"github.com/ringleader/ringleader/resolve"
)

// Engine answers analytic questions on a store. It is safe for concurrent use.
type Engine struct {
	store ringleader.NetworkReader
	// cache holds projections and results keyed by store version, scope and options;
	// a new store version makes old keys unreachable, and the LRU evicts them.
	cache *lru.Cache[string, any]
	// group makes concurrent identical requests share one computation.
	group singleflight.Group
}

// cacheEntries bounds the cache: a projection of the 20k-node benchmark graph takes
// about 10 MB, so 64 entries stay well under a gigabyte even when all are projections.
const cacheEntries = 64

// New returns an engine reading from store.
func New(store ringleader.NetworkReader) *Engine {
	c, err := lru.New[string, any](cacheEntries)
	if err != nil {
		panic(err) // only for a non-positive size
	}
	return &Engine{store: store, cache: c}
}

// Projection is a graph projection together with the network it was built from.
type Projection struct {
	Version int64
	Scope   ringleader.Scope
	Options ringleader.ProjectionOptions
	// Network is the scoped, filtered network the projection was built from.
	Network *ringleader.Network
	// Restriction says what the grading options left out of it.
	Restriction ringleader.Restriction
	Graph       *graph.Graph
	byID        map[string]*ringleader.Entity
}

// Entity returns the network's entity with the given id, or nil.
func (p *Projection) Entity(id string) *ringleader.Entity { return p.byID[id] }

// Node returns the entity of node i.
func (p *Projection) Node(i int) *ringleader.Entity { return p.byID[p.Graph.NodeID(i)] }

// Project returns the projection of the store's network for scope and opt, from the
// cache when the store has not changed.
func (e *Engine) Project(ctx context.Context, scope ringleader.Scope, opt ringleader.ProjectionOptions) (*Projection, error) {
	if err := opt.Normalize(); err != nil {
		return nil, err
	}
	version, err := e.store.Version(ctx)
	if err != nil {
		return nil, fmt.Errorf("insights: store version: %w", err)
	}
	key := "projection|" + strconv.FormatInt(version, 10) + "|" + scope.Key() + "|" + opt.Key()
	v, err := e.cached(ctx, key, func(ctx context.Context) (any, error) {
		net, err := e.store.Network(ctx, scope.Narrow(opt.Case), opt.Filter())
		if err != nil {
			return nil, fmt.Errorf("insights: read network: %w", err)
		}
		net = scope.RedactNetwork(net)
		net, restriction := opt.Grades().Restrict(net)
		if opt.Resolved {
			net = resolve.Merge(net)
		}
		p := &Projection{Version: version, Scope: scope, Options: opt, Network: net, Restriction: restriction,
			Graph: graph.Project(net, opt), byID: make(map[string]*ringleader.Entity, len(net.Entities))}
		for i := range net.Entities {
			p.byID[net.Entities[i].ID] = &net.Entities[i]
		}
		return p, nil
	})
	if err != nil {
		return nil, err
	}
	return v.(*Projection), nil
}

// computeTimeout bounds one shared computation: a projection or an analysis that concurrent callers wait for.
const computeTimeout = 10 * time.Minute

// cached returns the value under key, computing it once (also across concurrent callers)
// when it is missing. Errors are not cached.
//
// The computation is shared, so it runs detached from the context of the caller that started it, under a
// deadline of its own: one client that gives up must not fail every other client waiting for the same answer.
// Each caller waits for it only as long as its own context lasts.
func (e *Engine) cached(ctx context.Context, key string, compute func(ctx context.Context) (any, error)) (any, error) {
	if v, ok := e.cache.Get(key); ok {
		return v, nil
	}
	done := e.group.DoChan(key, func() (any, error) {
		if v, ok := e.cache.Get(key); ok {
			return v, nil
		}
		cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), computeTimeout)
		defer cancel()
		v, err := compute(cctx)
		if err == nil {
			e.cache.Add(key, v)
		}
		return v, err
	})
	select {
	case r := <-done:
		return r.Val, r.Err
	case <-ctx.Done():
		return nil, fmt.Errorf("insights: %w", ctx.Err())
	}
}

// resultKey keys a result computed on projection p.
func resultKey(p *Projection, what string) string {
	return "result|" + strconv.FormatInt(p.Version, 10) + "|" + p.Scope.Key() + "|" + p.Options.Key() + "|" + what
}
