package insights

import (
	"container/list"
	"sync"
)

// cache is a least-recently-used cache bounded by the bytes its entries hold rather than by their number: at a
// million people one projection weighs gigabytes and a ranking megabytes, so a count of entries bounds nothing
// (issue 18: five projections took serve from 4.4 GB to 18.9 GB under the old 64-entry bound).
//
// It is written here rather than taken from a library because it needs two things that the weighted caches at
// hand do not give. Its accounting is exact and synchronous: after add returns, bytes() is within the budget
// (ristretto and otter apply weights and evictions on background goroutines, and ristretto's admission policy may
// drop a new entry outright, so neither can promise a budget at any instant). And an entry may hold another alive
// (a projection holds the network it was built from; a result may hold its projection): evicting the one evicts
// those that hold it, and using one counts as using what it holds, so nothing the cache keeps alive is left
// uncounted. golang-lru, used before, bounds the number of entries only.
type cache struct {
	mu     sync.Mutex
	budget int64
	used   int64
	order  *list.List // front: most recently used
	items  map[string]*list.Element
	// evictions counts entries evicted to make room, for tests and metrics.
	evictions int64
}

type cacheEntry struct {
	key    string
	val    any
	size   int64
	holds  []string // keys of the entries this one keeps alive
	heldBy map[string]bool
}

func newCache(budget int64) *cache {
	return &cache{budget: budget, order: list.New(), items: map[string]*list.Element{}}
}

// get returns the value under key and marks it, and what it holds, as just used.
func (c *cache) get(key string) (any, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	el, ok := c.items[key]
	if !ok {
		return nil, false
	}
	c.touch(el)
	return el.Value.(*cacheEntry).val, true
}

// touch moves el and what it holds to the front, the held ones first, so that an entry is never less recently
// used than an entry that holds it.
func (c *cache) touch(el *list.Element) {
	for _, h := range el.Value.(*cacheEntry).holds {
		if hel, ok := c.items[h]; ok {
			c.touch(hel)
		}
	}
	c.order.MoveToFront(el)
}

// add caches val under key, weighing size bytes and holding the entries under holds alive. It caches nothing,
// and reports false, when val is larger than the whole budget or when one of holds is no longer cached (val
// would keep it alive uncounted). Otherwise it evicts least recently used entries until the cache is within
// its budget again.
func (c *cache) add(key string, val any, size int64, holds ...string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if size > c.budget {
		return false
	}
	for _, h := range holds {
		if _, ok := c.items[h]; !ok {
			return false
		}
	}
	if el, ok := c.items[key]; ok {
		c.remove(el)
	}
	ent := &cacheEntry{key: key, val: val, size: size, holds: holds}
	el := c.order.PushFront(ent)
	c.items[key] = el
	c.used += size
	for _, h := range holds {
		held := c.items[h].Value.(*cacheEntry)
		if held.heldBy == nil {
			held.heldBy = map[string]bool{}
		}
		held.heldBy[key] = true
	}
	c.touch(el)
	for c.used > c.budget {
		c.remove(c.order.Back()) // never empty here: used > budget >= 0
		c.evictions++
	}
	_, kept := c.items[key]
	return kept
}

// remove removes el and every entry that holds it.
func (c *cache) remove(el *list.Element) {
	ent := el.Value.(*cacheEntry)
	if _, ok := c.items[ent.key]; !ok {
		return
	}
	delete(c.items, ent.key)
	c.order.Remove(el)
	c.used -= ent.size
	for k := range ent.heldBy {
		if hel, ok := c.items[k]; ok {
			c.remove(hel)
		}
	}
	for _, h := range ent.holds {
		if hel, ok := c.items[h]; ok {
			delete(hel.Value.(*cacheEntry).heldBy, ent.key)
		}
	}
}

// bytes returns the bytes the cached entries weigh, and their number.
func (c *cache) bytes() (int64, int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.used, len(c.items)
}
