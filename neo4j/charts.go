package neo4j

import (
	"context"
	"time"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/queries"
)

var _ ringleader.ChartStore = (*Store)(nil)

// SaveChart stores a workbench chart as a RingleaderChart node; ECONFLICT when its id is taken.
func (s *Store) SaveChart(ctx context.Context, c ringleader.Chart) error {
	row := map[string]any{"id": c.ID, "name": c.Name, "created_at": c.CreatedAt.UTC().Format(time.RFC3339Nano),
		"created_by": c.CreatedBy, "all_cases": c.AllCases, "cases": nonNilStrings(c.Cases),
		"entities": nonNilStrings(c.Entities), "state": string(c.State)}
	if _, err := s.execute(ctx, queries.Get("chart-save"), map[string]any{"chart": row}); err != nil {
		err = wrap(err, "save chart")
		if ringleader.ErrorCode(err) == ringleader.ECONFLICT { // the constraint on the id
			return ringleader.Errorf(ringleader.ECONFLICT, "a chart with id %q exists", c.ID)
		}
		return err
	}
	return nil
}

// Chart returns the chart with the given id, with its state; ENOTFOUND when none.
func (s *Store) Chart(ctx context.Context, id string) (ringleader.Chart, error) {
	recs, err := s.execute(ctx, queries.Get("chart"), map[string]any{"id": id})
	if err != nil {
		return ringleader.Chart{}, wrap(err, "read chart")
	}
	if len(recs) == 0 {
		return ringleader.Chart{}, ringleader.Errorf(ringleader.ENOTFOUND, "no chart %q", id)
	}
	return decodeChart(recs[0].Values[0]), nil
}

// Charts lists every chart, newest first, without their states.
func (s *Store) Charts(ctx context.Context) ([]ringleader.Chart, error) {
	recs, err := s.execute(ctx, queries.Get("charts"), nil)
	if err != nil {
		return nil, wrap(err, "list charts")
	}
	out := make([]ringleader.Chart, 0, len(recs))
	for _, r := range recs {
		out = append(out, decodeChart(r.Values[0]))
	}
	return out, nil
}

func decodeChart(v any) ringleader.Chart {
	m, _ := v.(map[string]any)
	c := ringleader.Chart{ID: asString(m["id"]), Name: asString(m["name"]), CreatedBy: asString(m["created_by"]),
		AllCases: m["all_cases"] == true, Cases: asStrings(m["cases"]), Entities: asStrings(m["entities"])}
	c.CreatedAt, _ = time.Parse(time.RFC3339Nano, asString(m["created_at"]))
	if st := asString(m["state"]); st != "" {
		c.State = []byte(st)
	}
	return c
}
