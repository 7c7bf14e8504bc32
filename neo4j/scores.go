package neo4j

import (
	"context"
	"regexp"
	"slices"

	neo4jdrv "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/ringleader/ringleader"
)

// scorePrefix starts the name of every property that holds an analysis result. Props entries are never copied to
// properties with it, so a result can never be mistaken for input.
const scorePrefix = "rl_"

var scoreName = regexp.MustCompile(`^rl_[a-z][a-z0-9_]{0,62}$`)

// WriteScores writes analysis results back as a node property, as GDS's write mode does, so that Browser can size
// and colour entities by them: property (rl_betweenness, rl_pagerank, ...) is set to scores[id] on each entity
// and removed from every entity not in scores, so that no value of an earlier run stays behind. Ids the store does
// not hold are skipped. It returns the number of entities written. The property must match rl_[a-z][a-z0-9_]*.
// Scores are not part of the stored records: writing them does not change Version or any read.
//
// Up to Config.TxRows scores are written in one transaction; more in several, after the one that removes the old
// values.
func (s *Store) WriteScores(ctx context.Context, property string, scores map[string]float64) (int, error) {
	values := make(map[string]any, len(scores))
	for id, v := range scores {
		values[id] = v
	}
	return s.writeProperty(ctx, property, values)
}

// WriteCommunities is WriteScores for a partition: property (rl_community, ...) is set to the integer label of
// each entity's group.
func (s *Store) WriteCommunities(ctx context.Context, property string, communities map[string]int) (int, error) {
	values := make(map[string]any, len(communities))
	for id, c := range communities {
		values[id] = int64(c)
	}
	return s.writeProperty(ctx, property, values)
}

func (s *Store) writeProperty(ctx context.Context, property string, values map[string]any) (int, error) {
	if !scoreName.MatchString(property) {
		return 0, ringleader.Errorf(ringleader.EINVALID, "neo4j: %q is not an analysis property name (rl_ followed by lower-case letters, digits and _)", property)
	}
	ids := make([]string, 0, len(values))
	for id := range values {
		ids = append(ids, id)
	}
	slices.Sort(ids) // a fixed order: the same scores take the same locks in the same order
	written := 0
	for start := 0; start == 0 || start < len(ids); start += s.txRows {
		end := min(start+s.txRows, len(ids))
		n, err := writeTx(ctx, s, func(tx neo4jdrv.ManagedTransaction) (int, error) {
			if start == 0 {
				clear := map[string]any{"property": property, "clear": map[string]any{property: nil}}
				if _, err := run(ctx, tx, qScoresClear, clear); err != nil {
					return 0, err
				}
			}
			n := 0
			for lo := start; lo < end; lo += s.batchSize {
				hi := min(lo+s.batchSize, end)
				rows := make([]map[string]any, 0, hi-lo)
				for _, id := range ids[lo:hi] {
					rows = append(rows, map[string]any{"id": id, "props": map[string]any{property: values[id]}})
				}
				recs, err := run(ctx, tx, qScoresWrite, map[string]any{"rows": rows})
				if err != nil {
					return 0, err
				}
				n += len(recs)
			}
			return n, nil
		})
		if err != nil {
			return written, wrap(err, "write %s", property)
		}
		written += n
	}
	return written, nil
}
