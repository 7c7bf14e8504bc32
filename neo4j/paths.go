package neo4j

import (
	"context"
	"slices"

	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/ringleader/ringleader"
)

// MaxPaths is the largest k ShortestPaths takes: Cypher's SHORTEST takes only a literal count.
const MaxPaths = 10

// ShortestPaths returns up to k of the shortest paths between two entities, each as the ids of the entities along
// it, over links in either direction, at most maxHops (at most 20) links long, through entities and links visible
// in scope. Shorter paths come first; paths of one length are sorted by their ids. Paths are loopless and
// distinct as sequences of entities: two parallel links make one path. They are taken from the MaxPaths shortest
// that Neo4j's SHORTEST finds, so when more than that many tie, which of them are found is the server's choice.
// ENOTFOUND when either end is not visible; no path is an empty answer.
func (s *Store) ShortestPaths(ctx context.Context, scope ringleader.Scope, from, to string, k, maxHops int) ([][]string, error) {
	if k < 1 || k > MaxPaths {
		return nil, ringleader.Errorf(ringleader.EINVALID, "neo4j: k must be from 1 to %d, not %d", MaxPaths, k)
	}
	if maxHops < 1 || maxHops > 20 {
		return nil, ringleader.Errorf(ringleader.EINVALID, "neo4j: max hops must be from 1 to 20, not %d", maxHops)
	}
	var missing string
	paths, err := readTx(ctx, s, func(tx neo4jdrv.ManagedTransaction) ([][]string, error) {
		missing = ""
		for _, id := range []string{from, to} {
			if _, found, err := entity(ctx, tx, scope, id); err != nil || !found {
				missing = id
				return nil, err
			}
		}
		var paths [][]string
		params := with(scopeParams(scope), "from", from, "to", to, "max_hops", int64(maxHops))
		err := each(ctx, tx, qShortestPaths, params, func(r *neo4jdrv.Record) error {
			if p := asStrings(r.Values[0]); loopless(p) {
				paths = append(paths, p)
			}
			return nil
		})
		return paths, err
	})
	switch {
	case err != nil:
		return nil, wrap(err, "shortest paths from %s to %s", from, to)
	case missing != "":
		return nil, ringleader.Errorf(ringleader.ENOTFOUND, "entity %q not found", missing)
	}
	slices.SortFunc(paths, func(a, b []string) int {
		if len(a) != len(b) {
			return len(a) - len(b)
		}
		return slices.Compare(a, b)
	})
	paths = slices.CompactFunc(paths, slices.Equal)
	return paths[:min(k, len(paths))], nil
}

// loopless reports whether path visits no entity twice.
func loopless(path []string) bool {
	seen := make(map[string]bool, len(path))
	for _, id := range path {
		if seen[id] {
			return false
		}
		seen[id] = true
	}
	return true
}
