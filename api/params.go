package api

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/insights"
)

// projectionParams are the query parameters that choose a projection, the same on every
// analytic route and in the CLI.
var projectionParams = []string{"view", "case", "from", "to", "types", "directed", "weighted", "weight_as", "resolved", "min_core", "min_grade", "confirmed_only"}

// query reads a request's query parameters strictly: unknown or repeated parameters and
// malformed values are errors that name the parameter.
type query struct {
	c       *gin.Context
	problem *ringleader.Problem
}

// parseQuery starts reading c's query, allowing only the named parameters.
func parseQuery(c *gin.Context, allowed ...string) *query {
	q := &query{c: c}
	values := c.Request.URL.Query()
	names := make([]string, 0, len(values))
	for name := range values {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		switch {
		case !slices.Contains(allowed, name):
			q.fail(name, fmt.Sprintf("unknown parameter (allowed: %s)", strings.Join(allowed, ", ")))
		case len(values[name]) > 1:
			q.fail(name, "given more than once")
		}
	}
	return q
}

func (q *query) fail(name, reason string) {
	if q.problem == nil {
		q.problem = &ringleader.Problem{Field: name, Reason: reason}
	}
}

// err returns the first problem as an EINVALID error, or nil.
func (q *query) err() error {
	if q.problem == nil {
		return nil
	}
	return &ringleader.Error{Code: ringleader.EINVALID, Message: "invalid query parameter",
		Problems: []ringleader.Problem{*q.problem}}
}

func (q *query) str(name string) string { return strings.TrimSpace(q.c.Query(name)) }

func (q *query) boolean(name string, def bool) bool {
	s := q.str(name)
	if s == "" {
		return def
	}
	b, err := strconv.ParseBool(s)
	if err != nil {
		q.fail(name, fmt.Sprintf("%q is not true or false", s))
	}
	return b
}

func (q *query) integer(name string, def, lo, hi int) int {
	s := q.str(name)
	if s == "" {
		return def
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < lo || n > hi {
		q.fail(name, fmt.Sprintf("%q is not an integer from %d to %d", s, lo, hi))
		return def
	}
	return n
}

func (q *query) number(name string, def, lo, hi float64) float64 {
	s := q.str(name)
	if s == "" {
		return def
	}
	f, err := strconv.ParseFloat(s, 64)
	// NaN fails every comparison, so it must be refused by name (FuzzQueryParams found "NAN" reaching Louvain).
	if err != nil || math.IsNaN(f) || f < lo || f > hi {
		q.fail(name, fmt.Sprintf("%q is not a number from %g to %g", s, lo, hi))
		return def
	}
	return f
}

func (q *query) list(name string) []string {
	s := q.str(name)
	if s == "" {
		return nil
	}
	var out []string
	for _, v := range strings.Split(s, ",") {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}

// required returns a parameter that must be present.
func (q *query) required(name string) string {
	s := q.str(name)
	if s == "" {
		q.fail(name, "required")
	}
	return s
}

// gradeParams restrict an answer to trusted intelligence (ringleader.GradeFilter).
var gradeParams = []string{"min_grade", "confirmed_only"}

// grades reads min_grade and confirmed_only.
func (q *query) grades() ringleader.GradeFilter {
	f := ringleader.GradeFilter{ConfirmedOnly: q.boolean("confirmed_only", false)}
	g, err := ringleader.ParseMinGrade(q.str("min_grade"))
	if err != nil {
		_, reason, _ := strings.Cut(ringleader.ErrorMessage(err), ": ")
		q.fail("min_grade", reason)
	}
	f.MinGrade = g
	return f
}

// pathParams are the projection parameters of /paths, where from and to name the
// entities and the date window is from_date and to_date.
var pathParams = []string{"view", "case", "from_date", "to_date", "types", "directed", "weighted", "weight_as", "resolved", "min_core", "min_grade", "confirmed_only"}

// maxMinCore bounds min_core: no person has a million ties.
const maxMinCore = 1000000

// projection reads the projection parameters; view defaults to def; the window is read
// from the parameters named from and to.
func (q *query) projection(def ringleader.View, from, to string) ringleader.ProjectionOptions {
	opt := ringleader.ProjectionOptions{
		View: ringleader.View(q.str("view")), Case: q.str("case"), From: q.str(from), To: q.str(to),
		Types: q.list("types"), Directed: q.boolean("directed", false), Weighted: q.boolean("weighted", false),
		WeightAs: ringleader.WeightAs(q.str("weight_as")), Resolved: q.boolean("resolved", false),
		MinCore: q.integer("min_core", 0, 0, maxMinCore), MinGrade: q.str("min_grade"),
		ConfirmedOnly: q.boolean("confirmed_only", false),
	}
	if opt.View == "" {
		opt.View = def
	}
	if q.problem == nil {
		if err := opt.Normalize(); err != nil {
			field, reason, _ := strings.Cut(ringleader.ErrorMessage(err), ": ")
			switch field {
			case "from":
				field = from
			case "to":
				field = to
			}
			q.fail(field, reason)
		}
	}
	return opt
}

// robustnessParams are the query parameters of a ranking's robustness test, on the routes that rank.
var robustnessParams = []string{"robustness", "runs", "perturb", "seed"}

// robustness reads robustness, runs, perturb and seed: whether to test the ranking, and how, for a top of top.
// runs, perturb and seed without robustness=true are refused, as they would be ignored.
func (q *query) robustness(top int) (bool, insights.RobustnessOptions) {
	on := q.boolean("robustness", false)
	ro := insights.RobustnessOptions{Top: top,
		Runs:    q.integer("runs", insights.DefaultRobustnessRuns, 1, insights.MaxRobustnessRuns),
		Perturb: q.number("perturb", insights.DefaultPerturb, minPerturb, insights.MaxPerturb),
		Seed:    uint64(q.integer("seed", insights.DefaultSeed, 0, 1<<31-1))}
	if !on {
		for _, name := range robustnessParams[1:] {
			if q.str(name) != "" {
				q.fail(name, "applies to a robustness test only: give robustness=true too")
			}
		}
	}
	return on, ro
}

// minPerturb is the smallest percentage perturb takes.
const minPerturb = 0.1
