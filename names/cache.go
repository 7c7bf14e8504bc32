package names

import "sync"

// spelled is a word's spelling and folded form, computed once: entity resolution
// compares each word with many others, and folding (a chain of Unicode transforms) costs
// more than the comparison itself.
type spelled struct {
	fold string
	sp   spelling
	keys []string // wordKeys
}

// spellCache memoizes spelled words. It is cleared when it grows past maxCached entries,
// which bounds its memory in a long-running server whatever names pass through it.
var spellCache struct {
	sync.RWMutex
	m map[string]*spelled
}

const maxCached = 1 << 16

func spellOf(word string) *spelled {
	spellCache.RLock()
	s, ok := spellCache.m[word]
	spellCache.RUnlock()
	if ok {
		return s
	}
	s = &spelled{fold: Fold(word), sp: spell(word)}
	s.keys = keysOf(s.fold, s.sp)
	spellCache.Lock()
	if spellCache.m == nil || len(spellCache.m) >= maxCached {
		spellCache.m = make(map[string]*spelled)
	}
	spellCache.m[word] = s
	spellCache.Unlock()
	return s
}
