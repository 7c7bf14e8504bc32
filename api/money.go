package api

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"github.com/ringleader/ringleader"
	"github.com/ringleader/ringleader/insights"
	"github.com/ringleader/ringleader/money"
)

// Money routes: from and to name parties (entity ids); since and until bound the payment
// dates, as in the CLI's `ringleader money`.
var moneyParams = append([]string{"case", "since", "until", "accounts"}, gradeParams...)

// maxWithinDays bounds the money routes' windows in days (ten years); the other bounds
// are insights' limits.
const maxWithinDays = 3660

func (q *query) moneyOptions() insights.MoneyOptions {
	opt := insights.MoneyOptions{Case: q.str("case"), Since: q.str("since"), Until: q.str("until"),
		Accounts: q.boolean("accounts", false)}
	g := q.grades()
	opt.MinGrade, opt.ConfirmedOnly = g.MinGrade, g.ConfirmedOnly
	for _, f := range []struct{ name, v string }{{"since", opt.Since}, {"until", opt.Until}} {
		if f.v != "" && !ringleader.ValidDate(f.v) {
			q.fail(f.name, "\""+f.v+"\" is not a date (YYYY-MM-DD)")
		}
	}
	return opt
}

func handleMoneyFlows(e *insights.Engine) gin.HandlerFunc {
	allowed := append([]string{"from", "to", "currency", "top"}, moneyParams...)
	return func(c *gin.Context) {
		q := parseQuery(c, allowed...)
		fq := money.FlowQuery{From: q.str("from"), To: q.str("to"), Currency: q.str("currency"),
			Top: q.integer("top", 0, 0, insights.MaxMoneyLimit)}
		opt := q.moneyOptions()
		answer(c, q, func() (any, error) { return e.Flows(c.Request.Context(), scope(c), opt, fq) })
	}
}

func handleMoneyTrail(e *insights.Engine) gin.HandlerFunc {
	allowed := append([]string{"from", "within", "depth", "limit"}, moneyParams...)
	return func(c *gin.Context) {
		q := parseQuery(c, allowed...)
		from := q.required("from")
		within := q.integer("within", 0, 0, maxWithinDays)
		depth := q.integer("depth", 0, 0, insights.MaxTrailDepth)
		limit := q.integer("limit", 0, 0, insights.MaxMoneyLimit)
		opt := q.moneyOptions()
		answer(c, q, func() (any, error) { return e.Trail(c.Request.Context(), scope(c), opt, from, within, depth, limit) })
	}
}

func handleMoneyMaxFlow(e *insights.Engine) gin.HandlerFunc {
	allowed := append([]string{"from", "to", "currency"}, moneyParams...)
	return func(c *gin.Context) {
		q := parseQuery(c, allowed...)
		from, to := q.required("from"), q.required("to")
		currency := q.str("currency")
		opt := q.moneyOptions()
		answer(c, q, func() (any, error) { return e.MaxFlow(c.Request.Context(), scope(c), opt, from, to, currency) })
	}
}

func handleMoneyCycles(e *insights.Engine) gin.HandlerFunc {
	allowed := append([]string{"from", "within", "length", "limit"}, moneyParams...)
	return func(c *gin.Context) {
		q := parseQuery(c, allowed...)
		party := q.str("from")
		within := q.integer("within", 0, 0, maxWithinDays)
		length := q.integer("length", 0, 0, insights.MaxCycleLen)
		limit := q.integer("limit", 0, 0, insights.MaxMoneyLimit)
		opt := q.moneyOptions()
		answer(c, q, func() (any, error) {
			return e.Cycles(c.Request.Context(), scope(c), opt, party, within, length, limit)
		})
	}
}

func handleMoneyFans(e *insights.Engine) gin.HandlerFunc {
	allowed := append([]string{"within", "min_payments", "min_counterparties"}, moneyParams...)
	return func(c *gin.Context) {
		q := parseQuery(c, allowed...)
		fan := money.FanOptions{Window: q.integer("within", 0, 0, maxWithinDays),
			MinPayments: q.integer("min_payments", 0, 0, 100000), MinCounterparties: q.integer("min_counterparties", 0, 0, 100000)}
		opt := q.moneyOptions()
		answer(c, q, func() (any, error) { return e.FanPatterns(c.Request.Context(), scope(c), opt, fan) })
	}
}

func handleMoneyHawala(e *insights.Engine) gin.HandlerFunc {
	allowed := append([]string{"min_in", "min_out"}, moneyParams...)
	return func(c *gin.Context) {
		q := parseQuery(c, allowed...)
		hw := money.HawalaOptions{MinIn: q.integer("min_in", 0, 0, 100000), MinOut: q.integer("min_out", 0, 0, 100000)}
		opt := q.moneyOptions()
		answer(c, q, func() (any, error) { return e.HawalaHubs(c.Request.Context(), scope(c), opt, hw) })
	}
}

// handleTimePaths answers time-respecting paths: each link's date no earlier than the
// previous one's (i2's "events in sequence").
func handleTimePaths(e *insights.Engine) gin.HandlerFunc {
	allowed := append([]string{"from", "to", "k", "length", "undated"}, pathParams...)
	return func(c *gin.Context) {
		q := parseQuery(c, allowed...)
		from, to := q.required("from"), q.required("to")
		k := q.integer("k", 3, 1, insights.MaxPaths)
		length := q.integer("length", 0, 0, insights.MaxTimePathLen)
		undated := q.boolean("undated", false)
		opt := q.projection(ringleader.ViewFull, "from_date", "to_date")
		answer(c, q, func() (any, error) {
			return e.TimePaths(c.Request.Context(), scope(c), opt, from, to, length, k, undated)
		})
	}
}

// handleCentralityOverTime ranks people per time window and names those whose brokerage
// rises fastest.
func handleCentralityOverTime(e *insights.Engine) gin.HandlerFunc {
	allowed := append([]string{"measure", "period", "top", "dated_only"}, projectionParams...)
	return func(c *gin.Context) {
		q := parseQuery(c, allowed...)
		measure := q.str("measure")
		if measure == "" {
			measure = "betweenness"
		}
		period := q.str("period")
		if period == "" {
			period = "month"
		}
		top := q.integer("top", 10, 0, maxTop)
		datedOnly := q.boolean("dated_only", false)
		opt := q.projection(ringleader.ViewPeople, "from", "to")
		answer(c, q, func() (any, error) {
			return e.CentralityOverTime(c.Request.Context(), scope(c), opt, measure, period, top, datedOnly)
		})
	}
}

// answer checks the parameters, runs the analysis and writes its result.
func answer(c *gin.Context, q *query, run func() (any, error)) {
	if err := q.err(); err != nil {
		fail(c, err)
		return
	}
	if wantsEvents(c) {
		streamAnswer(c, run)
		return
	}
	res, err := run()
	if err != nil {
		fail(c, err)
		return
	}
	c.JSON(http.StatusOK, res)
}
