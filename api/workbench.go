package api

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/gin-gonic/gin"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/insights"
	"github.com/ringleader/ringleader/queries/browser"
)

// about tells the workbench who is signed in and what the server offers.
type about struct {
	Store   string       `json:"store"`
	Browser *browserInfo `json:"browser"`
	Token   tokenInfo    `json:"token"`
	Limits  drawLimits   `json:"limits"`
}

type browserInfo struct {
	URL      string `json:"url"`
	StyleURL string `json:"style_url"`
}

type tokenInfo struct {
	Name     string          `json:"name"`
	Role     ringleader.Role `json:"role"`
	AllCases bool            `json:"all_cases"`
	Cases    []string        `json:"cases"`
}

type drawLimits struct {
	MaxNodes int `json:"max_nodes"`
	MaxLinks int `json:"max_links"`
}

func handleAbout(d Deps) gin.HandlerFunc {
	return func(c *gin.Context) {
		if err := parseQuery(c).err(); err != nil {
			fail(c, err)
			return
		}
		t := caller(c)
		a := about{Store: d.StoreKind, Token: tokenInfo{Name: t.Name, Role: t.Role, AllCases: t.AllCases, Cases: nonNil(t.Cases)},
			Limits: drawLimits{MaxNodes: insights.MaxDrawnEntities, MaxLinks: insights.MaxDrawnLinks}}
		if d.BrowserURL != "" {
			a.Browser = &browserInfo{URL: d.BrowserURL, StyleURL: originOf(c) + browser.StylePath}
		}
		c.JSON(http.StatusOK, a)
	}
}

// originOf is the scheme and host the client used to reach the API.
func originOf(c *gin.Context) string {
	scheme := "http"
	if c.Request.TLS != nil {
		scheme = "https"
	}
	return scheme + "://" + c.Request.Host
}

func handleCases(e *insights.Engine) gin.HandlerFunc {
	return func(c *gin.Context) {
		q := parseQuery(c)
		answer(c, q, func() (any, error) {
			cases, err := e.Cases(c.Request.Context(), scope(c))
			if err != nil {
				return nil, err
			}
			return gin.H{"count": len(cases), "cases": cases}, nil
		})
	}
}

func handleNetwork(e *insights.Engine) gin.HandlerFunc {
	allowed := append([]string{"community"}, projectionParams...)
	return func(c *gin.Context) {
		q := parseQuery(c, allowed...)
		opt := q.projection(ringleader.ViewFull, "from", "to")
		req := insights.DrawingRequest{Community: q.str("community")}
		answer(c, q, func() (any, error) { return e.Draw(c.Request.Context(), scope(c), opt, req) })
	}
}

// chartRequest is what the workbench sends to save a chart.
type chartRequest struct {
	Name  string          `json:"name"`
	State json.RawMessage `json:"state"`
}

// chartSummary is a chart in a list: no state.
type chartSummary struct {
	ID        string    `json:"id"`
	Name      string    `json:"name"`
	CreatedAt time.Time `json:"created_at"`
	CreatedBy string    `json:"created_by"`
	Entities  int       `json:"entities"`
}

const maxChartName = 200

// handleSaveChart saves the caller's chart. Every entity it draws must be visible to the caller: an id that is
// not is refused in the words of one that does not exist.
func handleSaveChart(d Deps) gin.HandlerFunc {
	return func(c *gin.Context) {
		if err := parseQuery(c).err(); err != nil {
			fail(c, err)
			return
		}
		charts, ok := d.Store.(ringleader.ChartStore)
		if !ok {
			fail(c, ringleader.Errorf(ringleader.ENOTFOUND, "this store cannot keep charts"))
			return
		}
		var req chartRequest
		dec := json.NewDecoder(c.Request.Body)
		dec.DisallowUnknownFields()
		if err := dec.Decode(&req); err != nil {
			fail(c, jsonError(err))
			return
		}
		var state struct {
			Entities []string `json:"entities"`
		}
		req.Name = strings.TrimSpace(req.Name)
		switch {
		case req.Name == "":
			fail(c, invalidField("name", "required"))
			return
		case utf8.RuneCountInString(req.Name) > maxChartName:
			fail(c, invalidField("name", fmt.Sprintf("longer than %d characters", maxChartName)))
			return
		case len(req.State) == 0 || req.State[0] != '{' || json.Unmarshal(req.State, &state) != nil:
			fail(c, invalidField("state", "must be a JSON object with entities, the ids drawn"))
			return
		case len(state.Entities) == 0:
			fail(c, invalidField("state.entities", "a chart draws at least one entity"))
			return
		}
		sc := scope(c)
		stored, err := d.Store.Stored(c.Request.Context(), state.Entities, nil)
		if err != nil {
			fail(c, err)
			return
		}
		visible := visibleIDs(sc, stored)
		for _, id := range state.Entities {
			if !visible[id] {
				fail(c, invalidField("state.entities", ringleader.NotDefined(id)))
				return
			}
		}
		id, err := chartID()
		if err != nil {
			fail(c, err)
			return
		}
		t := caller(c)
		ch := ringleader.Chart{ID: id, Name: req.Name, CreatedAt: time.Now().UTC(), CreatedBy: t.Name,
			Entities: state.Entities, AllCases: sc.All(), Cases: sc.Cases(), State: req.State}
		if err := charts.SaveChart(c.Request.Context(), ch); err != nil {
			fail(c, err)
			return
		}
		c.JSON(http.StatusCreated, chartSummary{ID: ch.ID, Name: ch.Name, CreatedAt: ch.CreatedAt, CreatedBy: ch.CreatedBy,
			Entities: len(ch.Entities)})
	}
}

// handleChart answers one chart; a chart the caller may not open is 404 in the words of one that does not exist.
func handleChart(d Deps) gin.HandlerFunc {
	return func(c *gin.Context) {
		if err := parseQuery(c).err(); err != nil {
			fail(c, err)
			return
		}
		id := c.Param("id")
		notFound := ringleader.Errorf(ringleader.ENOTFOUND, "no chart %q", id)
		charts, ok := d.Store.(ringleader.ChartStore)
		if !ok {
			fail(c, notFound)
			return
		}
		ch, err := charts.Chart(c.Request.Context(), id)
		if ringleader.ErrorCode(err) == ringleader.ENOTFOUND {
			fail(c, notFound)
			return
		}
		if err != nil {
			fail(c, err)
			return
		}
		vis, err := chartsVisible(c, d.Store, []*ringleader.Chart{&ch})
		if err != nil {
			fail(c, err)
			return
		}
		if !vis[0] {
			fail(c, notFound)
			return
		}
		c.JSON(http.StatusOK, ch)
	}
}

// handleCharts lists the charts the caller may open, newest first.
func handleCharts(d Deps) gin.HandlerFunc {
	return func(c *gin.Context) {
		q := parseQuery(c)
		answer(c, q, func() (any, error) {
			out := []chartSummary{}
			charts, ok := d.Store.(ringleader.ChartStore)
			if !ok {
				return gin.H{"count": 0, "charts": out}, nil
			}
			all, err := charts.Charts(c.Request.Context())
			if err != nil {
				return nil, err
			}
			ptrs := make([]*ringleader.Chart, len(all))
			for i := range all {
				ptrs[i] = &all[i]
			}
			vis, err := chartsVisible(c, d.Store, ptrs)
			if err != nil {
				return nil, err
			}
			for i, ch := range all {
				if vis[i] {
					out = append(out, chartSummary{ID: ch.ID, Name: ch.Name, CreatedAt: ch.CreatedAt,
						CreatedBy: ch.CreatedBy, Entities: len(ch.Entities)})
				}
			}
			return gin.H{"count": len(out), "charts": out}, nil
		})
	}
}

// chartsVisible reports, for each chart, whether the caller may open it (ringleader.Scope.ChartVisible), with
// one store read for the entities of them all.
func chartsVisible(c *gin.Context, store ringleader.Store, charts []*ringleader.Chart) ([]bool, error) {
	var ids []string
	for _, ch := range charts {
		ids = append(ids, ch.Entities...)
	}
	stored, err := store.Stored(c.Request.Context(), ids, nil)
	if err != nil {
		return nil, err
	}
	byID := make(map[string]*ringleader.Entity, len(stored.Entities))
	for i := range stored.Entities {
		byID[stored.Entities[i].ID] = &stored.Entities[i]
	}
	sc := scope(c)
	out := make([]bool, len(charts))
	for i, ch := range charts {
		out[i] = sc.ChartVisible(ch, byID)
	}
	return out, nil
}

// visibleIDs are the ids of the stored entities that scope sees.
func visibleIDs(scope ringleader.Scope, stored *ringleader.Network) map[string]bool {
	out := make(map[string]bool, len(stored.Entities))
	for i := range stored.Entities {
		if scope.SeesEntity(&stored.Entities[i]) {
			out[stored.Entities[i].ID] = true
		}
	}
	return out
}

// chartID is a new chart's id: random, so that ids tell nothing of how many charts exist.
func chartID() (string, error) {
	var b [12]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", ringleader.WrapError(ringleader.EINTERNAL, err, "random chart id")
	}
	return "ch_" + hex.EncodeToString(b[:]), nil
}

// invalidField is an EINVALID error naming one field of a request body.
func invalidField(field, reason string) error {
	return &ringleader.Error{Code: ringleader.EINVALID, Message: "invalid request body",
		Problems: []ringleader.Problem{{Field: field, Reason: reason}}}
}
