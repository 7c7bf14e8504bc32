package ringleader

import (
	"context"
	"encoding/json"
	"time"
)

// Chart is a chart saved from the workbench: what was drawn and how (positions, filters, time window, sizes and
// colours), under a name. The server reads only Entities; State is the page's own.
type Chart struct {
	ID        string    `json:"id"`
	Name      string    `json:"name"`
	CreatedAt time.Time `json:"created_at"`
	CreatedBy string    `json:"created_by"`
	// Entities are the ids drawn. A caller may open the chart only when it sees every one of them, and its
	// compartment holds its author's (AllCases holds every one).
	Entities []string `json:"-"`
	// AllCases and Cases are the compartment of the token that saved the chart.
	AllCases bool            `json:"-"`
	Cases    []string        `json:"-"`
	State    json.RawMessage `json:"state,omitempty"`
}

// Scope is the compartment the chart was saved in.
func (c *Chart) Scope() Scope {
	if c.AllCases {
		return AllCases()
	}
	return CasesScope(c.Cases...)
}

// ChartStore keeps saved charts. Stores that can hold them implement it.
type ChartStore interface {
	// SaveChart stores c under c.ID; ECONFLICT when the id is taken.
	SaveChart(ctx context.Context, c Chart) error
	// Chart returns the chart with the given id, with its state; ENOTFOUND when none.
	Chart(ctx context.Context, id string) (Chart, error)
	// Charts lists every chart, newest first, without their states.
	Charts(ctx context.Context) ([]Chart, error)
}

// ChartVisible reports whether a caller limited to s may open c, given the entities of c the store holds (by
// id, whatever their cases): every one must be stored and visible, and s must hold c's compartment, so that
// neither the chart nor what its state names (a case filter, a saved window) tells a caller of a case outside
// its own.
func (s Scope) ChartVisible(c *Chart, stored map[string]*Entity) bool {
	if !s.all {
		author := c.Scope()
		if author.All() || !s.Within(author.Cases()) {
			return false
		}
	}
	for _, id := range c.Entities {
		if e := stored[id]; e == nil || !s.SeesEntity(e) {
			return false
		}
	}
	return true
}
