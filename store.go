package ringleader

import (
	"context"
	"fmt"
	"strconv"
	"time"
)

// EntityQuery asks for entities by name. Text matches names and aliases ignoring case,
// Latin diacritics and Arabic letter variants (see package names); Kind, when set, keeps
// one kind. Limit 0 means 50.
type EntityQuery struct {
	Text  string
	Kind  Kind
	Limit int
}

// EntityReader reads single entities and their surroundings. Every method honours scope:
// an entity outside it is reported as ENOTFOUND, exactly like one that does not exist.
type EntityReader interface {
	// Entity returns the entity with the given id.
	Entity(ctx context.Context, scope Scope, id string) (Entity, error)
	// FindEntities returns entities whose name or alias contains the query text, best
	// matches first: exact name, then prefix, then substring; ties by name and id.
	FindEntities(ctx context.Context, scope Scope, q EntityQuery) ([]Entity, error)
	// Neighbourhood returns what Neighbourhood (the function) returns on the scoped network.
	Neighbourhood(ctx context.Context, scope Scope, id string, depth, limit int) (*Network, error)
}

// NetworkReader reads whole networks for analysis.
type NetworkReader interface {
	// Network returns FilterNetwork(stored, scope, f).
	Network(ctx context.Context, scope Scope, f NetworkFilter) (*Network, error)
	// Version changes whenever the stored data changes; caches key on it.
	Version(ctx context.Context) (int64, error)
	// Counts returns how many entities and links of each kind are visible in scope: the size of
	// Network(scope, f) before f's time window, which analyses weigh before they read it.
	Counts(ctx context.Context, scope Scope) (Counts, error)
}

// NetworkStreamer is a NetworkReader that can also hand over a network record by record, so that an analysis
// that keeps a little of each record (a projection's ids, kinds and names) never holds them all: a
// million-person network's structs took 4.6 GB where its projection needs a few hundred MB. Analyses find it by
// type assertion and fall back to Network.
type NetworkStreamer interface {
	// StreamNetwork calls entity with each entity of Network(ctx, scope, f), in its order, then link with each of
	// its links, in order, all from one snapshot. The struct passed is reused from one call to the next: keep
	// its fields (strings, slices and maps are not touched again), not the pointer. An error from a callback
	// stops the read and is returned as it is.
	StreamNetwork(ctx context.Context, scope Scope, f NetworkFilter, entity func(*Entity) error, link func(*Link) error) error
}

// Writer writes validated records.
type Writer interface {
	// Write upserts the batch's entities and links by identity (Entity.ID, Link.Key) with
	// MergeEntity and MergeLink. A link may name entities of the same batch or already
	// stored; one that names neither fails the write with EINVALID. Stores write a batch
	// in one transaction where they can; see each store's documentation.
	Write(ctx context.Context, b *Batch) (WriteResult, error)
	// Missing returns those of ids that the store does not hold, in the order given. A
	// loader calls it to validate links to entities loaded earlier.
	Missing(ctx context.Context, ids []string) ([]string, error)
	// Stored returns the stored entities among ids and the stored links among keys (Link.Key),
	// whatever their cases: what a write of them would merge over. A loader limited to some
	// cases calls it to check, before writing, that the load stays inside them.
	Stored(ctx context.Context, ids, keys []string) (*Network, error)
}

// Store is a whole store: what the loaders, the analytics and the API need.
type Store interface {
	EntityReader
	NetworkReader
	Writer
	// Ping reports whether the store answers; EUNAVAILABLE when it does not.
	Ping(ctx context.Context) error
	Close() error
}

// Batch is a set of records to write together.
type Batch struct {
	Entities []Entity
	Links    []Link
	// Progress, when set, is called as records are written with the number done and the
	// total (entities plus links).
	Progress func(done, total int) `json:"-"`
	// Compartment, when set, limits the write to its cases: the store checks every record
	// with Scope.CheckBatch against what it merges over, in the transaction that writes, and
	// writes nothing when one is refused.
	Compartment *Scope `json:"-"`
}

// WriteResult counts what a write did.
type WriteResult struct {
	EntitiesCreated   int `json:"entities_created"`
	EntitiesUpdated   int `json:"entities_updated"`
	EntitiesUnchanged int `json:"entities_unchanged"`
	LinksCreated      int `json:"links_created"`
	LinksUpdated      int `json:"links_updated"`
	LinksUnchanged    int `json:"links_unchanged"`
}

// Add adds r's counts to w.
func (w *WriteResult) Add(r WriteResult) {
	w.EntitiesCreated += r.EntitiesCreated
	w.EntitiesUpdated += r.EntitiesUpdated
	w.EntitiesUnchanged += r.EntitiesUnchanged
	w.LinksCreated += r.LinksCreated
	w.LinksUpdated += r.LinksUpdated
	w.LinksUnchanged += r.LinksUnchanged
}

// Counts is how many entities of each kind and links of each type a store holds.
type Counts struct {
	Entities map[Kind]int     `json:"entities"`
	Links    map[LinkType]int `json:"links"`
}

// TotalEntities sums the entity counts.
func (c Counts) TotalEntities() int {
	n := 0
	for _, v := range c.Entities {
		n += v
	}
	return n
}

// TotalLinks sums the link counts.
func (c Counts) TotalLinks() int {
	n := 0
	for _, v := range c.Links {
		n += v
	}
	return n
}

// CypherResult is the answer to a read-only Cypher statement.
type CypherResult struct {
	Columns []string `json:"columns"`
	Rows    [][]any  `json:"rows"`
	// Truncated says the statement had more rows than the cap.
	Truncated bool `json:"truncated"`
}

// CypherReader runs investigators' own read-only Cypher. Only stores that speak Cypher
// (Neo4j) implement it.
type CypherReader interface {
	// ReadCypher refuses (EFORBIDDEN) a statement that is not read-only, and otherwise runs
	// it with params, within timeout, returning at most maxRows rows.
	ReadCypher(ctx context.Context, stmt string, params map[string]any, maxRows int, timeout time.Duration) (*CypherResult, error)
}

// Validate refuses records that no store could keep: an entity without an id or of an unknown kind, a link of an
// unknown type or without its ends. Kinds and types become Neo4j labels and relationship types, so this is also
// the one allow-list that keeps them to Kinds and LinkTypes. Every store calls it first, so that all agree.
func (b *Batch) Validate() error {
	var problems []Problem
	for i, e := range b.Entities {
		switch {
		case e.ID == "":
			problems = append(problems, Problem{Field: "id", Reason: "entity " + strconv.Itoa(i+1) + ": empty id"})
		case !e.Kind.Valid():
			problems = append(problems, Problem{Field: "kind", Reason: "entity " + e.ID + ": unknown kind " + strconv.Quote(string(e.Kind))})
		}
	}
	for i, l := range b.Links {
		switch {
		case !l.Type.Valid():
			problems = append(problems, Problem{Field: "type", Reason: "link " + strconv.Itoa(i+1) + ": unknown type " + strconv.Quote(string(l.Type))})
		case l.Source == "":
			problems = append(problems, Problem{Field: "source", Reason: "link " + strconv.Itoa(i+1) + ": empty source"})
		case l.Target == "":
			problems = append(problems, Problem{Field: "target", Reason: "link " + strconv.Itoa(i+1) + ": empty target"})
		}
	}
	return invalidBatch(problems, strconv.Itoa(len(problems))+" invalid records in batch")
}

// maxProblems caps the problems one refused batch lists; the message still gives the total.
const maxProblems = 50

func invalidBatch(problems []Problem, message string) error {
	if len(problems) == 0 {
		return nil
	}
	return &Error{Code: EINVALID, Message: message, Problems: problems[:min(len(problems), maxProblems)]}
}

// OutsideEndpoints lists, once each and in order, the entity ids the batch's links name that are not among its
// entities: the ones a store must find stored before it writes.
func (b *Batch) OutsideEndpoints() []string {
	inBatch := make(map[string]bool, len(b.Entities))
	for _, e := range b.Entities {
		inBatch[e.ID] = true
	}
	var out []string
	for _, l := range b.Links {
		for _, id := range []string{l.Source, l.Target} {
			if !inBatch[id] {
				inBatch[id] = true // listed once
				out = append(out, id)
			}
		}
	}
	return out
}

// CheckEndpoints is the error a store gives, before writing anything, for links that name an entity neither in
// the batch nor stored: unknown holds such ids (of OutsideEndpoints, those the store does not hold). It lists
// every such end, or returns nil. store names the store in the message.
func (b *Batch) CheckEndpoints(store string, unknown map[string]bool) error {
	var problems []Problem
	for _, l := range b.Links {
		for _, end := range []struct{ field, id string }{{"source", l.Source}, {"target", l.Target}} {
			if unknown[end.id] {
				problems = append(problems, Problem{Field: end.field,
					Reason: fmt.Sprintf("link %s: no entity %q in the batch or the store", l.Key(), end.id)})
			}
		}
	}
	return invalidBatch(problems, fmt.Sprintf("%s: %d link endpoints name unknown entities; nothing was written", store, len(problems)))
}

// StoredRefs lists what a batch merges over or leans on: the ids of its entities and of its links' ends, and its
// links' keys, to be read with Writer.Stored for Scope.CheckStored.
func (b *Batch) StoredRefs() (ids, keys []string) {
	for _, e := range b.Entities {
		ids = append(ids, e.ID)
	}
	for i := range b.Links {
		ids = append(ids, b.Links[i].Source, b.Links[i].Target)
		keys = append(keys, b.Links[i].Key())
	}
	return ids, keys
}
