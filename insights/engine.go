package insights

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"strconv"
	"sync"
	"time"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/graph"
	"github.com/ringleader/ringleader/resolve"
)

// Engine answers analytic questions on a store. It is safe for concurrent use.
type Engine struct {
	store  ringleader.NetworkReader
	limits Limits
	// cache holds networks, projections and results keyed by store version, scope and options, weighed in
	// bytes; a new store version makes old keys unreachable, and the least recently used go first.
	cache *cache
	// calls are the computations under way, shared by every caller that asks for the same key.
	mu    sync.Mutex
	calls map[string]*call
}

// Limits bound what an engine holds and how long it computes.
type Limits struct {
	// MemoryBudget is the bytes the engine's cache may hold, and the size above which a projection is refused
	// before the store is read (0: DefaultMemoryBudget).
	MemoryBudget int64
	// Timeout bounds each computation (a projection or an analysis) from its start; past it the computation
	// stops and its callers get ETIMEOUT. 0: no bound beyond the callers' own contexts.
	Timeout time.Duration
	// Stream makes rankings and communities always build their projection from a store that streams
	// (ringleader.NetworkStreamer), keeping no network for later questions: for a program that asks one
	// (analyze). Without it they stream only a network too large to share, one whose estimate exceeds half the
	// budget, and otherwise read the network once for every projection of it, as Project does.
	Stream bool
}

// DefaultMemoryBudget is the budget of an engine given none: programs that know the machine (serve, analyze)
// give one from its memory.
const DefaultMemoryBudget = 1 << 30

// New returns an engine reading from store with the default limits.
func New(store ringleader.NetworkReader) *Engine { return NewBounded(store, Limits{}) }

// NewBounded returns an engine reading from store within limits.
func NewBounded(store ringleader.NetworkReader, limits Limits) *Engine {
	if limits.MemoryBudget <= 0 {
		limits.MemoryBudget = DefaultMemoryBudget
	}
	return &Engine{store: store, limits: limits, cache: newCache(limits.MemoryBudget), calls: map[string]*call{}}
}

// CacheStats says what the engine's cache holds: its measured bytes, its entries, and the entries evicted so
// far to stay within the budget.
type CacheStats struct {
	Bytes     int64 `json:"bytes"`
	Entries   int   `json:"entries"`
	Evictions int64 `json:"evictions"`
	Budget    int64 `json:"budget"`
}

// CacheStats returns what the engine's cache holds now.
func (e *Engine) CacheStats() CacheStats {
	b, n := e.cache.bytes()
	e.cache.mu.Lock()
	ev := e.cache.evictions
	e.cache.mu.Unlock()
	return CacheStats{Bytes: b, Entries: n, Evictions: ev, Budget: e.limits.MemoryBudget}
}

// Projection is a graph projection together with the network it was built from.
type Projection struct {
	Version int64
	Scope   ringleader.Scope
	Options ringleader.ProjectionOptions
	// Network is the scoped, filtered network the projection was built from. Projections that differ only in
	// how they read it (view, types, direction, weights, min_core) share one: do not modify it. Nil in a
	// projection streamed from the store (see projectNodes), which holds only its nodes.
	Network *ringleader.Network
	// Restriction says what the grading options left out of it.
	Restriction ringleader.Restriction
	Graph       *graph.Graph
	byID        map[string]*ringleader.Entity
	key         string // its cache key
	// A streamed projection's records: see streamed.
	streamed *streamedRecords
}

// Entity returns the network's entity with the given id, or nil. An entity of a streamed projection has only
// its id, kind and name.
func (p *Projection) Entity(id string) *ringleader.Entity {
	if p.streamed != nil {
		return p.streamed.entity(p.Graph, id)
	}
	return p.byID[id]
}

// Node returns the entity of node i.
func (p *Projection) Node(i int) *ringleader.Entity {
	if p.streamed != nil {
		return p.streamed.node(p.Graph, i)
	}
	return p.byID[p.Graph.NodeID(i)]
}

// memberships maps each entity of the network to the organisations it is a member of.
func (p *Projection) memberships() map[string][]string {
	if p.streamed != nil {
		return p.streamed.orgs
	}
	return memberships(p.Network)
}

// Project returns the projection of the store's network for scope and opt, from the
// cache when the store has not changed.
func (e *Engine) Project(ctx context.Context, scope ringleader.Scope, opt ringleader.ProjectionOptions) (*Projection, error) {
	return e.project(ctx, scope, opt, nil)
}

// project is Project; counts, when not nil, are the store's counts for scope narrowed to opt's case, already
// read.
func (e *Engine) project(ctx context.Context, scope ringleader.Scope, opt ringleader.ProjectionOptions, counts *ringleader.Counts) (*Projection, error) {
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
	p, err := e.share(ctx, key, "projecting", func(ctx context.Context) (entry, error) {
		nv, err := e.share(ctx, netKey, "reading the store", func(ctx context.Context) (entry, error) {
			read, err := e.readNetwork(ctx, scope, opt, counts)
			if err != nil {
				return entry{}, err
			}
			return entry{val: read, size: networkBytes(read.net)}, nil
		})
		if err != nil {
			return entry{}, err
		}
		read := nv.(*networkRead)
		net := read.net
		p := &Projection{Version: version, Scope: scope, Options: opt, Network: net, Restriction: read.restriction, key: key,
			Graph: graph.Project(net, opt), byID: make(map[string]*ringleader.Entity, len(net.Entities))}
		for i := range net.Entities {
			p.byID[net.Entities[i].ID] = &net.Entities[i]
		}
		return entry{val: p, size: projectionBytes(p), holds: []string{netKey}}, nil
	})
	if err != nil {
		return nil, err
	}
	return p.(*Projection), nil
}

// projectionKeys returns the cache keys of the projection for scope and opt at a store version and of the
// network it is built from. The store is read once for every projection that the same read serves: only the
// case, the time window, the grading restriction and resolution change what it returns; view, types, direction,
// weights and min_core are the projection's.
func projectionKeys(version int64, scope ringleader.Scope, opt ringleader.ProjectionOptions) (key, netKey string) {
	v := strconv.FormatInt(version, 10)
	key = "projection|" + v + "|" + scope.Key() + "|" + opt.Key()
	netKey = "network|" + v + "|" + scope.Key() + "|" + opt.Case + "|" + opt.From + "|" + opt.To + "|" +
		opt.MinGrade + "|" + strconv.FormatBool(opt.ConfirmedOnly) + "|" + strconv.FormatBool(opt.Resolved)
	return key, netKey
}

// networkRead is a network as read for projections, and what the grading restriction left out of it.
type networkRead struct {
	net         *ringleader.Network
	restriction ringleader.Restriction
}

// readNetwork reads the network scope and opt ask for, after checking that it fits the memory budget;
// counts, when not nil, are the store's counts in the scope narrowed to opt's case.
func (e *Engine) readNetwork(ctx context.Context, scope ringleader.Scope, opt ringleader.ProjectionOptions, counts *ringleader.Counts) (*networkRead, error) {
	narrow := scope.Narrow(opt.Case)
	if counts == nil {
		c, err := e.store.Counts(ctx, narrow)
		if err != nil {
			return nil, fmt.Errorf("insights: count network: %w", err)
		}
		counts = &c
	}
	if err := e.fits(counts.TotalEntities(), counts.TotalLinks()); err != nil {
		return nil, err
	}
	net, err := e.store.Network(ctx, narrow, opt.Filter())
	if err != nil {
		return nil, fmt.Errorf("insights: read network: %w", err)
	}
	net = scope.RedactNetwork(net)
	// Restricted before resolution: a record left out must not reach a merged identity.
	net, restriction := opt.Grades().Restrict(net)
	if opt.Resolved {
		net = resolve.Merge(net)
	}
	return &networkRead{net: net, restriction: restriction}, nil
}

// Bytes per record of a projection read from a store: the network's records (networkBytes, over 0.93 for the
// allocator's rounding) and the graph's nodes, index and CSR rows (Graph.Bytes, an undirected edge held twice).
// Measured on bundles loaded into SQLite (TestNetworkBytes): a generated 5,000-person network with a
// community property on each person and observed, weighted calls (246 bytes an entity and 425 a link by
// networkBytes, 53 a graph edge), and the demo ring, whose records carry more properties, sources and a grading
// on every row (about 950 bytes a record with its people projection). The constants sit between the two, so the
// estimate is within a factor of 1.6 of either; the people view's derived ties (a shared organisation, phone or
// shipment) can add more edges than links, so a projection may weigh more than this: the estimate refuses what
// cannot fit; it does not promise that what passes will.
const (
	entityBytes = 600
	linkBytes   = 750
)

// EstimateBytes estimates the memory a projection of a network of the given size takes: its network and its
// graph.
func EstimateBytes(entities, links int) int64 {
	return int64(entities)*entityBytes + int64(links)*linkBytes
}

// fits refuses, with ETOOLARGE, a projection whose estimate exceeds the memory budget: it could not be cached,
// and building it risks the process being killed for want of memory, so it is refused before the store is read.
func (e *Engine) fits(entities, links int) error {
	return e.fitsEstimate(entities, links, EstimateBytes(entities, links))
}

// fitsEstimate is fits for a projection whose estimate is est.
func (e *Engine) fitsEstimate(entities, links int, est int64) error {
	if est <= e.limits.MemoryBudget {
		return nil
	}
	return ringleader.Errorf(ringleader.ETOOLARGE, "the network asked for holds %d entities and %d links (before any "+
		"time window), about %s in memory, more than the memory budget of %s (--memory-budget of serve and analyze): narrow it to a "+
		"case, a time window or link types, or compute it inside Neo4j with its Graph Data Science library "+
		"(analyze --engine gds); for betweenness on a network that fits, ask for an approximation (epsilon)",
		entities, links, FormatBytes(est), FormatBytes(e.limits.MemoryBudget))
}

// FormatBytes writes n bytes in binary units, as --memory-budget takes them ("1.5 GiB").
func FormatBytes(n int64) string {
	const unit = 1024
	if n < unit {
		return strconv.FormatInt(n, 10) + " B"
	}
	div, exp := int64(unit), 0
	for m := n / unit; m >= unit && exp < 4; m /= unit {
		div *= unit
		exp++
	}
	return strconv.FormatFloat(float64(n)/float64(div), 'f', 1, 64) + " " + string("KMGTP"[exp]) + "iB"
}

// entry is a computed value and what the cache needs to keep it: its weight and the entries it holds alive.
type entry struct {
	val   any
	size  int64
	holds []string
}

// call is a computation under way and the callers waiting for it.
type call struct {
	done    chan struct{}
	val     any
	err     error
	waiters int
	cancel  context.CancelFunc
	// progress follows the computation, for the callers waiting on it.
	progress *Progress
}

// errTimedOut is the cause of a computation's end at Limits.Timeout.
var errTimedOut = errors.New("insights: analysis timeout")

// share returns the value under key, computing it once (also across concurrent callers) when it is missing.
// Errors are not cached.
//
// The computation runs detached from the context of the caller that started it: one client that gives up must
// not fail the others waiting for the same answer. Each caller waits only as long as its own context lasts; when
// the last one has given up (clients gone, their deadlines passed) the computation is cancelled, so that nobody's
// work goes on for no one; and it stops at Limits.Timeout in any case. golang.org/x/sync/singleflight, used
// before, cannot say when the last caller has left, so it let abandoned computations run to their end.
func (e *Engine) share(ctx context.Context, key, stage string, compute func(ctx context.Context) (entry, error)) (any, error) {
	if v, ok := e.cache.get(key); ok {
		return v, nil
	}
	e.mu.Lock()
	c := e.calls[key]
	if c == nil {
		if v, ok := e.cache.get(key); ok { // finished since the first look
			e.mu.Unlock()
			return v, nil
		}
		c = e.start(ctx, key, stage, compute)
	}
	c.waiters++
	e.mu.Unlock()
	progressOf(ctx).watch(c.progress)
	select {
	case <-c.done:
		return c.val, c.err
	case <-ctx.Done():
		e.mu.Lock()
		c.waiters--
		if c.waiters == 0 && e.calls[key] == c {
			delete(e.calls, key) // a later caller starts afresh rather than join a cancelled computation
			c.cancel()
		}
		e.mu.Unlock()
		return nil, e.stopped(ctx)
	}
}

// start starts computing key; e.mu is held.
func (e *Engine) start(ctx context.Context, key, stage string, compute func(ctx context.Context) (entry, error)) *call {
	cctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	stop := cancel
	if e.limits.Timeout > 0 {
		var cancelTimeout context.CancelFunc
		cctx, cancelTimeout = context.WithTimeoutCause(cctx, e.limits.Timeout, errTimedOut)
		stop = func() { cancelTimeout(); cancel() }
	}
	progress, cctx := computing(cctx, stage)
	c := &call{done: make(chan struct{}), cancel: stop, progress: progress}
	e.calls[key] = c
	go e.run(cctx, key, c, compute)
	return c
}

func (e *Engine) run(ctx context.Context, key string, c *call, compute func(ctx context.Context) (entry, error)) {
	defer c.cancel()
	var ent entry
	var err error
	func() {
		// The computation runs on a goroutine of its own, out of reach of the API's recovery: a bug becomes
		// an internal error for its callers, not the end of the server.
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("insights: panic computing %s: %v\n%s", key, r, debug.Stack())
			}
		}()
		ent, err = compute(ctx)
	}()
	switch {
	case err == nil:
		e.cache.add(key, ent.val, ent.size, ent.holds...)
	case errors.Is(context.Cause(ctx), errTimedOut) && ringleader.ErrorCode(err) != ringleader.ETIMEOUT:
		err = e.timeoutError(err)
	}
	e.mu.Lock()
	if e.calls[key] == c {
		delete(e.calls, key)
	}
	e.mu.Unlock()
	c.val, c.err = ent.val, err
	c.progress.finish()
	close(c.done)
}

// stopped is the error of a caller whose context ended before the answer came.
func (e *Engine) stopped(ctx context.Context) error {
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return e.timeoutError(context.Cause(ctx))
	}
	return fmt.Errorf("insights: %w", ctx.Err())
}

// timeoutError is ETIMEOUT with what to do about it.
func (e *Engine) timeoutError(cause error) error {
	limit := ""
	if e.limits.Timeout > 0 {
		limit = " of " + e.limits.Timeout.String()
	}
	return ringleader.WrapError(ringleader.ETIMEOUT, cause, "the analysis ran past the time limit%s (serve "+
		"--analysis-timeout) and was stopped: ask for less (an approximate betweenness with epsilon, a case, a time "+
		"window, link types or min_core), or compute it inside Neo4j with its Graph Data Science library "+
		"(analyze --engine gds)", limit)
}

// result returns the result named what computed on p, from the cache or by compute. A result is weighed by
// sizeOf; one that refers to p (its network, its graph) is cached only beside p, which it keeps alive.
func (e *Engine) result(ctx context.Context, p *Projection, what string, compute func(ctx context.Context) (any, error)) (any, error) {
	return e.share(ctx, resultKey(p, what), "computing "+analysisName(what), func(ctx context.Context) (entry, error) {
		v, err := compute(ctx)
		if err != nil {
			return entry{}, err
		}
		size, holdsP := sizeOf(v, p)
		ent := entry{val: v, size: size}
		if holdsP {
			ent.holds = []string{p.key}
		}
		return ent, nil
	})
}

// resultKey keys a result computed on projection p.
func resultKey(p *Projection, what string) string {
	return "result|" + strconv.FormatInt(p.Version, 10) + "|" + p.Scope.Key() + "|" + p.Options.Key() + "|" + what
}
